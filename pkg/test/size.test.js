// The size budgets: what each entry of the published package loads, its WebAssembly module
// and JavaScript, gzipped. The default entry must stay within 150 KB; the entries that read
// Markdown and e-mail, and web pages, carry a second module and have budgets of their own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = files.filter((name) => /\.(wasm|js)$/.test(name));

/**
 * The entries besides the default one: their files' prefixes and budgets (KB, 1000 bytes).
 * Each budget is the entry's measured size and a few KB for what comes next (BENCHMARKS.md,
 * "WebAssembly size"): Markdown 163.5 KB when it was set; HTML 213.5 KB, whose budget stays
 * where it was.
 */
const ENTRIES = [
  { name: 'Markdown', prefixes: ['markdown', 'salient_markdown'], budget: 167, module: 'salient_markdown_bg.wasm' },
  { name: 'HTML', prefixes: ['html', 'salient_html'], budget: 215, module: 'salient_html_bg.wasm' },
];

/** The entry that `file` belongs to alone, if any. */
function entryOf(file) {
  return ENTRIES.find((entry) => entry.prefixes.some((prefix) => file.startsWith(prefix)));
}

/** Adds up the gzipped sizes of `names`, reporting each, and checks them against `budget`. */
function checkBudget(t, names, budget) {
  let total = 0;
  for (const file of names) {
    const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    t.diagnostic(`${file}: ${bytes.length} bytes, ${gzipped} gzipped`);
    total += gzipped;
  }
  t.diagnostic(`total: ${(total / 1000).toFixed(1)} KB gzipped`);
  assert.ok(total <= budget * 1000, `${total} bytes gzipped, over the budget of ${budget} KB`);
}

test("the default entry's .wasm and .js files take at most 150 KB gzipped", (t) => {
  checkBudget(t, code.filter((file) => !entryOf(file)), 150);
});

for (const entry of ENTRIES) {
  // Each entry loads its own files and the default entry's api.js, which it imports.
  test(`the ${entry.name} entry's .wasm and .js files take at most ${entry.budget} KB gzipped`, (t) => {
    const loaded = code.filter((file) => entryOf(file) === entry || file === 'api.js');
    assert.ok(loaded.includes(entry.module), `${entry.module} is in the package`);
    checkBudget(t, loaded, entry.budget);
  });
}
