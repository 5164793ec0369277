//! `salient-eval keyphrases`: F1@5 and F1@10 of salient's keyphrases against gold keys,
//! beside two baselines that rank the same candidates differently.
//!
//! Matching is exact after stemming, as the keyphrase literature scores it: each phrase
//! is lowercased, cut into words at every char that is not a letter or digit, each word is
//! stemmed with the Snowball English stemmer (Porter2, a revision of Porter's), and the
//! stems are joined. Predictions are de-duplicated after stemming, then the first k are
//! kept; precision divides the matches by the predictions kept (at most k), recall by the
//! distinct gold keys (those absent from the text included). P, R and F1 are computed per
//! document and averaged.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use rust_stemmers::{Algorithm, Stemmer};
use salient::{KeyphraseExtractor, Language};
use serde::Deserialize;

use crate::{data, Failure};

/// Reports F1@5 and F1@10 (with P@10 and R@10) per file, for salient and for the same
/// candidates ranked by TF-IDF over the file's documents and by first occurrence.
#[derive(Args, Debug)]
pub(crate) struct KeyphrasesArgs {
    /// JSON Lines, one {"text", "keyphrases"} object per line, with an optional "lang" (ISO
    /// 639-1 code). Give the option again for more files.
    #[arg(long, value_name = "FILE", required = true)]
    data: Vec<PathBuf>,

    /// Read at most this many documents of each file.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    /// The longest keyphrase in words [default: salient's].
    #[arg(long, value_name = "N")]
    max_words: Option<usize>,

    /// The redundancy threshold, in (0, 1] [default: salient's].
    #[arg(long, value_name = "T")]
    redundancy: Option<f64>,

    /// Print each document's keyphrases beside its gold keys.
    #[arg(long)]
    show: bool,
}

#[derive(Deserialize)]
struct Example {
    text: String,
    keyphrases: Vec<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// Sums of per-document precision, recall and F1 at 5 and at 10.
#[derive(Default, Clone, Copy)]
struct Tally {
    documents: usize,
    f1_at_5: f64,
    f1_at_10: f64,
    precision_at_10: f64,
    recall_at_10: f64,
}

impl Tally {
    fn add(&mut self, predicted: &[String], gold: &HashSet<String>) {
        self.documents += 1;
        self.f1_at_5 += scores(predicted, gold, 5).2;
        let (precision, recall, f1) = scores(predicted, gold, 10);
        self.precision_at_10 += precision;
        self.recall_at_10 += recall;
        self.f1_at_10 += f1;
    }

