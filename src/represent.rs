//! Sentences as vectors: term frequencies weighted by inverse document frequency, with the
//! sentences of the text as the documents.

use std::ops::Range;

use crate::content::main_content;
use crate::read::Format;
use crate::tokenize::{TermId, Tokenized};

/// A sparse vector over terms, borrowed: `(term, weight)` pairs sorted by term id, with unit
/// length (or no entries at all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Vector<'a> {
    entries: &'a [(TermId, f64)],
}

impl<'a> Vector<'a> {
    pub(crate) fn entries(self) -> &'a [(TermId, f64)] {
        self.entries
    }

    /// A vector of the given entries, which must be sorted by term; of any length, for tests
    /// of what the code reading vectors does with any weights.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn from_entries(entries: &'a [(TermId, f64)]) -> Self {
        Vector { entries }
    }

    #[cfg(test)]
    pub(crate) fn is_empty(self) -> bool {
        self.entries.is_empty()
    }

    /// Cosine similarity, since both vectors have unit length: 0 when either is empty.
    pub(crate) fn cosine(self, other: Vector<'_>) -> f64 {
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while let (Some(&(a, wa)), Some(&(b, wb))) = (self.entries.get(i), other.entries.get(j)) {
            match a.cmp(&b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += wa * wb;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }
}

/// A sparse vector of its own, for the few computed apart from the sentences (centroids).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SparseVector {
    entries: Vec<(TermId, f64)>,
}

impl SparseVector {
    pub(crate) fn view(&self) -> Vector<'_> {
        Vector {
            entries: &self.entries,
        }
    }

    /// The direction of the sum of `vectors`: the centroid of a group of sentences, as a
    /// unit vector.
    pub(crate) fn centroid<'v>(vectors: impl IntoIterator<Item = Vector<'v>>) -> Self {
        let mut entries: Vec<(TermId, f64)> = vectors
            .into_iter()
            .flat_map(|vector| vector.entries.iter().copied())
            .collect();
        crate::order::sort_by_key(&mut entries);
        let mut summed: Vec<(TermId, f64)> = Vec::with_capacity(entries.len());
        for (term, weight) in entries {
            match summed.last_mut() {
                Some((last, total)) if *last == term => *total += weight,
                _ => summed.push((term, weight)),
            }
        }
        if !normalize(&mut summed) {
            summed.clear();
        }
        SparseVector { entries: summed }
    }
}

/// Scales `entries` to unit length. Returns false, leaving them as they were, when they
/// have no length to scale (no entries, or weights too large or small to measure).
fn normalize(entries: &mut [(TermId, f64)]) -> bool {
    let norm = entries.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt();
    if !(norm > 0.0 && norm.is_finite()) {
        return false;
    }
    for entry in entries {
        entry.1 /= norm;
    }
    true
}

/// The terms of every candidate sentence, stored flat to avoid a vector per sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceTerms {
    terms: Vec<TermId>,
    bounds: Vec<Range<usize>>,
}

impl SentenceTerms {
    /// The buffer to append the next sentence's terms to; close it with [`Self::end_sentence`].
    pub(crate) fn buffer(&mut self) -> &mut Vec<TermId> {
        &mut self.terms
    }

    pub(crate) fn end_sentence(&mut self) {
        let start = self.bounds.last().map_or(0, |last| last.end);
        self.bounds.push(start..self.terms.len());
    }

    pub(crate) fn len(&self) -> usize {
        self.bounds.len()
    }

    pub(crate) fn sentence(&self, index: usize) -> &[TermId] {
        self.bounds
            .get(index)
            .and_then(|range| self.terms.get(range.clone()))
            .unwrap_or(&[])
    }
}

/// TF-IDF vectors of the candidate sentences, stored flat: one array of entries for all of
/// them, rather than an allocation per sentence.
#[derive(Debug, Clone)]
pub(crate) struct Representation {
    entries: Vec<(TermId, f64)>,
    /// Each sentence's entries in `entries`.
    bounds: Vec<Range<usize>>,
}

impl Representation {
    /// One unit-length TF-IDF vector per sentence.
    pub(crate) fn vectors(&self) -> Vec<Vector<'_>> {
        self.bounds
            .iter()
            .map(|range| Vector {
                entries: self.entries.get(range.clone()).unwrap_or_default(),
            })
            .collect()
    }
}

/// One more than the largest term id in `vectors`: the length of a dense array indexed by
/// term.
pub(crate) fn term_bound(vectors: &[Vector<'_>]) -> usize {
    vectors
        .iter()
        .flat_map(|vector| vector.entries().last())
        .map(|&(term, _)| term as usize + 1)
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
    // Every sentence's (term, count) pairs, stored flat like the terms themselves.
    let mut counts: Vec<(TermId, u32)> = Vec::with_capacity(sentences.terms.len());
    let mut bounds = Vec::with_capacity(sentences.len());
    let mut sorted: Vec<TermId> = Vec::new();
    for index in 0..sentences.len() {
        sorted.clear();
        sorted.extend_from_slice(sentences.sentence(index));
        sorted.sort_unstable();
        let start = counts.len();
        for &term in &sorted {
            match counts[start..].last_mut() {
                Some((last, count)) if *last == term => *count += 1,
                _ => counts.push((term, 1)),
            }
        }
        for &(term, _) in &counts[start..] {
            if let Some(df) = document_frequency.get_mut(term as usize) {
                *df += 1;
            }
        }
        bounds.push(start..counts.len());
    }
    let n = sentences.len() as f64;
    let idf: Vec<f64> = document_frequency
        .iter()
        .map(|&df| ((1.0 + n) / (1.0 + f64::from(df))).ln() + 1.0)
        .collect();
    // The counts become weights in place: the same flat layout serves the vectors.
    let mut entries: Vec<(TermId, f64)> = counts
        .iter()
        .map(|&(term, count)| {
            let weight = idf.get(term as usize).copied().unwrap_or(1.0);
            (term, f64::from(count) * weight)
        })
        .collect();
    for range in &mut bounds {
        let scaled = entries.get_mut(range.clone()).is_some_and(normalize);
        if !scaled {
            *range = range.start..range.start;
        }
    }
    Representation { entries, bounds }
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
pub(crate) fn represent(tokenized: Tokenized<'_>) -> Represented<'_> {
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
        assert_eq!(
            first.entries().iter().map(|e| e.0).collect::<Vec<_>>(),
            [0, 2]
        );
        let length: f64 = first.entries().iter().map(|e| e.1 * e.1).sum();
        assert!((length - 1.0).abs() < 1e-12);
        assert!(vectors[2].is_empty());
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        // Term 0 is in every sentence, term 1 only in the first.
        let terms = sentences(&[&[0, 1], &[0], &[0]]);
        let representation = tf_idf(&terms, 2);
        let weights = representation.vectors()[0].entries();
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
