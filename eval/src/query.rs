//! `salient-eval query`: summaries that answer a query, scored against the answer (ROUGE-1,
//! ROUGE-2 and ROUGE-L F1) and, where the data marks the passages that answer it, by span
//! recall: the share of those passages' characters that the chosen sentences cover. Beside
//! Lead, a query TF-IDF cosine ranking and salient's summary without the query.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::PathBuf;

use clap::Args;
use rougers::{RougeScorer, RougeType};
use salient::{Algorithm, Length, SegmentKind};
use serde::Deserialize;

use crate::progress::Progress;
use crate::{data, describe, Failure, LengthArgs, OptionArgs};

/// Two shapes of data: a meeting per line with its queries (QMSum: `{"text", "queries":
/// [{"query", "query_type", "summary", "relevant_spans"}]}`, 100 words unless a length is
/// given), or a (text, query, answer) triple per line (Debatepedia: `{"text", "query",
/// "summary"}`, one sentence unless a length is given). Relevant spans are `[start, end)`
/// offsets in characters (code points).
#[derive(Args, Debug)]
pub(crate) struct QueryArgs {
    /// JSON Lines of either shape.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,

    /// Score only the first N lines.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    #[command(flatten)]
    length: LengthArgs,

    #[command(flatten)]
    options: OptionArgs,

    /// Also write one JSON line per query to FILE: the query, the answer and each
    /// system's summary with its ROUGE-1 F1, to compare systems query by query.
    #[arg(long, value_name = "FILE")]
    per_query: Option<PathBuf>,
}

#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    queries: Vec<Question>,
    #[serde(default)]
    query: Option<String>,
    #[serde(default)]
    summary: Option<String>,
}

#[derive(Deserialize)]
struct Question {
    query: String,
    #[serde(default)]
    query_type: Option<String>,
    summary: String,
    #[serde(default)]
    relevant_spans: Vec<[usize; 2]>,
}

/// One query to answer: the text it asks about, the answer and the answer's passages.
struct Case<'a> {
    text: usize,
    query: &'a str,
    answer: &'a str,
    spans: &'a [[usize; 2]],
    group: &'static str,
}

/// Sums over the cases of one group, for one system.
#[derive(Default, Clone)]
struct Totals {
    cases: usize,
    rouge1: f64,
    rouge2: f64,
    rouge_l: f64,
    /// The sum over the cases with spans of the share of their relevant characters
    /// covered, and the number of such cases.
    recall: f64,
    with_spans: usize,
    words: usize,
    /// Cases where the query matched nothing and the generic summary was given.
    unmatched: usize,
}

