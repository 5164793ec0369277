//! Golden keyphrases: the keyphrases of the short texts of `tests/golden/texts/` (one in
//! every language, written for these tests) and of `examples/sample.txt`, as text, score to
//! six digits and byte spans, kept in `tests/golden/keyphrases.jsonl`.
//!
//! The WebAssembly build is held to the same file by `pkg/test/keyphrases.test.js`. After
//! an intended change, run this test with `SALIENT_BLESS=1` to write the file anew. Its texts
//! are in every language: it runs with all of them built in.
#![cfg(feature = "all-languages")]

use std::fs;
use std::path::PathBuf;

use serde_json::{json, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The documents: each text of `tests/golden/texts/` by file name, then the sample.
fn documents() -> Vec<(String, String)> {
    let folder = root().join("tests/golden/texts");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .expect("tests/golden/texts")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    let mut documents: Vec<(String, String)> = names
        .into_iter()
        .map(|name| {
            let text = fs::read_to_string(folder.join(&name)).expect("a golden text");
            (format!("texts/{name}"), text)
        })
        .collect();
    let sample = fs::read_to_string(root().join("examples/sample.txt")).expect("the sample");
    documents.push(("examples/sample.txt".to_string(), sample));
    documents
}

fn golden_lines() -> Vec<String> {
    documents()
        .iter()
        .map(|(document, text)| {
            let language = salient::Language::detect(text);
            let phrases: Vec<Value> = salient::keyphrases(text, 10)
                .expect("10 is a valid count")
                .iter()
                .map(|phrase| {
                    let spans: Vec<[usize; 2]> = phrase
                        .spans
                        .iter()
                        .map(|span| [span.start, span.end])
                        .collect();
                    json!([phrase.text, format!("{:.6}", phrase.score), spans])
                })
                .collect();
            json!({ "document": document, "language": language, "keyphrases": phrases }).to_string()
        })
        .collect()
}

#[test]
fn keyphrases_match_the_golden_file() {
    let path = root().join("tests/golden/keyphrases.jsonl");
    let lines = golden_lines();
    if std::env::var_os("SALIENT_BLESS").is_some() {
        fs::write(&path, lines.join("\n") + "\n").expect("write the golden file");
        return;
    }
    let golden = fs::read_to_string(&path).expect("tests/golden/keyphrases.jsonl");
    let golden: Vec<&str> = golden
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert_eq!(golden.len(), lines.len(), "one line per document");
    for (expected, found) in golden.iter().zip(&lines) {
        assert_eq!(*expected, found.as_str());
    }
    // Every language's text has keyphrases.
    for line in &lines {
        let value: Value = serde_json::from_str(line).expect("JSON");
        assert!(
            !value["keyphrases"].as_array().expect("a list").is_empty(),
            "{line}"
        );
    }
}
