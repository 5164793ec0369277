//! Keyphrases of any text with any options: no panic, at most the count asked for, scores
//! in (0, 1] in rank order, and every span an exact slice of the text, in order, with the
//! phrase's text one of them.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use salient::{KeyphraseExtractor, Language};

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    count: u8,
    max_words: u8,
    language: u8,
    redundancy: f64,
}

fuzz_target!(|input: Input| {
    let languages: Vec<Language> = std::iter::once(Language::Auto)
        .chain(Language::ALL.iter().copied())
        .collect();
    let language = languages[usize::from(input.language) % languages.len()];
    let extractor = KeyphraseExtractor::new()
        .count(usize::from(input.count))
        .max_words(usize::from(input.max_words))
        .language(language)
        .redundancy(input.redundancy);
    let Ok(phrases) = extractor.extract(&input.text) else {
        assert!(extractor.validate().is_err());
        return;
    };
    assert!(phrases.len() <= usize::from(input.count));
    let mut previous_score = f64::INFINITY;
    for phrase in &phrases {
        assert!(phrase.score > 0.0 && phrase.score <= previous_score);
        previous_score = phrase.score;
        let mut end = 0;
        for span in &phrase.spans {
            assert!(input.text.get(span.clone()).is_some_and(|slice| !slice.is_empty()));
            assert!(span.start >= end);
            end = span.end;
        }
        assert!(phrase
            .spans
            .iter()
            .any(|span| input.text.get(span.clone()) == Some(phrase.text)));
    }
});
