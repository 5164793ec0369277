// The package's contract in Node: options, errors, offsets, and the browser entry.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { languages, splitSentences, summarize } from '../node.js';
// Queries and conversations are read by the second module alone.
import { summarize as summarizeFull } from '../markdown-node.js';

const ARTICLE = `Harbor City Opens Tidal Power Station

Harbor City switched on its first tidal power station on Monday. The tidal station powers \
about 40,000 homes from the rise and fall of the bay. Tides are predictable, which makes \
tidal power easy to plan for. Some residents came to watch. The station cost $120 million \
and took four years to build. Engineers say the tidal turbines will run for thirty years.`;

/** Text in many scripts, with astral characters (emoji, mathematical letters, CJK Ext. B). */
const MIXED = `Café au lait, s'il vous plaît. Ñandú corrió rápido! 東京は大きい都市です。\
日本語の文も分割されます。 Emoji 😀 and flags 🇫🇷 come here. The family 👨‍👩‍👧 waved 👋🏽! \
Mathematical 𝐀𝐁𝐂 letters are astral. 𠀀𠀁 is rare CJK. Combining e\u0301 accents stay whole.
Привет, мир. Это второе предложение. שלום עולם. مرحبا بالعالم.`;

/** Every sentence and segment is `input.slice(start, end)`, in order, without overlap. */
function assertSlices(input, pieces) {
  let covered = 0;
  for (const piece of pieces) {
    assert.equal(input.slice(piece.start, piece.end), piece.text, JSON.stringify(piece));
    assert.ok(piece.start >= covered && piece.end > piece.start, JSON.stringify(piece));
    covered = piece.end;
  }
}

