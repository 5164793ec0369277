//! Keyphrases: the words and phrases a text is about, in rank order, each with the form it
//! most often takes in the text, a score, and the byte spans of its occurrences.
//!
//! The method needs no model beyond the language's stop words and stemmer:
//!
//! 1. **candidates** (`candidates.rs`) — runs of content words between stop words,
//!    punctuation and sentence ends, at most `max_words` long; in Chinese and Japanese,
//!    the recurring character n-grams between stop characters. Inflections share a
//!    candidate: "neural networks" is "neural network". In English, a word the text uses
//!    as a verb more often than inside a phrase, an adverb in "-ly" and a word in "-ed"
//!    after another content word cut runs too.
//! 2. **rank** (`rank.rs`) — PageRank over the graph of words that occur within twenty words
//!    of each other, biased to words that come early and stand in titles (SingleRank and
//!    PositionRank); a candidate scores the sum of its words' scores, times the square root
//!    of how often it occurs as a phrase of its own (a word inside a longer phrase is part
//!    of that phrase).
//! 3. **choose** (here) — the best candidates, skipping one that mostly repeats the words
//!    of a better one, so that one topic does not fill the list.

mod candidates;
mod function_words;
mod gram_ids;
mod rank;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::language::Language;
use crate::lowercase::lowercase;
use crate::options::{number, parse, unknown, OptionValue};

use candidates::{Candidate, Reading};

/// A keyphrase of a text.
///
/// Serialized, it is `{"text", "score", "spans": [{"start", "end"}]}`: the shape the command
/// line's `--json` and `--jsonl`, the npm package and the Python package all give.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyphrase<'a> {
    /// The phrase as it most often appears in the text (the first of equally frequent
    /// forms): an exact slice of the input, equal to `&text[spans[i]]` for some `i`.
    pub text: &'a str,
    /// Its score: the best keyphrase of the text scores 1, the others less.
    pub score: f64,
    /// The byte ranges of its occurrences in the text, in order; an occurrence in another
    /// inflection ("networks" for "network") counts.
    pub spans: Vec<Range<usize>>,
}

/// Keyphrase extraction options, reusable across texts, in the style of
/// [`Summarizer`](crate::Summarizer).
///
/// ```
/// use salient::{KeyphraseExtractor, Language};
///
/// let text = "Tidal power in Kestrel Bay\n\n\
///     Harbor City switched on a tidal power station in Kestrel Bay. The tidal power \
///     station has twelve turbines. Tides are predictable, so tidal power is easy to plan.";
/// let phrases = KeyphraseExtractor::new()
///     .count(3)
///     .language(Language::English)
///     .extract(text)?;
/// assert_eq!(phrases[0].text, "tidal power");
/// assert_eq!(phrases[0].spans.len(), 4);
/// for phrase in &phrases {
///     // The text is one of the occurrences, exactly.
///     assert!(phrase.spans.iter().any(|span| &text[span.clone()] == phrase.text));
/// }
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyphraseExtractor {
    count: usize,
    language: Language,
    max_words: usize,
    redundancy: f64,
}

impl Default for KeyphraseExtractor {
    fn default() -> Self {
        KeyphraseExtractor {
            count: KeyphraseExtractor::DEFAULT_COUNT,
            language: Language::Auto,
            max_words: KeyphraseExtractor::DEFAULT_MAX_WORDS,
            redundancy: KeyphraseExtractor::DEFAULT_REDUNDANCY,
        }
    }
}

impl KeyphraseExtractor {
    /// How many keyphrases by default.
    pub const DEFAULT_COUNT: usize = 10;

    /// The longest keyphrase by default, in words (in characters, twice as many, for
    /// Chinese and Japanese).
    pub const DEFAULT_MAX_WORDS: usize = 4;

    /// The default redundancy threshold: a phrase that shares more than this share of its
    /// distinct words with a better one is left out (of four words, three; of two or three,
    /// all).
    pub const DEFAULT_REDUNDANCY: f64 = 0.7;

