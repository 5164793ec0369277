//! salient: extractive summarization.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
mod language;
pub mod segment;

pub use error::Error;
pub use language::Language;
pub use segment::{split_sentences, Segment, SegmentKind};
