//! The summarizer's pipeline one stage at a time: segment → tokenize → represent → rank →
//! select. [`Summarizer::summarize`] is exactly these five calls in order. Each stage takes
//! the one before it by value, so that no stage can meet the output of another text.
//!
//! The module is public with the `stages` feature, so that benchmarks and experiments can
//! time or inspect a stage alone; its types are opaque, and may change in any release.
//!
//! ```
//! # #[cfg(feature = "stages")] { // the module is private without the feature
//! use salient::{stages, Length, Summarizer};
//!
//! let summarizer = Summarizer::new().length(Length::Sentences(1));
//! let text = "Cats purr. Cats sleep all day. Dogs bark.";
//! let segmented = stages::segment(text, summarizer.get_language());
//! let tokenized = stages::tokenize(segmented);
//! let represented = stages::represent(tokenized);
//! let ranked = stages::rank(represented, &summarizer);
//! let summary = stages::select(&ranked, &summarizer)?;
//! assert_eq!(summary, summarizer.summarize(text)?);
//! # }
//! # Ok::<(), salient::Error>(())
//! ```

use crate::content::main_content;
use crate::error::Error;
use crate::language::Language;
use crate::represent::{represent as tf_idf, Representation, SentenceTerms};
use crate::segment::{split_sentences, Segment, SegmentKind};
use crate::select::{repeat_of, select as choose, Candidate};
use crate::summarizer::Summarizer;
use crate::summary::{Sentence, Summary};
use crate::tokenize::Tokenizer;

/// A text's sentences, each with the block of the page it stands in.
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    language: Language,
    sentences: Vec<Segment<'a>>,
    blocks: Vec<usize>,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Segmented<'a> {
    /// The language the text was split as (never [`Language::Auto`]).
    pub fn language(&self) -> Language {
        self.language
    }

    /// The sentences, in document order; fragments (titles, headings, link lines) are left
    /// out.
    pub fn sentences(&self) -> &[Segment<'a>] {
        &self.sentences
    }
}

/// Splits `text` into sentences (with `language`, detected when [`Language::Auto`]) and
/// groups them into blocks: two or more fragments in a row (a title and a byline, a list of
/// links) start a new block, while a single heading between two sentences goes on with the
/// same text.
pub fn segment(text: &str, language: Language) -> Segmented<'_> {
    let language = language.resolve(text);
    let mut sentences = Vec::new();
    let mut blocks = Vec::new();
    let mut block = 0;
    let mut fragments_since_sentence = 0;
    for segment in split_sentences(text, language) {
        match segment.kind {
            SegmentKind::Fragment => fragments_since_sentence += 1,
            SegmentKind::Sentence => {
                if fragments_since_sentence >= 2 && !sentences.is_empty() {
                    block += 1;
                }
                fragments_since_sentence = 0;
                blocks.push(block);
                sentences.push(segment);
            }
        }
    }
    Segmented {
        language,
        sentences,
        blocks,
    }
}

/// The sentences' terms (lowercased, stop words dropped, stemmed, as interned ids) and
/// their word counts, with the sentences they come from.
#[derive(Debug, Clone)]
pub struct Tokenized<'a> {
    segmented: Segmented<'a>,
    terms: SentenceTerms,
    word_counts: Vec<usize>,
    term_count: usize,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Tokenized<'a> {
    /// The sentences these terms come from.
    pub fn segmented(&self) -> &Segmented<'a> {
        &self.segmented
    }
}

/// Tokenizes each sentence with the rules of its language.
pub fn tokenize(segmented: Segmented<'_>) -> Tokenized<'_> {
    let mut tokenizer = Tokenizer::new(segmented.language);
    let mut terms = SentenceTerms::default();
    let mut word_counts = Vec::with_capacity(segmented.sentences.len());
    for sentence in &segmented.sentences {
        word_counts.push(tokenizer.tokenize(sentence.text, terms.buffer()));
        terms.end_sentence();
    }
    Tokenized {
        segmented,
        terms,
        word_counts,
        term_count: tokenizer.term_count(),
    }
}

/// The sentences a summary may be made of, as TF-IDF vectors.
#[derive(Debug, Clone)]
pub struct Represented<'a> {
    tokenized: Tokenized<'a>,
    /// The main content's sentences, by index into [`Segmented::sentences`].
    kept: Vec<usize>,
    /// Whether each kept sentence opens with a back-reference.
    leans_back: Vec<bool>,
    /// The kept sentences' word counts.
    word_counts: Vec<usize>,
    /// The vectors of the kept sentences, weighed among themselves.
    representation: Representation,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Represented<'a> {
    /// The sentences and their terms.
    pub fn tokenized(&self) -> &Tokenized<'a> {
        &self.tokenized
    }

    /// The indices (into [`Segmented::sentences`]) of the sentences a summary may be made
    /// of: the main content, less any sentence that leans on a sentence left out of it.
    pub fn kept(&self) -> &[usize] {
        &self.kept
    }
}

