//! Splitter throughput on English news text of growing size, in three shapes: paragraphs as
//! published, the same words as one block without a line break (where a splitter that
//! looks back or ahead without bound turns superlinear), and the paragraphs hard-wrapped at
//! 72 columns, as in e-mail and PDF extracts.
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
    let wrapped = hard_wrap(&paragraphs, 72);
    let mut group = c.benchmark_group("split");
    group.sample_size(10);
    for (shape, corpus) in [
        ("paragraphs", &paragraphs),
        ("one-block", &one_block),
        ("wrapped", &wrapped),
    ] {
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

/// `text` with each paragraph broken into lines of at most `width` bytes (or one word),
/// paragraphs apart by a blank line.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for paragraph in text.lines().filter(|line| !line.trim().is_empty()) {
        let mut line_len = 0;
        for word in paragraph.split_whitespace() {
            if line_len > 0 && line_len + 1 + word.len() > width {
                out.push('\n');
                line_len = 0;
            } else if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(word);
            line_len += word.len();
        }
        out.push_str("\n\n");
    }
    out
}

criterion_group!(benches, split);
criterion_main!(benches);
