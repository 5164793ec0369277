//! `salient-eval`: measures salient on evaluation data — ROUGE of its summaries beside the
//! Lead baseline, and its sentence splitter against gold sentences. A tool for people who
//! work on salient; users of the `salient` command do not need it.

mod collections;
mod data;
mod dialogue;
mod html;
mod keyphrases;
mod markdown;
mod progress;
mod query;
mod split;
mod summaries;

use std::io;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use salient::{Length, OptionValue, Summarizer};

/// Measures salient on evaluation data.
#[derive(Parser, Debug)]
#[command(name = "salient-eval", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score summaries against references with ROUGE-1/2/Lsum F1, beside Lead-N.
    Summaries(summaries::SummariesArgs),
    /// Score the sentence splitter against gold sentences: boundary precision, recall and
    /// F1 and exactly split documents, beside a naive punctuation splitter.
    Split(split::SplitArgs),
    /// Place the sentences of summaries of Markdown documents in the CommonMark blocks they
    /// start in (prose, list item, code, table, heading, …), beside plain-text reading.
    Markdown(markdown::MarkdownArgs),
    /// Score main-content extraction from web pages (shingle precision, recall and F1, or
    /// snippets that must and must not appear) beside all the page's text, and the share of
    /// the sentences of summaries of pages found in their main text.
    Html(html::HtmlArgs),
    /// Score keyphrases against gold keys: F1@5 and F1@10 with stemmed exact match, beside
    /// the same candidates ranked by TF-IDF and by first occurrence.
    Keyphrases(keyphrases::KeyphrasesArgs),
    /// Score one summary of many documents (news clusters, review sets) with ROUGE-1/2 F1
    /// averaged over the references, beside the lead, centroid and concatenated baselines.
    Collections(collections::CollectionsArgs),
    /// Score summaries of conversations (meetings with a general query, dialogues) with
    /// ROUGE-1/2/Lsum F1 beside Lead and salient reading them as plain text, and count the
    /// summaries that open with a backchannel.
    Dialogue(dialogue::DialogueArgs),
    /// Score summaries that answer a query: ROUGE-1/2/L F1 against the answer, and span
    /// recall where the data marks the passages that answer it, beside Lead, a query TF-IDF
    /// cosine ranking and the summary without the query.
    Query(query::QueryArgs),
}

/// The summary's length; three sentences unless one of these is given.
#[derive(Args, Debug, Default)]
#[group(multiple = false)]
struct LengthArgs {
    /// At most N sentences [default: 3].
    #[arg(short = 'n', long, value_name = "N")]
    sentences: Option<f64>,
    /// This share of the document's sentences, in (0, 1], rounded up.
    #[arg(long, value_name = "R")]
    ratio: Option<f64>,
    /// At most W words.
    #[arg(long, value_name = "W")]
    words: Option<f64>,
    /// At most C characters.
    #[arg(long, value_name = "C")]
    chars: Option<f64>,
}

/// How the summaries are made, as the `salient` command takes it.
#[derive(Args, Debug)]
struct OptionArgs {
    /// Language of the texts, as an ISO 639-1 code, or `auto` to detect it [default: auto].
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
    /// How to read the texts' structure [default: auto].
    #[arg(long, value_name = "NAME")]
    format: Option<String>,
    /// Score only this ranking algorithm (tfidf or textrank) [default: each in turn].
    #[arg(long, value_name = "NAME")]
    algorithm: Option<String>,
    /// The kind of text: auto, general, news or conversation [default: auto].
    #[arg(long, value_name = "NAME")]
    profile: Option<String>,
    /// The redundancy threshold, in (0, 1] [default: 0.5].
    #[arg(long, value_name = "T")]
    redundancy: Option<f64>,
}

impl OptionArgs {
    /// The summarizer these options and `length` ask for, read by the library.
    fn summarizer(&self, length: &LengthArgs) -> Result<Summarizer, Failure> {
        let numbers = [
            ("sentences", length.sentences),
            ("ratio", length.ratio),
            ("words", length.words),
            ("chars", length.chars),
            ("redundancy", self.redundancy),
        ];
        let names = [
            ("language", &self.language),
            ("format", &self.format),
            ("algorithm", &self.algorithm),
            ("profile", &self.profile),
        ];
        let given =
            numbers
                .into_iter()
                .filter_map(|(name, value)| Some((name, OptionValue::Number(value?))))
                .chain(names.into_iter().filter_map(|(name, value)| {
                    Some((name, OptionValue::Text(value.as_deref()?)))
                }));
        Summarizer::from_options(given).map_err(|e| Failure(e.to_string()))
    }
}

/// Describes a length for a report's heading.
fn describe(length: Length) -> String {
    match length {
        Length::Sentences(n) => format!("{n} sentences"),
        Length::Ratio(r) => format!("ratio {r}"),
        Length::Words(n) => format!("{n} words"),
        Length::Chars(n) => format!("{n} characters"),
    }
}

/// An error reported on standard error before exiting with status 1.
#[derive(Debug)]
struct Failure(String);

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure(error.to_string())
    }
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Summaries(args) => summaries::run(args),
        Command::Split(args) => split::run(args),
        Command::Markdown(args) => markdown::run(args),
        Command::Html(args) => html::run(args),
        Command::Keyphrases(args) => keyphrases::run(args),
        Command::Collections(args) => collections::run(args),
        Command::Dialogue(args) => dialogue::run(args),
        Command::Query(args) => query::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("salient-eval: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A sentence that a hard-wrapped line break runs through, on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
