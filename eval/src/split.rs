//! `salient-eval split`: how well salient's splitter finds the sentence boundaries of gold
//! data, beside a naive punctuation splitter on the same documents.
//!
//! Boundaries are compared with whitespace ignored: a boundary is the number of
//! non-whitespace characters before it, so a gold file may normalise spaces and line breaks
//! inside its sentences. The end of the document is no boundary: it is never in doubt.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use salient::Language;
use serde::Deserialize;

use crate::progress::Progress;
use crate::{data, one_line, Failure};

/// Reports, per file and language, boundary precision, recall and F1 and the share of
/// documents split exactly right, for salient and for a naive splitter that breaks after
/// every `.`, `!`, `?` or `…` followed by whitespace (and after every CJK stop). Records
/// with a "source" are also reported per source and language; records with a "flag" (a
/// splitter's own convention, or a doubtful expectation) are left out of those figures and
/// reported apart.
#[derive(Args, Debug)]
pub(crate) struct SplitArgs {
    /// JSON Lines, one {"text", "sentences"} object per line, with an optional "lang" (ISO
    /// 639-1 code), "source" and "flag". Give the option again for more files.
    #[arg(long, value_name = "FILE", required = true)]
    data: Vec<PathBuf>,

    /// Split every document as this language (ISO 639-1 code). Without it, a document's
    /// "lang" chooses when salient knows that language; otherwise the language is detected.
    #[arg(long, value_name = "CODE", value_parser = language)]
    language: Option<Language>,

    /// List the documents salient splits differently from the gold data, with both splits.
    #[arg(long)]
    show_errors: bool,
}

#[derive(Deserialize)]
struct Example {
    #[serde(default)]
    id: Option<String>,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    lang: Option<String>,
    /// Where the case comes from (`owner/repository path (licence)`).
    #[serde(default)]
    source: Option<String>,
    /// Why the case is no target: a splitter's own convention or a doubtful expectation.
    /// Flagged cases are reported apart from the others.
    #[serde(default)]
    flag: Option<serde_json::Value>,
}

impl Example {
    /// The reason the case is flagged, if it is.
    fn flag(&self) -> Option<String> {
        match self.flag.as_ref()? {
            serde_json::Value::Null | serde_json::Value::Bool(false) => None,
            serde_json::Value::String(reason) => Some(reason.clone()),
            other => Some(other.to_string()),
        }
    }

    /// The repository the case comes from: the first `owner/name` word of its source.
    fn source_name(&self) -> Option<&str> {
        self.source
            .as_deref()?
            .split_whitespace()
            .find(|word| word.contains('/'))
    }
}

