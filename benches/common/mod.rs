//! The benches' text: news articles from `../shared/data/summarization/cnndm_dev.jsonl`
//! when it is present, the sample article otherwise, cut or repeated to any size.

use std::path::Path;

/// The articles joined by blank lines.
pub fn corpus() -> String {
    let articles = articles("cnndm_dev");
    if !articles.is_empty() {
        return articles.join("\n\n");
    }
    eprintln!(
        "../shared/data/summarization/cnndm_dev.jsonl is missing: benchmarking generated text"
    );
    include_str!("../../examples/sample.txt").to_string()
}

/// The texts of `../shared/data/summarization/{set}.jsonl`; none if it is missing.
pub fn articles(set: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../shared/data/summarization/{set}.jsonl"));
    let Ok(data) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|doc| doc["text"].as_str().map(String::from))
        .collect()
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
