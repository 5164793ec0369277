// The HTML entry for Node.js (`salient-summarizer/html`, "node" condition): the module is
// read from disk and compiled on first use, so every function works without `init()`.

import { readFileSync } from 'node:fs';
import { initSync } from './salient_html.js';
import * as api from './html-api.js';

let loaded = false;

function load() {
  if (!loaded) {
    initSync({ module: readFileSync(new URL('./salient_html_bg.wasm', import.meta.url)) });
    loaded = true;
  }
}

/** Loads the module now; only there so that code written for browsers runs unchanged. */
export async function init() {
  load();
}

export function summarizeHtml(html, options) {
  load();
  return api.summarizeHtml(html, options);
}

export function summarizeElement(element, options) {
  load();
  return api.summarizeElement(element, options);
}

export function extract(html) {
  load();
  return api.extract(html);
}
