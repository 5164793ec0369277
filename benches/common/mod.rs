//! The benches' text: news articles from `../shared/data/summarization/cnndm_dev.jsonl`
//! when it is present, the sample article otherwise, cut or repeated to any size.

use std::path::Path;

/// The articles joined by blank lines.
pub fn corpus() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/summarization/cnndm_dev.jsonl");
    if let Ok(data) = std::fs::read_to_string(&path) {
        let articles: Vec<String> = data
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|doc| doc["text"].as_str().map(String::from))
            .collect();
        if !articles.is_empty() {
            return articles.join("\n\n");
        }
    }
    eprintln!("{} is missing: benchmarking generated text", path.display());
    include_str!("../../examples/sample.txt").to_string()
}

/// `corpus` repeated up to `size` bytes, cut at a char boundary.
pub fn text_of_size(corpus: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + corpus.len() + 2);
    while text.len() < size {
        text.push_str(corpus);
        text.push_str("\n\n");
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}
