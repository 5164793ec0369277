//! `salient-eval dialogue`: ROUGE of summaries of conversations (meeting transcripts with a
//! general query, such as QMSum's, or short dialogues, such as DialogSum's) against their
//! reference, beside Lead and salient reading the transcript as plain text; and the share of
//! summaries that open with a backchannel ("Yes, sir.", "Uh - huh.").

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use rougers::{RougeScorer, RougeType};
use salient::{Algorithm, Format, Length, Profile, Summarizer};
use serde::Deserialize;

use crate::progress::Progress;
use crate::summaries::{lead_sentences, sentence_lines};
use crate::{data, describe, Failure, LengthArgs, OptionArgs};

/// Two kinds of lines are read: a meeting `{"text", "queries": [{"query_type", "summary"}]}`
/// (QMSum), scored against the summary of each general query (100 words unless a length is
/// given), or a dialogue `{"text", "summary"}` (DialogSum), scored against its summary (2
/// sentences unless a length is given).
#[derive(Args, Debug)]
pub(crate) struct DialogueArgs {
    /// JSON Lines of meetings with queries or of dialogues with a summary.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,

    /// Score only the first N conversations.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,
}

#[derive(Deserialize)]
struct Record {
    text: String,
    summary: Option<String>,
    #[serde(default)]
    queries: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    query_type: String,
    summary: String,
}

/// Sums of F1 scores over the references, for one system.
#[derive(Default)]
struct Totals {
    rouge1: f64,
    rouge2: f64,
    rouge_lsum: f64,
    words: usize,
    /// Summaries whose first sentence is a backchannel.
    backchannel_first: usize,
}

/// Words that make up a backchannel or a filler turn when a sentence has nothing else.
const BACKCHANNEL_WORDS: &[&str] = &[
    "a", "ah", "alright", "and", "hmm", "huh", "i", "mm", "mhm", "no", "oh", "ok", "okay", "right",
    "see", "sir", "so", "sure", "thank", "thanks", "uh", "um", "well", "yeah", "yes", "yep", "you",
];

pub(crate) fn run(args: DialogueArgs) -> Result<(), Failure> {
    let (records, name) = data::read_records::<Record>(
        &args.data,
        "an object with a \"text\" string and a \"summary\" string or \"queries\"",
        args.limit,
    )?;
    let meetings = records.iter().any(|record| !record.queries.is_empty());
    let given = args.length.sentences.is_some()
        || args.length.ratio.is_some()
        || args.length.words.is_some()
        || args.length.chars.is_some();
    let summarizer = args.options.summarizer(&args.length)?;
    let length = match (given, meetings) {
        (true, _) => summarizer.get_length(),
        (false, true) => Length::Words(100),
        (false, false) => Length::Sentences(2),
    };
    let summarizer = summarizer.length(length);
    let algorithms: Vec<Algorithm> = match args.options.algorithm {
        Some(_) => vec![summarizer.get_algorithm()],
        None => Algorithm::ALL.to_vec(),
    };
    // Salient before it read conversations: the transcript as plain text, general profile.
    let mut systems: Vec<(String, Summarizer)> = vec![(
        "as text".to_string(),
        summarizer
            .clone()
            .format(Format::Text)
            .profile(Profile::General),
    )];
    for &algorithm in &algorithms {
        systems.push((
            algorithm.name().to_string(),
            summarizer.clone().algorithm(algorithm),
        ));
    }
    let scorer = RougeScorer::new(["rouge1", "rouge2", "rougeLsum"], true)
        .map_err(|e| Failure(format!("cannot set up ROUGE: {e}")))?;

    let mut lead = Totals::default();
    let mut ours: Vec<Totals> = systems.iter().map(|_| Totals::default()).collect();
    let mut references = 0usize;
    let mut progress = Progress::new(records.len());
    for record in &records {
        let wanted: Vec<&str> = if meetings {
            record
                .queries
                .iter()
                .filter(|query| query.query_type == "general")
                .map(|query| query.summary.as_str())
                .collect()
        } else {
            record.summary.as_deref().into_iter().collect()
        };
        if wanted.is_empty() {
            progress.step();
            continue;
        }
        let language = summarizer.get_language().resolve(&record.text);
        let lead_summary = lead_sentences(&record.text, language, length);
        // Each summary's sentences as its text gives them: in a conversation, a sentence
        // opens with its speaker's name where the speaker changes.
        let summaries: Vec<Vec<String>> = systems
            .iter()
            .map(|(_, summarizer)| {
                summarizer
                    .summarize(&record.text)
                    .map(|summary| as_written(&summary))
                    .map_err(|e| Failure(e.to_string()))
            })
            .collect::<Result<_, _>>()?;
        for reference in wanted {
            references += 1;
            let reference = sentence_lines(reference, language);
            add(&mut lead, &scorer, &reference, &lead_summary);
            for (totals, summary) in ours.iter_mut().zip(&summaries) {
                add(totals, &scorer, &reference, summary);
            }
        }
        progress.step();
    }
    progress.finish();

    let count = references.max(1) as f64;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} conversations, {references} references, length {}",
        records.len(),
        describe(length)
    )?;
    writeln!(
        out,
        "{:<12} {:>8} {:>8} {:>10} {:>8} {:>12}",
        "system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "words", "backchannel"
    )?;
    let mut row = |label: &str, totals: &Totals| {
        writeln!(
            out,
            "{label:<12} {:>8.2} {:>8.2} {:>10.2} {:>8.1} {:>11.1}%",
            100.0 * totals.rouge1 / count,
            100.0 * totals.rouge2 / count,
            100.0 * totals.rouge_lsum / count,
            totals.words as f64 / count,
            100.0 * totals.backchannel_first as f64 / count
        )
    };
    row("Lead", &lead)?;
    for ((label, _), totals) in systems.iter().zip(&ours) {
        row(label, totals)?;
    }
    Ok(())
}

