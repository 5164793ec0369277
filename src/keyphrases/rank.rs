//! Scores of words and candidates: PageRank over the graph of words that occur near each
//! other (TextRank, weighted by co-occurrence counts as in SingleRank), biased towards words
//! that occur early and in titles (PositionRank), and against words that rarely stand in a
//! phrase. A candidate scores the sum of its words' scores, as in SingleRank and
//! PositionRank, times the square root of its frequency: a phrase that recurs as a unit
//! is more likely a term than a run that occurs once.

use std::collections::HashMap;

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

/// The scores stop changing when their total change in one iteration falls below this.
const TOLERANCE: f64 = 1e-9;

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

    // The pairs of different words within the window, in text order.
    let mut pairs: Vec<[TermId; 2]> = Vec::new();
    for (at, word) in reading.words.iter().enumerate() {
        for other in reading.words.iter().skip(at + 1) {
            if other.position >= word.position + WINDOW {
                break;
            }
            if other.term != word.term {
                pairs.push([word.term.min(other.term), word.term.max(other.term)]);
            }
        }
    }
    // Each link once, weighted by its count, in order of first occurrence so that the sums
    // below run in one order on every platform. (The map's key type is the one the
    // candidates use, which keeps one copy of the hash table's code in WebAssembly.)
    let mut index: HashMap<&[TermId], usize> = HashMap::new();
    let mut links: Vec<(TermId, TermId, f64)> = Vec::new();
    for pair in &pairs {
        let at = *index.entry(pair.as_slice()).or_insert(links.len());
        match links.get_mut(at) {
            Some(link) => link.2 += 1.0,
            None => links.push((pair[0], pair[1], 1.0)),
        }
    }
    let mut strength = vec![0.0; nodes];
    for &(a, b, weight) in &links {
        for end in [a, b] {
            if let Some(slot) = strength.get_mut(end as usize) {
                *slot += weight;
            }
        }
    }

    let mut scores = bias.clone();
    let mut next = vec![0.0; nodes];
    for _ in 0..MAX_ITERATIONS {
        for (slot, &jump) in next.iter_mut().zip(&bias) {
            *slot = (1.0 - DAMPING) * jump;
        }
        for &(a, b, weight) in &links {
            for (from, to) in [(a, b), (b, a)] {
                let (Some(&score), Some(&out)) =
                    (scores.get(from as usize), strength.get(from as usize))
                else {
                    continue;
                };
                if let Some(slot) = next.get_mut(to as usize) {
                    *slot += DAMPING * weight / out * score;
                }
            }
        }
        let change: f64 = scores.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut scores, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
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
/// number of its occurrences.
pub(super) fn candidate_score(candidate: &Candidate, term_scores: &[f64]) -> f64 {
    let sum: f64 = candidate
        .terms
        .iter()
        .map(|&term| term_scores.get(term as usize).copied().unwrap_or(0.0))
        .sum();
    sum * (candidate.occurrences.len() as f64).sqrt()
}
