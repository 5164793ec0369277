// The HTML entry (`salient-summarizer/html`): pages read for their main content and
// summarized in WebAssembly, as the native build does it, in Node.js and in headless
// Chromium, with offsets in UTF-16 code units into the main text and into the page.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, sep, extname } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';

import { extract, summarizeElement, summarizeHtml } from '../html-node.js';
import { summarize } from '../node.js';
import { required, root, sharedData, targetDir } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
const PAGES = 30;

/** A page of the tests' own, with non-ASCII text before and inside the article. */
const PAGE =
  '<!doctype html><html><head><title>Ferry returns — Lake News</title>' +
  '<meta name="author" content="Åsa Berg"></head><body>' +
  '<nav><a href="/">Home</a> <a href="/x">Sport 🏆</a> <a href="/y">Weather</a></nav>' +
  '<article><h1>The ferry returns</h1>' +
  '<p>The ferry to Öland returned to service 🚢 on Monday after a winter in the yard.</p>' +
  '<p>Its new engines burn half the fuel of the old ones, the operator said.</p>' +
  '<p>Tickets cost the same as last year; the café on board has a new menu.</p>' +
  '</article><footer>© Lake News · Contact</footer></body></html>';

test('a page is summarized by its main content, with offsets into both texts', () => {
  const summary = summarizeHtml(PAGE, { sentences: 2 });
  assert.equal(summary.title, 'Ferry returns — Lake News');
  assert.equal(summary.byline, 'Åsa Berg');
  assert.equal(summary.date, null);
  assert.ok(summary.main_text.startsWith('The ferry returns\n\nThe ferry to Öland'));
  assert.ok(!summary.main_text.includes('Sport') && !summary.main_text.includes('Contact'));
  assert.equal(summary.sentences.length, 2);
  assert.equal(summary.document_sentences, 3);
  assert.equal(summary.language, 'en');
  for (const sentence of summary.sentences) {
    assert.equal(summary.main_text.slice(sentence.start, sentence.end), sentence.text);
    const element = PAGE.slice(sentence.element_start, sentence.element_end);
    assert.match(element, /^<p>.*<\/p>$/);
    assert.ok(element.includes(sentence.text.slice(0, 20)), element);
  }
  assert.equal(summary.text, summary.sentences.map((sentence) => sentence.text).join(' '));

  const page = extract(PAGE);
  assert.equal(page.text, summary.main_text);
  assert.deepEqual(
    page.blocks.map((block) => [block.kind, block.level]),
    [['heading', 1], ['paragraph', 0], ['paragraph', 0], ['paragraph', 0]],
  );
  for (const block of page.blocks) {
    assert.match(PAGE.slice(block.element_start, block.element_end), /^<(h1|p)>.*<\/(h1|p)>$/);
  }
});

test('options are checked by the library, and the default entry refuses the html format', () => {
  assert.throws(() => summarizeHtml(PAGE, { sentences: 0 }), RangeError);
  assert.throws(() => summarizeHtml(PAGE, { sentence: 2 }), /unknown option "sentence"/);
  assert.throws(() => summarizeHtml(42), TypeError);
  assert.throws(() => summarizeElement('<p>'), TypeError);
  assert.throws(() => summarize(PAGE, { format: 'html' }), /unknown format "html"/);
  // Any string is a page.
  assert.equal(summarizeHtml('').sentences.length, 0);
  assert.equal(extract('<div><div><p>Unclosed').text, 'Unclosed');
});

/** The first pages of the Readability set, and our own. */
function pages(t) {
  const path = sharedData(t, 'html/readability_dev.jsonl.gz');
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((line) => line.trim());
  return [PAGE, ...lines.slice(0, PAGES).map((line) => JSON.parse(line).html)];
}

/** The UTF-16 offset in `text` of the byte offset `byte` of its UTF-8 form. */
function utf16Offset(text, byte) {
  return Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length;
}

