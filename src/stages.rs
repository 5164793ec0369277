//! The summarizer's pipeline one stage at a time: read → segment → tokenize → represent →
//! rank → select. [`Summarizer::summarize`](crate::Summarizer::summarize) is exactly these
//! six calls in order, with [`query`] after `tokenize` when it has a query. Each stage takes the one before it by value, so that no stage can meet
//! the output of another text, and only the options it reads.
//!
//! The module is public with the `stages` feature, so that benchmarks and experiments can
//! time or inspect a stage alone; its types are opaque, and may change in any release.
//!
//! ```
//! # #[cfg(feature = "stages")] { // the module is private without the feature
//! use salient::{stages, Algorithm, Format, Language, Length, Profile, Summarizer};
//!
//! let text = "Cats purr. Cats sleep all day. Dogs bark.";
//! let reading = stages::read(text, Format::Auto);
//! let segmented = stages::segment(&reading, Language::Auto);
//! let tokenized = stages::tokenize(segmented);
//! let represented = stages::represent(tokenized);
//! let ranked = stages::rank(represented, Algorithm::TfIdf, Profile::General);
//! let summary = stages::select(&ranked, Length::Sentences(1), 0.5);
//! assert_eq!(summary, Summarizer::new().length(Length::Sentences(1)).summarize(text)?);
//! # }
//! # Ok::<(), salient::Error>(())
//! ```

use crate::language::Language;
use crate::length::Length;
use crate::profile::Profile;
use crate::rank::Algorithm;
use crate::read::Format;
use crate::summary::Summary;

pub use crate::rank::Ranked;
pub use crate::read::Reading;
pub use crate::represent::Represented;
pub use crate::segment::blocks::Segmented;
pub use crate::tokenize::Tokenized;

/// Reads `text` as `format` (told from the text for [`Format::Auto`]): its blocks, and what
/// each is.
pub fn read(text: &str, format: Format) -> Reading<'_> {
    crate::read::read(text, format)
}

/// Splits the blocks of `reading` into sentences (with `language`, detected when
/// [`Language::Auto`]) and groups them into the blocks of the page: two or more fragments in
/// a row (a title and a byline, a list of links) start a new block, while a single heading
/// between two sentences goes on with the same text. Each sentence knows whether it leans on
/// the one before it.
pub fn segment<'a>(reading: &Reading<'a>, language: Language) -> Segmented<'a> {
    crate::segment::blocks::segment(reading, language)
}

/// Tokenizes each sentence with the rules of its language: words lowercased, stop words
/// dropped, stemmed, interned as term ids.
pub fn tokenize(segmented: Segmented<'_>) -> Tokenized<'_> {
    crate::tokenize::tokenize(segmented)
}

/// Reads `query` in the terms of `tokenized`, by the text's own rules (its language's stop
/// words and stemmer, CJK pairs), so that the ranker weighs each sentence by how well it
/// answers the query as well as by how central it is. Words that only frame a request
/// ("summarize the meeting") are left out.
#[cfg(feature = "query")]
pub fn query<'a>(tokenized: Tokenized<'a>, query: &str) -> Tokenized<'a> {
    crate::tokenize::tokenize_query(tokenized, query)
}

/// Weighs every sentence's terms by TF-IDF, keeps the page's main content (blocks apart
/// from the article, such as comment boxes or unrelated articles glued after it, are left
/// out, and so is a sentence that leans on one left out) and weighs the kept sentences
/// again among themselves, so that text outside the article weighs on nothing.
pub fn represent(tokenized: Tokenized<'_>) -> Represented<'_> {
    crate::represent::represent(tokenized)
}

/// Scores each kept sentence with `algorithm`, weighed by `profile`; with a query (see
/// [`query`]), by how well it answers it too, and by no position.
pub fn rank(represented: Represented<'_>, algorithm: Algorithm, profile: Profile) -> Ranked<'_> {
    crate::rank::rank(represented, algorithm, profile)
}

/// Chooses the best-scored sentences within `length` (under a budget of sentences, each
/// score weighed by how well the sentence's length serves a summary of that many, as the
/// profile says), skipping any that repeats or nearly
/// repeats one already chosen (TF-IDF cosine above `redundancy`) or that leans on a sentence
/// left out, in document order. The options should be valid, as
/// [`Summarizer::validate`](crate::Summarizer::validate) checks; invalid ones give some
/// summary, never a panic.
pub fn select<'a>(ranked: &Ranked<'a>, length: Length, redundancy: f64) -> Summary<'a> {
    crate::select::summary(ranked, length, redundancy)
}
