//! Conversations on any UTF-8 text: no panic; each sentence is an exact slice in document
//! order, and its speaker, when it has one, is a slice of the input that stands before it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use salient::{Format, Length, Summarizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for length in [Length::Ratio(1.0), Length::Words(20)] {
        let summary = Summarizer::new()
            .format(Format::Conversation)
            .length(length)
            .summarize(text)
            .expect("the options are valid");
        assert_eq!(summary.format, Format::Conversation);
        let mut covered = 0;
        for sentence in &summary.sentences {
            assert!(sentence.span.start >= covered);
            assert_eq!(text.get(sentence.span.clone()), Some(sentence.text));
            covered = sentence.span.end;
            if let Some(speaker) = sentence.speaker {
                let start = speaker.as_ptr() as usize - text.as_ptr() as usize;
                assert!(start + speaker.len() <= sentence.span.start);
                assert_eq!(text.get(start..start + speaker.len()), Some(speaker));
            }
        }
    }
});