    /// The options [`KeyphraseExtractor::from_options`] takes, by name.
    pub const OPTIONS: &'static [&'static str] = &["count", "language", "max_words", "redundancy"];

    /// Ten keyphrases of at most four words, in the detected language, with redundancy
    /// threshold [`KeyphraseExtractor::DEFAULT_REDUNDANCY`].
    pub fn new() -> Self {
        KeyphraseExtractor::default()
    }

    /// Sets how many keyphrases to give at most.
    pub fn count(mut self, count: usize) -> Self {
        self.count = count;
        self
    }

    /// Sets the language of the texts ([`Language::Auto`], the default, detects it).
    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// Sets the longest keyphrase, in words (in characters, twice as many, for Chinese and
    /// Japanese, whose words are one to four characters).
    pub fn max_words(mut self, max_words: usize) -> Self {
        self.max_words = max_words;
        self
    }

    /// Sets the redundancy threshold in (0, 1]: a phrase that shares more than this share of
    /// its distinct words (by stem) with a better phrase is left out. `1.0` keeps every
    /// phrase.
    pub fn redundancy(mut self, threshold: f64) -> Self {
        self.redundancy = threshold;
        self
    }

    /// The number of keyphrases asked for.
    pub fn get_count(&self) -> usize {
        self.count
    }

    /// The language.
    pub fn get_language(&self) -> Language {
        self.language
    }

    /// The longest keyphrase, in words.
    pub fn get_max_words(&self) -> usize {
        self.max_words
    }

    /// The redundancy threshold.
    pub fn get_redundancy(&self) -> f64 {
        self.redundancy
    }

    /// Checks the options without reading any text.
    ///
    /// # Errors
    ///
    /// [`Error`] for a count or a maximum length of 0, or a redundancy outside (0, 1].
    pub fn validate(&self) -> Result<(), Error> {
        if self.count == 0 {
            return Err(Error::ZeroKeyphrases);
        }
        if self.max_words == 0 {
            return Err(Error::ZeroKeyphraseWords);
        }
        if !(self.redundancy > 0.0 && self.redundancy <= 1.0) {
            return Err(Error::InvalidKeyphraseRedundancy {
                threshold: self.redundancy,
            });
        }
        Ok(())
    }

    /// Options given by name, the defaults standing in for the others: `count` and
    /// `max_words` (whole numbers of at least 1), `language` (a code, an English name or
    /// `"auto"`) and `redundancy`. The command line, JavaScript and Python read their
    /// options with it.
    ///
    /// ```
    /// use salient::{KeyphraseExtractor, OptionValue};
    ///
    /// let extractor = KeyphraseExtractor::from_options([("count", OptionValue::Number(5.0))])?;
    /// assert_eq!(extractor.get_count(), 5);
    /// let error = KeyphraseExtractor::from_options([("count", OptionValue::Number(0.0))]);
    /// assert_eq!(
    ///     error.unwrap_err().to_string(),
    ///     "the keyphrase count is 0: ask for at least 1 keyphrase, e.g. 10"
    /// );
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error`] for an unknown option name, a value of the wrong type, or a value
    /// [`KeyphraseExtractor::validate`] refuses.
    pub fn from_options<'a>(
        options: impl IntoIterator<Item = (&'a str, OptionValue<'a>)>,
    ) -> Result<KeyphraseExtractor, Error> {
        let mut extractor = KeyphraseExtractor::new();
        for (name, value) in options {
            match name {
                "count" => extractor = extractor.count(whole("count", value)?),
                "max_words" => extractor = extractor.max_words(whole("max_words", value)?),
                "language" => extractor = extractor.language(parse("language", value)?),
                "redundancy" => extractor = extractor.redundancy(number("redundancy", value)?),
                _ => return Err(unknown(name, KeyphraseExtractor::OPTIONS)),
            }
        }
        extractor.validate()?;
        Ok(extractor)
    }

    /// The keyphrases of `text`, best first: at most the count asked for, fewer when the
    /// text has fewer candidates, none for a text without content words.
    ///
    /// # Errors
    ///
    /// [`Error`] when the options are invalid (see [`KeyphraseExtractor::validate`]); any
    /// text is accepted.
    pub fn extract<'a>(&self, text: &'a str) -> Result<Vec<Keyphrase<'a>>, Error> {
        self.validate()?;
        let language = self.language.resolve(text);
        let reading = candidates::read(text, language);
        let found = candidates::candidates(&reading, self.max_words);
        let term_scores = rank::term_scores(&reading);
        let mut ranked: Vec<(f64, usize, &Candidate)> = found
            .candidates
            .iter()
            .enumerate()
            .map(|(at, candidate)| {
                (
                    rank::candidate_score(candidate, &term_scores),
                    at,
                    candidate,
                )
            })
            .collect();
        // Best first; among equals, the one that occurs first (candidates come in order
        // of first occurrence).
        ranked.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let chosen = choose(&ranked, self.count, self.redundancy);
        let best = chosen.first().map_or(0.0, |(score, _)| *score);
        Ok(chosen
            .into_iter()
            .filter_map(|(score, at)| {
                keyphrase(
                    text,
                    &reading,
                    found.occurrences_of(at),
                    relative(score, best),
                )
            })
            .collect())
    }
}

/// Reads a count option: a whole number of at least 0 (0 is refused by `validate` with
/// its own message).
fn whole(option: &'static str, value: OptionValue<'_>) -> Result<usize, Error> {
    let amount = number(option, value)?;
    if !(amount >= 0.0 && amount.fract() == 0.0) {
        return Err(Error::NotWholeCount {
            option,
            value: amount,
        });
    }
    Ok(amount as usize)
}

/// `score` as a share of `best`.
fn relative(score: f64, best: f64) -> f64 {
    if best > 0.0 {
        score / best
    } else {
        0.0
    }
}

/// The first `count` candidates of `ranked` that do not share more than `redundancy` of
/// their distinct terms with one chosen before: the score and place of each.
fn choose(ranked: &[(f64, usize, &Candidate)], count: usize, redundancy: f64) -> Vec<(f64, usize)> {
    let mut chosen: Vec<(f64, usize)> = Vec::new();
    let mut chosen_terms: Vec<Vec<u32>> = Vec::new();
    for &(score, at, candidate) in ranked {
        if chosen.len() >= count {
            break;
        }
        let mut terms: Vec<u32> = Vec::with_capacity(candidate.terms.len());
        for &term in candidate.terms.iter() {
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        let repeats = chosen_terms.iter().any(|other| {
            let shared = terms.iter().filter(|term| other.contains(term)).count();
            shared as f64 > redundancy * terms.len() as f64
        });
        if !repeats {
            chosen.push((score, at));
            chosen_terms.push(terms);
        }
    }
    chosen
}

/// The keyphrase of a candidate that occurs at `occurrences` (ranges into the words): its
/// spans, and its most frequent surface form.
fn keyphrase<'a, 'o>(
    text: &'a str,
    reading: &Reading,
    occurrences: impl Iterator<Item = &'o Range<usize>>,
    score: f64,
) -> Option<Keyphrase<'a>> {
    let spans = occurrences
        .filter_map(|occurrence| {
            let first = reading.words.get(occurrence.start)?;
            let last = reading.words.get(occurrence.end.checked_sub(1)?)?;
            trimmed(text, first.span.start..last.span.end)
        })
        // A phrase that repeats itself ("tower tower" in "tower tower tower") occurs at
        // overlapping places; its spans are the occurrences a reader would mark, each
        // after the one before, as a search from the start finds them.
        .fold(Vec::new(), |mut spans: Vec<Range<usize>>, span| {
            if spans.last().is_none_or(|last| span.start >= last.end) {
                spans.push(span);
            }
            spans
        });
    // The most frequent form regardless of case, then its most frequent spelling, then
    // the one with the fewest capitals ("heat pumps" over "Heat pumps" at a sentence's
    // start), then the first. A phrase has few spellings: a list serves.
    let mut spellings: Vec<(&str, usize)> = Vec::new();
    for span in &spans {
        let Some(form) = text.get(span.clone()) else {
            continue;
        };
        match spellings.iter_mut().find(|(known, _)| *known == form) {
            Some((_, count)) => *count += 1,
            None => spellings.push((form, 1)),
        }
    }
    let mut best: Option<(&str, (usize, usize, usize))> = None;
    for &(form, count) in &spellings {
        let caseless: usize = spellings
            .iter()
            .filter(|(other, _)| same_caseless(form, other))
            .map(|(_, count)| count)
            .sum();
        let capitals = form.chars().filter(|c| c.is_uppercase()).count();
        let rank = (caseless, count, usize::MAX - capitals);
        // Strictly better only, so that the first of equals stays.
        if best.is_none_or(|(_, best_rank)| rank > best_rank) {
            best = Some((form, rank));
        }
    }
    let (form, _) = best?;
    Some(Keyphrase {
        text: form,
        score,
        spans,
    })
}

/// `span` of `text` without the whitespace at its edges; none if nothing else is left. A
/// word by Unicode's rules may open with a space that a combining mark leans on (a
/// no-break space before a vowel sign).
fn trimmed(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(span.clone())?;
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    (start < end).then_some(start..end)
}

/// Whether `a` and `b` are the same but for case.
fn same_caseless(a: &str, b: &str) -> bool {
    // The crate's table, not `char::to_lowercase`: the same chars, without the standard
    // library's table in the WebAssembly module.
    a.chars()
        .flat_map(lowercase)
        .eq(b.chars().flat_map(lowercase))
}

/// The `n` keyphrases of `text` that best say what it is about, with the default options
/// ([`KeyphraseExtractor`] has the others).
///
/// ```
/// let text = "Solar panels on school roofs\n\n\
///     The city will put solar panels on the roofs of its schools. The solar panels will \
///     cover a third of the schools' electricity.";
/// let phrases = salient::keyphrases(text, 2)?;
/// assert_eq!(phrases[0].text, "solar panels");
/// assert!(phrases.len() <= 2);
/// assert!(salient::keyphrases("", 5)?.is_empty());
/// # Ok::<(), salient::Error>(())
/// ```
///
/// # Errors
///
/// [`Error::ZeroKeyphrases`] when `n` is 0.
pub fn keyphrases(text: &str, n: usize) -> Result<Vec<Keyphrase<'_>>, Error> {
    KeyphraseExtractor::new().count(n).extract(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_come_with_exact_spans_and_their_usual_form() {
        let text =
            "Neural networks are old. A neural network is a model. Neural networks are here.";
        let phrases = KeyphraseExtractor::new()
            .language(Language::English)
            .extract(text)
            .unwrap();
        let network = phrases
            .iter()
            .find(|phrase| phrase.text.eq_ignore_ascii_case("neural networks"))
            .unwrap();
        assert_eq!(network.text, "Neural networks");
        assert_eq!(network.spans, [0..15, 27..41, 54..69]);
    }

    #[test]
    fn a_word_counts_where_it_stands_for_itself() {
        // "oil" occurs five times, four of them in "oil spill": the phrase comes first.
        let text = "Oil spill in the bay. The oil spill spread. Crews fought the oil spill. \
                    Oil prices rose. The oil spill is large.";
        let phrases = KeyphraseExtractor::new()
            .language(Language::English)
            .extract(text)
            .unwrap();
        assert!(
            phrases[0].text.eq_ignore_ascii_case("oil spill"),
            "{phrases:?}"
        );
    }

    #[test]
    #[cfg(feature = "lang-fr")]
    fn where_runs_hold_verbs_a_word_in_different_runs_counts() {
        // French runs are cut at stop words only: "bibliothèque" stands in three different
        // runs, with verbs and other words, and is the text's topic.
        let text = "Ouverture bibliothèque. Samedi, la ville ouvrait sa bibliothèque. \
                    Grande bibliothèque municipale. Enfants aiment bibliothèque.";
        let phrases = KeyphraseExtractor::new()
            .language(Language::French)
            .extract(text)
            .unwrap();
        assert_eq!(phrases[0].text, "bibliothèque", "{phrases:?}");
    }

    #[test]
    fn zero_count_and_length_are_errors() {
        assert_eq!(keyphrases("text", 0), Err(Error::ZeroKeyphrases));
        let error = KeyphraseExtractor::new().max_words(0).extract("text");
        assert_eq!(error, Err(Error::ZeroKeyphraseWords));
        for threshold in [0.0, 1.5, f64::NAN] {
            let error = KeyphraseExtractor::new().redundancy(threshold).validate();
            assert!(error.is_err());
        }
    }

    #[test]
    fn redundancy_leaves_out_phrases_that_repeat_better_ones() {
        let text = "Wind farm output. Wind farm. Wind farm output rose. Offshore wind farm \
                    output. Coastal turbines.";
        let all = KeyphraseExtractor::new()
            .redundancy(1.0)
            .extract(text)
            .unwrap();
        let strict = KeyphraseExtractor::new()
            .redundancy(0.5)
            .extract(text)
            .unwrap();
        assert!(strict.len() < all.len());
        for (at, phrase) in strict.iter().enumerate() {
            for better in &strict[..at] {
                assert!(!better
                    .text
                    .to_lowercase()
                    .contains(&phrase.text.to_lowercase()));
            }
        }
    }
}
