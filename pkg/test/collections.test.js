// One summary of many documents in Node: each sentence names its document, and its
// offsets are UTF-16 code units of that document.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { summarizeDocuments } from '../markdown-node.js';

/** `[document, index]` of the two sentences TextRank chooses natively (tests/collections.rs). */
const NATIVE_TWO_TEXTRANK = [
  [0, 0],
  [1, 2],
];

/** Three reports of one event, with accents, a dash and astral emoji before sentences. */
const REPORTS = [
  'Café owners in Zürich reopened the old bridge market on Monday. The market sells ' +
    'cheese, bread and flowers. Crowds came early — some 🌅 waited since dawn.',
  'The old bridge market in Zürich reopened on Monday after two years of repairs. 🎺 A brass ' +
    'band played all morning. Café owners said the crowds came early.',
  'Rain is expected in Zürich later this week. The bridge market will stay open in the rain.',
];

describe('summarizeDocuments', () => {
  test('gives slices of their own documents, by document then position', () => {
    const summary = summarizeDocuments(REPORTS, { sentences: 4 });
    assert.ok(summary.sentences.length > 0 && summary.sentences.length <= 4);
    for (const sentence of summary.sentences) {
      const slice = REPORTS[sentence.document].slice(sentence.start, sentence.end);
      assert.equal(slice, sentence.text, JSON.stringify(sentence));
      assert.ok(sentence.score >= 0 && sentence.score <= 1);
    }
    const places = summary.sentences.map((s) => [s.document, s.start]);
    const sorted = [...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    assert.deepEqual(places, sorted);
    assert.equal(summary.text, summary.sentences.map((s) => s.text).join(' '));
    assert.ok(new Set(summary.sentences.map((s) => s.document)).size > 1);
  });

  test('tells the same fact from two documents once', () => {
    const summary = summarizeDocuments(REPORTS, { sentences: 3 });
    const reopenings = summary.sentences.filter((s) => s.text.includes('reopened'));
    assert.equal(reopenings.length, 1);
  });

  test('reports how each document was read', () => {
    const summary = summarizeDocuments([...REPORTS, ''], { words: 30 });
    assert.deepEqual(
      summary.documents.map((d) => d.document_sentences),
      [3, 3, 2, 0],
    );
    assert.ok(summary.documents.every((d) => d.language === 'en' && d.format === 'text'));
    assert.equal(summary.document_sentences, 8);
  });

  test('matches the native summary sentence for sentence', () => {
    // The same sentences and scores as the Rust core gives (tests/collections.rs holds
    // the native side of this text to the same choice).
    const summary = summarizeDocuments(REPORTS, { sentences: 2, algorithm: 'textrank' });
    assert.deepEqual(
      summary.sentences.map((s) => [s.document, s.index]),
      NATIVE_TWO_TEXTRANK,
    );
  });

  test('answers a query from any document, with offsets after astral characters', () => {
    const summary = summarizeDocuments(REPORTS, { sentences: 1, query: 'Which band played?' });
    assert.equal(summary.query_matched, true);
    assert.equal(summary.sentences.length, 1);
    const [sentence] = summary.sentences;
    assert.deepEqual([sentence.document, sentence.index], [1, 1]);
    assert.ok(sentence.text.includes('brass band'), sentence.text);
    assert.equal(REPORTS[1].slice(sentence.start, sentence.end), sentence.text);
    // After an accent and an astral emoji (two UTF-16 code units): a byte or code point
    // offset would land elsewhere.
    assert.equal(sentence.end, REPORTS[1].indexOf('all morning.') + 'all morning.'.length);

    const unanswered = summarizeDocuments(REPORTS, { sentences: 1, query: 'football' });
    assert.equal(unanswered.query_matched, false);
    const plain = summarizeDocuments(REPORTS, { sentences: 1 });
    assert.deepEqual(unanswered.sentences, plain.sentences);
    assert.equal('query_matched' in plain, false);
  });

  test('takes empty collections and refuses what is not an array of strings', () => {
    assert.deepEqual(summarizeDocuments([]).sentences, []);
    assert.deepEqual(summarizeDocuments(['', ' ']).sentences, []);
    assert.throws(() => summarizeDocuments('One text.'), TypeError);
    assert.throws(() => summarizeDocuments(['One.', 2]), /documents\[1\]/);
    assert.throws(() => summarizeDocuments(REPORTS, { ratio: 2 }), RangeError);
  });
});