/// The sentences of `summary` as its text writes them, a speaker's name before each
/// sentence where the speaker changes.
fn as_written(summary: &salient::Summary<'_>) -> Vec<String> {
    let mut previous = None;
    summary
        .sentences
        .iter()
        .map(|sentence| {
            let named = sentence
                .speaker
                .filter(|&speaker| previous != Some(speaker));
            previous = sentence.speaker;
            match named {
                Some(speaker) => format!("{speaker}: {}", sentence.text),
                None => sentence.text.to_string(),
            }
        })
        .collect()
}

/// Scores one summary, its sentences in document order.
fn add<S: AsRef<str>>(totals: &mut Totals, scorer: &RougeScorer, reference: &str, sentences: &[S]) {
    let sentences: Vec<&str> = sentences.iter().map(AsRef::as_ref).collect();
    let summary = sentences.join("\n");
    let scores = scorer.score(reference, &summary);
    let f1 = |kind| scores.get(kind).map_or(0.0, |s| s.fmeasure);
    totals.rouge1 += f1(RougeType::N(1));
    totals.rouge2 += f1(RougeType::N(2));
    totals.rouge_lsum += f1(RougeType::LSum);
    totals.words += summary.split_whitespace().count();
    if sentences.first().is_some_and(|first| is_backchannel(first)) {
        totals.backchannel_first += 1;
    }
}

/// Whether `sentence` says nothing but backchannel words (`Yes, sir...`, `Uh - huh .`).
fn is_backchannel(sentence: &str) -> bool {
    // A summary of the transcript read as plain text keeps the speaker's label.
    let words = match sentence.split_once(": ") {
        Some((label, words)) if label.len() <= 30 => words,
        _ => sentence,
    };
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .all(|word| BACKCHANNEL_WORDS.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backchannels_are_told_from_sentences_that_say_something() {
        assert!(is_backchannel("Yes, sir..."));
        assert!(is_backchannel("Uh - huh ."));
        assert!(is_backchannel("#Person2#: Yes, sir..."));
        assert!(!is_backchannel("Yes, the budget is fine."));
    }
}
