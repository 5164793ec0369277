//! Scores of words and candidates: PageRank over the graph of words that occur near each
//! other (TextRank, weighted by co-occurrence counts as in SingleRank), biased towards words
//! that occur early and in titles (PositionRank), and against words that rarely stand in a
//! phrase. A candidate scores the sum of its words' scores, as in SingleRank and
//! PositionRank, times the square root of its frequency: a phrase that recurs as a unit
//! is more likely a term than a run that occurs once (a single word counts where it stands
//! alone).

use std::ops::Range;

use super::candidates::{Candidate, Reading};
use crate::tokenize::TermId;

/// Two content words are linked when fewer than this many words (stop words included)
/// separate their positions. SingleRank's window is 10; 20 did better on every set.
const WINDOW: usize = 20;

/// PageRank's damping factor: the chance of following a link rather than jumping back to a
/// word by its position weight.
const DAMPING: f64 = 0.85;

/// How much more an occurrence in a title or heading weighs than one in a sentence, in the
/// position weights.
const FRAGMENT_WEIGHT: f64 = 3.0;

/// Iterations of PageRank at most; it stops earlier when the scores settle.
const MAX_ITERATIONS: usize = 100;

/// Iteration stops once the scores (which sum to at most 1) move less than this in total
/// (L1) in one pass: a hundred-thousandth of the mass, finer than the rankings need (no
/// keyphrase of the dev sets or of the golden texts changes at 1e-6, nor at 1e-9; at 1e-4,
/// some do). The change shrinks by about 0.4 a pass: each digit costs two or three passes.
const TOLERANCE: f64 = 1e-5;

/// The score of each term, indexed by term id.
pub(super) fn term_scores(reading: &Reading) -> Vec<f64> {
    let nodes = reading.term_count;
    // Position weights: each occurrence adds the inverse of its position (from 1).
    let mut bias = vec![0.0; nodes];
    for word in &reading.words {
        let weight = if word.in_fragment {
            FRAGMENT_WEIGHT
        } else {
            1.0
        };
        if let Some(slot) = bias.get_mut(word.term as usize) {
            *slot += weight / (word.position + 1) as f64;
        }
    }
    normalize(&mut bias);

    let mut scores = Graph::of(reading, nodes).page_rank(&bias);
    // Words that mostly stand alone between stop words and punctuation ("said",
    // "shows", "new") are verbs, adverbs and predicative adjectives more often than the
    // nouns and modifiers of a keyphrase: weigh each word by the share of its occurrences
    // inside a run of two words or more (counting one more of each, so that a word seen
    // once alone keeps half its score).
    let mut in_phrases = vec![1.0; nodes];
    let mut occurrences = vec![1.0; nodes];
    for run in &reading.runs {
        for word in reading.words.get(run.clone()).unwrap_or_default() {
            if let Some(count) = occurrences.get_mut(word.term as usize) {
                *count += 1.0;
            }
            if run.len() > 1 {
                if let Some(count) = in_phrases.get_mut(word.term as usize) {
                    *count += 1.0;
                }
            }
        }
    }
    for ((score, joined), all) in scores.iter_mut().zip(&in_phrases).zip(&occurrences) {
        *score *= joined / all;
    }
    scores
}

/// The co-occurrence graph of the terms, undirected, never built as such: two terms are
/// linked as many times as their words stand within the window of each other, so a term's
/// inflow in a pass of PageRank (the sum over its links of each neighbour's share times the
/// link's weight) is the sum, over its words, of the shares of the other terms' words in
/// each one's window. With the shares of the words summed from the start of the text, the
/// shares in a window are one difference, and a pass takes a few steps a word rather than
/// one per pair of words (twenty times as many at the window's size).
struct Graph {
    /// The term of each content word, in text order.
    terms: Vec<TermId>,
    /// The windows of the words of term `t` are `windows[offsets[t]..offsets[t + 1]]`:
    /// each as the range of content words it spans (the word itself included), for the
    /// words that have a word of another term in their window.
    offsets: Vec<usize>,
    windows: Vec<Range<usize>>,
    /// For each term, how many words of its own its words' windows hold in all (each word
    /// itself included): shares that are no link's.
    own: Vec<f64>,
    /// The sum of each term's link weights: the number of pairs of words it is part of.
    strength: Vec<f64>,
}

