//! Whether a run of sentence-final punctuation ends a sentence.
//!
//! The scanner calls [`stop`] at every `.`, `!`, `?`, `…` or CJK stop it meets. The answer
//! depends on the run itself (`?!`, `...`, `. . .`), the word the period is attached to
//! (`Mr.`, `U.S.`, `J.`, `3.14`, `example.com.`), what follows the closing quotes and
//! brackets (nothing, whitespace, a lowercase word, a number, a typical sentence opener) and
//! how many words the sentence has so far. Everything here looks at a bounded stretch of
//! text around the run, except skipping the run and the whitespace after it, which the
//! scanner then resumes after; so the whole split stays linear.

use super::chars::{
    char_at, is_cjk_terminator, is_exclamation_or_question, skip_closers, skip_openers,
    skip_whitespace,
};
use crate::language::Language;

/// A language's word lists for the splitter. Each list is lowercase, without final periods,
/// sorted by bytes.
pub(super) struct Lexicon {
    /// Every abbreviation (`Language::abbreviations`).
    pub(super) abbreviations: &'static [&'static str],
    /// Abbreviations a sentence practically never ends on (titles, `e.g`).
    pub(super) never_final: &'static [&'static str],
    /// Abbreviations only before a number (`no`, `fig`); elsewhere ordinary words.
    pub(super) before_numbers: &'static [&'static str],
    /// Words that, capitalised, usually open a sentence.
    pub(super) sentence_starters: &'static [&'static str],
}

impl Lexicon {
    /// The splitter's word lists for `language`.
    pub(super) fn of(language: Language) -> Self {
        Lexicon {
            abbreviations: language.abbreviations(),
            never_final: language.never_final_abbreviations(),
            before_numbers: language.number_abbreviations(),
            sentence_starters: language.sentence_starters(),
        }
    }
}

/// How surely a terminator ends its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Break {
    /// Not an end, even at the end of a line: `Mr.` before a name, `e.g.`, `3.14`,
    /// `U.S.` before a lowercase word. A line ending here goes on on the next line.
    None,
    /// Not an end within a line, but an end at a line break: a name after `U.S.`, a
    /// lowercase word after an ordinary period (`great.' she said` in running text, but a
    /// scraped line `…exploring.` followed by a line `app-store` are two pieces).
    Weak,
    /// The end of a sentence.
    Strong,
}

/// The scanner's instructions after a terminator run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stop {
    /// Where the sentence ends if this is a break: after the run and its closing quotes and
    /// brackets.
    pub(super) end: usize,
    /// Where scanning goes on.
    pub(super) resume: usize,
    /// How surely this ends the sentence.
    pub(super) brk: Break,
    /// Whether a line break (or the end of the text) comes before the next word.
    pub(super) line_break: bool,
}

/// An ambiguous period (`Inc.`, `U.S.`, an initial, an ellipsis) before a sentence opener
/// ends the sentence only when that sentence has at least this many words before the
/// abbreviation: `At 5 a.m. Mr. Smith went` keeps going, `He left at 6 P.M. Mr. Smith then
/// went` breaks. Real sentences are rarely shorter.
const MIN_WORDS_BEFORE_AMBIGUOUS_END: usize = 3;

/// Longest word looked up in a word list; longer ones are in no list.
const MAX_LOOKUP_BYTES: usize = 24;

/// What the word a period is attached to says about the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// An ordinary word, number, URL or file name: the period is a full stop.
    Plain,
    /// A title or `e.g.`: the period never ends a sentence.
    NeverFinal,
    /// `No.`, `Fig.`: an abbreviation before a number, an ordinary word elsewhere.
    BeforeNumber,
    /// `Inc.`, `etc.`, `U.S.`, `a.m.`, an initial: an end only if a sentence opener follows.
    Ambiguous,
}

/// What follows a terminator run and its closers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// The end of the text or of the paragraph.
    End,
    /// A word starting with a lowercase letter (after any opening quotes or brackets).
    Lower,
    /// A number.
    Digit,
    /// A capitalised word that usually opens a sentence, or a title such as `Mr.`.
    Starter,
    /// Anything else: a name, a symbol, a dash.
    Other,
}

