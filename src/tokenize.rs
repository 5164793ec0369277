//! Text → term ids: words (and pairs of neighbouring CJK characters), lowercased,
//! stop words dropped, Snowball-stemmed, interned.

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;

use crate::language::Language;
use crate::read::conversation::spoken_parts;
use crate::read::Format;
use crate::represent::SentenceTerms;
use crate::segment::blocks::Segmented;

/// A stemmed, interned word. Ids count up from 0 in order of first appearance, so the same
/// text always gets the same ids.
pub(crate) type TermId = u32;

/// What [`Tokenizer`] remembers for a stop word in place of a term id. Both of its maps
/// hold a `TermId` so that the WebAssembly module carries one copy of the hash table's
/// code, not two; ids count up from 0 and never reach it.
const STOP_WORD: TermId = TermId::MAX;

/// Turns sentences into term ids, remembering every distinct word it has seen so that each
/// is lowercased, looked up and stemmed only once per document.
pub(crate) struct Tokenizer {
    language: Language,
    /// The Snowball stemmer; Chinese, Japanese and Korean have none.
    stemmer: Option<Stemmer>,
    /// Lowercased word → its term, or [`STOP_WORD`].
    words: FxHashMap<Box<str>, TermId>,
    /// The `words` of the other languages read so far: the documents of a collection go
    /// back and forth between languages (a short one may read as another), and each
    /// language's words are then lowercased, looked up and stemmed once, not once a switch.
    words_of_other_languages: Vec<(Language, FxHashMap<Box<str>, TermId>)>,
    /// Stem → term id.
    stems: FxHashMap<Box<str>, TermId>,
    lowercase: String,
    /// Whether the text is speech, whose fillers (`uh`, `yeah`) and one-letter stumbles
    /// (`s so`, `th the`) are left out like stop words.
    speech: bool,
}

impl Tokenizer {
    pub(crate) fn new(language: Language) -> Self {
        Tokenizer {
            language,
            stemmer: language.stemmer(),
            words: FxHashMap::default(),
            words_of_other_languages: Vec::new(),
            stems: FxHashMap::default(),
            lowercase: String::new(),
            speech: false,
        }
    }

    /// A tokenizer for speech, which also leaves out fillers and one-letter stumbles.
    pub(crate) fn for_speech(language: Language) -> Self {
        Tokenizer {
            speech: true,
            ..Tokenizer::new(language)
        }
    }

    /// Goes on with the stop words and stemmer of `language`, keeping the terms handed out
    /// so far: the documents of a collection, each in its own language, share one set of
    /// term ids, and a name spelled alike in two of them is one term.
    pub(crate) fn switch_language(&mut self, language: Language) {
        if language != self.language {
            // The cache says what each word is in the language before: it is put aside for
            // that language, and the new language's own taken up (a word's term stays the
            // same, as terms are only ever added to `stems`).
            let words = match self
                .words_of_other_languages
                .iter()
                .position(|(other, _)| *other == language)
            {
                Some(kept) => self.words_of_other_languages.swap_remove(kept).1,
                None => FxHashMap::default(),
            };
            let before = std::mem::replace(&mut self.words, words);
            self.words_of_other_languages.push((self.language, before));
            self.language = language;
            self.stemmer = language.stemmer();
        }
    }

    /// The terms of `query` read by the rules of `language`, in the ids handed out so far,
    /// as [`tokenize_query`] reads a query for one text: the documents of a collection are
    /// asked one question. Words that only frame a request are left out; they stay stop
    /// words for this tokenizer afterwards, so it reads no text after a query.
    #[cfg(feature = "query")]
    pub(crate) fn query_terms(&mut self, language: Language, query: &str) -> Vec<TermId> {
        self.switch_language(language);
        if language == Language::English {
            for &word in REQUEST_WORDS_EN {
                self.words.insert(Box::from(word), STOP_WORD);
            }
        }
        let mut terms = Vec::new();
        self.tokenize(query, &mut terms);
        terms
    }

    /// The number of distinct terms handed out so far.
    pub(crate) fn term_count(&self) -> usize {
        self.stems.len()
    }

