// The size budgets: what each entry of the published package loads, its WebAssembly module
// and JavaScript, gzipped. The default entry must stay within 150 KB; the entry with
// Markdown, e-mail, conversations, queries, keyphrases and collections, and the one that
// reads web pages, carry a module of their own and have budgets of their own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = files.filter((name) => /\.(wasm|js)$/.test(name));

/**
 * The entries besides the default one: their files' prefixes and budgets (KB, 1000 bytes).
 * Each budget is the entry's measured size and a few KB for what comes next (BENCHMARKS.md,
 * "WebAssembly size"). The second module carries what the default one leaves out for its
 * 150 KB: Markdown, e-mail and conversations, queries, keyphrases and collections (195.0 KB
 * when they moved there). The HTML module, 213.5 KB when its budget was 215, measured
 * 216.5 KB after the main-content rules for an article's lead and sibling sections and the
 * shared core's growth (language detection shared across a collection's documents). The
 * Markdown entry measured 198.4 KB after the queries' and keyphrases' growth, 199.0 KB
 * once a conversation's sentences left their edge markup and opening fillers out, and
 * 203.2 KB once a query's passages were cut where the subject changes (200.6 KB before).
 * The collections' support by consensus words and best matches, their check for the
 * writer's first person and their table of stop words for language detection (none of
 * which the default module carries) brought it to 207.4 KB: budget 209 KB.
 */
const ENTRIES = [
  { name: 'Markdown', prefixes: ['markdown', 'salient_markdown'], budget: 209, module: 'salient_markdown_bg.wasm' },
  { name: 'HTML', prefixes: ['html', 'salient_html'], budget: 219, module: 'salient_html_bg.wasm' },
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
