// The WebAssembly build gives the answers kept in tests/golden/summaries.jsonl, which the
// native build is held to by tests/golden.rs: the same sentences (by offset), indices,
// languages and scores to six digits.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { summarize } from '../node.js';
import { root, sharedData } from './support.js';

/** The option sets of the golden file, as JavaScript options. */
const OPTION_SETS = {
  default: {},
  'news-textrank-60-words': { words: 60, algorithm: 'textrank', profile: 'news' },
};

/** The UTF-16 offset in `text` of the byte offset `byte` of its UTF-8 form. */
function utf16Offset(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

test('summaries match the golden file', (t) => {
  const seeds = sharedData(t, 'seeds');
  const news = sharedData(t, 'summarization/cnndm_dev.jsonl');
  if (!seeds || !news) {
    return;
  }
  const texts = new Map();
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
    texts.set(`seeds/${name}`, readFileSync(join(seeds, name), 'utf8'));
  }
  readFileSync(news, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, 50)
    .forEach((line, number) => texts.set(`cnndm/${number}`, JSON.parse(line).text));

  const golden = readFileSync(join(root, 'tests', 'golden', 'summaries.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  assert.equal(golden.length, 2 * texts.size);
  for (const expected of golden) {
    const text = texts.get(expected.document);
    assert.ok(text !== undefined, `no document ${expected.document}`);
    const summary = summarize(text, OPTION_SETS[expected.options]);
    const context = `${expected.document} with ${expected.options}`;
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
});
