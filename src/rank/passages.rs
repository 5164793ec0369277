//! The passages of a text, found where its vocabulary changes (Hearst's TextTiling), and
//! how much of a query's relevance each holds: a meeting talks of one subject for a while,
//! then of the next, and the answer to a question about one is the stretch of talk about
//! it, not a fixed number of sentences around a mention.

use std::ops::Range;

use crate::tokenize::TermId;

/// Terms per run: the text's terms are cut into runs of this many, and a passage may end
/// only where a run does (Hearst's token-sequence of 20 words). Runs, not sentences, so
/// that a meeting's backchannels and a report's long sentences weigh by what they say.
const RUN_TERMS: usize = 20;
/// Runs on each side of a gap whose vocabularies are compared (Hearst's block of 6, about
/// 120 terms), and the fewest runs between two passage ends.
const BLOCK_RUNS: usize = 6;
/// A gap ends a passage when its depth (how far the similarity across it falls below the
/// peaks on either side) exceeds the mean depth by less than this many standard deviations
/// below it: Hearst's cut-off, mean − σ/2.
const DEPTH_CUTOFF_DEVIATIONS: f64 = 0.5;

/// Each sentence's passage relevance: the relevance of the sentences of its passage (see
/// [`segment`]), summed and divided by the square root of their number. A passage that
/// keeps to the query outweighs a long one that brushes it now and then, and a long one
/// that keeps to it outweighs a short one: halfway between the sum and the mean.
pub(crate) fn passage_relevance(sentences: &[&[TermId]], relevance: &[f64]) -> Vec<f64> {
    let mut weights = vec![0.0; relevance.len()];
    for passage in segment(sentences) {
        let (Some(part), Some(slots)) = (
            relevance.get(passage.clone()),
            weights.get_mut(passage.clone()),
        ) else {
            continue;
        };
        let sum: f64 = part.iter().sum();
        let value = sum / (part.len().max(1) as f64).sqrt();
        slots.iter_mut().for_each(|slot| *slot = value);
    }
    weights
}

/// The passages of one text, as ranges of `sentences` (given by their terms) that follow
/// each other and cover them all: one passage for a text too short to compare two blocks
/// of [`BLOCK_RUNS`] runs.
///
/// TextTiling: at each gap between two runs of [`RUN_TERMS`] terms, the cosine of the term
/// counts of the blocks before and after it, smoothed by the mean with its neighbours; a
/// gap whose similarity falls deep below the peaks on either side ends a passage at the
/// sentence its next run starts in. Time and memory are linear in the terms.
#[inline(never)]
pub(crate) fn segment(sentences: &[&[TermId]]) -> Vec<Range<usize>> {
    // The terms in a row, each run's start in it and the sentence that run starts in.
    let terms: Vec<TermId> = sentences
        .iter()
        .flat_map(|terms| terms.iter().copied())
        .collect();
    let mut run_sentences = Vec::with_capacity(terms.len() / RUN_TERMS + 1);
    let mut seen = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        let next = seen + sentence.len();
        // Runs start at every multiple of RUN_TERMS within this sentence's terms.
        let mut start = seen.div_ceil(RUN_TERMS) * RUN_TERMS;
        while start < next {
            run_sentences.push(index);
            start += RUN_TERMS;
        }
        seen = next;
    }
    let runs = run_sentences.len();
    if runs < 2 * BLOCK_RUNS + 1 {
        return std::iter::once(0..sentences.len()).collect();
    }
    // The terms of runs `first..end`, which follow each other in `terms`.
    let runs_terms = |first: usize, end: usize| -> &[TermId] {
        let start = first.saturating_mul(RUN_TERMS).min(terms.len());
        let end = end.saturating_mul(RUN_TERMS).min(terms.len());
        terms.get(start..end).unwrap_or_default()
    };
    let bound = terms.iter().map(|&t| t as usize + 1).max().unwrap_or(0);
    // The similarity across the gap before each run 1..runs, the blocks slid one run at a
    // time: each step moves a run into and out of each block.
    let mut blocks = Blocks::new(bound);
    blocks.shift(BEFORE, runs_terms(0, 1), true);
    blocks.shift(AFTER, runs_terms(1, 1 + BLOCK_RUNS), true);
    let mut similarity = Vec::with_capacity(runs);
    for gap in 1..runs {
        if gap > 1 {
            let entering = gap - 1;
            blocks.shift(BEFORE, runs_terms(entering, gap), true);
            if let Some(leaving) = entering.checked_sub(BLOCK_RUNS) {
                blocks.shift(BEFORE, runs_terms(leaving, leaving + 1), false);
            }
            blocks.shift(AFTER, runs_terms(entering, gap), false);
            blocks.shift(
                AFTER,
                runs_terms(gap + BLOCK_RUNS - 1, gap + BLOCK_RUNS),
                true,
            );
        }
        similarity.push(blocks.cosine());
    }
    let smoothed: Vec<f64> = (0..similarity.len())
        .map(|i| {
            let part = similarity
                .get(i.saturating_sub(1)..i.saturating_add(2).min(similarity.len()))
                .unwrap_or_default();
            part.iter().sum::<f64>() / part.len().max(1) as f64
        })
        .collect();
    let depths = depths(&smoothed);
    let n = depths.len().max(1) as f64;
    let mean = depths.iter().sum::<f64>() / n;
    let deviation = (depths.iter().map(|d| (d - mean) * (d - mean)).sum::<f64>() / n).sqrt();
    let cutoff = mean - DEPTH_CUTOFF_DEVIATIONS * deviation;
    // The deepest gaps first, each at least a block from the gaps kept before it.
    let mut candidates: Vec<(usize, f64)> = depths
        .iter()
        .enumerate()
        .filter(|&(_, &depth)| depth > 0.0 && depth > cutoff)
        .map(|(index, &depth)| (index + 1, depth))
        .collect();
    crate::order::sort_by_descending_score(&mut candidates);
    let mut blocked = vec![false; runs];
    let mut starts = Vec::new();
    for (gap, _) in candidates {
        if blocked.get(gap).copied().unwrap_or(true) {
            continue;
        }
        let near = gap.saturating_sub(BLOCK_RUNS - 1)..gap.saturating_add(BLOCK_RUNS).min(runs);
        blocked
            .get_mut(near)
            .unwrap_or_default()
            .iter_mut()
            .for_each(|b| *b = true);
        if let Some(&sentence) = run_sentences.get(gap) {
            starts.push(sentence);
        }
    }
    starts.retain(|&start| start > 0);
    starts.sort_unstable();
    starts.dedup();
    let mut passages = Vec::with_capacity(starts.len() + 1);
    let mut start = 0;
    for next in starts {
        passages.push(start..next);
        start = next;
    }
    passages.push(start..sentences.len());
    passages
}

