//! Whether a sentence nearly repeats one already chosen: whether its TF-IDF cosine to any of
//! them exceeds the redundancy threshold. Comparing it with every chosen sentence would make
//! a budget that keeps most of a long text quadratic; an inverted index over the chosen
//! sentences' terms finds the few it can be that close to.

use crate::order::sort_by_key;
use crate::represent::Vector;

/// The slack that covers rounding: how much smaller than the threshold, relatively, the
/// norm of the terms a vector leaves out is kept; how far above 1 a vector's squared norm
/// may be for the index to take it; and how much a bound on a cosine is raised before it
/// rules a chosen vector out. Each is far above the rounding of sums of up to 2³² terms
/// (2³² × 2⁻⁵³ ≈ 5e-7), so that rounding cannot lift a cosine the index misses or rules
/// out above the threshold.
const MARGIN: f64 = 1e-4;

/// Below this threshold no term is left out: the squares of the weights that could be would
/// reach the subnormal numbers, where rounding is no longer relative.
const SMALLEST_PRUNED_THRESHOLD: f64 = 1e-100;

/// The chosen sentences' vectors, indexed by term.
///
/// Terms are ordered from the commonest to the rarest, the same order for every vector. A
/// chosen vector leaves its commonest terms out of the index, and a candidate does not look
/// its own up, as many as keep their norm below the threshold. If a chosen vector and a
/// candidate, both of unit length, are closer than the threshold, the rarest term they
/// share is indexed by the one and looked up by the other: were it left out by either, so
/// would every term they share, commoner than it, and their cosine would be at most the
/// norm of those terms (Cauchy–Schwarz), below the threshold. Common terms, which would make
/// the longest lists, are the ones left out.
///
/// Of the chosen vectors a candidate meets in the index, most are ruled out by a bound on
/// their cosine: the products of their weights in the terms they meet in, plus what the
/// terms they share but do not meet in can add. Those are commoner than the commonest term
/// they meet in, and left out by one of them; so they add at most the norm of the terms one
/// left out times the norm of the other's terms commoner than that term. The chosen
/// vectors not ruled out are compared with the candidate exactly as a comparison with every
/// chosen vector would, so the answer is the same.
#[derive(Debug)]
pub(crate) struct ChosenVectors<'a> {
    threshold: f64,
    /// The largest squared norm of the terms a vector leaves out.
    left_out_limit: f64,
    /// For each term, its place in the order of terms (see [`order_of_terms`]). The index
    /// knows terms by their place.
    place_of: Vec<u32>,
    /// Every chosen vector of unit length (or less) that the index holds.
    indexed: Vec<Indexed<'a>>,
    /// For each term (by its place), the chosen vectors holding it in the index.
    postings: Vec<Vec<Posting>>,
    /// The chosen vectors of greater length, compared with every candidate: none come from
    /// a text, whose vectors have unit length or none.
    unindexed: Vec<Vector<'a>>,
    /// How many candidates have looked the index up.
    candidates: usize,
    /// The chosen vectors the last candidate met (indices into `indexed`).
    met: Vec<usize>,
    /// A vector's terms (by their place) and weights, to be sorted,
    places: Vec<(u32, f64)>,
    /// and its entries, commonest term first.
    by_commonness: Vec<Entry>,
}

#[derive(Debug)]
struct Indexed<'a> {
    vector: Vector<'a>,
    /// The norm of its terms left out of the index.
    left_out: f64,
    /// The last candidate that met it in the index (see `candidates`),
    met_by: usize,
    /// the sum of the products of their weights in the terms they met in,
    dot: f64,
    /// and the bound on what the terms they share but did not meet in add.
    unmet: f64,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    /// Index into `indexed`.
    chosen: usize,
    weight: f64,
    /// The norm of the chosen vector's terms commoner than this one.
    commoner: f64,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The term's place in the order of terms.
    place: u32,
    weight: f64,
    /// The norm of the vector's terms commoner than this one.
    commoner: f64,
}

