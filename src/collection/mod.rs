//! Collections: one summary of many documents — several outlets' reports of one event, the
//! reviews of one product.
//!
//! Each document is read, split, told its language and trimmed to its main content on its
//! own, exactly as [`Summarizer::summarize`] would, so that one page's boilerplate or glued-on
//! articles never reach the others. Then the kept sentences of all documents share one
//! representation: TF-IDF weights over the whole collection, and each sentence's centrality
//! both within the collection (the ranker's score) and across it — how much the other
//! documents back it ([`support`]), so that what several documents say outranks what one
//! says. The profile weighs each sentence by its position within its own document, so every
//! document's opening counts; a sentence in its writer's own first person ([`voice`]) tells
//! one customer's visit rather than what the reviews share, and weighs less. Selection is shared too: the same fact told by two outlets
//! appears once. The chosen sentences come in reading order: by document, in the order given,
//! then by position.
//!
//! With a query, the collection is ranked as one text is: by each sentence's relevance to the
//! query, with the inverse document frequencies of the whole collection's sentences, and by
//! its centrality among the relevant sentences of all documents; position counts for nothing.

use std::fmt;
use std::ops::Range;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::content::main_content;
use crate::error::Error;
use crate::language::{Detector, Language};
use crate::profile::Profile;
use crate::rank::Algorithm;
use crate::read::Format;
use crate::represent::{tf_idf, Representation, SentenceTerms};
use crate::select::{distinct_count, repeat_of, select, Candidate};
use crate::summarizer::Summarizer;
use crate::tokenize::{TermId, Tokenizer};

mod support;
mod voice;

use support::rescale;

/// How much a sentence's closeness to the other documents counts beside the ranker's score
/// over the whole collection, both rescaled to [0, 1]. Measured on news clusters and review
/// sets (`BENCHMARKS.md`, "Collections").
const CROSS_DOCUMENT_WEIGHT: f64 = 0.75;

/// A budget of words holds about this many sentences: the sentences that fit it in this
/// number weigh fully, longer ones less (see [`budget_length_weight`]). Measured on review
/// sets with budgets of about 50 words (`BENCHMARKS.md`, "Collections").
const SENTENCES_PER_WORD_BUDGET: f64 = 3.0;

/// The weight of a sentence in its writer's own first person (see [`voice`]): one
/// customer's visit rather than what the reviews share. Measured on review sets and news
/// clusters (`BENCHMARKS.md`, "Collections").
const FIRST_PERSON_WEIGHT: f64 = 0.2;

/// One summary of a collection of documents: sentences of any of them, by document (in the
/// order the documents were given), then by position.
///
/// `Display` writes the sentences separated by single spaces. Serialized, it is `{"text",
/// "sentences": [{"text", "document", "start", "end", "index", "score"}], "documents":
/// [{"language", "format", "document_sentences"}], "document_sentences"}` (and
/// `"query_matched"` with a query): a [`Summary`](crate::Summary)'s shape, with each
/// sentence's document and each document's reading.
///
/// ```
/// use salient::{Length, Summarizer};
///
/// let documents = [
///     "The bridge over the river opened on Monday. Crowds crossed it at dawn.",
///     "A new bridge opened over the river on Monday. The mayor cut the ribbon.",
/// ];
/// let summary = Summarizer::new()
///     .length(Length::Sentences(2))
///     .summarize_documents(&documents)?;
/// for sentence in &summary.sentences {
///     // Every sentence is an exact slice of its own document.
///     assert_eq!(&documents[sentence.document][sentence.span.clone()], sentence.text);
/// }
/// // Both documents open with the same fact: it is told once.
/// let openings = summary.sentences.iter().filter(|s| s.text.contains("Monday")).count();
/// assert_eq!(openings, 1);
/// let json = serde_json::to_value(&summary).unwrap();
/// assert_eq!(json["documents"][1]["language"], "en");
/// assert_eq!(json["sentences"][0]["document"], summary.sentences[0].document);
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CollectionSummary<'a> {
    /// The chosen sentences, by document, then by position in it.
    pub sentences: Vec<CollectionSentence<'a>>,
    /// How each document was read, in the order the documents were given.
    pub documents: Vec<DocumentReading>,
    /// With a [query](Summarizer::query): `Some(true)` when the summary answers it,
    /// `Some(false)` when no word of it (stop words aside) occurs in any document's main
    /// content, so that the summary is the one without a query. `None` without a query;
    /// serialized as `"query_matched"` only with one.
    pub query_matched: Option<bool>,
}

