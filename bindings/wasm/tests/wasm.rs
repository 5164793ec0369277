//! The JavaScript bindings (`bindings/wasm/src/lib.rs`) inside a JavaScript engine: Node by default,
//! headless Chromium with `WASM_BINDGEN_USE_BROWSER=1`. Run with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target
//! wasm32-unknown-unknown -p salient-wasm --test wasm` (`scripts/test.sh` does).
#![cfg(target_arch = "wasm32")]

use salient::Language;
use salient_wasm::{
    algorithms, formats, languages, split_sentences, summarize, SEGMENT_STRIDE, SPLIT_HEADER,
    SUMMARY_HEADER, SUMMARY_STRIDE,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "\
Harbor City Opens Tidal Power Station

Harbor City switched on its first tidal power station on Monday. The tidal station powers \
about 40,000 homes from the rise and fall of the bay. Tides are predictable, which makes \
tidal power easy to plan for. Some residents came to watch.";

/// The name (`TypeError`, `RangeError`, `Error`) and message of the error a binding threw.
fn thrown(error: JsValue) -> (String, String) {
    let error = js_sys::Error::from(error);
    (
        error.name().as_string().unwrap_or_default(),
        error.message().as_string().unwrap_or_default(),
    )
}

/// An option as the package's `api.js` sends it.
enum Value {
    Number(f64),
    Text(&'static str),
}

/// Calls `summarize` with the options as `api.js` sends them.
fn summarize_with(text: &str, options: &[(&str, Value)]) -> Result<Vec<f64>, JsValue> {
    let (names, kinds, numbers, strings) = lists(options);
    summarize(text, names, &kinds, numbers, strings)
}

/// Calls `splitSentences` with the options as `api.js` sends them.
fn split_with(text: &str, options: &[(&str, Value)]) -> Result<Vec<f64>, JsValue> {
    let (names, kinds, numbers, strings) = lists(options);
    split_sentences(text, names, &kinds, numbers, strings)
}

fn lists(options: &[(&str, Value)]) -> (Vec<String>, String, Vec<f64>, Vec<String>) {
    let mut lists = (Vec::new(), String::new(), Vec::new(), Vec::new());
    for (name, value) in options {
        lists.0.push(name.to_string());
        match value {
            Value::Number(number) => {
                lists.1.push('n');
                lists.2.push(*number);
                lists.3.push(String::new());
            }
            Value::Text(text) => {
                lists.1.push('s');
                lists.2.push(0.0);
                lists.3.push(text.to_string());
            }
        }
    }
    lists
}

/// The (start, end) pairs of a flat result, `stride` numbers per item.
fn spans(numbers: &[f64], stride: usize) -> Vec<(usize, usize)> {
    numbers
        .chunks(stride)
        .map(|item| (item[0] as usize, item[1] as usize))
        .collect()
}

/// `text[start..end]` with offsets in UTF-16 code units, as JavaScript's `slice`.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[wasm_bindgen_test]
fn summarize_gives_the_header_and_six_numbers_per_sentence() {
    let numbers = summarize_with(ARTICLE, &[("sentences", Value::Number(2.0))]).unwrap();
    let native = salient::summarize(ARTICLE, 2).unwrap();
    let english = Language::ALL
        .iter()
        .position(|&l| l == Language::English)
        .unwrap();
    assert_eq!(numbers[0] as usize, english);
    assert_eq!(formats()[numbers[1] as usize], native.format.name());
    assert_eq!(numbers[2] as usize, native.document_sentences);
    assert_eq!(numbers[3], -1.0, "no query");
    let sentences = &numbers[SUMMARY_HEADER..];
    assert_eq!(sentences.len(), 2 * SUMMARY_STRIDE);
    for (item, sentence) in sentences.chunks(SUMMARY_STRIDE).zip(&native.sentences) {
        // ASCII text: UTF-16 offsets are byte offsets.
        assert_eq!(item[0] as usize, sentence.span.start);
        assert_eq!(item[1] as usize, sentence.span.end);
        assert_eq!(item[2] as usize, sentence.index);
        assert_eq!(item[3], sentence.score);
        // Not a conversation: no speaker.
        assert_eq!((item[4], item[5]), (-1.0, -1.0));
    }
}

#[wasm_bindgen_test]
fn offsets_count_utf16_code_units() {
    let text = "Café 😀 opens. 東京は大きい。 Math 𝐀𝐁𝐂 is astral! The family 👨‍👩‍👧 waved.";
    let numbers = split_with(text, &[("language", Value::Text("en"))]).unwrap();
    let pieces: Vec<String> = spans(&numbers[SPLIT_HEADER..], SEGMENT_STRIDE)
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
    let summary = summarize_with(
        text,
        &[
            ("ratio", Value::Number(1.0)),
            ("algorithm", Value::Text("textrank")),
            ("redundancy", Value::Number(1.0)),
        ],
    )
    .unwrap();
    for (start, end) in spans(&summary[SUMMARY_HEADER..], SUMMARY_STRIDE) {
        assert!(pieces.contains(&utf16_slice(text, start, end)));
    }
}

#[wasm_bindgen_test]
fn split_marks_kind_and_paragraph() {
    let numbers = split_with("A Title\nA sentence here.\n\nAnother one.", &[]).unwrap();
    assert_eq!(
        numbers[SPLIT_HEADER..],
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
                    let (names, kinds, numbers, strings) = lists(&[
                        (budget, Value::Number(amount)),
                        ("algorithm", Value::Text(algorithm)),
                    ]);
                    let mut names = names;
                    let mut strings = strings;
                    let mut numbers = numbers;
                    names.push("language".to_string());
                    strings.push(language.code().to_string());
                    numbers.push(0.0);
                    summarize(text, names, &format!("{kinds}s"), numbers, strings).unwrap();
                }
            }
            split_sentences(
                text,
                vec!["language".to_string()],
                "s",
                vec![0.0],
                vec![language.code().to_string()],
            )
            .unwrap();
        }
    }
}

