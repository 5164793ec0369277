//! Golden outputs: summaries in two option sets, as the language read, byte offsets,
//! sentence indices and scores to six digits, kept in two files:
//!
//! - `tests/golden/languages.jsonl`: the short texts of `tests/golden/texts/`, one in every
//!   language, written for these tests (the file is named by the language's code);
//! - `tests/golden/summaries.jsonl`: the four seed pages and the first 50 CNN/DailyMail
//!   documents of the shared data beside the repository (an ignored test: `scripts/test.sh`
//!   runs it).
//!
//! The WebAssembly build is held to the same files by `pkg/test/golden.test.js`, so both
//! targets give these answers and any change to them shows up in review. After an intended
//! change, run the tests with `SALIENT_BLESS=1` (and `-- --include-ignored`, with the shared
//! data) to write the files anew.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use salient::{Algorithm, Language, Length, Profile, Summarizer};
use serde_json::{json, Value};

const NEWS_DOCUMENTS: usize = 50;

/// The option sets: their names (as in the golden files) and the summarizers.
fn option_sets() -> Vec<(&'static str, Summarizer)> {
    vec![
        ("default", Summarizer::new()),
        (
            "news-textrank-60-words",
            Summarizer::new()
                .length(Length::Words(60))
                .algorithm(Algorithm::TextRank)
                .profile(Profile::News),
        ),
    ]
}

/// The golden folder, `tests/golden`.
fn golden_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// The golden lines of `documents` (name, text), every option set in turn.
fn golden_lines(documents: &[(String, String)]) -> Vec<String> {
    let mut lines = Vec::new();
    for (options, summarizer) in option_sets() {
        for (document, text) in documents {
            let summary = summarizer.summarize(text).expect("the options are valid");
            let sentences: Vec<Value> = summary
                .sentences
                .iter()
                .map(|s| json!([s.span.start, s.span.end, s.index, format!("{:.6}", s.score)]))
                .collect();
            lines.push(
                json!({
                    "document": document,
                    "options": options,
                    "language": summary.language,
                    "sentences": sentences,
                })
                .to_string(),
            );
        }
    }
    lines
}

/// Compares `actual` with the golden file `name`, line by line, or writes it anew under
/// `SALIENT_BLESS`.
fn check_or_bless(name: &str, actual: &[String]) {
    let path = golden_folder().join(name);
    if std::env::var_os("SALIENT_BLESS").is_some() {
        fs::write(&path, actual.join("\n") + "\n").expect("the golden file is writable");
        return;
    }
    let expected = read_golden(&path);
    for (number, (got, want)) in actual.iter().zip(&expected).enumerate() {
        assert_eq!(
            got,
            want,
            "line {} of {} differs; run with SALIENT_BLESS=1 after an intended change",
            number + 1,
            path.display()
        );
    }
    assert_eq!(actual.len(), expected.len(), "{}", path.display());
}

/// The non-empty lines of a golden file.
fn read_golden(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The texts of `tests/golden/texts/`, named `texts/CODE.txt`, sorted by name.
fn language_texts() -> Vec<(String, String)> {
    let folder = golden_folder().join("texts");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .expect("tests/golden/texts is readable")
        .map(|entry| entry.expect("a readable entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = fs::read_to_string(folder.join(&name)).expect("a text is UTF-8");
            (format!("texts/{name}"), text)
        })
        .collect()
}

/// The language code a text of `tests/golden/texts/` is named by.
fn code_of(document: &str) -> &str {
    document
        .strip_prefix("texts/")
        .and_then(|name| name.strip_suffix(".txt"))
        .expect("a text is named texts/CODE.txt")
}

/// Whether this build reads the language named `code` (each language but English is a
/// feature).
fn built_in(code: &str) -> bool {
    Language::ALL.iter().any(|language| language.code() == code)
}

#[test]
fn every_language_has_a_text_detected_as_itself() {
    let texts = language_texts();
    let codes: BTreeSet<&str> = texts.iter().map(|(name, _)| code_of(name)).collect();
    for language in Language::ALL {
        assert!(
            codes.contains(language.code()),
            "tests/golden/texts/{}.txt is missing",
            language.code()
        );
    }
    if cfg!(feature = "all-languages") {
        let all: BTreeSet<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, all, "one text per language, named by its code");
    }
    for (name, text) in &texts {
        let code = code_of(name);
        if built_in(code) {
            assert_eq!(Language::detect(text).code(), code, "{name}");
        }
    }
}

#[test]
fn summaries_in_every_language_match_the_golden_file() {
    let texts = language_texts();
    let all_built_in = texts.iter().all(|(name, _)| built_in(code_of(name)));
    if all_built_in {
        check_or_bless("languages.jsonl", &golden_lines(&texts));
        return;
    }
    // A build without some languages checks the lines of those it has, and that the file
    // still holds a line for every text and option set.
    assert!(
        std::env::var_os("SALIENT_BLESS").is_none(),
        "bless the golden files with every language built in (the default features)"
    );
    let expected = read_golden(&golden_folder().join("languages.jsonl"));
    assert_eq!(expected.len(), texts.len() * option_sets().len());
    let built: Vec<(String, String)> = texts
        .into_iter()
        .filter(|(name, _)| built_in(code_of(name)))
        .collect();
    let kept: Vec<String> = expected
        .into_iter()
        .filter(|line| {
            let record: Value = serde_json::from_str(line).expect("each line is JSON");
            built_in(code_of(
                record["document"].as_str().expect("a line names its text"),
            ))
        })
        .collect();
    let actual = golden_lines(&built);
    assert!(!actual.is_empty());
    assert_eq!(
        actual, kept,
        "run with the default features to see which line differs"
    );
}

/// The documents of the shared data, named `seeds/FILE` or `cnndm/N`.
fn shared_documents() -> Vec<(String, String)> {
    let seeds = common::shared_data("seeds");
    let news = common::shared_data("summarization/cnndm_dev.jsonl");
    let mut paths: Vec<PathBuf> = fs::read_dir(&seeds)
        .expect("the seeds folder is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut documents: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            (
                format!("seeds/{name}"),
                fs::read_to_string(path).expect("a seed is UTF-8 text"),
            )
        })
        .collect();
    let data = fs::read_to_string(news).expect("the news file is readable");
    for (number, line) in data.lines().take(NEWS_DOCUMENTS).enumerate() {
        let record: Value = serde_json::from_str(line).expect("each line is JSON");
        let text = record["text"].as_str().expect("each record has a text");
        documents.push((format!("cnndm/{number}"), text.to_string()));
    }
    documents
}

#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
fn summaries_match_the_golden_file() {
    check_or_bless("summaries.jsonl", &golden_lines(&shared_documents()));
}
