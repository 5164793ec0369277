//! `salient keyphrases`: plain lines, JSON with byte offsets, batches and bad options.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const TEXT: &str = "\
Tidal Power for Harbor City

Harbor City switched on a tidal power station in Kestrel Bay. The tidal power station has \
twelve turbines on the floor of the bay. Tides are predictable, so tidal power is easy to \
plan. Fishing groups worry that the turbines could harm salmon.
";

fn salient(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salient"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error exits before reading its input; the broken pipe is expected then.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn prints_the_keyphrases_one_per_line_best_first() {
    let output = salient(&["keyphrases", "-n", "3"], TEXT.as_bytes());
    assert!(output.status.success());
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], "tidal power");
    let library: Vec<&str> = salient::keyphrases(TEXT, 3)
        .unwrap()
        .iter()
        .map(|phrase| phrase.text)
        .collect();
    assert_eq!(lines, library);
}

#[test]
fn json_has_scores_byte_spans_and_the_language() {
    let text = "Café culture in Zürich. Café culture grows. Zürich likes café culture.";
    let output = salient(&["keyphrases", "--json"], text.as_bytes());
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["language"], "en");
    let phrases = json["keyphrases"].as_array().unwrap();
    assert!(!phrases.is_empty());
    for phrase in phrases {
        let score = phrase["score"].as_f64().unwrap();
        assert!(score > 0.0 && score <= 1.0);
        let mut found = false;
        for span in phrase["spans"].as_array().unwrap() {
            let (start, end) = (
                span["start"].as_u64().unwrap(),
                span["end"].as_u64().unwrap(),
            );
            let slice = &text[start as usize..end as usize];
            found |= slice == phrase["text"];
        }
        assert!(found, "{phrase}");
    }
}

#[test]
fn jsonl_answers_each_line() {
    let input = "{\"id\":\"a\",\"text\":\"Solar panels on roofs. Solar panels are cheap.\"}\n\
                 {\"id\":\"b\",\"text\":\"\"}\n";
    let output = salient(&["keyphrases", "--jsonl", "-n", "2"], input.as_bytes());
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["keyphrases"][0]["text"], "Solar panels");
    assert_eq!(lines[1]["keyphrases"], serde_json::json!([]));
}

#[test]
fn a_count_of_zero_is_a_usage_error_that_says_what_to_give() {
    let output = salient(&["keyphrases", "-n", "0"], TEXT.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.contains("ask for at least 1 keyphrase"),
        "{message}"
    );
    let output = salient(&["keyphrases", "-n", "2.5"], TEXT.as_bytes());
    assert_eq!(output.status.code(), Some(2));
}
