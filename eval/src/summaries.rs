//! `salient-eval summaries`: ROUGE of salient's summaries against reference summaries, beside the
//! Lead-N baseline on the same documents.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use rougers::{RougeScorer, RougeType};
use salient::{Algorithm, Language, Length, SegmentKind, Summarizer};
use serde::Deserialize;

use crate::progress::Progress;
use crate::{data, describe, Failure, LengthArgs, OptionArgs};

/// Besides ROUGE, the report gives each system's mean summary length in words and its
/// "dangling" rate: the share of summaries in which a sentence opens with a pronoun or
/// connective ("He", "However") while the sentence before it was left out.
#[derive(Args, Debug)]
pub(crate) struct SummariesArgs {
    /// JSON Lines, one {"text", "summary"} object per line; "summary" is the reference.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,

    /// Score only the first N documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    /// Also score another system's summaries of the same documents: JSON Lines, one
    /// {"id", "summary"} object per document of --data (matched by "id"), its sentences one
    /// per line. Its row is named after the file. May be given more than once.
    #[arg(long, value_name = "FILE")]
    predictions: Vec<PathBuf>,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,
}

#[derive(Deserialize)]
struct Example {
    /// Needed only to match the summaries of `--predictions`.
    #[serde(default)]
    id: Option<String>,
    text: String,
    summary: String,
}

/// One summary of another system, as `--predictions` reads it.
#[derive(Deserialize)]
struct Prediction {
    id: String,
    summary: String,
}

/// Another system's summaries, by document id, and the name of its row.
struct Predictions {
    label: String,
    by_id: HashMap<String, String>,
}

impl Predictions {
    fn read(path: &Path) -> Result<Predictions, Failure> {
        let (records, _) = data::read_records::<Prediction>(
            path,
            "an object with \"id\" and \"summary\" strings",
            None,
        )?;
        let label = path.file_stem().map_or_else(
            || path.display().to_string(),
            |stem| stem.to_string_lossy().into_owned(),
        );
        let by_id = records
            .into_iter()
            .map(|record| (record.id, record.summary))
            .collect();
        Ok(Predictions { label, by_id })
    }

    /// The summary of the document `id`, as `(position, sentence)` pairs. The positions are
    /// the summary's own, not the document's, so the report leaves out its dangling rate.
    fn summary<'a>(&'a self, id: Option<&str>) -> Result<Vec<(usize, &'a str)>, Failure> {
        let id =
            id.ok_or_else(|| Failure("--predictions needs an \"id\" on every document".into()))?;
        let summary = self.by_id.get(id).ok_or_else(|| {
            Failure(format!(
                "{} has no summary of the document {id:?}",
                self.label
            ))
        })?;
        Ok(summary
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .enumerate()
            .collect())
    }
}

/// Sums of F1 scores over the documents, for one system.
#[derive(Default)]
struct Totals {
    rouge1: f64,
    rouge2: f64,
    rouge_lsum: f64,
    words: usize,
    /// Summaries with at least one sentence that leans on a sentence left out.
    dangling: usize,
}

