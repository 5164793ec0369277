//! One summary of many documents against the same documents concatenated into one text:
//! 100 documents of about 10 KB each (news articles from the shared data, see
//! `common/mod.rs`), and 10,000 short ones, per algorithm.

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{Algorithm, Length, Summarizer};

/// `count` documents of about `size` bytes each, each starting at another place of the
/// corpus so that they differ.
fn documents(corpus: &str, count: usize, size: usize) -> Vec<String> {
    let long = text_of_size(corpus, count * size + size);
    let mut documents = Vec::with_capacity(count);
    let mut start = 0;
    for _ in 0..count {
        let mut end = (start + size).min(long.len());
        while !long.is_char_boundary(end) {
            end -= 1;
        }
        documents.push(long[start..end].to_string());
        start = end;
    }
    documents
}

fn collections(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("collections");
    group.sample_size(10);
    for (label, count, size) in [("100 x 10KB", 100, 10_000), ("10000 x 100B", 10_000, 100)] {
        let documents = documents(&corpus, count, size);
        let joined = documents.join("\n\n");
        group.throughput(Throughput::Bytes(joined.len() as u64));
        for &algorithm in Algorithm::ALL {
            let summarizer = Summarizer::new()
                .length(Length::Words(214))
                .algorithm(algorithm);
            group.bench_with_input(
                BenchmarkId::new(format!("{} documents", algorithm.name()), label),
                &documents,
                |b, documents| {
                    b.iter(|| {
                        summarizer
                            .summarize_documents(black_box(documents))
                            .map(|s| s.len())
                    })
                },
            );
            group.bench_with_input(
                BenchmarkId::new(format!("{} concatenated", algorithm.name()), label),
                &joined,
                |b, joined| b.iter(|| summarizer.summarize(black_box(joined)).map(|s| s.len())),
            );
        }
        // With a query: relevance over the whole collection, beside the same over the
        // concatenation.
        let focused = Summarizer::new()
            .length(Length::Words(214))
            .query("What did the police say about the investigation?");
        group.bench_with_input(
            BenchmarkId::new("query documents", label),
            &documents,
            |b, documents| {
                b.iter(|| {
                    focused
                        .summarize_documents(black_box(documents))
                        .map(|s| s.len())
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("query concatenated", label),
            &joined,
            |b, joined| b.iter(|| focused.summarize(black_box(joined)).map(|s| s.len())),
        );
    }
    group.finish();
}

criterion_group!(benches, collections);
criterion_main!(benches);
