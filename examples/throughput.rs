//! Times `summarize` on one file, the native side of `scripts/bench-wasm.mjs`:
//! `cargo run --release --example throughput -- FILE [RUNS]` prints the median seconds of
//! RUNS runs (default 15) after one warm-up, as JSON.

use std::time::Instant;

use salient::Summarizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: throughput FILE [RUNS]")?;
    let runs: usize = match args.next() {
        Some(runs) => runs.parse()?,
        None => 15,
    };
    let text = std::fs::read_to_string(&path)?;
    let summarizer = Summarizer::new();
    let mut sentences = summarizer.summarize(&text)?.len();
    let mut seconds = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        sentences = std::hint::black_box(summarizer.summarize(&text)?).len();
        seconds.push(start.elapsed().as_secs_f64());
    }
    seconds.sort_by(f64::total_cmp);
    println!(
        "{{\"bytes\":{},\"runs\":{},\"median_seconds\":{},\"sentences\":{}}}",
        text.len(),
        seconds.len(),
        seconds[seconds.len() / 2],
        sentences
    );
    Ok(())
}