    fn row(&self, name: &str) -> String {
        let mean = |sum: f64| 100.0 * sum / self.documents.max(1) as f64;
        format!(
            "{name:<22} {:>6.2} {:>6.2} {:>6.2} {:>6.2}",
            mean(self.f1_at_5),
            mean(self.f1_at_10),
            mean(self.precision_at_10),
            mean(self.recall_at_10)
        )
    }
}

/// Precision, recall and F1 of the first `k` of `predicted` (stemmed, distinct).
fn scores(predicted: &[String], gold: &HashSet<String>, k: usize) -> (f64, f64, f64) {
    let kept = &predicted[..predicted.len().min(k)];
    let matches = kept.iter().filter(|phrase| gold.contains(*phrase)).count() as f64;
    let precision = if kept.is_empty() {
        0.0
    } else {
        matches / kept.len() as f64
    };
    let recall = if gold.is_empty() {
        0.0
    } else {
        matches / gold.len() as f64
    };
    let f1 = if matches == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// The stemmed form of `phrase` that matching compares.
fn stemmed(stemmer: &Stemmer, phrase: &str) -> String {
    phrase
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| stemmer.stem(word).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `phrases` stemmed, without repeats, in order.
fn distinct_stemmed<'p>(
    stemmer: &Stemmer,
    phrases: impl IntoIterator<Item = &'p str>,
) -> Vec<String> {
    let mut seen = HashSet::new();
    phrases
        .into_iter()
        .map(|phrase| stemmed(stemmer, phrase))
        .filter(|phrase| !phrase.is_empty() && seen.insert(phrase.clone()))
        .collect()
}

pub(crate) fn run(args: KeyphrasesArgs) -> Result<(), Failure> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut extractor = KeyphraseExtractor::new().count(10);
    if let Some(max_words) = args.max_words {
        extractor = extractor.max_words(max_words);
    }
    if let Some(redundancy) = args.redundancy {
        extractor = extractor.redundancy(redundancy);
    }
    extractor.validate().map_err(|e| Failure(e.to_string()))?;
    // Every candidate, for the baselines to rank their own way.
    let everything = KeyphraseExtractor::new()
        .count(usize::MAX)
        .max_words(extractor.get_max_words())
        .redundancy(1.0);
    let mut out = io::stdout().lock();
    for path in &args.data {
        let (examples, name): (Vec<Example>, _) =
            data::read_records(path, "{\"text\", \"keyphrases\"}", args.limit)?;
        let language_of = |example: &Example| {
            example
                .lang
                .as_deref()
                .and_then(|code| code.parse::<Language>().ok())
                .unwrap_or(Language::Auto)
        };
        // Each document's candidates, stemmed, with how often they occur and where first.
        let mut documents = Vec::with_capacity(examples.len());
        let mut document_frequency: HashMap<String, usize> = HashMap::new();
        for example in &examples {
            let all = everything
                .clone()
                .language(language_of(example))
                .extract(&example.text)
                .map_err(|e| Failure(e.to_string()))?;
            let mut candidates: Vec<(String, usize, usize)> = Vec::new();
            let mut seen = HashSet::new();
            for phrase in &all {
                let key = stemmed(&stemmer, phrase.text);
                if key.is_empty() || !seen.insert(key.clone()) {
                    continue;
                }
                let first = phrase.spans.first().map_or(usize::MAX, |span| span.start);
                *document_frequency.entry(key.clone()).or_insert(0) += 1;
                candidates.push((key, phrase.spans.len(), first));
            }
            documents.push(candidates);
        }
        let (mut salient, mut tfidf, mut first) =
            (Tally::default(), Tally::default(), Tally::default());
        let total = examples.len() as f64;
        for (example, candidates) in examples.iter().zip(&documents) {
            let gold: HashSet<String> =
                distinct_stemmed(&stemmer, example.keyphrases.iter().map(String::as_str))
                    .into_iter()
                    .collect();
            let found = extractor
                .clone()
                .language(language_of(example))
                .extract(&example.text)
                .map_err(|e| Failure(e.to_string()))?;
            if args.show {
                let texts: Vec<&str> = found.iter().map(|phrase| phrase.text).collect();
                writeln!(out, "salient: {}", texts.join(" | "))?;
                writeln!(out, "gold:    {}\n", example.keyphrases.join(" | "))?;
            }
            salient.add(
                &distinct_stemmed(&stemmer, found.iter().map(|phrase| phrase.text)),
                &gold,
            );
            let mut by_tfidf: Vec<&(String, usize, usize)> = candidates.iter().collect();
            let weight = |(key, count, _): &(String, usize, usize)| {
                let df = document_frequency.get(key).copied().unwrap_or(1) as f64;
                *count as f64 * (total / df).ln().max(0.0) + 1e-9 * *count as f64
            };
            by_tfidf.sort_by(|a, b| weight(b).total_cmp(&weight(a)).then(a.2.cmp(&b.2)));
            tfidf.add(
                &by_tfidf.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
                &gold,
            );
            let mut by_position: Vec<&(String, usize, usize)> = candidates.iter().collect();
            by_position.sort_by_key(|c| c.2);
            first.add(
                &by_position.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
                &gold,
            );
        }
        writeln!(out, "{name}: {} documents", examples.len())?;
        writeln!(
            out,
            "{:<22} {:>6} {:>6} {:>6} {:>6}",
            "", "F1@5", "F1@10", "P@10", "R@10"
        )?;
        writeln!(out, "{}", salient.row("salient"))?;
        writeln!(out, "{}", tfidf.row("candidates by tf-idf"))?;
        writeln!(out, "{}", first.row("first occurring"))?;
        writeln!(out)?;
    }
    Ok(())
}
