#!/usr/bin/env bash
# Tests the Python package (bindings/python): builds its wheel with maturin, installs it in
# a virtual environment of its own (target/python-venv), and runs the pytest suite (API,
# offsets, errors, GIL release, Arrow, and the pandas, Polars and Spark recipes on a local
# Spark), the doctests, mypy --strict on the package and its examples, and an install from
# the source distribution. Called by scripts/test.sh; needs target/release/salient (which
# the tests compare with) and ../shared/data.
#
# Installs what is missing, so it also runs on a fresh machine: Java for Spark (Debian's
# openjdk-17-jre-headless) and the pinned Python packages. Each step does nothing when
# already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y openjdk-17-jre-headless
fi

venv=target/python-venv
python=${PYTHON:-python3}
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
requirements=bindings/python/requirements-test.txt
if ! cmp -s "$requirements" "$venv/requirements-test.txt"; then
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet -r "$requirements"
    cp "$requirements" "$venv/requirements-test.txt"
fi

# The wheel, as it would be published.
rm -rf target/wheels
"$venv/bin/maturin" build --release --locked --manifest-path bindings/python/Cargo.toml --out target/wheels
"$venv/bin/pip" install --quiet --force-reinstall --no-deps target/wheels/salient_summarizer-*.whl

cd bindings/python
# The tests import the installed package, never the source folder.
"../../$venv/bin/python" -m pytest -q -p no:cacheprovider --shared-data tests
"../../$venv/bin/python" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs salient
"../../$venv/bin/mypy" python/salient examples
cd ../..

# The source distribution installs on a machine with a Rust toolchain.
"$venv/bin/maturin" sdist --manifest-path bindings/python/Cargo.toml --out target/wheels
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$python" -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet target/wheels/salient_summarizer-*.tar.gz
(cd "$scratch" && "$scratch/venv/bin/python" -c \
    'import salient; assert salient.summarize("Cats purr. Dogs bark at night.", 1).text')
