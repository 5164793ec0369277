//! Candidate keyphrases: runs of content words that no stop word, punctuation or sentence
//! boundary interrupts, read with the tokenizer's lowercasing, stop words and stemmers.
//!
//! Without a part-of-speech model, stop words and punctuation are what mark where a noun
//! phrase can start and end: "the design *of* a *neural network* controller" has the runs
//! "design" and "neural network controller". A hyphen keeps a compound together
//! ("real-time"). Chinese and Japanese have no spaces, so a run of ideographs between stop
//! characters is cut into character n-grams, of which those that recur are kept.
//!
//! English verbs that no list holds are found from the text itself: see
//! `split_at_predicates`.

use std::ops::Range;

use super::function_words::{
    finds_predicates, is_article, is_function_word, is_past_form, is_predicate_cue,
};
use super::gram_ids::GramIds;
use crate::language::Language;
use crate::segment::{split_sentences, SegmentKind};
use crate::tokenize::{TermId, Tokenizer};
use crate::words::{stands_alone, word_indices};

/// A content word of the text.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Byte offsets into the text.
    pub(super) span: Range<usize>,
    /// Its stem, interned.
    pub(super) term: TermId,
    /// Its place among all the text's words, stop words included, counting from 0.
    pub(super) position: usize,
    /// Whether it stands in a fragment: a title or heading.
    pub(super) in_fragment: bool,
    /// Whether it is a lone Chinese or Japanese character.
    pub(super) ideograph: bool,
    /// Whether it has the form of an English past tense or participle ("burned").
    pub(super) past_form: bool,
}

/// The text read into content words, and the runs they form.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// The content words, in order.
    pub(super) words: Vec<Word>,
    /// Maximal runs of neighbouring content words, as ranges into `words`.
    pub(super) runs: Vec<Range<usize>>,
    /// How many distinct terms the words have: term ids are below it.
    pub(super) term_count: usize,
    /// Whether the runs were cut at verbs too, and so are phrases (English), rather than
    /// stretches between stop words that may hold a verb.
    pub(super) runs_are_phrases: bool,
}

/// Reads `text`, in `language` (already resolved), into content words and runs.
pub(super) fn read(text: &str, language: Language) -> Reading {
    let mut tokenizer = Tokenizer::new(language);
    let mut reading = Reading::default();
    let mut position = 0;
    // How often each term stands where a verb does: right after a subject pronoun or a
    // modal, or right before an article.
    let mut used_as_predicate: Vec<usize> = Vec::new();
    for segment in split_sentences(text, language) {
        let in_fragment = segment.kind == SegmentKind::Fragment;
        let base = segment.span.start;
        let mut run_start = reading.words.len();
        // The end of the previous word of the segment, and whether it was a content word.
        let mut previous: Option<(usize, bool)> = None;
        // Whether the previous word cues a predicate ("we", "will").
        let mut previous_cues = false;
        for (offset, word) in word_indices(segment.text) {
            let start = base + offset;
            let end = start + word.len();
            let ideograph = is_lone_ideograph(word);
            // The tokenizer's stop-word list first: it caches each word's verdict.
            let term = if is_content_word(word) {
                tokenizer
                    .term(word)
                    .filter(|_| !is_function_word(language, word))
            } else {
                None
            };
            let joins = match previous {
                Some((previous_end, true)) => {
                    let previous_ideograph = reading.words.last().is_some_and(|w| w.ideograph);
                    text.get(previous_end..start)
                        .is_some_and(|gap| joins(gap, previous_ideograph || ideograph))
                }
                _ => false,
            };
            if !joins || term.is_none() {
                close_run(&mut reading, &mut run_start);
            }
            if let Some(term) = term {
                reading.words.push(Word {
                    span: start..end,
                    term,
                    position,
                    in_fragment,
                    ideograph,
                    past_form: is_past_form(language, word),
                });
            }
            let adjacent = previous.is_some_and(|(previous_end, _)| {
                text.get(previous_end..start)
                    .is_some_and(|gap| gap.chars().all(char::is_whitespace))
            });
            // A content word right after a cue, or right before an article ("*provides*
            // the", "*assess* a"), where a verb stands before its object.
            let predicate = match (term, previous) {
                (Some(term), _) if previous_cues && adjacent => Some(term),
                (None, Some((_, true))) if adjacent && is_article(language, word) => {
                    reading.words.last().map(|word| word.term)
                }
                _ => None,
            };
            if let Some(term) = predicate {
                let at = term as usize;
                if used_as_predicate.len() <= at {
                    used_as_predicate.resize(at + 1, 0);
                }
                if let Some(count) = used_as_predicate.get_mut(at) {
                    *count += 1;
                }
            }
            // Every cue is a stop word or a function word: content words need no look-up.
            previous_cues = term.is_none() && is_predicate_cue(language, word);
            previous = Some((end, term.is_some()));
            position += 1;
        }
        close_run(&mut reading, &mut run_start);
    }
    reading.term_count = tokenizer.term_count();
    reading.runs_are_phrases = finds_predicates(language);
    split_at_predicates(&mut reading, &used_as_predicate);
    reading
}

