// The four seed articles (real scraped pages) through the package: full sentences only,
// each an exact slice of the page, in every option set a page is likely to meet.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { splitSentences, summarize } from '../node.js';
import { sharedData } from './support.js';

test('seed summaries are whole sentences of the page', (t) => {
  const folder = sharedData(t, 'seeds');
  if (!folder) {
    return;
  }
  const seeds = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  assert.ok(seeds.length >= 4, `expected the four seed articles in ${folder}`);
  for (const name of seeds) {
    const text = readFileSync(join(folder, name), 'utf8');
    const sentences = splitSentences(text).filter((segment) => segment.kind === 'sentence');
    for (const algorithm of ['tfidf', 'textrank']) {
      for (const n of [3, 5]) {
        const summary = summarize(text, { sentences: n, algorithm });
        const context = `${name} with ${algorithm}, ${n} sentences`;
        assert.equal(summary.sentences.length, n, context);
        assert.equal(summary.text, summary.sentences.map((s) => s.text).join(' '), context);
        for (const sentence of summary.sentences) {
          assert.equal(text.slice(sentence.start, sentence.end), sentence.text, context);
          const { start, end } = sentences[sentence.index];
          assert.deepEqual([start, end], [sentence.start, sentence.end], context);
          assert.ok(sentence.text.split(/\s+/).length >= 6, `${context}: ${sentence.text}`);
        }
      }
    }
  }
});