pub(crate) fn run(args: SummariesArgs) -> Result<(), Failure> {
    let (examples, name) = data::read_records::<Example>(
        &args.data,
        "an object with \"text\" and \"summary\" strings",
        args.limit,
    )?;

    let summarizer = args.options.summarizer(&args.length)?;
    let length = summarizer.get_length();
    let algorithms: Vec<Algorithm> = match args.options.algorithm {
        Some(_) => vec![summarizer.get_algorithm()],
        None => Algorithm::ALL.to_vec(),
    };
    let summarizers: Vec<Summarizer> = algorithms
        .iter()
        .map(|&algorithm| summarizer.clone().algorithm(algorithm))
        .collect();
    let scorer = RougeScorer::new(["rouge1", "rouge2", "rougeLsum"], true)
        .map_err(|e| Failure(format!("cannot set up ROUGE: {e}")))?;

    let others = args
        .predictions
        .iter()
        .map(|path| Predictions::read(path))
        .collect::<Result<Vec<_>, _>>()?;

    let mut lead = Totals::default();
    let mut ours: Vec<Totals> = algorithms.iter().map(|_| Totals::default()).collect();
    let mut theirs: Vec<Totals> = others.iter().map(|_| Totals::default()).collect();
    let mut progress = Progress::new(examples.len());
    for example in &examples {
        let language = summarizer.get_language().resolve(&example.text);
        let reference = sentence_lines(&example.summary, language);
        let lead_summary: Vec<(usize, &str)> = lead_sentences(&example.text, language, length)
            .into_iter()
            .enumerate()
            .collect();
        add(&mut lead, &scorer, language, &reference, &lead_summary);
        for (summarizer, totals) in summarizers.iter().zip(&mut ours) {
            let summary = summarizer
                .summarize(&example.text)
                .map_err(|e| Failure(e.to_string()))?;
            let sentences: Vec<(usize, &str)> = summary
                .sentences
                .iter()
                .map(|s| (s.index, s.text))
                .collect();
            add(totals, &scorer, language, &reference, &sentences);
        }
        for (other, totals) in others.iter().zip(&mut theirs) {
            let sentences = other.summary(example.id.as_deref())?;
            add(totals, &scorer, language, &reference, &sentences);
        }
        progress.step();
    }
    progress.finish();

    let count = examples.len() as f64;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} documents, length {}",
        examples.len(),
        describe(length)
    )?;
    writeln!(
        out,
        "{:<16} {:>8} {:>8} {:>10} {:>8} {:>9}",
        "system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "words", "dangling"
    )?;
    let mut row = |label: &str, totals: &Totals, with_dangling: bool| {
        let dangling = if with_dangling {
            format!("{:.1}%", 100.0 * totals.dangling as f64 / count)
        } else {
            "-".to_string()
        };
        writeln!(
            out,
            "{label:<16} {:>8.2} {:>8.2} {:>10.2} {:>8.1} {dangling:>9}",
            100.0 * totals.rouge1 / count,
            100.0 * totals.rouge2 / count,
            100.0 * totals.rouge_lsum / count,
            totals.words as f64 / count,
        )
    };
    row(&lead_label(length), &lead, true)?;
    for (algorithm, totals) in algorithms.iter().zip(&ours) {
        row(algorithm.name(), totals, true)?;
    }
    for (other, totals) in others.iter().zip(&theirs) {
        row(&other.label, totals, false)?;
    }
    Ok(())
}

/// Scores one summary, given as `(sentence index, text)` pairs in document order.
fn add(
    totals: &mut Totals,
    scorer: &RougeScorer,
    language: Language,
    reference: &str,
    sentences: &[(usize, &str)],
) {
    let summary = sentences
        .iter()
        .map(|&(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n");
    let scores = scorer.score(reference, &summary);
    let f1 = |kind| scores.get(kind).map_or(0.0, |s| s.fmeasure);
    totals.rouge1 += f1(RougeType::N(1));
    totals.rouge2 += f1(RougeType::N(2));
    totals.rouge_lsum += f1(RougeType::LSum);
    totals.words += summary.split_whitespace().count();
    if dangles(language, sentences) {
        totals.dangling += 1;
    }
}

/// Whether a sentence of the summary opens with a back-reference while the sentence before
/// it is not in the summary. A first sentence that opens with one leans on the headline,
/// which is not in the text, and counts too.
fn dangles(language: Language, sentences: &[(usize, &str)]) -> bool {
    sentences.iter().any(|&(index, text)| {
        language.opens_with_back_reference(text)
            && (index == 0 || !sentences.iter().any(|&(other, _)| other + 1 == index))
    })
}

/// The text's sentences one per line, as ROUGE-Lsum expects.
pub(crate) fn sentence_lines(text: &str, language: Language) -> String {
    salient::split_sentences(text, language)
        .iter()
        .map(|segment| {
            segment
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The baseline: the document's first sentences, as many as the budget allows.
pub(crate) fn lead_sentences(text: &str, language: Language, length: Length) -> Vec<&str> {
    let sentences: Vec<&str> = salient::split_sentences(text, language)
        .into_iter()
        .filter(|segment| segment.kind == SegmentKind::Sentence)
        .map(|segment| segment.text)
        .collect();
    let keep = length.leading_sentences(&sentences);
    sentences.into_iter().take(keep).collect()
}

fn lead_label(length: Length) -> String {
    match length {
        Length::Sentences(n) => format!("Lead-{n}"),
        _ => "Lead".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_leaning_on_a_missing_one_dangles() {
        assert!(dangles(
            Language::English,
            &[(0, "The mayor spoke."), (4, "However, nobody listened.")]
        ));
        assert!(dangles(Language::English, &[(2, "\"He left,\" she said.")]));
        assert!(
            dangles(Language::English, &[(0, "It rained all day.")]),
            "leans on the headline"
        );
        assert!(!dangles(
            Language::English,
            &[(3, "The mayor spoke."), (4, "However, nobody listened.")]
        ));
        assert!(!dangles(
            Language::English,
            &[(5, "Theresa May spoke."), (9, "Thousands listened.")]
        ));
        assert!(!dangles(Language::English, &[]));
    }
}
