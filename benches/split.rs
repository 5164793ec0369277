//! Splitter throughput on English news text of growing size, in two shapes: paragraphs as
//! published, and the same words as one block without a line break (where a splitter that
//! looks back or ahead without bound turns superlinear).
//!
//! The text is built from the articles of `../shared/data/summarization/cnndm_dev.jsonl`
//! when it is present, and from a generated article otherwise.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{split_sentences, Language};

const SIZES: &[(&str, usize)] = &[("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];

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
    include_str!("../examples/sample.txt").to_string()
}

/// `corpus` repeated up to `size` bytes, cut at a char boundary.
fn text_of_size(corpus: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + corpus.len() + 2);
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

fn split(c: &mut Criterion) {
    let paragraphs = corpus();
    let one_block = paragraphs.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut group = c.benchmark_group("split");
    group.sample_size(10);
    for (shape, corpus) in [("paragraphs", &paragraphs), ("one-block", &one_block)] {
        for &(label, size) in SIZES {
            let text = text_of_size(corpus, size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(shape, label), &text, |b, text| {
                b.iter(|| split_sentences(black_box(text), Language::English).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, split);
criterion_main!(benches);