/// The term counts of the blocks on either side of a gap (`counts[BEFORE]`,
/// `counts[AFTER]`), with their dot product and squared norms kept exact (integers) as
/// terms come and go.
struct Blocks {
    counts: [Vec<u32>; 2],
    norms: [u64; 2],
    dot: u64,
}

/// The block before a gap.
const BEFORE: usize = 0;
/// The block after a gap.
const AFTER: usize = 1;

impl Blocks {
    fn new(bound: usize) -> Self {
        Blocks {
            counts: [vec![0; bound], vec![0; bound]],
            norms: [0; 2],
            dot: 0,
        }
    }

    /// Counts `terms` into the block `side` (adding) or out of it.
    fn shift(&mut self, side: usize, terms: &[TermId], adding: bool) {
        let [before, after] = &mut self.counts;
        let (own, other) = if side == BEFORE {
            (before, after)
        } else {
            (after, before)
        };
        let norm = &mut self.norms[side & 1];
        for &term in terms {
            let term = term as usize;
            let (Some(count), Some(&other)) = (own.get_mut(term), other.get(term)) else {
                continue;
            };
            if adding {
                *norm += 2 * u64::from(*count) + 1;
                self.dot += u64::from(other);
                *count += 1;
            } else if *count > 0 {
                *count -= 1;
                *norm = norm.saturating_sub(2 * u64::from(*count) + 1);
                self.dot = self.dot.saturating_sub(u64::from(other));
            }
        }
    }

    /// The cosine of the two blocks' counts; 0 when either is empty.
    fn cosine(&self) -> f64 {
        let [before, after] = self.norms;
        if before == 0 || after == 0 {
            return 0.0;
        }
        self.dot as f64 / ((before as f64).sqrt() * (after as f64).sqrt())
    }
}

