//! The `salient` command-line tool: output formats, batches, and messages for bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const TEXT: &str = "\
Heading Without A Stop

The council approved the new bridge on Tuesday. The bridge will cost $12.5 million. \
Work on the bridge starts in May and should end next year. Residents welcomed the news.
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

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("salient-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn summarizes_stdin_one_sentence_per_line() {
    let output = salient(&["-n", "2"], TEXT.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<_> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        assert!(TEXT.contains(line.as_str()), "{line}");
    }
}

#[test]
fn summarizes_a_file_as_json_with_byte_offsets() {
    let path = temp_file("article.txt", TEXT.as_bytes());
    let output = salient(&[path.to_str().unwrap(), "--json", "--words", "30"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    for sentence in sentences {
        let start = sentence["start"].as_u64().unwrap() as usize;
        let end = sentence["end"].as_u64().unwrap() as usize;
        assert_eq!(&TEXT[start..end], sentence["text"].as_str().unwrap());
        assert!(sentence["index"].is_u64() && sentence["score"].is_number());
    }
    assert_eq!(json["language"], "en");
}

#[test]
fn jsonl_answers_every_good_line_in_order_and_reports_bad_ones() {
    let input = concat!(
        r#"{"id": "a", "text": "One sentence here. Another one there."}"#,
        "\n",
        "{broken\n",
        r#"{"id": 3}"#,
        "\n\n",
        r#"{"id": "d", "text": ""}"#,
        "\n",
    );
    let output = salient(&["--jsonl", "-n", "1"], input.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        4,
        "blank lines are skipped, every other line answered"
    );
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(lines[0]["language"], "en");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert_eq!(lines[2]["id"], 3);
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("no \"text\" field"));
    assert_eq!(lines[3]["id"], "d");
    assert_eq!(lines[3]["sentences"], serde_json::json!([]));
    let messages = stderr(&output);
    assert!(messages.contains("line 2: malformed JSON"), "{messages}");
    assert!(messages.contains("line 3:"), "{messages}");
}

#[test]
fn split_prints_sentences_and_fragments() {
    let output = salient(&["split"], TEXT.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines[0], "Heading Without A Stop");
    assert_eq!(lines[1], "The council approved the new bridge on Tuesday.");
    assert_eq!(lines[2], "The bridge will cost $12.5 million.");
    assert_eq!(lines.len(), 5);
}

#[test]
fn split_jsonl_gives_offsets_and_kinds() {
    let output = salient(
        &["split", "--jsonl"],
        br#"{"id": 1, "text": "Title\nA sentence."}"#,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["id"], 1);
    assert_eq!(json["language"], "en");
    assert_eq!(
        json["sentences"],
        serde_json::json!([
            {"text": "Title", "start": 0, "end": 5, "kind": "fragment", "paragraph": 0},
            {"text": "A sentence.", "start": 6, "end": 17, "kind": "sentence", "paragraph": 0},
        ])
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_place() {
    let path = temp_file("latin1.txt", b"Fine line.\nCaf\xe9 au lait.\n");
    let output = salient(&[path.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("not valid UTF-8"), "{message}");
    assert!(message.contains("line 2, column 4"), "{message}");
}

#[test]
fn unreadable_inputs_are_reported() {
    let output = salient(&["/no/such/file.txt"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read /no/such/file.txt"));

    let dir = std::env::temp_dir();
    let output = salient(&[dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is a directory"));
}

#[test]
fn bad_options_are_usage_errors_that_say_what_to_give() {
    let cases: &[(&[&str], &str)] = &[
        (&["-n", "0"], "at least 1"),
        (&["-n", "-2"], "at least 1"),
        (&["--words", "many"], "\"many\" is not a number"),
        (&["--words", "2.5"], "must be a whole number of at least 1, not 2.5"),
        (&["--ratio", "1.5"], "not in (0, 1]"),
        (&["--ratio", "NaN"], "not in (0, 1]"),
        (
            &["--language", "xx"],
            "unknown language \"xx\": use one of auto, ar, da, de, el, en, es, fi, fr, hu, it, ja, ko, nl, no, pt, ro, ru, sv, ta, tr, zh",
        ),
        (&["--algorithm", "lexrank"], "use one of textrank, tfidf"),
        (
            &["--profile", "legal"],
            "use one of auto, general, news, conversation",
        ),
        (&["-n", "2", "--ratio", "0.5"], "cannot be used with"),
    ];
    for (args, message) in cases {
        let output = salient(args, TEXT.as_bytes());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_closed_output_ends_the_run_quietly() {
    let text = "A sentence about bridges here. ".repeat(50_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_salient"))
        .args(["split"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn empty_input_prints_nothing_and_succeeds() {
    let output = salient(&[], b"");
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
}

#[test]
fn help_documents_every_option() {
    let output = salient(&["--help"], b"");
    let help = stdout(&output);
    for option in [
        "--sentences",
        "--ratio",
        "--words",
        "--chars",
        "--language",
        "--algorithm",
        "--profile",
        "--redundancy",
        "--json",
        "--jsonl",
        "split",
    ] {
        assert!(help.contains(option), "--help lacks {option}");
    }
}

#[test]
fn the_language_is_detected_and_reported_unless_named() {
    let german = "Die Regierung hat neue Regeln beschlossen. Sie gelten ab dem nächsten Jahr.";
    let output = salient(&["--json", "-n", "1"], german.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["language"], "de");
    let output = salient(
        &["--json", "--language", "fr", "-n", "1"],
        german.as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["language"], "fr");
    let output = salient(
        &["split", "--json"],
        "今天天气很好。我们去散步吧。".as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["language"], "zh");
    assert_eq!(json["sentences"].as_array().map(Vec::len), Some(2));
}

#[test]
fn conversations_name_each_sentence_s_speaker() {
    let call = "Zoë: Hi Ben.\nBen: Hi.\nZoë: The venue for the spring fair is booked.\n\
                Ben: Yeah.\nZoë: Catering still needs a quote from two suppliers.\nBen: Okay.\n";
    let output = salient(&["-n", "1"], call.as_bytes());
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("Zoë: "), "{}", stdout(&output));
    let output = salient(&["-n", "1", "--json"], call.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["format"], "conversation");
    let sentence = &json["sentences"][0];
    assert_eq!(sentence["speaker"], "Zoë");
    let (start, end) = (
        sentence["start"].as_u64().unwrap() as usize,
        sentence["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(call[start..end], *sentence["text"].as_str().unwrap());
    assert_eq!(
        json["text"],
        format!("Zoë: {}", sentence["text"].as_str().unwrap())
    );
}

#[test]
fn markdown_and_email_are_read_as_such_and_the_json_says_so() {
    let markdown = "# Tides\n\nThe tide turns twice a day, and the\nturbines turn with it. \
                    Engineers tested them for years.\n\n```sh\ncargo run # Not a sentence.\n```\n\n\
                    The city expects power for 40,000 homes.\n";
    let output = salient(&["--json"], markdown.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["format"], "markdown");
    // serde_json sorts an object's keys; the order as printed is the library's.
    assert!(
        stdout(&output).contains(r#""language":"en","format":"markdown","document_sentences":3}"#)
    );
    assert!(!json["text"].as_str().unwrap().contains("Not a sentence"));
    assert!(json["text"]
        .as_str()
        .unwrap()
        .starts_with("The tide turns twice a day, and the\nturbines"));

    let output = salient(&["--json", "--format", "text"], markdown.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["format"], "text");

    let email = "I can come on Friday. The train arrives at nine. I will bring the slides.\n\n\
                 On Mon, 5 May 2025, Sam <sam@example.com> wrote:\n> Can you come on Friday?\n";
    let output = salient(&["--format", "email"], email.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        !stdout(&output).contains("Can you come"),
        "{}",
        stdout(&output)
    );

    let output = salient(&["--format", "pdf"], b"Text.");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("use one of auto, text, conversation, markdown, email, html"));
}

/// A page of the tests' own: a menu, an article with a heading and three paragraphs (one
/// with non-ASCII text), and a footer.
const PAGE: &str = "<!DOCTYPE html><html><head><title>Bridge Approved | Town Times</title>\
<meta name=\"author\" content=\"Kim Ross\"></head><body>\
<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav>\
<article><h1>Bridge approved</h1>\
<p>The council approved the new bridge over the Elm River on Tuesday evening.</p>\
<p>The bridge will cost $12.5 million and carry a cycle lane beside its two traffic lanes.</p>\
<p>Work starts in May; the caf&eacute; on the old pier will stay open during the works.</p>\
</article><footer>&copy; Town Times &middot; Contact us</footer></body></html>";

#[test]
fn pages_are_detected_and_summarized_by_their_main_content() {
    let output = salient(&["--json", "-n", "2"], PAGE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let main_text = json["main_text"].as_str().unwrap();
    assert!(main_text.starts_with("Bridge approved\n\nThe council approved"));
    assert!(main_text.contains("café"));
    assert!(!main_text.contains("Sport") && !main_text.contains("Contact"));
    assert_eq!(json["title"], "Bridge Approved | Town Times");
    assert_eq!(json["byline"], "Kim Ross");
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2);
    for sentence in sentences {
        let at = |key: &str| sentence[key].as_u64().unwrap() as usize;
        assert_eq!(
            &main_text[at("start")..at("end")],
            sentence["text"].as_str().unwrap()
        );
        let element = &PAGE[at("element_start")..at("element_end")];
        assert!(
            element.starts_with("<p>") && element.ends_with("</p>"),
            "{element}"
        );
    }
    // Plain output: the same sentences, one per line; --format text reads the page as text.
    let plain = salient(&["-n", "2"], PAGE.as_bytes());
    assert_eq!(stdout(&plain).lines().count(), 2);
    let as_text = salient(&["--format", "text", "--json"], PAGE.as_bytes());
    let as_text: serde_json::Value = serde_json::from_str(&stdout(&as_text)).unwrap();
    assert!(as_text.get("main_text").is_none());
}

#[test]
fn extract_prints_title_byline_and_main_text() {
    let path = temp_file("page.html", PAGE.as_bytes());
    let output = salient(&["extract", path.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Bridge Approved | Town Times\nKim Ross\n\nBridge approved\n\n"),
        "{text}"
    );
    assert!(!text.contains("Weather"));
    let json = salient(&["extract", "--json"], PAGE.as_bytes());
    let page: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(page["blocks"][0]["kind"], "heading");
    assert_eq!(page["blocks"][0]["level"], 1);
    assert_eq!(page["blocks"].as_array().unwrap().len(), 4);
    let batch = salient(
        &["extract", "--jsonl"],
        format!("{}\n", serde_json::json!({"id": "p", "text": PAGE})).as_bytes(),
    );
    let line: serde_json::Value = serde_json::from_str(stdout(&batch).trim()).unwrap();
    assert_eq!(line["id"], "p");
    assert!(line["text"].as_str().unwrap().contains("cycle lane"));
}

#[test]
fn a_page_in_another_charset_is_refused_with_its_name() {
    let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\xe9 au lait.</p>";
    let path = temp_file("latin1.html", page);
    let output = salient(&["extract", path.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("iso-8859-1"), "{message}");
    assert!(
        message.contains("iconv -f iso-8859-1 -t utf-8"),
        "{message}"
    );
}

#[test]
fn the_html_format_is_refused_by_nothing_and_summarizes_any_page() {
    let output = salient(&["--format", "html", "-n", "1"], b"Just one sentence here.");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), "Just one sentence here.");
}

/// A second report of the story in `TEXT`, with non-ASCII text before its sentences.
const SECOND_REPORT: &str = "Zürich’s café owners — and the council — approved the new bridge \
on Tuesday. The mayor said the bridge opens next year. A brass band played.";

#[test]
fn several_files_make_one_summary_with_offsets_in_each_file() {
    let first = temp_file("first.txt", TEXT.as_bytes());
    let second = temp_file("second.txt", SECOND_REPORT.as_bytes());
    let (first, second) = (first.to_str().unwrap(), second.to_str().unwrap());
    let output = salient(&[first, second, "--json", "-n", "3"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["files"], serde_json::json!([first, second]));
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    let texts = [TEXT, SECOND_REPORT];
    for sentence in sentences {
        let document = texts[sentence["document"].as_u64().unwrap() as usize];
        let start = sentence["start"].as_u64().unwrap() as usize;
        let end = sentence["end"].as_u64().unwrap() as usize;
        assert_eq!(&document[start..end], sentence["text"].as_str().unwrap());
    }
    // Both files report the approval on Tuesday: it is told once.
    let approvals = sentences
        .iter()
        .filter(|s| s["text"].as_str().unwrap().contains("approved"))
        .count();
    assert_eq!(approvals, 1);

    let plain = salient(&[first, second, "-n", "3"], b"");
    let lines: Vec<String> = stdout(&plain).lines().map(String::from).collect();
    let from_json: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(lines, from_json);
}

#[test]
fn a_jsonl_line_may_give_documents_to_summarize_as_one() {
    let line = serde_json::json!({ "id": "c", "documents": [TEXT, SECOND_REPORT] }).to_string();
    let output = salient(&["--jsonl", "-n", "2"], format!("{line}\n").as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["id"], "c");
    assert_eq!(json["sentences"].as_array().unwrap().len(), 2);
    assert!(json["sentences"][0]["document"].is_u64());

    let refused = salient(&["--jsonl", "a.jsonl", "b.jsonl"], b"");
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("\"documents\""),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn a_query_focuses_one_summary_of_several_files_and_of_a_jsonl_line() {
    let first = temp_file("query-first.txt", TEXT.as_bytes());
    let second = temp_file("query-second.txt", SECOND_REPORT.as_bytes());
    let (first, second) = (first.to_str().unwrap(), second.to_str().unwrap());
    let output = salient(
        &[first, second, "--json", "-n", "1", "--query", "brass band"],
        b"",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["query_matched"], true);
    assert_eq!(json["sentences"][0]["text"], "A brass band played.");
    assert_eq!(json["sentences"][0]["document"], 1);

    let plain = salient(&[first, second, "-n", "1", "--query", "brass band"], b"");
    assert_eq!(stdout(&plain).trim(), "A brass band played.");

    let line = serde_json::json!({
        "id": "q",
        "documents": [TEXT, SECOND_REPORT],
        "query": "How much will it cost?",
    })
    .to_string();
    let output = salient(&["--jsonl", "-n", "1"], format!("{line}\n").as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(json["id"], "q");
    assert_eq!(json["query_matched"], true);
    assert_eq!(
        json["sentences"][0]["text"],
        "The bridge will cost $12.5 million."
    );
}
