// The Markdown entry for browsers, bundlers and Web Workers (`salient-summarizer/markdown`):
// the same functions as the default entry, over a module built with the Markdown and e-mail
// readers, so that `format: 'markdown'` and `format: 'email'` are read and `'auto'` tells
// them from plain text. The module, larger than the default one by those readers, is
// fetched by `init()`, which must have resolved before the first call.

import loadBindings from './salient_markdown.js';
import * as bindings from './salient_markdown.js';
import { splitSentencesWith, summarizeWith } from './api.js';
import { keyphrasesWith, summarizeDocumentsWith } from './markdown-api.js';

let loading;
let loaded = false;

/**
 * Loads the Markdown module, once; later calls return the same promise. By default it is
 * fetched from beside this file, a URL that bundlers recognise and copy with the build.
 */
export function init(source) {
  loading ??= loadBindings({
    module_or_path: source ?? new URL('./salient_markdown_bg.wasm', import.meta.url),
  }).then(
    () => {
      loaded = true;
    },
    (error) => {
      // Let a later call try again, e.g. after a network error.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function ready() {
  if (!loaded) {
    throw new Error(
      'salient-summarizer/markdown is not loaded yet: `await init()` once before calling ' +
        'summarize, summarizeDocuments, splitSentences, keyphrases or languages',
    );
  }
}

export function summarize(text, options) {
  ready();
  return summarizeWith(bindings, text, options);
}

export function summarizeDocuments(documents, options) {
  ready();
  return summarizeDocumentsWith(bindings, documents, options);
}

export function splitSentences(text, options) {
  ready();
  return splitSentencesWith(bindings, text, options);
}

export function keyphrases(text, options) {
  ready();
  return keyphrasesWith(bindings, text, options);
}

export function languages() {
  ready();
  return bindings.languages();
}
