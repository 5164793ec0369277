/**
 * `salient-summarizer/markdown`: the functions of the default entry over a WebAssembly
 * module that also reads Markdown and e-mail. With `format: 'auto'` (the default) a
 * Markdown document or an e-mail thread is told from plain text; `format: 'markdown'` and
 * `format: 'email'` ask for them. Code, tables, headings, HTML, quoted history, headers,
 * signatures and legal footers are never summary sentences.
 */

export {
  Algorithm,
  CollectionSentence,
  CollectionSummary,
  DocumentReading,
  Format,
  Keyphrase,
  KeyphraseOptions,
  LanguageCode,
  Length,
  Profile,
  ReadFormat,
  Segment,
  SplitOptions,
  SummarizeOptions,
  Summary,
  SummarySentence,
} from './index.js';

import type {
  Keyphrase,
  KeyphraseOptions,
  CollectionSummary,
  Segment,
  SplitOptions,
  SummarizeOptions,
  Summary,
  LanguageCode,
} from './index.js';

/** Loads the module with the Markdown and e-mail readers; in Node.js it loads by itself. */
export function init(
  source?: string | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module,
): Promise<void>;
/** Summarizes `text`, reading Markdown and e-mail for their structure. */
export function summarize(text: string, options?: SummarizeOptions): Summary;
/** Summarizes `documents` as one collection, reading Markdown and e-mail for their structure. */
export function summarizeDocuments(
  documents: string[],
  options?: SummarizeOptions,
): CollectionSummary;
/** Splits `text` into sentences and fragments. */
export function splitSentences(text: string, options?: SplitOptions): Segment[];
/** The words and phrases `text` is about, best first (UTF-16 offsets). */
export function keyphrases(text: string, options?: KeyphraseOptions): Keyphrase[];
/** The codes of the languages this build supports. */
export function languages(): LanguageCode[];
