// Compiled by `npm run typecheck`: the declarations accept what the library accepts and
// reject, at compile time, what it would throw for. Each @ts-expect-error must be an error.

import {
  init,
  type Keyphrase,
  languages,
  splitSentences,
  summarize,
  type CollectionSummary,
  type DocumentReading,
  type LanguageCode,
  type Segment,
  type Summary,
  type SummarizeOptions,
} from 'salient-summarizer';
import { keyphrases, summarizeDocuments } from 'salient-summarizer/markdown';

await init();

const text = 'One sentence. Another one.';
const summary: Summary = summarize(text);
summarize(text, { sentences: 2 });
summarize(text, { ratio: 0.2, language: 'de', algorithm: 'textrank', redundancy: 0.7 });
const focused: boolean | undefined = summarize(text, { words: 300, query: 'tidal power' }).query_matched;
void focused;
summarize(text, { words: 60 });
summarize(text, { chars: 400, language: 'en' });
summarize(text, { language: 'fr' });
summarize(text, {});

for (const sentence of summary.sentences) {
  const slice: string = text.slice(sentence.start, sentence.end);
  const { index, score }: { index: number; score: number } = sentence;
  void [slice, index, score];
}
const language: LanguageCode = summary.language;
const joined: string = summary.text;

const segments: Segment[] = splitSentences(text, { language: 'ru' });
const kind: 'sentence' | 'fragment' = segments[0].kind;
const paragraph: number = segments[0].paragraph;
const codes: LanguageCode[] = languages();

// @ts-expect-error only one length budget at a time
summarize(text, { sentences: 2, words: 50 });
// @ts-expect-error only one length budget at a time
const twoBudgets: SummarizeOptions = { ratio: 0.5, chars: 100 };
// @ts-expect-error unknown option
summarize(text, { sentence: 2 });
// @ts-expect-error unknown language code
summarize(text, { language: 'xx' });
// @ts-expect-error unknown algorithm
summarize(text, { algorithm: 'lexrank' });
// @ts-expect-error a budget is a number
summarize(text, { sentences: '3' });
// @ts-expect-error splitSentences has no length budget
splitSentences(text, { sentences: 3 });
// @ts-expect-error the text is a string
summarize(42);
// @ts-expect-error scores are numbers
const notAString: string = summary.sentences[0].score;

void [language, joined, kind, paragraph, codes, twoBudgets, notAString];

const phrases: Keyphrase[] = keyphrases(text, { count: 5, maxWords: 3, language: 'en', redundancy: 1 });
for (const phrase of phrases) {
  const spans: { start: number; end: number }[] = phrase.spans;
  void [phrase.text, phrase.score, spans];
}
// @ts-expect-error count is a number
keyphrases(text, { count: '5' });
// One summary of many documents: each sentence names its document.
const reports = ['Cats purr. Cats sleep.', 'Dogs bark. Cats purr loudly.'];
const collection: CollectionSummary = summarizeDocuments(reports, { sentences: 2 });
const answered: boolean | undefined = summarizeDocuments(reports, { query: 'bridge' }).query_matched;
void answered;
for (const sentence of collection.sentences) {
  const slice: string = reports[sentence.document].slice(sentence.start, sentence.end);
  void slice;
}
const readings: DocumentReading[] = collection.documents;
void readings;
// @ts-expect-error the documents are an array of strings, not one string
summarizeDocuments('Cats purr.');