pub(crate) fn run(args: QueryArgs) -> Result<(), Failure> {
    let (mut records, name) = data::read_records::<Record>(
        &args.data,
        "an object with \"text\" and either \"queries\" or \"query\" and \"summary\"",
        args.limit,
    )?;
    // Triples tokenized as treebanks are (Debatepedia) write quotation marks as `` and '':
    // they are given back as the plain quotes a text has, which the splitter knows. The
    // meetings' spans are offsets into their text, which stays as it is.
    for record in &mut records {
        if record.queries.is_empty() {
            record.text = record.text.replace("``", "\"").replace("''", "\"");
        }
    }
    let meetings = records.iter().any(|record| !record.queries.is_empty());
    let given_length = [
        args.length.sentences,
        args.length.ratio,
        args.length.words,
        args.length.chars,
    ]
    .iter()
    .any(Option::is_some);
    let mut summarizer = args.options.summarizer(&args.length)?;
    if !given_length {
        summarizer = summarizer.length(if meetings {
            Length::Words(100)
        } else {
            Length::Sentences(1)
        });
    }
    let length = summarizer.get_length();
    let algorithms: Vec<Algorithm> = match args.options.algorithm {
        Some(_) => vec![summarizer.get_algorithm()],
        None => Algorithm::ALL.to_vec(),
    };

    let mut cases = Vec::new();
    for (index, record) in records.iter().enumerate() {
        for question in &record.queries {
            let general = question.query_type.as_deref() == Some("general");
            cases.push(Case {
                text: index,
                query: &question.query,
                answer: &question.summary,
                spans: &question.relevant_spans,
                group: if general { "general" } else { "specific" },
            });
        }
        if let (Some(query), Some(answer)) = (&record.query, &record.summary) {
            cases.push(Case {
                text: index,
                query,
                answer,
                spans: &[],
                group: "all",
            });
        }
    }
    if cases.is_empty() {
        return Err(Failure(format!("{name} holds no queries to evaluate")));
    }

    let scorer = RougeScorer::new(["rouge1", "rouge2", "rougeL"], true)
        .map_err(|e| Failure(format!("cannot set up ROUGE: {e}")))?;
    let mut systems: Vec<String> = vec![lead_label(length), "query tf-idf".to_string()];
    for algorithm in &algorithms {
        systems.push(format!("{algorithm} generic"));
    }
    for algorithm in &algorithms {
        systems.push(format!("{algorithm} query"));
    }
    // At one sentence, the ceiling of any choice of one sentence: the one the answer
    // scores best.
    let one_sentence = length == Length::Sentences(1);
    if one_sentence {
        systems.push("best sentence".to_string());
    }
    let mut totals: HashMap<(&'static str, usize), Totals> = HashMap::new();
    let mut per_query = match &args.per_query {
        Some(path) => Some(io::BufWriter::new(
            std::fs::File::create(path)
                .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?,
        )),
        None => None,
    };
    let mut progress = Progress::new(cases.len());
    // The summaries that do not depend on the query, made once per text.
    let mut generic: HashMap<(usize, Algorithm), Vec<Range<usize>>> = HashMap::new();
    for case in &cases {
        let text = records[case.text].text.as_str();
        let language = summarizer.get_language().resolve(text);
        let sentences: Vec<Range<usize>> = salient::split_sentences(text, language)
            .into_iter()
            .filter(|segment| segment.kind == SegmentKind::Sentence)
            .map(|segment| segment.span)
            .collect();
        let mut answers: Vec<(Vec<Range<usize>>, bool)> = Vec::new();
        answers.push((lead(text, &sentences, length), false));
        answers.push((query_tf_idf(text, &sentences, case.query, length), false));
        for &algorithm in &algorithms {
            let spans = match generic.get(&(case.text, algorithm)) {
                Some(spans) => spans.clone(),
                None => {
                    let summary = summarizer
                        .clone()
                        .algorithm(algorithm)
                        .summarize(text)
                        .map_err(|e| Failure(e.to_string()))?;
                    let spans: Vec<Range<usize>> =
                        summary.sentences.iter().map(|s| s.span.clone()).collect();
                    generic.insert((case.text, algorithm), spans.clone());
                    spans
                }
            };
            answers.push((spans, false));
        }
        for &algorithm in &algorithms {
            let summary = summarizer
                .clone()
                .algorithm(algorithm)
                .query(case.query)
                .summarize(text)
                .map_err(|e| Failure(e.to_string()))?;
            answers.push((
                summary.sentences.iter().map(|s| s.span.clone()).collect(),
                summary.query_matched == Some(false),
            ));
        }
        if one_sentence {
            answers.push((best_sentence(&scorer, text, &sentences, case.answer), false));
        }
        let relevant = relevant_mask(text, case.spans);
        let mut line = Vec::new();
        for (system, (spans, unmatched)) in answers.iter().enumerate() {
            let entry = totals.entry((case.group, system)).or_default();
            let before = entry.rouge1;
            add(
                entry,
                &scorer,
                text,
                spans,
                case.answer,
                relevant.as_deref(),
            );
            entry.unmatched += usize::from(*unmatched);
            line.push(serde_json::json!({
                "system": systems[system],
                "summary": spans
                    .iter()
                    .filter_map(|span| text.get(span.clone()))
                    .collect::<Vec<_>>(),
                "rouge1": entry.rouge1 - before,
                "unmatched": unmatched,
            }));
        }
        if let Some(out) = per_query.as_mut() {
            let record = serde_json::json!({
                "query": case.query,
                "answer": case.answer,
                "group": case.group,
                "sentences": sentences
                    .iter()
                    .filter_map(|span| text.get(span.clone()))
                    .collect::<Vec<_>>(),
                "systems": line,
            });
            writeln!(out, "{record}")?;
        }
        progress.step();
    }
    progress.finish();
    if let Some(mut out) = per_query {
        out.flush()?;
    }

    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{name}: {} queries, length {}",
        cases.len(),
        describe(length)
    )?;
    for group in ["specific", "general", "all"] {
        let Some(count) = totals.get(&(group, 0)).map(|t| t.cases) else {
            continue;
        };
        writeln!(out, "{group} queries ({count})")?;
        writeln!(
            out,
            "  {:<18} {:>8} {:>8} {:>8} {:>12} {:>7} {:>10}",
            "system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "span recall", "words", "unmatched"
        )?;
        for (system, label) in systems.iter().enumerate() {
            let Some(t) = totals.get(&(group, system)) else {
                continue;
            };
            let n = t.cases.max(1) as f64;
            let recall = if t.with_spans > 0 {
                format!("{:.1}%", 100.0 * t.recall / t.with_spans as f64)
            } else {
                "-".to_string()
            };
            writeln!(
                out,
                "  {label:<18} {:>8.2} {:>8.2} {:>8.2} {recall:>12} {:>7.1} {:>10}",
                100.0 * t.rouge1 / n,
                100.0 * t.rouge2 / n,
                100.0 * t.rouge_l / n,
                t.words as f64 / n,
                t.unmatched
            )?;
        }
    }
    Ok(())
}