impl CollectionSummary<'_> {
    /// Whether no sentence was chosen.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The number of chosen sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// How many sentences the documents have in all, fragments not counted.
    pub fn document_sentences(&self) -> usize {
        self.documents.iter().map(|d| d.document_sentences).sum()
    }
}

impl fmt::Display for CollectionSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::summary::write_joined(f, self.sentences.iter().map(|sentence| sentence.text))
    }
}

impl Serialize for CollectionSummary<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = if self.query_matched.is_some() { 5 } else { 4 };
        let mut summary = serializer.serialize_struct("CollectionSummary", fields)?;
        summary.serialize_field("text", &self.to_string())?;
        summary.serialize_field("sentences", &self.sentences)?;
        summary.serialize_field("documents", &self.documents)?;
        summary.serialize_field("document_sentences", &self.document_sentences())?;
        if let Some(matched) = self.query_matched {
            summary.serialize_field("query_matched", &matched)?;
        }
        summary.end()
    }
}

/// One sentence of a collection's summary.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CollectionSentence<'a> {
    /// The sentence, equal to `&documents[document][span]`.
    pub text: &'a str,
    /// The index of its document among those given, from 0.
    pub document: usize,
    /// Byte offsets into its document; serialized as `start` and `end`.
    #[serde(flatten)]
    pub span: Range<usize>,
    /// The sentence's number among its document's sentences (fragments not counted), from 0.
    pub index: usize,
    /// Salience relative to the collection's best sentence, in [0, 1].
    pub score: f64,
}

/// How one document of a collection was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DocumentReading {
    /// The language it was read as: the one asked for, or the one detected when
    /// [`Language::Auto`] was.
    pub language: Language,
    /// The format it was read as: the one asked for, or the one detected when
    /// [`Format::Auto`] was.
    pub format: Format,
    /// How many sentences it has, fragments not counted.
    pub document_sentences: usize,
}

