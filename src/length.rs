//! Length budgets: how long a summary may be, and what each sentence costs against it.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::select::Budget;

/// How long a summary may be.
///
/// Counts exclude fragments (titles, headings and other lines that are not sentences) and
/// repeated sentences. A budget larger than the document keeps all its sentences.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// At most this many sentences.
    Sentences(usize),
    /// This share of the document's sentences, in (0, 1], rounded up: 0.2 of 12 sentences
    /// keeps 3.
    Ratio(f64),
    /// At most this many words, counted as [`word_count`](crate::word_count) counts them.
    Words(usize),
    /// At most this many characters (Unicode scalar values) of sentence text, not counting
    /// the separators between sentences.
    Chars(usize),
}

impl Default for Length {
    fn default() -> Self {
        Length::Sentences(3)
    }
}

impl Length {
    pub(crate) fn validate(self) -> Result<(), Error> {
        match self {
            Length::Sentences(0) => Err(Error::ZeroLength { unit: "sentences" }),
            Length::Words(0) => Err(Error::ZeroLength { unit: "words" }),
            Length::Chars(0) => Err(Error::ZeroLength { unit: "characters" }),
            Length::Ratio(ratio) if !(ratio > 0.0 && ratio <= 1.0) => {
                Err(Error::InvalidRatio { ratio })
            }
            _ => Ok(()),
        }
    }

    /// How many of `sentences`, taken in order from the first, fit this budget, counted as
    /// a summary's are: the Lead baseline, which evaluations set beside a summarizer.
    /// A ratio is of all of `sentences`.
    ///
    /// ```
    /// use salient::Length;
    ///
    /// let sentences = ["One two three.", "Four five.", "Six."];
    /// assert_eq!(Length::Words(5).leading_sentences(&sentences), 2);
    /// assert_eq!(Length::Sentences(5).leading_sentences(&sentences), 3);
    /// assert_eq!(Length::Ratio(0.5).leading_sentences(&sentences), 2);
    /// ```
    pub fn leading_sentences(self, sentences: &[&str]) -> usize {
        let budget = self.budget(sentences.len());
        let mut spent = 0;
        sentences
            .iter()
            .take_while(|sentence| {
                spent += budget.cost(sentence, crate::word_count(sentence));
                spent <= budget.limit()
            })
            .count()
    }

    pub(crate) fn budget(self, distinct_sentences: usize) -> Budget {
        match self {
            Length::Sentences(n) => Budget::Sentences(n),
            Length::Words(n) => Budget::Words(n),
            Length::Chars(n) => Budget::Chars(n),
            Length::Ratio(ratio) => {
                // The small slack keeps 0.3 × 10 (3.0000000000000004 in binary) at 3.
                let wanted = (ratio * distinct_sentences as f64 - 1e-9).ceil();
                Budget::Sentences(wanted.max(1.0) as usize)
            }
        }
    }
}
