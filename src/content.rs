//! Main content: which sentences of a pasted page belong to its article.
//!
//! Scraped pages carry more than the article: comment sections, "download the app" blocks,
//! related-article teasers, and often whole unrelated articles glued after the end. They are
//! told apart by structure and topic, not by their words: the page falls into blocks of
//! sentences separated by fragments (headings, bylines, link lines), the block with the most
//! sentences is the article, and every other block stays only if it speaks of the same
//! things — an article's sections share its vocabulary; the page's other texts do not.

use crate::represent::{SparseVector, Vector};
use crate::segment::blocks::Segmented;

/// A block stays when the cosine similarity of its centroid to the main block's reaches
/// this. Sections of one article score well above it (their centroids share the article's
/// recurring names and terms); texts on other subjects score near zero.
pub(crate) const MIN_BLOCK_SIMILARITY: f64 = 0.2;

/// A text with fewer sentences of its own than this is too short to summarize alone: the
/// words it quotes (a block quote, an e-mail's quoted thread) count beside its own.
pub(crate) const MIN_OWN_SENTENCES: usize = 3;

/// The indices of the sentences a summary may be made of: those in the main content (see
/// [`blocks_in_main_content`]), less any that leans on a sentence left out of it, which
/// would read as if something were missing. Quoted sentences are left out first, unless the
/// text has fewer than [`MIN_OWN_SENTENCES`] of its own. `vectors` are the sentences' TF-IDF
/// vectors.
pub(crate) fn main_content(segmented: &Segmented<'_>, vectors: &[Vector<'_>]) -> Vec<usize> {
    let quoted = |index: usize| segmented.quoted.get(index).copied().unwrap_or(false);
    let own = (0..segmented.sentences.len())
        .filter(|&i| !quoted(i))
        .count();
    let in_main_content = if own == segmented.sentences.len() || own < MIN_OWN_SENTENCES {
        blocks_in_main_content(&segmented.blocks, vectors)
    } else {
        main_content_of_own(segmented, vectors, quoted)
    };
    let stays = |index: usize| in_main_content.get(index).copied().unwrap_or(false);
    (0..segmented.sentences.len())
        .filter(|&index| {
            let leans_back = segmented.leans_back.get(index).copied().unwrap_or(false);
            stays(index) && !(leans_back && index > 0 && !stays(index - 1))
        })
        .collect()
}

/// [`blocks_in_main_content`] over the text's own sentences alone: quoted ones are out.
#[cfg(any(feature = "markdown", feature = "email"))]
fn main_content_of_own(
    segmented: &Segmented<'_>,
    vectors: &[Vector<'_>],
    quoted: impl Fn(usize) -> bool,
) -> Vec<bool> {
    let counted: Vec<usize> = (0..segmented.sentences.len())
        .filter(|&i| !quoted(i))
        .collect();
    let blocks: Vec<usize> = counted
        .iter()
        .map(|&i| segmented.blocks.get(i).copied().unwrap_or(0))
        .collect();
    let counted_vectors: Vec<Vector<'_>> = counted
        .iter()
        .filter_map(|&i| vectors.get(i).copied())
        .collect();
    let mut in_main_content = vec![false; segmented.sentences.len()];
    for (&index, stays) in counted
        .iter()
        .zip(blocks_in_main_content(&blocks, &counted_vectors))
    {
        if let Some(flag) = in_main_content.get_mut(index) {
            *flag = stays;
        }
    }
    in_main_content
}

/// Without the Markdown and e-mail readers no sentence is quoted.
#[cfg(not(any(feature = "markdown", feature = "email")))]
fn main_content_of_own(
    segmented: &Segmented<'_>,
    vectors: &[Vector<'_>],
    _quoted: impl Fn(usize) -> bool,
) -> Vec<bool> {
    blocks_in_main_content(&segmented.blocks, vectors)
}

/// For each sentence, whether it belongs to the main content. `blocks` gives each sentence's
/// block number (non-decreasing), `vectors` its TF-IDF vector.
fn blocks_in_main_content(blocks: &[usize], vectors: &[Vector<'_>]) -> Vec<bool> {
    let ranges = block_ranges(blocks);
    if ranges.len() < 2 {
        return vec![true; blocks.len()];
    }
    // The longest block is the article; on a tie the earlier one, which a page puts first.
    let Some(main) = ranges
        .iter()
        .enumerate()
        .max_by_key(|(index, range)| (range.len(), std::cmp::Reverse(*index)))
        .map(|(index, _)| index)
    else {
        return vec![true; blocks.len()];
    };
    let centroid_of = |range: &std::ops::Range<usize>| {
        SparseVector::centroid(
            vectors
                .get(range.clone())
                .unwrap_or_default()
                .iter()
                .copied(),
        )
    };
    let main_centroid = centroid_of(&ranges[main]);
    let mut keep = vec![false; blocks.len()];
    for (index, range) in ranges.iter().enumerate() {
        let stays = index == main
            || centroid_of(range).view().cosine(main_centroid.view()) >= MIN_BLOCK_SIMILARITY;
        if stays {
            for flag in keep.get_mut(range.clone()).unwrap_or_default() {
                *flag = true;
            }
        }
    }
    keep
}

/// The index ranges of the runs of equal block numbers.
fn block_ranges(blocks: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for index in 1..=blocks.len() {
        if index == blocks.len() || blocks[index] != blocks[start] {
            ranges.push(start..index);
            start = index;
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::represent::vectors_of;

    #[test]
    fn one_block_is_all_content() {
        let vectors = vectors_of(&[&[0, 1], &[2]]);
        assert_eq!(blocks_in_main_content(&[0, 0], &vectors), [true, true]);
        assert_eq!(blocks_in_main_content(&[], &[]), Vec::<bool>::new());
    }

    #[test]
    fn blocks_on_the_article_s_subject_stay_and_others_go() {
        // Block 0: the article (terms 0-3); block 1 another section of it; block 2 an
        // unrelated text; block 3 a one-line call to download an app.
        let vectors = vectors_of(&[
            &[0, 1],
            &[1, 2],
            &[2, 3, 0],
            &[0, 3],
            &[3, 1, 9],
            &[5, 6],
            &[6, 7],
            &[8],
        ]);
        let blocks = [0, 0, 0, 1, 1, 2, 2, 3];
        assert_eq!(
            blocks_in_main_content(&blocks, &vectors),
            [true, true, true, true, true, false, false, false]
        );
    }

    #[test]
    fn the_earlier_of_equal_blocks_is_the_article() {
        let vectors = vectors_of(&[&[0], &[0, 1], &[5], &[5, 6]]);
        assert_eq!(
            blocks_in_main_content(&[0, 0, 1, 1], &vectors),
            [true, true, false, false]
        );
    }

    #[test]
    fn a_sentence_leaning_on_one_left_out_goes_too() {
        // An unrelated teaser, then the article, whose first sentence leans on the teaser.
        let text = "Cats purr loudly. Cats sleep a lot.\nRelated\nMore stories\n\
                    However, the harbor opened. The harbor is big. The harbor is new.";
        let reading = crate::read::read(text, crate::Format::Text);
        let segmented = crate::segment::blocks::segment(&reading, crate::Language::English);
        assert_eq!(segmented.blocks, [0, 0, 1, 1, 1]);
        let vectors = vectors_of(&[&[7, 8], &[7, 9], &[0, 1], &[0, 2], &[0, 3]]);
        assert_eq!(main_content(&segmented, &vectors), [3, 4]);
    }
}
