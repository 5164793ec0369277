// Entry for browsers, bundlers (Vite, webpack, Rollup) and Web Workers: the WebAssembly
// module is fetched by `init()`, which must have resolved before the first call.

import loadBindings from './salient.js';
import * as api from './api.js';

let loading;
let loaded = false;

/**
 * Loads the WebAssembly module, once; later calls return the same promise. By default it is
 * fetched from beside this file, a URL that bundlers recognise and copy with the build.
 */
export function init(source) {
  loading ??= loadBindings({
    module_or_path: source ?? new URL('./salient_bg.wasm', import.meta.url),
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
      'salient is not loaded yet: `await init()` once before calling summarize, ' +
        'splitSentences or languages',
    );
  }
}

export function summarize(text, options) {
  ready();
  return api.summarize(text, options);
}

export function splitSentences(text, options) {
  ready();
  return api.splitSentences(text, options);
}

export function languages() {
  ready();
  return api.languages();
}
