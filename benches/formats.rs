//! What reading a text's format costs: telling Markdown and e-mail from plain text
//! (`Format::Auto` against `Format::Text` on the same news text, where detection finds plain
//! text and changes nothing else), and summarizing a Markdown document, a meeting transcript
//! and a caption file.
//!
//! ```sh
//! cargo bench --bench formats
//! ```
//!
//! The news text is the shared data's articles (see `common/mod.rs`); the Markdown text is a
//! document of this file's own, repeated to size.

use std::hint::black_box;

mod common;

use common::{corpus, text_of_size};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use salient::{Format, Summarizer};

const SIZES: &[(&str, usize)] = &[("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000)];

/// A section of a Markdown document: prose, a list, code, a table, a quote.
const SECTION: &str = "## Reading the tides\n\nThe gauge records the water level every \
hour, and the\nforecast fits the tide's constituents to a year of readings. Harbour masters \
plan\nthe arrival of deep ships with it.\n\n- Readings with gaps are refused.\n- The forecast \
covers a year.\n\n```sh\ntidewatch --days 30 gauge.txt # Prints a month.\n```\n\n| Option | \
Meaning |\n|---|---|\n| `--days` | How far ahead. |\n\n> Fill the gaps before you run it.\n\n";

/// Turns of a meeting of this file's own: labels, fillers, backchannels and markup.
const MEETING: &str = "Dr. Okafor: Okay, uh, the gauge records the water level every hour.\n\
Zoë: Yeah.\nDr. Okafor: The forecast fits the tide's constituents to a year of readings, \
{disfmarker} so harbour masters plan the arrival of deep ships with it.\nZoë: Uh - huh.\n\
Zoë: Readings with gaps are refused, and the forecast covers a year.\n";

/// A caption cue of this file's own, whose sentence runs on into the next cue.
const CUES: &str = "12\n00:01:02,000 --> 00:01:04,500\nThe gauge records the water level\n\n\
13\n00:01:04,500 --> 00:01:07,000\n<i>every hour</i>, and the forecast covers a year.\n\n";

fn formats(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("formats");
    group.sample_size(20);
    for &(label, size) in SIZES {
        let news = text_of_size(&corpus, size);
        group.throughput(Throughput::Bytes(news.len() as u64));
        group.bench_with_input(BenchmarkId::new("detect", label), &news, |b, text| {
            b.iter(|| Format::Auto.resolve(black_box(text)))
        });
        for (name, format) in [
            ("plain text as text", Format::Text),
            ("plain text, auto", Format::Auto),
        ] {
            let summarizer = Summarizer::new().format(format);
            group.bench_with_input(BenchmarkId::new(name, label), &news, |b, text| {
                b.iter(|| summarizer.summarize(black_box(text)))
            });
        }
        let markdown = SECTION.repeat(size / SECTION.len() + 1);
        let summarizer = Summarizer::new().format(Format::Markdown);
        group.bench_with_input(BenchmarkId::new("markdown", label), &markdown, |b, text| {
            b.iter(|| summarizer.summarize(black_box(text)))
        });
        // Told from the text, as a user's transcript or caption file would be.
        let auto = Summarizer::new();
        for (name, unit) in [("meeting", MEETING), ("captions", CUES)] {
            let text = unit.repeat(size / unit.len() + 1);
            group.bench_with_input(BenchmarkId::new(name, label), &text, |b, text| {
                b.iter(|| auto.summarize(black_box(text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
