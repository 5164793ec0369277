//! Selection: the best-ranked sentences that fit the budget, no sentence repeating one
//! already chosen, in document order.

mod redundancy;

use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::length::Length;
use crate::order::sort_by_descending_score;
use crate::rank::Ranked;
use crate::represent::Vector;
use crate::summary;
use redundancy::ChosenVectors;

/// How much text to choose, resolved against one document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Budget {
    Sentences(usize),
    Words(usize),
    Chars(usize),
}

impl Budget {
    /// What a sentence of `text`, which has `words` words, costs against this budget.
    pub(crate) fn cost(self, text: &str, words: usize) -> usize {
        match self {
            Budget::Sentences(_) => 1,
            Budget::Words(_) => words,
            Budget::Chars(_) => text.chars().count(),
        }
    }

    /// How much the budget allows in all.
    pub(crate) fn limit(self) -> usize {
        match self {
            Budget::Sentences(limit) | Budget::Words(limit) | Budget::Chars(limit) => limit,
        }
    }
}

/// What the selector needs to know of a candidate sentence.
pub(crate) struct Candidate<'a> {
    pub(crate) text: &'a str,
    pub(crate) words: usize,
    pub(crate) vector: Vector<'a>,
    /// The first candidate with the same text (see [`repeat_of`]); its own index if none.
    pub(crate) original: usize,
    /// Whether the sentence opens by leaning on the one before it ("He said", "However"),
    /// so that it should not stand in a summary without that sentence.
    pub(crate) leans_back: bool,
}

/// How many texts are no repeat of one before, of the indices [`repeat_of`] gives.
pub(crate) fn distinct_count(originals: &[usize]) -> usize {
    originals
        .iter()
        .enumerate()
        .filter(|&(index, &original)| index == original)
        .count()
}

/// For each text, the index of the first text that is the same up to case, whitespace and
/// punctuation (its own index if none came before). Pasted pages repeat whole paragraphs.
pub(crate) fn repeat_of(texts: &[&str]) -> Vec<usize> {
    // A text repeated byte for byte (most repeats) takes its original's answer from one
    // look-up of its bytes, without building its key.
    let mut first_with_text: FxHashMap<&str, usize> = FxHashMap::default();
    // The first original with each key's hash, and for each original the next one with the
    // same hash: chains in two flat arrays instead of a list per distinct sentence.
    let mut first_with_hash: FxHashMap<u64, usize> = FxHashMap::default();
    let mut next_with_hash: Vec<usize> = vec![usize::MAX; texts.len()];
    let mut repeat_of = Vec::with_capacity(texts.len());
    let mut key = String::new();
    let mut earlier_key = String::new();
    for (index, &text) in texts.iter().enumerate() {
        if let Some(&earlier) = first_with_text.get(text) {
            repeat_of.push(repeat_of.get(earlier).copied().unwrap_or(earlier));
            continue;
        }
        first_with_text.insert(text, index);
        comparison_key(text, &mut key);
        let hash = FxBuildHasher.hash_one(key.as_str());
        let mut candidate = first_with_hash.get(&hash).copied();
        let mut last = None;
        let mut original = None;
        while let Some(earlier) = candidate {
            comparison_key(
                texts.get(earlier).copied().unwrap_or_default(),
                &mut earlier_key,
            );
            if earlier_key == key {
                original = Some(earlier);
                break;
            }
            last = Some(earlier);
            candidate = next_with_hash
                .get(earlier)
                .copied()
                .filter(|&next| next != usize::MAX);
        }
        match (original, last) {
            (Some(original), _) => repeat_of.push(original),
            (None, Some(last)) => {
                next_with_hash[last] = index;
                repeat_of.push(index);
            }
            (None, None) => {
                first_with_hash.insert(hash, index);
                repeat_of.push(index);
            }
        }
    }
    repeat_of
}

/// Writes into `key` what two texts must share to be the same sentence: their letters and
/// digits, lowercased. ASCII, most of any text, skips the Unicode tables.
fn comparison_key(text: &str, key: &mut String) {
    key.clear();
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                key.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            key.extend(crate::lowercase::lowercase(c));
        }
    }
}