/** The native tool's answers for `texts`, one per text. */
function native(tool, args, texts) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const output = execFileSync(tool, [...args, '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return output.trim().split('\n').map((line) => JSON.parse(line));
}

/** A native page summary with its offsets turned into UTF-16 units. */
function asJavaScript(answer, html) {
  const sentences = answer.sentences.map((sentence) => ({
    text: sentence.text,
    start: utf16Offset(answer.main_text, sentence.start),
    end: utf16Offset(answer.main_text, sentence.end),
    element_start: utf16Offset(html, sentence.element_start),
    element_end: utf16Offset(html, sentence.element_end),
    index: sentence.index,
    score: sentence.score,
  }));
  const { id: _, ...rest } = answer;
  return { ...rest, sentences };
}

function sameSummary(wasm, expected, context) {
  assert.equal(wasm.sentences.length, expected.sentences.length, context);
  wasm.sentences.forEach((sentence, i) => {
    const { score, ...rest } = expected.sentences[i];
    const { score: wasmScore, ...wasmRest } = sentence;
    assert.deepEqual(wasmRest, rest, context);
    assert.ok(Math.abs(wasmScore - score) < 1e-12, context);
  });
  for (const key of ['text', 'language', 'document_sentences', 'title', 'byline', 'date', 'main_text']) {
    assert.equal(wasm[key], expected[key], `${context}: ${key}`);
  }
}

test('page summaries and main content match the native build', (t) => {
  const texts = pages(t);
  const tool = required(t, join(targetDir, 'release', 'salient'), 'cargo build --release -p salient-cli');
  if (!tool) {
    return;
  }
  const answers = native(tool, ['--format', 'html', '-n', '3'], texts);
  texts.forEach((html, id) => {
    sameSummary(summarizeHtml(html, { sentences: 3 }), asJavaScript(answers[id], html), `page ${id}`);
  });
  const extracted = native(tool, ['extract'], texts);
  texts.forEach((html, id) => {
    const page = extract(html);
    const want = extracted[id];
    assert.equal(page.text, want.text, `page ${id}`);
    assert.deepEqual([page.title, page.byline, page.date], [want.title, want.byline, want.date]);
    assert.deepEqual(
      page.blocks,
      want.blocks.map((block) => ({
        start: utf16Offset(want.text, block.start),
        end: utf16Offset(want.text, block.end),
        element_start: utf16Offset(html, block.element_start),
        element_end: utf16Offset(html, block.element_end),
        kind: block.kind,
        level: block.level,
      })),
      `page ${id}`,
    );
  });
});

let server;
let origin;

before(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      const type = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' }[extname(file)];
      response.writeHead(200, { 'content-type': type ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

test('Chromium gives the same summaries, and summarizes a live element', async (t) => {
  const texts = pages(t);
  if (!required(t, CHROMIUM, 'apt-get install chromium chromium-driver')) {
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/pkg/package.json`);
    const inBrowser = await page.evaluate(async ({ texts, ownPage }) => {
      const html = await import('/pkg/html.js');
      await html.init();
      const summaries = texts.map((text) => html.summarizeHtml(text, { sentences: 3 }));
      const pages = texts.map((text) => html.extract(text));
      document.documentElement.innerHTML = ownPage.replace(/^<!doctype html><html>|<\/html>$/g, '');
      const live = html.summarizeElement(document.body, { sentences: 2 });
      const serialized = html.summarizeHtml(document.body.outerHTML, { sentences: 2 });
      return { summaries, pages, live, serialized };
    }, { texts, ownPage: PAGE });
    texts.forEach((text, id) => {
      sameSummary(inBrowser.summaries[id], summarizeHtml(text, { sentences: 3 }), `page ${id} in Chromium`);
      assert.deepEqual(inBrowser.pages[id], extract(text), `page ${id} in Chromium`);
    });
    assert.deepEqual(inBrowser.live, inBrowser.serialized);
    assert.equal(inBrowser.live.sentences.length, 2);
    assert.ok(inBrowser.live.main_text.includes('The ferry to Öland'));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
