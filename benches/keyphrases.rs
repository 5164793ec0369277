//! Keyphrase extraction of news-like English text of growing size: the time should grow
//! linearly with the text (the budget: 1 MB in under 50 ms on one core).
//!
//! The text is news articles from the shared data (see `common/mod.rs`).

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{KeyphraseExtractor, Language};

const SIZES: &[(&str, usize)] = &[
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
];

fn keyphrases(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("keyphrases");
    group.sample_size(10);
    let extractor = KeyphraseExtractor::new().language(Language::English);
    for &(label, size) in SIZES {
        let text = text_of_size(&corpus, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("English given", label),
            &text,
            |b, text| {
                b.iter(|| {
                    extractor
                        .extract(black_box(text))
                        .map(|phrases| phrases.len())
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, keyphrases);
criterion_main!(benches);