    /// Appends the terms of `text` to `terms` and returns how many words `text` has,
    /// stop words included.
    ///
    /// Chinese and Japanese put no spaces between words, and Unicode's word boundaries make
    /// each ideograph (and hiragana) a word of its own; so each pair of neighbouring ones is
    /// a term too, which catches most two-character words without a dictionary.
    pub(crate) fn tokenize(&mut self, text: &str, terms: &mut Vec<TermId>) -> usize {
        let mut word_count = 0;
        // Where the previous word started, when it was a lone ideograph or kana.
        let mut previous_ideograph: Option<(usize, usize)> = None;
        for (start, word) in crate::words::word_indices(text) {
            word_count += 1;
            if let Some(term) = self.term(word) {
                terms.push(term);
            }
            let end = start + word.len();
            let mut chars = word.chars();
            let ideograph = matches!((chars.next(), chars.next()), (Some(c), None) if crate::words::stands_alone(c));
            if !ideograph {
                previous_ideograph = None;
                continue;
            }
            if let Some((before, before_end)) = previous_ideograph {
                if before_end == start {
                    if let Some(term) = text.get(before..end).and_then(|pair| self.term(pair)) {
                        terms.push(term);
                    }
                }
            }
            previous_ideograph = Some((start, end));
        }
        word_count
    }

    /// The term of `word`, or `None` for a stop word.
    pub(crate) fn term(&mut self, word: &str) -> Option<TermId> {
        self.lowercase.clear();
        if word.is_ascii() {
            self.lowercase.push_str(word);
            self.lowercase.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                // Typographic apostrophes would otherwise hide "it’s" from the stop-word
                // list and split "China’s" from "China's".
                if c == '\u{2019}' {
                    self.lowercase.push('\'');
                } else {
                    self.lowercase.extend(crate::lowercase::lowercase(c));
                }
            }
        }
        if let Some(&known) = self.words.get(self.lowercase.as_str()) {
            return (known != STOP_WORD).then_some(known);
        }
        let said_nothing = self.speech
            && (self.language.is_filler(&self.lowercase) || is_one_cased_letter(&self.lowercase));
        let term = if said_nothing || self.language.is_stop_word(&self.lowercase) {
            None
        } else {
            let stem = match &self.stemmer {
                Some(stemmer) => stemmer.stem(&self.lowercase),
                None => self.lowercase.as_str().into(),
            };
            let next_id = self.stems.len() as TermId;
            Some(
                *self
                    .stems
                    .entry(Box::from(stem.as_ref()))
                    .or_insert(next_id),
            )
        };
        self.words.insert(
            Box::from(self.lowercase.as_str()),
            term.unwrap_or(STOP_WORD),
        );
        term
    }
}

/// Whether the lowercase `word` is a single letter of a script with case (`s`, `é`, `д`).
fn is_one_cased_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_lowercase())
}

/// The sentences' terms (lowercased, stop words dropped, stemmed, as interned ids) and
/// their word counts, with the sentences they come from.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "query"), allow(dead_code))]
pub struct Tokenized<'a> {
    pub(crate) segmented: Segmented<'a>,
    pub(crate) terms: SentenceTerms,
    pub(crate) word_counts: Vec<usize>,
    pub(crate) term_count: usize,
    /// Every stem of the text with its term id, so that a query can be read in the same
    /// terms.
    pub(crate) stems: FxHashMap<Box<str>, TermId>,
    /// The query's terms in the text's terms, in its order, when there is a query. A query
    /// word the text never uses has a term of its own, at or past `term_count`.
    pub(crate) query: Option<Vec<TermId>>,
    /// With a query, in a conversation, the terms of each sentence's speaker label (empty
    /// for a sentence without one, and for every sentence otherwise): who said a sentence
    /// answers a question about that speaker, though the label is no word of the sentence.
    #[cfg(feature = "query")]
    pub(crate) speaker_terms: Vec<Vec<TermId>>,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Tokenized<'a> {
    /// The sentences these terms come from.
    pub fn segmented(&self) -> &Segmented<'a> {
        &self.segmented
    }
}

