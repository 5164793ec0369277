//! One summary of any documents with any budget, ranker and query: no panic, and every
//! sentence an exact slice of its own document, by document then position.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use salient::{Algorithm, Length, Profile, Summarizer};

#[derive(Debug, Arbitrary)]
struct Input {
    documents: Vec<String>,
    length: (u8, u16, f64),
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
    let summarizer = Summarizer::new()
        .length(length)
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
    let Ok(summary) = summarizer.summarize_documents(&input.documents) else {
        assert!(summarizer.validate().is_err(), "valid options refused");
        return;
    };
    assert_eq!(summary.documents.len(), input.documents.len());
    assert_eq!(summary.query_matched.is_some(), input.query.is_some());
    let mut previous: Option<(usize, usize)> = None;
    for sentence in &summary.sentences {
        let document = &input.documents[sentence.document];
        assert_eq!(&document[sentence.span.clone()], sentence.text);
        assert!(previous.is_none_or(|(d, end)| d < sentence.document
            || (d == sentence.document && end <= sentence.span.start)));
        previous = Some((sentence.document, sentence.span.end));
        assert!(sentence.score.is_finite());
    }
});
