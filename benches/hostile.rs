//! Hostile inputs at 1 MB and 10 MB: the time of each must grow linearly with its size.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::Summarizer;

#[path = "../tests/common/hostile.rs"]
mod hostile;

fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    let summarizer = Summarizer::new();
    for (label, size) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
        for (name, text) in hostile::hostile_texts(size) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, label), &text, |b, text| {
                b.iter(|| summarizer.summarize(black_box(text)).map(|s| s.len()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
