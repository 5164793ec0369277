//! Every way a call into salient can fail.

use thiserror::Error;

/// An error from salient: always an invalid option, never a problem with the text.
///
/// Any `&str` can be summarized, including an empty one; only options can be wrong. Each
/// message names the option, the value given and what to give instead. The command line,
/// the npm package and the Python package show these same messages.
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
        "the length ratio {} is not in (0, 1]: give the share of the document's \
         sentences to keep, e.g. 0.2 for a fifth",
        plain_number(*ratio)
    )]
    InvalidRatio {
        /// The ratio given.
        ratio: f64,
    },

    /// A redundancy threshold that is not a number in (0, 1].
    #[error(
        "the redundancy threshold {} is not in (0, 1]: give the similarity above which a \
         sentence repeats one already chosen, e.g. 0.5 (1 drops exact repeats only)",
        plain_number(*threshold)
    )]
    InvalidRedundancy {
        /// The threshold given.
        threshold: f64,
    },

    /// A query that is empty or only whitespace.
    #[error(
        "the query is empty: give the words to focus the summary on, or leave the query \
         option out for a summary of the whole text"
    )]
    EmptyQuery,

    /// A query given to a build of salient without its Cargo feature `query`.
    #[error(
        "this build does not answer queries: it needs salient's Cargo feature \"query\" (in \
         the npm package, the entry salient-summarizer/markdown has it); leave the query \
         option out"
    )]
    QueryNotBuilt,

    /// A length budget in sentences, words or characters that is not a whole number of at
    /// least 1, given as a number by name ([`Summarizer::from_options`](crate::Summarizer::from_options)).
    #[error(
        "the {option} budget must be a whole number of at least 1, not {}",
        plain_number(*value)
    )]
    NotWholeNumber {
        /// `"sentences"`, `"words"` or `"chars"`.
        option: &'static str,
        /// The number given.
        value: f64,
    },

    /// Two length budgets at once.
    #[error("give at most one length budget, one of {known}; got {first} and {second}")]
    ConflictingLengths {
        /// The budget given first.
        first: String,
        /// The budget given second.
        second: String,
        /// The names of the budgets.
        known: String,
    },

    /// An option name that the function does not take.
    #[error("unknown option \"{name}\": the options are {known}")]
    UnknownOption {
        /// The name given.
        name: String,
        /// The names of the options the function takes.
        known: String,
    },

    /// An option given a value of the wrong type.
    #[error("the option {option} must be {expected}, not {given}")]
    WrongOptionType {
        /// The option's name.
        option: &'static str,
        /// What it takes: `"a number"` or `"a string"`.
        expected: &'static str,
        /// What was given: `the string "x"`, `an array`.
        given: String,
    },

    /// A language name or code this build does not know.
    #[error("unknown language \"{name}\": use one of {known}")]
    UnknownLanguage {
        /// The name given.
        name: String,
        /// The codes this build accepts.
        known: String,
    },

    /// A format name salient does not know.
    #[error("unknown format \"{name}\": use one of {known}")]
    UnknownFormat {
        /// The name given.
        name: String,
        /// The names salient accepts.
        known: String,
    },

    /// A format this build of salient leaves out (built without its Cargo feature).
    #[error(
        "this build does not read the format \"{name}\": it needs salient's Cargo feature \
         \"{name}\" (in the npm package, the entry salient-summarizer/markdown has it); \
         use one of {known}"
    )]
    FormatNotBuilt {
        /// The format asked for: `"markdown"` or `"email"`.
        name: String,
        /// The names this build accepts.
        known: String,
    },

    /// The format `html` given to a function that summarizes text, whose sentences are
    /// slices of its input: a page is read by `salient::html::extract` and summarized by
    /// `Summarizer::summarize_page`.
    #[cfg(feature = "html")]
    #[error(
        "the format html is not read from text: read the page with the html entry point \
         (salient::html::extract and Summarizer::summarize_page, summarizeHtml in \
         JavaScript, summarize_html in Python)"
    )]
    HtmlIsAPage,

    /// A keyphrase count of zero.
    #[error("the keyphrase count is 0: ask for at least 1 keyphrase, e.g. 10")]
    ZeroKeyphrases,

    /// A longest keyphrase of zero words.
    #[error("the longest keyphrase is 0 words: give at least 1 word, e.g. 4")]
    ZeroKeyphraseWords,

    /// A keyphrase redundancy threshold that is not a number in (0, 1].
    #[error(
        "the keyphrase redundancy threshold {} is not in (0, 1]: give the share of its words \
         a keyphrase may share with a better one, e.g. 0.5 (1 keeps every keyphrase)",
        plain_number(*threshold)
    )]
    InvalidKeyphraseRedundancy {
        /// The threshold given.
        threshold: f64,
    },

    /// A keyphrase count or length, given as a number by name, that is not a whole number.
    #[error(
        "the option {option} must be a whole number of at least 1, not {}",
        plain_number(*value)
    )]
    NotWholeCount {
        /// `"count"` or `"max_words"`.
        option: &'static str,
        /// The number given.
        value: f64,
    },

    /// A profile name salient does not know.
    #[error("unknown profile \"{name}\": use one of {known}")]
    UnknownProfile {
        /// The name given.
        name: String,
        /// The names salient accepts.
        known: String,
    },

    /// An algorithm name salient does not know.
    #[error("unknown algorithm \"{name}\": use one of {known}")]
    UnknownAlgorithm {
        /// The name given.
        name: String,
        /// The names salient accepts.
        known: String,
    },
}

/// `value` written with at most six decimals and no trailing zeros (`0.25`, `-3`, `NaN`),
/// without the standard library's float formatting, which alone would add 8 KB to the
/// gzipped WebAssembly package.
pub(crate) fn plain_number(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    if magnitude >= 1e15 {
        // Also infinity: too large to be a share, a budget or a threshold anyway.
        return format!("{sign}1e15 or more");
    }
    let millionths = (magnitude * 1e6).round() as u64;
    let (whole, fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{fraction:06}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(plain_number(0.25), "0.25");
        assert_eq!(plain_number(1.0), "1");
        assert_eq!(plain_number(-0.5), "-0.5");
        assert_eq!(plain_number(1.2345678), "1.234568");
        assert_eq!(plain_number(f64::NAN), "NaN");
        assert_eq!(plain_number(f64::INFINITY), "1e15 or more");
        assert_eq!(plain_number(f64::NEG_INFINITY), "-1e15 or more");
        assert_eq!(plain_number(0.0), "0");
    }
}
