// The demo: summarize what is pasted, list the chosen sentences, and highlight them in
// place in the original text, each with its score.

import { init, languages, summarize } from '../../pkg/index.js';

const $ = (id) => document.getElementById(id);
const form = $('form');
const input = $('input');
const budget = $('budget');
const amount = $('amount');
const language = $('language');
const algorithm = $('algorithm');
const profile = $('profile');
const button = $('summarize');
const error = $('error');

/** A sensible starting amount and input step for each length budget. */
const BUDGETS = {
  sentences: { value: 3, min: 1, step: 1 },
  words: { value: 60, min: 1, step: 10 },
  chars: { value: 400, min: 1, step: 50 },
  ratio: { value: 0.2, min: 0.05, max: 1, step: 0.05 },
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function showError(message) {
  error.textContent = message;
  error.hidden = !message;
}

budget.addEventListener('change', () => {
  const { value, min, max = '', step } = BUDGETS[budget.value];
  Object.assign(amount, { value, min, max, step });
});

$('sample').addEventListener('click', async () => {
  const response = await fetch(new URL('../sample.txt', import.meta.url));
  input.value = await response.text();
  input.focus();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  showError('');
  const text = input.value;
  try {
    const summary = summarize(text, {
      [budget.value]: Number(amount.value),
      language: language.value,
      algorithm: algorithm.value,
      profile: profile.value,
    });
    render(text, summary);
  } catch (failure) {
    $('result').hidden = true;
    showError(failure.message);
  }
});

function render(text, summary) {
  $('stats').textContent = summary.sentences.length
    ? `${summary.sentences.length} of ${summary.document_sentences} sentences, ` +
      `${summary.text.split(/\s+/).length} words, read as ${LANGUAGE_NAMES.of(summary.language)}`
    : 'No sentences found: a summary needs text with full stops.';

  const list = $('summary');
  list.replaceChildren(
    ...summary.sentences.map((sentence) => {
      const item = document.createElement('li');
      const score = document.createElement('span');
      score.className = 'score';
      score.textContent = sentence.score.toFixed(2);
      item.append(sentence.text, ' ', score);
      return item;
    }),
  );

  // The original text, with each chosen sentence in a <mark> at its offsets.
  const pieces = [];
  let position = 0;
  for (const sentence of summary.sentences) {
    pieces.push(text.slice(position, sentence.start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(sentence.start, sentence.end);
    mark.dataset.score = sentence.score.toFixed(3);
    mark.dataset.index = String(sentence.index);
    mark.dataset.tip = `score ${sentence.score.toFixed(3)} · sentence ${sentence.index + 1} of ${summary.document_sentences}`;
    mark.tabIndex = 0;
    pieces.push(mark);
    position = sentence.end;
  }
  pieces.push(text.slice(position));
  $('document').replaceChildren(...pieces);
  $('result').hidden = false;
}

// One tooltip for all highlights, placed above the line the pointer or focus is on (a
// sentence can wrap over several lines, where a CSS tooltip would float oddly).
const tip = $('tip');
function showTip(mark, x, y) {
  tip.textContent = mark.dataset.tip;
  tip.hidden = false;
  const lines = [...mark.getClientRects()];
  const line = lines.find((rect) => y >= rect.top && y <= rect.bottom) ?? lines[0];
  const left = Math.min(Math.max(8, (x ?? line.left) - tip.offsetWidth / 2), innerWidth - tip.offsetWidth - 8);
  tip.style.left = `${left}px`;
  tip.style.top = `${Math.max(8, line.top - tip.offsetHeight - 6)}px`;
}
const documentView = $('document');
documentView.addEventListener('pointerover', (event) => {
  const mark = event.target.closest('mark');
  if (mark) {
    showTip(mark, event.clientX, event.clientY);
  }
});
documentView.addEventListener('pointerout', (event) => {
  if (event.target.closest('mark')) {
    tip.hidden = true;
  }
});
documentView.addEventListener('focusin', (event) => {
  if (event.target.matches('mark')) {
    showTip(event.target);
  }
});
documentView.addEventListener('focusout', () => {
  tip.hidden = true;
});
documentView.addEventListener('scroll', () => {
  tip.hidden = true;
});

try {
  await init();
  language.replaceChildren(
    new Option('Detect it', 'auto', true, true),
    ...languages().map((code) => new Option(`${LANGUAGE_NAMES.of(code)} (${code})`, code)),
  );
  button.disabled = false;
  document.body.dataset.ready = 'true';
} catch (failure) {
  showError(`The WebAssembly module could not be loaded: ${failure.message}`);
}