impl<'a> ChosenVectors<'a> {
    /// No vectors chosen yet among `vectors`; a candidate will be close to a chosen one when
    /// their cosine exceeds `threshold`.
    pub(crate) fn new(threshold: f64, vectors: impl IntoIterator<Item = Vector<'a>>) -> Self {
        let mut vectors_with: Vec<u32> = Vec::new();
        for vector in vectors {
            for &term in vector.terms() {
                let term = term as usize;
                if term >= vectors_with.len() {
                    vectors_with.resize(term + 1, 0u32);
                }
                if let Some(count) = vectors_with.get_mut(term) {
                    *count = count.saturating_add(1);
                }
            }
        }
        let left_out_limit = if threshold >= SMALLEST_PRUNED_THRESHOLD {
            (threshold * (1.0 - MARGIN)).powi(2)
        } else {
            0.0
        };
        ChosenVectors {
            threshold,
            left_out_limit,
            place_of: order_of_terms(&vectors_with),
            indexed: Vec::new(),
            postings: Vec::new(),
            unindexed: Vec::new(),
            candidates: 0,
            met: Vec::new(),
            places: Vec::new(),
            by_commonness: Vec::new(),
        }
    }

    /// Adds a chosen vector.
    pub(crate) fn insert(&mut self, vector: Vector<'a>) {
        if !is_unit_or_less(vector) {
            self.unindexed.push(vector);
            return;
        }
        let chosen = self.indexed.len();
        let (mut places, mut kept) = (
            std::mem::take(&mut self.places),
            std::mem::take(&mut self.by_commonness),
        );
        let (left_out, kept_terms) = self.rarest(vector, &mut places, &mut kept);
        self.indexed.push(Indexed {
            vector,
            left_out,
            met_by: 0,
            dot: 0.0,
            unmet: 0.0,
        });
        for entry in kept_terms {
            let place = entry.place as usize;
            if place >= self.postings.len() {
                self.postings.resize_with(place + 1, Vec::new);
            }
            if let Some(postings) = self.postings.get_mut(place) {
                postings.push(Posting {
                    chosen,
                    weight: entry.weight,
                    commoner: entry.commoner,
                });
            }
        }
        (self.places, self.by_commonness) = (places, kept);
    }

    /// Whether the cosine of `candidate` to a chosen vector exceeds the threshold.
    pub(crate) fn any_close_to(&mut self, candidate: Vector<'_>) -> bool {
        if self
            .unindexed
            .iter()
            .any(|&chosen| self.is_close(chosen, candidate))
        {
            return true;
        }
        // A negative or NaN threshold counts vectors without a common term as close, and
        // the index's bound holds for vectors of unit length. The vectors of a text are of
        // unit length or empty, and thresholds are in (0, 1], so this is for other callers.
        if !(self.threshold >= 0.0 && is_unit_or_less(candidate)) {
            return self
                .indexed
                .iter()
                .any(|chosen| self.is_close(chosen.vector, candidate));
        }
        let (mut places, mut looked_up) = (
            std::mem::take(&mut self.places),
            std::mem::take(&mut self.by_commonness),
        );
        let (left_out, terms) = self.rarest(candidate, &mut places, &mut looked_up);
        self.meet(terms, left_out);
        (self.places, self.by_commonness) = (places, looked_up);
        self.met.iter().any(|&met| {
            self.indexed.get(met).is_some_and(|chosen| {
                // MARGIN covers the rounding of both sums of products, each at most 1 in
                // absolute value (the vectors' lengths).
                chosen.dot + chosen.unmet * (1.0 + MARGIN) + MARGIN >= self.threshold
                    && self.is_close(chosen.vector, candidate)
            })
        })
    }

    /// Fills `met` with the chosen vectors holding any of `terms`, the terms a candidate
    /// looks up, in the index, each with the sum of the products of their weights in the
    /// terms they meet in and the bound on what the terms they share but do not meet in
    /// add. `left_out` is the norm of the candidate's terms not looked up.
    fn meet(&mut self, terms: &[Entry], left_out: f64) {
        self.candidates += 1;
        self.met.clear();
        // Rarest first, so that the last term a chosen vector meets the candidate in is
        // the commonest: they also meet in every term they share rarer than it.
        for entry in terms.iter().rev() {
            let postings = self.postings.get(entry.place as usize);
            for posting in postings.into_iter().flatten() {
                let Some(chosen) = self.indexed.get_mut(posting.chosen) else {
                    continue;
                };
                if chosen.met_by != self.candidates {
                    chosen.met_by = self.candidates;
                    chosen.dot = 0.0;
                    self.met.push(posting.chosen);
                }
                chosen.dot += posting.weight * entry.weight;
                chosen.unmet = f64::max(
                    chosen.left_out * entry.commoner,
                    posting.commoner * left_out,
                );
            }
        }
    }

