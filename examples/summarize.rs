//! Summarize a text file with the library: `cargo run --example summarize -- FILE [N]`.

use salient::{Length, Summarizer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "examples/sample.txt".to_string());
    let sentences = match args.next() {
        Some(n) => n.parse()?,
        None => 3,
    };
    let text = std::fs::read_to_string(&path)?;
    let summary = Summarizer::new()
        .length(Length::Sentences(sentences))
        .summarize(&text)?;
    for sentence in &summary.sentences {
        println!(
            "[{:>3}] {:.3}  bytes {:>5}..{:<5} {}",
            sentence.index, sentence.score, sentence.span.start, sentence.span.end, sentence.text
        );
    }
    Ok(())
}
