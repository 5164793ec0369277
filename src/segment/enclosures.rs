//! Brackets and quotations that close inside their sentence: a stop within them ends no
//! sentence (`the film "Run! Run!" opened`, `(cf. fig. 3)`, `(sure? sure?)`,
//! `「走れ！」と言った`).
//!
//! A bracket always encloses an aside of the sentence around it, so a stop inside a bracket
//! that closes within the paragraph is no sentence end. A quotation may hold whole sentences
//! of its own (`"I came. I saw." Then he left.`), and edited text counts the sentences of a
//! quotation as sentences even when the one around it goes on (`«Não damos conta. A
//! resposta foi gigantesca», diz`); but an exclamation or question inside a quotation that
//! the sentence goes on after (a lowercase word, a comma or a full stop follows it, or it
//! ends on a comma) is part of a title or a cry within the sentence. Both are looked for
//! within [`MAX_ENCLOSED_CHARS`] of their opening, so that a stray bracket does not swallow
//! a page.
//!
//! Quotes are told apart by where they stand: at the start of a word a quote opens, at its
//! end it closes, inside a word it is an apostrophe, and standing alone (`''`, `"` between
//! spaces, as tokenized text writes them) it closes the quotation that is open or else
//! opens one. That makes `«…»`, `»…«`, `„…“`, `“…”` and `”…”` all work, whatever the
//! language's style.
//!
//! Fed by the pre-pass (`prepass.rs`), with a bounded stack; the scanner then walks the
//! result in order.

use super::chars::{char_at, is_line_break, trim_spaces_end};

/// The longest bracket or quotation, in chars, whose inside is kept whole. Longer ones are
/// more likely a bracket opened by mistake than an aside.
const MAX_ENCLOSED_CHARS: usize = 300;

/// How many brackets and quotations may be open at once; deeper ones are not followed.
const MAX_DEPTH: usize = 32;

/// How many closing quotes and brackets after a quotation's end are looked past.
const MAX_FURTHER_CLOSERS: usize = 4;

/// How far down the open quotes and brackets a closing bracket looks for its opener.
const BRACKET_REACH: usize = 4;

/// What the pass found.
#[derive(Debug, Default)]
pub(super) struct Enclosures {
    /// The outermost enclosures to keep whole, in order, disjoint.
    pub(super) spans: Vec<Span>,
    /// Offsets of the quotes standing alone between spaces that open a quotation (the
    /// third `''` in `'' A , '' she wrote . '' Why`), in order: such a quote after a stop
    /// belongs to the next sentence.
    pub(super) spaced_openers: Vec<usize>,
}

/// A bracket or quotation whose inside ends no sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// The offset of the opening bracket or quote.
    pub(super) open: usize,
    /// A stop after `open` whose closers end at or before this offset is inside: the
    /// closing bracket's offset (a stop right before it ends the bracketed sentence,
    /// `(A whole sentence.)`), or the offset after the closing quote (the sentence goes on
    /// after the quotation).
    pub(super) limit: usize,
    /// The offset after the closing bracket or quote.
    pub(super) end: usize,
    /// A quotation rather than a bracket.
    pub(super) quotation: bool,
}

/// Kinds of openers on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A bracket, with the char that closes it.
    Bracket(char),
    /// A double quote (`"`, `“`, `«`, `''`, `「`).
    Double,
    /// A single quote (`'`, `‘`, `‹`).
    Single,
}

/// An opener on the stack.
#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    /// Its byte offset.
    at: usize,
}

/// Where a quote stands: which way it may face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Opens,
    Closes,
    /// Between spaces: closes an open quotation, else opens one.
    Alone,
    /// Inside a word: an apostrophe or an inch mark.
    Inside,
}

/// Finds the brackets and quotations of `text` to keep whole, fed line breaks and the
/// chars that [`may_enclose`] lets through, in order (by `prepass`).
#[derive(Debug, Default)]
pub(super) struct Finder {
    found: Enclosures,
    stack: Vec<Open>,
    /// Openers pushed beyond [`MAX_DEPTH`]: their closers are skipped.
    overflow: usize,
    /// Where the current line starts: a blank line ends the paragraph and every enclosure
    /// in it.
    line_start: usize,
    /// Per ASCII quote form (`"`, `''`, `'`): whether the text opens quotations with it.
    opens_alone: [bool; 3],
}