/// Chooses candidates by descending score (ties: earlier first) until the budget is spent,
/// skipping repeats and any sentence whose cosine similarity to a chosen one exceeds
/// `redundancy`. A sentence too long for what is left of a word or character budget is
/// skipped for a shorter one further down. Returns indices in document order.
///
/// A sentence that leans on the one before it ([`Candidate::leans_back`]) is chosen only
/// together with that sentence, when both fit and the earlier one does not lean back too;
/// otherwise it is skipped, unless nothing at all could be chosen so: then the best
/// sentence that fits on its own is the summary. A text cut from a longer one may open
/// with "Therefore" and hold no other sentence, and a sentence that leans on what the text
/// does not hold says more than an empty summary.
///
/// Of a sentence and its repeats, only the first occurrence is ever chosen. Their scores
/// can differ in the last bits (TextRank sums the same edges in another order for each),
/// and choosing by those bits would make the pick depend on the platform's rounding.
pub(crate) fn select(
    candidates: &[Candidate<'_>],
    scores: &[f64],
    budget: Budget,
    redundancy: f64,
) -> Vec<usize> {
    let mut ranked: Vec<(usize, f64)> = (0..candidates.len().min(scores.len()))
        .filter(|&index| candidates[index].original == index)
        .map(|index| (index, scores[index]))
        .collect();
    sort_by_descending_score(&mut ranked);

    let mut summary = Summary::new(candidates, budget, redundancy);
    // A second pass, sentences alone, only if the first chose nothing.
    for alone in [false, true] {
        for &(index, _) in &ranked {
            if summary.is_full() || (alone && !summary.chosen.is_empty()) {
                break;
            }
            summary.try_add(index, alone);
        }
    }
    summary.into_indices()
}

/// The sentences chosen so far and the budget they have spent.
struct Summary<'c, 'a> {
    candidates: &'c [Candidate<'a>],
    budget: Budget,
    chosen: Vec<usize>,
    is_chosen: Vec<bool>,
    /// Whether each candidate is the [`Candidate::original`] of a chosen sentence. Flags
    /// rather than a set: one hash-set type less in the WebAssembly module.
    is_original_chosen: Vec<bool>,
    chosen_vectors: ChosenVectors<'a>,
    spent: usize,
}

impl<'c, 'a> Summary<'c, 'a> {
    fn new(candidates: &'c [Candidate<'a>], budget: Budget, redundancy: f64) -> Self {
        Summary {
            candidates,
            budget,
            chosen: Vec::new(),
            is_chosen: vec![false; candidates.len()],
            is_original_chosen: vec![false; candidates.len()],
            chosen_vectors: ChosenVectors::new(
                redundancy,
                candidates.iter().map(|candidate| candidate.vector),
            ),
            spent: 0,
        }
    }

    fn is_full(&self) -> bool {
        matches!(self.budget, Budget::Sentences(limit) if self.chosen.len() >= limit)
    }

    /// Adds candidate `index`, with the sentence before it if it leans on that one (unless
    /// it is to stand `alone`), unless that would overrun the budget or repeat a chosen
    /// sentence.
    fn try_add(&mut self, index: usize, alone: bool) {
        let candidate = &self.candidates[index];
        let needs_previous =
            !alone && candidate.leans_back && !(index > 0 && self.is_chosen[index - 1]);
        let group = if !needs_previous {
            index..index + 1
        } else if index > 0 && !self.candidates[index - 1].leans_back {
            index - 1..index + 1
        } else {
            return;
        };
        let cost: usize = group.clone().map(|i| self.cost(i)).sum();
        if self.spent + cost > self.budget.limit() || group.clone().any(|i| self.repeats(i)) {
            return;
        }
        for i in group {
            self.chosen.push(i);
            self.is_chosen[i] = true;
            if let Some(flag) = self.is_original_chosen.get_mut(self.candidates[i].original) {
                *flag = true;
            }
            self.chosen_vectors.insert(self.candidates[i].vector);
        }
        self.spent += cost;
    }

    /// Whether candidate `index` repeats or nearly repeats a chosen sentence.
    fn repeats(&mut self, index: usize) -> bool {
        let candidate = &self.candidates[index];
        self.is_original_chosen
            .get(candidate.original)
            .copied()
            .unwrap_or(false)
            || self.chosen_vectors.any_close_to(candidate.vector)
    }

    fn cost(&self, index: usize) -> usize {
        let candidate = &self.candidates[index];
        self.budget.cost(candidate.text, candidate.words)
    }

    /// The chosen sentences in document order: read off the flags rather than sorted, which
    /// would bring one more copy of the standard library's sorting code into the module.
    fn into_indices(self) -> Vec<usize> {
        self.is_chosen
            .iter()
            .enumerate()
            .filter_map(|(index, &chosen)| chosen.then_some(index))
            .collect()
    }
}

