//! Selection: the best-ranked sentences that fit the budget, no sentence repeating one
//! already chosen, in document order.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use crate::represent::SparseVector;

/// How much text to choose, resolved against one document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Budget {
    Sentences(usize),
    Words(usize),
    Chars(usize),
}

/// What the selector needs to know of a candidate sentence.
pub(crate) struct Candidate<'a> {
    pub(crate) text: &'a str,
    pub(crate) words: usize,
    pub(crate) vector: &'a SparseVector,
    /// The first candidate with the same text (see [`repeat_of`]); its own index if none.
    pub(crate) original: usize,
}

/// For each text, the index of the first text that is the same up to case, whitespace and
/// punctuation (its own index if none came before). Pasted pages repeat whole paragraphs.
pub(crate) fn repeat_of(texts: &[&str]) -> Vec<usize> {
    fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
    }
    let mut first_by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut repeat_of = Vec::with_capacity(texts.len());
    for (index, &text) in texts.iter().enumerate() {
        let mut hasher = DefaultHasher::new();
        letters(text).for_each(|c| c.hash(&mut hasher));
        let earlier = first_by_hash.entry(hasher.finish()).or_default();
        let original = earlier
            .iter()
            .copied()
            .find(|&e| letters(texts[e]).eq(letters(text)));
        match original {
            Some(original) => repeat_of.push(original),
            None => {
                earlier.push(index);
                repeat_of.push(index);
            }
        }
    }
    repeat_of
}

/// Chooses candidates by descending score (ties: earlier first) until the budget is spent,
/// skipping repeats and any sentence whose cosine similarity to a chosen one exceeds
/// `redundancy`. A sentence too long for what is left of a word or character budget is
/// skipped for a shorter one further down. Returns indices in document order.
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
    let mut ranked: Vec<usize> = (0..candidates.len().min(scores.len()))
        .filter(|&index| candidates[index].original == index)
        .collect();
    ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));

    let mut chosen: Vec<usize> = Vec::new();
    let mut spent = 0usize;
    for index in ranked {
        let candidate = &candidates[index];
        let cost = match budget {
            Budget::Sentences(limit) if chosen.len() >= limit => break,
            Budget::Sentences(_) => 1,
            Budget::Words(_) => candidate.words,
            Budget::Chars(_) => candidate.text.chars().count(),
        };
        let limit = match budget {
            Budget::Sentences(limit) | Budget::Words(limit) | Budget::Chars(limit) => limit,
        };
        if spent + cost > limit {
            continue;
        }
        let redundant = chosen
            .iter()
            .any(|&c| candidates[c].vector.cosine(candidate.vector) > redundancy);
        if !redundant {
            chosen.push(index);
            spent += cost;
        }
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of as vectors;

    fn candidates<'a>(texts: &[&'a str], vectors: &'a [SparseVector]) -> Vec<Candidate<'a>> {
        texts
            .iter()
            .zip(vectors)
            .zip(repeat_of(texts))
            .map(|((&text, vector), original)| Candidate {
                text,
                words: text.split_whitespace().count(),
                vector,
                original,
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
}
