//! Each stage of the pipeline alone (`salient::stages`, behind the `stages` feature), on
//! news-like English text of growing size: language detection, segmenting, tokenizing,
//! representing (TF-IDF and main content), ranking with every algorithm, and selecting.
//! Each stage is timed on the output of the one before, prepared outside the measurement.
//!
//! ```sh
//! cargo bench --features stages --bench stages
//! ```
//!
//! The text is news articles from the shared data (see `common/mod.rs`).

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use salient::{stages, Algorithm, Format, Language, Length, Summarizer};

const SIZES: &[(&str, usize)] = &[
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
];

fn stage_by_stage(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    for &(label, size) in SIZES {
        let text = text_of_size(&corpus, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let summarizer = Summarizer::new()
            .language(Language::English)
            .length(Length::Sentences(3));

        group.bench_with_input(BenchmarkId::new("detect", label), &text, |b, text| {
            b.iter(|| Language::detect(black_box(text)))
        });
        group.bench_with_input(BenchmarkId::new("read", label), &text, |b, text| {
            b.iter(|| stages::read(black_box(text), Format::Auto).format())
        });
        let reading = stages::read(&text, Format::Auto);
        group.bench_function(BenchmarkId::new("segment", label), |b| {
            b.iter(|| stages::segment(black_box(&reading), Language::English))
        });

        let segmented = stages::segment(&reading, Language::English);
        group.bench_function(BenchmarkId::new("tokenize", label), |b| {
            b.iter_batched(
                || segmented.clone(),
                stages::tokenize,
                BatchSize::LargeInput,
            )
        });

        let tokenized = stages::tokenize(segmented);
        group.bench_function(BenchmarkId::new("represent", label), |b| {
            b.iter_batched(
                || tokenized.clone(),
                stages::represent,
                BatchSize::LargeInput,
            )
        });

        let represented = stages::represent(tokenized);
        for &algorithm in Algorithm::ALL {
            group.bench_function(
                BenchmarkId::new(format!("rank {}", algorithm.name()), label),
                |b| {
                    b.iter_batched(
                        || represented.clone(),
                        |represented| {
                            stages::rank(represented, algorithm, summarizer.get_profile())
                        },
                        BatchSize::LargeInput,
                    )
                },
            );
        }

        let ranked = stages::rank(
            represented,
            summarizer.get_algorithm(),
            summarizer.get_profile(),
        );
        group.bench_function(BenchmarkId::new("select", label), |b| {
            b.iter(|| {
                stages::select(
                    black_box(&ranked),
                    summarizer.get_length(),
                    summarizer.get_redundancy(),
                )
                .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, stage_by_stage);
criterion_main!(benches);