    fn is_close(&self, chosen: Vector<'_>, candidate: Vector<'_>) -> bool {
        chosen.cosine(candidate) > self.threshold
    }

    /// The terms of `vector` it keeps in the index or looks up, commonest first, in
    /// `buffer`: all but its commonest, as many of those as keep their squared norm below
    /// the limit (strictly, so that with a limit of 0 none are left out). Returns the norm
    /// of those left out with them.
    fn rarest<'b>(
        &self,
        vector: Vector<'_>,
        places: &mut Vec<(u32, f64)>,
        buffer: &'b mut Vec<Entry>,
    ) -> (f64, &'b [Entry]) {
        places.clear();
        places.extend(vector.entries().map(|(term, weight)| {
            // A term of no vector the index was made for is in none, as the last terms
            // are; its id, beyond theirs and their places, keeps it after them.
            let place = self.place_of.get(term as usize).copied();
            (place.unwrap_or(term), weight)
        }));
        // Places differ from term to term, so no two pairs have one key.
        sort_by_key(places);
        buffer.clear();
        buffer.extend(places.iter().map(|&(place, weight)| Entry {
            place,
            weight,
            commoner: 0.0,
        }));
        let mut squared = 0.0f64;
        let (mut left_out, mut left_out_squared) = (0, 0.0);
        for entry in buffer.iter_mut() {
            entry.commoner = squared.sqrt();
            squared += entry.weight * entry.weight;
            // The sum only grows, so those left out are the first.
            if squared < self.left_out_limit {
                left_out += 1;
                left_out_squared = squared;
            }
        }
        (
            left_out_squared.sqrt(),
            buffer.get(left_out..).unwrap_or_default(),
        )
    }
}

/// For each term, given the number of vectors holding it, its place in the order of the
/// index: the commonest first, terms in as many vectors by id. Counted out (a counting
/// sort) rather than sorted, which would bring one more copy of the standard library's
/// sorting code into the WebAssembly module.
fn order_of_terms(vectors_with: &[u32]) -> Vec<u32> {
    let most = vectors_with.iter().copied().max().unwrap_or(0) as usize;
    // How many terms are in each number of vectors, from the most down to 0; then, summed
    // up, the first place of the terms in each.
    let mut first_place = vec![0u32; most + 1];
    for &count in vectors_with {
        if let Some(terms) = first_place.get_mut(most - count as usize) {
            *terms += 1;
        }
    }
    let mut places_before = 0;
    for first in &mut first_place {
        (*first, places_before) = (places_before, places_before + *first);
    }
    vectors_with
        .iter()
        .map(|&count| {
            let next = first_place.get_mut(most - count as usize);
            next.map_or(u32::MAX, |next| {
                let place = *next;
                *next += 1;
                place
            })
        })
        .collect()
}

