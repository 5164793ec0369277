//! JSON Lines batches: one `{"id","text"}` object per input line, one answer per output line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use serde_json::{Map, Value};

use crate::Failure;

/// Answers each line of `path` (or standard input) with `answer(text)` merged into
/// `{"id": ...}`. A line that cannot be read or answered gets `{"id", "error"}` and a message
/// on standard error; the other lines are still answered, and the run fails at the end.
pub(crate) fn run(
    path: Option<&Path>,
    answer: impl Fn(&str) -> Result<Value, String>,
) -> Result<(), Failure> {
    let (reader, name): (Box<dyn BufRead>, String) = match path {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            if path.is_dir() {
                return Err(Failure(format!(
                    "{name} is a directory: give a JSON Lines file, or - for standard input"
                )));
            }
            let file = File::open(path).map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
            (Box::new(BufReader::new(file)), name)
        }
        _ => (Box::new(io::stdin().lock()), "standard input".to_string()),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    for (number, line) in reader.split(b'\n').enumerate() {
        let number = number + 1;
        let line = line.map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let (id, result) = answer_line(&line, &answer);
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
    out.flush()?;
    if failed > 0 {
        return Err(Failure(format!(
            "{failed} line(s) of {name} could not be answered; their output lines carry \"error\""
        )));
    }
    Ok(())
}

/// The line's id (null when it has none) and its answer or what is wrong with it.
fn answer_line(
    line: &[u8],
    answer: &impl Fn(&str) -> Result<Value, String>,
) -> (Value, Result<Value, String>) {
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(e) => {
            return (
                Value::Null,
                Err(format!(
                    "not valid UTF-8 at byte {} of the line: convert the file to UTF-8",
                    e.valid_up_to()
                )),
            )
        }
    };
    let mut object = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(object)) => object,
        Ok(_) => {
            return (
                Value::Null,
                Err(r#"expected a JSON object such as {"id": 1, "text": "..."}"#.to_string()),
            )
        }
        Err(e) => return (Value::Null, Err(format!("malformed JSON: {e}"))),
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    let result = match object.get("text") {
        Some(Value::String(text)) => answer(text),
        Some(_) => Err(r#"the "text" field must be a string"#.to_string()),
        None => Err(r#"the object has no "text" field: give the text to work on"#.to_string()),
    };
    (id, result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn echo(text: &str) -> Result<Value, String> {
        Ok(json!({ "length": text.len() }))
    }

    #[test]
    fn answers_a_good_line_with_its_id() {
        let (id, result) = answer_line(br#"{"id": "a", "text": "abc"}"#, &echo);
        assert_eq!(id, json!("a"));
        assert_eq!(result, Ok(json!({ "length": 3 })));
    }

    #[test]
    fn explains_what_is_wrong_with_a_line() {
        let (id, result) = answer_line(br#"{"id": 7}"#, &echo);
        assert_eq!(id, json!(7));
        assert!(result.unwrap_err().contains("no \"text\" field"));
        let (_, result) = answer_line(br#"{"id": 7, "text": 5}"#, &echo);
        assert!(result.unwrap_err().contains("must be a string"));
        let (id, result) = answer_line(b"{not json", &echo);
        assert_eq!(id, Value::Null);
        assert!(result.unwrap_err().starts_with("malformed JSON"));
        let (_, result) = answer_line(b"[1, 2]", &echo);
        assert!(result.unwrap_err().contains("expected a JSON object"));
        let (_, result) = answer_line(b"{\"text\": \"\xff\"}", &echo);
        assert!(result.unwrap_err().contains("not valid UTF-8"));
    }
}
