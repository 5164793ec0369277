#!/usr/bin/env bash
# Runs every peer on one JSON Lines file of documents and writes one file of one-sentence
# summaries per peer into OUT, named after the peer, for `salient-eval summaries
# --predictions`:
#
#   scripts/peers/run.sh DATA.jsonl LANG OUT [SCRATCH]
set -euo pipefail
data=$1 language=$2 out=$3 scratch=${4:-/tmp/salient-peers}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
export NLTK_DATA="$scratch/nltk_data" NODE_PATH="$scratch/npm/node_modules"
for peer in summa sumy-textrank sumy-reduction sumy-lexrank lexrank; do
    "$scratch/venv/bin/python" "$here/summarize.py" "$peer" "$data" "$language" "$out/$peer.jsonl"
done
for peer in ts-textrank node-summarizer; do
    node "$here/summarize.js" "$peer" "$data" "$language" "$out/$peer.jsonl"
done