impl Finder {
    /// The line break `c` at `at`, `width` bytes long.
    pub(super) fn line_break(&mut self, text: &str, at: usize, c: char, width: usize) {
        let blank = text
            .get(self.line_start..at)
            .is_some_and(|line| line.chars().all(char::is_whitespace));
        if (blank && at > 0) || c == '\u{2029}' {
            self.stack.clear();
            self.overflow = 0;
        }
        self.line_start = at + width;
    }

    /// The char `c` at `at`, which may bracket or quote. Returns how many bytes it took
    /// (two for `''`, `,,`, ``` `` ```).
    pub(super) fn mark(&mut self, text: &str, at: usize, c: char) -> usize {
        let mut width = c.len_utf8();
        if !may_enclose_char(c) {
            return width;
        }
        let prev = text.get(..at).and_then(|before| before.chars().next_back());
        let next = char_at(text, at + width);
        let kind_and_facing = match c {
            '(' | '[' | '{' | '（' | '［' | '｛' | '【' | '〔' | '〈' | '《' => {
                if emoticon_before(prev) {
                    None
                } else {
                    Some((Kind::Bracket(closing_bracket(c)), Facing::Opens))
                }
            }
            ')' | ']' | '}' | '）' | '］' | '｝' | '】' | '〕' | '〉' | '》' => {
                if emoticon_before(prev) {
                    None
                } else {
                    Some((Kind::Bracket(c), Facing::Closes))
                }
            }
            '„' | '「' | '『' | '〝' => Some((Kind::Double, Facing::Opens)),
            '」' | '』' | '〞' => Some((Kind::Double, Facing::Closes)),
            '‚' => Some((Kind::Single, Facing::Opens)),
            ',' if next == Some(',') => {
                // `,,`: Dutch typewriter low quotes, which only open.
                width = 2;
                Some((Kind::Double, Facing::Opens))
            }
            '`' if next == Some('`') => {
                width = 2;
                Some((Kind::Double, Facing::Opens))
            }
            '\'' if next == Some('\'') => {
                width = 2;
                let after = char_at(text, at + 2);
                Some((Kind::Double, facing(prev, after, c)))
            }
            '"' | '“' | '”' | '«' | '»' | '‟' => {
                Some((Kind::Double, facing(prev, next, c)))
            }
            '\'' | '‘' | '’' | '‹' | '›' | '`' => {
                Some((Kind::Single, facing(prev, next, c)))
            }
            _ => None,
        };
        let here = at;
        let Some((kind, facing)) = kind_and_facing else {
            return width;
        };
        // A closing bracket also closes the quotes left open inside it (an apostrophe taken
        // for a quote: `( 's )`), looking a few openers down; a quote closes only the top.
        let matching = match kind {
            Kind::Bracket(_) => self
                .stack
                .iter()
                .rev()
                .take(BRACKET_REACH)
                .position(|open| open.kind == kind)
                .map(|depth| self.stack.len() - 1 - depth),
            quote => self
                .stack
                .last()
                .filter(|open| open.kind == quote)
                .map(|_| self.stack.len() - 1),
        };
        let top_matches = matching.is_some();
        let form = ascii_form(c, width);
        if let Some(form) = form {
            // An ASCII quote that opens a word, or stands alone at the start of a line,
            // shows that the text opens quotations with it.
            let line_start = prev.is_none_or(is_line_break);
            if facing == Facing::Opens || (facing == Facing::Alone && line_start) {
                self.opens_alone[form] = true;
            }
        }
        let closes = match facing {
            Facing::Opens | Facing::Inside => false,
            Facing::Closes => true,
            // Standing alone, an ASCII quote closes the quotation that is open; with none
            // open, it opens one only in text that opens quotations with it (tokenized
            // `'' Why`), and otherwise closes one opened before the text began (`houden.
            // ''`, in a text cut from a longer one). A typographic quote faces by its shape
            // (`« Oui ! »`).
            Facing::Alone => match form {
                Some(_) if top_matches && self.overflow == 0 => true,
                Some(form) => !self.opens_alone[form],
                None => matches!(c, '”' | '»' | '’' | '›'),
            },
        };
        if closes {
            if self.overflow > 0 {
                self.overflow -= 1;
                return width;
            }
            let Some((index, open)) =
                matching.and_then(|index| Some((index, *self.stack.get(index)?)))
            else {
                return width;
            };
            self.stack.truncate(index);
            let end = here + width;
            if longer_than(
                text.get(open.at..here).unwrap_or_default(),
                MAX_ENCLOSED_CHARS,
            ) {
                return width;
            }
            let limit = match kind {
                Kind::Bracket(_) => Some(here),
                _ => sentence_goes_on(text, open.at, here, end).then_some(end),
            };
            if let Some(limit) = limit {
                record(
                    &mut self.found.spans,
                    Span {
                        open: open.at,
                        limit,
                        end,
                        quotation: !matches!(kind, Kind::Bracket(_)),
                    },
                );
            }
        } else if facing != Facing::Inside {
            if facing == Facing::Alone {
                self.found.spaced_openers.push(here);
            }
            if self.stack.len() < MAX_DEPTH {
                self.stack.push(Open { kind, at: here });
            } else {
                self.overflow += 1;
            }
        }
        width
    }