/// The summary of a ranked text: the best-scored sentences within `length`, skipping any
/// that repeats or nearly repeats one already chosen (TF-IDF cosine above `redundancy`) or
/// that leans on a sentence left out, in document order. The options are taken as valid
/// ([`crate::Summarizer::validate`]); an invalid one gives some summary, never a panic.
pub(crate) fn summary<'a>(
    ranked: &Ranked<'a>,
    length: Length,
    redundancy: f64,
) -> summary::Summary<'a> {
    let represented = &ranked.represented;
    let segmented = &represented.tokenized.segmented;
    let sentences = &segmented.sentences;
    let kept = &represented.kept;
    let texts: Vec<&str> = kept
        .iter()
        .filter_map(|&index| sentences.get(index).map(|sentence| sentence.text))
        .collect();
    let originals = repeat_of(&texts);
    let distinct = distinct_count(&originals);
    let word_counts = represented.kept_word_counts();
    let candidates: Vec<Candidate<'_>> = kept
        .iter()
        .zip(&texts)
        .zip(&word_counts)
        .zip(represented.representation.each_vector())
        .zip(originals)
        .map(
            |((((&index, &text), &words), vector), original)| Candidate {
                text,
                words,
                vector,
                original,
                leans_back: segmented.leans_back.get(index).copied().unwrap_or(false),
            },
        )
        .collect();
    let budget = length.budget(distinct);
    let scores = &weighed_for_budget(ranked, &word_counts, budget);
    let chosen = select(&candidates, scores, budget, redundancy);

    // Scores are reported relative to the best sentence, so they read the same whatever the
    // algorithm or the document's length.
    let top = scores.iter().copied().fold(0.0f64, f64::max);
    let relative = |score: f64| if top > 0.0 { score / top } else { 0.0 };
    summary::Summary {
        sentences: chosen
            .into_iter()
            .filter_map(|position| {
                let index = *kept.get(position)?;
                let sentence = sentences.get(index)?;
                Some(summary::Sentence {
                    text: sentence.text,
                    span: sentence.span.clone(),
                    index,
                    score: relative(scores.get(position).copied().unwrap_or(0.0)),
                    speaker: segmented.speakers.get(index).copied().flatten(),
                })
            })
            .collect(),
        language: segmented.language,
        format: segmented.format,
        document_sentences: sentences.len(),
        query_matched: ranked.query_matched,
    }
}

