// The WebAssembly build gives the answers kept in tests/golden/, which the native build is
// held to by tests/golden.rs: the same languages, sentences (by offset), indices and scores
// to six digits, for the texts in every language of tests/golden/texts/ (languages.jsonl)
// and for the seed pages and news articles of the shared data (summaries.jsonl).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { summarize } from '../node.js';
import { root, sharedData } from './support.js';

const GOLDEN = join(root, 'tests', 'golden');

/** The option sets of the golden files, as JavaScript options. */
const OPTION_SETS = {
  default: {},
  'news-textrank-60-words': { words: 60, algorithm: 'textrank', profile: 'news' },
};

/** The UTF-16 offset in `text` of the byte offset `byte` of its UTF-8 form. */
function utf16Offset(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

/** The `.txt` files of `folder` as [`${prefix}/${name}`, text], sorted by name. */
function textFiles(folder, prefix) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [`${prefix}/${name}`, readFileSync(join(folder, name), 'utf8')]);
}

/** Checks the summaries of `texts` (document name to text) against the golden file `name`. */
function checkGolden(name, texts) {
  const golden = readFileSync(join(GOLDEN, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  assert.equal(golden.length, Object.keys(OPTION_SETS).length * texts.size, name);
  for (const expected of golden) {
    const text = texts.get(expected.document);
    assert.ok(text !== undefined, `${name}: no document ${expected.document}`);
    const summary = summarize(text, OPTION_SETS[expected.options]);
    const context = `${name}: ${expected.document} with ${expected.options}`;
    assert.equal(summary.language, expected.language, context);
    assert.deepEqual(
      summary.sentences.map(({ start, end, index, score }) => [start, end, index, score.toFixed(6)]),
      expected.sentences.map(([start, end, index, score]) => [
        utf16Offset(text, start),
        utf16Offset(text, end),
        index,
        score,
      ]),
      context,
    );
  }
}

test('summaries of the texts in every language match the golden file', () => {
  const texts = new Map(textFiles(join(GOLDEN, 'texts'), 'texts'));
  assert.ok(texts.size >= 21, `one text per language in ${join(GOLDEN, 'texts')}`);
  checkGolden('languages.jsonl', texts);
});

test('summaries of the seed pages and news articles match the golden file', (t) => {
  const seeds = sharedData(t, 'seeds');
  const news = sharedData(t, 'summarization/cnndm_dev.jsonl');
  const texts = new Map(textFiles(seeds, 'seeds'));
  readFileSync(news, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, 50)
    .forEach((line, number) => texts.set(`cnndm/${number}`, JSON.parse(line).text));
  checkGolden('summaries.jsonl', texts);
});
