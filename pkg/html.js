// The HTML entry for browsers, bundlers and Web Workers (`salient-summarizer/html`): web
// pages read for their main content and summarized. Its WebAssembly module, larger than the
// default one by the HTML reader, is fetched by `init()`, which must have resolved before
// the first call.

import loadBindings from './salient_html.js';
import * as api from './html-api.js';

let loading;
let loaded = false;

/**
 * Loads the HTML module, once; later calls return the same promise. By default it is
 * fetched from beside this file, a URL that bundlers recognise and copy with the build.
 */
export function init(source) {
  loading ??= loadBindings({
    module_or_path: source ?? new URL('./salient_html_bg.wasm', import.meta.url),
  }).then(
    () => {
      loaded = true;
    },
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function ready() {
  if (!loaded) {
    throw new Error(
      'salient-summarizer/html is not loaded yet: `await init()` once before calling ' +
        'summarizeHtml, summarizeElement or extract',
    );
  }
}

export function summarizeHtml(html, options) {
  ready();
  return api.summarizeHtml(html, options);
}

export function summarizeElement(element, options) {
  ready();
  return api.summarizeElement(element, options);
}

export function extract(html) {
  ready();
  return api.extract(html);
}
