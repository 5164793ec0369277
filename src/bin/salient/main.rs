//! `salient`: summarize or split text from files or standard input.

mod batch;
mod eval;
mod eval_split;
mod input;
mod line;
mod progress;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use salient::{Algorithm, Language, Length, Profile, Summarizer};

/// Extractive summarization: the sentences that best carry a text, verbatim.
///
/// Reads FILE (or standard input when FILE is absent or `-`) and prints the summary's
/// sentences one per line, in document order.
#[derive(Parser, Debug)]
#[command(name = "salient", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    #[command(flatten)]
    summarize: SummarizeArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Split text into sentences and fragments (titles, headings, link lines), one per line.
    Split(SplitArgs),
    /// Score summaries against references with ROUGE-1/2/Lsum F1, beside Lead-N.
    Eval(eval::EvalArgs),
    /// Score the sentence splitter against gold sentences: boundary precision, recall and
    /// F1 and exactly split documents, beside a naive punctuation splitter.
    EvalSplit(eval_split::EvalSplitArgs),
}

#[derive(Args, Debug)]
struct SummarizeArgs {
    /// The text to summarize; standard input when absent or `-`.
    file: Option<PathBuf>,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,

    /// Print one JSON object: {"sentences":[{"text","start","end","index","score"}],
    /// "language","document_sentences"}; start and end are byte offsets.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,

    /// Batch mode: each input line is a JSON object {"id","text"}; each output line is
    /// {"id","sentences":[...],"language"} (or {"id","error"}), in the same order. Blank
    /// lines are skipped.
    #[arg(long)]
    jsonl: bool,
}

/// The summary's length; three sentences unless one of these is given.
#[derive(Args, Debug, Default)]
#[group(multiple = false)]
struct LengthArgs {
    /// At most N sentences [default: 3].
    #[arg(short = 'n', long, value_name = "N", value_parser = whole_number, allow_negative_numbers = true)]
    sentences: Option<usize>,
    /// This share of the document's sentences, in (0, 1], rounded up.
    #[arg(long, value_name = "R", value_parser = ratio, allow_negative_numbers = true)]
    ratio: Option<f64>,
    /// At most W words.
    #[arg(long, value_name = "W", value_parser = whole_number, allow_negative_numbers = true)]
    words: Option<usize>,
    /// At most C characters.
    #[arg(long, value_name = "C", value_parser = whole_number, allow_negative_numbers = true)]
    chars: Option<usize>,
}

impl LengthArgs {
    fn length(&self) -> Length {
        match (self.sentences, self.ratio, self.words, self.chars) {
            (_, Some(ratio), _, _) => Length::Ratio(ratio),
            (_, _, Some(words), _) => Length::Words(words),
            (_, _, _, Some(chars)) => Length::Chars(chars),
            (sentences, ..) => Length::Sentences(sentences.unwrap_or(3)),
        }
    }
}

/// Options shared by summarizing and evaluating.
#[derive(Args, Debug)]
struct OptionArgs {
    /// Language of the text, as an ISO 639-1 code, or `auto` to detect it.
    #[arg(long, value_name = "CODE", default_value = "auto", value_parser = language)]
    language: Language,
    /// How sentences are ranked: tfidf or textrank [default: tfidf].
    #[arg(long, value_name = "NAME", value_parser = algorithm)]
    algorithm: Option<Algorithm>,
    /// The kind of text: general (any text; leans gently towards the opening) or news
    /// (leans strongly towards it) [default: general].
    #[arg(long, value_name = "NAME", value_parser = profile)]
    profile: Option<Profile>,
    /// Skip a sentence whose similarity to a chosen one exceeds this, in (0, 1]
    /// [default: 0.5]; 1 skips exact repeats only.
    #[arg(long, value_name = "T", value_parser = ratio, allow_negative_numbers = true)]
    redundancy: Option<f64>,
}

impl OptionArgs {
    fn summarizer(&self, length: Length) -> Summarizer {
        Summarizer::new()
            .length(length)
            .language(self.language)
            .algorithm(self.algorithm.unwrap_or_default())
            .profile(self.profile.unwrap_or_default())
            .redundancy(self.redundancy.unwrap_or(Summarizer::DEFAULT_REDUNDANCY))
    }
}

