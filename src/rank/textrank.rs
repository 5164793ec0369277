//! TextRank: PageRank over the graph of sentence similarities.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::represent::{term_bound, Vector};
use crate::tokenize::TermId;

/// The probability of following an edge rather than jumping to a random sentence; 0.85 as
/// in PageRank and TextRank.
const DAMPING: f64 = 0.85;
/// Iteration stops once the scores (which sum to 1) move less than this in total (L1): a
/// millionth of the mass, finer than any ranking needs. Long texts converge slowly, and
/// each further digit costs them a dozen or more passes over the graph.
const TOLERANCE: f64 = 1e-6;
/// A cap that convergence practically never reaches, so that no input can loop for long.
const MAX_ITERATIONS: usize = 200;

/// A term found in more sentences than this does not link them: such a term carries little
/// weight, and pairing all its sentences would cost time and memory quadratic in their
/// number (a text that repeats one sentence 100,000 times).
const MAX_SENTENCES_PER_LINKING_TERM: usize = 200;
/// Each sentence of a long text keeps its most similar neighbours only, so that the graph
/// grows linearly with the text.
const MAX_NEIGHBOURS: usize = 100;
/// A text of up to this many sentences, a document of ordinary length, gets the exact graph.
const EXACT_GRAPH_SENTENCES: usize = 200;

