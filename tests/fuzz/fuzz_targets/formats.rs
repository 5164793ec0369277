//! Format detection and every reader on any UTF-8 text: no panic; the format told from the
//! text is one a text is read as; each summary's sentences are exact slices in document
//! order, and none read as Markdown or e-mail holds a line that opens with a `>` marker.

#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{Format, Length, Summarizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    assert!(Format::ALL.contains(&Format::Auto.resolve(text)));
    for &format in std::iter::once(&Format::Auto).chain(Format::ALL) {
        let summary = Summarizer::new()
            .format(format)
            .length(Length::Ratio(1.0))
            .summarize(text)
            .expect("the options are valid");
        assert_ne!(summary.format, Format::Auto);
        let mut covered = 0;
        for sentence in &summary.sentences {
            assert!(sentence.span.start >= covered);
            assert_eq!(text.get(sentence.span.clone()), Some(sentence.text));
            covered = sentence.span.end;
            // Markdown and e-mail drop quote markers; a conversation's turns keep them.
            if !matches!(summary.format, Format::Text | Format::Conversation) {
                assert!(!sentence.text.lines().any(|line| line.trim_start().starts_with('>')));
            }
        }
    }
});
