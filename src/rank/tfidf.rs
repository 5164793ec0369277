//! Centroid ranking: how close each sentence is to the text as a whole.

use crate::represent::{term_bound, Vector};

/// Cosine between each sentence vector and the centroid (sum) of all of them.
pub(super) fn score(vectors: &[Vector<'_>]) -> Vec<f64> {
    score_around(vectors, None)
}

/// Cosine between each sentence vector and the centroid of all of them, each vector
/// counted by its `shares` (non-negative, one per sentence) when given: with a query's
/// relevance as the shares, how central a sentence is among those that answer it.
pub(super) fn score_around(vectors: &[Vector<'_>], shares: Option<&[f64]>) -> Vec<f64> {
    let dimensions = term_bound(vectors);
    let mut centroid = vec![0.0f64; dimensions];
    for (index, vector) in vectors.iter().enumerate() {
        let share = shares.map_or(1.0, |shares| shares.get(index).copied().unwrap_or(0.0));
        for (term, weight) in vector.entries() {
            centroid[term as usize] += share * weight;
        }
    }
    let norm = centroid.iter().map(|w| w * w).sum::<f64>().sqrt();
    if norm == 0.0 {
        return vec![0.0; vectors.len()];
    }
    vectors
        .iter()
        .map(|vector| {
            vector
                .entries()
                .map(|(term, weight)| weight * centroid[term as usize])
                .sum::<f64>()
                / norm
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of as vectors;

    #[test]
    fn the_sentence_sharing_most_with_the_rest_wins() {
        let scores = score(&vectors(&[&[0, 1], &[0, 1, 2], &[1, 2], &[7]]));
        assert!(scores[1] > scores[0] && scores[1] > scores[2]);
        assert!(scores[3] < scores[0]);
    }

    #[test]
    fn shares_move_the_centroid_to_the_sentences_they_favour() {
        let vectors = vectors(&[&[0, 1], &[0, 1], &[2, 3], &[2, 3, 4]]);
        assert!(score(&vectors)[0] > score(&vectors)[3]);
        let around = score_around(&vectors, Some(&[0.0, 0.0, 1.0, 0.0]));
        assert!(around[3] > around[0] && around[0] == 0.0);
    }

    #[test]
    fn empty_input_gives_zero_scores() {
        assert!(score(&[]).is_empty());
        assert_eq!(score(&vectors(&[&[], &[]])), vec![0.0, 0.0]);
    }
}
