//! The summarizer: options, and the pipeline segment → tokenize → represent → rank → select.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::language::{Language, LanguageDetector};
use crate::length::Length;
use crate::profile::Profile;
use crate::rank::Algorithm;
use crate::read::Format;
use crate::stages;
use crate::summary::Summary;

/// Summarization options, reusable across texts.
///
/// ```
/// use salient::{Algorithm, Length, Profile, Summarizer};
///
/// let summarizer = Summarizer::new()
///     .length(Length::Sentences(1))
///     .algorithm(Algorithm::TextRank);
/// let text = "Cats sleep. Rust is very fast. Rust is safe. Rust is fast and safe.";
/// let summary = summarizer.summarize(text)?;
/// assert_eq!(summary.to_string(), "Rust is fast and safe.");
///
/// // News puts its gist first, and the news profile weighs the opening heavily.
/// let news = summarizer.profile(Profile::News).summarize(text)?;
/// assert_eq!(news.to_string(), "Rust is very fast.");
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Summarizer {
    length: Length,
    language: Language,
    format: Format,
    algorithm: Algorithm,
    profile: Profile,
    redundancy: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
}

impl Default for Summarizer {
    fn default() -> Self {
        Summarizer {
            length: Length::default(),
            language: Language::default(),
            format: Format::default(),
            algorithm: Algorithm::default(),
            profile: Profile::default(),
            redundancy: Summarizer::DEFAULT_REDUNDANCY,
            query: None,
        }
    }
}

impl Summarizer {
    /// The default redundancy threshold: a sentence whose TF-IDF cosine similarity to one
    /// already chosen exceeds it is skipped.
    pub const DEFAULT_REDUNDANCY: f64 = 0.5;

    /// Three sentences of English, ranked by [`Algorithm::TfIdf`] with the
    /// [`Profile::General`] weights, redundancy threshold [`Summarizer::DEFAULT_REDUNDANCY`].
    pub fn new() -> Self {
        Summarizer::default()
    }

