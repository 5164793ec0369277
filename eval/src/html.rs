//! `salient-eval html`: how well salient finds the main content of web pages, and whether
//! the sentences of its summaries of pages come from that content.
//!
//! Two kinds of gold data, told apart by each page's fields:
//!
//! - `main_text` (the article's text): shingle precision, recall and F1 as the Article
//!   Extraction Benchmark scores them: the multiset of 4-word shingles of lowercased word
//!   tokens (runs of letters, digits and `_`) of the extracted text against the gold's;
//!   each page's true positives, false positives and false negatives scaled to sum to one;
//!   precision and recall averaged over the pages where they are defined; F1 from the two
//!   means. Beside it, the floor: all the page's text, tags stripped. And for summaries:
//!   the share of the sentences of a summary of each page that lie in the gold text,
//!   beside the page's first sentences as plain text, counted three ways: verbatim with
//!   whitespace collapsed; by words (the sentence's word tokens, as the F1 above reads
//!   them, a run of the gold's word tokens); and with all whitespace ignored. The gold
//!   texts put spaces around some inline elements (`“ creator ”`, `pestis — the`) and
//!   join others (`word.Next`), which a browser does not show; by words, such a sentence is
//!   found, while one the gold cuts short or leaves out is not. A few gold texts also put
//!   spaces inside words (`Arte mis m oon`), which only the third count reads past.
//! - `with` and `without` (snippets the extracted text must and must not contain,
//!   whitespace-normalised): a snippet found from `with` is a true positive, one missing a
//!   false negative; one found from `without` a false positive. Precision, recall and F1
//!   over the counts of all pages.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use flate2::read::GzDecoder;
use salient::{html, Length, Summarizer};
use serde::Deserialize;

use crate::progress::Progress;
use crate::Failure;

/// Scores salient's main-content extraction and its summaries of pages.
#[derive(Args, Debug)]
pub(crate) struct HtmlArgs {
    /// Gzipped (`.gz`) or plain JSON Lines, one page a line: {"id", "html"} and either
    /// "main_text" or "with" and "without". Give the option again for more files.
    #[arg(long, value_name = "FILE", required = true)]
    data: Vec<PathBuf>,

    /// Sentences in each summary of a page.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 3)]
    sentences: usize,

    /// List the N pages of each set with the lowest F1 (or the most snippets wrong), with
    /// their precision and recall.
    #[arg(long, value_name = "N")]
    worst: Option<usize>,

    /// List each summary sentence not found verbatim (whitespace collapsed) in its page's
    /// gold text, with the page's id and whether it is found by words: its word tokens
    /// (lowercased runs of letters, digits and `_`, as the F1 reads them) a run of the
    /// gold's, which reads past the gold's own spaces around inline elements.
    #[arg(long)]
    misses: bool,

    /// Print the extracted text of the page with this id, and nothing else.
    #[arg(long, value_name = "ID")]
    show: Option<String>,
}

#[derive(Deserialize)]
struct PageRecord {
    #[serde(default)]
    id: Option<String>,
    html: String,
    #[serde(default)]
    main_text: Option<String>,
    #[serde(default)]
    with: Option<Vec<String>>,
    #[serde(default)]
    without: Option<Vec<String>>,
}

pub(crate) fn run(args: HtmlArgs) -> Result<(), Failure> {
    for path in &args.data {
        let pages = read_pages(path)?;
        if let Some(id) = &args.show {
            if let Some(page) = pages.iter().find(|page| page.id.as_deref() == Some(id)) {
                let extracted = html::extract(&page.html);
                println!(
                    "title: {:?}\nbyline: {:?}\ndate: {:?}\n",
                    extracted.title, extracted.byline, extracted.date
                );
                for block in &extracted.blocks {
                    println!("[{:?}] {}", block.kind, &extracted.text[block.span.clone()]);
                }
                return Ok(());
            }
            continue;
        }
        let name = path.display().to_string();
        if pages.iter().all(|page| page.main_text.is_some()) {
            score_texts(&name, &pages, &args)?;
        } else {
            score_snippets(&name, &pages, &args);
        }
    }
    Ok(())
}