/// Boundary counts over documents, for one splitter.
#[derive(Default, Clone, Copy)]
struct Tally {
    documents: usize,
    exact: usize,
    found: usize,
    expected: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, found: &[usize], expected: &[usize]) {
        let correct = found.iter().filter(|b| expected.contains(b)).count();
        self.documents += 1;
        self.found += found.len();
        self.expected += expected.len();
        self.correct += correct;
        if found == expected {
            self.exact += 1;
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.documents += other.documents;
        self.exact += other.exact;
        self.found += other.found;
        self.expected += other.expected;
        self.correct += other.correct;
    }

    fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }

    fn recall(&self) -> f64 {
        ratio(self.correct, self.expected)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A language by its code or name, for the `--language` option.
fn language(value: &str) -> Result<Language, String> {
    value.parse().map_err(|e: salient::Error| e.to_string())
}

/// `part / whole`, and 1 when there is nothing to get right.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

pub(crate) fn run(args: SplitArgs) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    for path in &args.data {
        evaluate_file(path, &args, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn evaluate_file(path: &Path, args: &SplitArgs, out: &mut impl Write) -> Result<(), Failure> {
    let (examples, name) = data::read_records::<Example>(
        path,
        "an object with a \"text\" string and a \"sentences\" array of strings",
        None,
    )?;

    let mut headline = Groups::default();
    let mut flagged = Groups::default();
    let mut by_source = Groups::default();
    let mut unaligned = Vec::new();
    let mut progress = Progress::new(examples.len());
    for example in &examples {
        progress.step();
        let Some(expected) = gold_boundaries(&example.text, &example.sentences) else {
            unaligned.push(example.id.clone().unwrap_or_default());
            continue;
        };
        let code = example.lang.clone().unwrap_or_else(|| "-".to_string());
        let language = args
            .language
            .or_else(|| example.lang.as_deref().and_then(|l| l.parse().ok()))
            .unwrap_or_default();
        let segments = salient::split_sentences(&example.text, language);
        let found = boundaries(
            &example.text,
            segments.iter().map(|segment| segment.span.end),
        );
        let naive = boundaries(&example.text, naive_ends(&example.text));
        let label = if args.language.is_some() || code != language.code() {
            format!("{code}/{}", language.code())
        } else {
            code
        };
        let flag = example.flag();
        if flag.is_some() {
            flagged.add(&label, &found, &naive, &expected);
        } else {
            headline.add(&label, &found, &naive, &expected);
            if let Some(source) = example.source_name() {
                by_source.add(&format!("{source} {label}"), &found, &naive, &expected);
            }
        }
        if args.show_errors && found != expected {
            writeln!(out, "--- {}", example.id.as_deref().unwrap_or("(no id)"))?;
            if let Some(flag) = flag {
                writeln!(out, "  flag: {flag}")?;
            }
            for sentence in &example.sentences {
                writeln!(out, "  gold: {}", one_line(sentence))?;
            }
            for segment in &segments {
                writeln!(out, "  ours: {}", one_line(segment.text))?;
            }
        }
    }
    progress.finish();

    let documents = headline.documents() + flagged.documents();
    write!(out, "{name}: {documents} documents")?;
    if flagged.documents() > 0 {
        write!(
            out,
            " ({} flagged as a convention or a doubtful expectation, reported apart)",
            flagged.documents()
        )?;
    }
    if !unaligned.is_empty() {
        write!(
            out,
            " ({} left out: their gold sentences do not spell the text: {})",
            unaligned.len(),
            unaligned.join(", ")
        )?;
    }
    writeln!(out)?;
    headline.write(out, "lang", true)?;
    if by_source.sources() > 1 {
        writeln!(out, "by source, unflagged:")?;
        by_source.write(out, "source lang", false)?;
    }
    if !flagged.is_empty() {
        writeln!(out, "flagged, not in the figures above:")?;
        flagged.write(out, "lang", true)?;
    }
    Ok(())
}

/// Tallies of salient and the naive splitter per group (a language, or a source and a
/// language), in the order of their labels.
#[derive(Default)]
struct Groups(BTreeMap<String, (Tally, Tally)>);

impl Groups {
    fn add(&mut self, label: &str, found: &[usize], naive: &[usize], expected: &[usize]) {
        let entry = self.0.entry(label.to_string()).or_default();
        entry.0.add(found, expected);
        entry.1.add(naive, expected);
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many sources the labels (`source lang`) name.
    fn sources(&self) -> usize {
        let mut names: Vec<_> = self
            .0
            .keys()
            .filter_map(|label| label.split(' ').next())
            .collect();
        names.dedup();
        names.len()
    }

    fn documents(&self) -> usize {
        self.0.values().map(|(ours, _)| ours.documents).sum()
    }

    /// One line per group and splitter, and with `total`, a line for all groups together
    /// when there are several.
    fn write(&self, out: &mut impl Write, heading: &str, total: bool) -> io::Result<()> {
        let width = self
            .0
            .keys()
            .map(|label| label.chars().count())
            .chain([heading.len(), 6])
            .max()
            .unwrap_or(6);
        writeln!(
            out,
            "{heading:<width$} {:<8} {:>9} {:>10} {:>9} {:>8} {:>8}",
            "split", "documents", "precision", "recall", "F1", "exact"
        )?;
        let mut all = (Tally::default(), Tally::default());
        for (label, (ours, naive)) in &self.0 {
            for (system, tally) in [("salient", ours), ("naive", naive)] {
                write_row(out, label, width, system, tally)?;
            }
            all.0.merge(ours);
            all.1.merge(naive);
        }
        if total && self.0.len() > 1 {
            for (system, tally) in [("salient", &all.0), ("naive", &all.1)] {
                write_row(out, "all", width, system, tally)?;
            }
        }
        Ok(())
    }
}

fn write_row(
    out: &mut impl Write,
    label: &str,
    width: usize,
    system: &str,
    tally: &Tally,
) -> io::Result<()> {
    writeln!(
        out,
        "{label:<width$} {system:<8} {:>9} {:>10.2} {:>9.2} {:>8.2} {:>7.1}%",
        tally.documents,
        100.0 * tally.precision(),
        100.0 * tally.recall(),
        100.0 * tally.f1(),
        100.0 * ratio(tally.exact, tally.documents)
    )
}

/// The gold boundaries, as counts of non-whitespace characters before each one, or `None`
/// when the gold sentences do not spell the text's non-whitespace characters in order.
fn gold_boundaries(text: &str, sentences: &[String]) -> Option<Vec<usize>> {
    let mut text_chars = text.chars().filter(|c| !c.is_whitespace());
    let mut count = 0;
    let mut ends = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        for c in sentence.chars().filter(|c| !c.is_whitespace()) {
            if text_chars.next() != Some(c) {
                return None;
            }
            count += 1;
        }
        ends.push(count);
    }
    if text_chars.next().is_some() {
        return None;
    }
    Some(inner(ends, count))
}

/// Byte offsets of piece ends, in order, as counts of non-whitespace characters.
fn boundaries(text: &str, ends: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut ends = ends.into_iter().peekable();
    let mut result = Vec::new();
    let mut count = 0;
    for (at, c) in text.char_indices() {
        while ends.next_if(|&end| end <= at).is_some() {
            result.push(count);
        }
        if !c.is_whitespace() {
            count += 1;
        }
    }
    result.extend(ends.map(|_| count));
    inner(result, count)
}

/// Drops repeated boundaries, boundaries before any text and the end of the text.
fn inner(mut ends: Vec<usize>, total: usize) -> Vec<usize> {
    ends.dedup();
    ends.retain(|&end| end > 0 && end < total);
    ends
}

/// The naive splitter's piece ends: after a run of sentence-final punctuation and its
/// closing quotes or brackets, when whitespace or the end of the text follows; after a CJK
/// stop always.
fn naive_ends(text: &str) -> Vec<usize> {
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let is_cjk_stop = |c: char| matches!(c, '。' | '！' | '？');
    let is_closer = |c: char| matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '」');
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !is_stop(c) && !is_cjk_stop(c) {
            continue;
        }
        let mut end = text.len();
        let mut cjk = is_cjk_stop(c);
        while let Some(&(at, next)) = chars.peek() {
            if is_stop(next) || is_cjk_stop(next) || is_closer(next) {
                cjk |= is_cjk_stop(next);
                chars.next();
            } else {
                end = at;
                break;
            }
        }
        if cjk
            || text
                .get(end..)
                .is_none_or(|rest| rest.starts_with(char::is_whitespace))
        {
            ends.push(end);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_boundaries_ignore_whitespace_and_the_end() {
        let sentences = vec!["One two.".to_string(), "Three.".to_string()];
        assert_eq!(
            gold_boundaries("One  two.\nThree.", &sentences),
            Some(vec![7])
        );
        assert_eq!(gold_boundaries("One two. Four.", &sentences), None);
        assert_eq!(gold_boundaries("One two. Three. More", &sentences), None);
    }

    #[test]
    fn piece_ends_become_non_whitespace_counts() {
        let text = "Ab. Cd! Ef";
        assert_eq!(boundaries(text, [3, 7, 10]), vec![3, 6]);
        assert_eq!(boundaries(text, naive_ends(text)), vec![3, 6]);
    }

    #[test]
    fn the_naive_splitter_breaks_after_every_stop_before_a_space() {
        let text = "Mr. Smith said \"hi.\" Then 3.14 is pi… 你好。我";
        let ends = naive_ends(text);
        let pieces: Vec<&str> = ends.iter().map(|&end| &text[..end]).collect();
        assert_eq!(
            pieces,
            [
                "Mr.",
                "Mr. Smith said \"hi.\"",
                "Mr. Smith said \"hi.\" Then 3.14 is pi…",
                "Mr. Smith said \"hi.\" Then 3.14 is pi… 你好。",
            ]
        );
    }

    #[test]
    fn flags_and_sources_are_read_from_the_record() {
        let read = |line: &str| -> Example {
            serde_json::from_str(line).expect("the test record is valid JSON")
        };
        let case = read(
            r#"{"text": "A. B.", "sentences": ["A.", "B."], "flag": "convention",
                "source": "owner/splitter tests/en.txt (MIT)"}"#,
        );
        assert_eq!(case.flag().as_deref(), Some("convention"));
        assert_eq!(case.source_name(), Some("owner/splitter"));
        let case = read(r#"{"text": "A.", "sentences": ["A."], "flag": false}"#);
        assert_eq!((case.flag(), case.source_name()), (None, None));
        let mut groups = Groups::default();
        groups.add("owner/a en", &[1], &[1], &[1]);
        groups.add("owner/a de", &[1], &[1], &[2]);
        groups.add("owner/b en", &[], &[], &[]);
        assert_eq!((groups.sources(), groups.documents()), (2, 3));
    }

    #[test]
    fn tallies_score_precision_recall_and_exact_documents() {
        let mut tally = Tally::default();
        tally.add(&[2, 4], &[2, 4]);
        tally.add(&[2], &[2, 5]);
        assert_eq!((tally.documents, tally.exact), (2, 1));
        assert!((tally.precision() - 1.0).abs() < 1e-12);
        assert!((tally.recall() - 0.75).abs() < 1e-12);
        assert!((tally.f1() - 6.0 / 7.0).abs() < 1e-12);
    }
}