/// Cuts the runs at their predicates, which no keyphrase holds:
///
/// - a term that stands where a verb does (right after a subject pronoun, a modal verb or
///   "to", "we *propose*", "storms will *threaten*", or right before an article,
///   "*provides* the") at least as often as it follows another content word in a run
///   (where a noun phrase's modifiers and head stand: "tidal *power* station"). Learnt
///   from the text itself, this finds the verbs that no list holds, while a noun that is
///   also a verb keeps its place when the text uses it mostly as a noun ("oil spill"
///   twice, "will spill" once);
/// - a word in "-ed" right after another content word: a verb in the past after its
///   subject ("forest fires *burned*", "police *captured*"), or a participle after its
///   noun ("the method *based* on"). In an English noun phrase, such a word comes first,
///   as a modifier ("*distributed* systems"), not after a noun.
fn split_at_predicates(reading: &mut Reading, used_as_predicate: &[usize]) {
    let any_past_form = reading.words.iter().any(|word| word.past_form);
    if !any_past_form && used_as_predicate.iter().all(|&count| count == 0) {
        return;
    }
    let mut after_content = vec![0usize; reading.term_count];
    for run in &reading.runs {
        for word in reading
            .words
            .get(run.start + 1..run.end)
            .unwrap_or_default()
        {
            if let Some(count) = after_content.get_mut(word.term as usize) {
                *count += 1;
            }
        }
    }
    let is_predicate = |word: &Word| {
        let term = word.term as usize;
        let cued = used_as_predicate.get(term).copied().unwrap_or(0);
        cued > 0 && cued >= after_content.get(term).copied().unwrap_or(0)
    };
    let mut runs = Vec::with_capacity(reading.runs.len());
    for run in &reading.runs {
        let mut start = run.start;
        for at in run.clone() {
            let cut = reading
                .words
                .get(at)
                .is_some_and(|word| (at > run.start && word.past_form) || is_predicate(word));
            if cut {
                if at > start {
                    runs.push(start..at);
                }
                start = at + 1;
            }
        }
        if run.end > start {
            runs.push(start..run.end);
        }
    }
    reading.runs = runs;
}

/// Ends the run that started at `run_start`, if it has words, and starts the next one.
fn close_run(reading: &mut Reading, run_start: &mut usize) {
    let end = reading.words.len();
    if end > *run_start {
        reading.runs.push(*run_start..end);
    }
    *run_start = end;
}

/// Whether two content words with `gap` between them belong to one phrase: a space or a
/// line break between words, a hyphen in a compound, nothing at all between Chinese or
/// Japanese characters.
fn joins(gap: &str, ideographs: bool) -> bool {
    if ideographs {
        return gap.is_empty();
    }
    gap == "-" || (!gap.is_empty() && gap.chars().all(char::is_whitespace))
}

/// Whether `word` can be part of a keyphrase before stop words are looked at: it has a
/// letter, and is no lone Latin-like letter ("s" of "1990's", the "e" of "e-mail") and no
/// lone hiragana (Japanese writes its particles and endings in hiragana).
fn is_content_word(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => stands_alone(c) && !is_hiragana(c),
        (Some(_), Some(_)) => word.chars().any(char::is_alphabetic),
        _ => false,
    }
}

fn is_lone_ideograph(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if stands_alone(c))
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}')
}

/// A candidate keyphrase: a sequence of terms, and how often it occurs.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Its terms, in order.
    pub(super) terms: Box<[TermId]>,
    /// How many times it occurs.
    pub(super) occurrences: usize,
    /// How many of its occurrences stand for the candidate itself, not for a longer phrase
    /// it is part of: those that are a whole run (for a single word where runs hold verbs,
    /// those outside the recurring phrases).
    pub(super) standalone: usize,
}

