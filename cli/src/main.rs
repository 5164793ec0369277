//! `salient`: summarize or split text from files or standard input.

mod batch;
mod collection;
mod input;
mod keyphrases;
mod line;
mod page;

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use salient::{Language, LanguageDetector, OptionValue, Summarizer};

/// Extractive summarization: the sentences that best carry a text, verbatim.
///
/// Reads FILE (or standard input when FILE is absent or `-`) and prints the summary's
/// sentences one per line, in document order. Several FILEs are summarized together, as one
/// collection: one summary of them all, by file and then position.
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
    /// Print the main content of an HTML page: its title, byline and date where the page
    /// marks them, then the article's text, without menus, sidebars, comments or footers.
    Extract(page::ExtractArgs),
    /// Print the words and phrases the text is about, best first, one per line.
    Keyphrases(keyphrases::KeyphrasesArgs),
}

#[derive(Args, Debug)]
struct SummarizeArgs {
    /// The text to summarize; standard input when absent or `-`. Several files are
    /// summarized as one collection.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,

    /// Print the summary as one JSON object: {"text","sentences":[{"text","start","end",
    /// "index","score"}],"language","format","document_sentences"}; start and end are byte
    /// offsets. For several files, {"text","sentences":[{"text","document","start","end",
    /// "index","score"}],"documents":[{"language","format","document_sentences"}],
    /// "document_sentences","files"}, where "document" indexes "files". In a conversation a
    /// sentence also has its "speaker"; with --query the object also has "query_matched".
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,

    /// Batch mode: each input line is a JSON object {"id","text"}, with an optional "query"
    /// (which stands in for --query on that line); each output line is the summary's JSON
    /// object with the line's "id" first (or {"id","error"}), in the same order. Blank lines
    /// are skipped. A line {"id","documents":[...]} is summarized as one collection.
    #[arg(long)]
    jsonl: bool,
}

/// The summary's length; three sentences unless one of these is given.
#[derive(Args, Debug, Default)]
#[group(multiple = false)]
struct LengthArgs {
    /// At most N sentences [default: 3].
    #[arg(short = 'n', long, value_name = "N", value_parser = number, allow_negative_numbers = true)]
    sentences: Option<f64>,
    /// This share of the document's sentences, in (0, 1], rounded up.
    #[arg(long, value_name = "R", value_parser = number, allow_negative_numbers = true)]
    ratio: Option<f64>,
    /// At most W words.
    #[arg(long, value_name = "W", value_parser = number, allow_negative_numbers = true)]
    words: Option<f64>,
    /// At most C characters.
    #[arg(long, value_name = "C", value_parser = number, allow_negative_numbers = true)]
    chars: Option<f64>,
}

/// How sentences are chosen.
#[derive(Args, Debug)]
struct OptionArgs {
    /// Language of the text, as an ISO 639-1 code, or `auto` to detect it [default: auto].
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
    /// How to read the text's structure: text, conversation (a transcript, chat or
    /// captions), markdown, email, html (a web page, summarized by its main content), or
    /// auto to tell it from the text [default: auto].
    #[arg(long, value_name = "NAME")]
    format: Option<String>,
    /// How sentences are ranked: tfidf or textrank [default: tfidf].
    #[arg(long, value_name = "NAME")]
    algorithm: Option<String>,
    /// The kind of text: general (any text; leans gently towards the opening), news (leans
    /// strongly towards it), conversation (turns that say little weigh little), or auto:
    /// conversation for a conversation, general otherwise [default: auto].
    #[arg(long, value_name = "NAME")]
    profile: Option<String>,
    /// Skip a sentence whose similarity to a chosen one exceeds this, in (0, 1]
    /// [default: 0.5]; 1 skips exact repeats only.
    #[arg(long, value_name = "T", value_parser = number, allow_negative_numbers = true)]
    redundancy: Option<f64>,
    /// Focus the summary on this question or these words: the sentences that answer it
    /// best, and most central among those; with several files (or a line's "documents"),
    /// across them all. JSON output says "query_matched": false when no word of it occurs
    /// in the text (the summary is then the one without a query).
    #[arg(long, value_name = "TEXT")]
    query: Option<String>,
}

/// The summarizer the options ask for, read by the library, which checks them.
fn summarizer(length: &LengthArgs, options: &OptionArgs) -> Result<Summarizer, Failure> {
    let numbers = [
        ("sentences", length.sentences),
        ("ratio", length.ratio),
        ("words", length.words),
        ("chars", length.chars),
        ("redundancy", options.redundancy),
    ];
    let names = [
        ("language", &options.language),
        ("format", &options.format),
        ("algorithm", &options.algorithm),
        ("profile", &options.profile),
        ("query", &options.query),
    ];
    let given = numbers
        .into_iter()
        .filter_map(|(name, value)| Some((name, OptionValue::Number(value?))))
        .chain(
            names
                .into_iter()
                .filter_map(|(name, value)| Some((name, OptionValue::Text(value.as_deref()?)))),
        );
    Summarizer::from_options(given).map_err(Failure::usage)
}

