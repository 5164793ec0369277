//! Reading the text to work on, with errors that say which file and where.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use crate::Failure;

/// Reads all of `path`, or standard input for `None` or `-`, as UTF-8.
pub(crate) fn read_text(path: Option<&Path>) -> Result<String, Failure> {
    let (bytes, name) = read_bytes(path)?;
    into_utf8(bytes, &name)
}

/// Reads all of `path`, or standard input for `None` or `-`; returns the bytes and a name
/// for messages.
fn read_bytes(path: Option<&Path>) -> Result<(Vec<u8>, String), Failure> {
    match path {
        None => read_stdin(),
        Some(path) if path.as_os_str() == "-" => read_stdin(),
        Some(path) => {
            let name = path.display().to_string();
            if path.is_dir() {
                return Err(Failure::new(format!(
                    "{name} is a directory: give a text file, or - for standard input"
                )));
            }
            fs::read(path)
                .map(|bytes| (bytes, name.clone()))
                .map_err(|e| Failure::new(format!("cannot read {name}: {e}")))
        }
    }
}

fn read_stdin() -> Result<(Vec<u8>, String), Failure> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::new(format!("cannot read standard input: {e}")))?;
    Ok((bytes, "standard input".to_string()))
}

/// Checks that `bytes` are UTF-8, naming the line and column of the first bad byte.
fn into_utf8(bytes: Vec<u8>, name: &str) -> Result<String, Failure> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let before = &error.as_bytes()[..valid];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        // A page that says which charset it is in gets the conversion to run.
        let advice = match crate::page::declared_charset(error.as_bytes()) {
            Some(charset) if charset != "utf-8" && charset != "utf8" => format!(
                "the page declares the charset {charset}: convert it to UTF-8, e.g. with \
                 iconv -f {charset} -t utf-8"
            ),
            _ => "convert the file to UTF-8, e.g. with iconv".to_string(),
        };
        Failure::new(format!(
            "{name} is not valid UTF-8: bad byte 0x{:02x} at line {line}, column {column} \
             (byte offset {valid}); {advice}",
            error.as_bytes()[valid]
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_name_line_and_column() {
        let message = into_utf8(b"ok\nab\xffc".to_vec(), "x.txt")
            .unwrap_err()
            .message;
        assert!(message.contains("x.txt"), "{message}");
        assert!(message.contains("line 2, column 3"), "{message}");
        assert!(message.contains("0xff"), "{message}");
        assert!(message.contains("byte offset 5"), "{message}");
    }

    #[test]
    fn valid_utf8_passes_through() {
        assert_eq!(
            into_utf8("héllo".as_bytes().to_vec(), "x").unwrap(),
            "héllo"
        );
    }
}
