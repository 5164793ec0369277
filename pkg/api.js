// The public API over the generated bindings (salient.js): options cross to Rust by name,
// where their defaults, checks and error messages live (the same on every face of
// salient), and the flat offset arrays that come back become objects. Shared by index.js
// (browsers, bundlers, workers) and node.js, which differ only in how they load the module.

import * as bindings from './salient.js';

/** Numbers per item, and before the items, in the arrays the bindings return. */
const STRIDE = 4;
const SUMMARY_HEADER = 2;
const SPLIT_HEADER = 1;

let languageCodes;

/** The language codes, in the order the bindings number them. */
function languageAt(position) {
  languageCodes ??= bindings.languages();
  return languageCodes[position];
}

export function summarize(text, options) {
  checkText(text, 'summarize');
  const numbers = bindings.summarize(text, ...byName(options, 'summarize'));
  const sentences = [];
  for (let i = SUMMARY_HEADER; i < numbers.length; i += STRIDE) {
    const start = numbers[i];
    const end = numbers[i + 1];
    sentences.push({
      text: text.slice(start, end),
      start,
      end,
      index: numbers[i + 2],
      score: numbers[i + 3],
    });
  }
  return {
    text: sentences.map((sentence) => sentence.text).join(' '),
    sentences,
    language: languageAt(numbers[0]),
    document_sentences: numbers[1],
  };
}

export function splitSentences(text, options) {
  checkText(text, 'splitSentences');
  const numbers = bindings.splitSentences(text, ...byName(options, 'splitSentences'));
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
function describe(value) {
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