/// Decides about the terminator run starting at byte `at`. `token_start` is where the
/// whitespace-separated token holding the run starts; `words_before` counts the words of the
/// current sentence before that token.
pub(super) fn stop(
    text: &str,
    token_start: usize,
    at: usize,
    words_before: usize,
    lexicon: &Lexicon,
) -> Stop {
    let mut run_end = at;
    let mut dots = 0usize;
    let mut marks = false;
    let mut cjk = false;
    while let Some(c) = char_at(text, run_end) {
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            c if is_exclamation_or_question(c) => marks = true,
            c if is_cjk_terminator(c) => cjk = true,
            _ => break,
        }
        run_end += c.len_utf8();
    }
    if cjk {
        let end = skip_closers(text, run_end);
        return Stop {
            end,
            resume: end,
            brk: Break::Strong,
            line_break: false,
        };
    }
    if !marks && dots == 1 {
        let (spaced_end, spaced) = spaced_dots(text, run_end);
        if spaced >= 2 {
            return spaced_run(
                text,
                token_start,
                at,
                spaced_end,
                1 + spaced,
                words_before,
                lexicon,
            );
        }
    }
    let end = skip_closers(text, run_end);
    if char_at(text, end).is_some_and(|c| !c.is_whitespace()) {
        // `3.14`, `example.com`, `U.S.A`, `Yahoo!Finance`: inside a token.
        return Stop {
            end,
            resume: end,
            brk: Break::None,
            line_break: false,
        };
    }
    let bare = end == run_end;
    let end = skip_trailers(text, end);
    let (next, line_break) = next_word(text, end, lexicon);
    // A closing quote or bracket after the stop often closes a quotation or aside inside
    // the sentence (`'This is great.' she said`); a bare stop before a lowercase word is a
    // sentence end in informal text (`they shrunk. you should`), except after `!`, which
    // also ends names (`Yahoo! in`).
    let brk = if marks {
        let question = text
            .get(at..run_end)
            .is_some_and(|run| run.contains(['?', '⁇']));
        if bare && question && next == Next::Lower {
            Break::Strong
        } else {
            after_mark(next)
        }
    } else if dots == 1 {
        let class = classify(text, token_start, at, lexicon);
        if bare && class == WordClass::Plain && next == Next::Lower {
            Break::Strong
        } else {
            after_period(class, next, words_before)
        }
    } else if dots <= 3 {
        after_ellipsis(next, words_before)
    } else {
        // `that.... She`: an ellipsis and a full stop.
        after_mark(next)
    };
    Stop {
        end,
        resume: end,
        brk,
        line_break,
    }
}

/// Longest reference mark (`[12]`, `[3–5]`, `[…]`) taken to belong to the sentence before.
const MAX_CITATION_BYTES: usize = 16;

/// Skips reference marks (`…in 1805. [19] An…`, `…gambling.[28][29]`) or an emoticon
/// after a stop: they belong to the sentence they follow. Returns the offset after them,
/// or `from`.
fn skip_trailers(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    let mut at = from;
    while matches!(bytes.get(at), Some(b' ' | b'\t')) && at - from < 4 {
        at += 1;
    }
    while bytes.get(at) == Some(&b'[') {
        let mut close = None;
        for (offset, c) in text.get(at + 1..).unwrap_or_default().char_indices() {
            if c == ']' {
                close = Some(at + 1 + offset).filter(|_| offset > 0);
                break;
            }
            let in_mark = c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' ' | '.' | '…');
            if !in_mark || offset >= MAX_CITATION_BYTES {
                break;
            }
        }
        let Some(close) = close else { break };
        let after = close + 1;
        if char_at(text, after).is_some_and(|c| !c.is_whitespace() && c != '[') {
            break;
        }
        end = after;
        at = after;
    }
    if end == from {
        if let Some(face) = EMOTICONS
            .iter()
            .find(|face| text.get(at..).is_some_and(|rest| rest.starts_with(**face)))
        {
            let after = at + face.len();
            if char_at(text, after).is_none_or(char::is_whitespace) {
                end = after;
            }
        }
    }
    end
}