/// The candidates of a text, in order of first occurrence, and where each occurs.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub(super) candidates: Vec<Candidate>,
    /// Every occurrence of every candidate, in order of its first word: the candidate's
    /// place in `candidates`, and the occurrence as a range into [`Reading::words`]. One
    /// list for all rather than one per candidate: a long text has tens of thousands of
    /// candidates, and only the few chosen are asked where they occur.
    occurrences: Vec<(usize, Range<usize>)>,
}

impl Found {
    /// The occurrences of the candidate at `at` of `candidates`, in order.
    pub(super) fn occurrences_of(&self, at: usize) -> impl Iterator<Item = &Range<usize>> {
        self.occurrences
            .iter()
            .filter(move |(candidate, _)| *candidate == at)
            .map(|(_, occurrence)| occurrence)
    }
}

/// Where runs still hold verbs, a single word's occurrences of its own are those outside
/// the phrases of two words or more that recur: "library" in "visited the library" once
/// and "will open the library" once stands for itself, "oil" in "oil spill" twice is part
/// of that phrase.
fn count_outside_recurring_phrases(found: &mut Found, words: usize) {
    let mut in_phrase = vec![false; words];
    for (at, occurrence) in &found.occurrences {
        let recurring_phrase = found
            .candidates
            .get(*at)
            .is_some_and(|candidate| candidate.terms.len() >= 2 && candidate.occurrences >= 2);
        if recurring_phrase {
            for slot in in_phrase.get_mut(occurrence.clone()).unwrap_or_default() {
                *slot = true;
            }
        }
    }
    for candidate in &mut found.candidates {
        if candidate.terms.len() == 1 {
            candidate.standalone = 0;
        }
    }
    for (at, occurrence) in &found.occurrences {
        let Some(candidate) = found.candidates.get_mut(*at) else {
            continue;
        };
        if candidate.terms.len() == 1 && !in_phrase.get(occurrence.start).copied().unwrap_or(true) {
            candidate.standalone += 1;
        }
    }
}