/// Tokenizes each sentence with the rules of its language. In a conversation, fillers are
/// left out too, and markup (`{vocalsound}`, `[laughter]`, caption tags and the timings
/// between two cues of a sentence) gives no terms.
pub(crate) fn tokenize(segmented: Segmented<'_>) -> Tokenized<'_> {
    // Without the feature no text is read as a conversation, and speech's code is left out.
    let conversation = cfg!(feature = "conversation") && segmented.format == Format::Conversation;
    let mut tokenizer = if conversation {
        Tokenizer::for_speech(segmented.language)
    } else {
        Tokenizer::new(segmented.language)
    };
    let mut terms = SentenceTerms::with_capacity(segmented.sentences.len());
    let mut word_counts = Vec::with_capacity(segmented.sentences.len());
    for sentence in &segmented.sentences {
        let words = if conversation {
            for part in spoken_parts(sentence.text) {
                tokenizer.tokenize(part, terms.buffer());
            }
            // A budget in words counts the words of the sentence as it is given out,
            // markup included.
            crate::word_count(sentence.text)
        } else {
            tokenizer.tokenize(sentence.text, terms.buffer())
        };
        word_counts.push(words);
        terms.end_sentence();
    }
    Tokenized {
        segmented,
        terms,
        word_counts,
        term_count: tokenizer.term_count(),
        stems: tokenizer.stems,
        query: None,
        #[cfg(feature = "query")]
        speaker_terms: Vec::new(),
    }
}

/// Reads `query` in the terms of `tokenized`, by the text's own rules: its language's stop
/// words dropped, the same stemmer, neighbouring CJK characters paired. Words that only
/// frame a request ("summarize", "discuss", "the meeting") are left out too: they say what
/// to do with the text, not what to look for in it.
#[cfg(feature = "query")]
pub(crate) fn tokenize_query<'a>(mut tokenized: Tokenized<'a>, query: &str) -> Tokenized<'a> {
    let mut tokenizer = Tokenizer::new(tokenized.segmented.language);
    tokenizer.stems = std::mem::take(&mut tokenized.stems);
    if tokenized.segmented.language == Language::English {
        for &word in REQUEST_WORDS_EN {
            tokenizer.words.insert(Box::from(word), STOP_WORD);
        }
    }
    let mut terms = Vec::new();
    tokenizer.tokenize(query, &mut terms);
    if tokenized.segmented.format == Format::Conversation {
        // Each label tokenized once, however many sentences it says.
        let mut labels: FxHashMap<&str, Vec<TermId>> = FxHashMap::default();
        tokenized.speaker_terms = (0..tokenized.segmented.sentences.len())
            .map(
                |index| match tokenized.segmented.speakers.get(index).copied().flatten() {
                    Some(label) => labels
                        .entry(label)
                        .or_insert_with(|| {
                            let mut label_terms = Vec::new();
                            tokenizer.tokenize(label, &mut label_terms);
                            label_terms
                        })
                        .clone(),
                    None => Vec::new(),
                },
            )
            .collect();
    }
    tokenized.stems = tokenizer.stems;
    tokenized.query = Some(terms);
    tokenized
}

