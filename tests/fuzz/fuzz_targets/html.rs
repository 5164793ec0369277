//! Pages of any bytes with any options: no panic; every block and every sentence of the
//! summary an exact slice of the main text, its element a range of the page, in order.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use salient::{html, Length, Summarizer};

#[derive(Debug, Arbitrary)]
struct Input {
    page: Vec<u8>,
    sentences: u8,
}

fuzz_target!(|input: Input| {
    let source = String::from_utf8_lossy(&input.page);
    let page = html::extract(&source);
    let mut previous = 0;
    for block in &page.blocks {
        assert!(block.span.start >= previous);
        assert!(page.text.get(block.span.clone()).is_some());
        assert!(source.get(block.element.clone()).is_some());
        previous = block.span.end;
    }
    let summarizer = Summarizer::new().length(Length::Sentences(usize::from(input.sentences)));
    match summarizer.summarize_page(&page) {
        Ok(summary) => {
            let mut previous = 0;
            for sentence in &summary.sentences {
                assert_eq!(&page.text[sentence.span.clone()], sentence.text);
                assert!(sentence.span.start >= previous);
                assert!(source.get(sentence.element.clone()).is_some());
                assert!(sentence.score.is_finite());
                previous = sentence.span.end;
            }
        }
        // Only the zero budget is refused.
        Err(error) => assert_eq!(input.sentences, 0, "{error}"),
    }
});