    /// What was found.
    pub(super) fn finish(self) -> Enclosures {
        self.found
    }
}

/// Finds the brackets and quotations of `text` to keep whole, in a pass of its own.
#[cfg(test)]
fn find(text: &str) -> Enclosures {
    let mut finder = Finder::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if !may_enclose(byte, bytes.get(at + 1).copied()) {
            at += 1;
            continue;
        }
        let Some(c) = char_at(text, at) else {
            at += 1;
            continue;
        };
        if is_line_break(c) {
            let width = if text.get(at..).is_some_and(|rest| rest.starts_with("\r\n")) {
                2
            } else {
                c.len_utf8()
            };
            finder.line_break(text, at, c, width);
            at += width;
        } else {
            at += finder.mark(text, at, c);
        }
    }
    finder.finish()
}

/// The ASCII quote forms that face either way: `"` (0), `''` (1) and `'` (2).
fn ascii_form(quote: char, width: usize) -> Option<usize> {
    match (quote, width) {
        ('"', 1) => Some(0),
        ('\'', 2) => Some(1),
        ('\'', 1) => Some(2),
        _ => None,
    }
}

/// Whether the byte `byte`, followed by `next`, may start a bracket, a quote or a line
/// break: ASCII ones, and the lead bytes of the few two- and three-byte ranges that hold
/// the others (U+0080–U+00BF, U+2000–U+203F, U+3000–U+303F, U+FF00–U+FF7F). Only these
/// need a closer look.
pub(super) fn may_enclose(byte: u8, next: Option<u8>) -> bool {
    match ENCLOSING_BYTES.get(usize::from(byte)) {
        Some(Lead::Always) => true,
        Some(Lead::Never) | None => false,
        Some(Lead::BeforeComma) => next == Some(b','),
        Some(Lead::Wide) => next.is_some_and(|n| matches!(n, 0x80 | 0xBC | 0xBD)),
    }
}

/// What a byte says about an enclosure starting with it.
#[derive(Clone, Copy)]
enum Lead {
    /// Nothing: no bracket, quote or line break starts with it.
    Never,
    /// A bracket, quote or line break may start here.
    Always,
    /// `,` starts Dutch `,,` quotes.
    BeforeComma,
    /// A three-byte lead byte whose next byte tells.
    Wide,
}

