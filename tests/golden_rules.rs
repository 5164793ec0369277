//! The 48 English "Golden Rules" of sentence boundary detection (pragmatic_segmenter, as
//! packaged by pySBD), read from the shared data folder: every case must split exactly as
//! expected, except the known failures listed below, which must still fail (so that a fix
//! is noticed and the list shrunk).

use std::path::PathBuf;

use salient::{split_sentences, Language};
use serde_json::Value;

/// Rules this splitter does not pass, with the reason.
const KNOWN_FAILURES: &[(u64, &str)] = &[];

/// Collapses runs of whitespace to one space, so that a case compares the pieces, not their
/// inner spacing.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/sentences/golden_rules_en_48.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "{} is missing; CI needs the shared data folder",
                path.display()
            );
        }
        eprintln!("skipping the golden rules: {} is missing", path.display());
        return;
    };
    let mut passed = 0;
    let mut unexpected = Vec::new();
    let mut total = 0;
    for line in data.lines().filter(|line| !line.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("each line is a JSON object");
        let rule = case["rule"].as_u64().expect("each case has a rule number");
        let text = case["text"].as_str().expect("each case has a text");
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .expect("each case has its sentences")
            .iter()
            .map(|s| normalize(s.as_str().expect("sentences are strings")))
            .collect();
        let got: Vec<String> = split_sentences(text, Language::English)
            .iter()
            .map(|s| normalize(s.text))
            .collect();
        total += 1;
        let ok = got == expected;
        passed += usize::from(ok);
        let known = KNOWN_FAILURES.iter().find(|(r, _)| *r == rule);
        match (ok, known) {
            (true, None) | (false, Some(_)) => {}
            (false, None) => unexpected.push(format!(
                "rule {rule} fails: {text:?}\n  expected {expected:?}\n  got      {got:?}"
            )),
            (true, Some((_, reason))) => unexpected.push(format!(
                "rule {rule} now passes; remove it from KNOWN_FAILURES ({reason})"
            )),
        }
    }
    eprintln!("golden rules: {passed}/{total} exact");
    assert_eq!(
        total, 48,
        "the file should hold the 48 English golden rules"
    );
    assert!(unexpected.is_empty(), "\n{}", unexpected.join("\n"));
}