/// Scores one answer, given as byte spans of `text` in document order.
fn add(
    totals: &mut Totals,
    scorer: &RougeScorer,
    text: &str,
    spans: &[Range<usize>],
    answer: &str,
    relevant: Option<&[bool]>,
) {
    let summary = spans
        .iter()
        .filter_map(|span| text.get(span.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    let scores = scorer.score(answer, &summary);
    let f1 = |kind| scores.get(kind).map_or(0.0, |s| s.fmeasure);
    totals.cases += 1;
    totals.rouge1 += f1(RougeType::N(1));
    totals.rouge2 += f1(RougeType::N(2));
    totals.rouge_l += f1(RougeType::L);
    totals.words += summary.split_whitespace().count();
    if let Some(relevant) = relevant {
        let mut chosen = vec![false; relevant.len()];
        for span in spans {
            let start = chars_before(text, span.start);
            let end = chars_before(text, span.end);
            for slot in chosen.iter_mut().take(end).skip(start) {
                *slot = true;
            }
        }
        let total = relevant.iter().filter(|&&r| r).count();
        let covered = relevant
            .iter()
            .zip(&chosen)
            .filter(|&(&r, &c)| r && c)
            .count();
        if total > 0 {
            totals.recall += covered as f64 / total as f64;
            totals.with_spans += 1;
        }
    }
}

/// The number of characters of `text` before byte `offset`.
fn chars_before(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(0, |head| head.chars().count())
}

/// Which characters of `text` the gold `spans` cover; `None` without spans.
fn relevant_mask(text: &str, spans: &[[usize; 2]]) -> Option<Vec<bool>> {
    if spans.is_empty() {
        return None;
    }
    let mut mask = vec![false; text.chars().count()];
    for &[start, end] in spans {
        for slot in mask.iter_mut().take(end).skip(start) {
            *slot = true;
        }
    }
    Some(mask)
}

/// The sentence of `text` whose ROUGE-1 F1 against `answer` is highest (the first among
/// equals); none when the text has no sentence.
fn best_sentence(
    scorer: &RougeScorer,
    text: &str,
    sentences: &[Range<usize>],
    answer: &str,
) -> Vec<Range<usize>> {
    let mut best: Option<(f64, &Range<usize>)> = None;
    for span in sentences {
        let scores = scorer.score(answer, text.get(span.clone()).unwrap_or(""));
        let f1 = scores.get(RougeType::N(1)).map_or(0.0, |s| s.fmeasure);
        if best.is_none_or(|(top, _)| f1 > top) {
            best = Some((f1, span));
        }
    }
    best.map(|(_, span)| vec![span.clone()]).unwrap_or_default()
}

/// The baseline: the text's first sentences, as many as the budget allows.
fn lead(text: &str, sentences: &[Range<usize>], length: Length) -> Vec<Range<usize>> {
    let texts: Vec<&str> = sentences
        .iter()
        .map(|span| text.get(span.clone()).unwrap_or(""))
        .collect();
    let keep = length.leading_sentences(&texts);
    sentences.iter().take(keep).cloned().collect()
}

fn lead_label(length: Length) -> String {
    match length {
        Length::Sentences(n) => format!("Lead-{n}"),
        _ => "Lead".to_string(),
    }
}

/// The query baseline: sentences ranked by the cosine of their TF-IDF vector (the
/// sentences as the documents; lowercased words, no stop list, no stemming) with the
/// query's, best first while they fit the budget, then put in document order.
fn query_tf_idf(
    text: &str,
    sentences: &[Range<usize>],
    query: &str,
    length: Length,
) -> Vec<Range<usize>> {
    let words = |piece: &str| -> Vec<String> {
        piece
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let bags: Vec<HashMap<String, f64>> = sentences
        .iter()
        .map(|span| {
            let mut bag = HashMap::new();
            for word in words(text.get(span.clone()).unwrap_or("")) {
                *bag.entry(word).or_insert(0.0) += 1.0;
            }
            bag
        })
        .collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for bag in &bags {
        for word in bag.keys() {
            *df.entry(word.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let n = bags.len() as f64;
    let idf = |word: &str| ((1.0 + n) / (1.0 + df.get(word).copied().unwrap_or(0.0))).ln() + 1.0;
    let weigh = |bag: &HashMap<String, f64>| -> HashMap<String, f64> {
        let mut vector: HashMap<String, f64> =
            bag.iter().map(|(w, &c)| (w.clone(), c * idf(w))).collect();
        let norm = vector.values().map(|w| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            vector.values_mut().for_each(|w| *w /= norm);
        }
        vector
    };
    let mut query_bag = HashMap::new();
    for word in words(query) {
        *query_bag.entry(word).or_insert(0.0) += 1.0;
    }
    let query_vector = weigh(&query_bag);
    let mut ranked: Vec<(usize, f64)> = bags
        .iter()
        .enumerate()
        .map(|(index, bag)| {
            let vector = weigh(bag);
            let cosine = query_vector
                .iter()
                .map(|(word, w)| w * vector.get(word).copied().unwrap_or(0.0))
                .sum();
            (index, cosine)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // What a sentence costs of the budget, and the budget.
    let (limit, cost): (usize, fn(&str) -> usize) = match length {
        Length::Words(n) => (n, salient::word_count),
        Length::Chars(n) => (n, |s: &str| s.chars().count()),
        Length::Sentences(n) => (n, |_: &str| 1),
        _ => (
            length.leading_sentences(&vec![""; sentences.len()]),
            |_: &str| 1,
        ),
    };
    let mut chosen = Vec::new();
    let mut spent = 0;
    for (index, _) in ranked {
        let sentence = text.get(sentences[index].clone()).unwrap_or("");
        let price = cost(sentence);
        if spent + price <= limit {
            spent += price;
            chosen.push(index);
        }
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| sentences[i].clone()).collect()
}
