#!/usr/bin/env bash
# Runs every test of salient: unit, integration (API, CLI, seeds, golden rules) and doc tests.
# Needs only a Rust toolchain (1.88 or newer); tests that read ../shared/data skip with a
# message when it is absent, and fail when CI is set.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --locked --all-features --all-targets
cargo test --locked --all-features --doc
