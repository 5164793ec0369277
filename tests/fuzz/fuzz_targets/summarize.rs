//! Summaries of any text with any options, a query among them: no panic, and every
//! sentence an exact slice of the text, in document order, with a finite score.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use salient::{Algorithm, Language, Length, Profile, Summarizer};

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    length: (u8, u16, f64),
    language: u8,
    textrank: bool,
    news: bool,
    redundancy: f64,
    query: Option<String>,
}

fuzz_target!(|input: Input| {
    let (kind, amount, ratio) = input.length;
    let length = match kind % 4 {
        0 => Length::Sentences(usize::from(amount)),
        1 => Length::Words(usize::from(amount)),
        2 => Length::Chars(usize::from(amount)),
        _ => Length::Ratio(ratio),
    };
    let languages: Vec<Language> = std::iter::once(Language::Auto)
        .chain(Language::ALL.iter().copied())
        .collect();
    let language = languages[usize::from(input.language) % languages.len()];
    let summarizer = Summarizer::new()
        .length(length)
        .language(language)
        .algorithm(if input.textrank {
            Algorithm::TextRank
        } else {
            Algorithm::TfIdf
        })
        .profile(if input.news {
            Profile::News
        } else {
            Profile::General
        })
        .redundancy(input.redundancy);
    let summarizer = match &input.query {
        Some(query) => summarizer.query(query.as_str()),
        None => summarizer,
    };
    let Ok(summary) = summarizer.summarize(&input.text) else {
        assert!(summarizer.validate().is_err());
        return;
    };
    assert_eq!(summary.query_matched.is_some(), input.query.is_some());
    let mut previous = None;
    for sentence in &summary.sentences {
        assert_eq!(input.text.get(sentence.span.clone()), Some(sentence.text));
        assert!(sentence.score.is_finite());
        assert!(previous < Some(sentence.index));
        previous = Some(sentence.index);
    }
});