/// [`Lead`] for every byte, so that skipping plain text takes one look-up a byte. (Indexing
/// in a constant: an index out of bounds would fail the build, never a run.)
const ENCLOSING_BYTES: [Lead; 256] = {
    let mut table = [Lead::Never; 256];
    let always = *b"([{)]}\"'`\n\r\x0b\x0c";
    let mut index = 0;
    while index < always.len() {
        table[always[index] as usize] = Lead::Always;
        index += 1;
    }
    table[b',' as usize] = Lead::BeforeComma;
    table[0xC2] = Lead::Always;
    table[0xE2] = Lead::Wide;
    table[0xE3] = Lead::Wide;
    table[0xEF] = Lead::Wide;
    table
};

/// Whether a char that [`may_enclose`] let through may be a bracket or quote.
fn may_enclose_char(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Whether `text` holds more than `limit` chars, counting no further than needed.
fn longer_than(text: &str, limit: usize) -> bool {
    text.len() > limit && (text.len() > limit * 4 || text.chars().count() > limit)
}

/// Keeps `span` and drops the spans it encloses (recorded before it, as they closed first).
fn record(spans: &mut Vec<Span>, span: Span) {
    while spans.last().is_some_and(|last| last.open > span.open) {
        spans.pop();
    }
    spans.push(span);
}

/// The bracket that closes `open`.
fn closing_bracket(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '（' => '）',
        '［' => '］',
        '｛' => '｝',
        '【' => '】',
        '〔' => '〕',
        '〈' => '〉',
        _ => '》',
    }
}

/// A bracket right after `:` or `;` is a face (`:)`, `;(`), not a bracket.
fn emoticon_before(prev: Option<char>) -> bool {
    matches!(prev, Some(':' | ';' | '-' | '='))
}

/// Which way a quote `quote` between `prev` and `next` faces.
fn facing(prev: Option<char>, next: Option<char>, quote: char) -> Facing {
    let open_before = prev.is_none_or(|p| p.is_whitespace() || is_opening_punctuation(p));
    let open_after = next.is_none_or(|n| n.is_whitespace() || is_closing_punctuation(n));
    match (open_before, open_after) {
        (true, false) => Facing::Opens,
        (false, true) => Facing::Closes,
        (true, true) => Facing::Alone,
        // Glued on both sides: `don't`, `5"`; in text without spaces (Chinese `说“你好”`)
        // the curly quotes still face their way.
        (false, false) => match quote {
            '“' | '«' => Facing::Opens,
            '”' | '»' => Facing::Closes,
            _ => Facing::Inside,
        },
    }
}

/// Chars after which a quote still stands at the start of a word.
fn is_opening_punctuation(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '—'
            | '–'
            | '¿'
            | '¡'
    )
}

/// Chars before which a quote still stands at the end of a word.
fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | '.'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '—'
            | '–'
            | '。'
            | '、'
            | '，'
            | '！'
            | '？'
    )
}

/// Whether the sentence goes on after the quotation opened at `open` and closed by the quote
/// from `close` to `end`: it ends on a comma (`„…, “ reagoval`), or is followed by a comma
/// (spaced or not), a lowercase word, a dash and a lowercase word, or (in writing without
/// spaces) a letter;
/// or, when it stands after a word of the sentence (`is called "Guards! Guards!".`), by a
/// stop. A quotation that opens a sentence or follows a colon and is followed by a stop
/// holds sentences of its own (`: «Acho que sim? Não».`).
fn sentence_goes_on(text: &str, open: usize, close: usize, end: usize) -> bool {
    let before = text
        .get(..close)
        .and_then(|inside| inside.chars().next_back());
    if matches!(before, Some(',' | '，' | '、' | ';')) {
        return true;
    }
    let mut at = end;
    // Further closing quotes and brackets, a few of them.
    for _ in 0..MAX_FURTHER_CLOSERS {
        let Some(c) = char_at(text, at).filter(|&c| is_closing_punctuation(c) && !is_stop(c))
        else {
            break;
        };
        if matches!(c, ',' | ';' | ':' | '—' | '–') {
            return true;
        }
        at += c.len_utf8();
    }
    match char_at(text, at) {
        Some(',' | ';' | ':') => return true,
        Some(c) if is_stop(c) => return follows_a_word(text, open),
        Some(c) if c.is_alphabetic() => return !c.is_uppercase() && !c.is_lowercase(),
        _ => {}
    }
    let mut spaced = at;
    while let Some(c) = char_at(text, spaced).filter(|&c| matches!(c, ' ' | '\t' | '\u{a0}')) {
        spaced += c.len_utf8();
    }
    if spaced == at {
        return false;
    }
    match char_at(text, spaced) {
        Some(c) if c.is_lowercase() => true,
        // Tokenized text spaces its commas too (`'' Slanged ! '' , and`); Dutch `,,` opens
        // a quotation.
        Some(',' | ';' | ':') => char_at(text, spaced + 1).is_none_or(char::is_whitespace),
        Some('—' | '–') => {
            let mut word = spaced + '—'.len_utf8();
            while char_at(text, word) == Some(' ') {
                word += 1;
            }
            char_at(text, word).is_some_and(char::is_lowercase)
        }
        _ => false,
    }
}