/// PageRank of each sentence in the graph whose edge weights are cosine similarities.
pub(super) fn score(vectors: &[Vector<'_>]) -> Vec<f64> {
    walk(vectors, None, DAMPING)
}

/// PageRank of each sentence in the same graph, following an edge with probability
/// `damping` and otherwise jumping to a sentence in proportion to its `relevance`
/// (non-negative, one per sentence, some positive): personalized PageRank, the
/// question-biased LexRank of Otterbacher, Erkan and Radev (2005), so that a sentence
/// central among the relevant ones ranks high.
pub(super) fn score_biased(vectors: &[Vector<'_>], relevance: &[f64], damping: f64) -> Vec<f64> {
    let total: f64 = relevance.iter().sum();
    if !(total > 0.0 && total.is_finite()) || relevance.len() != vectors.len() {
        return score(vectors);
    }
    let jumps: Vec<f64> = relevance.iter().map(|weight| weight / total).collect();
    walk(vectors, Some(&jumps), damping)
}

/// PageRank over the similarity graph of `vectors`: each step follows an edge with
/// probability `damping`, and otherwise jumps to any sentence alike or, given `jumps`
/// (summing to 1), to each in proportion to its share.
fn walk(vectors: &[Vector<'_>], jumps: Option<&[f64]>, damping: f64) -> Vec<f64> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    let mut graph = similarity_graph(vectors);
    let out_weight: Vec<f64> = (0..n)
        .map(|from| graph.edges_from(from).map(|(_, w)| w).sum())
        .collect();
    graph.divide_by_out_weight(&out_weight);
    // A sentence like no other has no edges; its rank is spread evenly, as PageRank does
    // for dangling pages, so that scores keep summing to 1.
    let dangling: Vec<usize> = (0..n).filter(|&from| out_weight[from] == 0.0).collect();
    let uniform = 1.0 / n as f64;
    let mut scores = vec![uniform; n];
    let mut inflow = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        // Summed in document order, as over every sentence with the others skipped.
        let dangling: f64 = dangling
            .iter()
            .map(|&from| scores.get(from).copied().unwrap_or(0.0))
            .sum();
        let base = (1.0 - damping) * uniform + damping * dangling * uniform;
        // Each sentence hands its score out along its edges, sources in document order, so
        // that every sum is made in the same order from run to run.
        inflow.fill(0.0);
        graph.spread(&scores, &mut inflow);
        match jumps {
            None => {
                for (next, &inflow) in next.iter_mut().zip(&inflow) {
                    *next = base + damping * inflow;
                }
            }
            // The jumps, and the rank of sentences without edges, land by the shares.
            Some(jumps) => {
                let landing = (1.0 - damping) + damping * dangling;
                for ((next, &inflow), &share) in next.iter_mut().zip(&inflow).zip(jumps) {
                    *next = landing * share + damping * inflow;
                }
            }
        }
        let change: f64 = scores.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut scores, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    scores
}

/// The similarity graph, each sentence's edges stored one after another (compressed sparse
/// rows): PageRank walks every edge on every iteration, and on a long text the edges
/// outgrow the processor's caches and most of the memory used, so bytes per edge count.
struct Graph {
    /// Where each sentence's edges start in `targets` and `weights`; one more at the end.
    starts: Vec<usize>,
    /// The sentence each edge leads to.
    targets: Vec<u32>,
    /// The edge's weight: the two sentences' cosine similarity.
    weights: Vec<f64>,
}

impl Graph {
    /// Divides each edge's weight by `out_weight` of its source, once, rather than on every
    /// pass of the walk: `weight / out * score` is `(weight / out) * score`, so the scores
    /// stay the same to the last bit.
    fn divide_by_out_weight(&mut self, out_weight: &[f64]) {
        for (from, edges) in self.starts.windows(2).enumerate() {
            let out = out_weight.get(from).copied().unwrap_or(1.0);
            let range = edges.first().copied().unwrap_or(0)..edges.last().copied().unwrap_or(0);
            for weight in self.weights.get_mut(range).unwrap_or_default() {
                *weight /= out;
            }
        }
    }

    /// Adds to each sentence's `inflow` the `scores` of the sentences with an edge to it,
    /// each times the edge's weight: sources in document order, each one's edges by target.
    fn spread(&self, scores: &[f64], inflow: &mut [f64]) {
        let (mut targets, mut weights) = (self.targets.as_slice(), self.weights.as_slice());
        for (edges, &score) in self.starts.windows(2).zip(scores) {
            let count = match edges {
                [start, end] => end.saturating_sub(*start),
                _ => 0,
            };
            let (these_targets, later_targets) = targets.split_at(count.min(targets.len()));
            let (these_weights, later_weights) = weights.split_at(count.min(weights.len()));
            for (&to, &weight) in these_targets.iter().zip(these_weights) {
                if let Some(inflow) = inflow.get_mut(to as usize) {
                    *inflow += weight * score;
                }
            }
            (targets, weights) = (later_targets, later_weights);
        }
    }

    /// The edges from sentence `from`: where they lead and their weight, in document order.
    fn edges_from(&self, from: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = match (self.starts.get(from), self.starts.get(from + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        };
        let targets = self.targets.get(range.clone()).unwrap_or_default();
        let weights = self.weights.get(range).unwrap_or_default();
        targets
            .iter()
            .zip(weights)
            .map(|(&to, &weight)| (to as usize, weight))
    }
}

/// Each term's sentences and weights, for the terms that link sentences, stored flat: the
/// postings of an inverted index.
struct Postings {
    /// Where each term's postings start; one more at the end.
    starts: Vec<usize>,
    sentences: Vec<u32>,
    weights: Vec<f64>,
}

impl Postings {
    /// The postings of `vectors`, leaving out the terms found in more than
    /// [`MAX_SENTENCES_PER_LINKING_TERM`] sentences.
    fn of(vectors: &[Vector<'_>]) -> Self {
        let dimensions = term_bound(vectors);
        let mut starts = vec![0usize; dimensions + 1];
        for vector in vectors {
            for &term in vector.terms() {
                if let Some(count) = starts.get_mut(term as usize) {
                    *count += 1;
                }
            }
        }
        let mut total = 0;
        for start in &mut starts {
            let count = if *start > MAX_SENTENCES_PER_LINKING_TERM {
                0
            } else {
                *start
            };
            *start = total;
            total += count;
        }
        let mut postings = Postings {
            sentences: vec![0; total],
            weights: vec![0.0; total],
            starts,
        };
        // Where the next posting of each term goes; a term left out has no room at all.
        let mut cursor: Vec<usize> = postings.starts.clone();
        for (sentence, vector) in vectors.iter().enumerate() {
            // Sentence numbers fit in 32 bits: four billion sentences are far more text
            // than any machine holds.
            let sentence = u32::try_from(sentence).unwrap_or(u32::MAX);
            for (term, weight) in vector.entries() {
                let term = term as usize;
                let end = postings.starts.get(term + 1).copied().unwrap_or(0);
                if let Some(next) = cursor.get_mut(term).filter(|next| **next < end) {
                    if let (Some(slot), Some(weight_slot)) = (
                        postings.sentences.get_mut(*next),
                        postings.weights.get_mut(*next),
                    ) {
                        *slot = sentence;
                        *weight_slot = weight;
                    }
                    *next += 1;
                }
            }
        }
        postings
    }

    /// The sentences holding `term`, in document order, with the term's weight in each.
    fn of_term(&self, term: TermId) -> (&[u32], &[f64]) {
        let term = term as usize;
        let range = match (self.starts.get(term), self.starts.get(term + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        };
        (
            self.sentences.get(range.clone()).unwrap_or_default(),
            self.weights.get(range).unwrap_or_default(),
        )
    }
}

/// For each sentence, its most similar other sentences (all of them up to
/// [`EXACT_GRAPH_SENTENCES`], at most [`MAX_NEIGHBOURS`] beyond) that share a linking term
/// with it, with their cosine similarity, in document order. Pairs are found through an inverted index, so sentences with nothing in common
/// cost nothing.
fn similarity_graph(vectors: &[Vector<'_>]) -> Graph {
    let postings = Postings::of(vectors);
    let mut graph = Graph {
        starts: Vec::with_capacity(vectors.len() + 1),
        targets: Vec::new(),
        weights: Vec::new(),
    };
    graph.starts.push(0);
    let mut dot = vec![0.0f64; vectors.len()];
    // Tracked apart from `dot`, which a sum of underflowing products could leave at zero.
    let mut is_touched = vec![false; vectors.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut closest: BinaryHeap<Reverse<u128>> = BinaryHeap::with_capacity(MAX_NEIGHBOURS);
    for (i, vector) in vectors.iter().enumerate() {
        for (term, weight) in vector.entries() {
            let (sentences, weights) = postings.of_term(term);
            for (&j, &other_weight) in sentences.iter().zip(weights) {
                if j as usize == i {
                    continue;
                }
                if let (Some(dot), Some(is_touched)) =
                    (dot.get_mut(j as usize), is_touched.get_mut(j as usize))
                {
                    if !*is_touched {
                        *is_touched = true;
                        touched.push(j);
                    }
                    *dot += weight * other_weight;
                }
            }
        }
        let dot_of = |j: u32| dot.get(j as usize).copied().unwrap_or(0.0);
        let first_edge = graph.targets.len();
        if vectors.len() > EXACT_GRAPH_SENTENCES && touched.len() > MAX_NEIGHBOURS {
            // The closest, in a heap whose top is the farthest of them: most sentences
            // touched are farther, and cost one comparison of two integers.
            closest.clear();
            for &j in touched.iter() {
                let similarity = dot_of(j);
                let key = Reverse(closeness_key(similarity, j));
                // Only a positive similarity makes a neighbour.
                if similarity.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
                    continue;
                } else if closest.len() < MAX_NEIGHBOURS {
                    closest.push(key);
                } else if let Some(mut farthest) = closest.peek_mut() {
                    if key < *farthest {
                        *farthest = key;
                    }
                }
            }
            // The key's low 32 bits count down from the last sentence.
            graph
                .targets
                .extend(closest.iter().map(|&Reverse(key)| u32::MAX - key as u32));
        } else {
            graph
                .targets
                .extend(touched.iter().copied().filter(|&j| dot_of(j) > 0.0));
        }
        let targets = graph.targets.get_mut(first_edge..).unwrap_or_default();
        // Document order keeps the floating-point sums identical from run to run.
        targets.sort_unstable();
        graph.weights.extend(targets.iter().map(|&j| dot_of(j)));
        graph.starts.push(graph.targets.len());
        for &j in &touched {
            if let (Some(dot), Some(is_touched)) =
                (dot.get_mut(j as usize), is_touched.get_mut(j as usize))
            {
                *dot = 0.0;
                *is_touched = false;
            }
        }
        touched.clear();
    }
    graph
}

/// A key that orders the sentences touched by another in a long text from the farthest to
/// the closest: by similarity (positive and finite, so that its bits order as the numbers
/// do), ties by document order, the earlier closer. Integers compare in one or two
/// instructions, where floating-point numbers in a total order take several.
fn closeness_key(similarity: f64, sentence: u32) -> u128 {
    (u128::from(similarity.to_bits()) << 32) | u128::from(u32::MAX - sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of as vectors;

    /// Each sentence's edges, as lists.
    fn neighbours(vectors: &[Vector<'_>]) -> Vec<Vec<(usize, f64)>> {
        let graph = similarity_graph(vectors);
        (0..vectors.len())
            .map(|from| graph.edges_from(from).collect())
            .collect()
    }

    #[test]
    fn the_hub_of_the_graph_ranks_first_and_scores_sum_to_one() {
        // Sentence 1 shares a term with each of the others; they share nothing else.
        let scores = score(&vectors(&[&[0, 5], &[0, 1, 2], &[1, 6], &[2, 7], &[9]]));
        let best = (0..scores.len())
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
            .unwrap();
        assert_eq!(best, 1);
        assert!((scores.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(scores[4] < scores[0], "an isolated sentence ranks low");
    }

    #[test]
    fn graph_edges_are_symmetric_cosines() {
        let vectors = vectors(&[&[0, 1], &[1, 2], &[3]]);
        let graph = neighbours(&vectors);
        assert_eq!(graph[0].len(), 1);
        assert_eq!(graph[0][0].0, 1);
        assert!((graph[0][0].1 - vectors[0].cosine(vectors[1])).abs() < 1e-12);
        assert_eq!(graph[1][0].0, 0);
        assert!(graph[2].is_empty());
    }

    #[test]
    fn each_sentence_of_a_long_text_keeps_its_closest_neighbours_only() {
        // Sentence 0 shares term 0 with the first half and term 1 with the second (no term in
        // too many sentences to link them); the others share one more term pairwise.
        let n = EXACT_GRAPH_SENTENCES as u32 + 5;
        let lists: Vec<Vec<u32>> = (0..n)
            .map(|i| match i {
                0 => vec![0, 1],
                _ => vec![u32::from(i > n / 2), 2 + i / 2],
            })
            .collect();
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let vectors = vectors(&slices);
        let graph = neighbours(&vectors);
        assert!(graph.iter().all(|edges| edges.len() <= MAX_NEIGHBOURS));
        assert_eq!(graph[0].len(), MAX_NEIGHBOURS);
        // Sentences 2 and 3 share term 3, their closest neighbour, which must be kept.
        assert!(graph[2].iter().any(|&(j, _)| j == 3));
        assert!(graph
            .iter()
            .all(|edges| edges.windows(2).all(|w| w[0].0 < w[1].0)));
    }

    #[test]
    fn among_equally_close_neighbours_a_long_text_keeps_the_first() {
        // Sentences of one parity hold one term, in fewer sentences than stops linking: each
        // sentence is as close to every other of its parity, more than it may keep.
        let n = EXACT_GRAPH_SENTENCES + 10;
        let lists: Vec<Vec<u32>> = (0..n).map(|i| vec![u32::from(i % 2 == 1)]).collect();
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let graph = neighbours(&vectors(&slices));
        for (i, edges) in graph.iter().enumerate() {
            let kept: Vec<usize> = edges.iter().map(|&(j, _)| j).collect();
            let first: Vec<usize> = (0..n)
                .filter(|&j| j != i && j % 2 == i % 2)
                .take(MAX_NEIGHBOURS)
                .collect();
            assert_eq!(kept, first, "sentence {i}");
        }
    }

    #[test]
    fn a_text_of_ordinary_length_gets_the_exact_graph() {
        let lists = vec![vec![0u32]; EXACT_GRAPH_SENTENCES];
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let graph = neighbours(&vectors(&slices));
        assert!(graph
            .iter()
            .all(|edges| edges.len() == EXACT_GRAPH_SENTENCES - 1));
    }

    #[test]
    fn a_term_in_very_many_sentences_links_none_of_them() {
        let lists = vec![vec![0u32]; MAX_SENTENCES_PER_LINKING_TERM + 1];
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let vectors = vectors(&slices);
        assert!(neighbours(&vectors).iter().all(Vec::is_empty));
        let scores = score(&vectors);
        assert!(scores.iter().all(|&s| (s - scores[0]).abs() < 1e-15));
    }

    #[test]
    fn jumps_favour_the_relevant_sentences_and_their_neighbours() {
        // Two separate pairs of similar sentences; the query is about sentence 2 only.
        let vectors = vectors(&[&[0, 1], &[0, 1, 5], &[2, 3], &[2, 3, 6], &[9]]);
        let scores = score_biased(&vectors, &[0.0, 0.0, 1.0, 0.0, 0.0], 0.3);
        assert!((scores.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(scores[2] > scores[3] && scores[3] > scores[0]);
        assert_eq!(scores[4], 0.0, "an isolated sentence no query points at");
        // No relevance at all is the plain walk.
        assert_eq!(score_biased(&vectors, &[0.0; 5], 0.3), score(&vectors));
    }

    #[test]
    fn sentences_without_terms_get_the_uniform_share() {
        let scores = score(&vectors(&[&[], &[]]));
        assert_eq!(scores, vec![0.5, 0.5]);
        assert!(score(&[]).is_empty());
    }
}
