//! One line of a JSON Lines batch: its id, and the answer to its text or what is wrong
//! with it. Kept apart from reading and writing, so that it can be fuzzed on its own.

use serde_json::Value;

/// The line's id (null when it has none) and its answer or what is wrong with it.
pub(crate) fn answer_line(
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
