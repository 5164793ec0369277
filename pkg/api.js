// The public API over the generated bindings (salient.js): options cross to Rust by name,
// where their defaults, checks and error messages live (the same on every face of
// salient), and the flat offset arrays that come back become objects. Shared by index.js
// (browsers, bundlers, workers) and node.js, which differ only in how they load the module.

import * as bindings from './salient.js';

/** Numbers per item, and before the items, in the arrays the bindings return. */
const STRIDE = 4;
const SUMMARY_STRIDE = 6;
const SUMMARY_HEADER = 4;
const SPLIT_HEADER = 1;

/** Each module's language codes and format names, in the order it numbers them. */
const names = new Map();

export function namesOf(module) {
  if (!names.has(module)) {
    names.set(module, { languages: module.languages(), formats: module.formats() });
  }
  return names.get(module);
}

export function summarize(text, options) {
  return summarizeWith(bindings, text, options);
}

/**
 * `summarize` over the generated bindings `module`: the default module's, or another
 * entry's module built with more features (`salient-summarizer/markdown`).
 */
export function summarizeWith(module, text, options) {
  checkText(text, 'summarize');
  const numbers = module.summarize(text, ...byName(options, 'summarize'));
  const sentences = [];
  for (let i = SUMMARY_HEADER; i < numbers.length; i += SUMMARY_STRIDE) {
    const start = numbers[i];
    const end = numbers[i + 1];
    const sentence = {
      text: text.slice(start, end),
      start,
      end,
      index: numbers[i + 2],
      score: numbers[i + 3],
    };
    // In a conversation: who said it (the key is absent elsewhere, as in Rust's JSON).
    if (numbers[i + 4] >= 0) {
      sentence.speaker = text.slice(numbers[i + 4], numbers[i + 5]);
    }
    sentences.push(sentence);
  }
  const summary = {
    text: summaryText(sentences),
    sentences,
    language: namesOf(module).languages[numbers[0]],
    format: namesOf(module).formats[numbers[1]],
    document_sentences: numbers[2],
  };
  // Only with a query, as in the JSON of the other faces.
  if (numbers[3] >= 0) {
    summary.query_matched = numbers[3] === 1;
  }
  return summary;
}

/**
 * The summary's text as Rust's `Display` writes it: the sentences joined by single spaces,
 * a conversation's speaker named where the speaker changes (`Anna: We start. Ben: Fine.`).
 */
function summaryText(sentences) {
  let previous;
  return sentences
    .map((sentence) => {
      const named = sentence.speaker !== undefined && sentence.speaker !== previous;
      previous = sentence.speaker;
      return named ? `${sentence.speaker}: ${sentence.text}` : sentence.text;
    })
    .join(' ');
}

export function splitSentences(text, options) {
  return splitSentencesWith(bindings, text, options);
}

/** `splitSentences` over the generated bindings `module`, as for `summarizeWith`. */
export function splitSentencesWith(module, text, options) {
  checkText(text, 'splitSentences');
  const numbers = module.splitSentences(text, ...byName(options, 'splitSentences'));
  const segments = [];
  for (let i = SPLIT_HEADER; i < numbers.length; i += STRIDE) {
    const start = numbers[i];
    const end = numbers[i + 1];
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      kind: numbers[i + 2] === 1 ? 'sentence' : 'fragment',
      paragraph: numbers[i + 3],
    });
  }
  return segments;
}

export function languages() {
  return bindings.languages();
}

export function checkText(text, caller) {
  if (typeof text !== 'string') {
    throw new TypeError(`${caller}(text) needs the text as a string, not ${describe(text)}`);
  }
}

/**
 * The options as the bindings take them: names, a kind letter each (`n` number, `s`
 * string, `o` other), numbers and strings (for `o`, a description of the value). Undefined
 * entries are left out, as if not given.
 */
export function byName(options, caller) {
  const names = [];
  let kinds = '';
  const numbers = [];
  const strings = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new TypeError(
        `${caller}(text, options) needs the options as an object such as { language: 'en' }, ` +
          `not ${describe(options)}`,
      );
    }
    for (const [name, value] of Object.entries(options)) {
      if (value === undefined) {
        continue;
      }
      names.push(name);
      if (typeof value === 'number') {
        kinds += 'n';
        numbers.push(value);
        strings.push('');
      } else if (typeof value === 'string') {
        kinds += 's';
        numbers.push(0);
        strings.push(value);
      } else {
        kinds += 'o';
        numbers.push(0);
        strings.push(describe(value));
      }
    }
  }
  return [names, kinds, numbers, strings];
}

/** A short description of a value of the wrong type, for an error message. */
export function describe(value) {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value)}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    default:
      return `a value of type ${typeof value}`;
  }
}
