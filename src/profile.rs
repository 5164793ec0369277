//! Profiles: the kind of text being summarized, which says where its gist tends to sit.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What kind of text is summarized. A profile weighs the ranker's scores by a sentence's
/// position and length; the measurements behind each choice are in `BENCHMARKS.md`.
///
/// [`Profile::Auto`], the default, reads a conversation (see
/// [`Format::Conversation`](crate::Format::Conversation)) with [`Profile::Conversation`] and
/// any other text with [`Profile::General`]. General and news prefer sentences of about
/// [`Profile::FULL_WEIGHT_WORDS`] words: a longer one's weight falls in proportion to its
/// length, and a shorter one's the more, the fewer sentences the summary has (in
/// proportion for a summary of one sentence, which must say it all). Every profile keeps a
/// sentence that opens by leaning on the one before it ("He said", "However") only together
/// with that sentence.
///
/// ```
/// use salient::{Length, Summarizer};
///
/// # #[cfg(feature = "conversation")] { // built with the feature (on by default)
/// let call = "Anna: Hi Ben.\nBen: Hi.\nAnna: The venue for the spring conference is booked.\n\
///             Ben: Yeah.\nAnna: Catering still needs a quote from two suppliers.\nBen: Okay.";
/// let summary = Summarizer::new().length(Length::Sentences(1)).summarize(call)?;
/// assert_eq!(summary.sentences[0].speaker, Some("Anna"));
/// assert_ne!(summary.to_string(), "Yeah.");
/// # }
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Profile {
    /// Tell the kind of text from the text: [`Profile::Conversation`] for a conversation,
    /// [`Profile::General`] for anything else.
    #[default]
    Auto,
    /// Any text: reports, papers, essays, web pages. Most writing states its subject early,
    /// so a sentence's weight decays gently with its position: `(1 + index)^-0.3` halves it
    /// by the 10th sentence and quarters it by the 100th.
    General,
    /// News, written as an inverted pyramid: a sentence's weight falls as `(1 + index)^-1`.
    News,
    /// Conversations: meetings, calls, interviews, chats. A sentence's weight decays with
    /// its position as in [`Profile::General`] (a meeting opens with its agenda), and grows
    /// with what it says: its content terms (fillers such as "yeah" and "uh" and stop words
    /// aside) up to [`Profile::FULL_WEIGHT_TERMS`], so that a turn that says little ("Right,
    /// the budget.") is rarely chosen. A long turn is not held against it.
    Conversation,
}

impl Profile {
    /// Every profile, in the order help texts list them ([`Profile::Auto`] is not one).
    pub const ALL: &'static [Profile] = &[Profile::General, Profile::News, Profile::Conversation];

    /// In a conversation, sentences with this many content terms or more keep their full
    /// weight; one with fewer weighs in proportion.
    pub const FULL_WEIGHT_TERMS: usize = 8;

    /// Sentences of this many words keep their full weight; a longer one's weight is
    /// multiplied by `FULL_WEIGHT_WORDS / words`, and a shorter one's by
    /// `(words / FULL_WEIGHT_WORDS)^(1 / sentences)` in a summary of at most `sentences`
    /// sentences (not at all under a budget of words or characters). ROUGE-scored summaries
    /// of news and papers are best served by sentences of about this length.
    pub const FULL_WEIGHT_WORDS: usize = 25;

