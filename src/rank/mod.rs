//! Rankers: each scores every candidate sentence from its vector; higher is more salient.

#[cfg(feature = "query")]
mod passages;
#[cfg(feature = "query")]
pub(crate) mod query;
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

    /// One score per sentence of `representation` for a query, given each sentence's
    /// `relevance` to it (non-negative, some positive): relevance, and centrality among the
    /// relevant sentences with weight [`CENTRALITY_SHARE`]. For [`Algorithm::TextRank`],
    /// the rank of a random walk that follows an edge with that probability and otherwise
    /// jumps to a sentence in proportion to its relevance. For [`Algorithm::TfIdf`], which
    /// builds no graph, each sentence's relevance (as a share of the best) times a weight
    /// that its cosine to the centroid of the sentences, each counted by its relevance, moves
    /// by that share: centrality orders the relevant sentences and never lifts one that
    /// answers nothing.
    pub(crate) fn score_for_query(
        self,
        representation: &Representation,
        relevance: &[f64],
    ) -> Vec<f64> {
        let vectors = representation.vectors();
        match self {
            Algorithm::TextRank => textrank::score_biased(&vectors, relevance, CENTRALITY_SHARE),
            Algorithm::TfIdf => {
                let centrality = tfidf::score_around(&vectors, Some(relevance));
                let best = |scores: &[f64]| scores.iter().copied().fold(0.0f64, f64::max);
                let (most_relevant, most_central) = (best(relevance), best(&centrality));
                let share = |score: f64, best: f64| if best > 0.0 { score / best } else { 0.0 };
                relevance
                    .iter()
                    .zip(&centrality)
                    .map(|(&relevance, &centrality)| {
                        share(relevance, most_relevant)
                            * (1.0 - CENTRALITY_SHARE
                                + CENTRALITY_SHARE * share(centrality, most_central))
                    })
                    .collect()
            }
        }
    }
}

/// With a query, the weight of a sentence's centrality among the relevant sentences beside
/// its own relevance: the probability that the query-biased walk follows an edge rather
/// than jumps by relevance. Otterbacher, Erkan and Radev (2005) found question-biased walks
/// best with most of the weight on the jump; BENCHMARKS.md has the measurements.
const CENTRALITY_SHARE: f64 = 0.3;

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
    /// With a query, whether any of its terms occurs in the kept sentences (when none
    /// does, the scores are those without a query); `None` without a query.
    pub(crate) query_matched: Option<bool>,
    /// The profile the scores were weighed by, resolved for the text: selection weighs
    /// them for the budget by it too (see [`Profile::budget_weight`]).
    pub(crate) profile: Profile,
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
/// [`Profile::Auto`], the one for the text); with a query, by how
/// well it answers the query too (see [`query::relevance`]), and by no position: the query,
/// not the opening, says where to look.
pub(crate) fn rank(
    represented: Represented<'_>,
    algorithm: Algorithm,
    profile: Profile,
) -> Ranked<'_> {
    let tokenized = &represented.tokenized;
    let profile = profile.resolve(tokenized.segmented.format == Format::Conversation);
    let terms: Vec<usize> = match profile {
        Profile::Conversation => represented
            .kept
            .iter()
            .map(|&index| tokenized.terms.count(index))
            .collect(),
        _ => Vec::new(),
    };
    #[cfg(feature = "query")]
    let relevance = tokenized.query.as_ref().map(|query| {
        // In a conversation, a sentence's speaker counts among its terms for the query.
        let with_speakers: Vec<Vec<_>> = represented
            .kept
            .iter()
            .filter_map(|&index| {
                let speaker = tokenized.speaker_terms.get(index)?;
                Some(
                    tokenized
                        .terms
                        .sentence(index)
                        .iter()
                        .chain(speaker)
                        .copied()
                        .collect(),
                )
            })
            .collect();
        let sentences: Vec<&[_]> = if with_speakers.len() == represented.kept.len() {
            with_speakers.iter().map(Vec::as_slice).collect()
        } else {
            represented
                .kept
                .iter()
                .map(|&index| tokenized.terms.sentence(index))
                .collect()
        };
        query::relevance(
            &sentences,
            query,
            std::slice::from_ref(&(0..sentences.len())),
        )
    });
    // Without the feature no query is read, and the ranking code for one is left out.
    #[cfg(not(feature = "query"))]
    let relevance: Option<Option<Vec<f64>>> = None;
    let word_counts = represented.kept_word_counts();
    let scores = match &relevance {
        Some(Some(relevance)) => {
            let mut scores = algorithm.score_for_query(&represented.representation, relevance);
            profile.weigh(&mut scores, &word_counts, &terms, true);
            scores
        }
        _ => {
            let mut scores = algorithm.score(&represented.representation);
            profile.weigh(&mut scores, &word_counts, &terms, false);
            scores
        }
    };
    Ranked {
        represented,
        scores,
        query_matched: relevance.map(|relevance| relevance.is_some()),
        profile,
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
