//! JSON Lines batches: one `{"id","text"}` object per input line (with an optional
//! `"query"`), one answer per output line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use salient::LanguageDetector;
use serde_json::{Map, Value};

use crate::line::answer_line;
use crate::Failure;

/// Answers each line of `path` (or standard input) with `answer(text, query)` merged into
/// `{"id": ...}`. A line that cannot be read or answered gets `{"id", "error"}` and a message
/// on standard error; the other lines are still answered, and the run fails at the end.
pub(crate) fn run(
    path: Option<&Path>,
    answer: impl Fn(&str, Option<&str>) -> Result<Value, String> + Sync,
) -> Result<(), Failure> {
    run_lines(path, |line, _| {
        answer_line(line, &mut |text, query| answer(text, query))
    })
}

/// As [`run`], with each line's bytes answered by `answer_line` (its id, and its answer or
/// what is wrong with it). The lines answered on one thread share a [`LanguageDetector`],
/// which an answer may use to tell each text's language faster than one text at a time.
pub(crate) fn run_lines(
    path: Option<&Path>,
    answer_line: impl Fn(&[u8], &mut LanguageDetector) -> (Value, Result<Value, String>) + Sync,
) -> Result<(), Failure> {
    let (reader, name): (Box<dyn BufRead>, String) = match path {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            if path.is_dir() {
                return Err(Failure::new(format!(
                    "{name} is a directory: give a JSON Lines file, or - for standard input"
                )));
            }
            let file =
                File::open(path).map_err(|e| Failure::new(format!("cannot read {name}: {e}")))?;
            (Box::new(BufReader::new(file)), name)
        }
        _ => (Box::new(io::stdin().lock()), "standard input".to_string()),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let detector = LanguageDetector::new();
    // Lines are answered a chunk at a time, the chunk's lines on all cores, and written in
    // their order: memory stays bounded however long the input.
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(LINES_PER_CHUNK);
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        chunk.clear();
        for (number, line) in lines.by_ref() {
            let line = line.map_err(|e| Failure::new(format!("cannot read {name}: {e}")))?;
            if !line.iter().all(u8::is_ascii_whitespace) {
                chunk.push((number + 1, line));
                if chunk.len() == LINES_PER_CHUNK {
                    break;
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let answers = answer_all(&chunk, &answer_line, &detector);
        for ((number, _), (id, result)) in chunk.iter().zip(answers) {
            let mut object = Map::new();
            object.insert("id".to_string(), id);
            match result {
                Ok(Value::Object(fields)) => object.extend(fields),
                Ok(other) => {
                    object.insert("result".to_string(), other);
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("salient: {name}, line {number}: {message}");
                    object.insert("error".to_string(), Value::String(message));
                }
            }
            serde_json::to_writer(&mut out, &Value::Object(object))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if failed > 0 {
        return Err(Failure::new(format!(
            "{failed} line(s) of {name} could not be answered; their output lines carry \"error\""
        )));
    }
    Ok(())
}

/// Lines read and answered together: enough to keep every core busy, few enough to hold.
const LINES_PER_CHUNK: usize = 256;

/// The answers to `chunk`'s lines, in order, worked out on all cores, each with a clone of
/// `detector` (which share its table).
fn answer_all(
    chunk: &[(usize, Vec<u8>)],
    answer_line: &(impl Fn(&[u8], &mut LanguageDetector) -> (Value, Result<Value, String>) + Sync),
    detector: &LanguageDetector,
) -> Vec<(Value, Result<Value, String>)> {
    use rayon::prelude::*;
    chunk
        .par_iter()
        .map_init(
            || detector.clone(),
            |detector, (_, line)| answer_line(line, detector),
        )
        .collect()
}
