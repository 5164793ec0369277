//! Every way a call into salient can fail.

use thiserror::Error;

/// An error from salient: always an invalid option, never a problem with the text.
///
/// Any `&str` can be summarized, including an empty one; only options can be wrong. Each
/// message names the option, the value given and what to give instead.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum Error {
    /// A length budget of zero sentences, words or characters.
    #[error("the length budget is 0 {unit}: ask for at least 1 {unit}")]
    ZeroLength {
        /// `"sentences"`, `"words"` or `"characters"`.
        unit: &'static str,
    },

    /// A ratio that is not a number in (0, 1].
    #[error(
        "the length ratio {ratio} is not in (0, 1]: give the share of the document's \
         sentences to keep, e.g. 0.2 for a fifth"
    )]
    InvalidRatio {
        /// The ratio given.
        ratio: f64,
    },

    /// A redundancy threshold that is not a number in (0, 1].
    #[error(
        "the redundancy threshold {threshold} is not in (0, 1]: give the similarity above \
         which a sentence repeats one already chosen, e.g. 0.5 (1 drops exact repeats only)"
    )]
    InvalidRedundancy {
        /// The threshold given.
        threshold: f64,
    },

    /// A language name or code this build does not know.
    #[error("unknown language {name:?}: use one of {known}")]
    UnknownLanguage {
        /// The name given.
        name: String,
        /// The codes this build accepts.
        known: String,
    },

    /// A profile name salient does not know.
    #[error("unknown profile {name:?}: use one of {known}")]
    UnknownProfile {
        /// The name given.
        name: String,
        /// The names salient accepts.
        known: String,
    },

    /// An algorithm name salient does not know.
    #[error("unknown algorithm {name:?}: use one of {known}")]
    UnknownAlgorithm {
        /// The name given.
        name: String,
        /// The names salient accepts.
        known: String,
    },
}
