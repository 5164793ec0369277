// The size budget: the published package's WebAssembly module and JavaScript, gzipped.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

/** Kilobytes (1000 bytes) that the gzipped .wasm and .js files of the package may take. */
const BUDGET_KB = 150;

test(`the package's .wasm and .js files take at most ${BUDGET_KB} KB gzipped`, (t) => {
  const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  let total = 0;
  // The Markdown entry's files have a budget of their own, below.
  for (const file of files.filter((name) => /\.(wasm|js)$/.test(name) && !isMarkdownEntry(name))) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    t.diagnostic(`${file}: ${bytes.length} bytes, ${gzipped} gzipped`);
    total += gzipped;
  }
  t.diagnostic(`total: ${(total / 1000).toFixed(1)} KB gzipped`);
  assert.ok(total <= BUDGET_KB * 1000, `${total} bytes gzipped, over the budget of ${BUDGET_KB} KB`);
});

/** Whether `file` belongs to the Markdown entry (`salient-summarizer/markdown`) alone. */
function isMarkdownEntry(file) {
  return file.startsWith('markdown') || file.startsWith('salient_markdown');
}

/**
 * Kilobytes that the Markdown entry loads, gzipped: its module with the Markdown and e-mail
 * readers, its JavaScript, and the default entry's `api.js`, which it imports.
 */
const MARKDOWN_BUDGET_KB = 170;

test(`the Markdown entry's .wasm and .js files take at most ${MARKDOWN_BUDGET_KB} KB gzipped`, (t) => {
  const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const loaded = files.filter((name) => /\.(wasm|js)$/.test(name) && (isMarkdownEntry(name) || name === 'api.js'));
  assert.ok(loaded.includes('salient_markdown_bg.wasm'), 'the Markdown module is in the package');
  let total = 0;
  for (const file of loaded) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    t.diagnostic(`${file}: ${bytes.length} bytes, ${gzipped} gzipped`);
    total += gzipped;
  }
  t.diagnostic(`total: ${(total / 1000).toFixed(1)} KB gzipped`);
  assert.ok(total <= MARKDOWN_BUDGET_KB * 1000, `${total} bytes gzipped, over the budget of ${MARKDOWN_BUDGET_KB} KB`);
});
