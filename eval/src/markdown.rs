//! `salient-eval markdown`: where the sentences of summaries of Markdown documents lie, by
//! the CommonMark block each one starts in, and how many carry block markup.
//!
//! Markdown documents have no gold summaries, but a summary sentence has no business in a
//! code block, a table, a heading or an HTML block. Each chosen sentence's start is placed
//! in the innermost block that `pulldown-cmark` (CommonMark with tables, footnotes, task
//! lists and front matter) gives for it — a parser independent of how salient reads
//! Markdown — and the sentence carries markup when one of its lines starts with `#`, `|`, a
//! code fence or `>`. The summaries are made twice: with the texts read as plain text (as
//! salient read every text before it read Markdown) and with the format asked for.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::PathBuf;

use clap::Args;
use pulldown_cmark::{Event, Options, Parser, Tag};
use salient::Format;
use serde::Deserialize;

use crate::progress::Progress;
use crate::{data, describe, Failure, LengthArgs, OptionArgs};

/// Reports the share of chosen sentences by the block they start in, beside the same
/// figures with the texts read as plain text.
#[derive(Args, Debug)]
pub(crate) struct MarkdownArgs {
    /// JSON Lines, one {"text"} object per line (an "id" is shown with --show).
    #[arg(long, value_name = "FILE")]
    data: PathBuf,

    /// Measure only the first N documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    /// List every chosen sentence outside prose and list items, with its document, and every
    /// document read as another format than Markdown.
    #[arg(long)]
    show: bool,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,
}

#[derive(Deserialize)]
struct Document {
    #[serde(default)]
    id: Option<String>,
    text: String,
}

/// The blocks a sentence can start in, in the order the report lists them.
const CLASSES: [&str; 10] = [
    "prose",
    "list item",
    "code",
    "table",
    "heading",
    "HTML",
    "block quote",
    "footnote",
    "front matter",
    "other",
];

/// The blocks of the first two classes, where summary sentences belong.
const PROSE_CLASSES: usize = 2;

/// Counts of chosen sentences, for one way of reading the texts.
#[derive(Default)]
struct Tally {
    by_class: [usize; CLASSES.len()],
    with_markup: usize,
    sentences: usize,
    formats: BTreeMap<String, usize>,
}

impl Tally {
    fn share(&self, count: usize) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            100.0 * count as f64 / self.sentences as f64
        }
    }
}

pub(crate) fn run(args: MarkdownArgs) -> Result<(), Failure> {
    let (documents, name) =
        data::read_records::<Document>(&args.data, "an object with a \"text\" string", args.limit)?;
    let asked = args.options.summarizer(&args.length)?;
    let as_text = asked.clone().format(Format::Text);

    let mut tallies = [Tally::default(), Tally::default()];
    let mut shown = Vec::new();
    let mut progress = Progress::new(documents.len());
    for (number, document) in documents.iter().enumerate() {
        let blocks = commonmark_blocks(&document.text);
        for (tally, summarizer) in tallies.iter_mut().zip([&as_text, &asked]) {
            let summary = summarizer
                .summarize(&document.text)
                .map_err(|e| Failure(e.to_string()))?;
            *tally.formats.entry(summary.format.to_string()).or_default() += 1;
            if args.show && std::ptr::eq(summarizer, &asked) && summary.format != Format::Markdown {
                let id = document
                    .id
                    .clone()
                    .unwrap_or_else(|| format!("line {}", number + 1));
                shown.push(format!("{id}: read as {}", summary.format));
            }
            for sentence in &summary.sentences {
                let class = class_at(&blocks, sentence.span.start);
                tally.by_class[class] += 1;
                tally.sentences += 1;
                let markup = carries_markup(sentence.text);
                tally.with_markup += usize::from(markup);
                if args.show
                    && std::ptr::eq(summarizer, &asked)
                    && (class >= PROSE_CLASSES || markup)
                {
                    let id = document
                        .id
                        .clone()
                        .unwrap_or_else(|| format!("line {}", number + 1));
                    shown.push(format!(
                        "{id} [{}]: {}",
                        CLASSES[class],
                        crate::one_line(sentence.text)
                    ));
                }
            }
        }
        progress.step();
    }
    progress.finish();

    let [text, asked_tally] = &tallies;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} documents, {}; format {} read them as {}\n",
        documents.len(),
        describe(asked.get_length()),
        asked.get_format(),
        asked_tally
            .formats
            .iter()
            .map(|(format, count)| format!("{format} {count}"))
            .collect::<Vec<_>>()
            .join(", "),
    )?;
    writeln!(
        out,
        "{:<26} {:>10} {:>10}",
        "chosen sentences in",
        "as text",
        asked.get_format()
    )?;
    for (class, label) in CLASSES.iter().enumerate() {
        writeln!(
            out,
            "{:<26} {:>9.1}% {:>9.1}%",
            label,
            text.share(text.by_class[class]),
            asked_tally.share(asked_tally.by_class[class])
        )?;
    }
    let prose = |tally: &Tally| tally.share(tally.by_class[..PROSE_CLASSES].iter().sum());
    writeln!(
        out,
        "{:<26} {:>9.1}% {:>9.1}%",
        "prose or list item",
        prose(text),
        prose(asked_tally)
    )?;
    writeln!(
        out,
        "{:<26} {:>9.1}% {:>9.1}%",
        "carrying block markup",
        text.share(text.with_markup),
        asked_tally.share(asked_tally.with_markup)
    )?;
    writeln!(
        out,
        "{:<26} {:>10} {:>10}",
        "sentences", text.sentences, asked_tally.sentences
    )?;
    if !shown.is_empty() {
        writeln!(out)?;
        for line in shown {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The blocks pulldown-cmark finds in `text`: byte ranges with their class, outermost
/// first.
fn commonmark_blocks(text: &str) -> Vec<(Range<usize>, usize)> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut blocks = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let class = match event {
            Event::Start(Tag::Paragraph) => "prose",
            Event::Start(Tag::Item) => "list item",
            Event::Start(Tag::CodeBlock(_)) => "code",
            Event::Start(Tag::Table(_)) => "table",
            Event::Start(Tag::Heading { .. }) => "heading",
            Event::Start(Tag::HtmlBlock) => "HTML",
            Event::Start(Tag::BlockQuote(_)) => "block quote",
            Event::Start(Tag::FootnoteDefinition(_)) => "footnote",
            Event::Start(Tag::MetadataBlock(_)) => "front matter",
            _ => continue,
        };
        let class = CLASSES
            .iter()
            .position(|c| *c == class)
            .unwrap_or(CLASSES.len() - 1);
        blocks.push((range, class));
    }
    blocks
}

