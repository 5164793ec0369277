//! `salient keyphrases`: the words and phrases a text is about, best first.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use salient::{KeyphraseExtractor, OptionValue};
use serde_json::{json, Value};

use crate::{batch, input, number, one_line, Failure};

#[derive(Args, Debug)]
pub(crate) struct KeyphrasesArgs {
    /// The text to read; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// At most N keyphrases [default: 10].
    #[arg(short = 'n', long, value_name = "N", value_parser = number, allow_negative_numbers = true)]
    count: Option<f64>,
    /// Language of the text, as an ISO 639-1 code, or `auto` to detect it [default: auto].
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
    /// The longest keyphrase, in words (in characters, twice as many, for Chinese and
    /// Japanese) [default: 4].
    #[arg(long, value_name = "W", value_parser = number, allow_negative_numbers = true)]
    max_words: Option<f64>,
    /// Leave out a phrase that shares more than this share of its words with a better one,
    /// in (0, 1] [default: 0.7]; 1 keeps every phrase.
    #[arg(long, value_name = "T", value_parser = number, allow_negative_numbers = true)]
    redundancy: Option<f64>,
    /// Print one JSON object: {"keyphrases":[{"text","score","spans":[{"start","end"}]}],
    /// "language"}; start and end are byte offsets.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Batch mode: each input line {"id","text"} gives one output line
    /// {"id","keyphrases":[...],"language"} (or {"id","error"}), in the same order.
    #[arg(long)]
    jsonl: bool,
}

/// The extractor the options ask for, read by the library, which checks them.
fn extractor(args: &KeyphrasesArgs) -> Result<KeyphraseExtractor, Failure> {
    let numbers = [
        ("count", args.count),
        ("max_words", args.max_words),
        ("redundancy", args.redundancy),
    ];
    let given = numbers
        .into_iter()
        .filter_map(|(name, value)| Some((name, OptionValue::Number(value?))))
        .chain(
            args.language
                .as_deref()
                .map(|name| ("language", OptionValue::Text(name))),
        );
    KeyphraseExtractor::from_options(given).map_err(Failure::usage)
}

/// The JSON answer for `text`: its keyphrases and the language they were read in.
fn answer(extractor: &KeyphraseExtractor, text: &str) -> Result<Value, salient::Error> {
    let language = extractor.get_language().resolve(text);
    let phrases = extractor.clone().language(language).extract(text)?;
    Ok(json!({ "keyphrases": phrases, "language": language }))
}

pub(crate) fn run(args: KeyphrasesArgs) -> Result<(), Failure> {
    let extractor = extractor(&args)?;
    if args.jsonl {
        return batch::run(args.file.as_deref(), |text, query| {
            if query.is_some() {
                return Err(r#"keyphrases take no "query": leave the field out"#.to_string());
            }
            answer(&extractor, text).map_err(|e| e.to_string())
        });
    }
    let text = input::read_text(args.file.as_deref())?;
    let mut out = io::stdout().lock();
    if args.json {
        let value = answer(&extractor, &text).map_err(Failure::usage)?;
        serde_json::to_writer(&mut out, &value)?;
        writeln!(out)?;
    } else {
        for phrase in extractor.extract(&text).map_err(Failure::usage)? {
            writeln!(out, "{}", one_line(phrase.text))?;
        }
    }
    out.flush()?;
    Ok(())
}