/// The ranked scores, each weighed for a summary within `budget` by the profile's
/// [`budget_weight`](crate::profile::Profile::budget_weight) for the sentence's `words`:
/// how well a sentence of that length serves a summary of that many sentences. A summary
/// that answers a query is not weighed so: the query says what it must hold, and a short
/// sentence that answers it is the answer.
fn weighed_for_budget(ranked: &Ranked<'_>, words: &[usize], budget: Budget) -> Vec<f64> {
    // Without the feature no query is read, and the check is left out of the module.
    #[cfg(feature = "query")]
    let answers_query = ranked.query_matched == Some(true);
    #[cfg(not(feature = "query"))]
    let answers_query = false;
    let sentences = match budget {
        _ if answers_query => None,
        Budget::Sentences(limit) => Some(limit),
        Budget::Words(_) | Budget::Chars(_) => None,
    };
    ranked
        .scores
        .iter()
        .enumerate()
        .map(|(index, &score)| {
            let words = words.get(index).copied().unwrap_or(0);
            score * ranked.profile.budget_weight(words, sentences)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of as vectors;

    fn candidates<'a>(texts: &[&'a str], vectors: &[Vector<'a>]) -> Vec<Candidate<'a>> {
        texts
            .iter()
            .zip(vectors)
            .zip(repeat_of(texts))
            .map(|((&text, &vector), original)| Candidate {
                text,
                words: text.split_whitespace().count(),
                vector,
                original,
                leans_back: text.starts_with("But"),
            })
            .collect()
    }

    #[test]
    fn best_first_then_document_order() {
        let vectors = vectors(&[&[0], &[1], &[2], &[3]]);
        let candidates = candidates(&["a.", "b.", "c.", "d."], &vectors);
        let chosen = select(
            &candidates,
            &[0.1, 0.9, 0.2, 0.8],
            Budget::Sentences(2),
            0.5,
        );
        assert_eq!(chosen, vec![1, 3]);
    }

    #[test]
    fn ties_go_to_the_earlier_sentence() {
        let vectors = vectors(&[&[0], &[1], &[2]]);
        let candidates = candidates(&["a.", "b.", "c."], &vectors);
        assert_eq!(
            select(&candidates, &[0.5, 0.5, 0.5], Budget::Sentences(2), 0.5),
            vec![0, 1]
        );
    }

    #[test]
    fn repeats_and_near_repeats_are_never_chosen_twice() {
        let vectors = vectors(&[&[0, 1], &[2], &[0, 1], &[0, 1, 2], &[]]);
        let texts = [
            "Big news.",
            "Other.",
            "big  NEWS!",
            "Big news, other.",
            "Yes.",
        ];
        let candidates = candidates(&texts, &vectors);
        let chosen = select(
            &candidates,
            &[0.9, 0.1, 0.9, 0.8, 0.05],
            Budget::Sentences(5),
            0.6,
        );
        assert_eq!(
            chosen,
            vec![0, 1, 4],
            "the exact repeat and the near repeat are skipped"
        );
        assert_eq!(repeat_of(&texts), vec![0, 1, 0, 3, 4]);
    }

    #[test]
    fn a_sentence_that_leans_back_stands_alone_only_when_nothing_else_can() {
        let vectors = vectors(&[&[0], &[1], &[2]]);
        let mixed = candidates(&["But a.", "b.", "But c."], &vectors);
        assert_eq!(
            select(&mixed, &[0.9, 0.5, 0.8], Budget::Sentences(1), 0.5),
            vec![1],
            "the best that does not lean back"
        );
        let leaning = candidates(&["But a.", "But b."], &vectors[..2]);
        assert_eq!(
            select(&leaning, &[0.2, 0.9], Budget::Sentences(1), 0.5),
            vec![1],
            "nothing but leaning sentences: the best of them, alone"
        );
        assert_eq!(
            select(&leaning, &[0.2, 0.9], Budget::Words(1), 0.5),
            Vec::<usize>::new(),
            "none fits"
        );
        let opening = candidates(&["But a."], &vectors[..1]);
        assert_eq!(select(&opening, &[0.4], Budget::Sentences(3), 0.5), vec![0]);
    }

    #[test]
    fn a_repeat_scored_higher_by_rounding_gives_way_to_the_first_occurrence() {
        let vectors = vectors(&[&[0], &[1], &[0]]);
        let candidates = candidates(&["Big news.", "Other.", "Big news."], &vectors);
        let above = 0.9f64.next_up();
        assert_eq!(
            select(&candidates, &[0.9, 0.5, above], Budget::Sentences(1), 1.0),
            vec![0]
        );
    }

    #[test]
    fn sentences_without_terms_are_still_deduplicated() {
        let vectors = vectors(&[&[], &[]]);
        let candidates = candidates(&["Yes.", "Yes."], &vectors);
        assert_eq!(
            select(&candidates, &[1.0, 1.0], Budget::Sentences(2), 1.0),
            vec![0]
        );
    }

    #[test]
    fn word_budget_skips_what_does_not_fit_for_what_does() {
        let vectors = vectors(&[&[0], &[1], &[2]]);
        let texts = ["one two three four.", "one two three.", "one."];
        let candidates = candidates(&texts, &vectors);
        assert_eq!(
            select(&candidates, &[0.9, 0.8, 0.7], Budget::Words(5), 0.5),
            vec![0, 2]
        );
        assert_eq!(
            select(&candidates, &[0.9, 0.8, 0.7], Budget::Words(3), 0.5),
            vec![1]
        );
        assert!(select(&candidates, &[0.9, 0.8, 0.7], Budget::Chars(3), 0.5).is_empty());
    }

    #[test]
    fn char_budget_counts_characters_not_bytes() {
        let vectors = vectors(&[&[0]]);
        let candidates = candidates(&["Café!"], &vectors);
        assert_eq!(select(&candidates, &[1.0], Budget::Chars(5), 0.5), vec![0]);
        assert!(select(&candidates, &[1.0], Budget::Chars(4), 0.5).is_empty());
    }

    #[test]
    fn a_sentence_leaning_back_comes_with_the_one_before_it() {
        let vectors = vectors(&[&[0], &[1], &[2], &[3]]);
        let texts = ["a.", "b.", "But c.", "d."];
        let candidates = candidates(&texts, &vectors);
        let scores = [0.1, 0.2, 0.9, 0.8];
        assert_eq!(
            select(&candidates, &scores, Budget::Sentences(2), 0.5),
            vec![1, 2]
        );
        assert_eq!(
            select(&candidates, &scores, Budget::Sentences(1), 0.5),
            vec![3],
            "no room for both: skipped"
        );
    }

    #[test]
    fn a_first_sentence_leaning_back_is_skipped() {
        let vectors = vectors(&[&[0], &[1]]);
        let candidates = candidates(&["But a.", "b."], &vectors);
        assert_eq!(
            select(&candidates, &[0.9, 0.1], Budget::Sentences(2), 0.5),
            vec![1]
        );
    }
}
