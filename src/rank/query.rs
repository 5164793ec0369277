//! How well each sentence answers a query: BM25 with the text's own sentences as the
//! collection, the query widened by the words that come with its words in the text.

use std::ops::Range;

use super::passages;
use crate::order::sort_by_descending_score;
use crate::tokenize::TermId;

/// BM25's saturation of a term's count in a sentence (Robertson et al.'s usual value).
/// Sentences are not documents, and their length is not normalized (BM25's `b` is 0): a
/// short sentence is not a terse version of a long one, and normalizing lifts the
/// "Yes, the budget." of a text over the sentences that say something about the budget.
const K1: f64 = 1.2;

/// The query is widened by the terms of this many of the sentences that answer it best
/// (pseudo-relevance feedback, Lavrenko and Croft's relevance model).
const FEEDBACK_SENTENCES: usize = 10;
/// The query is widened by this many terms.
const EXPANSION_TERMS: usize = 10;
/// The share of the widened query's weight that goes to its new terms (RM3's usual
/// interpolation, half and half).
const EXPANSION_WEIGHT: f64 = 0.5;
/// An answer is a passage more often than a sentence: each sentence's relevance is lent
/// to its neighbours, this share of it to the next sentence on either side, its square to
/// the one after that.
const NEIGHBOUR_SHARE: f64 = 0.5;

/// Each sentence's relevance to `query` (finite, non-negative), with `sentences` given as
/// their terms; `None` when no term of the query occurs in any sentence, so that nothing
/// answers it.
///
/// A sentence scores by BM25 for the query's terms, with inverse document frequencies from
/// the sentences themselves. The query is then widened (RM3): the terms of the best
/// answering sentences, each weighed by how much of its sentence it makes up, by that
/// sentence's share of their scores and by its rarity, give [`EXPANSION_TERMS`] new terms,
/// which carry [`EXPANSION_WEIGHT`] of the query's weight; the sentences are scored again
/// with the widened query. So "budget" finds the sentences about costs and funds too.
///
/// `texts` are the ranges of `sentences` that each make one text (one range for a single
/// text, one per document for a collection): relevance is lent to neighbours and passages
/// within a text, never across two.
pub(crate) fn relevance(
    sentences: &[&[TermId]],
    query: &[TermId],
    texts: &[Range<usize>],
) -> Option<Vec<f64>> {
    let bound = sentences
        .iter()
        .flat_map(|terms| terms.iter())
        .map(|&term| term as usize + 1)
        .max()
        .unwrap_or(0);
    // How many sentences have each term; each sentence's terms counted once.
    let mut document_frequency = vec![0u32; bound];
    let mut last_seen = vec![usize::MAX; bound];
    for (index, terms) in sentences.iter().enumerate() {
        for &term in terms.iter() {
            let term = term as usize;
            if let (Some(seen), Some(df)) =
                (last_seen.get_mut(term), document_frequency.get_mut(term))
            {
                if *seen != index {
                    *seen = index;
                    *df += 1;
                }
            }
        }
    }
    let n = sentences.len() as f64;
    let idf = |term: TermId| -> f64 {
        let df = document_frequency.get(term as usize).copied().unwrap_or(0);
        let df = f64::from(df);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    };
    let weights = query_weights(query, |term| {
        document_frequency
            .get(term as usize)
            .is_some_and(|&df| df > 0)
    });
    if weights.is_empty() {
        return None;
    }
    let mut scratch = Scratch::new(bound);
    let first = score(sentences, &weights, &idf, &mut scratch);

    // The best answering sentences, best first (earlier first among equals).
    let mut feedback: Vec<(usize, f64)> = first
        .iter()
        .enumerate()
        .filter(|&(_, &s)| s > 0.0)
        .map(|(index, &s)| (index, s))
        .collect();
    sort_by_descending_score(&mut feedback);
    feedback.truncate(FEEDBACK_SENTENCES);
    let feedback: Vec<usize> = feedback.into_iter().map(|(index, _)| index).collect();
    let total: f64 = feedback.iter().map(|&index| first[index]).sum();
    let mut expansion: Vec<(TermId, f64)> = Vec::new();
    for &index in &feedback {
        let terms = sentences.get(index).copied().unwrap_or_default();
        if terms.is_empty() || total <= 0.0 {
            continue;
        }
        let share = first[index] / total / terms.len() as f64;
        for &term in terms {
            if let Some(weight) = scratch.weight.get_mut(term as usize) {
                if *weight == 0.0 {
                    expansion.push((term, 0.0));
                }
                *weight += share;
            }
        }
    }
    for (term, weight) in &mut expansion {
        let slot = scratch.weight.get_mut(*term as usize);
        if let Some(slot) = slot {
            *weight = *slot * idf(*term);
            *slot = 0.0;
        }
    }
    expansion.retain(|&(term, _)| !weights.iter().any(|&(known, _)| known == term));
    // Heaviest first, lower ids first among equals: the order the crate's one sort gives.
    let mut ranked: Vec<(usize, f64)> = expansion
        .iter()
        .map(|&(term, weight)| (term as usize, weight))
        .collect();
    sort_by_descending_score(&mut ranked);
    ranked.truncate(EXPANSION_TERMS);
    let expansion: Vec<(TermId, f64)> = ranked
        .into_iter()
        .map(|(term, weight)| (term as TermId, weight))
        .collect();
    let expansion_total: f64 = expansion.iter().map(|&(_, w)| w).sum();
    if !(expansion_total > 0.0 && expansion_total.is_finite()) {
        return Some(weigh_by_passage(sentences, &first, texts));
    }
    let widened: Vec<(TermId, f64)> = weights
        .iter()
        .map(|&(term, weight)| (term, (1.0 - EXPANSION_WEIGHT) * weight))
        .chain(
            expansion
                .iter()
                .map(|&(term, weight)| (term, EXPANSION_WEIGHT * weight / expansion_total)),
        )
        .collect();
    Some(weigh_by_passage(
        sentences,
        &score(sentences, &widened, &idf, &mut scratch),
        texts,
    ))
}

