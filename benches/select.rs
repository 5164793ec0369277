//! Selection under budgets that keep most sentences: each sentence chosen is checked for
//! redundancy against those chosen before it, so this is where that check must stay
//! linear. The select stage alone (`salient::stages`), and end to end.
//!
//! ```sh
//! cargo bench --features stages --bench select
//! ```
//!
//! Two texts of each size: the news articles of the other benches (see `common/mod.rs`),
//! which repeat from 2 MB on, and repeated sentences are set aside before the redundancy
//! check; and the English articles of the shared data, news and then scientific papers
//! (`cnndm`, `xsum`, `bbc`, `scisumm`), none repeated.

use std::hint::black_box;

mod common;

use common::{articles, corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{stages, Format, Language, Length, Summarizer};

const SIZES: &[(&str, usize)] = &[("1MB", 1_000_000), ("10MB", 10_000_000)];

const BUDGETS: &[(&str, Length)] = &[
    ("ratio 0.9", Length::Ratio(0.9)),
    ("100M words", Length::Words(100_000_000)),
    ("3 sentences", Length::Sentences(3)),
];

/// The English articles of the shared data, none repeated, up to `size` bytes (fewer if
/// the data is missing): news first, then scientific papers.
fn distinct_text(size: usize) -> String {
    let mut text = String::new();
    for set in ["cnndm_dev", "xsum_dev", "bbc_dev", "scisumm_dev"] {
        for article in articles(set) {
            if text.len() >= size {
                return text;
            }
            text.push_str(&article);
            text.push_str("\n\n");
        }
    }
    text
}

fn select(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("select");
    group.sample_size(10);
    for &(label, size) in SIZES {
        for (kind, text) in [
            ("news", text_of_size(&corpus, size)),
            ("distinct", distinct_text(size)),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            let english = Summarizer::new().language(Language::English);
            let reading = stages::read(&text, Format::Auto);
            let ranked = stages::rank(
                stages::represent(stages::tokenize(stages::segment(
                    &reading,
                    Language::English,
                ))),
                english.get_algorithm(),
                english.get_profile(),
            );
            for &(budget, length) in BUDGETS {
                let redundancy = english.get_redundancy();
                group.bench_function(
                    BenchmarkId::new(format!("select {kind}, {budget}"), label),
                    |b| b.iter(|| stages::select(black_box(&ranked), length, redundancy).len()),
                );
            }
            let summarizer = english.length(Length::Ratio(0.9));
            group.bench_with_input(
                BenchmarkId::new(format!("summarize {kind}, ratio 0.9"), label),
                &text,
                |b, text| b.iter(|| summarizer.summarize(black_box(text)).map(|s| s.len())),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, select);
criterion_main!(benches);
