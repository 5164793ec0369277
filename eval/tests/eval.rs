//! The `salient-eval` tool: ROUGE beside Lead, and splitting beside a naive splitter.

use std::path::PathBuf;
use std::process::{Command, Output};

fn salient_eval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_salient-eval"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("salient-eval-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn summaries_print_lead_beside_each_algorithm() {
    let data = temp_file(
        "eval.jsonl",
        concat!(
            r#"{"text": "The cat sat on the mat. Dogs bark at night. The cat likes the mat.", "summary": "The cat sat on the mat."}"#,
            "\n"
        )
        .as_bytes(),
    );
    let output = salient_eval(&["summaries", "--data", data.to_str().unwrap(), "-n", "1"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("1 documents"), "{report}");
    let lead = report.lines().find(|l| l.starts_with("Lead-1")).unwrap();
    assert!(
        lead.contains("100.00"),
        "Lead-1 is the reference itself: {report}"
    );
    assert!(report.lines().any(|l| l.starts_with("textrank")));
    assert!(report.lines().any(|l| l.starts_with("tfidf")));
}

#[test]
fn split_scores_boundaries_beside_the_naive_splitter() {
    let data = temp_file(
        "eval_split.jsonl",
        concat!(
            r#"{"id": "a", "text": "Mr. Smith left. He came back.", "sentences": ["Mr. Smith left.", "He came back."], "lang": "en"}"#,
            "\n",
            r#"{"id": "b", "text": "Wir trafen Dr. med. Meyer. Er lachte.", "sentences": ["Wir trafen Dr. med. Meyer.", "Er lachte."], "lang": "de"}"#,
            "\n",
            r#"{"id": "c", "text": "Not the same text.", "sentences": ["Other words."]}"#,
            "\n"
        )
        .as_bytes(),
    );
    let output = salient_eval(&["split", "--data", data.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("2 documents (1 left out"), "{report}");
    let row = |lang: &str, system: &str| {
        report
            .lines()
            .find(|l| l.starts_with(lang) && l.contains(system))
            .unwrap_or_else(|| panic!("no {lang} {system} row in {report}"))
            .split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    // salient: both documents exact; the naive splitter breaks after `Mr.`, `Dr.`, `med.`.
    assert_eq!(
        row("en ", "salient")[3..],
        ["100.00", "100.00", "100.00", "100.0%"]
    );
    assert_eq!(row("de ", "salient")[6], "100.0%");
    assert_eq!(row("en ", "naive")[6], "0.0%");
    assert_eq!(row("de ", "naive")[3], "33.33");

    let bad = temp_file("eval_split_bad.jsonl", b"{\"text\": \"no sentences\"}\n");
    let output = salient_eval(&["split", "--data", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("line 1"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("\"sentences\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn split_reports_sources_and_keeps_flagged_cases_apart() {
    let data = temp_file(
        "eval_split_sources.jsonl",
        concat!(
            r#"{"text": "It rained. We stayed.", "sentences": ["It rained.", "We stayed."], "lang": "en", "source": "one/splitter tests (MIT)"}"#,
            "\n",
            r#"{"text": "Es regnete. Wir blieben.", "sentences": ["Es regnete.", "Wir blieben."], "lang": "de", "source": "two/splitter tests (MIT)"}"#,
            "\n",
            r#"{"text": "A line\nanother line", "sentences": ["A line", "another line"], "lang": "en", "source": "two/splitter tests (MIT)", "flag": "convention: every line break ends a sentence"}"#,
            "\n"
        )
        .as_bytes(),
    );
    let output = salient_eval(&["split", "--data", data.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("3 documents (1 flagged"), "{report}");
    let (headline, flagged) = report
        .split_once("flagged, not in the figures above:")
        .unwrap_or_else(|| panic!("no flagged section in {report}"));
    let salient_rows = |part: &str| -> Vec<Vec<String>> {
        part.lines()
            .filter(|l| l.contains(" salient "))
            .map(|l| l.split_whitespace().map(String::from).collect())
            .collect()
    };
    // The flagged case would cost recall; the headline figures leave it out.
    let all = salient_rows(headline)
        .into_iter()
        .find(|row| row[0] == "all")
        .unwrap_or_else(|| panic!("no total in {report}"));
    assert_eq!(all[2..], ["2", "100.00", "100.00", "100.00", "100.0%"]);
    assert!(headline.contains("one/splitter en "), "{report}");
    assert!(headline.contains("two/splitter de "), "{report}");
    assert!(!headline.contains("two/splitter en "), "{report}");
    assert_eq!(salient_rows(flagged)[0][..3], ["en", "salient", "1"]);
}
