// Entry for Node.js (the "node" export condition): the WebAssembly module is read from disk
// and compiled synchronously on first use, so every function works without `init()`.

import { readFileSync } from 'node:fs';
import { initSync } from './salient.js';
import * as api from './api.js';

let loaded = false;

// Loading on first use rather than at import keeps importing free of side effects, as
// "sideEffects": false promises to bundlers.
function load() {
  if (!loaded) {
    initSync({ module: readFileSync(new URL('./salient_bg.wasm', import.meta.url)) });
    loaded = true;
  }
}

/** Loads the module now; only there so that code written for browsers runs unchanged. */
export async function init() {
  load();
}

export function summarize(text, options) {
  load();
  return api.summarize(text, options);
}

export function splitSentences(text, options) {
  load();
  return api.splitSentences(text, options);
}

export function languages() {
  load();
  return api.languages();
}
