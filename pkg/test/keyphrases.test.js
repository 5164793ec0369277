// keyphrases(): the words and phrases a text is about, with UTF-16 offsets, the same as the
// native build's (tests/golden/keyphrases.jsonl, written by tests/golden_keyphrases.rs).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { keyphrases } from '../markdown-node.js';
import { root } from './support.js';

const ARTICLE = `Tidal Power for Harbor City

Harbor City switched on a tidal power station in Kestrel Bay. The tidal power station has \
twelve turbines on the floor of the bay. Tides are predictable, so tidal power is easy to \
plan. Fishing groups worry that the turbines could harm salmon.`;

/** The UTF-16 offset in `text` of the byte offset `byte` of its UTF-8 form. */
function utf16Offset(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

describe('keyphrases', () => {
  test('gives ten phrases by default, best first, as exact slices', () => {
    const phrases = keyphrases(ARTICLE);
    assert.ok(phrases.length > 3 && phrases.length <= 10);
    assert.equal(phrases[0].text, 'tidal power');
    assert.equal(phrases[0].score, 1);
    for (let i = 1; i < phrases.length; i += 1) {
      assert.ok(phrases[i].score <= phrases[i - 1].score);
    }
    for (const phrase of phrases) {
      assert.ok(phrase.spans.some(({ start, end }) => ARTICLE.slice(start, end) === phrase.text));
    }
  });

  test('counts offsets in UTF-16 code units', () => {
    const text = '𝐀𝐁 Café culture in Zürich 😀. Café culture grows. Zürich loves café culture.';
    const phrases = keyphrases(text, { count: 3, language: 'en' });
    const cafe = phrases.find((phrase) => phrase.text.toLowerCase() === 'café culture');
    assert.ok(cafe, JSON.stringify(phrases));
    // Two astral letters (two units each) and a space come first.
    assert.deepEqual(cafe.spans[0], { start: 5, end: 17 });
    for (const { start, end } of cafe.spans) {
      assert.equal(text.slice(start, end).toLowerCase(), 'café culture');
    }
  });

  test('takes count, language, maxWords and redundancy', () => {
    assert.equal(keyphrases(ARTICLE, { count: 2 }).length, 2);
    const short = keyphrases(ARTICLE, { maxWords: 1, redundancy: 1, language: 'en' });
    assert.ok(short.every((phrase) => !phrase.text.includes(' ')), JSON.stringify(short));
    assert.deepEqual(keyphrases(''), []);
  });

  test('refuses a count of 0 and says what to give', () => {
    assert.throws(() => keyphrases(ARTICLE, { count: 0 }), {
      name: 'RangeError',
      message: 'the keyphrase count is 0: ask for at least 1 keyphrase, e.g. 10',
    });
    assert.throws(() => keyphrases(ARTICLE, { count: 1.5 }), RangeError);
    assert.throws(() => keyphrases(ARTICLE, { count: '3' }), TypeError);
    assert.throws(() => keyphrases(ARTICLE, { sentences: 3 }), /unknown option "sentences"/);
    assert.throws(() => keyphrases(42), TypeError);
  });

  test('match the golden file of the native build', () => {
    const golden = readFileSync(join(root, 'tests', 'golden', 'keyphrases.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
    assert.ok(golden.length >= 22);
    for (const expected of golden) {
      const text = readFileSync(
        join(root, expected.document.startsWith('texts/') ? 'tests/golden' : '', expected.document),
        'utf8',
      );
      const phrases = keyphrases(text, { count: 10 });
      assert.deepEqual(
        phrases.map(({ text: phrase, score, spans }) => [
          phrase,
          score.toFixed(6),
          spans.map(({ start, end }) => [start, end]),
        ]),
        expected.keyphrases.map(([phrase, score, spans]) => [
          phrase,
          score,
          spans.map(([start, end]) => [utf16Offset(text, start), utf16Offset(text, end)]),
        ]),
        expected.document,
      );
    }
  });
});
