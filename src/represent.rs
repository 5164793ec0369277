//! Sentences as vectors: term frequencies weighted by inverse document frequency, with the
//! sentences of the text as the documents.

use std::ops::Range;

use crate::content::main_content;
use crate::read::Format;
use crate::tokenize::{TermId, Tokenized};

/// A sparse vector over terms, borrowed: terms sorted by id, each with its weight at the
/// same place, with unit length (or no entries at all). Terms and weights lie in two arrays
/// rather than one of pairs, whose `u32` terms would be padded to eight bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Vector<'a> {
    terms: &'a [TermId],
    weights: &'a [f64],
}

impl<'a> Vector<'a> {
    /// The `(term, weight)` pairs, by term.
    pub(crate) fn entries(
        self,
    ) -> impl DoubleEndedIterator<Item = (TermId, f64)> + ExactSizeIterator + Clone + 'a {
        self.terms.iter().copied().zip(self.weights.iter().copied())
    }

    /// The terms, sorted.
    pub(crate) fn terms(self) -> &'a [TermId] {
        self.terms
    }

    /// A vector of the given terms, which must be sorted, and their weights; of any length,
    /// for tests of what the code reading vectors does with any weights.
    #[cfg(test)]
    pub(crate) fn from_parts(terms: &'a [TermId], weights: &'a [f64]) -> Self {
        Vector { terms, weights }
    }

    #[cfg(test)]
    pub(crate) fn is_empty(self) -> bool {
        self.terms.is_empty()
    }

    /// Cosine similarity, since both vectors have unit length: 0 when either is empty.
    pub(crate) fn cosine(self, other: Vector<'_>) -> f64 {
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while let (Some(&a), Some(&b)) = (self.terms.get(i), other.terms.get(j)) {
            if a == b {
                if let (Some(&wa), Some(&wb)) = (self.weights.get(i), other.weights.get(j)) {
                    dot += wa * wb;
                }
            }
            i += usize::from(a <= b);
            j += usize::from(b <= a);
        }
        dot
    }
}

/// A sparse vector of its own, for the few computed apart from the sentences (centroids).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SparseVector {
    terms: Vec<TermId>,
    weights: Vec<f64>,
}

impl SparseVector {
    pub(crate) fn view(&self) -> Vector<'_> {
        Vector {
            terms: &self.terms,
            weights: &self.weights,
        }
    }

    /// The direction of the sum of `vectors`: the centroid of a group of sentences, as a
    /// unit vector.
    pub(crate) fn centroid<'v>(vectors: impl IntoIterator<Item = Vector<'v>>) -> Self {
        let mut entries: Vec<(TermId, f64)> = Vec::new();
        for vector in vectors {
            entries.extend(vector.entries());
        }
        crate::order::sort_by_key(&mut entries);
        let mut centroid = SparseVector::default();
        for (term, weight) in entries {
            match (centroid.terms.last(), centroid.weights.last_mut()) {
                (Some(&last), Some(total)) if last == term => *total += weight,
                _ => {
                    centroid.terms.push(term);
                    centroid.weights.push(weight);
                }
            }
        }
        if !normalize(&mut centroid.weights) {
            return SparseVector::default();
        }
        centroid
    }
}

/// Scales `weights` to unit length. Returns false, leaving them as they were, when they
/// have no length to scale (no entries, or weights too large or small to measure).
fn normalize(weights: &mut [f64]) -> bool {
    let norm = weights.iter().map(|&w| w * w).sum::<f64>().sqrt();
    if !(norm > 0.0 && norm.is_finite()) {
        return false;
    }
    for weight in weights {
        *weight /= norm;
    }
    true
}

/// The terms of every candidate sentence, stored flat to avoid a vector per sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceTerms {
    terms: Vec<TermId>,
    /// Where each sentence's terms end in `terms`; each starts where the one before ends.
    ends: Vec<usize>,
}

impl SentenceTerms {
    /// Room for the terms of `sentences` sentences, before the first.
    pub(crate) fn with_capacity(sentences: usize) -> Self {
        SentenceTerms {
            terms: Vec::new(),
            ends: Vec::with_capacity(sentences),
        }
    }

    /// The buffer to append the next sentence's terms to; close it with [`Self::end_sentence`].
    pub(crate) fn buffer(&mut self) -> &mut Vec<TermId> {
        &mut self.terms
    }

    pub(crate) fn end_sentence(&mut self) {
        self.ends.push(self.terms.len());
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Where the terms of sentence `index` lie in `terms`; empty past the last sentence.
    fn range(&self, index: usize) -> Range<usize> {
        let start = match index.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(0),
            None => 0,
        };
        start..self.ends.get(index).copied().unwrap_or(start)
    }

    pub(crate) fn sentence(&self, index: usize) -> &[TermId] {
        self.terms.get(self.range(index)).unwrap_or(&[])
    }

