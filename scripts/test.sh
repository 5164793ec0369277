#!/usr/bin/env bash
# Runs every test of salient: the Rust library natively (unit, integration, doc tests),
# then the WebAssembly build and its npm package in pkg/ (wasm-bindgen tests in Node and
# headless Chromium, node --test with the demo page in Chromium, size and speed budgets).
#
# Installs what the WebAssembly part needs when it is missing, so it also runs on a fresh
# machine: the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, Debian's
# chromium and chromium-driver, and pkg/'s npm packages. The Rust tests that read the
# evaluation data in ../shared/data are ignored by plain `cargo test`; here they run, and
# fail when it is absent, as pkg/'s tests that read it do. pkg/'s tests that need Chromium
# or the native command-line tool skip when those are missing, and fail when CI is set.
set -euo pipefail
cd "$(dirname "$0")/.."

# The library natively: as a new dependent builds it (default features), English alone (no
# default features), and every feature with the tests that read ../shared/data. Each run
# includes the unit, integration and doc tests; the benches are built by .ci/run's lints.
cargo test --locked --workspace
cargo test --locked -p salient --no-default-features
cargo test --locked --workspace --all-features -- --include-ignored

# Set-up for the WebAssembly tests; each step does nothing when already done.
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
    cargo install wasm-bindgen-cli --version "$bindgen_version" --locked ||
        cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
fi
npm ci --prefix pkg --no-audit --no-fund

# The package, and the native command-line tool it is compared with.
npm run build --prefix pkg
cargo build --locked --release -p salient-cli

# The bindings inside Node, then inside headless Chromium.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --locked --target wasm32-unknown-unknown -p salient-wasm --test wasm
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --locked --target wasm32-unknown-unknown -p salient-wasm --test wasm

node scripts/bench-wasm.mjs --check
npm run typecheck --prefix pkg
npm test --prefix pkg

# What `npm publish` would upload: every file of the package's "files", the built ones too.
(cd pkg && npm publish --dry-run --json) | node -e '
  const fs = require("node:fs");
  const listing = JSON.parse(fs.readFileSync(0, "utf8"));
  // npm 10 prints the package, or a list of one; npm 11 an object keyed by its name.
  const result = Array.isArray(listing) ? listing[0] : listing.files ? listing : Object.values(listing)[0];
  const packed = new Set(result.files.map((file) => file.path));
  const missing = require("./pkg/package.json").files.filter((file) => !packed.has(file));
  if (missing.length) {
    console.error(`npm publish --dry-run: pkg/ would be published without ${missing.join(", ")}`);
    process.exit(1);
  }
  console.error(`npm publish --dry-run: ${packed.size} files, as pkg/package.json lists them`);
'

# The Python package, against the native command built above.
scripts/test-python.sh