describe('summarize', () => {
  test('picks three sentences by default, in document order', () => {
    const summary = summarize(ARTICLE);
    assert.equal(summary.sentences.length, 3);
    assert.equal(summary.language, 'en');
    assert.equal(summary.text, summary.sentences.map((s) => s.text).join(' '));
    assertSlices(ARTICLE, summary.sentences);
    const indexes = summary.sentences.map((s) => s.index);
    assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b));
    for (const sentence of summary.sentences) {
      assert.deepEqual(Object.keys(sentence), ['text', 'start', 'end', 'index', 'score']);
      assert.ok(sentence.score >= 0 && sentence.score <= 1);
    }
    assert.ok(!summary.text.includes('Opens Tidal'), 'the title is a fragment');
  });

  test('honours each length budget', () => {
    assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1);
    assert.equal(summarize(ARTICLE, { ratio: 1 }).sentences.length, 6);
    assert.equal(summarize(ARTICLE, { ratio: 0.5 }).sentences.length, 3);
    const words = summarize(ARTICLE, { words: 25 }).text.split(/\s+/).length;
    assert.ok(words <= 25, `${words} words`);
    const chars = summarize(ARTICLE, { chars: 120 }).sentences;
    assert.ok(chars.reduce((sum, s) => sum + [...s.text].length, 0) <= 120);
    assert.equal(summarize(ARTICLE, { sentences: 1e9 }).sentences.length, 6);
  });

  test('takes the language, algorithm and redundancy', () => {
    const german = summarize('Das ist gut. Am 12. Juni kam er. Der Hund schläft.', {
      language: 'German',
      sentences: 3,
    });
    assert.equal(german.language, 'de');
    assert.deepEqual(
      german.sentences.map((s) => s.text),
      ['Das ist gut.', 'Am 12. Juni kam er.', 'Der Hund schläft.'],
    );
    const textrank = summarize(ARTICLE, { algorithm: 'textrank', sentences: 2 });
    assert.equal(textrank.sentences.length, 2);
    const repeated = 'Cats sleep a lot. Cats sleep a lot. Dogs bark at night.';
    assert.equal(summarize(repeated, { redundancy: 1, ratio: 1 }).sentences.length, 2);
    for (const language of languages()) {
      assert.equal(summarize('Un. Deux.', { language }).language, language);
    }
  });

  test('answers a query in the markdown entry, and says when the text never uses its words', () => {
    const answer = summarizeFull(ARTICLE, { query: 'How much did the station cost?', sentences: 1 });
    assert.equal(answer.text, 'The station cost $120 million and took four years to build.');
    assert.equal(answer.query_matched, true);
    const unrelated = summarizeFull(ARTICLE, { query: 'football', sentences: 2 });
    assert.equal(unrelated.query_matched, false);
    assert.deepEqual(unrelated.sentences, summarizeFull(ARTICLE, { sentences: 2 }).sentences);
    assert.ok(!('query_matched' in summarizeFull(ARTICLE)), 'only with a query');
    // Offsets stay UTF-16 code units with a query in another script.
    const cafe = summarizeFull(MIXED, { query: 'Привет мир', sentences: 1 });
    assert.equal(cafe.text, 'Привет, мир.');
    assertSlices(MIXED, cafe.sentences);
  });

  test('leaves queries to the markdown entry, and says so', () => {
    assert.throws(
      () => summarize(ARTICLE, { query: 'cost' }),
      /does not answer queries.*salient-summarizer\/markdown/,
    );
  });

  test('treats undefined options as absent', () => {
    assert.deepEqual(summarize(ARTICLE, { sentences: undefined, language: undefined }), summarize(ARTICLE));
    assert.deepEqual(summarize(ARTICLE, null), summarize(ARTICLE));
  });

  test('accepts any string', () => {
    for (const text of ['', ' ', '\n\n', '.', '...', '?!', '\u0000', '\ud800', '\udc00.', 'a'.repeat(10_000)]) {
      const summary = summarize(text);
      assertSlices(text, summary.sentences);
    }
    assert.deepEqual(summarize(''), {
      text: '',
      sentences: [],
      language: 'en',
      format: 'text',
      document_sentences: 0,
    });
  });

  test('leaves Markdown and e-mail to the markdown entry, and says so', () => {
    assert.equal(summarize('# Notes\n\n```\ncode();\n```\n\n## More\n\nProse here.').format, 'text');
    assert.throws(
      () => summarize('Text.', { format: 'markdown' }),
      /does not read the format "markdown".*salient-summarizer\/markdown/,
    );
  });

  test('reads a conversation in the markdown entry: each sentence knows its speaker, labels are no words', () => {
    // Astral characters before and inside the labels test UTF-16 offsets.
    const call = 'Notes 📝\nZoë 𝐀: Hi Ben.\nBen: Hi. 😀\n' +
      'Zoë 𝐀: The venue for the spring fair is booked.\nBen: Yeah.\n' +
      'Zoë 𝐀: Catering still needs a quote from two suppliers.\nBen: Okay, I will ask both suppliers today.\n';
    const summary = summarizeFull(call, { sentences: 2 });
    assert.equal(summary.format, 'conversation');
    assertSlices(call, summary.sentences);
    for (const sentence of summary.sentences) {
      assert.ok(['Zoë 𝐀', 'Ben'].includes(sentence.speaker), JSON.stringify(sentence));
      assert.ok(!sentence.text.includes(':'), 'the label is left out');
      assert.notEqual(sentence.text, 'Yeah.');
    }
    assert.ok(summary.text.startsWith(`${summary.sentences[0].speaker}: `), summary.text);
    // The filler that opens a turn is no part of the sentence given out.
    const whole = summarizeFull(call, { ratio: 1 });
    assertSlices(call, whole.sentences);
    assert.ok(whole.sentences.some((s) => s.text === 'I will ask both suppliers today.'), whole.text);
    assert.equal(summarizeFull(call, { sentences: 2, format: 'text' }).sentences[0].speaker, undefined);
    assert.ok(!('speaker' in summarizeFull(ARTICLE).sentences[0]));
  });

  test('leaves conversations to the markdown entry, and says so', () => {
    const call = 'Anna: We start.\nBen: Fine.\nAnna: The budget is set.\nBen: Good.\n';
    assert.equal(summarize(call).format, 'text');
    assert.throws(
      () => summarize(call, { format: 'conversation' }),
      /does not read the format "conversation".*salient-summarizer\/markdown/,
    );
  });

});

