//! How much the other documents of a collection back each sentence: what several documents
//! say outranks what one says.
//!
//! Three measures, each rescaled to [0, 1] and mixed:
//!
//! - **closeness to the other documents' centroids**: the mean cosine to each other
//!   document's centroid, high for a sentence near what the others are about as a whole;
//! - **consensus words**: the share of the other documents that use each of the sentence's
//!   terms, averaged over its terms — document frequency within the collection, not inverse
//!   document frequency, so that what is common across documents counts rather than what is
//!   distinctive (the staff is friendly, the steamer is easy to clean);
//! - **best matches**: the sum over the other documents of the cosine to the sentence of
//!   each that comes closest, high for a fact that several documents state in a sentence of
//!   their own.
//!
//! All three stay linear in the collection. Centroids are summed once and each sentence's
//! own document's taken back out. Best matches are found through an index of the terms, in
//! which a term held by more than [`MATCH_TERM_LIMIT`] sentences is left out: its weight in
//! any cosine is small (it is common), and it would otherwise pair every sentence with every
//! other.

use std::ops::Range;

use crate::represent::{SparseVector, Vector};

/// The share of the closeness to the other documents' centroids in the support.
const CENTROID_SHARE: f64 = 0.25;

/// The share of consensus words in the support.
const CONSENSUS_SHARE: f64 = 0.25;

/// The share of best matches in the support.
const BEST_MATCH_SHARE: f64 = 0.5;

/// A term held by more sentences than this is not followed to find a sentence's best
/// matches. Measured on news clusters (`BENCHMARKS.md`, "Collections"): 16, 32 and no
/// limit at all give the same figures.
const MATCH_TERM_LIMIT: usize = 32;

