//! Extractive summarization: the few sentences that best carry a text, returned verbatim
//! with their byte offsets and scores.
//!
//! ```
//! let text = "\
//! Harbor City Opens Tidal Power Station
//!
//! Harbor City switched on its first tidal power station on Monday. The tidal station \
//! powers about 40,000 homes from the rise and fall of the bay. Tides are predictable, \
//! which makes tidal power easy to plan for. Some residents came to watch.";
//!
//! let summary = salient::summarize(text, 2)?;
//! assert_eq!(
//!     summary.to_string(),
//!     "Harbor City switched on its first tidal power station on Monday. \
//!      The tidal station powers about 40,000 homes from the rise and fall of the bay."
//! );
//! for sentence in &summary.sentences {
//!     // Every sentence is an exact slice of the input.
//!     assert_eq!(&text[sentence.span.clone()], sentence.text);
//! }
//! # Ok::<(), salient::Error>(())
//! ```
//!
//! The title line has no full stop, so it is a *fragment*: it never appears in a summary.
//!
//! # The pipeline
//!
//! A text flows one way through these stages:
//!
//! 1. **language** — [`Language::Auto`], the default, detects the language from the
//!    script and, for Latin script, the stop words; a named [`Language`] always wins.
//! 2. **segment** — [`split_sentences`] finds sentences and fragments (titles, headings,
//!    dates, link lists) as byte ranges in one linear pass, with the language's rules for
//!    abbreviations, initials, ordinals, numbers, URLs, ellipses, lists, and quotes after
//!    the stop, and the full stops of scripts that have their own.
//! 3. **main content** — blocks of sentences apart from the article (comment boxes,
//!    unrelated articles glued after it) are left out.
//! 4. **tokenize** — words ([`word_count`] counts them), lowercased, stop words dropped,
//!    Snowball-stemmed; neighbouring Chinese and Japanese characters pair into terms.
//! 5. **represent** — each sentence becomes a TF-IDF vector, the sentences being the
//!    documents.
//! 6. **rank** — an [`Algorithm`] scores every sentence, and a [`Profile`] weighs the
//!    scores by position and length.
//! 7. **select** — the best sentences within the [`Length`] budget, skipping any that
//!    repeats or nearly repeats one already chosen, or that leans on a sentence left out,
//!    in document order.
//!
//! With the `stages` feature, the module `salient::stages` runs these one at a time, for
//! benchmarks and experiments.
//!
//! [`Summarizer`] holds the options and can be reused across texts:
//!
//! ```
//! use salient::{Algorithm, Length, Summarizer};
//!
//! let summarizer = Summarizer::new()
//!     .length(Length::Words(40))
//!     .algorithm(Algorithm::TextRank);
//! let summary = summarizer.summarize("One. Two. Three.")?;
//! assert!(summary.len() <= 3);
//! # Ok::<(), salient::Error>(())
//! ```
//!
//! Invalid options are [`Error`]s whose messages say what to change; any text, including an
//! empty one, is accepted.
//!
//! ```
//! let error = salient::Summarizer::new()
//!     .length(salient::Length::Ratio(1.5))
//!     .summarize("Some text.")
//!     .unwrap_err();
//! assert!(error.to_string().starts_with("the length ratio 1.5 is not in (0, 1]"));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod collection;
mod content;
mod error;
#[cfg(feature = "html")]
pub mod html;
mod keyphrases;
mod language;
mod length;
mod lowercase;
mod options;
mod order;
mod profile;
mod rank;
mod read;
mod represent;
pub mod segment;
mod select;
#[cfg(feature = "stages")]
pub mod stages;
#[cfg(not(feature = "stages"))]
mod stages;
mod summarizer;
mod summary;
mod tokenize;
mod words;

pub use collection::{CollectionSentence, CollectionSummary, DocumentReading};
pub use error::Error;
pub use keyphrases::{keyphrases, Keyphrase, KeyphraseExtractor};
pub use language::{Language, LanguageDetector};
pub use length::Length;
pub use options::OptionValue;
pub use profile::Profile;
pub use rank::Algorithm;
pub use read::Format;
pub use segment::{split_sentences, Segment, SegmentKind};
pub use summarizer::{summarize, Summarizer};
pub use summary::{Sentence, Summary};
pub use words::word_count;

/// The README's Rust example runs as a doc test, so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
