//! Golden outputs: the summaries of the four seed pages and the first 50 CNN/DailyMail
//! documents, in two option sets, as byte offsets, sentence indices and scores to six
//! digits, kept in `tests/golden/summaries.jsonl`. The WebAssembly build is held to the same
//! file by `pkg/test/golden.test.js`, so both targets give these answers and any change to
//! them shows up in review. After an intended change, run the test with `SALIENT_BLESS=1`
//! (and `-- --include-ignored`) to write the file anew.

mod common;

use std::fs;
use std::path::PathBuf;

use salient::{Algorithm, Length, Profile, Summarizer};
use serde_json::{json, Value};

const NEWS_DOCUMENTS: usize = 50;

/// The option sets: their names (as in the golden file) and the summarizers.
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

/// The documents, named `seeds/FILE` or `cnndm/N`.
fn documents() -> Vec<(String, String)> {
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
    let documents = documents();
    let mut lines = Vec::new();
    for (options, summarizer) in option_sets() {
        for (document, text) in &documents {
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
    let actual = lines.join("\n") + "\n";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/summaries.jsonl");
    if std::env::var_os("SALIENT_BLESS").is_some() {
        fs::write(&path, &actual).expect("the golden file is writable");
        return;
    }
    let expected = fs::read_to_string(&path).expect("tests/golden/summaries.jsonl exists");
    for (number, (got, want)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(
            got,
            want,
            "line {} of the golden file differs; run with SALIENT_BLESS=1 after an intended change",
            number + 1
        );
    }
    assert_eq!(actual.lines().count(), expected.lines().count());
}
