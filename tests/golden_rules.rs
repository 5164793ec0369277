//! The 48 English "Golden Rules" of sentence boundary detection (pragmatic_segmenter, as
//! packaged by pySBD; MIT, kept in `tests/data/` with their notice): every case must split
//! exactly as expected, except the known failures listed below, which must still fail (so
//! that a fix is noticed and the list shrunk). The other languages' cases are read from the
//! shared data beside the repository.

mod common;

use salient::{split_sentences, Language};
use serde_json::Value;

/// Rules this splitter does not pass, with the reason.
const KNOWN_FAILURES: &[(u64, &str)] = &[];

/// Collapses runs of whitespace to one space, so that a case compares the pieces, not their
/// inner spacing.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops whitespace altogether, as `salient-eval split` compares boundaries: the other
/// languages' cases join wrapped CJK lines without a space, which no splitter can invent.
#[cfg(feature = "all-languages")]
fn without_whitespace(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The English rules, as kept in the repository.
const ENGLISH_RULES: &str = include_str!("data/golden_rules_en.jsonl");

#[test]
fn golden_rules() {
    let mut passed = 0;
    let mut unexpected = Vec::new();
    let mut total = 0;
    for line in ENGLISH_RULES.lines().filter(|line| !line.trim().is_empty()) {
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

/// The English rules kept in `tests/data/` are the shared data's, case for case.
#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
fn the_kept_english_rules_are_the_shared_ones() {
    let path = common::shared_data("sentences/golden_rules_en_48.jsonl");
    let shared = std::fs::read_to_string(&path).expect("the Golden Rules file is readable");
    let cases = |data: &str| -> Vec<(Value, Value, Value)> {
        data.lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let case: Value = serde_json::from_str(line).expect("each line is JSON");
                (
                    case["rule"].clone(),
                    case["text"].clone(),
                    case["sentences"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(cases(ENGLISH_RULES), cases(&shared));
}

/// Cases of the other languages' Golden Rules this splitter does not pass, with the reason.
#[cfg(feature = "all-languages")]
const OTHER_KNOWN_FAILURES: &[(&str, &str)] = &[
    (
        "pysbd-sk-GOLDEN_SK_RULES_TEST_CASES-1",
        "Slovak is not supported: a quotation of two sentences is split",
    ),
    (
        "pysbd-sk-GOLDEN_SK_RULES_TEST_CASES-3",
        "Slovak is not supported: read as another language, `XII.` is no ordinal",
    ),
];

/// The Golden Rules of the other languages (and pySBD's further English cases): each case
/// split as its language when salient knows it, in the language detected otherwise. Every case passes
/// except the listed ones.
#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
#[cfg(feature = "all-languages")]
fn golden_rules_of_other_languages() {
    let path = common::shared_data("sentences/golden_rules.jsonl");
    let data = std::fs::read_to_string(&path).expect("the Golden Rules file is readable");
    let mut unexpected = Vec::new();
    let mut per_language: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for line in data.lines().filter(|line| !line.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("each line is a JSON object");
        let code = case["lang"].as_str().expect("each case has a language");
        if code == "en" {
            // The English cases here are pySBD's cleaning tests (HTML, PDF artefacts); the
            // 48 English rules above are the English benchmark.
            continue;
        }
        let id = case["id"].as_str().expect("each case has an id");
        let text = case["text"].as_str().expect("each case has a text");
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .expect("each case has its sentences")
            .iter()
            .map(|s| without_whitespace(s.as_str().expect("sentences are strings")))
            .collect();
        let language: Option<Language> = code.parse().ok();
        let got: Vec<String> = split_sentences(text, language.unwrap_or_default())
            .iter()
            .map(|s| without_whitespace(s.text))
            .collect();
        let ok = got == expected;
        if language.is_some() {
            let tally = per_language.entry(code.to_string()).or_default();
            tally.0 += usize::from(ok);
            tally.1 += 1;
        }
        match (
            ok,
            OTHER_KNOWN_FAILURES.iter().find(|(known, _)| *known == id),
        ) {
            (true, None) | (false, Some(_)) => {}
            (false, None) => unexpected.push(format!(
                "{id} fails: {text:?}\n  expected {expected:?}\n  got      {got:?}"
            )),
            (true, Some((_, reason))) => unexpected.push(format!(
                "{id} now passes; remove it from OTHER_KNOWN_FAILURES ({reason})"
            )),
        }
    }
    for (code, (passed, total)) in &per_language {
        eprintln!("golden rules {code}: {passed}/{total} exact");
    }
    assert!(
        per_language.len() >= 7,
        "the file should cover the supported languages"
    );
    assert!(unexpected.is_empty(), "\n{}", unexpected.join("\n"));
}
