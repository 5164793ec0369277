//! Splitter throughput on English news text of growing size, in two shapes: paragraphs as
//! published, and the same words as one block without a line break (where a splitter that
//! looks back or ahead without bound turns superlinear).
//!
//! The text is news articles from the shared data (see `common/mod.rs`).

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{split_sentences, Language};

const SIZES: &[(&str, usize)] = &[("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];

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