/// Each sentence's relevance lent to its neighbours ([`lend_to_neighbours`]), times the
/// relevance of the passage around it as a share of the best passage's: a subject is
/// discussed over many sentences (a meeting's turns about it, a report's section), and a
/// sentence that answers amid others that do is likelier the answer than one that
/// mentions the query's words in passing. A passage is a stretch of one text (one of
/// `texts`) about one subject, found from the words of `sentences`
/// ([`passages::passage_relevance`]).
fn weigh_by_passage(
    sentences: &[&[TermId]],
    relevance: &[f64],
    texts: &[Range<usize>],
) -> Vec<f64> {
    let mut lent = vec![0.0; relevance.len()];
    let mut passages = vec![0.0; relevance.len()];
    for text in texts {
        let (Some(terms), Some(part), Some(lent_part), Some(passage_part)) = (
            sentences.get(text.clone()),
            relevance.get(text.clone()),
            lent.get_mut(text.clone()),
            passages.get_mut(text.clone()),
        ) else {
            continue;
        };
        for (slot, value) in lent_part.iter_mut().zip(lend_to_neighbours(part)) {
            *slot = value;
        }
        for (slot, value) in passage_part
            .iter_mut()
            .zip(passages::passage_relevance(terms, part))
        {
            *slot = value;
        }
    }
    let best = passages.iter().copied().fold(0.0f64, f64::max);
    if !(best > 0.0 && best.is_finite()) {
        return lent;
    }
    lent.iter()
        .zip(&passages)
        .map(|(&lent, &passage)| lent * passage / best)
        .collect()
}

/// Each sentence's relevance plus [`NEIGHBOUR_SHARE`] of its neighbours' and the square
/// of that share of the sentences two away.
fn lend_to_neighbours(relevance: &[f64]) -> Vec<f64> {
    let at = |index: Option<usize>| index.and_then(|i| relevance.get(i)).copied().unwrap_or(0.0);
    (0..relevance.len())
        .map(|i| {
            at(Some(i))
                + NEIGHBOUR_SHARE * (at(i.checked_sub(1)) + at(i.checked_add(1)))
                + NEIGHBOUR_SHARE * NEIGHBOUR_SHARE * (at(i.checked_sub(2)) + at(i.checked_add(2)))
        })
        .collect()
}

