//! Rankers: each scores every candidate sentence from its vector; higher is more salient.

mod textrank;
mod tfidf;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::profile::Profile;
use crate::read::Format;
use crate::represent::{Representation, Represented};

/// How sentences are scored.
///
/// [`Algorithm::TfIdf`] is the default. On every evaluation set in `BENCHMARKS.md`
/// (CNN/DailyMail, BBC, XSum, ScisummNet) the two score within 0.3 ROUGE points of each
/// other, and the centroid costs time linear in the text, while TextRank's similarity graph
/// grows with the square of the sentences that share common words (20× slower on 1 MB).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Algorithm {
    /// Graph centrality: sentences are nodes, TF-IDF cosine similarities are edge weights,
    /// and a sentence's score is its PageRank (Mihalcea & Tarau, 2004).
    TextRank,
    /// Centroid similarity: a sentence's score is the cosine between its TF-IDF vector and
    /// the sum of all sentences' vectors (Radev et al., 2004).
    #[default]
    TfIdf,
}

impl Algorithm {
    /// Every algorithm, in the order help texts list them.
    pub const ALL: &'static [Algorithm] = &[Algorithm::TextRank, Algorithm::TfIdf];

    /// The name used on the command line and in JSON, e.g. `"textrank"`.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::TextRank => "textrank",
            Algorithm::TfIdf => "tfidf",
        }
    }

    /// One score per sentence of `representation`, each finite and non-negative.
    pub(crate) fn score(self, representation: &Representation) -> Vec<f64> {
        match self {
            Algorithm::TextRank => textrank::score(&representation.vectors()),
            Algorithm::TfIdf => tfidf::score(&representation.vectors()),
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algorithm {
    type Err = Error;

    /// Parses `"textrank"` or `"tfidf"` in any case; `"tf-idf"` is accepted too.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted: String = name
            .trim()
            .chars()
            .filter(|c| !matches!(c, '-' | '_'))
            .collect();
        Algorithm::ALL
            .iter()
            .copied()
            .find(|algorithm| wanted.eq_ignore_ascii_case(algorithm.name()))
            .ok_or_else(|| Error::UnknownAlgorithm {
                name: name.to_string(),
                known: Algorithm::ALL
                    .iter()
                    .map(|a| a.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

/// The kept sentences with their scores.
#[derive(Debug, Clone)]
pub struct Ranked<'a> {
    pub(crate) represented: Represented<'a>,
    /// One score per kept sentence, in their order.
    pub(crate) scores: Vec<f64>,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Ranked<'a> {
    /// The sentences ranked.
    pub fn represented(&self) -> &Represented<'a> {
        &self.represented
    }

    /// The score of each kept sentence, in the order of [`Represented::kept`].
    pub fn scores(&self) -> &[f64] {
        &self.scores
    }
}

/// Scores each kept sentence with `algorithm`, weighed by `profile` (for
/// [`Profile::Auto`], the one for the text).
pub(crate) fn rank(
    represented: Represented<'_>,
    algorithm: Algorithm,
    profile: Profile,
) -> Ranked<'_> {
    let tokenized = &represented.tokenized;
    let profile = profile.resolve(tokenized.segmented.format == Format::Conversation);
    let mut scores = algorithm.score(&represented.representation);
    let terms: Vec<usize> = match profile {
        Profile::Conversation => represented
            .kept
            .iter()
            .map(|&index| tokenized.terms.sentence(index).len())
            .collect(),
        _ => Vec::new(),
    };
    profile.weigh(&mut scores, &represented.kept_word_counts(), &terms);
    Ranked {
        represented,
        scores,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names() {
        assert_eq!("TextRank".parse(), Ok(Algorithm::TextRank));
        assert_eq!("tf-idf".parse(), Ok(Algorithm::TfIdf));
        let error = "lexrank".parse::<Algorithm>().unwrap_err().to_string();
        assert!(error.contains("\"lexrank\"") && error.contains("textrank, tfidf"));
    }

    #[test]
    fn names_round_trip() {
        for &algorithm in Algorithm::ALL {
            assert_eq!(algorithm.name().parse(), Ok(algorithm));
        }
    }
}