describe('offsets are UTF-16 code units', () => {
  test('for accents, CJK, emoji and astral characters', () => {
    const summary = summarize(MIXED, { ratio: 1, redundancy: 1 });
    assert.ok(summary.sentences.length >= 10, summary.text);
    assertSlices(MIXED, summary.sentences);
    const segments = splitSentences(MIXED);
    assertSlices(MIXED, segments);
    const astral = segments.find((s) => s.text.includes('𝐀𝐁𝐂'));
    assert.equal(astral.text, 'Mathematical 𝐀𝐁𝐂 letters are astral.');
  });

  test('for lone surrogates, which count as one unit each', () => {
    const text = 'Broken \ud83d here. And \udc00 there. Fine 😀 at last.';
    const segments = splitSentences(text);
    assert.deepEqual(
      segments.map((s) => s.text),
      ['Broken \ud83d here.', 'And \udc00 there.', 'Fine 😀 at last.'],
    );
    assertSlices(text, segments);
    assertSlices(text, summarize(text, { ratio: 1 }).sentences);
  });

  test('for random text', () => {
    // A fixed-seed generator, so that a failure can be reproduced.
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [...'ab Z.?!…\n\t"”)', 'é', '日', '。', '😀', '𝐀', '\ud800', '\udfff', '\u0301', ' ', 'Mr', 'U.S.'];
    for (let round = 0; round < 300; round += 1) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i += 1) {
        text += alphabet[Math.floor(random() * alphabet.length)];
      }
      const segments = splitSentences(text);
      assertSlices(text, segments);
      let rest = text;
      for (const segment of [...segments].reverse()) {
        rest = rest.slice(0, segment.start) + rest.slice(segment.end);
      }
      assert.match(rest, /^\s*$/u, `${JSON.stringify(text)} lost ${JSON.stringify(rest)}`);
      assertSlices(text, summarize(text, { ratio: 1 }).sentences);
    }
  });
});

describe('splitSentences', () => {
  test('returns sentences and fragments with kind and paragraph', () => {
    const segments = splitSentences('Markets Today\nMr. Smith paid $1.16 in the U.S. for it.\n\nHe left at 6 p.m.');
    assert.deepEqual(segments, [
      { text: 'Markets Today', start: 0, end: 13, kind: 'fragment', paragraph: 0 },
      { text: 'Mr. Smith paid $1.16 in the U.S. for it.', start: 14, end: 54, kind: 'sentence', paragraph: 0 },
      { text: 'He left at 6 p.m.', start: 56, end: 73, kind: 'sentence', paragraph: 1 },
    ]);
    assert.deepEqual(splitSentences(''), []);
  });
});