/// The candidates of `reading`, in order of first occurrence: each run of at most
/// `max_words` words whole, a longer run as its windows of `max_words` words; in a run of
/// ideographs, the n-grams of two to `2 * max_words` characters that recur and are not
/// always part of the same longer n-gram.
pub(super) fn candidates(reading: &Reading, max_words: usize) -> Found {
    let terms: Vec<TermId> = reading.words.iter().map(|word| word.term).collect();
    let max_words = max_words.max(1);
    let longest = |run: &Range<usize>| {
        let ideographs = reading
            .words
            .get(run.clone())
            .unwrap_or_default()
            .iter()
            .any(|word| word.ideograph);
        (
            ideographs,
            if ideographs { 2 * max_words } else { max_words },
        )
    };
    // Every n-gram of every run that could be a candidate gets an id, and a count; the ids
    // are kept in the order the n-grams are met, which the second pass repeats.
    let mut ids = GramIds::new(reading.term_count);
    let mut counts: Vec<usize> = vec![0; reading.term_count];
    let mut met: Vec<usize> = Vec::new();
    for run in &reading.runs {
        let (_, longest) = longest(run);
        for start in run.clone() {
            let mut id = None;
            for end in start + 1..=(start + longest).min(run.end) {
                let Some(&term) = terms.get(end - 1) else {
                    break;
                };
                let gram = match id {
                    None => term as usize,
                    Some(prefix) => ids.id(prefix, term),
                };
                id = Some(gram);
                met.push(gram);
                counts.resize(ids.len(), 0);
                // A lone ideograph is a character, not a word.
                let lone =
                    end == start + 1 && reading.words.get(start).is_some_and(|word| word.ideograph);
                if !lone {
                    if let Some(count) = counts.get_mut(gram) {
                        *count += 1;
                    }
                }
            }
        }
    }
    let count = |gram: Option<usize>| gram.and_then(|gram| counts.get(gram)).copied();
    // The id of the n-gram `range` of the words, if it was met.
    let id_of = |range: Range<usize>| {
        let mut words = terms.get(range)?.iter();
        let first = *words.next()? as usize;
        words.try_fold(first, |prefix, &term| ids.get(prefix, term))
    };
    let mut candidate_of: Vec<usize> = vec![usize::MAX; ids.len()];
    let mut found = Found::default();
    let mut met = met.into_iter();
    for run in &reading.runs {
        let (ideographs, longest) = longest(run);
        for start in run.clone() {
            for end in start + 1..=(start + longest).min(run.end) {
                let Some(gram) = met.next() else {
                    return found;
                };
                let lone =
                    end == start + 1 && reading.words.get(start).is_some_and(|word| word.ideograph);
                if lone {
                    continue;
                }
                let occurrence = start..end;
                // The run itself when it is short enough, its windows of the longest length
                // when it is longer (in Chinese and Japanese, a long run is one unbroken
                // sentence).
                let whole = occurrence == *run
                    || (!ideographs && run.len() > longest && occurrence.len() == longest);
                // A string that recurs is a unit of its own, unless it always comes with the
                // same neighbour: then it is part of a longer unit.
                let own = count(Some(gram)).unwrap_or(0);
                let kept = whole || {
                    own >= 2 && {
                        let left = (start > run.start)
                            .then(|| count(id_of(start - 1..end)))
                            .flatten();
                        let right = (end < run.end)
                            .then(|| count(terms.get(end).and_then(|&term| ids.get(gram, term))))
                            .flatten();
                        left != Some(own) && right != Some(own)
                    }
                };
                if !kept {
                    continue;
                }
                let Some(slot) = candidate_of.get_mut(gram) else {
                    continue;
                };
                let standalone = usize::from(occurrence == *run);
                match found.candidates.get_mut(*slot) {
                    Some(candidate) => {
                        candidate.occurrences += 1;
                        candidate.standalone += standalone;
                    }
                    None => {
                        *slot = found.candidates.len();
                        found.candidates.push(Candidate {
                            terms: terms.get(occurrence.clone()).unwrap_or_default().into(),
                            occurrences: 1,
                            standalone,
                        });
                    }
                }
                found.occurrences.push((*slot, occurrence));
            }
        }
    }
    if !reading.runs_are_phrases {
        count_outside_recurring_phrases(&mut found, reading.words.len());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        let reading = read(text, Language::English);
        reading
            .runs
            .iter()
            .map(|run| {
                let start = reading.words[run.start].span.start;
                let end = reading.words[run.end - 1].span.end;
                &text[start..end]
            })
            .collect()
    }

    #[test]
    fn runs_stop_at_stop_words_punctuation_and_sentences() {
        assert_eq!(
            runs("The design of a neural network controller, tested. Fast real-time control"),
            [
                "design",
                "neural network controller",
                "tested",
                "Fast real-time control"
            ]
        );
    }

    #[test]
    fn words_used_as_verbs_cut_runs() {
        // "threaten" follows "will" once and never another content word: a verb. "spill"
        // follows "will" once but "oil" twice: a noun. "fought" follows "Crews" once and
        // stands before "the" once: a verb.
        assert_eq!(
            runs(
                "Storms will threaten coastal towns. Oil spill teams said the oil spill \
                  will spill further. Crews fought the oil spill. Storms threaten ports."
            ),
            [
                "Storms",
                "coastal towns",
                "Oil spill teams",
                "oil spill",
                "spill",
                "Crews",
                "oil spill",
                "Storms",
                "ports"
            ]
        );
    }

    #[test]
    fn past_forms_after_a_content_word_cut_runs() {
        // "burned" follows "fires": a verb. "Distributed" opens its run: a modifier.
        assert_eq!(
            runs("Forest fires burned west. Distributed systems failed. Speed limits changed."),
            [
                "Forest fires",
                "west",
                "Distributed systems",
                "Speed limits"
            ]
        );
    }

    #[test]
    fn numbers_and_lone_letters_are_not_content() {
        assert_eq!(runs("In 1990 s wind power grew"), ["wind power grew"]);
    }

    #[test]
    fn long_runs_give_windows() {
        let reading = read("alpha beta gamma delta epsilon", Language::English);
        let found = candidates(&reading, 4).candidates;
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|candidate| candidate.terms.len() == 4));
    }

    #[test]
    #[cfg(feature = "lang-zh")]
    fn recurring_ideograph_strings_are_candidates() {
        let text = "机器翻译很好。机器翻译便宜。";
        let reading = read(text, Language::Chinese);
        let found = candidates(&reading, 4);
        let found: Vec<String> = (0..found.candidates.len())
            .map(|at| {
                let first = found.occurrences_of(at).next().unwrap();
                let start = reading.words[first.start].span.start;
                let end = reading.words[first.end - 1].span.end;
                text[start..end].to_string()
            })
            .collect();
        assert!(found.contains(&"机器翻译".to_string()), "{found:?}");
        // 机器 always comes with 翻译: not a unit of its own here.
        assert!(!found.contains(&"机器".to_string()), "{found:?}");
    }
}
