// The public API of the HTML entry (`salient-summarizer/html`) over its own module
// (salient_html.js): pages read for their main content and summarized by the Rust library,
// options checked there, and the flat arrays that come back turned into the objects of the
// library's JSON shape. Shared by html.js (browsers, bundlers, workers) and html-node.js.

import * as bindings from './salient_html.js';
import { byName, checkText } from './api.js';

/** Numbers per sentence of a summary, per block of a page, and before the sentences. */
const SENTENCE_STRIDE = 6;
const BLOCK_STRIDE = 6;
const SUMMARY_HEADER = 2;

let languageCodes;
let kindNames;

export function summarizeHtml(html, options) {
  checkText(html, 'summarizeHtml');
  const page = bindings.summarizeHtml(html, ...byName(options, 'summarizeHtml'));
  try {
    const mainText = page.text;
    const numbers = page.numbers;
    const sentences = [];
    for (let i = SUMMARY_HEADER; i < numbers.length; i += SENTENCE_STRIDE) {
      const start = numbers[i];
      const end = numbers[i + 1];
      sentences.push({
        text: mainText.slice(start, end),
        start,
        end,
        element_start: numbers[i + 2],
        element_end: numbers[i + 3],
        index: numbers[i + 4],
        score: numbers[i + 5],
      });
    }
    languageCodes ??= bindings.languages();
    return {
      text: sentences.map((sentence) => sentence.text).join(' '),
      sentences,
      language: languageCodes[numbers[0]],
      document_sentences: numbers[1],
      title: page.title ?? null,
      byline: page.byline ?? null,
      date: page.date ?? null,
      main_text: mainText,
    };
  } finally {
    page.free();
  }
}

export function extract(html) {
  checkText(html, 'extract');
  const page = bindings.extractHtml(html);
  try {
    const numbers = page.numbers;
    kindNames ??= bindings.blockKinds();
    const blocks = [];
    for (let i = 0; i < numbers.length; i += BLOCK_STRIDE) {
      blocks.push({
        start: numbers[i],
        end: numbers[i + 1],
        element_start: numbers[i + 2],
        element_end: numbers[i + 3],
        kind: kindNames[numbers[i + 4]],
        level: numbers[i + 5],
      });
    }
    return {
      text: page.text,
      title: page.title ?? null,
      byline: page.byline ?? null,
      date: page.date ?? null,
      blocks,
    };
  } finally {
    page.free();
  }
}

export function summarizeElement(element, options) {
  if (element === null || typeof element !== 'object' || typeof element.outerHTML !== 'string') {
    throw new TypeError('summarizeElement(element) needs a DOM element, such as document.body');
  }
  return summarizeHtml(element.outerHTML, options);
}
