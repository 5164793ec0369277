//! What a query costs: summaries with and without one, of 1 MB of news and of a 100 KB
//! meeting transcript, and with a 10 KB query.
//!
//! The news is the shared data's articles (see `common/mod.rs`); the transcript is the
//! longest QMSum meeting of `../shared/data/query/qmsum_dev.jsonl`, repeated or cut to
//! 100 KB, or generated speaker turns when the data is missing.

use std::hint::black_box;
use std::path::Path;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{Algorithm, Length, Summarizer};

/// The longest meeting transcript of the shared data, or generated turns without it.
fn transcript() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/query/qmsum_dev.jsonl");
    let longest = std::fs::read_to_string(path).ok().and_then(|data| {
        data.lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|meeting| meeting["text"].as_str().map(String::from))
            .max_by_key(String::len)
    });
    longest.unwrap_or_else(|| {
        eprintln!("../shared/data/query/qmsum_dev.jsonl is missing: benchmarking generated turns");
        (0..2_000)
            .map(|turn| {
                format!(
                    "Speaker {}: I think the remote control budget of item {turn} is fine, uh, \
                     but the battery costs more than we planned.\n",
                    turn % 4
                )
            })
            .collect()
    })
}

fn query(c: &mut Criterion) {
    let news = text_of_size(&corpus(), 1_000_000);
    let meeting = text_of_size(&transcript(), 100_000);
    let long_query = text_of_size(
        "What did the council and the engineers say about the cost of the new bridge? ",
        10_000,
    );
    let cases: [(&str, &str, &str); 3] = [
        (
            "news 1MB",
            &news,
            "What did the police say about the investigation?",
        ),
        (
            "meeting 100KB",
            &meeting,
            "What did the professor think about the budget?",
        ),
        ("news 1MB, 10KB query", &news, &long_query),
    ];
    let mut group = c.benchmark_group("query");
    group.sample_size(10);
    for (label, text, question) in cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        for &algorithm in Algorithm::ALL {
            // TextRank over 1 MB takes seconds either way; the transcript shows its cost.
            if algorithm == Algorithm::TextRank && label.starts_with("news") {
                continue;
            }
            let generic = Summarizer::new()
                .length(Length::Words(100))
                .algorithm(algorithm);
            let focused = generic.clone().query(question);
            if !label.contains("query") {
                group.bench_with_input(
                    BenchmarkId::new(format!("{algorithm} generic"), label),
                    text,
                    |b, text| b.iter(|| generic.summarize(black_box(text)).map(|s| s.len())),
                );
            }
            group.bench_with_input(
                BenchmarkId::new(format!("{algorithm} query"), label),
                text,
                |b, text| b.iter(|| focused.summarize(black_box(text)).map(|s| s.len())),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, query);
criterion_main!(benches);