    /// The name used on the command line and in JSON, e.g. `"news"`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Auto => "auto",
            Profile::General => "general",
            Profile::News => "news",
            Profile::Conversation => "conversation",
        }
    }

    /// This profile, or the one for the text for [`Profile::Auto`]: [`Profile::Conversation`]
    /// for a `conversation`, [`Profile::General`] otherwise.
    pub fn resolve(self, conversation: bool) -> Profile {
        match self {
            Profile::Auto if conversation => Profile::Conversation,
            Profile::Auto => Profile::General,
            profile => profile,
        }
    }

    /// Rescales the ranker's scores to [0, 1] (least to most salient sentence of the
    /// document), so that the weights act alike whatever the ranker and however far apart
    /// its scores lie, then multiplies each by the profile's weight for the sentence's
    /// position and length; `words` gives each sentence's length in words and `terms` its
    /// content terms (read by [`Profile::Conversation`] alone). A summary `focused` on a
    /// query weighs no position: the query, not the opening, says where to look.
    pub(crate) fn weigh(self, scores: &mut [f64], words: &[usize], terms: &[usize], focused: bool) {
        let lowest = scores.iter().copied().fold(f64::INFINITY, f64::min);
        let highest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let spread = highest - lowest;
        let decay = if focused { 0.0 } else { self.position_decay() };
        for (index, (score, &words)) in scores.iter_mut().zip(words).enumerate() {
            let salience = if spread > 0.0 {
                (*score - lowest) / spread
            } else {
                1.0
            };
            let terms = terms.get(index).copied().unwrap_or(0);
            *score = self.weighed_with_decay(salience, index, words, terms, decay);
        }
    }

    /// `salience` (in [0, 1]) weighed for a sentence at `position` (from 0) of its text,
    /// `words` words long, with `terms` content terms (read by [`Profile::Conversation`]
    /// alone).
    pub(crate) fn weighed(self, salience: f64, position: usize, words: usize, terms: usize) -> f64 {
        self.weighed_with_decay(salience, position, words, terms, self.position_decay())
    }

    /// [`Profile::weighed`] with `decay` as the exponent of the position's weight.
    fn weighed_with_decay(
        self,
        salience: f64,
        position: usize,
        words: usize,
        terms: usize,
        decay: f64,
    ) -> f64 {
        let length = match self {
            Profile::Conversation => (terms as f64 / Profile::FULL_WEIGHT_TERMS as f64).min(1.0),
            _ => length_weight(words),
        };
        salience * (1.0 + position as f64).powf(-decay) * length
    }

    /// The weight of a sentence of `words` words in a summary of at most `sentences`
    /// sentences, beyond [`Profile::weigh`]: a sentence shorter than
    /// [`Profile::FULL_WEIGHT_WORDS`] keeps `(words / FULL_WEIGHT_WORDS)^(1 / sentences)`.
    /// A summary of one sentence is that sentence: a short one leaves out most of what the
    /// text is about, so its weight falls in proportion to its length. Each further sentence
    /// makes up for what a short one leaves out, so the preference fades with the budget
    /// (a cube root for three sentences). Budgets of words or characters (`None`) already
    /// weigh length, and conversations weigh what a turn says instead.
    pub(crate) fn budget_weight(self, words: usize, sentences: Option<usize>) -> f64 {
        let full = Profile::FULL_WEIGHT_WORDS;
        match (self, sentences) {
            (Profile::Conversation, _) | (_, None) | (_, Some(0)) => 1.0,
            _ if words >= full => 1.0,
            (_, Some(sentences)) => (words as f64 / full as f64).powf(1.0 / sentences as f64),
        }
    }

    /// The exponent of the decay of a sentence's weight with its position.
    fn position_decay(self) -> f64 {
        match self {
            Profile::Auto | Profile::General | Profile::Conversation => 0.3,
            Profile::News => 1.0,
        }
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

    /// Parses a profile's name, or `"auto"`, in any case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.trim();
        let every = || std::iter::once(Profile::Auto).chain(Profile::ALL.iter().copied());
        every()
            .find(|profile| wanted.eq_ignore_ascii_case(profile.name()))
            .ok_or_else(|| Error::UnknownProfile {
                name: name.to_string(),
                known: every().map(Profile::name).collect::<Vec<_>>().join(", "),
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
        assert_eq!(" AUTO".parse(), Ok(Profile::Auto));
        let error = "legal".parse::<Profile>().unwrap_err().to_string();
        assert!(error.contains("\"legal\"") && error.contains("auto, general, news, conversation"));
    }

    #[test]
    fn scores_are_rescaled_from_least_to_most_salient() {
        let mut scores = vec![1.0, 3.0, 2.0];
        Profile::News.weigh(&mut scores, &[10; 3], &[], false);
        let expected = [0.0, 0.5, 0.5 / 3.0];
        assert!(scores
            .iter()
            .zip(expected)
            .all(|(a, b)| (a - b).abs() < 1e-12));
    }

    #[test]
    fn news_favours_the_opening() {
        let mut scores = vec![1.0; 4];
        Profile::News.weigh(&mut scores, &[10; 4], &[], false);
        assert_eq!(scores, vec![1.0, 0.5, 1.0 / 3.0, 0.25]);
    }

    #[test]
    fn general_favours_the_opening_gently() {
        let mut scores = vec![1.0; 100];
        Profile::General.weigh(&mut scores, &[10; 100], &[], false);
        assert!(scores.windows(2).all(|pair| pair[0] > pair[1]));
        assert!((scores[9] - 0.5).abs() < 0.01 && (scores[99] - 0.25).abs() < 0.01);
    }

    #[test]
    fn conversations_weigh_what_is_said() {
        let mut scores = vec![1.0; 4];
        Profile::Conversation.weigh(&mut scores, &[40; 4], &[0, 4, 8, 20], false);
        let decay = |index: f64| (1.0 + index).powf(-0.3);
        assert_eq!(scores, vec![0.0, 0.5 * decay(1.0), decay(2.0), decay(3.0)]);
        assert_eq!(Profile::Auto.resolve(true), Profile::Conversation);
        assert_eq!(Profile::Auto.resolve(false), Profile::General);
        assert_eq!(Profile::News.resolve(true), Profile::News);
    }

    #[test]
    fn short_sentences_weigh_less_the_fewer_sentences_a_summary_has() {
        let full = Profile::FULL_WEIGHT_WORDS;
        let half = full / 2;
        let share = half as f64 / full as f64;
        for profile in [Profile::General, Profile::News] {
            assert_eq!(profile.budget_weight(half, Some(1)), share);
            assert!((profile.budget_weight(half, Some(3)) - share.cbrt()).abs() < 1e-12);
            assert_eq!(profile.budget_weight(full, Some(1)), 1.0);
            assert_eq!(profile.budget_weight(4 * full, Some(1)), 1.0);
            assert_eq!(profile.budget_weight(0, Some(1)), 0.0);
            assert_eq!(profile.budget_weight(half, None), 1.0);
            assert_eq!(profile.budget_weight(half, Some(0)), 1.0);
        }
        assert_eq!(Profile::Conversation.budget_weight(half, Some(1)), 1.0);
    }

    #[test]
    fn long_sentences_weigh_less() {
        let mut scores = vec![1.0; 3];
        Profile::News.weigh(&mut scores, &[25, 50, 100], &[], false);
        assert_eq!(scores, vec![1.0, 0.25, 0.25 / 3.0]);
    }
}
