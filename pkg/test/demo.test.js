// The demo page (examples/web/) in headless Chromium: paste a seed article, summarize, and
// find the library's sentences highlighted in place with their scores. Screenshots go to
// test/screenshots/ (not kept in git), at a desktop and a phone width.

import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';

import { summarize } from '../node.js';
import { required, root, sharedData } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

let server;
let origin;

/** Serves the repository's files on a random port of the loopback address. */
before(async () => {
  server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) {
      path += 'index.html';
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the demo and fails the test on any error the page reports. */
async function openDemo(browser, viewport) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  await page.goto(`${origin}/examples/web/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

test('the demo highlights the sentences the library chooses', async (t) => {
  const seeds = sharedData(t, 'seeds');
  if (!seeds || !required(t, CHROMIUM, 'apt-get install chromium chromium-driver')) {
    return;
  }
  const [seed] = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await launch();
  try {
    const { page, errors } = await openDemo(browser, { width: 1280, height: 900 });
    await page.fill('#input', readFileSync(join(seeds, seed), 'utf8'));
    await page.selectOption('#budget', 'sentences');
    await page.fill('#amount', '4');
    await page.click('#summarize');
    await page.waitForSelector('#result:not([hidden])');

    // The textarea normalizes line breaks, so the library gets the text the page has.
    const text = await page.inputValue('#input');
    const expected = summarize(text, { sentences: 4 }).sentences;
    const marks = await page.$$eval('#document mark', (elements) =>
      elements.map((mark) => ({ text: mark.textContent, score: mark.dataset.score, index: Number(mark.dataset.index) })),
    );
    assert.deepEqual(
      marks,
      expected.map((sentence) => ({ text: sentence.text, score: sentence.score.toFixed(3), index: sentence.index })),
    );
    assert.equal(await page.textContent('#document'), text, 'the whole text is shown, in place');
    const listed = await page.$$eval('#summary li', (items) => items.length);
    assert.equal(listed, expected.length);

    await page.hover('#document mark >> nth=1');
    const tip = await page.textContent('#tip');
    assert.match(tip, new RegExp(`^score ${expected[1].score.toFixed(3)} · sentence ${expected[1].index + 1} of \\d+$`));
    await page.screenshot({ path: new URL('demo-desktop.png', SCREENSHOTS).pathname, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
    await page.screenshot({ path: new URL('demo-phone.png', SCREENSHOTS).pathname, fullPage: true });

    // A bad option shows the library's message instead of a summary.
    await page.fill('#amount', '0');
    await page.click('#summarize');
    assert.match(await page.textContent('#error'), /the length budget is 0 sentences: ask for at least 1 sentences/);
    assert.equal(await page.isHidden('#result'), true);

    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the demo loads the sample and works in a Web Worker', async (t) => {
  if (!required(t, CHROMIUM, 'apt-get install chromium chromium-driver')) {
    return;
  }
  const browser = await launch();
  try {
    const { page, errors } = await openDemo(browser, { width: 800, height: 700 });
    await page.click('#sample');
    await page.waitForFunction(() => document.querySelector('#input').value.length > 100);
    await page.selectOption('#budget', 'ratio');
    await page.click('#summarize');
    await page.waitForSelector('#result:not([hidden])');
    assert.ok((await page.$$('#document mark')).length >= 1);

    // The package in a module worker, loading its module from beside its JavaScript.
    const fromWorker = await page.evaluate(async () => {
      const source = `
        import { init, summarize } from '${location.origin}/pkg/index.js';
        await init();
        postMessage(summarize('Workers can summarize. They run off the main thread. Cats sleep.', { sentences: 1 }));
      `;
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url, { type: 'module' });
      return new Promise((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
      });
    });
    assert.deepEqual(fromWorker, summarize('Workers can summarize. They run off the main thread. Cats sleep.', { sentences: 1 }));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
