// The translation of the functions that only the second module has (keyphrases and
// collections), apart from api.js so that the default entry does not load it.

import { byName, checkText, describe, namesOf } from './api.js';

const DOCUMENT_STRIDE = 3;
const COLLECTION_STRIDE = 5;
/** Numbers before the documents': their count, their sentences in all, whether the query matched. */
const HEADER = 3;

/** `summarizeDocuments` over the generated bindings `module`, as for `summarizeWith`. */
export function summarizeDocumentsWith(module, documents, options) {
  checkDocuments(documents, 'summarizeDocuments');
  const numbers = module.summarizeDocuments(documents, ...byName(options, 'summarizeDocuments'));
  const { languages, formats } = namesOf(module);
  const count = numbers[0];
  const readings = [];
  for (let d = 0; d < count; d += 1) {
    const at = HEADER + d * DOCUMENT_STRIDE;
    readings.push({
      language: languages[numbers[at]],
      format: formats[numbers[at + 1]],
      document_sentences: numbers[at + 2],
    });
  }
  const sentences = [];
  for (let i = HEADER + count * DOCUMENT_STRIDE; i < numbers.length; i += COLLECTION_STRIDE) {
    const document = numbers[i];
    const start = numbers[i + 1];
    const end = numbers[i + 2];
    sentences.push({
      text: documents[document].slice(start, end),
      document,
      start,
      end,
      index: numbers[i + 3],
      score: numbers[i + 4],
    });
  }
  const summary = {
    text: sentences.map((sentence) => sentence.text).join(' '),
    sentences,
    documents: readings,
    document_sentences: numbers[1],
  };
  // Only with a query, as in the JSON of the other faces.
  if (numbers[2] >= 0) {
    summary.query_matched = numbers[2] === 1;
  }
  return summary;
}

/** Throws unless `documents` is an array of strings. */
function checkDocuments(documents, caller) {
  if (!Array.isArray(documents)) {
    throw new TypeError(
      `${caller}(documents) needs the documents as an array of strings, not ${describe(documents)}`,
    );
  }
  documents.forEach((document, index) => {
    if (typeof document !== 'string') {
      throw new TypeError(
        `${caller}(documents) needs every document as a string; documents[${index}] is ` +
          describe(document),
      );
    }
  });
}

const KEYPHRASES_HEADER = 1;

/** `keyphrases` over the generated bindings `module`, as for `summarizeWith`. */
export function keyphrasesWith(module, text, options) {
  checkText(text, 'keyphrases');
  // JavaScript spells the option maxWords; the library reads max_words.
  let given = options;
  if (options !== null && typeof options === 'object' && !Array.isArray(options) && 'maxWords' in options) {
    const { maxWords, ...rest } = options;
    given = { ...rest, max_words: maxWords };
  }
  const numbers = module.keyphrases(text, ...byName(given, 'keyphrases'));
  const phrases = [];
  let i = KEYPHRASES_HEADER;
  while (i < numbers.length) {
    const spans = [];
    const count = numbers[i + 3];
    for (let j = 0; j < count; j += 1) {
      spans.push({ start: numbers[i + 4 + 2 * j], end: numbers[i + 5 + 2 * j] });
    }
    phrases.push({ text: text.slice(numbers[i + 1], numbers[i + 2]), score: numbers[i], spans });
    i += 4 + 2 * count;
  }
  return phrases;
}