impl Summarizer {
    /// Summarizes `documents` as one collection: the sentences that best carry them all,
    /// within the length budget (a ratio is of all their sentences), each an exact slice of
    /// its own document.
    ///
    /// Every document is read, split, given its language (each its own, with
    /// [`Language::Auto`]) and trimmed to its main content alone. The sentences kept are
    /// then weighed together: term weights over the whole collection; a sentence scores by
    /// the ranker over all of them and by how much the other documents back it (how close
    /// it stands to them as a whole, how many of them use its words, and how close it comes
    /// to a sentence of each), so that what several documents say outranks what one says;
    /// the profile weighs it by its position in its own document. With several documents,
    /// a sentence in its writer's own first person (a first-person pronoun outside
    /// quotation marks, in the languages with a list of them: Danish, Dutch, English,
    /// French, German, Italian, Norwegian, Portuguese, Russian, Spanish, Swedish) weighs a
    /// fifth: in a set of reviews it tells one customer's visit. A sentence that repeats or nearly repeats one chosen
    /// from any document is skipped. Sentences come by document, in the order given, then
    /// by position. A budget of words too small for three sentences of the profile's
    /// full-weight length (under 75 words) weighs down a sentence longer than a third of
    /// it: the reviews of a product summarized in 50 words say more in short sentences.
    ///
    /// With a [query](Summarizer::query), sentences rank as in one text with a query: by
    /// how well they answer it, weighed with the whole collection's sentences, and by how
    /// central they are among the relevant sentences of all documents; not by position.
    /// The query is read by the rules of the documents' most common language (the first of
    /// those as common). [`CollectionSummary::query_matched`] says whether any of its words
    /// occurs in the documents.
    ///
    /// Any documents are accepted: none, or only empty ones, give an empty summary.
    ///
    /// ```
    /// # #[cfg(feature = "query")] { // built with the feature (on by default)
    /// use salient::{Length, Summarizer};
    ///
    /// let reviews = [
    ///     "The battery lasts two days. The screen is sharp.",
    ///     "Great screen, bright and sharp. Battery life is fine.",
    /// ];
    /// let summary = Summarizer::new()
    ///     .length(Length::Sentences(1))
    ///     .query("battery")
    ///     .summarize_documents(&reviews)?;
    /// assert_eq!(summary.query_matched, Some(true));
    /// assert!(summary.sentences[0].text.contains("attery"));
    /// # }
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error`] when an option is invalid, as [`Summarizer::summarize`] says.
    pub fn summarize_documents<'a, T>(
        &self,
        documents: &'a [T],
    ) -> Result<CollectionSummary<'a>, Error>
    where
        T: AsRef<str>,
    {
        self.validate()?;
        #[cfg(feature = "html")]
        if self.get_format() == Format::Html {
            return Err(Error::HtmlIsAPage);
        }
        let collection = read_collection(
            documents,
            self.get_format(),
            self.get_language(),
            self.get_query(),
        );
        let representation = tf_idf(&collection.terms, collection.term_count);
        let (mut scores, query_matched) = rank(
            &collection,
            &representation,
            self.get_algorithm(),
            self.get_profile(),
        );
        for (score, kept) in scores.iter_mut().zip(&collection.kept) {
            *score *= budget_length_weight(kept.words, self.get_length());
        }
        Ok(choose(
            &collection,
            &representation,
            &scores,
            self.get_length(),
            self.get_redundancy(),
            query_matched,
        ))
    }
}

/// A sentence of a document's main content.
#[derive(Debug, Clone)]
struct Kept<'a> {
    text: &'a str,
    span: Range<usize>,
    document: usize,
    /// Its number among its document's sentences.
    index: usize,
    /// Its number among its document's kept sentences: its position for the profile.
    position: usize,
    words: usize,
    /// Whether it leans on the sentence before it, which is then the kept sentence before
    /// it in the same document.
    leans_back: bool,
    /// Whether it speaks in its writer's own first person.
    first_person: bool,
}

/// The documents read, each on its own, with the terms of their kept sentences in one
/// shared set of ids.
struct Collection<'a> {
    documents: Vec<DocumentReading>,
    kept: Vec<Kept<'a>>,
    /// The terms of each kept sentence, in the order of `kept`.
    terms: SentenceTerms,
    term_count: usize,
    /// The query's terms, with a query.
    query: Option<Vec<TermId>>,
}

/// Reads, splits and tokenizes each document, and keeps its main content as
/// [`Summarizer::summarize`] would. Terms are shared across documents; main content is
/// decided with weights among the document's own sentences, on ids made local to it.
fn read_collection<'a, T: AsRef<str>>(
    documents: &'a [T],
    format: Format,
    language: Language,
    query: Option<&str>,
) -> Collection<'a> {
    let mut tokenizer = Tokenizer::new(Language::English);
    // Each document's language is its own; what detection knows of the languages is worked
    // out once for them all.
    let mut detector = Detector::new();
    let mut pronouns = voice::Pronouns::new();
    let mut readings = Vec::with_capacity(documents.len());
    let mut kept = Vec::new();
    let mut terms = SentenceTerms::default();
    // Shared id → the document's own id, or `UNSEEN`; reset after each document, so the
    // work stays in proportion to the document.
    const UNSEEN: TermId = TermId::MAX;
    let mut local_of: Vec<TermId> = Vec::new();
    let mut shared_terms: Vec<TermId> = Vec::new();
    let mut local_seen: Vec<TermId> = Vec::new();
    for (document, text) in documents.iter().enumerate() {
        let reading = crate::read::read(text.as_ref(), format);
        let language = detector.resolve(language, reading.text);
        let segmented = crate::segment::blocks::segment(&reading, language);
        tokenizer.switch_language(segmented.language);
        let mut shared = SentenceTerms::default();
        let mut local = SentenceTerms::default();
        let mut word_counts = Vec::with_capacity(segmented.sentences.len());
        for sentence in &segmented.sentences {
            shared_terms.clear();
            word_counts.push(tokenizer.tokenize(sentence.text, &mut shared_terms));
            local_of.resize(tokenizer.term_count(), UNSEEN);
            for &term in &shared_terms {
                let Some(slot) = local_of.get_mut(term as usize) else {
                    continue;
                };
                if *slot == UNSEEN {
                    *slot = local_seen.len() as TermId;
                    local_seen.push(term);
                }
                local.buffer().push(*slot);
            }
            local.end_sentence();
            shared.buffer().extend_from_slice(&shared_terms);
            shared.end_sentence();
        }
        let own_weights = tf_idf(&local, local_seen.len());
        let document_kept = main_content(&segmented, &own_weights.vectors());
        for &term in &local_seen {
            if let Some(slot) = local_of.get_mut(term as usize) {
                *slot = UNSEEN;
            }
        }
        local_seen.clear();

        // The last of this document's sentences to become a candidate.
        let mut previous: Option<usize> = None;
        for (position, &index) in document_kept.iter().enumerate() {
            let Some(sentence) = segmented.sentences.get(index) else {
                continue;
            };
            let leans_back = segmented.leans_back.get(index).copied().unwrap_or(false);
            // The selector pairs a sentence that leans back with the candidate before it,
            // which must be the sentence it leans on. A document's first sentence has none
            // (in a text of its own it is never chosen; here the candidate before it is
            // another document's), nor has one after a sentence that could not stand.
            if leans_back && previous.is_none_or(|p| p + 1 != index) {
                continue;
            }
            previous = Some(index);
            terms.buffer().extend_from_slice(shared.sentence(index));
            terms.end_sentence();
            kept.push(Kept {
                text: sentence.text,
                span: sentence.span.clone(),
                document,
                index,
                position,
                words: word_counts.get(index).copied().unwrap_or(0),
                leans_back,
                first_person: pronouns.speaks_in_first_person(sentence.text, segmented.language),
            });
        }
        readings.push(DocumentReading {
            language: segmented.language,
            format: segmented.format,
            document_sentences: segmented.sentences.len(),
        });
    }
    let term_count = tokenizer.term_count();
    let query = query.map(|query| {
        let language = most_common_language(&readings);
        read_query(&mut tokenizer, language, query)
    });
    Collection {
        documents: readings,
        kept,
        terms,
        term_count,
        query,
    }
}

/// The language most of the `documents` that have sentences were read as, the first of
/// those as common among ties; English when none has any.
fn most_common_language(documents: &[DocumentReading]) -> Language {
    let mut counts: Vec<(Language, usize)> = Vec::new();
    for document in documents.iter().filter(|d| d.document_sentences > 0) {
        match counts
            .iter_mut()
            .find(|(language, _)| *language == document.language)
        {
            Some((_, count)) => *count += 1,
            None => counts.push((document.language, 1)),
        }
    }
    // `max_by_key` keeps the last of equals: walk backwards so that the first wins.
    counts
        .iter()
        .rev()
        .max_by_key(|&&(_, count)| count)
        .map_or(Language::English, |&(language, _)| language)
}

/// The terms of `query` in the collection's ids, read by the rules of `language`.
#[cfg(feature = "query")]
fn read_query(tokenizer: &mut Tokenizer, language: Language, query: &str) -> Vec<TermId> {
    tokenizer.query_terms(language, query)
}

/// Without the feature a query is refused before any document is read.
#[cfg(not(feature = "query"))]
fn read_query(_tokenizer: &mut Tokenizer, _language: Language, _query: &str) -> Vec<TermId> {
    Vec::new()
}

/// Each kept sentence's score: the ranker's over the whole collection and how much the
/// other documents back the sentence (see [`support`]), each in [0, 1] and mixed by
/// [`CROSS_DOCUMENT_WEIGHT`], then weighed by `profile` for the sentence's position in its
/// own document and its length, and by [`FIRST_PERSON_WEIGHT`] when it speaks in its
/// writer's first person. With a query whose words occur
/// in the collection, the ranker's score for the query instead, weighed by `profile` for
/// length alone. Also whether the query matched, `None` without one.
fn rank(
    collection: &Collection<'_>,
    representation: &Representation,
    algorithm: Algorithm,
    profile: Profile,
) -> (Vec<f64>, Option<bool>) {
    // A collection of conversations is weighed as one; any other as text.
    let conversations = !collection.documents.is_empty()
        && collection
            .documents
            .iter()
            .all(|document| document.format == Format::Conversation);
    let profile = profile.resolve(conversations);
    let relevance = collection
        .query
        .as_ref()
        .map(|query| relevance(collection, query));
    let query_matched = relevance.as_ref().map(Option::is_some);
    if let Some(Some(relevance)) = relevance {
        let words: Vec<usize> = collection.kept.iter().map(|k| k.words).collect();
        let terms: Vec<usize> = (0..collection.kept.len())
            .map(|kept| collection.terms.sentence(kept).len())
            .collect();
        let mut scores = score_for_query(algorithm, representation, &relevance);
        profile.weigh(&mut scores, &words, &terms, true);
        return (scores, query_matched);
    }
    let vectors = representation.vectors();
    let mut centrality = algorithm.score(representation);
    rescale(&mut centrality);
    let documents: Vec<usize> = collection.kept.iter().map(|k| k.document).collect();
    let support = support::support(&documents, &vectors, collection.term_count);
    // The first person is one voice among several only when there are several: a single
    // document is weighed as it would be alone.
    let several = documents.first() != documents.last();
    let scores = collection
        .kept
        .iter()
        .zip(centrality.iter().zip(&support))
        .enumerate()
        .map(|(kept, (sentence, (&central, &supported)))| {
            let salience =
                (1.0 - CROSS_DOCUMENT_WEIGHT) * central + CROSS_DOCUMENT_WEIGHT * supported;
            let terms = collection.terms.sentence(kept).len();
            let voice = if several && sentence.first_person {
                FIRST_PERSON_WEIGHT
            } else {
                1.0
            };
            voice * profile.weighed(salience, sentence.position, sentence.words, terms)
        })
        .collect();
    (scores, query_matched)
}

/// Each kept sentence's relevance to the query (see [`crate::rank::query::relevance`]),
/// with the whole collection's sentences as the statistics; `None` when no term of the
/// query occurs in them.
#[cfg(feature = "query")]
fn relevance(collection: &Collection<'_>, query: &[TermId]) -> Option<Vec<f64>> {
    let sentences: Vec<&[TermId]> = (0..collection.kept.len())
        .map(|kept| collection.terms.sentence(kept))
        .collect();
    // Each document's kept sentences, which follow one another in `kept`: relevance is lent
    // to neighbours within a document, not from the end of one to the start of the next.
    let mut documents: Vec<Range<usize>> = Vec::new();
    for (index, sentence) in collection.kept.iter().enumerate() {
        match documents.last_mut() {
            Some(last)
                if collection.kept.get(last.start).map(|first| first.document)
                    == Some(sentence.document) =>
            {
                last.end = index + 1;
            }
            _ => documents.push(index..index + 1),
        }
    }
    crate::rank::query::relevance(&sentences, query, &documents)
}

#[cfg(feature = "query")]
fn score_for_query(
    algorithm: Algorithm,
    representation: &Representation,
    relevance: &[f64],
) -> Vec<f64> {
    algorithm.score_for_query(representation, relevance)
}

/// Without the feature no query is read: nothing is relevant.
#[cfg(not(feature = "query"))]
fn relevance(_collection: &Collection<'_>, _query: &[TermId]) -> Option<Vec<f64>> {
    None
}

/// Without the feature no query is read, so this is never called.
#[cfg(not(feature = "query"))]
fn score_for_query(
    algorithm: Algorithm,
    representation: &Representation,
    _relevance: &[f64],
) -> Vec<f64> {
    algorithm.score(representation)
}

/// The weight of a sentence of `words` words for a budget of `length`, beside the profile's
/// length weight (full up to [`Profile::FULL_WEIGHT_WORDS`] words): a budget of words that
/// holds fewer than [`SENTENCES_PER_WORD_BUDGET`] sentences of that length — a summary of
/// reviews in 50 words — gives full weight only up to its share of the budget, and a longer
/// sentence weighs in proportion. Other budgets change nothing.
fn budget_length_weight(words: usize, length: crate::Length) -> f64 {
    let crate::Length::Words(budget) = length else {
        return 1.0;
    };
    let fitting = budget as f64 / SENTENCES_PER_WORD_BUDGET;
    let full = Profile::FULL_WEIGHT_WORDS as f64;
    let words = words as f64;
    if fitting < full && words > fitting {
        // The profile has already weighed a sentence longer than `full` by `full / words`.
        fitting / words.min(full)
    } else {
        1.0
    }
}

/// The best-scored kept sentences within `length`, none repeating or nearly repeating
/// another from any document, by document and then position.
fn choose<'a>(
    collection: &Collection<'a>,
    representation: &Representation,
    scores: &[f64],
    length: crate::Length,
    redundancy: f64,
    query_matched: Option<bool>,
) -> CollectionSummary<'a> {
    let kept = &collection.kept;
    let texts: Vec<&str> = kept.iter().map(|k| k.text).collect();
    let originals = repeat_of(&texts);
    let distinct = distinct_count(&originals);
    let candidates: Vec<Candidate<'_>> = kept
        .iter()
        .zip(representation.vectors())
        .zip(originals)
        .map(|((sentence, vector), original)| Candidate {
            text: sentence.text,
            words: sentence.words,
            vector,
            original,
            leans_back: sentence.leans_back,
        })
        .collect();
    let chosen = select(&candidates, scores, length.budget(distinct), redundancy);
    let top = scores.iter().copied().fold(0.0f64, f64::max);
    let relative = |score: f64| if top > 0.0 { score / top } else { 0.0 };
    CollectionSummary {
        sentences: chosen
            .into_iter()
            .filter_map(|position| {
                let sentence = kept.get(position)?;
                Some(CollectionSentence {
                    text: sentence.text,
                    document: sentence.document,
                    span: sentence.span.clone(),
                    index: sentence.index,
                    score: relative(scores.get(position).copied().unwrap_or(0.0)),
                })
            })
            .collect(),
        documents: collection.documents.clone(),
        query_matched,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Length;

    #[test]
    fn a_small_word_budget_weighs_down_what_takes_more_than_its_share() {
        // 51 words: a third is 17.
        let weight = |words| budget_length_weight(words, Length::Words(51));
        assert_eq!(weight(0), 1.0);
        assert_eq!(weight(17), 1.0);
        assert!((weight(20) - 17.0 / 20.0).abs() < 1e-12);
        // Beyond the profile's full-weight length, the profile weighs the rest.
        assert!((weight(40) - 17.0 / 25.0).abs() < 1e-12);
        // A budget that holds three full-weight sentences, or one not in words, changes
        // nothing.
        for words in [0, 10, 30, 200] {
            assert_eq!(budget_length_weight(words, Length::Words(75)), 1.0);
            assert_eq!(budget_length_weight(words, Length::Words(214)), 1.0);
            assert_eq!(budget_length_weight(words, Length::Sentences(1)), 1.0);
            assert_eq!(budget_length_weight(words, Length::Chars(60)), 1.0);
        }
    }
}
