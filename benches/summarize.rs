//! End-to-end throughput: summarizing news-like English text of growing size, per algorithm.
//! `benches/stages.rs` times each stage alone.
//!
//! The text is news articles from the shared data (see `common/mod.rs`).

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{Algorithm, Language, Length, Summarizer};

const SIZES: &[(&str, usize)] = &[
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
];

fn summarize(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("summarize");
    group.sample_size(10);
    for &(label, size) in SIZES {
        let text = text_of_size(&corpus, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        for &algorithm in Algorithm::ALL {
            let summarizer = Summarizer::new()
                .length(Length::Sentences(3))
                .algorithm(algorithm);
            group.bench_with_input(
                BenchmarkId::new(algorithm.name(), label),
                &text,
                |b, text| b.iter(|| summarizer.summarize(black_box(text)).map(|s| s.len())),
            );
        }
        // Without detection, which reads at most a few thousand words whatever the size.
        let english = Summarizer::new()
            .length(Length::Sentences(3))
            .language(Language::English);
        group.bench_with_input(
            BenchmarkId::new("tfidf, English given", label),
            &text,
            |b, text| b.iter(|| english.summarize(black_box(text)).map(|s| s.len())),
        );
    }
    group.finish();
}

criterion_group!(benches, summarize);
criterion_main!(benches);