    /// How many terms sentence `index` has; still known after [`Self::forget_terms`].
    pub(crate) fn count(&self, index: usize) -> usize {
        self.range(index).len()
    }

    /// Frees the terms themselves, keeping how many each sentence has: once the vectors
    /// are made, the terms are read only by a query, and on a long text they are a large
    /// share of the memory. [`Self::sentence`] is empty afterwards.
    pub(crate) fn forget_terms(&mut self) {
        self.terms = Vec::new();
    }
}

/// TF-IDF vectors of the candidate sentences, stored flat: one array of terms and one of
/// weights for all of them, rather than an allocation per sentence.
#[derive(Debug, Clone)]
pub(crate) struct Representation {
    terms: Vec<TermId>,
    weights: Vec<f64>,
    /// Each sentence's entries in `terms` and `weights`.
    bounds: Vec<Range<usize>>,
}

impl Representation {
    /// One unit-length TF-IDF vector per sentence.
    pub(crate) fn vectors(&self) -> Vec<Vector<'_>> {
        self.each_vector().collect()
    }

    /// The vectors of [`Self::vectors`], one at a time, for a stage that needs no array of
    /// them.
    pub(crate) fn each_vector(&self) -> impl ExactSizeIterator<Item = Vector<'_>> {
        self.bounds.iter().map(|range| Vector {
            terms: self.terms.get(range.clone()).unwrap_or_default(),
            weights: self.weights.get(range.clone()).unwrap_or_default(),
        })
    }
}

/// One more than the largest term id in `vectors`: the length of a dense array indexed by
/// term.
pub(crate) fn term_bound(vectors: &[Vector<'_>]) -> usize {
    vectors
        .iter()
        .flat_map(|vector| vector.terms().last())
        .map(|&term| term as usize + 1)
        .max()
        .unwrap_or(0)
}

/// Vectors of sentences given as lists of term ids, for the tests of later stages. The
/// representation they borrow from lives as long as the test.
#[cfg(test)]
pub(crate) fn vectors_of(lists: &[&[TermId]]) -> Vec<Vector<'static>> {
    let mut terms = SentenceTerms::default();
    let mut term_count = 0;
    for list in lists {
        terms.buffer().extend_from_slice(list);
        terms.end_sentence();
        term_count = term_count.max(list.iter().map(|&t| t as usize + 1).max().unwrap_or(0));
    }
    Box::leak(Box::new(tf_idf(&terms, term_count))).vectors()
}

/// Weighs each sentence's term counts by `idf(t) = ln((1 + n) / (1 + df(t))) + 1`, where `n`
/// is the number of sentences and `df(t)` the number that contain `t`. The smoothing keeps
/// every weight positive, so a term found in every sentence still counts a little.
pub(crate) fn tf_idf(sentences: &SentenceTerms, term_count: usize) -> Representation {
    let mut document_frequency = vec![0u32; term_count];
    // Each sentence's distinct terms, sorted, with their counts in `weights` until the
    // weights are known: no array of counts beside them. A sentence has at most as many
    // distinct terms as it has terms.
    let mut terms: Vec<TermId> = Vec::with_capacity(sentences.terms.len());
    let mut weights: Vec<f64> = Vec::with_capacity(sentences.terms.len());
    let mut bounds = Vec::with_capacity(sentences.len());
    let mut sorted: Vec<TermId> = Vec::new();
    for index in 0..sentences.len() {
        sorted.clear();
        sorted.extend_from_slice(sentences.sentence(index));
        sorted.sort_unstable();
        let start = terms.len();
        for &term in &sorted {
            match (terms.get(start..).and_then(<[_]>::last), weights.last_mut()) {
                // Counts are whole numbers far below 2^53: exact as floats.
                (Some(&last), Some(count)) if last == term => *count += 1.0,
                _ => {
                    terms.push(term);
                    weights.push(1.0);
                    if let Some(df) = document_frequency.get_mut(term as usize) {
                        *df += 1;
                    }
                }
            }
        }
        bounds.push(start..terms.len());
    }
    let n = sentences.len() as f64;
    let idf: Vec<f64> = document_frequency
        .iter()
        .map(|&df| ((1.0 + n) / (1.0 + f64::from(df))).ln() + 1.0)
        .collect();
    for (count, &term) in weights.iter_mut().zip(&terms) {
        *count *= idf.get(term as usize).copied().unwrap_or(1.0);
    }
    for range in &mut bounds {
        let scaled = weights.get_mut(range.clone()).is_some_and(normalize);
        if !scaled {
            *range = range.start..range.start;
        }
    }
    Representation {
        terms,
        weights,
        bounds,
    }
}

