//! The JavaScript bindings (`src/wasm.rs`) inside a JavaScript engine: Node by default,
//! headless Chromium with `WASM_BINDGEN_USE_BROWSER=1`. Run with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target
//! wasm32-unknown-unknown --test wasm` (`scripts/test.sh` does).
#![cfg(target_arch = "wasm32")]

use salient::wasm::{algorithms, language_code, languages, split_sentences, summarize};
use salient::Language;
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "\
Harbor City Opens Tidal Power Station

Harbor City switched on its first tidal power station on Monday. The tidal station powers \
about 40,000 homes from the rise and fall of the bay. Tides are predictable, which makes \
tidal power easy to plan for. Some residents came to watch.";

/// The message of the JavaScript `Error` a binding threw.
fn message(error: JsError) -> String {
    js_sys::Error::from(JsValue::from(error))
        .message()
        .as_string()
        .unwrap_or_default()
}

/// The (start, end) pairs of a flat result, four numbers per item.
fn spans(numbers: &[f64]) -> Vec<(usize, usize)> {
    numbers
        .chunks(4)
        .map(|item| (item[0] as usize, item[1] as usize))
        .collect()
}

/// `text[start..end]` with offsets in UTF-16 code units, as JavaScript's `slice`.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[wasm_bindgen_test]
fn summarize_gives_four_numbers_per_sentence() {
    let numbers = summarize(ARTICLE, "sentences", 2.0, "en", "tfidf", "general", 0.5).unwrap();
    assert_eq!(numbers.len(), 2 * 4);
    let native = salient::summarize(ARTICLE, 2).unwrap();
    for (item, sentence) in numbers.chunks(4).zip(&native.sentences) {
        // ASCII text: UTF-16 offsets are byte offsets.
        assert_eq!(item[0] as usize, sentence.span.start);
        assert_eq!(item[1] as usize, sentence.span.end);
        assert_eq!(item[2] as usize, sentence.index);
        assert_eq!(item[3], sentence.score);
    }
}

#[wasm_bindgen_test]
fn offsets_count_utf16_code_units() {
    let text = "Café 😀 opens. 東京は大きい。 Math 𝐀𝐁𝐂 is astral! The family 👨‍👩‍👧 waved.";
    let numbers = split_sentences(text, "en").unwrap();
    let pieces: Vec<String> = spans(&numbers)
        .into_iter()
        .map(|(start, end)| utf16_slice(text, start, end))
        .collect();
    assert_eq!(
        pieces,
        [
            "Café 😀 opens.",
            "東京は大きい。",
            "Math 𝐀𝐁𝐂 is astral!",
            "The family 👨‍👩‍👧 waved."
        ]
    );
    let summary = summarize(text, "ratio", 1.0, "en", "textrank", "general", 1.0).unwrap();
    for (start, end) in spans(&summary) {
        assert!(pieces.contains(&utf16_slice(text, start, end)));
    }
}

#[wasm_bindgen_test]
fn split_marks_kind_and_paragraph() {
    let numbers = split_sentences("A Title\nA sentence here.\n\nAnother one.", "en").unwrap();
    assert_eq!(
        numbers,
        [0.0, 7.0, 0.0, 0.0, 8.0, 24.0, 1.0, 0.0, 26.0, 38.0, 1.0, 1.0]
    );
}

#[wasm_bindgen_test]
fn every_budget_and_language_works_on_any_text() {
    let texts = ["", " \n ", ".", "?!…", "Ünïcödé. 😀!", ARTICLE];
    for &language in Language::ALL {
        for text in texts {
            for (budget, amount) in [
                ("sentences", 3.0),
                ("ratio", 0.5),
                ("words", 20.0),
                ("chars", 100.0),
            ] {
                for algorithm in ["tfidf", "textrank"] {
                    summarize(
                        text,
                        budget,
                        amount,
                        language.code(),
                        algorithm,
                        "general",
                        0.5,
                    )
                    .unwrap();
                }
            }
            split_sentences(text, language.code()).unwrap();
        }
    }
}

#[wasm_bindgen_test]
fn invalid_options_are_errors_that_say_what_to_give() {
    let cases = [
        (
            summarize(ARTICLE, "sentences", 0.0, "en", "tfidf", "general", 0.5),
            "the length budget is 0 sentences",
        ),
        (
            summarize(ARTICLE, "words", 2.5, "en", "tfidf", "general", 0.5),
            "the words budget must be a whole number of at least 1, not 2.5",
        ),
        (
            summarize(ARTICLE, "chars", -1.0, "en", "tfidf", "general", 0.5),
            "the chars budget must be a whole number",
        ),
        (
            summarize(ARTICLE, "ratio", f64::NAN, "en", "tfidf", "general", 0.5),
            "the length ratio NaN is not in (0, 1]",
        ),
        (
            summarize(ARTICLE, "pages", 1.0, "en", "tfidf", "general", 0.5),
            "unknown length budget \"pages\": use one of sentences, ratio, words, chars",
        ),
        (
            summarize(ARTICLE, "sentences", 3.0, "xx", "tfidf", "general", 0.5),
            "unknown language \"xx\": use one of auto, ar, da, de, el, en",
        ),
        (
            summarize(ARTICLE, "sentences", 3.0, "en", "lexrank", "general", 0.5),
            "unknown algorithm \"lexrank\": use one of textrank, tfidf",
        ),
        (
            summarize(ARTICLE, "sentences", 3.0, "en", "tfidf", "general", 0.0),
            "the redundancy threshold 0 is not in (0, 1]",
        ),
        (
            split_sentences(ARTICLE, "klingon"),
            "unknown language \"klingon\"",
        ),
    ];
    for (result, expected) in cases {
        let message = message(result.unwrap_err());
        assert!(message.starts_with(expected), "{message:?}");
    }
}

#[wasm_bindgen_test]
fn languages_and_algorithms_are_listed() {
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(languages(), codes);
    assert_eq!(algorithms(), ["textrank", "tfidf"]);
    assert_eq!(language_code(" German ").unwrap(), "de");
    assert!(message(language_code("xx").unwrap_err()).contains("use one of"));
}
