//! The splitter on any bytes that are UTF-8, in every language: it must not panic, and its
//! pieces must be exact, ordered, non-overlapping slices.

#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{split_sentences, Language};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for &language in std::iter::once(&Language::Auto).chain(Language::ALL) {
        let mut covered = 0;
        for segment in split_sentences(text, language) {
            assert!(segment.span.start >= covered);
            assert_eq!(text.get(segment.span.clone()), Some(segment.text));
            covered = segment.span.end;
        }
    }
});