/// Each gap's depth: how far its similarity lies below the highest point reached by
/// climbing from it to the left while the similarity does not fall, plus the same to the
/// right. Two passes, each carrying the climb from the gap beside it.
fn depths(similarity: &[f64]) -> Vec<f64> {
    let mut left_peak = Vec::with_capacity(similarity.len());
    let mut previous: Option<(f64, f64)> = None; // (similarity, its left peak)
    for &s in similarity {
        let peak = match previous {
            Some((before, peak)) if before >= s => peak,
            _ => s,
        };
        left_peak.push(peak);
        previous = Some((s, peak));
    }
    let mut right_peak = vec![0.0; similarity.len()];
    let mut next: Option<(f64, f64)> = None;
    for (slot, &s) in right_peak.iter_mut().zip(similarity).rev() {
        let peak = match next {
            Some((after, peak)) if after >= s => peak,
            _ => s,
        };
        *slot = peak;
        next = Some((s, peak));
    }
    similarity
        .iter()
        .zip(left_peak.iter().zip(&right_peak))
        .map(|(&s, (&left, &right))| (left - s) + (right - s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliding_blocks_keep_the_cosine_of_their_counts() {
        let mut blocks = Blocks::new(10);
        blocks.shift(BEFORE, &[1, 1, 2], true);
        blocks.shift(AFTER, &[1, 3], true);
        // (2, 1, 0) · (1, 0, 1) over terms 1..=3: 2 / (√5 · √2).
        assert!((blocks.cosine() - 2.0 / (5f64.sqrt() * 2f64.sqrt())).abs() < 1e-12);
        blocks.shift(BEFORE, &[1, 1, 2], false);
        assert_eq!(blocks.cosine(), 0.0, "an empty block");
        blocks.shift(BEFORE, &[3], true);
        blocks.shift(AFTER, &[1], false);
        assert!((blocks.cosine() - 1.0).abs() < 1e-12);
        assert_eq!((blocks.dot, blocks.norms), (1, [1, 1]));
    }

    /// `count` sentences of ten terms each drawn from `vocabulary`, cycling.
    fn talk(vocabulary: &[TermId], count: usize) -> Vec<Vec<TermId>> {
        (0..count)
            .map(|i| {
                (0..10)
                    .map(|j| vocabulary[(i * 3 + j) % vocabulary.len()])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_change_of_subject_ends_a_passage() {
        let mut sentences = talk(&[1, 2, 3, 4, 5, 6, 7], 40);
        sentences.extend(talk(&[11, 12, 13, 14, 15, 16, 17], 40));
        let refs: Vec<&[TermId]> = sentences.iter().map(Vec::as_slice).collect();
        let passages = segment(&refs);
        assert!(
            passages
                .iter()
                .any(|p| p.start.abs_diff(40) <= 2 && p.start > 0),
            "a passage starts where the subject changes: {passages:?}"
        );
        assert_eq!(passages.first().map(|p| p.start), Some(0));
        assert_eq!(passages.last().map(|p| p.end), Some(80));
        assert!(passages.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn a_short_text_is_one_passage() {
        let sentences = talk(&[1, 2, 3], 5);
        let refs: Vec<&[TermId]> = sentences.iter().map(Vec::as_slice).collect();
        assert_eq!(segment(&refs), vec![0..5]);
        assert_eq!(segment(&[]), vec![0..0]);
        let empty: [&[TermId]; 3] = [&[], &[], &[]];
        assert_eq!(segment(&empty), vec![0..3]);
    }

    #[test]
    fn a_passage_that_keeps_to_the_query_outweighs_one_that_brushes_it() {
        let mut sentences = talk(&[1, 2, 3, 4, 5, 6, 7], 40);
        sentences.extend(talk(&[11, 12, 13, 14, 15, 16, 17], 40));
        let refs: Vec<&[TermId]> = sentences.iter().map(Vec::as_slice).collect();
        // One mention in the first subject, five in the second.
        let mut relevance = vec![0.0; 80];
        relevance[10] = 1.0;
        for i in [50, 55, 60, 65, 70] {
            relevance[i] = 1.0;
        }
        let weights = passage_relevance(&refs, &relevance);
        assert!(weights[10] > 0.0 && weights[60] > weights[10]);
        assert!(weights.iter().all(|w| w.is_finite() && *w >= 0.0));
    }

    #[test]
    fn passages_cover_every_sentence_in_order_on_any_text() {
        // A long text of pseudo-random terms (a linear congruential sequence), with empty
        // sentences among them, and one long sentence of a single repeated term.
        let mut state: u32 = 7;
        let mut next = || {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) % 400
        };
        let random: Vec<Vec<TermId>> = (0..20_000)
            .map(|i| (0..(i % 13)).map(|_| next()).collect())
            .collect();
        let repeated = vec![vec![5; 200_000]];
        for sentences in [random, repeated] {
            let refs: Vec<&[TermId]> = sentences.iter().map(Vec::as_slice).collect();
            let passages = segment(&refs);
            assert_eq!(passages.first().map(|p| p.start), Some(0));
            assert_eq!(passages.last().map(|p| p.end), Some(refs.len()));
            assert!(passages.iter().all(|p| !p.is_empty()));
            assert!(passages.windows(2).all(|w| w[0].end == w[1].start));
            let relevance: Vec<f64> = (0..refs.len()).map(|i| (i % 3) as f64).collect();
            let weights = passage_relevance(&refs, &relevance);
            assert!(weights.iter().all(|w| w.is_finite() && *w >= 0.0));
        }
    }

    #[test]
    fn depth_is_how_far_a_gap_lies_below_its_peaks() {
        let d = depths(&[0.9, 0.5, 0.2, 0.6, 0.4]);
        assert!((d[2] - (0.7 + 0.4)).abs() < 1e-12);
        assert_eq!(d[0], 0.0);
        assert!((d[4] - 0.2).abs() < 1e-12, "climbs left to 0.6 only");
    }
}
