#!/usr/bin/env bash
# Fuzzes one target (split, summarize or jsonl_line) for SECONDS (default 1800) with
# cargo-fuzz on the nightly toolchain. The corpus starts from the shared evaluation data:
# the seed pages, the Golden Rules and Universal Dependencies texts, and a few news
# articles, one file each. Crashing inputs land in tests/fuzz/artifacts/TARGET/.
#
#   scripts/fuzz.sh summarize 1800
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?give a target: split, summarize or jsonl_line}
seconds=${2:-1800}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

corpus=tests/fuzz/corpus/$target
mkdir -p "$corpus"
data=../shared/data
if [ -d "$data" ] && [ -z "$(ls -A "$corpus")" ]; then
  python3 - "$data" "$corpus" "$target" <<'PY'
import json, pathlib, sys
data, corpus, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
texts = [p.read_text() for p in sorted((data / "seeds").glob("*.txt"))]
for name in sorted((data / "sentences").glob("*.jsonl")):
    texts += [json.loads(line)["text"] for line in name.read_text().splitlines()[:40]]
for line in (data / "summarization" / "cnndm_dev.jsonl").read_text().splitlines()[:20]:
    texts.append(json.loads(line)["text"])
for number, text in enumerate(texts):
    body = json.dumps({"id": number, "text": text}) if target == "jsonl_line" else text
    (corpus / f"shared-{number:04}").write_text(body)
PY
fi
cargo +nightly fuzz run --fuzz-dir tests/fuzz "$target" "$corpus" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096
