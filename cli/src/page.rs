//! Web pages on the command line: which inputs are HTML, their main content (`salient
//! extract`), their summaries, and the charset a page that is not UTF-8 declares.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use salient::{html, Format, Summarizer};
use serde_json::Value;

use crate::{input, one_line, Failure};

/// `salient extract`: a page's main content.
#[derive(Args, Debug)]
pub(crate) struct ExtractArgs {
    /// The HTML page; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Print one JSON object: {"text","title","byline","date","blocks":[{"start","end",
    /// "element_start","element_end","kind","level"}]}; start and end are byte offsets into
    /// text, element_start and element_end into the page.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Batch mode: each input line {"id","text"} (text: a page) gives one output line
    /// {"id","text","title","byline","date","blocks"} (or {"id","error"}), in the same order.
    #[arg(long)]
    jsonl: bool,
}

/// Whether `summarizer` reads `text` as a page: the format html, or auto and text that
/// looks like HTML.
pub(crate) fn is_page(summarizer: &Summarizer, text: &str) -> bool {
    match summarizer.get_format() {
        Format::Html => true,
        Format::Auto => html::is_html(text),
        _ => false,
    }
}

/// The JSON of a summary of the page `text`.
pub(crate) fn summary_json(summarizer: &Summarizer, text: &str) -> Result<Value, String> {
    let page = html::extract(text);
    let summary = summarizer
        .summarize_page(&page)
        .map_err(|e| e.to_string())?;
    serde_json::to_value(summary).map_err(|e| e.to_string())
}

/// Summarizes the page `text` and prints the summary.
pub(crate) fn print_summary(
    summarizer: &Summarizer,
    text: &str,
    json: bool,
) -> Result<(), Failure> {
    let page = html::extract(text);
    let summary = summarizer.summarize_page(&page).map_err(Failure::usage)?;
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        for sentence in &summary.sentences {
            writeln!(out, "{}", one_line(sentence.text))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `salient extract`.
pub(crate) fn extract(args: ExtractArgs) -> Result<(), Failure> {
    if args.jsonl {
        return crate::batch::run(args.file.as_deref(), |text, _query| {
            serde_json::to_value(html::extract(text)).map_err(|e| e.to_string())
        });
    }
    let text = input::read_text(args.file.as_deref())?;
    let page = html::extract(&text);
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer(&mut out, &page)?;
        writeln!(out)?;
    } else {
        let marks = [&page.title, &page.byline, &page.date];
        for mark in marks.into_iter().flatten() {
            writeln!(out, "{mark}")?;
        }
        if marks.iter().any(|mark| mark.is_some()) && !page.text.is_empty() {
            writeln!(out)?;
        }
        if !page.text.is_empty() {
            writeln!(out, "{}", page.text)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The charset a page declares in its opening bytes (`<meta charset>`, a
/// `Content-Type` meta element, or an XML declaration), if any.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let Some(at) = lower.windows(key.len()).position(|window| window == key) else {
            continue;
        };
        let value: String = lower[at + key.len()..]
            .iter()
            .skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ')
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
            .map(|&b| char::from(b))
            .collect();
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charsets_are_found_where_pages_declare_them() {
        assert_eq!(
            declared_charset(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>"
            )
            .as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            declared_charset(b"<?xml version='1.0' encoding='Shift_JIS'?>").as_deref(),
            Some("shift_jis")
        );
        assert_eq!(declared_charset(b"plain text"), None);
    }
}
