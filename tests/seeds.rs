//! Summaries of real scraped pages (`../shared/data/seeds/`): only full sentences, never a
//! title, date, heading, link line or footer, and never one sentence twice.

mod common;

use std::fs;
use std::ops::Range;

use salient::{split_sentences, Algorithm, Language, Length, SegmentKind, Summarizer};

/// Byte ranges of the page's lines that are not prose: lines without sentence-final
/// punctuation at their end (titles, dates, headings, link lists, footers).
fn non_prose_lines(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut start = 0;
    let mut lines = Vec::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() && !trimmed.ends_with(['.', '!', '?', '"', '\'', '”', '’', ')'])
        {
            lines.push((start..start + line.len(), trimmed));
        }
        start += line.len();
    }
    lines
}

#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
fn seed_summaries_hold_only_full_distinct_sentences() {
    let folder = common::shared_data("seeds");
    let mut seeds: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    assert!(
        seeds.len() >= 4,
        "expected the four seed articles in {}",
        folder.display()
    );

    for path in &seeds {
        let text = fs::read_to_string(path).unwrap();
        let sentences: Vec<_> = split_sentences(&text, Language::English)
            .into_iter()
            .filter(|s| s.kind == SegmentKind::Sentence)
            .collect();
        let fragments = non_prose_lines(&text);
        for &algorithm in Algorithm::ALL {
            for n in [3, 5] {
                let summary = Summarizer::new()
                    .length(Length::Sentences(n))
                    .algorithm(algorithm)
                    .summarize(&text)
                    .unwrap();
                let context = format!("{} with {algorithm}, {n} sentences", path.display());
                assert_eq!(summary.len(), n, "{context}");
                let mut seen = Vec::new();
                for sentence in &summary.sentences {
                    assert_eq!(&text[sentence.span.clone()], sentence.text, "{context}");
                    assert_eq!(sentences[sentence.index].span, sentence.span, "{context}");
                    assert!(
                        sentence.text.split_whitespace().count() >= 6,
                        "{context}: too short for a body sentence: {:?}",
                        sentence.text
                    );
                    for (line, fragment) in &fragments {
                        let overlaps =
                            sentence.span.start < line.end && line.start < sentence.span.end;
                        assert!(
                            !overlaps,
                            "{context}: {:?} takes text from the non-prose line {fragment:?}",
                            sentence.text
                        );
                    }
                    let normalized: String = sentence.text.split_whitespace().collect();
                    assert!(
                        !seen.contains(&normalized),
                        "{context}: {:?} chosen twice",
                        sentence.text
                    );
                    seen.push(normalized);
                }
            }
        }
    }
}

/// Each seed's article body: the opening words of its first and of its last sentence.
/// Everything before (site name, title, date) and after (newsletter boxes, comments, link
/// lists, the unrelated articles glued after the body) is not the article.
const BODIES: &[(&str, &str, &str)] = &[
    (
        "000_",
        "China's tech sector is focusing",
        "Others argue that innovation cannot be bought",
    ),
    (
        "001_",
        "China's tech sector is focusing",
        "Others argue that innovation cannot be bought",
    ),
    (
        "002_",
        "China's technology giants are actively competing",
        "Only then can China hope",
    ),
    (
        "003_",
        "TAIPEI, Taiwan: When OpenAI blocked",
        "This article originally appeared in The New York Times.",
    ),
];

/// The byte range of a seed's body, from the start of its first sentence to the end of the
/// line holding the last occurrence of its last sentence.
fn body(text: &str, first: &str, last: &str) -> Range<usize> {
    let start = text
        .find(first)
        .expect("the body's first sentence is in the seed");
    let last_start = text
        .rfind(last)
        .expect("the body's last sentence is in the seed");
    let end = text[last_start..]
        .find('\n')
        .map_or(text.len(), |offset| last_start + offset);
    start..end
}

#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
fn summaries_of_any_length_come_from_the_article_body_alone() {
    let folder = common::shared_data("seeds");
    for &(prefix, first, last) in BODIES {
        let path = fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|path| {
                path.file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with(prefix))
            })
            .unwrap_or_else(|| panic!("no seed {prefix}* in {}", folder.display()));
        let text = fs::read_to_string(&path).unwrap();
        let body = body(&text, first, last);
        for &algorithm in Algorithm::ALL {
            // Three and five sentences, and as many as the page offers.
            for length in [
                Length::Sentences(3),
                Length::Sentences(5),
                Length::Ratio(1.0),
            ] {
                let summary = Summarizer::new()
                    .length(length)
                    .algorithm(algorithm)
                    .summarize(&text)
                    .unwrap();
                assert!(summary.len() >= 3, "{}", path.display());
                for sentence in &summary.sentences {
                    assert!(
                        body.start <= sentence.span.start && sentence.span.end <= body.end,
                        "{} ({algorithm}, {length:?}): {:?} is outside the article body",
                        path.display(),
                        sentence.text
                    );
                }
            }
        }
    }
}
