//! One line of a JSON Lines batch: its id, and the answer to its text (and query, when it
//! has one) or what is wrong with it. Kept apart from reading and writing, so that it can
//! be fuzzed on its own.

use serde_json::Value;

/// The line's id (null when it has none) and its answer or what is wrong with it. `answer`
/// gets the line's text and its `"query"`, when the line has one.
pub(crate) fn answer_line(
    line: &[u8],
    answer: &mut impl FnMut(&str, Option<&str>) -> Result<Value, String>,
) -> (Value, Result<Value, String>) {
    answer_line_or_collection(line, answer, &|_: &[&str], _: Option<&str>| {
        Err(r#"the object has no "text" field: give the text to work on"#.to_string())
    })
}

/// As [`answer_line`], but a line may give `"documents"`, a list of texts, in place of
/// `"text"`: `answer_documents` answers those, as one collection, with the line's query.
pub(crate) fn answer_line_or_collection(
    line: &[u8],
    answer: &mut impl FnMut(&str, Option<&str>) -> Result<Value, String>,
    answer_documents: &impl Fn(&[&str], Option<&str>) -> Result<Value, String>,
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
    let query = match object.get("query") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(query)) => Ok(Some(query.as_str())),
        Some(_) => Err(r#"the "query" field must be a string"#.to_string()),
    };
    let result = match (object.get("text"), object.get("documents"), query) {
        (_, _, Err(message)) => Err(message),
        (Some(_), Some(_), _) => Err(r#"give either "text" or "documents", not both"#.to_string()),
        (Some(Value::String(text)), None, Ok(query)) => answer(text, query),
        (Some(_), None, _) => Err(r#"the "text" field must be a string"#.to_string()),
        (None, Some(Value::Array(documents)), Ok(query)) => {
            let texts: Option<Vec<&str>> = documents.iter().map(Value::as_str).collect();
            match texts {
                Some(texts) => answer_documents(&texts, query),
                None => Err(r#"the "documents" field must be a list of strings"#.to_string()),
            }
        }
        (None, Some(_), _) => Err(r#"the "documents" field must be a list of strings"#.to_string()),
        (None, None, _) => {
            Err(r#"the object has no "text" field: give the text to work on"#.to_string())
        }
    };
    (id, result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn echo(text: &str, query: Option<&str>) -> Result<Value, String> {
        Ok(json!({ "length": text.len(), "query": query }))
    }

    #[test]
    fn answers_a_good_line_with_its_id() {
        let (id, result) = answer_line(br#"{"id": "a", "text": "abc"}"#, &mut echo);
        assert_eq!(id, json!("a"));
        assert_eq!(result, Ok(json!({ "length": 3, "query": null })));
        let (_, result) = answer_line(br#"{"text": "abc", "query": "b"}"#, &mut echo);
        assert_eq!(result, Ok(json!({ "length": 3, "query": "b" })));
    }

    #[test]
    fn answers_documents_as_one_collection() {
        let count =
            |documents: &[&str], _: Option<&str>| Ok(json!({ "documents": documents.len() }));
        let (id, result) =
            answer_line_or_collection(br#"{"id": 2, "documents": ["a", "bc"]}"#, &mut echo, &count);
        assert_eq!(id, json!(2));
        assert_eq!(result, Ok(json!({ "documents": 2 })));
        let (_, result) =
            answer_line_or_collection(br#"{"documents": ["a", 1]}"#, &mut echo, &count);
        assert!(result.unwrap_err().contains("list of strings"));
        let (_, result) =
            answer_line_or_collection(br#"{"text": "a", "documents": []}"#, &mut echo, &count);
        assert!(result.unwrap_err().contains("not both"));
        let (_, result) = answer_line(br#"{"documents": ["a"]}"#, &mut echo);
        assert!(result.unwrap_err().contains("no \"text\" field"));
    }

    #[test]
    fn explains_what_is_wrong_with_a_line() {
        let (id, result) = answer_line(br#"{"id": 7}"#, &mut echo);
        assert_eq!(id, json!(7));
        assert!(result.unwrap_err().contains("no \"text\" field"));
        let (_, result) = answer_line(br#"{"id": 7, "text": 5}"#, &mut echo);
        assert!(result.unwrap_err().contains("must be a string"));
        let (id, result) = answer_line(b"{not json", &mut echo);
        assert_eq!(id, Value::Null);
        assert!(result.unwrap_err().starts_with("malformed JSON"));
        let (_, result) = answer_line(b"[1, 2]", &mut echo);
        assert!(result.unwrap_err().contains("expected a JSON object"));
        let (_, result) = answer_line(br#"{"text": "abc", "query": 5}"#, &mut echo);
        assert!(result
            .unwrap_err()
            .contains("\"query\" field must be a string"));
        let (_, result) = answer_line(b"{\"text\": \"\xff\"}", &mut echo);
        assert!(result.unwrap_err().contains("not valid UTF-8"));
    }
}
