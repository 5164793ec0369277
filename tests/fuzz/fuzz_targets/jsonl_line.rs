//! One line of the command-line tool's JSON Lines input: any bytes give an id and an
//! answer or a message, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[path = "../../../cli/src/line.rs"]
mod line;

fuzz_target!(|data: &[u8]| {
    let (_, result) = line::answer_line(data, &|text: &str| -> Result<Value, String> {
        let summary = salient::summarize(text, 2).map_err(|e| e.to_string())?;
        Ok(json!({ "sentences": summary.sentences }))
    });
    if let Err(message) = result {
        assert!(!message.is_empty());
    }
});