/// English words that frame a request about the text as a whole ("summarize the
/// meeting", "what was discussed") rather than name what to look for in it, in their
/// lowercase forms. Other languages keep every word of a query but their stop words.
#[cfg(feature = "query")]
const REQUEST_WORDS_EN: &[&str] = &[
    "describe",
    "described",
    "discuss",
    "discussed",
    "discussion",
    "discussions",
    "explain",
    "explained",
    "gist",
    "meeting",
    "overview",
    "summarise",
    "summarize",
    "summary",
    "whole",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_of(tokenizer: &mut Tokenizer, text: &str) -> Vec<TermId> {
        let mut terms = Vec::new();
        tokenizer.tokenize(text, &mut terms);
        terms
    }

    #[cfg(feature = "lang-fr")]
    #[test]
    fn switching_languages_back_and_forth_keeps_each_languages_words() {
        let mut tokenizer = Tokenizer::new(Language::English);
        let english = terms_of(&mut tokenizer, "Les chats et les chiens");
        tokenizer.switch_language(Language::French);
        // In French `les` and `et` are stop words; the English reading above keeps them.
        let french = terms_of(&mut tokenizer, "Les chats et les chiens");
        assert_eq!(english.len(), 5);
        assert_eq!(french.len(), 2);
        tokenizer.switch_language(Language::English);
        assert_eq!(terms_of(&mut tokenizer, "Les chats et les chiens"), english);
        tokenizer.switch_language(Language::French);
        assert_eq!(terms_of(&mut tokenizer, "Les chats et les chiens"), french);
        // A fresh tokenizer reads the same terms, the ids handed out so far aside.
        let mut fresh = Tokenizer::new(Language::French);
        assert_eq!(terms_of(&mut fresh, "Les chats et les chiens").len(), 2);
    }

    #[test]
    fn drops_stop_words_and_punctuation_and_counts_every_word() {
        let mut tokenizer = Tokenizer::new(Language::English);
        let mut terms = Vec::new();
        let words = tokenizer.tokenize("The cat sat on the mat, didn't it?", &mut terms);
        assert_eq!(words, 8);
        // cat, sat, mat
        assert_eq!(terms, vec![0, 1, 2]);
    }

    #[test]
    fn inflections_share_a_term_and_case_does_not_matter() {
        let mut tokenizer = Tokenizer::new(Language::English);
        let first = terms_of(&mut tokenizer, "Running runners run.");
        let second = terms_of(&mut tokenizer, "RUN, running!");
        assert_eq!(first[0], first[2], "running and run share a stem");
        assert_eq!(second, vec![first[0], first[0]]);
        assert_eq!(tokenizer.term_count(), 2, "run and runner");
    }

    #[test]
    fn neighbouring_ideographs_pair_into_terms() {
        // No stop words, so every character and every pair of neighbours is a term.
        let mut tokenizer = Tokenizer::new(Language::English);
        let terms = terms_of(&mut tokenizer, "天气 天气好");
        // 天, 气, 天气 | 天, 气, 天气, 好, 气好: the space breaks the pairs.
        assert_eq!(terms, vec![0, 1, 2, 0, 1, 2, 3, 4]);
        // Latin words between ideographs break pairs too.
        let terms = terms_of(&mut tokenizer, "天AI气");
        assert_eq!(terms.len(), 3);
    }

    #[test]
    fn katakana_runs_are_one_term_and_break_ideograph_pairs() {
        let mut tokenizer = Tokenizer::new(Language::English);
        let mut terms = Vec::new();
        // 東 | 京 | タワー | 東 | 京: 東京 twice, but no pair across the katakana word.
        assert_eq!(tokenizer.tokenize("東京タワー東京", &mut terms), 5);
        assert_eq!(terms, vec![0, 1, 2, 3, 0, 1, 2]);
        assert_eq!(tokenizer.term_count(), 4, "東, 京, 東京, タワー");
    }

    #[test]
    fn an_apostrophe_after_digits_ends_the_number() {
        // UAX #29 joins letters to letters and digits to digits across an apostrophe, not
        // digits to letters: 1990's is 1990 and s, so the year matches the year.
        let mut tokenizer = Tokenizer::new(Language::English);
        let mut terms = Vec::new();
        assert_eq!(tokenizer.tokenize("the 1990's and 1990", &mut terms), 5);
        assert_eq!(terms, vec![0, 1, 0]);
        assert_eq!(terms_of(&mut tokenizer, "rock'n'roll"), vec![2]);
    }

    #[test]
    fn typographic_apostrophes_match_straight_ones() {
        let mut tokenizer = Tokenizer::new(Language::English);
        assert_eq!(
            terms_of(&mut tokenizer, "China’s it’s"),
            terms_of(&mut tokenizer, "China's it's")
        );
        assert_eq!(tokenizer.term_count(), 1);
    }

    #[test]
    fn numbers_are_terms() {
        let mut tokenizer = Tokenizer::new(Language::English);
        assert_eq!(terms_of(&mut tokenizer, "In 2023 it cost $1.16.").len(), 3);
    }

    #[test]
    fn text_without_words_has_no_terms() {
        let mut tokenizer = Tokenizer::new(Language::English);
        let mut terms = Vec::new();
        assert_eq!(tokenizer.tokenize(" ... !? \u{200b}\0", &mut terms), 0);
        assert!(terms.is_empty());
    }
}