    /// Sets how long the summary may be.
    pub fn length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }

    /// Sets the language of the texts.
    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// Sets the format of the texts: how their structure is read ([`Format::Auto`], the
    /// default, tells it from each text).
    pub fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Sets how sentences are ranked.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Sets the kind of text: how position and length weigh on the ranker's scores.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// Sets the redundancy threshold in (0, 1]: a sentence more similar than this (TF-IDF
    /// cosine) to one already chosen is skipped. `1.0` skips only exact repeats, which are
    /// always skipped.
    pub fn redundancy(mut self, threshold: f64) -> Self {
        self.redundancy = threshold;
        self
    }

    /// Focuses the summaries on `query`, a question or a few words: sentences are ranked
    /// by how well they answer it (BM25 over the text's own sentences, widened to the words
    /// that come with the query's words in the text) and by how central they are among the
    /// sentences that answer it, within the same budget; a sentence's position counts for
    /// nothing. The query is read by the text's language rules (stop words, stemming, CJK
    /// pairs). When no word of it occurs in the text, the summary is the one without a query
    /// and [`Summary::query_matched`] says so.
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    ///
    /// # #[cfg(feature = "query")] { // built with the feature (on by default)
    /// let text = "The council met on Monday. Parking fees stay the same. The budget for \
    ///             schools rises by a tenth next year. The new library opens in May.";
    /// let snippet = Summarizer::new()
    ///     .query("How much will the school budget grow?")
    ///     .length(Length::Sentences(1))
    ///     .summarize(text)?;
    /// assert_eq!(snippet.to_string(), "The budget for schools rises by a tenth next year.");
    /// assert_eq!(snippet.query_matched, Some(true));
    ///
    /// let unrelated = Summarizer::new().query("football").summarize(text)?;
    /// assert_eq!(unrelated.query_matched, Some(false));
    /// # }
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// An empty or whitespace-only query is an error ([`Error::EmptyQuery`]) when summarizing.
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// The length budget.
    pub fn get_length(&self) -> Length {
        self.length
    }

    /// The language.
    pub fn get_language(&self) -> Language {
        self.language
    }

    /// The format.
    pub fn get_format(&self) -> Format {
        self.format
    }

    /// The ranking algorithm.
    pub fn get_algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The profile.
    pub fn get_profile(&self) -> Profile {
        self.profile
    }

    /// The redundancy threshold.
    pub fn get_redundancy(&self) -> f64 {
        self.redundancy
    }

    /// The query the summaries answer, if any.
    pub fn get_query(&self) -> Option<&str> {
        self.query.as_deref()
    }

    /// Checks the options without summarizing anything.
    pub fn validate(&self) -> Result<(), Error> {
        self.length.validate()?;
        if !(self.redundancy > 0.0 && self.redundancy <= 1.0) {
            return Err(Error::InvalidRedundancy {
                threshold: self.redundancy,
            });
        }
        if self
            .query
            .as_deref()
            .is_some_and(|query| query.trim().is_empty())
        {
            return Err(Error::EmptyQuery);
        }
        #[cfg(not(feature = "query"))]
        if self.query.is_some() {
            return Err(Error::QueryNotBuilt);
        }
        Ok(())
    }

    /// Summarizes each of `texts`, as [`Summarizer::summarize`] would, and returns the
    /// results in the same order. With the `parallel` feature (on by default in native
    /// builds) the texts are shared out among all cores, each of which detects languages
    /// with a [`LanguageDetector`] of its own; the results are the same either way.
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    ///
    /// let texts = ["Cats sleep. Cats purr. Dogs bark.", "Rain fell. The sun came out."];
    /// let summaries = Summarizer::new().length(Length::Sentences(1)).summarize_many(&texts);
    /// assert_eq!(summaries.len(), 2);
    /// assert!(summaries.iter().all(|summary| summary.as_ref().is_ok_and(|s| s.len() == 1)));
    /// ```
    pub fn summarize_many<'a, T>(&self, texts: &'a [T]) -> Vec<Result<Summary<'a>, Error>>
    where
        T: AsRef<str> + Sync,
    {
        #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
        {
            use rayon::prelude::*;
            let detector = LanguageDetector::new();
            texts
                .par_iter()
                .map_init(
                    || detector.clone(),
                    |detector, text| self.summarize_with(text.as_ref(), detector),
                )
                .collect()
        }
        #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
        {
            texts
                .iter()
                .map(|text| self.summarize(text.as_ref()))
                .collect()
        }
    }

    /// Summarizes `text`: its most salient sentences within the length budget, in document
    /// order, each an exact slice of `text`.
    ///
    /// Any text is accepted; one without sentences (empty, whitespace, only headings) gives
    /// an empty summary.
    ///
    /// # Errors
    ///
    /// [`Error`] when an option is invalid: a zero budget, a ratio or redundancy threshold
    /// outside (0, 1] or not a number, an empty query.
    pub fn summarize<'a>(&self, text: &'a str) -> Result<Summary<'a>, Error> {
        // The splitter detects the language itself.
        self.summarize_in(text, |_, language| language)
    }

    /// Summarizes `text` as [`Summarizer::summarize`] does, with the language (when it is
    /// [`Language::Auto`]) told by `detector`: for many texts in a row, such as the lines
    /// of a batch on one thread, which then share what detection works out once. The
    /// summary is the same.
    ///
    /// ```
    /// use salient::{LanguageDetector, Length, Summarizer};
    ///
    /// let summarizer = Summarizer::new().length(Length::Sentences(1));
    /// let mut detector = LanguageDetector::new();
    /// for text in ["Cats sleep. Cats purr. Dogs bark.", "Les chats dorment. Les chiens aboient."] {
    ///     let shared = summarizer.summarize_with(text, &mut detector)?;
    ///     assert_eq!(shared, summarizer.summarize(text)?);
    /// }
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Summarizer::summarize`].
    pub fn summarize_with<'a>(
        &self,
        text: &'a str,
        detector: &mut LanguageDetector,
    ) -> Result<Summary<'a>, Error> {
        self.summarize_in(text, |read, language| detector.resolve(language, read))
    }

    /// The pipeline of [`Summarizer::summarize`], with the language to split the read text
    /// by given by `resolve` (from that text and the option).
    fn summarize_in<'a>(
        &self,
        text: &'a str,
        resolve: impl FnOnce(&str, Language) -> Language,
    ) -> Result<Summary<'a>, Error> {
        self.validate()?;
        #[cfg(feature = "html")]
        if self.format == Format::Html {
            return Err(Error::HtmlIsAPage);
        }
        let reading = stages::read(text, self.format);
        let language = resolve(reading.text, self.language);
        let segmented = stages::segment(&reading, language);
        #[cfg_attr(not(feature = "query"), allow(unused_mut))]
        let mut tokenized = stages::tokenize(segmented);
        #[cfg(feature = "query")]
        if let Some(query) = &self.query {
            tokenized = stages::query(tokenized, query);
        }
        let represented = stages::represent(tokenized);
        let ranked = stages::rank(represented, self.algorithm, self.profile);
        Ok(stages::select(&ranked, self.length, self.redundancy))
    }
}

/// Summarizes English `text` in at most `sentences` sentences with the default options.
///
/// ```
/// let text = "Salient picks sentences. It keeps them verbatim. Picking sentences verbatim keeps \
///             summaries faithful.";
/// let summary = salient::summarize(text, 1)?;
/// assert_eq!(summary.len(), 1);
/// assert!(text.contains(summary.sentences[0].text));
/// # Ok::<(), salient::Error>(())
/// ```
///
/// # Errors
///
/// [`Error::ZeroLength`] when `sentences` is 0.
pub fn summarize(text: &str, sentences: usize) -> Result<Summary<'_>, Error> {
    Summarizer::new()
        .length(Length::Sentences(sentences))
        .summarize(text)
}