/// Whether the squared norm of `vector` is at most 1, give or take a rounding.
fn is_unit_or_less(vector: Vector<'_>) -> bool {
    let squared_norm: f64 = vector.entries().map(|(_, w)| w * w).sum();
    squared_norm <= 1.0 + MARGIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of;
    use crate::tokenize::TermId;

    /// Checks each vector in turn against the ones inserted before it, through the index and
    /// against every one, and inserts those marked.
    fn check_against_every_vector(vectors: &[Vector<'_>], inserted: &[bool], threshold: f64) {
        let mut index = ChosenVectors::new(threshold, vectors.iter().copied());
        let mut chosen: Vec<Vector<'_>> = Vec::new();
        for (&vector, &insert) in vectors.iter().zip(inserted) {
            let expected = chosen.iter().any(|c| c.cosine(vector) > threshold);
            assert_eq!(
                index.any_close_to(vector),
                expected,
                "threshold {threshold}, candidate {vector:?}, chosen {chosen:?}"
            );
            if insert {
                index.insert(vector);
                chosen.push(vector);
            }
        }
    }

    /// Random vectors and thresholds against comparing every pair (proptest runs natively).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn threshold() -> impl Strategy<Value = f64> {
            prop_oneof![
                0.0..=1.0f64,
                Just(1.0),
                Just(1.0f64.next_down()),
                Just(0.0),
                Just(1e-300),
                Just(SMALLEST_PRUNED_THRESHOLD),
                -0.5..1.5f64,
                Just(f64::NAN),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// TF-IDF vectors of sentences over a few terms: many overlap, some are the same or
            /// empty.
            #[test]
            fn agrees_with_comparing_every_vector(
                sentences in prop::collection::vec(
                    (prop::collection::vec(0u32..12, 0..8), any::<bool>()),
                    0..40,
                ),
                threshold in threshold(),
            ) {
                let lists: Vec<&[TermId]> = sentences.iter().map(|(terms, _)| &terms[..]).collect();
                let inserted: Vec<bool> = sentences.iter().map(|&(_, insert)| insert).collect();
                check_against_every_vector(&vectors_of(&lists), &inserted, threshold);
            }

            /// Vectors of any weights, of any length, negative or zero, with candidates not of
            /// unit length.
            #[test]
            fn agrees_with_comparing_every_vector_of_any_weights(
                vectors in prop::collection::vec(
                    (prop::collection::btree_map(0u32..10, -2.0..2.0f64, 0..6), any::<bool>()),
                    0..30,
                ),
                threshold in threshold(),
            ) {
                let terms: Vec<Vec<TermId>> = vectors
                    .iter()
                    .map(|(weights, _)| weights.keys().copied().collect())
                    .collect();
                let weights: Vec<Vec<f64>> = vectors
                    .iter()
                    .map(|(weights, _)| weights.values().copied().collect())
                    .collect();
                let views: Vec<Vector<'_>> = terms
                    .iter()
                    .zip(&weights)
                    .map(|(terms, weights)| Vector::from_parts(terms, weights))
                    .collect();
                let inserted: Vec<bool> = vectors.iter().map(|&(_, insert)| insert).collect();
                check_against_every_vector(&views, &inserted, threshold);
            }
        }
    }

    #[test]
    fn at_threshold_one_only_what_rounds_above_one_is_close() {
        // A sentence against itself: its cosine is 1 give or take the last bit, which at
        // threshold 1 decides.
        let mut above_one = 0;
        for length in 1..40u32 {
            let terms: Vec<TermId> = (0..length).collect();
            let vectors = vectors_of(&[&terms, &terms, &[0]]);
            above_one += usize::from(vectors[0].cosine(vectors[1]) > 1.0);
            check_against_every_vector(&vectors, &[true, true, true], 1.0);
        }
        assert!(above_one > 0, "no self-cosine rounded above 1");
    }

    #[test]
    fn terms_are_placed_commonest_first_then_by_id() {
        // Terms 1 and 3 are in three vectors, term 4 in two, term 0 in one, term 2 in none.
        assert_eq!(order_of_terms(&[1, 3, 0, 3, 2]), [3, 0, 4, 1, 2]);
        assert!(order_of_terms(&[]).is_empty());
    }

    #[test]
    fn common_terms_are_left_out_of_the_index() {
        // Term 0 is in every sentence and weighs least.
        let lists: Vec<Vec<TermId>> = (1..50).map(|t| vec![0, t]).collect();
        let lists: Vec<&[TermId]> = lists.iter().map(|l| &l[..]).collect();
        let vectors = vectors_of(&lists);
        let mut index = ChosenVectors::new(0.5, vectors.iter().copied());
        for &vector in &vectors {
            assert!(!index.any_close_to(vector));
            index.insert(vector);
        }
        assert_eq!(index.postings.first().map(Vec::len), Some(0), "term 0");
        assert!(index.postings.iter().skip(1).all(|list| list.len() == 1));
    }

    #[test]
    fn below_the_smallest_pruned_threshold_every_term_is_indexed() {
        let vectors = vectors_of(&[&[0, 1, 1, 2], &[2]]);
        let mut index =
            ChosenVectors::new(SMALLEST_PRUNED_THRESHOLD / 2.0, vectors.iter().copied());
        index.insert(vectors[0]);
        assert_eq!(index.postings.iter().map(Vec::len).sum::<usize>(), 3);
        assert!(index.any_close_to(vectors[1]));
    }
}