describe('invalid options throw an Error naming the option and what to give', () => {
  // The messages are the Rust library's, the same on the command line and in Python.
  const cases = [
    [{ sentences: 0 }, RangeError, /the length budget is 0 sentences: ask for at least 1 sentences/],
    [{ sentences: 2.5 }, RangeError, /the sentences budget must be a whole number of at least 1, not 2\.5/],
    [{ words: -1 }, RangeError, /the words budget .* not -1/],
    [{ chars: NaN }, RangeError, /the chars budget .* not NaN/],
    [{ sentences: '3' }, TypeError, /the option sentences must be a number, not the string "3"/],
    [{ ratio: 0 }, RangeError, /the length ratio 0 is not in \(0, 1\]/],
    [{ ratio: 1.5 }, RangeError, /the length ratio 1\.5 is not in \(0, 1\]: give the share/],
    [{ ratio: Infinity }, RangeError, /the length ratio 1e15 or more is not in \(0, 1\]/],
    [{ sentences: 2, ratio: 0.5 }, Error, /at most one length budget, one of sentences, ratio, words, chars; got sentences and ratio/],
    [{ language: 'xx' }, Error, /unknown language "xx": use one of auto, ar, da, de, el, en, es, fi, fr, hu, it, ja, ko, nl, no, pt, ro, ru, sv, ta, tr, zh/],
    [{ language: 7 }, TypeError, /the option language must be a string, not the number 7/],
    [{ profile: 'legal' }, Error, /unknown profile "legal": use one of auto, general, news, conversation/],
    [{ format: 'pdf' }, Error, /unknown format "pdf": use one of auto, text$/],
    [{ profile: true }, TypeError, /the option profile must be a string, not the boolean true/],
    [{ algorithm: 'lexrank' }, Error, /unknown algorithm "lexrank": use one of textrank, tfidf/],
    [{ algorithm: null }, TypeError, /the option algorithm must be a string, not null/],
    [{ redundancy: 0 }, RangeError, /the redundancy threshold 0 is not in \(0, 1\]/],
    [{ redundancy: '0.5' }, TypeError, /the option redundancy must be a number, not the string "0\.5"/],
    [{ sentence: 3 }, Error, /unknown option "sentence": the options are sentences, ratio, words, chars, language, format, algorithm, profile, redundancy, query/],
    [{ query: ' ' }, Error, /the query is empty: give the words to focus the summary on, or leave the query option out/],
    [{ query: 5 }, TypeError, /the option query must be a string, not the number 5/],
    [3, TypeError, /needs the options as an object/],
    [[], TypeError, /needs the options as an object .* not an array/],
  ];
  for (const [options, type, message] of cases) {
    test(JSON.stringify(options) ?? String(options), () => {
      assert.throws(() => summarize(ARTICLE, options), (error) => {
        assert.ok(error instanceof type, `${error.constructor.name}: ${error.message}`);
        assert.match(error.message, message);
        assert.doesNotMatch(error.message, /unreachable|panicked|RuntimeError/);
        return true;
      });
    });
  }

  test('for splitSentences too', () => {
    assert.throws(() => splitSentences('A.', { sentences: 3 }), /unknown option "sentences": the options are language/);
    assert.throws(() => splitSentences('A.', { language: 'klingon' }), /unknown language "klingon": use one of/);
  });

  test('for a text that is not a string', () => {
    for (const text of [undefined, null, 42, {}, ['a']]) {
      assert.throws(() => summarize(text), TypeError);
      assert.throws(() => splitSentences(text), /splitSentences\(text\) needs the text as a string/);
    }
  });

  test('and the module still works after each', () => {
    assert.equal(summarize(ARTICLE, { sentences: 2 }).sentences.length, 2);
  });
});

test('the declared language codes are the ones the build supports', () => {
  const declarations = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8');
  const union = /export type LanguageCode =\s*([^;]+);/.exec(declarations)[1];
  const declared = [...union.matchAll(/'([a-z]+)'/g)].map((match) => match[1]);
  assert.deepEqual(declared, languages(), 'update LanguageCode in index.d.ts');
});

describe('the browser entry (index.js)', () => {
  test('asks for init() before the first call, then works', async () => {
    const browser = await import('../index.js');
    assert.throws(() => browser.summarize(ARTICLE), /await init\(\)/);
    // Node's fetch cannot read file: URLs, so the bytes are given as a browser could.
    const bytes = readFileSync(new URL('../salient_bg.wasm', import.meta.url));
    const first = browser.init(bytes);
    assert.equal(browser.init(), first, 'init() loads once');
    await first;
    assert.deepEqual(browser.summarize(ARTICLE), summarize(ARTICLE));
    assert.deepEqual(browser.languages(), languages());
  });
});
