//! `salient-eval collections`: ROUGE of one summary of many documents (news clusters, review
//! sets) against reference summaries, beside three baselines on the same collections:
//!
//! - **lead**: the first sentence of each document in turn, then the second ones, and so on;
//! - **centroid**: all sentences ranked by TF-IDF cosine to the collection's centroid (words
//!   lowercased, no stemming or stop words), skipping one whose cosine to a chosen sentence
//!   exceeds 0.5;
//! - **concatenated**: the documents joined by blank lines, summarized as one text.
//!
//! Every output is cut at the word budget, and ROUGE F1 is averaged over a collection's
//! references, then over collections.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use rougers::{RougeScorer, RougeType};
use salient::{Algorithm, Language, Length, SegmentKind};
use serde::Deserialize;

use crate::progress::Progress;
use crate::{data, Failure, OptionArgs};

#[derive(Args, Debug)]
pub(crate) struct CollectionsArgs {
    /// JSON Lines, one {"documents": [...], "summaries": [...]} object per line.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,

    /// Score only the first N collections.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    /// The word budget, where every output is cut [default: the references' mean length].
    #[arg(long, value_name = "W")]
    words: Option<usize>,

    #[command(flatten)]
    options: OptionArgs,
}

#[derive(Deserialize)]
struct Cluster {
    documents: Vec<String>,
    summaries: Vec<String>,
}

/// Sums over the collections, for one system.
#[derive(Default)]
struct Totals {
    rouge1: f64,
    rouge2: f64,
    words: usize,
    /// The documents each summary draws on.
    sources: usize,
}

/// A system's output: sentences, each with the document it comes from.
type Output<'a> = Vec<(usize, &'a str)>;

pub(crate) fn run(args: CollectionsArgs) -> Result<(), Failure> {
    let (clusters, name) = data::read_records::<Cluster>(
        &args.data,
        "an object with \"documents\" and \"summaries\" lists of strings",
        args.limit,
    )?;
    let words = args
        .words
        .unwrap_or_else(|| mean_reference_words(&clusters));
    if words == 0 {
        return Err(Failure("the word budget must be at least 1".to_string()));
    }
    let summarizer = args
        .options
        .summarizer(&crate::LengthArgs::default())?
        .length(Length::Words(words));
    let algorithms: Vec<Algorithm> = match args.options.algorithm {
        Some(_) => vec![summarizer.get_algorithm()],
        None => Algorithm::ALL.to_vec(),
    };
    let scorer = RougeScorer::new(["rouge1", "rouge2"], true)
        .map_err(|e| Failure(format!("cannot set up ROUGE: {e}")))?;

    let mut lead = Totals::default();
    let mut centroid = Totals::default();
    let mut concatenated: Vec<Totals> = algorithms.iter().map(|_| Totals::default()).collect();
    let mut collection: Vec<Totals> = algorithms.iter().map(|_| Totals::default()).collect();
    let mut progress = Progress::new(clusters.len());
    for cluster in &clusters {
        let references = &cluster.summaries;
        let language = summarizer.get_language();
        let split: Vec<Vec<&str>> = cluster
            .documents
            .iter()
            .map(|document| sentences(document, language.resolve(document)))
            .collect();
        add(
            &mut lead,
            &scorer,
            references,
            &lead_output(&split, words),
            words,
        );
        add(
            &mut centroid,
            &scorer,
            references,
            &centroid_output(&split, words),
            words,
        );
        let joined = cluster.documents.join("\n\n");
        for (index, &algorithm) in algorithms.iter().enumerate() {
            let summarizer = summarizer.clone().algorithm(algorithm);
            let one = summarizer
                .summarize(&joined)
                .map_err(|e| Failure(e.to_string()))?;
            let output: Output<'_> = one.sentences.iter().map(|s| (0, s.text)).collect();
            if let Some(totals) = concatenated.get_mut(index) {
                add(totals, &scorer, references, &output, words);
            }
            let many = summarizer
                .summarize_documents(&cluster.documents)
                .map_err(|e| Failure(e.to_string()))?;
            let output: Output<'_> = many
                .sentences
                .iter()
                .map(|s| (s.document, s.text))
                .collect();
            if let Some(totals) = collection.get_mut(index) {
                add(totals, &scorer, references, &output, words);
            }
        }
        progress.step();
    }
    progress.finish();

    let count = clusters.len() as f64;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} collections, {words} words, profile {}",
        clusters.len(),
        summarizer.get_profile()
    )?;
    writeln!(
        out,
        "{:<24} {:>8} {:>8} {:>8} {:>10}",
        "system", "ROUGE-1", "ROUGE-2", "words", "documents"
    )?;
    let mut row = |label: &str, totals: &Totals| {
        writeln!(
            out,
            "{label:<24} {:>8.2} {:>8.2} {:>8.1} {:>10.2}",
            100.0 * totals.rouge1 / count,
            100.0 * totals.rouge2 / count,
            totals.words as f64 / count,
            totals.sources as f64 / count
        )
    };
    row("lead", &lead)?;
    row("centroid", &centroid)?;
    for (algorithm, totals) in algorithms.iter().zip(&concatenated) {
        row(&format!("concatenated {}", algorithm.name()), totals)?;
    }
    for (algorithm, totals) in algorithms.iter().zip(&collection) {
        row(&format!("collection {}", algorithm.name()), totals)?;
    }
    Ok(())
}