#[derive(Args, Debug)]
struct SplitArgs {
    /// The text to split; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Language of the text, as an ISO 639-1 code, or `auto` to detect it [default: auto].
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
    /// Print one JSON object: {"sentences":[{"text","start","end","kind","paragraph"}],
    /// "language"}.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Batch mode: each input line {"id","text"} gives one output line
    /// {"id","sentences":[...],"language"} (or {"id","error"}), in the same order.
    #[arg(long)]
    jsonl: bool,
}

/// A number as the command line gives it; the library says whether it is a valid one.
fn number(value: &str) -> Result<f64, String> {
    value
        .trim()
        .parse::<f64>()
        .map_err(|_| format!("{value:?} is not a number: give one such as 3 or 0.2"))
}

/// An error the tool reports on standard error before exiting with status 1 (or 2 for a
/// bad option, as for the command line's own usage errors). An empty message means the
/// reader of standard output went away (`salient FILE | head -1`), which ends the run
/// quietly, as other command-line tools do.
#[derive(Debug)]
struct Failure {
    message: String,
    usage: bool,
}

impl Failure {
    fn new(message: String) -> Self {
        Failure {
            message,
            usage: false,
        }
    }

    /// A bad option.
    fn usage(error: salient::Error) -> Self {
        Failure {
            message: error.to_string(),
            usage: true,
        }
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::new(String::new())
        } else {
            Failure::new(error.to_string())
        }
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Self {
        if error.io_error_kind() == Some(io::ErrorKind::BrokenPipe) {
            Failure::new(String::new())
        } else {
            Failure::new(error.to_string())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Split(args)) => split(args),
        Some(Command::Extract(args)) => page::extract(args),
        Some(Command::Keyphrases(args)) => keyphrases::run(args),
        None => summarize(cli.summarize),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) if failure.message.is_empty() => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("salient: {}", failure.message);
            ExitCode::from(if failure.usage { 2 } else { 1 })
        }
    }
}

fn summarize(args: SummarizeArgs) -> Result<(), Failure> {
    let summarizer = summarizer(&args.length, &args.options)?;
    let file = match args.files.as_slice() {
        [] => None,
        [file] => Some(file.as_path()),
        files if args.jsonl => return Err(collection::one_batch_file(files)),
        files => return collection::summarize_files(&summarizer, files, args.json),
    };
    if args.jsonl {
        // A line's query stands in for --query.
        // A line without one borrows the summarizer rather than copying it.
        let with_line_query = |query: Option<&str>| match query {
            Some(query) => Cow::Owned(summarizer.clone().query(query)),
            None => Cow::Borrowed(&summarizer),
        };
        let answer = |text: &str, query: Option<&str>, detector: &mut LanguageDetector| {
            let summarizer = with_line_query(query);
            if page::is_page(&summarizer, text) {
                return page::summary_json(&summarizer, text);
            }
            summarizer
                .summarize_with(text, detector)
                .map_err(|e| e.to_string())
                .and_then(|summary| serde_json::to_value(summary).map_err(|e| e.to_string()))
        };
        let answer_documents = |documents: &[&str], query: Option<&str>| {
            collection::summary_json(&with_line_query(query), documents)
        };
        return batch::run_lines(file, |line, detector| {
            line::answer_line_or_collection(
                line,
                &mut |text, query| answer(text, query, detector),
                &answer_documents,
            )
        });
    }
    let text = input::read_text(file)?;
    if page::is_page(&summarizer, &text) {
        return page::print_summary(&summarizer, &text, args.json);
    }
    let summary = summarizer.summarize(&text).map_err(Failure::usage)?;
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        for sentence in &summary.sentences {
            // A conversation's sentences read as a transcript's lines: who, then what.
            if let Some(speaker) = sentence.speaker {
                write!(out, "{}: ", one_line(speaker))?;
            }
            writeln!(out, "{}", one_line(sentence.text))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn split(args: SplitArgs) -> Result<(), Failure> {
    let language = Language::from_options(
        args.language
            .as_deref()
            .map(|name| ("language", OptionValue::Text(name))),
    )
    .map_err(Failure::usage)?;
    if args.jsonl {
        return batch::run(args.file.as_deref(), |text, _query| {
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
