// Builds the package from the bindings crate (`npm run build`):
//   1. bindings/wasm (the crate salient-wasm) as a WebAssembly module (profile
//      wasm-release);
//   2. wasm-bindgen's glue for ES modules (`--target web`): salient.js, salient_bg.wasm;
//   3. binaryen's wasm-opt -Oz over the module, for size (without its memory packing);
// and again with the feature markdown, as salient_markdown.js and salient_markdown_bg.wasm,
// and with the feature html, as salient_html.js and salient_html_bg.wasm.
// The generated files are not kept in git.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(pkg, '..');
const target = 'wasm32-unknown-unknown';
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? 'target');

function run(command, args, options = {}) {
  console.error(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, ...options });
}

function output(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

// The glue's wasm-bindgen must be the crate's, to the patch version.
const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
const pinned = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
const installed = /wasm-bindgen (\S+)/.exec(output('wasm-bindgen', ['--version']))?.[1];
if (installed !== pinned) {
  fail(
    `wasm-bindgen ${pinned} is needed, found ${installed ?? 'none'}: ` +
      `cargo install wasm-bindgen-cli --version ${pinned} --locked`,
  );
}
if (output('rustup', ['--version']) && !output('rustup', ['target', 'list', '--installed']).includes(target)) {
  run('rustup', ['target', 'add', target]);
}
if (!existsSync(join(pkg, 'node_modules', 'binaryen'))) {
  run('npm', ['ci'], { cwd: pkg });
}

// Two modules: the default one (salient.js, salient_bg.wasm), and the one of the
// `salient-summarizer/markdown` entry with the Markdown and e-mail readers
// (salient_markdown.js, salient_markdown_bg.wasm), and the one of the
// `salient-summarizer/html` entry with the HTML reader (salient_html.js,
// salient_html_bg.wasm); only code that reads those formats loads them.
const modules = [
  ['salient', []],
  ['salient_markdown', ['--features', 'markdown']],
  ['salient_html', ['--features', 'html']],
];
for (const [name, features] of modules) {
  run('cargo', ['build', '--locked', '--profile', 'wasm-release', '--target', target, '-p', 'salient-wasm', ...features]);
  const module = join(targetDir, target, 'wasm-release', 'salient_wasm.wasm');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', pkg, '--out-name', name, module]);
  const optimized = join(pkg, `${name}_bg.wasm`);
  // wasm-opt without -g also drops the name section, which only debuggers read, and the
  // producers and target-features sections are notes for tools, read by none at run time.
  // Its memory packing is skipped: it cuts the read-only data into a segment per run of
  // non-zero bytes, thousands of them, whose offsets and lengths gzip worse than the zeros
  // they leave out (6.7 KB more gzipped on the default module). Its passes run again until
  // the module stops shrinking (--converge): a second round finds what the first one's
  // inlining and merging opened up.
  run(join(pkg, 'node_modules', '.bin', 'wasm-opt'), [
    '-Oz',
    '--converge',
    '--skip-pass=memory-packing',
    '--strip-producers',
    '--strip-target-features',
    optimized,
    '-o',
    optimized,
  ]);
  console.error(`built ${optimized}: ${statSync(optimized).size} bytes`);
}