/// Emoticons that close a sentence in informal text (`I love her. :)`).
const EMOTICONS: &[&str] = &[
    ":)", ":-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", ":p", ";)", ";-)",
];

/// Counts the ` .` pairs from byte `from` (the spaced ellipsis `. . .`), stopping before a
/// dot that starts a word (`. .NET`). Returns the offset after them and their number.
fn spaced_dots(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut at = from;
    let mut count = 0;
    while bytes.get(at) == Some(&b' ') && bytes.get(at + 1) == Some(&b'.') {
        if bytes.get(at + 2).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        at += 2;
        count += 1;
    }
    (at, count)
}

/// Decides about a spaced ellipsis (`. . .`, MLA style) of `dots` dots from `at` to
/// `run_end`. Three spaced dots mark an omission inside a sentence; a fourth is a full stop.
/// A first dot glued to a word is that word's full stop, and the ellipsis then opens the
/// next sentence (`compounds. . . . The practice`).
fn spaced_run(
    text: &str,
    token_start: usize,
    at: usize,
    run_end: usize,
    dots: usize,
    words_before: usize,
    lexicon: &Lexicon,
) -> Stop {
    let end = skip_closers(text, run_end);
    if char_at(text, end).is_some_and(|c| !c.is_whitespace()) {
        return Stop {
            end,
            resume: end,
            brk: Break::None,
            line_break: false,
        };
    }
    let (next, line_break) = next_word(text, end, lexicon);
    let attached = at > token_start;
    let brk = if !attached {
        if dots == 3 {
            Break::Weak
        } else {
            after_mark(next)
        }
    } else if dots == 3 {
        after_ellipsis(next, words_before)
    } else {
        let class = classify(text, token_start, at, lexicon);
        let brk = after_period(class, next, words_before);
        if brk == Break::Strong && next != Next::End {
            let end = at + 1;
            return Stop {
                end,
                resume: end,
                brk,
                line_break: false,
            };
        }
        brk
    };
    Stop {
        end,
        resume: end,
        brk,
        line_break,
    }
}

/// After `!`, `?` or a four-dot ellipsis: an end unless a lowercase word follows
/// (`Yahoo! in the…`).
fn after_mark(next: Next) -> Break {
    match next {
        Next::Lower => Break::Weak,
        _ => Break::Strong,
    }
}

/// After a single period attached to a word of the given class.
fn after_period(class: WordClass, next: Next, words_before: usize) -> Break {
    if next == Next::End {
        return Break::Strong;
    }
    match class {
        WordClass::Plain => after_mark(next),
        WordClass::NeverFinal => Break::None,
        WordClass::BeforeNumber if next == Next::Digit => Break::None,
        WordClass::BeforeNumber => after_mark(next),
        WordClass::Ambiguous => match next {
            Next::Lower | Next::Digit => Break::None,
            Next::Starter if words_before >= MIN_WORDS_BEFORE_AMBIGUOUS_END => Break::Strong,
            _ => Break::Weak,
        },
    }
}

/// After an ellipsis (`...`, `…`): an omission inside the sentence unless the next word
/// opens a new one.
fn after_ellipsis(next: Next, words_before: usize) -> Break {
    match next {
        Next::End => Break::Strong,
        Next::Lower => Break::None,
        Next::Starter if words_before >= MIN_WORDS_BEFORE_AMBIGUOUS_END => Break::Strong,
        _ => Break::Weak,
    }
}

/// Looks at the word after the whitespace that follows byte `from`. Also tells whether a
/// line break or the end of the text comes first.
fn next_word(text: &str, from: usize, lexicon: &Lexicon) -> (Next, bool) {
    let (at, breaks) = skip_whitespace(text, from);
    let line_break = breaks > 0 || at >= text.len();
    if at >= text.len() || breaks >= 2 {
        return (Next::End, line_break);
    }
    let word = skip_openers(text, at);
    let next = match char_at(text, word) {
        Some(c) if c.is_lowercase() => Next::Lower,
        Some(c) if c.is_ascii_digit() => Next::Digit,
        Some(c) if c.is_ascii_uppercase() && is_starter(text, word, lexicon) => Next::Starter,
        _ => Next::Other,
    };
    (next, line_break)
}

