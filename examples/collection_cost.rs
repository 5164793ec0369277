//! One summary of `COUNT` documents of `SIZE` bytes cut from FILE, or of the same documents
//! joined by blank lines, once: the program to count instructions of under
//! `valgrind --tool=callgrind`, for the collection path beside the one-text path.
//!
//! `cargo run --release --example collection_cost -- FILE documents|concatenated COUNT SIZE`

use salient::{Length, Summarizer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: collection_cost FILE documents|concatenated COUNT SIZE";
    let path = args.next().ok_or(usage)?;
    let mode = args.next().ok_or(usage)?;
    let count: usize = args.next().ok_or(usage)?.parse()?;
    let size: usize = args.next().ok_or(usage)?.parse()?;
    let text = std::fs::read_to_string(&path)?;
    if text.is_empty() {
        return Err("the file is empty".into());
    }
    let mut long = String::new();
    while long.len() < count * size + size {
        long.push_str(&text);
        long.push_str("\n\n");
    }
    let mut documents = Vec::with_capacity(count);
    let mut start = 0;
    for _ in 0..count {
        let mut end = start + size;
        while !long.is_char_boundary(end) {
            end -= 1;
        }
        documents.push(&long[start..end]);
        start = end;
    }
    let summarizer = Summarizer::new().length(Length::Words(214));
    let sentences = match mode.as_str() {
        "documents" => summarizer.summarize_documents(&documents)?.len(),
        "concatenated" => summarizer.summarize(&documents.join("\n\n"))?.len(),
        _ => return Err(usage.into()),
    };
    println!("{mode}: {sentences} sentences");
    Ok(())
}