#[derive(Args, Debug)]
struct SplitArgs {
    /// The text to split; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Language of the text, as an ISO 639-1 code, or `auto` to detect it.
    #[arg(long, value_name = "CODE", default_value = "auto", value_parser = language)]
    language: Language,
    /// Print one JSON object: {"sentences":[{"text","start","end","kind","paragraph"}],
    /// "language"}.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Batch mode: each input line {"id","text"} gives one output line
    /// {"id","sentences":[...],"language"} (or {"id","error"}), in the same order.
    #[arg(long)]
    jsonl: bool,
}

fn whole_number(value: &str) -> Result<usize, String> {
    match value.trim().parse::<i128>() {
        Ok(n) if n >= 1 => usize::try_from(n).map_err(|_| format!("{n} is too large")),
        Ok(n) => Err(format!(
            "{n} is not allowed: give a whole number of at least 1"
        )),
        Err(_) => Err(format!(
            "{value:?} is not a whole number: give one such as 3"
        )),
    }
}

fn ratio(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(r) if r > 0.0 && r <= 1.0 => Ok(r),
        Ok(r) => Err(format!("{r} is not in (0, 1]: give a share such as 0.2")),
        Err(_) => Err(format!(
            "{value:?} is not a number: give one in (0, 1] such as 0.2"
        )),
    }
}

pub(crate) fn language(value: &str) -> Result<Language, String> {
    value.parse().map_err(|e: salient::Error| e.to_string())
}

fn algorithm(value: &str) -> Result<Algorithm, String> {
    value.parse().map_err(|e: salient::Error| e.to_string())
}

fn profile(value: &str) -> Result<Profile, String> {
    value.parse().map_err(|e: salient::Error| e.to_string())
}

/// An error the tool reports on standard error before exiting with status 1. An empty
/// message means the reader of standard output went away (`salient FILE | head -1`), which
/// ends the run quietly, as other command-line tools do.
#[derive(Debug)]
struct Failure(String);

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure(String::new())
        } else {
            Failure(error.to_string())
        }
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Self {
        if error.io_error_kind() == Some(io::ErrorKind::BrokenPipe) {
            Failure(String::new())
        } else {
            Failure(error.to_string())
        }
    }
}

impl From<salient::Error> for Failure {
    fn from(error: salient::Error) -> Self {
        Failure(error.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Split(args)) => split(args),
        Some(Command::Eval(args)) => eval::run(args),
        Some(Command::EvalSplit(args)) => eval_split::run(args),
        None => summarize(cli.summarize),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) if message.is_empty() => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("salient: {message}");
            ExitCode::FAILURE
        }
    }
}

fn summarize(args: SummarizeArgs) -> Result<(), Failure> {
    let summarizer = args.options.summarizer(args.length.length());
    summarizer.validate()?;
    if args.jsonl {
        return batch::run(args.file.as_deref(), |text| {
            summarizer
                .summarize(text)
                .map(|summary| {
                    serde_json::json!({
                        "sentences": summary.sentences,
                        "language": summary.language,
                    })
                })
                .map_err(|e| e.to_string())
        });
    }
    let text = input::read_text(args.file.as_deref())?;
    let summary = summarizer.summarize(&text)?;
    let mut out = io::stdout().lock();
    if args.json {
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

fn split(args: SplitArgs) -> Result<(), Failure> {
    let language = args.language;
    if args.jsonl {
        return batch::run(args.file.as_deref(), |text| {
            let language = language.resolve(text);
            Ok(serde_json::json!({
                "sentences": salient::split_sentences(text, language),
                "language": language,
            }))
        });
    }
    let text = input::read_text(args.file.as_deref())?;
    let language = language.resolve(&text);
    let segments = salient::split_sentences(&text, language);
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({ "sentences": segments, "language": language }),
        )?;
        writeln!(out)?;
    } else {
        for segment in &segments {
            writeln!(out, "{}", one_line(segment.text))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A sentence that a hard-wrapped line break runs through, printed on one line.
pub(crate) fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.split_whitespace().collect::<Vec<_>>().join(" ").into()
    } else {
        text.into()
    }
}
