//! Hostile inputs: every one gives a valid result. How the time grows with the input's
//! size is measured by `benches/hostile.rs` (linear), not asserted here by the clock.
//! The texts are about 1 MB here, so that the debug-built tests stay quick.

use salient::{split_sentences, Algorithm, Language, Length, Summarizer};

#[path = "common/hostile.rs"]
mod hostile;

use hostile::hostile_texts;

#[test]
fn every_hostile_text_gives_a_valid_summary_and_split() {
    for (name, text) in hostile_texts(1_000_000) {
        for &algorithm in Algorithm::ALL {
            let summary = Summarizer::new()
                .length(Length::Sentences(3))
                .algorithm(algorithm)
                .summarize(&text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(summary.len() <= 3, "{name}");
            for sentence in &summary.sentences {
                assert_eq!(&text[sentence.span.clone()], sentence.text, "{name}");
                assert!(sentence.score.is_finite(), "{name}");
            }
        }
        let segments = split_sentences(&text, Language::Auto);
        let mut covered = 0;
        for segment in &segments {
            assert!(segment.span.start >= covered, "{name}");
            assert_eq!(&text[segment.span.clone()], segment.text, "{name}");
            covered = segment.span.end;
        }
    }
}

/// Every hostile text answers a query, and every hostile text is a query: a valid summary
/// either way (20 KB each).
#[test]
#[cfg(feature = "query")]
fn hostile_texts_and_hostile_queries_give_valid_summaries() {
    let texts = hostile_texts(20_000);
    for (name, text) in &texts {
        for (query_name, query) in &texts {
            let summarizer = Summarizer::new().length(Length::Words(100)).query(query);
            match summarizer.summarize(text) {
                Ok(summary) => {
                    assert!(summary.query_matched.is_some(), "{name}, {query_name}");
                    for sentence in &summary.sentences {
                        assert_eq!(&text[sentence.span.clone()], sentence.text, "{name}");
                        assert!(sentence.score.is_finite(), "{name}, {query_name}");
                    }
                }
                Err(error) => {
                    assert!(query.trim().is_empty(), "{name}, {query_name}: {error}");
                }
            }
        }
    }
}
