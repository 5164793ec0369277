//! Profiles: the kind of text being summarized, which says where its gist tends to sit.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What kind of text is summarized. A profile weighs the ranker's scores by a sentence's
/// position and length; the measurements behind each choice are in `BENCHMARKS.md`.
///
/// Both profiles prefer sentences of up to [`Profile::FULL_WEIGHT_WORDS`] words (a longer
/// one's weight falls in proportion to its length), and both keep a sentence that opens by
/// leaning on the one before it ("He said", "However") only together with that sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Profile {
    /// Any text: reports, papers, essays, web pages. Most writing states its subject early,
    /// so a sentence's weight decays gently with its position: `(1 + index)^-0.3` halves it
    /// by the 10th sentence and quarters it by the 100th.
    #[default]
    General,
    /// News, written as an inverted pyramid: a sentence's weight falls as `(1 + index)^-1`.
    News,
}

impl Profile {
    /// Every profile, in the order help texts list them.
    pub const ALL: &'static [Profile] = &[Profile::General, Profile::News];

    /// Sentences up to this many words keep their full weight; a longer one's weight is
    /// multiplied by `FULL_WEIGHT_WORDS / words`. ROUGE-scored summaries of news and papers
    /// are best served by sentences of about this length, and shorter sentences read better.
    pub const FULL_WEIGHT_WORDS: usize = 25;

    /// The name used on the command line and in JSON, e.g. `"news"`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::General => "general",
            Profile::News => "news",
        }
    }

    /// Rescales the ranker's scores to [0, 1] (least to most salient sentence of the
    /// document), so that the weights act alike whatever the ranker and however far apart
    /// its scores lie, then multiplies each by the profile's weight for the sentence's
    /// position and length; `words` gives each sentence's length in words.
    pub(crate) fn weigh(self, scores: &mut [f64], words: &[usize]) {
        rescale_and_weigh(scores, words, self.position_decay());
    }

    /// Weighs scores as [`Profile::weigh`] does, for a summary that answers a query: by
    /// length only, as the query rather than the opening says where to look.
    pub(crate) fn weigh_for_query(self, scores: &mut [f64], words: &[usize]) {
        rescale_and_weigh(scores, words, 0.0);
    }

    /// The exponent of the decay of a sentence's weight with its position.
    fn position_decay(self) -> f64 {
        match self {
            Profile::General => 0.3,
            Profile::News => 1.0,
        }
    }
}

/// Rescales `scores` to [0, 1] and weighs each by position, with `decay` as the exponent,
/// and by its sentence's length in `words`.
fn rescale_and_weigh(scores: &mut [f64], words: &[usize], decay: f64) {
    let lowest = scores.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let spread = highest - lowest;
    for (index, (score, &words)) in scores.iter_mut().zip(words).enumerate() {
        let salience = if spread > 0.0 {
            (*score - lowest) / spread
        } else {
            1.0
        };
        *score = salience * (1.0 + index as f64).powf(-decay) * length_weight(words);
    }
}

fn length_weight(words: usize) -> f64 {
    if words > Profile::FULL_WEIGHT_WORDS {
        Profile::FULL_WEIGHT_WORDS as f64 / words as f64
    } else {
        1.0
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Profile {
    type Err = Error;

    /// Parses `"general"` or `"news"` in any case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.trim();
        Profile::ALL
            .iter()
            .copied()
            .find(|profile| wanted.eq_ignore_ascii_case(profile.name()))
            .ok_or_else(|| Error::UnknownProfile {
                name: name.to_string(),
                known: Profile::ALL
                    .iter()
                    .map(|p| p.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names() {
        assert_eq!("News".parse(), Ok(Profile::News));
        for &profile in Profile::ALL {
            assert_eq!(profile.name().parse(), Ok(profile));
        }
        let error = "legal".parse::<Profile>().unwrap_err().to_string();
        assert!(error.contains("\"legal\"") && error.contains("general, news"));
    }

    #[test]
    fn scores_are_rescaled_from_least_to_most_salient() {
        let mut scores = vec![1.0, 3.0, 2.0];
        Profile::News.weigh(&mut scores, &[10; 3]);
        let expected = [0.0, 0.5, 0.5 / 3.0];
        assert!(scores
            .iter()
            .zip(expected)
            .all(|(a, b)| (a - b).abs() < 1e-12));
    }

    #[test]
    fn news_favours_the_opening() {
        let mut scores = vec![1.0; 4];
        Profile::News.weigh(&mut scores, &[10; 4]);
        assert_eq!(scores, vec![1.0, 0.5, 1.0 / 3.0, 0.25]);
    }

    #[test]
    fn general_favours_the_opening_gently() {
        let mut scores = vec![1.0; 100];
        Profile::General.weigh(&mut scores, &[10; 100]);
        assert!(scores.windows(2).all(|pair| pair[0] > pair[1]));
        assert!((scores[9] - 0.5).abs() < 0.01 && (scores[99] - 0.25).abs() < 0.01);
    }

    #[test]
    fn long_sentences_weigh_less() {
        let mut scores = vec![1.0; 3];
        Profile::News.weigh(&mut scores, &[25, 50, 100]);
        assert_eq!(scores, vec![1.0, 0.25, 0.25 / 3.0]);
    }
}