/// Whether the last char before `at`, spaces apart, is a letter, a digit or a comma.
fn follows_a_word(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| trim_spaces_end(before).chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Full stops and marks, in any script.
fn is_stop(c: char) -> bool {
    super::chars::is_terminator(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the spans found in `text`.
    fn kept(text: &str) -> Vec<&str> {
        find(text)
            .spans
            .iter()
            .map(|span| &text[span.open..span.end])
            .collect()
    }

    #[test]
    fn brackets_that_close_are_kept() {
        assert_eq!(kept("See (cf. fig. 3) here."), ["(cf. fig. 3)"]);
        assert_eq!(
            kept("Nested (a. (b! (c.)) (d. e!)) f. (g)"),
            ["(a. (b! (c.)) (d. e!))", "(g)"]
        );
        // A bracket that does not close, or closes after a blank line, keeps nothing.
        assert!(kept("A (b. C. D.").is_empty());
        assert!(kept("A (b.\n\nC) d.").is_empty());
        // Faces are no brackets.
        assert!(kept("Nice :) and (sad :( here").is_empty());
        assert_eq!(kept("x [page. 42] {cur. ly}"), ["[page. 42]", "{cur. ly}"]);
    }

    #[test]
    fn a_quotation_is_kept_when_the_sentence_goes_on_after_it() {
        assert_eq!(kept("the film \"Run! Run!\" opened"), ["\"Run! Run!\""]);
        assert_eq!(kept("called \"Guards! Guards!\"."), ["\"Guards! Guards!\""]);
        assert_eq!(
            kept("„Prieskumy. V podstate nie,“ reagoval Matovič."),
            ["„Prieskumy. V podstate nie,“"]
        );
        assert_eq!(kept("「走れ！走れ！」と言った。"), ["「走れ！走れ！」"]);
        assert_eq!(
            kept("見て（図３。注）ね｛a。b｝"),
            ["（図３。注）", "｛a。b｝"]
        );
        // A quotation followed by a new sentence is not.
        assert!(kept("He said \"Stop. Go.\" Then he left.").is_empty());
        assert!(kept("»Wirklich?« »Ja, absolut!« »Gut.«").is_empty());
    }

    #[test]
    fn apostrophes_are_no_quotes() {
        assert!(kept("Don't go. The boys' toys. It's 5'10\" tall.").is_empty());
        assert_eq!(
            kept("She said 'I can't. Not now,' and left."),
            ["'I can't. Not now,'"]
        );
    }

    #[test]
    fn quotes_standing_alone_close_the_open_quotation_or_open_one() {
        let text = "'' The web , '' she wrote . '' Why ?";
        let last = text.rfind("''").unwrap_or(0);
        assert_eq!(find(text).spaced_openers, [0, last]);
        let text = ",, Mijn gedachten. Om ongelukken. '' Veertig";
        assert!(find(text).spaced_openers.is_empty());
    }

    #[test]
    fn long_or_deep_enclosures_are_bounded() {
        let long = format!("({})", "word. ".repeat(100));
        assert!(kept(&long).is_empty());
        let deep = format!("{}x{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(find(&deep).spans.len(), 1);
        let text = "((((((((";
        assert!(kept(text).is_empty());
    }
}