impl Graph {
    fn of(reading: &Reading, nodes: usize) -> Graph {
        let words = &reading.words;
        let terms: Vec<TermId> = words.iter().map(|word| word.term).collect();
        // Each word's window, in text order; words with no link have none.
        let mut linked: Vec<(TermId, Range<usize>)> = Vec::with_capacity(words.len());
        let mut own = vec![0.0; nodes];
        let mut strength = vec![0.0; nodes];
        let mut offsets = vec![0usize; nodes + 1];
        let (mut start, mut end) = (0, 0);
        for (at, word) in words.iter().enumerate() {
            // Positions grow along the words, so both edges of the window only move on.
            while words
                .get(start)
                .is_some_and(|other| other.position + WINDOW <= word.position)
            {
                start += 1;
            }
            end = end.max(at + 1);
            while words
                .get(end)
                .is_some_and(|other| other.position < word.position + WINDOW)
            {
                end += 1;
            }
            let own_term = terms
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .filter(|&&other| other == word.term)
                .count();
            let links = end - start - own_term;
            if links == 0 {
                continue;
            }
            let term = word.term as usize;
            if let (Some(strength), Some(own), Some(count)) = (
                strength.get_mut(term),
                own.get_mut(term),
                offsets.get_mut(term + 1),
            ) {
                *strength += links as f64;
                *own += own_term as f64;
                *count += 1;
            }
            linked.push((word.term, start..end));
        }
        for at in 1..offsets.len() {
            let before = offsets.get(at - 1).copied().unwrap_or(0);
            if let Some(offset) = offsets.get_mut(at) {
                *offset += before;
            }
        }
        // The windows laid out by term, each term's in text order.
        let mut next = offsets.clone();
        let mut windows = vec![0..0; linked.len()];
        for (term, window) in linked {
            if let Some(cursor) = next.get_mut(term as usize) {
                if let Some(slot) = windows.get_mut(*cursor) {
                    *slot = window;
                }
                *cursor += 1;
            }
        }
        Graph {
            terms,
            offsets,
            windows,
            own,
            strength,
        }
    }

    /// PageRank with jumps by `bias`: each term's score, in the order of `bias`.
    fn page_rank(&self, bias: &[f64]) -> Vec<f64> {
        let mut scores = bias.to_vec();
        let mut next = vec![0.0; bias.len()];
        // Each term's score shared out over its links' weight.
        let mut share = vec![0.0; bias.len()];
        // The shares of the words before each word: `before[i]` sums words `0..i`.
        let mut before = vec![0.0; self.terms.len() + 1];
        for _ in 0..MAX_ITERATIONS {
            for ((share, &score), &strength) in share.iter_mut().zip(&scores).zip(&self.strength) {
                *share = if strength > 0.0 {
                    score / strength
                } else {
                    0.0
                };
            }
            let mut sum = 0.0;
            for (slot, &term) in before.iter_mut().skip(1).zip(&self.terms) {
                sum += share.get(term as usize).copied().unwrap_or(0.0);
                *slot = sum;
            }
            let mut change = 0.0;
            let terms = next
                .iter_mut()
                .zip(bias)
                .zip(&scores)
                .zip(&share)
                .zip(&self.own)
                .zip(self.offsets.windows(2));
            for (((((slot, &jump), &old), &share), &own), row) in terms {
                let [first, last] = *row else { continue };
                let mut inflow = 0.0;
                for window in self.windows.get(first..last).unwrap_or_default() {
                    inflow += before.get(window.end).copied().unwrap_or(0.0)
                        - before.get(window.start).copied().unwrap_or(0.0);
                }
                if last > first {
                    inflow -= share * own;
                }
                *slot = (1.0 - DAMPING) * jump + DAMPING * inflow;
                change += (*slot - old).abs();
            }
            std::mem::swap(&mut scores, &mut next);
            if change < TOLERANCE {
                break;
            }
        }
        scores
    }
}

/// Scales `values` to sum to 1, unless they sum to 0.
fn normalize(values: &mut [f64]) {
    let total: f64 = values.iter().sum();
    if total > 0.0 {
        for value in values {
            *value /= total;
        }
    }
}

