//! One summary of any documents with any budget and ranker: no panic, and every sentence
//! an exact slice of its own document, by document then position, none twice.

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
    let Ok(summary) = summarizer.summarize_documents(&input.documents) else {
        assert!(summarizer.validate().is_err(), "valid options refused");
        return;
    };
    assert_eq!(summary.documents.len(), input.documents.len());
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