/// The distinct terms of `query` that `occurs` in the text, each weighed by its share of
/// the query's words (a word asked twice weighs twice), in order of first appearance.
fn query_weights(query: &[TermId], occurs: impl Fn(TermId) -> bool) -> Vec<(TermId, f64)> {
    let mut weights: Vec<(TermId, f64)> = Vec::new();
    let mut sorted: Vec<TermId> = query.iter().copied().filter(|&t| occurs(t)).collect();
    sorted.sort_unstable();
    for term in sorted {
        match weights.last_mut() {
            Some((last, count)) if *last == term => *count += 1.0,
            _ => weights.push((term, 1.0)),
        }
    }
    let total: f64 = weights.iter().map(|&(_, w)| w).sum();
    for (_, weight) in &mut weights {
        *weight /= total;
    }
    weights
}

/// Dense arrays indexed by term, reused between passes so that each pass is linear in the
/// text and the query, not in the vocabulary.
struct Scratch {
    /// A term's weight in the query being scored; zero for the terms outside it.
    weight: Vec<f64>,
    /// A term's count in the sentence being scored.
    count: Vec<u32>,
}

impl Scratch {
    fn new(bound: usize) -> Self {
        Scratch {
            weight: vec![0.0; bound],
            count: vec![0; bound],
        }
    }
}