/// Weighs every sentence's terms by TF-IDF, keeps the page's main content (blocks apart
/// from the article, such as comment boxes or unrelated articles glued after it, are left
/// out) and weighs the kept sentences again among themselves, so that text outside the
/// article weighs on nothing.
pub fn represent(tokenized: Tokenized<'_>) -> Represented<'_> {
    let segmented = &tokenized.segmented;
    let everything = tf_idf(&tokenized.terms, tokenized.term_count);
    let in_main_content = main_content(&segmented.blocks, &everything.vectors());
    let leans_back: Vec<bool> = segmented
        .sentences
        .iter()
        .map(|sentence| segmented.language.opens_with_back_reference(sentence.text))
        .collect();
    let kept: Vec<usize> = (0..segmented.sentences.len())
        .filter(|&index| {
            in_main_content[index]
                && !(leans_back[index] && index > 0 && !in_main_content[index - 1])
        })
        .collect();
    let representation = if kept.len() == segmented.sentences.len() {
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
    let leans_back = kept.iter().map(|&index| leans_back[index]).collect();
    let word_counts = kept
        .iter()
        .map(|&index| tokenized.word_counts[index])
        .collect();
    Represented {
        tokenized,
        kept,
        leans_back,
        word_counts,
        representation,
    }
}

/// The kept sentences with their scores.
#[derive(Debug, Clone)]
pub struct Ranked<'a> {
    represented: Represented<'a>,
    scores: Vec<f64>,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Ranked<'a> {
    /// The sentences ranked.
    pub fn represented(&self) -> &Represented<'a> {
        &self.represented
    }

    /// The score of each kept sentence, in the order of [`Represented::kept`].
    pub fn scores(&self) -> &[f64] {
        &self.scores
    }
}

/// Scores each kept sentence with the summarizer's algorithm, weighed by its profile.
pub fn rank<'a>(represented: Represented<'a>, summarizer: &Summarizer) -> Ranked<'a> {
    let mut scores = summarizer
        .get_algorithm()
        .score(&represented.representation);
    summarizer
        .get_profile()
        .weigh(&mut scores, &represented.word_counts);
    Ranked {
        represented,
        scores,
    }
}

/// Chooses the best-scored sentences within the summarizer's length budget, skipping any
/// that repeats or nearly repeats one already chosen, or that leans on a sentence left out.
///
/// # Errors
///
/// [`Error`] when the summarizer's options are invalid, as [`Summarizer::validate`] finds.
pub fn select<'a>(ranked: &Ranked<'a>, summarizer: &Summarizer) -> Result<Summary<'a>, Error> {
    summarizer.validate()?;
    let represented = &ranked.represented;
    let segmented = &represented.tokenized.segmented;
    let sentences = &segmented.sentences;
    let kept = &represented.kept;
    let texts: Vec<&str> = kept.iter().map(|&index| sentences[index].text).collect();
    let originals = repeat_of(&texts);
    let distinct = originals
        .iter()
        .enumerate()
        .filter(|&(index, &original)| index == original)
        .count();
    let vectors = represented.representation.vectors();
    let candidates: Vec<Candidate<'_>> = texts
        .iter()
        .zip(&represented.word_counts)
        .zip(vectors)
        .zip(originals)
        .zip(&represented.leans_back)
        .map(
            |((((&text, &words), vector), original), &leans_back)| Candidate {
                text,
                words,
                vector,
                original,
                leans_back,
            },
        )
        .collect();
    let scores = &ranked.scores;
    let chosen = choose(
        &candidates,
        scores,
        summarizer.get_length().budget(distinct),
        summarizer.get_redundancy(),
    );

    // Scores are reported relative to the best sentence, so they read the same whatever the
    // algorithm or the document's length.
    let top = scores.iter().copied().fold(0.0f64, f64::max);
    let relative = |score: f64| if top > 0.0 { score / top } else { 0.0 };
    Ok(Summary {
        sentences: chosen
            .into_iter()
            .map(|position| {
                let index = kept[position];
                Sentence {
                    text: sentences[index].text,
                    span: sentences[index].span.clone(),
                    index,
                    score: relative(scores[position]),
                }
            })
            .collect(),
        language: segmented.language,
        document_sentences: sentences.len(),
    })
}