/// The score of `candidate`: the sum of its words' scores times the square root of the
/// number of its occurrences as a phrase. A single word counts only its occurrences of its
/// own (at least one): inside a longer phrase ("oil" of "oil spill") it is part of that
/// phrase, and counting it there put frequent heads ("oil", "hurricane") at the top of the
/// list, above the phrases the text is about.
///
/// The words' scores are added as whole numbers of 2⁻⁶² (each is at most 1, a share of
/// PageRank's mass), exactly, so that the sum does not depend on their order: phrases of
/// the same words in another order ("dynamic modelling issues", "modelling issues
/// dynamic") score exactly alike, and the one met first ranks first, rather than the one
/// that rounding happens to favour.
pub(super) fn candidate_score(candidate: &Candidate, term_scores: &[f64]) -> f64 {
    const UNIT: f64 = (1u64 << 62) as f64;
    let units: u128 = candidate
        .terms
        .iter()
        .map(|&term| {
            // Scaling by a power of two is exact; `as` keeps the whole units (and would
            // saturate, never wrap, on a score out of range).
            let score = term_scores.get(term as usize).copied().unwrap_or(0.0);
            u128::from((score * UNIT) as u64)
        })
        .sum();
    let sum = units as f64 / UNIT;
    let occurrences = if candidate.terms.len() == 1 {
        candidate.standalone.max(1)
    } else {
        candidate.occurrences
    };
    sum * (occurrences as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keyphrases::candidates::read;
    use crate::language::Language;

    /// PageRank over the graph built link by link: every pair of words of different terms
    /// within the window adds one to their link, each term's inflow sums its links.
    fn page_rank_by_links(reading: &Reading, bias: &[f64]) -> Vec<f64> {
        let nodes = reading.term_count;
        let mut weights = vec![vec![0.0; nodes]; nodes];
        for (at, word) in reading.words.iter().enumerate() {
            for other in &reading.words[at + 1..] {
                if other.position >= word.position + WINDOW {
                    break;
                }
                if other.term != word.term {
                    weights[word.term as usize][other.term as usize] += 1.0;
                    weights[other.term as usize][word.term as usize] += 1.0;
                }
            }
        }
        let strength: Vec<f64> = weights.iter().map(|row| row.iter().sum()).collect();
        let mut scores = bias.to_vec();
        for _ in 0..MAX_ITERATIONS {
            let next: Vec<f64> = (0..nodes)
                .map(|term| {
                    let inflow: f64 = (0..nodes)
                        .filter(|&from| strength[from] > 0.0)
                        .map(|from| weights[term][from] * scores[from] / strength[from])
                        .sum();
                    (1.0 - DAMPING) * bias[term] + DAMPING * inflow
                })
                .collect();
            let change: f64 = next.iter().zip(&scores).map(|(a, b)| (a - b).abs()).sum();
            scores = next;
            if change < TOLERANCE {
                break;
            }
        }
        scores
    }

    #[test]
    fn page_rank_by_windows_is_page_rank_over_the_links() {
        // Terms that repeat within one window, a word alone in its window (after the long
        // gap of stop words), and a title.
        let text = "Tidal power stations\n\nThe tidal power station on the estuary turns \
            tidal power into power for the town. Power cables carry the power of the tides \
            to the town, and the town pays for the cables. It is the one that is not the \
            one of them that it was, and so it is; for it is what it is, as it was. \
            Lighthouses.";
        let reading = read(text, Language::English);
        let nodes = reading.term_count;
        let bias: Vec<f64> = (0..nodes).map(|term| (term + 1) as f64).collect();
        let total: f64 = bias.iter().sum();
        let bias: Vec<f64> = bias.iter().map(|weight| weight / total).collect();
        let by_windows = Graph::of(&reading, nodes).page_rank(&bias);
        let by_links = page_rank_by_links(&reading, &bias);
        assert_eq!(by_windows.len(), by_links.len());
        for (a, b) in by_windows.iter().zip(&by_links) {
            assert!((a - b).abs() < 1e-12, "{by_windows:?} against {by_links:?}");
        }
        // The lone word has no link: its score is its jump alone.
        let lone = reading.words.last().unwrap().term as usize;
        assert_eq!(by_windows[lone], (1.0 - DAMPING) * bias[lone]);
    }

    #[test]
    fn the_same_words_in_another_order_score_exactly_alike() {
        let scores = [0.1, 0.2 + 1e-17, 0.3, 0.7, 1e-9];
        let candidate = |terms: &[TermId]| Candidate {
            terms: terms.into(),
            occurrences: 2,
            standalone: 0,
        };
        let first = candidate_score(&candidate(&[0, 1, 2, 3, 4]), &scores);
        for order in [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]] {
            assert_eq!(candidate_score(&candidate(&order), &scores), first);
        }
        // Beyond the words kept on the stack too.
        let long: Vec<TermId> = (0..12).map(|at| at % 5).collect();
        let mut reversed = long.clone();
        reversed.reverse();
        assert_eq!(
            candidate_score(&candidate(&long), &scores),
            candidate_score(&candidate(&reversed), &scores)
        );
    }
}
