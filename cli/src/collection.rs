//! Several files summarized as one collection: one summary of them all.

use std::io::{self, Write};
use std::path::PathBuf;

use salient::Summarizer;
use serde_json::Value;

use crate::{input, one_line, Failure};

/// Summarizes `files` as one collection and prints the sentences one per line (by file,
/// then position), or the summary as JSON with the files' names under `"files"`.
pub(crate) fn summarize_files(
    summarizer: &Summarizer,
    files: &[PathBuf],
    json: bool,
) -> Result<(), Failure> {
    let texts = files
        .iter()
        .map(|file| input::read_text(Some(file)))
        .collect::<Result<Vec<String>, Failure>>()?;
    let summary = summarizer
        .summarize_documents(&texts)
        .map_err(Failure::usage)?;
    let mut out = io::stdout().lock();
    if json {
        let mut value = serde_json::to_value(&summary)?;
        if let Value::Object(fields) = &mut value {
            let names = files.iter().map(|f| Value::String(f.display().to_string()));
            fields.insert("files".to_string(), Value::Array(names.collect()));
        }
        serde_json::to_writer(&mut out, &value)?;
        writeln!(out)?;
    } else {
        for sentence in &summary.sentences {
            writeln!(out, "{}", one_line(sentence.text))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The JSON of the summary of `documents`, one line of a batch.
pub(crate) fn summary_json(summarizer: &Summarizer, documents: &[&str]) -> Result<Value, String> {
    summarizer
        .summarize_documents(documents)
        .map_err(|e| e.to_string())
        .and_then(|summary| serde_json::to_value(summary).map_err(|e| e.to_string()))
}

/// The failure of `--jsonl` given several files: a batch is one file of lines, and a
/// collection is one line's `"documents"`.
pub(crate) fn one_batch_file(files: &[PathBuf]) -> Failure {
    Failure {
        message: format!(
            "--jsonl reads one JSON Lines file, not {}: put each collection on one line as \
             {{\"id\", \"documents\": [...]}}",
            files.len()
        ),
        usage: true,
    }
}