/// The pages of a gzipped or plain JSON Lines file.
fn read_pages(path: &Path) -> Result<Vec<PageRecord>, Failure> {
    let name = path.display().to_string();
    let file =
        std::fs::File::open(path).map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|ext| ext == "gz") {
        Box::new(BufReader::new(GzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let mut pages = Vec::new();
    for (number, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let page: PageRecord = serde_json::from_str(&line).map_err(|e| {
            Failure(format!(
                "{name}, line {}: {e}; each line must be {{\"id\", \"html\", \"main_text\" or \
                 \"with\" and \"without\"}}",
                number + 1
            ))
        })?;
        pages.push(page);
    }
    if pages.is_empty() {
        return Err(Failure(format!("{name} holds no pages to evaluate")));
    }
    Ok(pages)
}

/// True positives, false positives and false negatives of one page, scaled to sum to one.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    tp: f64,
    fp: f64,
    fn_: f64,
}

impl Counts {
    fn precision(self) -> Option<f64> {
        if self.tp + self.fp == 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fp)
        })
    }

    fn recall(self) -> Option<f64> {
        if self.tp + self.fn_ == 0.0 {
            return None;
        }
        Some(if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fn_)
        })
    }
}

/// Lowercased word tokens: runs of letters, digits and `_`.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|token| !token.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The multiset of `n`-token shingles of `text` (one shorter shingle for a shorter text).
fn shingles(text: &str, n: usize) -> HashMap<Vec<String>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let windows = tokens.len().saturating_sub(n) + 1;
    for start in 0..windows {
        let end = (start + n).min(tokens.len());
        *counts.entry(tokens[start..end].to_vec()).or_insert(0) += 1;
    }
    counts
}

/// The shingle counts of `predicted` against `gold`.
fn shingle_counts(gold: &str, predicted: &str) -> Counts {
    let gold = shingles(gold, 4);
    let predicted = shingles(predicted, 4);
    let mut counts = Counts::default();
    for (shingle, &count) in &gold {
        let found = predicted.get(shingle).copied().unwrap_or(0);
        counts.tp += count.min(found) as f64;
        counts.fn_ += count.saturating_sub(found) as f64;
    }
    for (shingle, &count) in &predicted {
        let expected = gold.get(shingle).copied().unwrap_or(0);
        counts.fp += count.saturating_sub(expected) as f64;
    }
    let sum = counts.tp + counts.fp + counts.fn_;
    if sum > 0.0 {
        counts.tp /= sum;
        counts.fp /= sum;
        counts.fn_ /= sum;
    }
    counts
}

