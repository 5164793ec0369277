// The WebAssembly build gives what the native build gives: the same sentences, offsets and
// scores, on the four seed articles and the first 50 CNN/DailyMail documents. The native
// side is the command-line tool (`cargo build --release --features cli`), in batch mode.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { splitSentences, summarize } from '../node.js';
// Queries are answered by the second module alone.
import { summarize as summarizeFull } from '../markdown-node.js';
import { required, sharedData, targetDir } from './support.js';

const NEWS_DOCUMENTS = 50;

/** The option sets compared: JavaScript options and the same as command-line flags. */
const OPTION_SETS = [
  [{}, []],
  [{ sentences: 5, algorithm: 'textrank' }, ['-n', '5', '--algorithm', 'textrank']],
  [{ ratio: 0.3, redundancy: 0.3 }, ['--ratio', '0.3', '--redundancy', '0.3']],
  [{ words: 60 }, ['--words', '60']],
  [{ chars: 400, algorithm: 'textrank' }, ['--chars', '400', '--algorithm', 'textrank']],
  [{ query: 'What did the police say?', words: 100 }, ['--query', 'What did the police say?', '--words', '100']],
  [
    { query: 'money and costs', algorithm: 'textrank', sentences: 2 },
    ['--query', 'money and costs', '--algorithm', 'textrank', '-n', '2'],
  ],
];

/** The documents: each seed article, then the first news documents. */
function documents(t) {
  const seeds = sharedData(t, 'seeds');
  const news = sharedData(t, 'summarization/cnndm_dev.jsonl');
  if (!seeds || !news) {
    return null;
  }
  const seedTexts = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seeds, name), 'utf8'));
  assert.ok(seedTexts.length >= 4, `expected the four seed articles in ${seeds}`);
  const newsTexts = readFileSync(news, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, NEWS_DOCUMENTS)
    .map((line) => JSON.parse(line).text);
  return [...seedTexts, ...newsTexts];
}

/** The native tool's answers for `texts`, one per text. */
function native(tool, args, texts) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const output = execFileSync(tool, [...args, '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const answers = output.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(answers.map((answer) => answer.id), texts.map((_, id) => id));
  return answers;
}

/** The UTF-16 offset in `text` of the byte offset `byte` of its UTF-8 form. */
function utf16Offset(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

test('summaries match the native build', (t) => {
  const texts = documents(t);
  const tool = required(t, join(targetDir, 'release', 'salient'), 'cargo build --release -p salient-cli');
  if (!texts || !tool) {
    return;
  }
  let scores = 0;
  let bitIdentical = 0;
  let largest = 0;
  for (const [options, flags] of OPTION_SETS) {
    const answers = native(tool, flags, texts);
    texts.forEach((text, id) => {
      const context = `document ${id} with ${JSON.stringify(options)}`;
      const result = (options.query === undefined ? summarize : summarizeFull)(text, options);
      assert.equal(result.query_matched, answers[id].query_matched, context);
      const wasm = result.sentences;
      const expected = answers[id].sentences;
      assert.equal(wasm.length, expected.length, context);
      wasm.forEach((sentence, i) => {
        const want = expected[i];
        assert.equal(sentence.text, want.text, context);
        assert.equal(sentence.index, want.index, context);
        assert.equal(sentence.start, utf16Offset(text, want.start), context);
        assert.equal(sentence.end, utf16Offset(text, want.end), context);
        assert.equal(sentence.score.toFixed(6), want.score.toFixed(6), context);
        scores += 1;
        bitIdentical += Number(Object.is(sentence.score, want.score));
        largest = Math.max(largest, Math.abs(sentence.score - want.score));
      });
    });
  }
  // f64::ln is the platform's (glibc natively, Rust's port of musl's in WebAssembly), and
  // the two round differently in the last bit for some arguments; that is all that differs.
  t.diagnostic(
    `${texts.length} documents, ${OPTION_SETS.length} option sets: ${bitIdentical} of ` +
      `${scores} scores bit-identical, the others within ${largest.toExponential(1)}`,
  );
  assert.ok(largest < 1e-12, `scores differ by ${largest}`);
});

test('sentence splits match the native build', (t) => {
  const texts = documents(t);
  const tool = required(t, join(targetDir, 'release', 'salient'), 'cargo build --release -p salient-cli');
  if (!texts || !tool) {
    return;
  }
  for (const language of ['en', 'de', 'fr', 'ru']) {
    const answers = native(tool, ['split', '--language', language], texts);
    texts.forEach((text, id) => {
      const expected = answers[id].sentences.map((segment) => ({
        text: segment.text,
        start: utf16Offset(text, segment.start),
        end: utf16Offset(text, segment.end),
        kind: segment.kind,
        paragraph: segment.paragraph,
      }));
      assert.deepEqual(splitSentences(text, { language }), expected, `document ${id} in ${language}`);
    });
  }
});