/// Each sentence's BM25 score for the weighted query terms `weights`.
fn score(
    sentences: &[&[TermId]],
    weights: &[(TermId, f64)],
    idf: &impl Fn(TermId) -> f64,
    scratch: &mut Scratch,
) -> Vec<f64> {
    for &(term, weight) in weights {
        if let Some(slot) = scratch.weight.get_mut(term as usize) {
            *slot = weight * idf(term);
        }
    }
    let scores = sentences
        .iter()
        .map(|terms| {
            let mut total = 0.0;
            for &term in terms.iter() {
                if let Some(count) = scratch.count.get_mut(term as usize) {
                    *count += 1;
                }
            }
            for &term in terms.iter() {
                let term = term as usize;
                let (Some(&weight), Some(count)) =
                    (scratch.weight.get(term), scratch.count.get_mut(term))
                else {
                    continue;
                };
                // Each distinct term once: its count is cleared once it has been added.
                if *count > 0 && weight > 0.0 {
                    let tf = f64::from(*count);
                    total += weight * tf * (K1 + 1.0) / (tf + K1);
                }
                *count = 0;
            }
            total
        })
        .collect();
    for &(term, _) in weights {
        if let Some(slot) = scratch.weight.get_mut(term as usize) {
            *slot = 0.0;
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_with_the_query_terms_score_above_the_others() {
        let sentences: [&[TermId]; 8] = [&[2, 3], &[0], &[1], &[4], &[5], &[8], &[2, 2, 6], &[7]];
        let scores = relevance(
            &sentences,
            &[2],
            std::slice::from_ref(&(0..sentences.len())),
        )
        .unwrap();
        assert!(
            scores[0] > 0.0 && scores[6] > scores[0],
            "a term said twice counts more"
        );
        assert!(
            (scores[1] - NEIGHBOUR_SHARE * scores[0]).abs() < 1e-12,
            "lent to the next"
        );
        assert_eq!(scores[3], 0.0, "three sentences away from any answer");
    }

    #[test]
    fn relevance_is_not_lent_from_one_text_to_the_next() {
        let sentences: [&[TermId]; 6] = [&[1], &[1], &[2, 3], &[4], &[5], &[6]];
        let as_one = relevance(&sentences, &[2], std::slice::from_ref(&(0..6))).unwrap();
        let as_two = relevance(&sentences, &[2], &[0..3, 3..6]).unwrap();
        assert!(
            as_one[3] > 0.0,
            "within one text, the next sentence borrows"
        );
        assert_eq!(
            &as_two[3..],
            &[0.0, 0.0, 0.0],
            "the second text borrows nothing"
        );
        assert_eq!(as_one[..3], as_two[..3], "the first text is unchanged");
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        // Before widening: term 0 is in every sentence, term 1 in one.
        let sentences: [&[TermId]; 4] = [&[1], &[0, 2], &[0, 3], &[0, 9]];
        let n = sentences.len() as f64;
        let idf = |term: TermId| {
            if term == 0 {
                (1.0 + 0.5 / 4.5f64).ln()
            } else {
                (1.0 + (n - 0.5) / 1.5).ln()
            }
        };
        let weights = [(0, 0.5), (1, 0.5)];
        let scores = score(&sentences, &weights, &idf, &mut Scratch::new(10));
        assert!(scores[0] > scores[1] && scores[1] == scores[2]);
    }

    #[test]
    fn the_query_widens_to_the_terms_around_its_own() {
        // Term 1 always comes with the query's term 0; sentence 6 has term 1 alone.
        let sentences: [&[TermId]; 10] = [
            &[0, 1],
            &[],
            &[],
            &[0, 1, 2],
            &[],
            &[],
            &[1, 5],
            &[],
            &[],
            &[6, 7],
        ];
        let scores = relevance(
            &sentences,
            &[0],
            std::slice::from_ref(&(0..sentences.len())),
        )
        .unwrap();
        assert!(scores[6] > 0.0, "found by the widened query");
        assert!(scores[6] < scores[0] && scores[9] == 0.0);
        assert_eq!(
            relevance(
                &sentences[6..],
                &[0],
                std::slice::from_ref(&(0..sentences.len() - 6))
            ),
            None,
            "no term of the query, no widening"
        );
    }

    #[test]
    fn a_query_the_text_never_uses_matches_nothing() {
        let sentences: [&[TermId]; 2] = [&[0, 1], &[2]];
        assert_eq!(
            relevance(
                &sentences,
                &[7, 8],
                std::slice::from_ref(&(0..sentences.len()))
            ),
            None
        );
        assert_eq!(
            relevance(&sentences, &[], std::slice::from_ref(&(0..sentences.len()))),
            None
        );
        assert_eq!(relevance(&[], &[0], &[]), None);
    }

    #[test]
    fn a_sentence_amid_answers_outweighs_one_alone() {
        // Two subjects of 100 sentences each, in words of their own. Sentences 10 and 150
        // answer as well; 10 has other answers in its passage (though too far to lend it
        // anything), 150 has none.
        let sentences: Vec<Vec<TermId>> = (0..200u32)
            .map(|i| {
                let base = if i < 100 { 0 } else { 50 };
                (0..10).map(|j| base + (i * 3 + j) % 7).collect()
            })
            .collect();
        let sentences: Vec<&[TermId]> = sentences.iter().map(Vec::as_slice).collect();
        let mut relevance = vec![0.0; 200];
        for i in [4, 10, 16, 25, 150] {
            relevance[i] = 1.0;
        }
        let weighed = weigh_by_passage(&sentences, &relevance, std::slice::from_ref(&(0..200)));
        assert!(weighed[10] > weighed[150] && weighed[150] > 0.0);
        assert_eq!(weighed[60], 0.0, "nothing near");
        assert!(weighed.iter().all(|w| w.is_finite() && *w >= 0.0));
        assert_eq!(weigh_by_passage(&[], &[], &[]), Vec::<f64>::new());
        assert_eq!(
            weigh_by_passage(&[&[1], &[2]], &[0.0, 0.0], std::slice::from_ref(&(0..2))),
            vec![0.0, 0.0]
        );
    }

    #[test]
    fn a_term_asked_twice_weighs_twice() {
        let sentences: [&[TermId]; 4] = [&[0], &[1], &[2], &[3]];
        let scores = relevance(
            &sentences,
            &[0, 0, 1],
            std::slice::from_ref(&(0..sentences.len())),
        )
        .unwrap();
        assert!(scores[0] > scores[1]);
    }
}