/// The references' mean length in words, rounded down.
fn mean_reference_words(clusters: &[Cluster]) -> usize {
    let lengths: Vec<usize> = clusters
        .iter()
        .flat_map(|c| c.summaries.iter().map(|s| s.split_whitespace().count()))
        .collect();
    lengths.iter().sum::<usize>() / lengths.len().max(1)
}

/// Scores one output, cut at `words` words, against every reference.
fn add(
    totals: &mut Totals,
    scorer: &RougeScorer,
    references: &[String],
    output: &Output<'_>,
    words: usize,
) {
    let text = output
        .iter()
        .flat_map(|(_, sentence)| sentence.split_whitespace())
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    if !references.is_empty() {
        let (mut rouge1, mut rouge2) = (0.0, 0.0);
        for reference in references {
            let scores = scorer.score(reference, &text);
            let f1 = |kind| scores.get(kind).map_or(0.0, |s| s.fmeasure);
            rouge1 += f1(RougeType::N(1));
            rouge2 += f1(RougeType::N(2));
        }
        totals.rouge1 += rouge1 / references.len() as f64;
        totals.rouge2 += rouge2 / references.len() as f64;
    }
    totals.words += text.split_whitespace().count();
    totals.sources += output
        .iter()
        .map(|&(document, _)| document)
        .collect::<HashSet<_>>()
        .len();
}

/// A document's sentences, fragments left out.
fn sentences(text: &str, language: Language) -> Vec<&str> {
    salient::split_sentences(text, language)
        .into_iter()
        .filter(|segment| segment.kind == SegmentKind::Sentence)
        .map(|segment| segment.text)
        .collect()
}

/// The first sentence of each document in turn, then the second ones, until the budget is
/// reached.
fn lead_output<'a>(documents: &[Vec<&'a str>], words: usize) -> Output<'a> {
    let mut output = Vec::new();
    let mut spent = 0;
    let longest = documents.iter().map(Vec::len).max().unwrap_or(0);
    for position in 0..longest {
        for (document, sentences) in documents.iter().enumerate() {
            if spent >= words {
                return output;
            }
            if let Some(&sentence) = sentences.get(position) {
                spent += sentence.split_whitespace().count();
                output.push((document, sentence));
            }
        }
    }
    output
}

/// Lowercased words: the centroid baseline's terms.
fn terms(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// All sentences by TF-IDF cosine to the collection's centroid, best first, each skipped
/// when its cosine to one already chosen exceeds 0.5, until the budget is reached.
fn centroid_output<'a>(documents: &[Vec<&'a str>], words: usize) -> Output<'a> {
    let all: Vec<(usize, &str)> = documents
        .iter()
        .enumerate()
        .flat_map(|(document, sentences)| sentences.iter().map(move |&s| (document, s)))
        .collect();
    let counts: Vec<HashMap<String, f64>> = all
        .iter()
        .map(|&(_, sentence)| {
            let mut counts = HashMap::new();
            for term in terms(sentence) {
                *counts.entry(term).or_insert(0.0) += 1.0;
            }
            counts
        })
        .collect();
    let mut frequency: HashMap<&str, f64> = HashMap::new();
    for sentence in &counts {
        for term in sentence.keys() {
            *frequency.entry(term).or_insert(0.0) += 1.0;
        }
    }
    let n = counts.len() as f64;
    let vectors: Vec<HashMap<&str, f64>> = counts
        .iter()
        .map(|sentence| {
            let mut vector: HashMap<&str, f64> = sentence
                .iter()
                .map(|(term, &count)| {
                    let df = frequency.get(term.as_str()).copied().unwrap_or(1.0);
                    (term.as_str(), count * (((1.0 + n) / (1.0 + df)).ln() + 1.0))
                })
                .collect();
            let norm = vector.values().map(|w| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                vector.values_mut().for_each(|w| *w /= norm);
            }
            vector
        })
        .collect();
    let mut centre: HashMap<&str, f64> = HashMap::new();
    for vector in &vectors {
        for (&term, &weight) in vector {
            *centre.entry(term).or_insert(0.0) += weight;
        }
    }
    let cosine = |a: &HashMap<&str, f64>, b: &HashMap<&str, f64>| -> f64 {
        a.iter()
            .map(|(term, weight)| weight * b.get(term).copied().unwrap_or(0.0))
            .sum()
    };
    let mut order: Vec<(f64, usize)> = vectors
        .iter()
        .enumerate()
        .map(|(index, vector)| (cosine(vector, &centre), index))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut spent = 0;
    for (_, index) in order {
        if spent >= words {
            break;
        }
        if chosen
            .iter()
            .any(|&other| cosine(&vectors[index], &vectors[other]) > 0.5)
        {
            continue;
        }
        spent += all[index].1.split_whitespace().count();
        chosen.push(index);
    }
    chosen.into_iter().map(|index| all[index]).collect()
}
