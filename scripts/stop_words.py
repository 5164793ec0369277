#!/usr/bin/env python3
"""Generate one Rust stop-word module per language from downloaded registry packages.

Inputs (read straight from the archives, nothing is extracted to disk), all in
DOWNLOADS (default: ./downloads next to this script):

  tantivy-0.27.0.crate         crates.io  tantivy 0.27.0
      src/tokenizer/stop_word_filter/stopwords.rs: the Snowball stop lists of
      da de es fi fr hu it nl no pt ru sv, fetched by tantivy's gen_stopwords.py
      from https://snowballstem.org/algorithms/<language>/stop.txt, with
      Snowball's BSD-3-Clause notice.
  sphinx-9.0.4-py3-none-any.whl  PyPI  sphinx 9.0.4
      sphinx/search/_stopwords/en.txt: Snowball's English stop.txt, verbatim
      (comments included). The other 12 .txt files are used as a cross-check.
  stopwords-iso-1.1.0.tgz      npm  stopwords-iso 1.1.0
      package/stopwords-iso.json: ar ja ko zh (MIT).
  spacy-3.8.18-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl
                                PyPI  spacy 3.8.18
      spacy/lang/{el,ro,ta,tr}/stop_words.py (MIT). Parsed with ast, never run.

Optional cross-checks, used only when present in DOWNLOADS/crosscheck/:
  stopwordsiso-0.7.1-py3-none-any.whl   (PyPI; must equal the npm data)
  liblingua-stopwords-perl_0.12-2_all.deb (Debian; Snowball English list)

Every word is whitespace-trimmed, NFC-normalised, ’ (U+2019) mapped to ASCII '
(the summarizer's tokenizer does the same), lowercased with str.lower (except
zh, ja, ko, which are kept as they are); entries that are empty or contain
whitespace are dropped; the rest are deduplicated and sorted by UTF-8 bytes.

Usage: python3 scripts/stop_words.py --downloads DIR --out DIR
Writes OUT/<code>.rs and prints a summary table. src/language/stop_words/ holds the
files of the languages the crate compiles in; the licence notices to keep with them
are in src/language/stop_words/NOTICE.md.

The archives come from the registries' ordinary clients, e.g.:
  pip download --no-deps -d DIR sphinx==9.0.4 spacy==3.8.18
  npm pack stopwords-iso@1.1.0 --pack-destination DIR
  (tantivy-0.27.0.crate: `cargo fetch` in a scratch crate that depends on
   tantivy = "=0.27.0", then copy it from ~/.cargo/registry/cache/)
"""

import argparse
import ast
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Archive name -> sha256 of the exact file the lists were generated from.
ARCHIVES = {
    "tantivy": ("tantivy-0.27.0.crate",
                "ad1ebacf6bc124b741ffbfb088f9835cb55e1e2ff57e182e9219e3efa1377b97"),
    "sphinx": ("sphinx-9.0.4-py3-none-any.whl",
               "5bebc595a5e943ea248b99c13814c1c5e10b3ece718976824ffa7959ff95fffb"),
    "iso": ("stopwords-iso-1.1.0.tgz",
            "e09c4b231be8c26eba98cf22468d0c2bcc0fd564b57b5b6304537373c24d1130"),
    "spacy": ("spacy-3.8.18-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl",
              "c076d6caab1aae5b3c0fd5ecba9f1265ad1e1824ced3e0352193ca30994ac115"),
}
CROSSCHECK = {
    "isopy": ("stopwordsiso-0.7.1-py3-none-any.whl",
              "e23edcffca952f98cd26f54a5c56f93b2fa435c88d3ee60f3beffb4c44279380"),
    "lingua": ("liblingua-stopwords-perl_0.12-2_all.deb",
               "9e8fe6d73c5d85cb54f2670cb60d0427c51ffca4ac64a78335041276597abbd8"),
}

SNOWBALL = "Snowball stop word list (snowballstem.org)"
SRC = {
    "tantivy": (SNOWBALL + " via crates.io tantivy 0.27.0", "BSD-3-Clause"),
    "sphinx": (SNOWBALL + " via PyPI sphinx 9.0.4", "BSD-3-Clause"),
    "iso": ("stopwords-iso via npm stopwords-iso 1.1.0", "MIT"),
    "spacy": ("spaCy via PyPI spacy 3.8.18", "MIT"),
}

