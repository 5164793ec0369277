//! Web pages end to end (read the main content, then summarize it), on pages of the
//! evaluation sets joined to 10 KB to 10 MB, and on hostile pages at 1 MB and 10 MB: the
//! time must grow linearly with the page's size. Without the shared data, a page of the
//! bench's own is repeated.

use std::hint::black_box;
use std::io::Read;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{html, Summarizer};

#[path = "../tests/common/hostile_pages.rs"]
mod hostile_pages;

/// The first pages of the Article Extraction Benchmark's set, if the shared data is there.
fn real_pages() -> Option<Vec<String>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/html/aeb_dev.jsonl.gz"
    );
    let bytes = std::fs::read(path).ok()?;
    // The file is gzipped; `gzip -dc` keeps the bench free of a decompression crate.
    let mut child = std::process::Command::new("gzip")
        .arg("-dc")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &bytes));
    let mut text = String::new();
    child.stdout.take()?.read_to_string(&mut text).ok()?;
    writer.join().ok()?.ok()?;
    let pages = text
        .lines()
        .filter_map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).ok()?;
            Some(value["html"].as_str()?.to_string())
        })
        .collect::<Vec<_>>();
    (!pages.is_empty()).then_some(pages)
}

/// `size` bytes of pages, one after the other.
fn pages_of(size: usize, pages: &[String]) -> String {
    let mut joined = String::with_capacity(size + 200_000);
    for page in pages.iter().cycle() {
        if joined.len() >= size {
            break;
        }
        joined.push_str(page);
    }
    joined
}

fn pages(c: &mut Criterion) {
    let own = vec![format!(
        "<html><body><nav><a href=/>Home</a></nav><article>{}</article><footer>x</footer></body></html>",
        "<p>The harbor opened on Monday, said the mayor of the town by the bay.</p>".repeat(200)
    )];
    let real = real_pages().unwrap_or(own);
    let summarizer = Summarizer::new();
    let mut group = c.benchmark_group("html");
    group.sample_size(10);
    // One real page as it comes (about 160 KB on average), then pages joined into one.
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let page = pages_of(size, &real);
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("extract and summarize", label),
            &page,
            |b, page| {
                b.iter(|| {
                    let read = html::extract(black_box(page));
                    summarizer.summarize_page(&read).map(|s| s.len())
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("extract", label), &page, |b, page| {
            b.iter(|| html::extract(black_box(page)).text.len())
        });
    }
    for (label, size) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
        for (name, page) in hostile_pages::hostile_pages(size) {
            group.throughput(Throughput::Bytes(page.len().max(1) as u64));
            group.bench_with_input(BenchmarkId::new(name, label), &page, |b, page| {
                b.iter(|| {
                    let read = html::extract(black_box(page));
                    summarizer.summarize_page(&read).map(|s| s.len())
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pages);
criterion_main!(benches);