/// Whether the word at byte `at` is a sentence opener (`The`, `How`, `It's`) or a title
/// with its period (`Mr.`).
fn is_starter(text: &str, at: usize, lexicon: &Lexicon) -> bool {
    let bytes = text.as_bytes();
    let mut key = [0u8; MAX_LOOKUP_BYTES];
    let mut len = 0;
    let mut pos = at;
    loop {
        let (byte, width) = match bytes.get(pos) {
            Some(&b) if b.is_ascii_alphabetic() => (b.to_ascii_lowercase(), 1),
            Some(&b'\'') => (b'\'', 1),
            // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
            Some(&0xE2) if bytes.get(pos + 1..pos + 3) == Some(&[0x80, 0x99]) => (b'\'', 3),
            _ => break,
        };
        match key.get_mut(len) {
            Some(slot) => *slot = byte,
            None => return false,
        }
        len += 1;
        pos += width;
    }
    let word = key.get(..len).unwrap_or_default();
    if bytes.get(pos) == Some(&b'.') && contains(lexicon.never_final, word) {
        return true;
    }
    contains(lexicon.sentence_starters, word)
}

/// Classifies the word from `token_start` (after opening quotes and brackets) to the
/// period at `at`.
fn classify(text: &str, token_start: usize, at: usize, lexicon: &Lexicon) -> WordClass {
    let from = skip_openers(text, token_start).min(at);
    let Some(word) = text.get(from..at) else {
        return WordClass::Plain;
    };
    // In a compound the last part decides: `EU-U.S.`, `anti-Mr.`, `and/etc.`.
    let word = match word.rfind(['-', '–', '/']) {
        Some(cut) => word
            .get(cut + 1..)
            .filter(|last| !last.is_empty())
            .unwrap_or(word),
        None => word,
    };
    if word.is_empty() || word.len() > MAX_LOOKUP_BYTES {
        return WordClass::Plain;
    }
    let mut key = [0u8; MAX_LOOKUP_BYTES];
    for (slot, byte) in key.iter_mut().zip(word.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    let key = key.get(..word.len()).unwrap_or_default();
    if contains(lexicon.abbreviations, key) {
        return if contains(lexicon.never_final, key) {
            WordClass::NeverFinal
        } else if contains(lexicon.before_numbers, key) {
            WordClass::BeforeNumber
        } else {
            WordClass::Ambiguous
        };
    }
    if is_initialism(word) {
        return WordClass::Ambiguous;
    }
    WordClass::Plain
}

/// An initial (`J`) or letters joined by periods (`U.S.A`, `E.U`).
fn is_initialism(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    })
}