# code: (language name, source key, name inside the source)
LANGS = {
    "ar": ("Arabic", "iso", "ar"),
    "da": ("Danish", "tantivy", "DANISH"),
    "de": ("German", "tantivy", "GERMAN"),
    "el": ("Greek", "spacy", "el"),
    "en": ("English", "sphinx", "en"),
    "es": ("Spanish", "tantivy", "SPANISH"),
    "fi": ("Finnish", "tantivy", "FINNISH"),
    "fr": ("French", "tantivy", "FRENCH"),
    "hu": ("Hungarian", "tantivy", "HUNGARIAN"),
    "it": ("Italian", "tantivy", "ITALIAN"),
    "nl": ("Dutch", "tantivy", "DUTCH"),
    "no": ("Norwegian", "tantivy", "NORWEGIAN"),
    "pt": ("Portuguese", "tantivy", "PORTUGUESE"),
    "ro": ("Romanian", "spacy", "ro"),
    "ru": ("Russian", "tantivy", "RUSSIAN"),
    "sv": ("Swedish", "tantivy", "SWEDISH"),
    "ta": ("Tamil", "spacy", "ta"),
    "tr": ("Turkish", "spacy", "tr"),
    "zh": ("Chinese", "iso", "zh"),
    "ja": ("Japanese", "iso", "ja"),
    "ko": ("Korean", "iso", "ko"),
}
NO_LOWERCASE = {"zh", "ja", "ko"}

# Sphinx 9.0.4 pins an older snowball-website revision than tantivy 0.27.0 fetched.
# These are the only expected differences (all upstream corrections in the newer
# revision: French homonyms commented out, Hungarian õ -> ő, Swedish sitta -> sitt).
EXPECTED_SPHINX_DIFF = {"fr", "hu", "sv"}


def die(msg):
    sys.exit("generate.py: error: " + msg)


def open_archive(downloads, name, sha):
    path = os.path.join(downloads, name)
    if not os.path.exists(path):
        die(f"missing {path} (see SUMMARY.md for the download commands)")
    data = open(path, "rb").read()
    got = hashlib.sha256(data).hexdigest()
    if got != sha:
        die(f"{path}: sha256 {got}, expected {sha}")
    return data


def tar_member(data, member):
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
        f = tf.extractfile(member)
        if f is None:
            die(f"no {member} in tar archive")
        return f.read()


def zip_member(data, member):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(member)


def deb_data_member(data, member):
    """Read one file out of a .deb (ar archive holding data.tar.*)."""
    if not data.startswith(b"!<arch>\n"):
        die("not a .deb")
    pos = 8
    while pos < len(data):
        hdr = data[pos:pos + 60]
        name = hdr[:16].decode().strip().rstrip("/")
        size = int(hdr[48:58].decode().strip())
        body = data[pos + 60:pos + 60 + size]
        if name.startswith("data.tar"):
            return tar_member(body, member)
        pos += 60 + size + (size & 1)
    die("no data.tar in .deb")


def snowball_words(text):
    """Words of a Snowball stop.txt file: '|' starts a comment; several words may share a line."""
    words = []
    for line in text.splitlines():
        words.extend(line.split("|", 1)[0].split())
    return words


def tantivy_lists(rs):
    lists = {}
    for m in re.finditer(r"pub const (\w+): &\[&str\] = &\[(.*?)\];", rs, re.S):
        body = m.group(2)
        if "\\" in body:
            die("unexpected escape in tantivy stopwords.rs")
        lists[m.group(1)] = re.findall(r'"([^"]*)"', body)
    return lists


def spacy_words(src, origin):
    """STOP_WORDS = set(\"\"\"...\"\"\".split()) -> list of words, without executing the file."""
    tree = ast.parse(src)
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "STOP_WORDS"):
            v = node.value
            if (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "set"
                    and len(v.args) == 1 and isinstance(v.args[0], ast.Call)
                    and isinstance(v.args[0].func, ast.Attribute) and v.args[0].func.attr == "split"
                    and not v.args[0].args
                    and isinstance(v.args[0].func.value, ast.Constant)
                    and isinstance(v.args[0].func.value.value, str)):
                return v.args[0].func.value.value.split()
            die(f"{origin}: unexpected STOP_WORDS form")
    die(f"{origin}: no STOP_WORDS")


def clean(code, words):
    stats = {"raw": len(words), "dropped_ws": [], "changed": 0}
    out = set()
    for w in words:
        orig = w
        w = w.strip()
        w = unicodedata.normalize("NFC", w)
        w = w.replace("\u2019", "'")
        if code not in NO_LOWERCASE:
            w = w.lower()
        if not w or any(ch.isspace() for ch in w):
            stats["dropped_ws"].append(orig)
            continue
        if w != orig:
            stats["changed"] += 1
        out.add(w)
    return sorted(out, key=lambda s: s.encode("utf-8")), stats


def rust_literal(w):
    parts = []
    for ch in w:
        if ch == "\\":
            parts.append("\\\\")
        elif ch == '"':
            parts.append('\\"')
        elif ch == "\n":
            parts.append("\\n")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn"):
            parts.append("\\u{%x}" % ord(ch))
        else:
            parts.append(ch)
    return '"' + "".join(parts) + '"'