/// The class of the block `offset` lies in: a leaf block's (code, table, heading, HTML,
/// front matter) first, then a block quote or footnote around it, then a list item, then
/// a paragraph; "other" outside every block (a link reference definition).
fn class_at(blocks: &[(Range<usize>, usize)], offset: usize) -> usize {
    let around: Vec<usize> = blocks
        .iter()
        .filter(|(range, _)| range.contains(&offset))
        .map(|&(_, class)| class)
        .collect();
    let order = [
        "code",
        "table",
        "heading",
        "HTML",
        "front matter",
        "block quote",
        "footnote",
        "list item",
        "prose",
    ];
    order
        .iter()
        .filter_map(|name| CLASSES.iter().position(|c| c == name))
        .find(|class| around.contains(class))
        .unwrap_or(CLASSES.len() - 1)
}

/// Whether a line of `sentence` starts with block markup: `#`, `|`, a code fence or `>`.
fn carries_markup(sentence: &str) -> bool {
    sentence.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with('#')
            || line.starts_with('|')
            || line.starts_with("```")
            || line.starts_with("~~~")
            || line.starts_with('>')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(text: &str, needle: &str) -> &'static str {
        let offset = text.find(needle).unwrap();
        CLASSES[class_at(&commonmark_blocks(text), offset)]
    }

    #[test]
    fn sentences_are_placed_in_their_blocks() {
        let text = "# Title\n\nProse here.\n\n- An item.\n\n```\ncode();\n```\n\n\
                    | a | b |\n|---|---|\n| c | d |\n\n> Quoted.\n\n<div>\nhtml\n</div>\n\n\
                    [link]: https://example.com\n";
        assert_eq!(class_of(text, "Title"), "heading");
        assert_eq!(class_of(text, "Prose"), "prose");
        assert_eq!(class_of(text, "An item"), "list item");
        assert_eq!(class_of(text, "code()"), "code");
        assert_eq!(class_of(text, "| c"), "table");
        assert_eq!(class_of(text, "Quoted"), "block quote");
        assert_eq!(class_of(text, "html"), "HTML");
        assert_eq!(class_of(text, "[link]"), "other");
    }

    #[test]
    fn markup_at_any_line_start_counts() {
        assert!(carries_markup("## Hello, World!"));
        assert!(carries_markup("It goes on\n> quoted."));
        assert!(!carries_markup("A plain sentence with a # inside."));
    }
}
