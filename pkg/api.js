// The public API over the generated bindings (salient.js): options are checked here, so
// that a wrong one is an Error naming it and its allowed values, and the flat offset arrays
// that cross the WebAssembly boundary become objects. Shared by index.js (browsers,
// bundlers, workers) and node.js, which differ only in how they load the module.

import * as bindings from './salient.js';

/** The length budgets; a summary takes at most one. */
const BUDGETS = ['sentences', 'ratio', 'words', 'chars'];
const SUMMARIZE_OPTIONS = [...BUDGETS, 'language', 'algorithm', 'profile', 'redundancy'];
const SPLIT_OPTIONS = ['language'];

const DEFAULT_SENTENCES = 3;
const DEFAULT_LANGUAGE = 'auto';
const DEFAULT_ALGORITHM = 'tfidf';
const DEFAULT_PROFILE = 'general';
const DEFAULT_REDUNDANCY = 0.5;

/** Numbers per item in the arrays the bindings return (see src/wasm.rs). */
const STRIDE = 4;

export function summarize(text, options) {
  checkText(text, 'summarize');
  const given = checkOptions(options, SUMMARIZE_OPTIONS, 'summarize');
  const [budget, amount] = lengthBudget(given);
  const language = resolve(languageOption(given.language), text);
  const algorithm = algorithmOption(given.algorithm);
  const profile = profileOption(given.profile);
  const redundancy = redundancyOption(given.redundancy);

  const numbers = bindings.summarize(
    text,
    budget,
    amount,
    language,
    algorithm,
    profile,
    redundancy,
  );
  const sentences = [];
  for (let i = 0; i < numbers.length; i += STRIDE) {
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
    language,
  };
}

export function splitSentences(text, options) {
  checkText(text, 'splitSentences');
  const given = checkOptions(options, SPLIT_OPTIONS, 'splitSentences');
  const language = resolve(languageOption(given.language), text);

  const numbers = bindings.splitSentences(text, language);
  const segments = [];
  for (let i = 0; i < numbers.length; i += STRIDE) {
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

function checkText(text, caller) {
  if (typeof text !== 'string') {
    throw new TypeError(`${caller}(text) needs the text as a string, not ${describe(text)}`);
  }
}

/** The options object with its undefined entries dropped, after checking its keys. */
function checkOptions(options, known, caller) {
  if (options === undefined || options === null) {
    return {};
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      `${caller}(text, options) needs the options as an object such as { language: 'en' }, ` +
        `not ${describe(options)}`,
    );
  }
  const given = {};
  for (const [key, value] of Object.entries(options)) {
    if (!known.includes(key)) {
      throw new Error(
        `unknown option ${JSON.stringify(key)} for ${caller}(): the options are ${known.join(', ')}`,
      );
    }
    if (value !== undefined) {
      given[key] = value;
    }
  }
  return given;
}

/** The one length budget given, or the default of three sentences. */
function lengthBudget(given) {
  const chosen = BUDGETS.filter((budget) => budget in given);
  if (chosen.length > 1) {
    throw new Error(
      `give at most one length budget, one of ${BUDGETS.join(', ')}; ` +
        `got ${chosen.join(' and ')}`,
    );
  }
  if (chosen.length === 0) {
    return ['sentences', DEFAULT_SENTENCES];
  }
  const [budget] = chosen;
  const amount = given[budget];
  if (typeof amount !== 'number') {
    throw new TypeError(`options.${budget} must be a number, not ${describe(amount)}`);
  }
  if (budget === 'ratio') {
    if (!(amount > 0 && amount <= 1)) {
      throw new RangeError(
        `options.ratio must be in (0, 1], the share of the document's sentences to keep ` +
          `(e.g. 0.2 for a fifth), not ${amount}`,
      );
    }
  } else if (!Number.isInteger(amount) || amount < 1) {
    throw new RangeError(
      `options.${budget} must be a whole number of at least 1, not ${amount}`,
    );
  }
  return [budget, amount];
}

/** The language's code; the bindings know the languages and explain an unknown one. */
function languageOption(language) {
  if (language === undefined) {
    return DEFAULT_LANGUAGE;
  }
  if (typeof language !== 'string') {
    throw new TypeError(
      `options.language must be a string, auto or one of ${bindings.languages().join(', ')}; ` +
        `not ${describe(language)}`,
    );
  }
  return bindings.languageCode(language);
}

/** The language to read `text` as: the one given, or the one detected for `"auto"`. */
function resolve(language, text) {
  return language === 'auto' ? bindings.detectLanguage(text) : language;
}

function profileOption(profile) {
  if (profile === undefined) {
    return DEFAULT_PROFILE;
  }
  if (typeof profile !== 'string') {
    throw new TypeError(
      `options.profile must be a string, one of ${bindings.profiles().join(', ')}; ` +
        `not ${describe(profile)}`,
    );
  }
  return profile;
}

function algorithmOption(algorithm) {
  if (algorithm === undefined) {
    return DEFAULT_ALGORITHM;
  }
  if (typeof algorithm !== 'string') {
    throw new TypeError(
      `options.algorithm must be a string, one of ${bindings.algorithms().join(', ')}; ` +
        `not ${describe(algorithm)}`,
    );
  }
  return algorithm;
}

function redundancyOption(redundancy) {
  if (redundancy === undefined) {
    return DEFAULT_REDUNDANCY;
  }
  if (typeof redundancy !== 'number') {
    throw new TypeError(`options.redundancy must be a number, not ${describe(redundancy)}`);
  }
  if (!(redundancy > 0 && redundancy <= 1)) {
    throw new RangeError(
      `options.redundancy must be in (0, 1], the similarity above which a sentence repeats ` +
        `one already chosen (default ${DEFAULT_REDUNDANCY}; 1 drops exact repeats only), ` +
        `not ${redundancy}`,
    );
  }
  return redundancy;
}

/** A short description of a wrong value for an error message. */
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