def render(name, source_desc, licence, words):
    lines = [
        f"//! {name} stop words: {source_desc}, {licence}.",
        "// Generated by scripts/stop_words.py; do not edit.",
        "",
        f"/// {name} stop words, one per line: lowercase, sorted by bytes, without duplicates.",
        "/// One string rather than an array of strings: no pointer per word in the binary.",
        "#[rustfmt::skip]",
        "pub(crate) const STOP_WORDS: &str = concat!(",
    ]
    lines += [f"    {rust_literal(w + chr(10))}," for w in words]
    lines.append(");")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--downloads", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    arc = {k: open_archive(args.downloads, n, s) for k, (n, s) in ARCHIVES.items()}

    tv = tantivy_lists(tar_member(arc["tantivy"], "tantivy-0.27.0/src/tokenizer/stop_word_filter/stopwords.rs")
                       .decode("utf-8"))
    sphinx_txt = {}
    for code in ("da", "de", "en", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ru", "sv"):
        sphinx_txt[code] = snowball_words(
            zip_member(arc["sphinx"], f"sphinx/search/_stopwords/{code}.txt").decode("utf-8"))
    iso = json.loads(tar_member(arc["iso"], "package/stopwords-iso.json").decode("utf-8"))

    raw = {}
    for code, (name, src, key) in LANGS.items():
        if src == "tantivy":
            raw[code] = tv[key]
        elif src == "sphinx":
            raw[code] = sphinx_txt[key]
        elif src == "iso":
            raw[code] = iso[key]
        elif src == "spacy":
            member = f"spacy/lang/{key}/stop_words.py"
            raw[code] = spacy_words(zip_member(arc["spacy"], member).decode("utf-8"), member)
        if not raw[code]:
            die(f"{code}: empty list")

    # --- cross-checks -------------------------------------------------------
    print("Cross-checks:")
    for code, (name, src, key) in LANGS.items():
        if src != "tantivy":
            continue
        a, b = set(raw[code]), set(sphinx_txt[code])
        if a == b:
            print(f"  {code}: tantivy 0.27.0 == sphinx 9.0.4 verbatim stop.txt ({len(a)} words)")
        else:
            tag = "expected (newer upstream revision)" if code in EXPECTED_SPHINX_DIFF else "UNEXPECTED"
            print(f"  {code}: tantivy vs sphinx differ, {tag}: only tantivy {sorted(a - b)}; "
                  f"only sphinx {sorted(b - a)}")
            if code not in EXPECTED_SPHINX_DIFF:
                die(f"{code}: unexpected difference between the two Snowball copies")
    cc = os.path.join(args.downloads, "crosscheck")
    if os.path.exists(os.path.join(cc, CROSSCHECK["isopy"][0])):
        d = open_archive(cc, *CROSSCHECK["isopy"])
        py = json.loads(zip_member(d, "stopwordsiso/stopwords-iso.json").decode("utf-8"))
        same = [c for c in ("ar", "zh", "ja", "ko") if set(py[c]) == set(iso[c])]
        print(f"  PyPI stopwordsiso 0.7.1 == npm stopwords-iso 1.1.0 for: {' '.join(same)}")
        if len(same) != 4:
            die("stopwordsiso (PyPI) and stopwords-iso (npm) disagree")
    if os.path.exists(os.path.join(cc, CROSSCHECK["lingua"][0])):
        d = open_archive(cc, *CROSSCHECK["lingua"])
        pm = deb_data_member(d, "./usr/share/perl5/Lingua/StopWords/EN.pm").decode("utf-8")
        m = re.search(r"qw\((.*?)\)", pm[pm.index("sub _stopwords"):], re.S)
        ok = set(m.group(1).split()) == set(raw["en"])
        print(f"  en: Debian liblingua-stopwords-perl 0.12 (Snowball English) "
              f"{'==' if ok else '!='} sphinx en.txt")
        if not ok:
            die("English Snowball copies disagree")

    # --- output ------------------------------------------------------------
    os.makedirs(args.out, exist_ok=True)
    print("\n| code | language | source | licence | raw entries | dropped (whitespace/empty) | words |")
    print("|---|---|---|---|---|---|---|")
    for code, (name, src, key) in LANGS.items():
        words, st = clean(code, raw[code])
        desc, lic = SRC[src]
        with open(os.path.join(args.out, f"{code}.rs"), "w", encoding="utf-8", newline="\n") as f:
            f.write(render(name, desc, lic, words))
        print(f"| {code} | {name} | {desc} | {lic} | {st['raw']} | {len(st['dropped_ws'])} | {len(words)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
