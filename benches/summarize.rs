//! End-to-end throughput: summarizing news-like English text of growing size, per algorithm.
//!
//! The text is built from the articles of `../shared/data/summarization/cnndm_dev.jsonl`
//! when it is present, and from a generated article otherwise.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{split_sentences, Algorithm, Language, Length, Summarizer};

const SIZES: &[(&str, usize)] = &[
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
];

fn corpus() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/summarization/cnndm_dev.jsonl");
    if let Ok(data) = std::fs::read_to_string(&path) {
        let articles: Vec<String> = data
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|doc| doc["text"].as_str().map(String::from))
            .collect();
        if !articles.is_empty() {
            return articles.join("\n\n");
        }
    }
    eprintln!("{} is missing: benchmarking generated text", path.display());
    let sample = include_str!("../examples/sample.txt");
    sample.repeat(1 + 1_000_000 / sample.len())
}

/// The first `size` bytes of `corpus`, repeated as needed, cut at a char boundary.
fn text_of_size(corpus: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + 4);
    while text.len() < size {
        text.push_str(corpus);
        text.push_str("\n\n");
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

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
