// Compiled by `npm run typecheck`: the HTML entry's declarations.

import { extract, init, summarizeElement, summarizeHtml, type Page, type PageSummary } from 'salient-summarizer/html';

await init();

const html = '<article><p>One sentence. Another one.</p></article>';
const summary: PageSummary = summarizeHtml(html, { sentences: 2, language: 'en' });
const first: number | undefined = summary.sentences[0]?.element_start;
const title: string | null = summary.title;
const page: Page = extract(html);
const kind: 'paragraph' | 'heading' | 'list_item' | 'quote' | 'cell' | 'code' | 'caption' | undefined =
  page.blocks[0]?.kind;
summarizeElement(document.body);
// @ts-expect-error two length budgets at once
summarizeHtml(html, { sentences: 2, words: 10 });
// @ts-expect-error extract takes no options
extract(html, { sentences: 2 });

export { first, title, kind };
