// The Markdown entry for Node.js (`salient-summarizer/markdown`, "node" condition): the
// module with the Markdown and e-mail readers is read from disk and compiled on first use,
// so every function works without `init()`.

import { readFileSync } from 'node:fs';
import * as bindings from './salient_markdown.js';
import { splitSentencesWith, summarizeWith } from './api.js';
import { keyphrasesWith, summarizeDocumentsWith } from './markdown-api.js';

let loaded = false;

function load() {
  if (!loaded) {
    bindings.initSync({ module: readFileSync(new URL('./salient_markdown_bg.wasm', import.meta.url)) });
    loaded = true;
  }
}

/** Loads the module now; only there so that code written for browsers runs unchanged. */
export async function init() {
  load();
}

export function summarize(text, options) {
  load();
  return summarizeWith(bindings, text, options);
}

export function summarizeDocuments(documents, options) {
  load();
  return summarizeDocumentsWith(bindings, documents, options);
}

export function splitSentences(text, options) {
  load();
  return splitSentencesWith(bindings, text, options);
}

export function keyphrases(text, options) {
  load();
  return keyphrasesWith(bindings, text, options);
}

export function languages() {
  load();
  return bindings.languages();
}