/// The sentences a summary may be made of, as TF-IDF vectors.
#[derive(Debug, Clone)]
pub struct Represented<'a> {
    pub(crate) tokenized: Tokenized<'a>,
    /// The main content's sentences, by index into the segmented sentences.
    pub(crate) kept: Vec<usize>,
    /// The vectors of the kept sentences, weighed among themselves.
    pub(crate) representation: Representation,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Represented<'a> {
    /// The sentences and their terms.
    pub fn tokenized(&self) -> &Tokenized<'a> {
        &self.tokenized
    }

    /// The indices (into the segmented sentences) of the sentences a summary may be made
    /// of: the main content, less any sentence that leans on a sentence left out of it.
    pub fn kept(&self) -> &[usize] {
        &self.kept
    }
}

impl Represented<'_> {
    /// The word counts of the kept sentences.
    pub(crate) fn kept_word_counts(&self) -> Vec<usize> {
        self.kept
            .iter()
            .map(|&index| self.tokenized.word_counts.get(index).copied().unwrap_or(0))
            .collect()
    }
}

/// Weighs every sentence's terms by TF-IDF, keeps the page's main content (see
/// [`main_content`]) and weighs the kept sentences again among themselves, so that text
/// outside the article weighs on nothing.
pub(crate) fn represent(mut tokenized: Tokenized<'_>) -> Represented<'_> {
    let everything = tf_idf(&tokenized.terms, tokenized.term_count);
    let mut kept = main_content(&tokenized.segmented, &everything.vectors());
    if tokenized.segmented.format == Format::Conversation {
        keep_what_is_said(&tokenized.terms, &mut kept);
    }
    let representation = if kept.len() == tokenized.segmented.sentences.len() {
        everything
    } else {
        let mut terms = SentenceTerms::default();
        for &index in &kept {
            terms
                .buffer()
                .extend_from_slice(tokenized.terms.sentence(index));
            terms.end_sentence();
        }
        tf_idf(&terms, tokenized.term_count)
    };
    // The query, if any, has been read in the text's terms: only its relevance reads the
    // sentences' terms again, and no later stage their stems.
    tokenized.stems = Default::default();
    if tokenized.query.is_none() {
        tokenized.terms.forget_terms();
    }
    Represented {
        tokenized,
        kept,
        representation,
    }
}

/// Leaves out of a conversation's `kept` sentences the ones that say nothing, once
/// fillers, stop words and markup are set aside ("Yeah.", "Uh - huh.", "{vocalsound}"):
/// never worth choosing, however close they stand to the centroid. A conversation of
/// nothing else keeps them all, so that it still has a summary.
fn keep_what_is_said(terms: &SentenceTerms, kept: &mut Vec<usize>) {
    if kept.iter().any(|&index| !terms.sentence(index).is_empty()) {
        kept.retain(|&index| !terms.sentence(index).is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(lists: &[&[TermId]]) -> SentenceTerms {
        let mut terms = SentenceTerms::default();
        for list in lists {
            terms.buffer().extend_from_slice(list);
            terms.end_sentence();
        }
        terms
    }

    #[test]
    fn vectors_have_unit_length_and_sorted_terms() {
        let terms = sentences(&[&[2, 0, 2], &[1], &[]]);
        let representation = tf_idf(&terms, 3);
        let vectors = representation.vectors();
        let first = vectors[0];
        assert_eq!(first.terms(), [0, 2]);
        let length: f64 = first.entries().map(|e| e.1 * e.1).sum();
        assert!((length - 1.0).abs() < 1e-12);
        assert!(vectors[2].is_empty());
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        // Term 0 is in every sentence, term 1 only in the first.
        let terms = sentences(&[&[0, 1], &[0], &[0]]);
        let representation = tf_idf(&terms, 2);
        let weights: Vec<(TermId, f64)> = representation.vectors()[0].entries().collect();
        assert!(weights[1].1 > weights[0].1);
    }

    #[test]
    fn cosine_of_identical_and_disjoint_vectors() {
        let terms = sentences(&[&[0, 1], &[0, 1], &[2]]);
        let representation = tf_idf(&terms, 3);
        let vectors = representation.vectors();
        assert!((vectors[0].cosine(vectors[1]) - 1.0).abs() < 1e-12);
        assert_eq!(vectors[0].cosine(vectors[2]), 0.0);
        assert_eq!(vectors[0].cosine(Vector::default()), 0.0);
    }

    #[test]
    fn sentence_terms_keep_each_sentence_apart() {
        let terms = sentences(&[&[4, 5], &[], &[6]]);
        assert_eq!(terms.len(), 3);
        assert_eq!(terms.sentence(0), &[4, 5]);
        assert_eq!(terms.sentence(1), &[] as &[TermId]);
        assert_eq!(terms.sentence(2), &[6]);
        assert_eq!(terms.sentence(3), &[] as &[TermId]);
    }
}
