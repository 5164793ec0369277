//! TextRank: PageRank over the graph of sentence similarities.

use crate::represent::{term_bound, SparseVector};

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
/// Each sentence keeps its most similar neighbours only, so the graph grows linearly with
/// the text...
const MAX_NEIGHBOURS: usize = 100;
/// ... but a document of ordinary length, up to this many sentences, gets the exact graph.
const EXACT_GRAPH_SENTENCES: usize = 200;

/// PageRank of each sentence in the graph whose edge weights are cosine similarities.
pub(super) fn score(vectors: &[SparseVector]) -> Vec<f64> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    let outgoing = similarity_graph(vectors);
    let out_weight: Vec<f64> = outgoing
        .iter()
        .map(|edges| edges.iter().map(|&(_, w)| w).sum())
        .collect();
    let incoming = Incoming::of(&outgoing, &out_weight);
    drop(outgoing);
    let uniform = 1.0 / n as f64;
    let mut scores = vec![uniform; n];
    let mut next = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        // A sentence like no other has no edges; its rank is spread evenly, as PageRank does
        // for dangling pages, so that scores keep summing to 1.
        let dangling: f64 = scores
            .iter()
            .zip(&out_weight)
            .filter(|&(_, &w)| w == 0.0)
            .map(|(s, _)| s)
            .sum();
        let base = (1.0 - DAMPING) * uniform + DAMPING * dangling * uniform;
        for (to, next) in next.iter_mut().enumerate() {
            let inflow: f64 = incoming
                .edges_to(to)
                .map(|(from, share)| share * scores.get(from).copied().unwrap_or(0.0))
                .sum();
            *next = base + DAMPING * inflow;
        }
        let change: f64 = scores.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut scores, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    scores
}

/// The graph's edges by the sentence they lead to, stored flat (compressed sparse rows):
/// PageRank walks all of them on every iteration, and on a long text they outgrow the
/// processor's caches, so that bytes per edge decide the speed.
struct Incoming {
    /// Where each sentence's edges start in `from` and `share`; one more entry at the end.
    starts: Vec<usize>,
    /// The sentence each edge comes from.
    from: Vec<u32>,
    /// The edge's share of its source's weight.
    share: Vec<f64>,
}

impl Incoming {
    fn of(outgoing: &[Vec<(usize, f64)>], out_weight: &[f64]) -> Self {
        let mut counts = vec![0usize; outgoing.len() + 1];
        for edges in outgoing {
            for &(to, _) in edges {
                counts[to + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let starts = counts.clone();
        let total = starts.last().copied().unwrap_or(0);
        let mut from = vec![0u32; total];
        let mut share = vec![0.0f64; total];
        let mut fill = counts;
        // Sources in increasing order, so each sentence's edges come in document order and
        // the sums are the same from run to run.
        for (source, edges) in outgoing.iter().enumerate() {
            for &(to, weight) in edges {
                let slot = fill[to];
                fill[to] += 1;
                from[slot] = u32::try_from(source).unwrap_or(u32::MAX);
                share[slot] = weight / out_weight[source];
            }
        }
        Incoming {
            starts,
            from,
            share,
        }
    }

    /// The edges into sentence `to`: their source and share.
    fn edges_to(&self, to: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.starts[to]..self.starts[to + 1];
        self.from[range.clone()]
            .iter()
            .zip(&self.share[range])
            .map(|(&from, &share)| (from as usize, share))
    }
}

/// For each sentence, its most similar other sentences (at most [`MAX_NEIGHBOURS`]) that
/// share a linking term with it, with their cosine similarity, in document order. Pairs are
/// found through an inverted index, so sentences with nothing in common cost nothing.
fn similarity_graph(vectors: &[SparseVector]) -> Vec<Vec<(usize, f64)>> {
    let dimensions = term_bound(vectors);
    let mut postings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); dimensions];
    for (sentence, vector) in vectors.iter().enumerate() {
        for &(term, weight) in vector.entries() {
            postings[term as usize].push((sentence, weight));
        }
    }
    for list in &mut postings {
        if list.len() > MAX_SENTENCES_PER_LINKING_TERM {
            *list = Vec::new();
        }
    }
    let mut neighbours = vec![Vec::new(); vectors.len()];
    let mut dot = vec![0.0f64; vectors.len()];
    // Tracked apart from `dot`, which a sum of underflowing products could leave at zero.
    let mut is_touched = vec![false; vectors.len()];
    let mut touched = Vec::new();
    for (i, vector) in vectors.iter().enumerate() {
        for &(term, weight) in vector.entries() {
            for &(j, other_weight) in &postings[term as usize] {
                if j != i {
                    if !is_touched[j] {
                        is_touched[j] = true;
                        touched.push(j);
                    }
                    dot[j] += weight * other_weight;
                }
            }
        }
        let edges = &mut neighbours[i];
        edges.extend(
            touched
                .iter()
                .map(|&j| (j, dot[j]))
                .filter(|&(_, similarity)| similarity > 0.0),
        );
        if vectors.len() > EXACT_GRAPH_SENTENCES && edges.len() > MAX_NEIGHBOURS {
            edges.select_nth_unstable_by(MAX_NEIGHBOURS, |a: &(usize, f64), b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            edges.truncate(MAX_NEIGHBOURS);
        }
        // Document order keeps the floating-point sums identical from run to run.
        edges.sort_unstable_by_key(|&(j, _)| j);
        for &j in &touched {
            dot[j] = 0.0;
            is_touched[j] = false;
        }
        touched.clear();
    }
    neighbours
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of as vectors;

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
        let graph = similarity_graph(&vectors);
        assert_eq!(graph[0].len(), 1);
        assert_eq!(graph[0][0].0, 1);
        assert!((graph[0][0].1 - vectors[0].cosine(&vectors[1])).abs() < 1e-12);
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
        let graph = similarity_graph(&vectors);
        assert!(graph.iter().all(|edges| edges.len() <= MAX_NEIGHBOURS));
        assert_eq!(graph[0].len(), MAX_NEIGHBOURS);
        // Sentences 2 and 3 share term 3, their closest neighbour, which must be kept.
        assert!(graph[2].iter().any(|&(j, _)| j == 3));
        assert!(graph
            .iter()
            .all(|edges| edges.windows(2).all(|w| w[0].0 < w[1].0)));
    }

    #[test]
    fn a_text_of_ordinary_length_gets_the_exact_graph() {
        let lists = vec![vec![0u32]; EXACT_GRAPH_SENTENCES];
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let graph = similarity_graph(&vectors(&slices));
        assert!(graph
            .iter()
            .all(|edges| edges.len() == EXACT_GRAPH_SENTENCES - 1));
    }

    #[test]
    fn a_term_in_very_many_sentences_links_none_of_them() {
        let lists = vec![vec![0u32]; MAX_SENTENCES_PER_LINKING_TERM + 1];
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        let vectors = vectors(&slices);
        assert!(similarity_graph(&vectors).iter().all(Vec::is_empty));
        let scores = score(&vectors);
        assert!(scores.iter().all(|&s| (s - scores[0]).abs() < 1e-15));
    }

    #[test]
    fn sentences_without_terms_get_the_uniform_share() {
        let scores = score(&vectors(&[&[], &[]]));
        assert_eq!(scores, vec![0.5, 0.5]);
        assert!(score(&[]).is_empty());
    }
}
