//! Scores of words and candidates: PageRank over the graph of words that occur near each
//! other (TextRank, weighted by co-occurrence counts as in SingleRank), biased towards words
//! that occur early and in titles (PositionRank), and against words that rarely stand in a
//! phrase. A candidate scores the sum of its words' scores, as in SingleRank and
//! PositionRank, times the square root of its frequency: a phrase that recurs as a unit
//! is more likely a term than a run that occurs once (a single word counts where it stands
//! alone).

use super::candidates::{Candidate, Reading, Word};
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

/// The co-occurrence graph of the terms, undirected, in compressed sparse rows: the
/// links of term `t` are `links[offsets[t]..offsets[t + 1]]`: each neighbour with the number
/// of times the two stood within the window of each other (side by side, so that a pass
/// over the graph reads one array).
///
/// Built by counting, without hashing: a first pass counts each term's links (with
/// repeats), a second lays them out per term, a third merges the repeats of each neighbour.
/// Every step is linear in the number of word pairs.
struct Graph {
    offsets: Vec<usize>,
    links: Vec<(TermId, u32)>,
    /// The sum of each term's link weights.
    strength: Vec<f64>,
}

impl Graph {
    fn of(reading: &Reading, nodes: usize) -> Graph {
        let words = &reading.words;
        // Each term's links with repeats, then where its run of neighbours starts.
        let mut offsets = vec![0usize; nodes + 1];
        each_pair(words, |a, b| {
            for end in [a, b] {
                if let Some(count) = offsets.get_mut(end + 1) {
                    *count += 1;
                }
            }
        });
        for at in 1..offsets.len() {
            let before = offsets.get(at - 1).copied().unwrap_or(0);
            if let Some(offset) = offsets.get_mut(at) {
                *offset += before;
            }
        }
        let strength: Vec<f64> = offsets
            .windows(2)
            .map(|pair| match pair {
                [start, end] => (end - start) as f64,
                _ => 0.0,
            })
            .collect();
        let mut next = offsets.clone();
        let mut repeated: Vec<TermId> = vec![0; offsets.last().copied().unwrap_or(0)];
        each_pair(words, |a, b| {
            for (from, to) in [(a, b), (b, a)] {
                if let Some(cursor) = next.get_mut(from) {
                    if let Some(slot) = repeated.get_mut(*cursor) {
                        *slot = to as TermId;
                    }
                    *cursor += 1;
                }
            }
        });
        // Merge the repeats of each term's neighbours, in order of first occurrence, with a
        // scratch array of where each neighbour stands in the output (reset after each term).
        const NONE: usize = usize::MAX;
        let mut slot_of = vec![NONE; nodes];
        let mut links: Vec<(TermId, u32)> = Vec::with_capacity(repeated.len() / 2);
        let mut merged_offsets = Vec::with_capacity(offsets.len());
        merged_offsets.push(0);
        for pair in offsets.windows(2) {
            let [start, end] = *pair else { continue };
            let first = links.len();
            for &to in repeated.get(start..end).unwrap_or_default() {
                let Some(slot) = slot_of.get_mut(to as usize) else {
                    continue;
                };
                if *slot == NONE {
                    *slot = links.len();
                    links.push((to, 1));
                } else if let Some((_, weight)) = links.get_mut(*slot) {
                    *weight += 1;
                }
            }
            for &(to, _) in links.get(first..).unwrap_or_default() {
                if let Some(slot) = slot_of.get_mut(to as usize) {
                    *slot = NONE;
                }
            }
            merged_offsets.push(links.len());
        }
        Graph {
            offsets: merged_offsets,
            links,
            strength,
        }
    }

    /// PageRank with jumps by `bias`: each term's score, in the order of `bias`.
    fn page_rank(&self, bias: &[f64]) -> Vec<f64> {
        let mut scores = bias.to_vec();
        let mut next = vec![0.0; bias.len()];
        // Each term's score shared out over its links' weight.
        let mut share = vec![0.0; bias.len()];
        for _ in 0..MAX_ITERATIONS {
            for ((share, &score), &strength) in share.iter_mut().zip(&scores).zip(&self.strength) {
                *share = if strength > 0.0 {
                    score / strength
                } else {
                    0.0
                };
            }
            let mut change = 0.0;
            for (term, ((slot, &jump), &old)) in next.iter_mut().zip(bias).zip(&scores).enumerate()
            {
                let (Some(&start), Some(&end)) =
                    (self.offsets.get(term), self.offsets.get(term + 1))
                else {
                    continue;
                };
                let inflow: f64 = self
                    .links
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .map(|&(from, weight)| {
                        f64::from(weight) * share.get(from as usize).copied().unwrap_or(0.0)
                    })
                    .sum();
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

/// Calls `link` with each pair of different terms within the window of each other, in
/// text order.
fn each_pair(words: &[Word], mut link: impl FnMut(usize, usize)) {
    for (at, word) in words.iter().enumerate() {
        for other in words.iter().skip(at + 1) {
            if other.position >= word.position + WINDOW {
                break;
            }
            if other.term != word.term {
                link(word.term as usize, other.term as usize);
            }
        }
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
pub(super) fn candidate_score(candidate: &Candidate, term_scores: &[f64]) -> f64 {
    let sum: f64 = candidate
        .terms
        .iter()
        .map(|&term| term_scores.get(term as usize).copied().unwrap_or(0.0))
        .sum();
    let occurrences = if candidate.terms.len() == 1 {
        candidate.standalone.max(1)
    } else {
        candidate.occurrences.len()
    };
    sum * (occurrences as f64).sqrt()
}