/// Mean precision, mean recall and F1 of the means.
fn prf(counts: &[Counts]) -> (f64, f64, f64) {
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let precision = mean(counts.iter().filter_map(|c| c.precision()).collect());
    let recall = mean(counts.iter().filter_map(|c| c.recall()).collect());
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

/// The word tokens of `text` as one string, each token between spaces, so that one run
/// holds another only at token boundaries: ` air quality ` is in ` the air quality index `,
/// ` air ` is not in ` fair `.
fn word_run(text: &str) -> String {
    let mut run = String::from(" ");
    for token in tokens(text) {
        run.push_str(&token);
        run.push(' ');
    }
    run
}

/// Whether `sentence` has words and they are a run of `gold_words` (a [`word_run`]).
fn in_words(gold_words: &str, sentence: &str) -> bool {
    let words = word_run(sentence);
    words.len() > 1 && gold_words.contains(&words)
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_texts(name: &str, pages: &[PageRecord], args: &HtmlArgs) -> Result<(), Failure> {
    let summarizer = Summarizer::new().length(Length::Sentences(args.sentences.max(1)));
    let mut ours = Vec::new();
    let mut floor = Vec::new();
    let (mut chosen, mut chosen_in_gold) = (0usize, 0usize);
    // The gold texts put spaces around some inline elements ("“ creator ”") and join
    // others, which a browser does not show: also counted by words.
    let mut chosen_in_gold_by_words = 0usize;
    // And with all whitespace ignored, which reads past the spaces some gold texts put
    // inside words ("Arte mis m oon" for "Artemis moon") but may join two words into one.
    let mut chosen_in_gold_unspaced = 0usize;
    let (mut lead, mut lead_in_gold) = (0usize, 0usize);
    let mut misses = Vec::new();
    let mut bytes = 0usize;
    let mut seconds = 0.0;
    let mut end_to_end = 0.0;
    let mut progress = Progress::new(pages.len());
    for page in pages {
        let gold = page.main_text.as_deref().unwrap_or("");
        let started = Instant::now();
        let extracted = html::extract(&page.html);
        seconds += started.elapsed().as_secs_f64();
        let _ = summarizer.summarize_page(&extracted);
        end_to_end += started.elapsed().as_secs_f64();
        bytes += page.html.len();
        ours.push(shingle_counts(gold, &extracted.text));
        let all_text = all_text(&page.html);
        floor.push(shingle_counts(gold, &all_text));
        let gold_normalised = normalised(gold);
        let gold_words = word_run(gold);
        let gold_unspaced: String = gold.split_whitespace().collect();
        let summary = summarizer
            .summarize_page(&extracted)
            .map_err(|e| Failure(e.to_string()))?;
        for sentence in &summary.sentences {
            chosen += 1;
            let verbatim = gold_normalised.contains(&normalised(sentence.text));
            let by_words = in_words(&gold_words, sentence.text);
            chosen_in_gold += usize::from(verbatim);
            chosen_in_gold_by_words += usize::from(by_words);
            let unspaced: String = sentence.text.split_whitespace().collect();
            chosen_in_gold_unspaced += usize::from(gold_unspaced.contains(&unspaced));
            if args.misses && !verbatim {
                misses.push(format!(
                    "  {} ({}): {}",
                    page.id.as_deref().unwrap_or("?"),
                    if by_words {
                        "in the gold by words, not verbatim"
                    } else if gold_unspaced.contains(&unspaced) {
                        "in the gold with all whitespace ignored, not by words"
                    } else {
                        "not in the gold"
                    },
                    normalised(sentence.text)
                ));
            }
        }
        let first = salient::split_sentences(&all_text, salient::Language::Auto);
        for sentence in first
            .iter()
            .filter(|s| s.kind == salient::SegmentKind::Sentence)
            .take(args.sentences.max(1))
        {
            lead += 1;
            lead_in_gold += usize::from(gold_normalised.contains(&normalised(sentence.text)));
        }
        progress.step();
    }
    progress.finish();
    let (p, r, f) = prf(&ours);
    let (fp, fr, ff) = prf(&floor);
    println!("{name}: {} pages, main-content shingle F1", pages.len());
    println!("| system | precision | recall | F1 |");
    println!("|---|---:|---:|---:|");
    println!("| salient | {p:.4} | {r:.4} | {f:.4} |");
    println!("| all text (floor) | {fp:.3} | {fr:.3} | {ff:.3} |");
    println!(
        "summary sentences in the main text ({} a page): salient {:.1}% verbatim \
         ({chosen_in_gold}/{chosen}), {:.1}% by words ({chosen_in_gold_by_words}/{chosen}), \
         {:.1}% with all whitespace ignored ({chosen_in_gold_unspaced}/{chosen}); the page's \
         first sentences as text {:.1}% verbatim ({lead_in_gold}/{lead})",
        args.sentences,
        100.0 * chosen_in_gold as f64 / chosen.max(1) as f64,
        100.0 * chosen_in_gold_by_words as f64 / chosen.max(1) as f64,
        100.0 * chosen_in_gold_unspaced as f64 / chosen.max(1) as f64,
        100.0 * lead_in_gold as f64 / lead.max(1) as f64,
    );
    println!(
        "extraction: {:.1} MB in {:.2} s, {:.1} MB/s; with the summaries {:.2} s, {:.1} MB/s\n",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds.max(1e-9),
        end_to_end,
        bytes as f64 / 1e6 / end_to_end.max(1e-9)
    );
    if !misses.is_empty() {
        println!("summary sentences not found in the gold text:");
        for miss in &misses {
            println!("{miss}");
        }
        println!();
    }
    if let Some(worst) = args.worst {
        let mut scored: Vec<(f64, usize)> = ours
            .iter()
            .enumerate()
            .map(|(index, counts)| {
                let (p, r) = (
                    counts.precision().unwrap_or(0.0),
                    counts.recall().unwrap_or(0.0),
                );
                (
                    if p + r > 0.0 {
                        2.0 * p * r / (p + r)
                    } else {
                        0.0
                    },
                    index,
                )
            })
            .collect();
        scored.sort_by(|a, b| a.0.total_cmp(&b.0));
        for &(f1, index) in scored.iter().take(worst) {
            let counts = ours[index];
            println!(
                "  {:.3} (P {:.3} R {:.3}) {}",
                f1,
                counts.precision().unwrap_or(0.0),
                counts.recall().unwrap_or(0.0),
                pages[index].id.as_deref().unwrap_or("?")
            );
        }
        println!();
    }
    Ok(())
}

fn score_snippets(name: &str, pages: &[PageRecord], args: &HtmlArgs) {
    let mut totals = [(0usize, 0usize, 0usize); 2];
    let mut worst: Vec<(usize, usize, &str, Vec<String>)> = Vec::new();
    let mut bytes = 0usize;
    let mut seconds = 0.0;
    let mut progress = Progress::new(pages.len());
    for page in pages {
        let started = Instant::now();
        let extracted = html::extract(&page.html);
        seconds += started.elapsed().as_secs_f64();
        bytes += page.html.len();
        let texts = [
            normalised(&extracted.text),
            normalised(&all_text(&page.html)),
        ];
        for (system, (text, total)) in texts.iter().zip(totals.iter_mut()).enumerate() {
            let mut missing = 0;
            let mut unwanted = 0;
            let mut wrong = Vec::new();
            for snippet in page.with.iter().flatten() {
                if text.contains(&normalised(snippet)) {
                    total.0 += 1;
                } else {
                    total.2 += 1;
                    missing += 1;
                    wrong.push(format!("missing {snippet:?}"));
                }
            }
            for snippet in page.without.iter().flatten() {
                if text.contains(&normalised(snippet)) {
                    total.1 += 1;
                    unwanted += 1;
                    wrong.push(format!("unwanted {snippet:?}"));
                }
            }
            if system == 0 {
                worst.push((missing, unwanted, page.id.as_deref().unwrap_or("?"), wrong));
            }
        }
        progress.step();
    }
    progress.finish();
    let prf = |(tp, fp, fn_): (usize, usize, usize)| {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    };
    let (p, r, f) = prf(totals[0]);
    let (fp, fr, ff) = prf(totals[1]);
    println!(
        "{name}: {} pages, snippets that must and must not appear",
        pages.len()
    );
    println!("| system | precision | recall | F1 |");
    println!("|---|---:|---:|---:|");
    println!("| salient | {p:.4} | {r:.4} | {f:.4} |");
    println!("| all text (floor) | {fp:.3} | {fr:.3} | {ff:.3} |");
    println!(
        "extraction: {:.1} MB in {:.2} s, {:.1} MB/s\n",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    if let Some(n) = args.worst {
        worst.sort_by_key(|(missing, unwanted, _, _)| std::cmp::Reverse(missing + unwanted));
        for (missing, unwanted, id, wrong) in worst.iter().take(n) {
            println!("  missing {missing}, unwanted {unwanted}: {id}");
            for line in wrong {
                println!("    {line}");
            }
        }
        println!();
    }
}

/// All the page's text: tags, comments, scripts and styles stripped, a few entities
/// decoded, each tag a space. The floor any extractor should beat.
fn all_text(page: &str) -> String {
    let mut out = String::with_capacity(page.len() / 2);
    let lower = page.to_ascii_lowercase();
    let mut at = 0;
    while at < page.len() {
        let rest = &page[at..];
        let Some(open) = rest.find('<') else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..open]);
        at += open;
        let tail = &lower[at..];
        let skip_to = |closing: &str| {
            tail.find(closing)
                .map_or(page.len(), |i| at + i + closing.len())
        };
        at = if tail.starts_with("<!--") {
            skip_to("-->")
        } else if tail.starts_with("<script") {
            skip_to("</script>")
        } else if tail.starts_with("<style") {
            skip_to("</style>")
        } else {
            skip_to(">")
        };
        out.push(' ');
    }
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_found_by_words_at_token_boundaries() {
        let gold = "Pick a “ creator ” profile.The rest of the text — and more.";
        let found = |sentence: &str| in_words(&word_run(gold), sentence);
        assert!(found("Pick a “creator” profile."));
        assert!(found("The rest of the text—and more."));
        assert!(!found("Pick a “creator” profile today."));
        assert!(!found("he rest of the text"));
        assert!(!found("…"));
        assert!(!normalised(gold).contains(&normalised("Pick a “creator” profile.")));
    }
}
