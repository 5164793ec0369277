//! End-to-end throughput: summarizing news-like English text of growing size, per algorithm.
//!
//! The text is news articles from the shared data (see `common/mod.rs`).

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{split_sentences, Algorithm, Language, Length, Summarizer};

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
    }
    group.finish();
}

/// The stages a caller can run alone: language detection and splitting, beside the whole
/// pipeline with the language given (no detection) for comparison.
fn stages(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    for &(label, size) in SIZES {
        let text = text_of_size(&corpus, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("detect", label), &text, |b, text| {
            b.iter(|| Language::detect(black_box(text)))
        });
        group.bench_with_input(BenchmarkId::new("split", label), &text, |b, text| {
            b.iter(|| split_sentences(black_box(text), Language::English).len())
        });
        let english = Summarizer::new().language(Language::English);
        group.bench_with_input(
            BenchmarkId::new("summarize, English given", label),
            &text,
            |b, text| b.iter(|| english.summarize(black_box(text)).map(|s| s.len())),
        );
    }
    group.finish();
}

criterion_group!(benches, summarize, stages);
criterion_main!(benches);