/// Binary search of a byte key in a sorted word list.
fn contains(list: &[&str], key: &[u8]) -> bool {
    list.binary_search_by(|word| word.as_bytes().cmp(key))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::of(Language::English)
    }

    /// Runs `stop` on the terminator right after the first `before` in `text`, with the
    /// token starting after the last space before it.
    fn stop_after(text: &str, before: &str, words_before: usize) -> Stop {
        let at = text.find(before).expect("test text holds the word") + before.len();
        let token_start = text[..at].rfind(' ').map_or(0, |space| space + 1);
        stop(text, token_start, at, words_before, &lexicon())
    }

    #[test]
    fn plain_period_before_a_capital_ends_the_sentence() {
        let s = stop_after("It is $100.00. It is in her bag.", "$100", 2);
        assert_eq!((s.end, s.resume, s.brk), (11, 11, Break::None));
        let s = stop_after("It is $100.00. It is in her bag.", "$100.00", 2);
        assert_eq!((s.end, s.resume, s.brk), (14, 14, Break::Strong));
        let s = stop_after("Hello World. My name", "World", 1);
        assert_eq!((s.end, s.resume, s.brk), (12, 12, Break::Strong));
    }

    #[test]
    fn closers_stay_with_the_stop() {
        let s = stop_after("to him, \"This is great.\" She held", "great", 3);
        assert_eq!((s.end, s.brk), (24, Break::Strong));
        let s = stop_after("to him, 'This is great.' she said.", "great", 3);
        assert_eq!((s.end, s.brk), (24, Break::Weak));
        let s = stop_after("That is JFK Jr.'s book.", "Jr", 3);
        assert_eq!((s.end, s.brk), (16, Break::None));
    }

    #[test]
    fn abbreviation_classes() {
        assert_eq!(stop_after("Ask Mr. Smith", "Mr", 1).brk, Break::None);
        assert_eq!(stop_after("Ask Mr. How", "Mr", 1).brk, Break::None);
        assert_eq!(stop_after("see No. 5", "No", 1).brk, Break::None);
        assert_eq!(stop_after("No. I won't", "No", 0).brk, Break::Strong);
        assert_eq!(
            stop_after("in the U.S. How about", "U.S", 2).brk,
            Break::Weak
        );
        assert_eq!(
            stop_after("I am in the U.S. How about", "U.S", 4).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("I am in the U.S. Government", "U.S", 4).brk,
            Break::Weak
        );
        assert_eq!(stop_after("the U.S. for", "U.S", 1).brk, Break::None);
        assert_eq!(stop_after("At 5 a.m. Mr. Smith", "a.m", 2).brk, Break::Weak);
        assert_eq!(
            stop_after("bank at 6 P.M. Mr. Smith", "P.M", 5).brk,
            Break::Strong
        );
        assert_eq!(stop_after("Jennifer M. Anderson", "M", 1).brk, Break::Weak);
        assert_eq!(
            stop_after("team, you and I. Did you", "I", 6).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("at N\u{b0}. 1026", "N\u{b0}", 6).brk,
            Break::None
        );
        let compound = stop_after("escalating EU-U.S. trade", "EU-U.S", 6);
        assert_eq!(compound.brk, Break::None);
    }

    #[test]
    fn inside_a_token_is_never_an_end() {
        let s = stop_after("see example.txt now", "example", 1);
        assert_eq!((s.end, s.resume, s.brk), (12, 12, Break::None));
        assert_eq!(stop_after("Yahoo!Finance", "Yahoo", 0).brk, Break::None);
        assert_eq!(
            stop_after("mail Jane.Doe@example.com", "Jane", 0).brk,
            Break::None
        );
    }

    #[test]
    fn marks_and_cjk() {
        let s = stop_after("Hello?! Is that you?", "Hello", 0);
        assert_eq!((s.end, s.brk), (7, Break::Strong));
        assert_eq!(stop_after("at Yahoo! in the", "Yahoo", 1).brk, Break::Weak);
        let s = stop_after("你好。我", "好", 0);
        assert_eq!((s.end, s.brk), (9, Break::Strong));
    }

    #[test]
    fn ellipses() {
        let s = stop_after("I never meant that.... She left", "that", 3);
        assert_eq!((s.end, s.brk), (22, Break::Strong));
        assert_eq!(
            stop_after("I never meant that... She left", "that", 3).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("Himself as… Pope, Prompting", "as", 3).brk,
            Break::Weak
        );
        assert_eq!(stop_after("really ... well", "really ", 2).brk, Break::None);
        // A spaced ellipsis inside the sentence, even before `I`.
        let s = stop_after("the thing is . . . I didn't", "is ", 3);
        assert_eq!((s.end, s.brk), (18, Break::Weak));
        // A word's own full stop, then an ellipsis opening the next sentence.
        let s = stop_after("into compounds. . . . The practice", "compounds", 1);
        assert_eq!((s.end, s.resume, s.brk), (15, 15, Break::Strong));
        // The same at the very end stays whole.
        let s = stop_after("appear less complex. . . .\u{201d}", "complex", 3);
        assert_eq!((s.end, s.brk), (29, Break::Strong));
    }

    #[test]
    fn line_breaks_are_reported() {
        let s = stop_after("Briggs & Co.\nRelated Articles", "Co", 2);
        assert_eq!((s.end, s.brk, s.line_break), (12, Break::Weak, true));
        let s = stop_after("the U.S.\ngovernment", "U.S", 2);
        assert_eq!((s.end, s.brk, s.line_break), (8, Break::None, true));
        let s = stop_after("the end.\n\nNext", "end", 2);
        assert_eq!((s.end, s.brk, s.line_break), (8, Break::Strong, true));
    }
}
