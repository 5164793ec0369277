#!/usr/bin/env node
// Throughput of summarize() in WebAssembly (Node, pkg/node.js) beside native Rust
// (examples/throughput.rs) on the same 1 MB of news text, default options, median of 15
// runs after a warm-up. With --check, fails when WebAssembly is below half the native
// throughput.
//
//   node scripts/bench-wasm.mjs [--check]
//
// Needs the package built (npm run build --prefix pkg). The text is cut from the
// CNN/DailyMail articles in ../shared/data, joined by blank lines, as in benches/.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SIZE = 1_000_000;
const RUNS = 15;
/** WebAssembly must reach this share of the native throughput. */
const MINIMUM_SHARE = 0.5;

function corpus() {
  const path = join(root, '..', 'shared', 'data', 'summarization', 'cnndm_dev.jsonl');
  if (existsSync(path)) {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text)
      .join('\n\n');
  }
  if (process.env.CI !== undefined) {
    throw new Error(`${path} is missing; CI needs the shared data beside the repository`);
  }
  console.error(`${path} is missing: benchmarking the repeated sample article`);
  return readFileSync(join(root, 'examples', 'sample.txt'), 'utf8');
}

/** The first SIZE bytes of the corpus, repeated as needed, cut at a character boundary. */
function textOfSize(text) {
  let bytes = Buffer.alloc(0);
  while (bytes.length < SIZE) {
    bytes = Buffer.concat([bytes, Buffer.from(`${text}\n\n`)]);
  }
  let end = SIZE;
  while ((bytes[end] & 0xc0) === 0x80) {
    end += 1;
  }
  return bytes.subarray(0, end).toString('utf8');
}

const mib = (bytes, seconds) => bytes / seconds / 2 ** 20;

const text = textOfSize(corpus());
const bytes = Buffer.byteLength(text);
const folder = mkdtempSync(join(tmpdir(), 'salient-bench-'));
try {
  const file = join(folder, 'input.txt');
  writeFileSync(file, text);
  const native = JSON.parse(
    execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--release', '--example', 'throughput', '--', file, String(RUNS)],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );

  const { summarize } = await import('../pkg/node.js');
  let sentences = summarize(text).sentences.length;
  const seconds = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    sentences = summarize(text).sentences.length;
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  const wasmSeconds = seconds[Math.floor(seconds.length / 2)];
  if (sentences !== native.sentences) {
    throw new Error(`native chose ${native.sentences} sentences, WebAssembly ${sentences}`);
  }

  const nativeSpeed = mib(bytes, native.median_seconds);
  const wasmSpeed = mib(bytes, wasmSeconds);
  const share = wasmSpeed / nativeSpeed;
  console.log(`input: ${bytes} bytes of news text, summarize() with default options, median of ${RUNS}`);
  console.log(`native:       ${(native.median_seconds * 1000).toFixed(1)} ms  ${nativeSpeed.toFixed(1)} MiB/s`);
  console.log(`WebAssembly:  ${(wasmSeconds * 1000).toFixed(1)} ms  ${wasmSpeed.toFixed(1)} MiB/s  (Node ${process.versions.node})`);
  console.log(`WebAssembly / native: ${(share * 100).toFixed(0)}%`);
  if (process.argv.includes('--check') && share < MINIMUM_SHARE) {
    console.error(`WebAssembly runs at ${(share * 100).toFixed(0)}% of native, below ${MINIMUM_SHARE * 100}%`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
