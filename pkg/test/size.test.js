// The size budget: the published package's WebAssembly module and JavaScript, gzipped.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

/** Kilobytes (1000 bytes) that the gzipped .wasm and .js files of the package may take. */
const BUDGET_KB = 120;

test(`the package's .wasm and .js files take at most ${BUDGET_KB} KB gzipped`, (t) => {
  const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  let total = 0;
  // The HTML entry's files have a budget of their own, below.
  for (const file of files.filter((name) => /\.(wasm|js)$/.test(name) && !isHtmlEntry(name))) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    t.diagnostic(`${file}: ${bytes.length} bytes, ${gzipped} gzipped`);
    total += gzipped;
  }
  t.diagnostic(`total: ${(total / 1000).toFixed(1)} KB gzipped`);
  assert.ok(total <= BUDGET_KB * 1000, `${total} bytes gzipped, over the budget of ${BUDGET_KB} KB`);
});

/** Whether `file` belongs to the HTML entry (`salient-summarizer/html`) alone. */
function isHtmlEntry(file) {
  return file.startsWith('html') || file.startsWith('salient_html');
}

/**
 * Kilobytes that the HTML entry loads, gzipped: its module with the HTML reader, its
 * JavaScript, and the default entry's `api.js`, which it imports.
 */
const HTML_BUDGET_KB = 215;

test(`the HTML entry's .wasm and .js files take at most ${HTML_BUDGET_KB} KB gzipped`, (t) => {
  const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const loaded = files.filter((name) => /\.(wasm|js)$/.test(name) && (isHtmlEntry(name) || name === 'api.js'));
  assert.ok(loaded.includes('salient_html_bg.wasm'), 'the HTML module is in the package');
  let total = 0;
  for (const file of loaded) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    t.diagnostic(`${file}: ${bytes.length} bytes, ${gzipped} gzipped`);
    total += gzipped;
  }
  t.diagnostic(`total: ${(total / 1000).toFixed(1)} KB gzipped`);
  assert.ok(total <= HTML_BUDGET_KB * 1000, `${total} bytes gzipped, over the budget of ${HTML_BUDGET_KB} KB`);
});
