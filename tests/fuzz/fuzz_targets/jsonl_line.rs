//! One line of the command-line tool's JSON Lines input: any bytes give an id and an
//! answer or a message, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[path = "../../../cli/src/line.rs"]
mod line;

fuzz_target!(|data: &[u8]| {
    let (_, result) = line::answer_line(data, &mut |text: &str, query: Option<&str>| {
        let mut summarizer = salient::Summarizer::new().length(salient::Length::Sentences(2));
        if let Some(query) = query {
            summarizer = summarizer.query(query);
        }
        let summary = summarizer.summarize(text).map_err(|e| e.to_string())?;
        Ok::<Value, String>(json!({ "sentences": summary.sentences }))
    });
    if let Err(message) = result {
        assert!(!message.is_empty());
    }
});
