//! Reading evaluation data: JSON Lines files of records.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::Failure;

/// The records of the JSON Lines file `path`, at most `limit` of them, and a name for
/// messages. `shape` says what each line must be, for the message about a line that is not.
/// Blank lines are skipped; a file without records is an error.
pub(crate) fn read_records<T: DeserializeOwned>(
    path: &Path,
    shape: &str,
    limit: Option<usize>,
) -> Result<(Vec<T>, String), Failure> {
    let name = path.display().to_string();
    let data =
        std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
    let mut records = Vec::new();
    for (number, line) in data.lines().enumerate() {
        if limit.is_some_and(|limit| records.len() >= limit) {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(line).map_err(|e| {
            Failure(format!(
                "{name}, line {}: {e}; each line must be {shape}",
                number + 1
            ))
        })?;
        records.push(record);
    }
    if records.is_empty() {
        return Err(Failure(format!("{name} holds no documents to evaluate")));
    }
    Ok((records, name))
}