#[wasm_bindgen_test]
fn invalid_options_are_errors_of_their_kind_with_the_library_message() {
    let cases = [
        (
            summarize_with(ARTICLE, &[("sentences", Value::Number(0.0))]),
            "RangeError",
            "the length budget is 0 sentences",
        ),
        (
            summarize_with(ARTICLE, &[("words", Value::Number(2.5))]),
            "RangeError",
            "the words budget must be a whole number of at least 1, not 2.5",
        ),
        (
            summarize_with(ARTICLE, &[("ratio", Value::Number(f64::NAN))]),
            "RangeError",
            "the length ratio NaN is not in (0, 1]",
        ),
        (
            summarize_with(ARTICLE, &[("pages", Value::Number(1.0))]),
            "Error",
            "unknown option \"pages\": the options are sentences, ratio, words, chars",
        ),
        (
            summarize_with(ARTICLE, &[("language", Value::Text("xx"))]),
            "Error",
            "unknown language \"xx\": use one of auto, ar, da, de, el, en",
        ),
        (
            summarize_with(ARTICLE, &[("language", Value::Number(1.0))]),
            "TypeError",
            "the option language must be a string, not the number 1",
        ),
        (
            summarize_with(ARTICLE, &[("algorithm", Value::Text("lexrank"))]),
            "Error",
            "unknown algorithm \"lexrank\": use one of textrank, tfidf",
        ),
        (
            summarize_with(ARTICLE, &[("redundancy", Value::Number(0.0))]),
            "RangeError",
            "the redundancy threshold 0 is not in (0, 1]",
        ),
        (
            split_with(ARTICLE, &[("language", Value::Text("klingon"))]),
            "Error",
            "unknown language \"klingon\"",
        ),
    ];
    for (result, kind, expected) in cases {
        let (name, message) = thrown(result.unwrap_err());
        assert_eq!(name, kind, "{message}");
        assert!(message.starts_with(expected), "{message:?}");
    }
}

#[wasm_bindgen_test]
fn languages_and_algorithms_are_listed() {
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(languages(), codes);
    assert_eq!(algorithms(), ["textrank", "tfidf"]);
}
