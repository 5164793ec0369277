//! Keyphrases for any text and options: exact spans, scores in rank order, the same answer
//! every run, no panic on hostile input, and phrases in every script.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use salient::{keyphrases, Error, Keyphrase, KeyphraseExtractor, Language};

#[path = "common/hostile.rs"]
mod hostile;

/// Words, stop words, marks and separators of several scripts.
const PIECES: &[&str] = &[
    "solar",
    "panels",
    "Solar",
    "panel",
    "the",
    "of",
    "and",
    "roof",
    "roofs",
    "school",
    "said",
    "one",
    "real-time",
    "e-mail",
    "3.14",
    "U.S.",
    "Mr.",
    ".",
    ",",
    ";",
    "!",
    "?",
    "(",
    ")",
    "\"",
    "’",
    "—",
    "-",
    "Straße",
    "der",
    "été",
    "Москва",
    "и",
    "東京",
    "天气",
    "很好",
    "的",
    "。",
    "タワー",
    "の",
    "مرحبا",
    "🙂",
    "\u{301}",
    "\u{0}",
    "\u{feff}",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
];

fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| {
            let mut text = String::new();
            for (i, piece) in pieces.iter().enumerate() {
                if i % 3 != 0 {
                    text.push(' ');
                }
                text.push_str(piece);
            }
            text
        }),
        any::<String>(),
    ]
}

fn extractor() -> impl Strategy<Value = KeyphraseExtractor> {
    (
        1usize..15,
        1usize..6,
        prop::sample::select(
            std::iter::once(Language::Auto)
                .chain(Language::ALL.iter().copied())
                .collect::<Vec<_>>(),
        ),
        prop_oneof![Just(1.0), Just(0.7), 0.01f64..1.0],
    )
        .prop_map(|(count, max_words, language, redundancy)| {
            KeyphraseExtractor::new()
                .count(count)
                .max_words(max_words)
                .language(language)
                .redundancy(redundancy)
        })
}

/// Checks what holds of every list of keyphrases of `text`.
fn check(text: &str, count: usize, phrases: &[Keyphrase<'_>]) {
    assert!(phrases.len() <= count);
    let mut previous_score = f64::INFINITY;
    let mut first_spans = Vec::new();
    for phrase in phrases {
        assert!(phrase.score.is_finite() && phrase.score > 0.0 && phrase.score <= 1.0);
        assert!(phrase.score <= previous_score, "rank order");
        previous_score = phrase.score;
        assert!(!phrase.spans.is_empty());
        let mut end = 0;
        for span in &phrase.spans {
            let slice = text.get(span.clone()).expect("a span on char boundaries");
            assert!(!slice.is_empty() && slice.trim() == slice);
            assert!(span.start >= end, "spans in order, apart");
            end = span.end;
        }
        assert!(
            phrase
                .spans
                .iter()
                .any(|span| &text[span.clone()] == phrase.text),
            "the text is one of the occurrences"
        );
        first_spans.push(phrase.spans[0].clone());
    }
    let count = first_spans.len();
    first_spans.sort_by_key(|span| (span.start, span.end));
    first_spans.dedup();
    assert_eq!(first_spans.len(), count, "no phrase twice");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_exact_and_runs_agree(text in texty(), extractor in extractor()) {
        let phrases = extractor.extract(&text).unwrap();
        check(&text, extractor.get_count(), &phrases);
        prop_assert_eq!(extractor.extract(&text).unwrap(), phrases);
    }
}

#[test]
fn hostile_texts_give_valid_lists() {
    for (name, text) in hostile::hostile_texts(1_000_000) {
        let phrases = keyphrases(&text, 10).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(&text, 10, &phrases);
    }
}

#[test]
fn a_count_of_zero_says_what_to_give() {
    let error = keyphrases("Solar panels on roofs.", 0).unwrap_err();
    assert_eq!(error, Error::ZeroKeyphrases);
    assert!(error.to_string().contains("ask for at least 1 keyphrase"));
}

#[test]
fn texts_without_content_words_have_none() {
    for text in [
        "",
        "   \n\n",
        "the of and it",
        "... !? 1990 3.14",
        "\u{0}\u{feff}",
    ] {
        assert_eq!(keyphrases(text, 5).unwrap(), [], "{text:?}");
    }
}

#[test]
fn the_topic_comes_first_in_its_usual_form() {
    let text = "Heat Pumps in Old Houses\n\n\
        Heat pumps warm a house by moving heat from the air outside. Old houses lose heat \
        through thin walls, so a heat pump there needs insulation first. Installers say \
        heat pumps in old houses work well once the walls are insulated.";
    let phrases = keyphrases(text, 5).unwrap();
    let texts: Vec<&str> = phrases.iter().map(|phrase| phrase.text).collect();
    assert_eq!(texts[0], "heat pumps", "{texts:?}");
    // "Heat Pumps" in the title, "heat pump" in the singular: all occurrences.
    assert_eq!(phrases[0].spans.len(), 4, "{:?}", phrases[0]);
}

#[test]
#[cfg(feature = "lang-de")]
fn non_ascii_text_has_byte_spans() {
    let text = "Die Straßenbahn fährt durch die Altstadt. Die Straßenbahn ist neu, und die \
        Altstadt freut sich über die Straßenbahn.";
    let phrases = KeyphraseExtractor::new()
        .language(Language::German)
        .count(3)
        .extract(text)
        .unwrap();
    let tram = phrases
        .iter()
        .find(|phrase| phrase.text.starts_with("Straßenbahn"))
        .expect("the tram is a keyphrase");
    // "Die " is 4 bytes, and the span counts the two bytes of each "ß" and "ä".
    assert_eq!(tram.spans[0], 4..4 + tram.text.len());
    assert!(tram.text.len() > tram.text.chars().count());
    check(text, 3, &phrases);
}

#[test]
fn chinese_phrases_are_recurring_character_strings() {
    let text = "机器翻译是一个难题。机器翻译的质量在提高。研究人员改进了机器翻译。";
    let phrases = keyphrases(text, 3).unwrap();
    assert_eq!(phrases[0].text, "机器翻译", "{phrases:?}");
    assert_eq!(phrases[0].spans.len(), 3);
    check(text, 3, &phrases);
}

#[test]
fn japanese_particles_break_phrases() {
    let text = "東京タワーは東京の名所です。東京タワーの高さは三百三十三メートルです。";
    let phrases = keyphrases(text, 3).unwrap();
    assert!(
        phrases.iter().any(|phrase| phrase.text == "東京タワー"),
        "{phrases:?}"
    );
    check(text, 3, &phrases);
}