/// For each sentence of `vectors`, whose document is `documents[i]` (the sentences of one
/// document follow one another), how much the other documents back it, in [0, 1]: see the
/// module's documentation. `term_count` bounds the term ids. With one document, the
/// closeness to its own centroid.
pub(super) fn support(documents: &[usize], vectors: &[Vector<'_>], term_count: usize) -> Vec<f64> {
    let groups = groups(documents);
    let mut centroids = closeness_to_centroids(&groups, vectors, term_count);
    rescale(&mut centroids);
    let mut consensus = consensus(&groups, vectors, term_count);
    rescale(&mut consensus);
    let mut matches = best_matches(&groups, documents, vectors, term_count);
    rescale(&mut matches);
    centroids
        .iter()
        .zip(&consensus)
        .zip(&matches)
        .map(|((&centroid, &consensus), &matched)| {
            CENTROID_SHARE * centroid + CONSENSUS_SHARE * consensus + BEST_MATCH_SHARE * matched
        })
        .collect()
}

/// The runs of sentences of one document, in order.
fn groups(documents: &[usize]) -> Vec<Range<usize>> {
    let mut groups: Vec<Range<usize>> = Vec::new();
    for (index, &document) in documents.iter().enumerate() {
        match groups.last_mut() {
            Some(last) if documents.get(last.start) == Some(&document) => last.end = index + 1,
            _ => groups.push(index..index + 1),
        }
    }
    groups
}

/// Rescales `scores` to [0, 1], least to most; all alike become 1.
pub(super) fn rescale(scores: &mut [f64]) {
    let lowest = scores.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let spread = highest - lowest;
    for score in scores {
        *score = if spread > 0.0 {
            (*score - lowest) / spread
        } else {
            1.0
        };
    }
}

/// For each sentence, its mean cosine to the centroids of the other documents; with one
/// document, its cosine to that document's own centroid. The centroids are summed once,
/// and each sentence's own document's taken back out.
fn closeness_to_centroids(
    groups: &[Range<usize>],
    vectors: &[Vector<'_>],
    term_count: usize,
) -> Vec<f64> {
    let centroids: Vec<SparseVector> = groups
        .iter()
        .map(|group| {
            SparseVector::centroid(
                vectors
                    .get(group.clone())
                    .unwrap_or_default()
                    .iter()
                    .copied(),
            )
        })
        .collect();
    let mut sum = vec![0.0f64; term_count];
    for centroid in &centroids {
        for (term, weight) in centroid.view().entries() {
            if let Some(total) = sum.get_mut(term as usize) {
                *total += weight;
            }
        }
    }
    let others = centroids.len().saturating_sub(1);
    let mut closeness = Vec::with_capacity(vectors.len());
    for (group, centroid) in groups.iter().zip(&centroids) {
        for vector in vectors.get(group.clone()).unwrap_or_default() {
            let own = vector.cosine(centroid.view());
            if others == 0 {
                closeness.push(own);
                continue;
            }
            let all: f64 = vector
                .entries()
                .map(|(term, weight)| weight * sum.get(term as usize).copied().unwrap_or(0.0))
                .sum();
            closeness.push(((all - own) / others as f64).max(0.0));
        }
    }
    closeness
}

/// For each sentence, the share of the other documents that use each of its terms,
/// averaged over its distinct terms; 0 for a sentence without terms or a collection of one
/// document.
fn consensus(groups: &[Range<usize>], vectors: &[Vector<'_>], term_count: usize) -> Vec<f64> {
    // How many documents use each term; `last_group` keeps a document from counting twice.
    let mut documents_using = vec![0u32; term_count];
    let mut last_group = vec![usize::MAX; term_count];
    for (number, group) in groups.iter().enumerate() {
        for vector in vectors.get(group.clone()).unwrap_or_default() {
            for &term in vector.terms() {
                let term = term as usize;
                if let (Some(count), Some(last)) =
                    (documents_using.get_mut(term), last_group.get_mut(term))
                {
                    if *last != number {
                        *last = number;
                        *count += 1;
                    }
                }
            }
        }
    }
    let others = groups.len().saturating_sub(1);
    vectors
        .iter()
        .map(|vector| {
            let terms = vector.terms();
            if terms.is_empty() || others == 0 {
                return 0.0;
            }
            let shares: f64 = terms
                .iter()
                .map(|&term| {
                    // The sentence's own document is one of those using the term.
                    let using = documents_using.get(term as usize).copied().unwrap_or(1);
                    f64::from(using.saturating_sub(1)) / others as f64
                })
                .sum();
            shares / terms.len() as f64
        })
        .collect()
}

/// For each sentence, the sum over the other documents of its highest cosine to one of
/// their sentences, counting only the terms held by at most [`MATCH_TERM_LIMIT`] sentences.
/// Linear in the collection: each sentence meets, through each of its terms, at most that
/// many others.
fn best_matches(
    groups: &[Range<usize>],
    documents: &[usize],
    vectors: &[Vector<'_>],
    term_count: usize,
) -> Vec<f64> {
    // An index from term to the sentences holding it, with their weights, laid out flat:
    // the entries of term `t` are `postings[starts[t]..starts[t + 1]]`.
    let mut starts = vec![0usize; term_count + 1];
    for vector in vectors {
        for &term in vector.terms() {
            if let Some(count) = starts.get_mut(term as usize + 1) {
                *count += 1;
            }
        }
    }
    let limit = |held: usize| held <= MATCH_TERM_LIMIT;
    for term in 0..term_count {
        let held = starts.get(term + 1).copied().unwrap_or(0);
        let kept = if limit(held) { held } else { 0 };
        let before = starts.get(term).copied().unwrap_or(0);
        if let Some(slot) = starts.get_mut(term + 1) {
            *slot = before + kept;
        }
    }
    let mut filled: Vec<usize> = starts.clone();
    let mut postings = vec![(0usize, 0.0f64); starts.get(term_count).copied().unwrap_or(0)];
    for (sentence, vector) in vectors.iter().enumerate() {
        for (term, weight) in vector.entries() {
            let term = term as usize;
            let end = starts.get(term + 1).copied().unwrap_or(0);
            let Some(next) = filled.get_mut(term) else {
                continue;
            };
            if *next < end {
                if let Some(posting) = postings.get_mut(*next) {
                    *posting = (sentence, weight);
                }
                *next += 1;
            }
        }
    }

    // Per sentence: the dot products with the sentences met, then each other document's
    // best; both reset after each sentence, so the work stays in proportion to what it met.
    let mut dot = vec![0.0f64; vectors.len()];
    let mut met: Vec<usize> = Vec::new();
    let documents_count = documents.iter().max().map_or(0, |&last| last + 1);
    let mut best = vec![0.0f64; documents_count];
    let mut matched: Vec<usize> = Vec::new();
    let mut matches = vec![0.0f64; vectors.len()];
    for group in groups {
        for sentence in group.clone() {
            let Some(vector) = vectors.get(sentence) else {
                continue;
            };
            for (term, weight) in vector.entries() {
                let term = term as usize;
                let range = starts.get(term).copied().unwrap_or(0)
                    ..starts.get(term + 1).copied().unwrap_or(0);
                for &(other, other_weight) in postings.get(range).unwrap_or_default() {
                    if group.contains(&other) {
                        continue;
                    }
                    if let Some(product) = dot.get_mut(other) {
                        if *product == 0.0 {
                            met.push(other);
                        }
                        *product += weight * other_weight;
                    }
                }
            }
            for &other in &met {
                let product = dot.get(other).copied().unwrap_or(0.0);
                let document = documents.get(other).copied().unwrap_or(0);
                if let Some(highest) = best.get_mut(document) {
                    if *highest == 0.0 {
                        matched.push(document);
                    }
                    *highest = highest.max(product);
                }
                if let Some(product) = dot.get_mut(other) {
                    *product = 0.0;
                }
            }
            met.clear();
            let mut sum = 0.0;
            for &document in &matched {
                if let Some(highest) = best.get_mut(document) {
                    sum += *highest;
                    *highest = 0.0;
                }
            }
            matched.clear();
            if let Some(slot) = matches.get_mut(sentence) {
                *slot = sum;
            }
        }
    }
    matches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::Vector;

    /// The terms and weights of a unit vector along `entries`.
    fn unit(entries: &[(u32, f64)]) -> (Vec<u32>, Vec<f64>) {
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        entries.iter().map(|&(t, w)| (t, w / norm)).unzip()
    }

    fn vector(parts: &(Vec<u32>, Vec<f64>)) -> Vector<'_> {
        Vector::from_parts(&parts.0, &parts.1)
    }

    /// The best matches by comparing every pair, for sentences whose terms are all under
    /// the limit.
    fn best_matches_by_pairs(documents: &[usize], vectors: &[Vector<'_>]) -> Vec<f64> {
        let count = documents.iter().max().map_or(0, |&d| d + 1);
        (0..vectors.len())
            .map(|i| {
                (0..count)
                    .filter(|&d| d != documents[i])
                    .map(|d| {
                        (0..vectors.len())
                            .filter(|&j| documents[j] == d)
                            .map(|j| vectors[i].cosine(vectors[j]))
                            .fold(0.0, f64::max)
                    })
                    .sum()
            })
            .collect()
    }

    #[test]
    fn best_matches_through_the_index_are_those_of_every_pair() {
        let entries = [
            unit(&[(0, 1.0), (1, 2.0)]),
            unit(&[(2, 1.0)]),
            unit(&[(0, 1.0), (2, 1.0), (3, 0.5)]),
            unit(&[(1, 1.0), (3, 1.0)]),
            unit(&[(4, 1.0)]),
            unit(&[(0, 0.3), (1, 1.0), (4, 2.0)]),
        ];
        let vectors: Vec<Vector<'_>> = entries.iter().map(vector).collect();
        let documents = [0, 0, 1, 1, 2, 2];
        let expected = best_matches_by_pairs(&documents, &vectors);
        let found = best_matches(&groups(&documents), &documents, &vectors, 5);
        for (found, expected) in found.iter().zip(&expected) {
            assert!((found - expected).abs() < 1e-12, "{found} != {expected}");
        }
        // A sentence sharing no term with another document is backed by none.
        assert_eq!(found[4], 0.0);
        assert!(found[1] > 0.0);
    }

    #[test]
    fn a_term_held_by_too_many_sentences_matches_nothing() {
        let common = (vec![0u32], vec![1.0]);
        let vectors: Vec<Vector<'_>> = (0..=MATCH_TERM_LIMIT).map(|_| vector(&common)).collect();
        let documents: Vec<usize> = (0..vectors.len()).collect();
        let found = best_matches(&groups(&documents), &documents, &vectors, 1);
        assert!(found.iter().all(|&m| m == 0.0));
        // One sentence fewer, and every one matches all the others.
        let fewer = vectors.get(1..).unwrap_or_default();
        let documents: Vec<usize> = (0..fewer.len()).collect();
        let found = best_matches(&groups(&documents), &documents, fewer, 1);
        let others = (fewer.len() - 1) as f64;
        assert!(found.iter().all(|&m| (m - others).abs() < 1e-9));
    }

    #[test]
    fn consensus_counts_the_other_documents_using_each_term() {
        // Term 0 is in all three documents, term 1 in the first alone.
        let a = unit(&[(0, 1.0), (1, 1.0)]);
        let b = unit(&[(0, 1.0)]);
        let vectors = [vector(&a), vector(&b), vector(&b)];
        let documents = [0, 1, 2];
        let shares = consensus(&groups(&documents), &vectors, 2);
        // Two other documents of two use term 0; none uses term 1.
        assert!((shares[0] - 0.5).abs() < 1e-12);
        assert!((shares[1] - 1.0).abs() < 1e-12);
        // One document: no other to agree with.
        let alone = consensus(&groups(&[0, 0]), &vectors[..2], 2);
        assert_eq!(alone, vec![0.0, 0.0]);
    }
}
