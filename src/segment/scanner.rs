//! The one pass over the text: lines and paragraphs, list bullets and numbers, and where
//! pieces open and close. What a terminator means is asked of [`rules::stop`].
//!
//! Line structure matters as much as punctuation in scraped text: a line without
//! sentence-final punctuation (a title, a date, a link) is a piece of its own and never runs
//! into the next line, unless the next line starts with a lowercase letter (hard-wrapped
//! prose; not in text that starts its sentences in lowercase, as chat does), the line ends
//! on a period that cannot end a sentence (`Mr.`, `e.g.`) or on a CJK
//! comma or particle that binds to what follows, or the line was cut by the width of a
//! hard-wrapped paragraph ([`wrap`]).

use super::chars::{
    binds_to_next_line, char_at, char_before, ends_with_terminator, follows_armenian_letter,
    follows_greek_letter, is_bullet, is_line_break, is_terminator, skip_whitespace,
};
use super::enclosures::Enclosures;
use super::prepass;
use super::rules::{self, Break, Lexicon};
use super::writing;
use super::{Segment, SegmentKind};

/// No position: offsets are always below `text.len()`, which is below this.
const NOWHERE: usize = usize::MAX;

/// Splits `text` with the given word lists.
pub(super) fn scan<'a>(text: &'a str, lexicon: &Lexicon) -> Vec<Segment<'a>> {
    let prepass = prepass::run(text);
    let mut scanner = Scanner {
        text,
        lexicon,
        out: Vec::new(),
        paragraph: 0,
        paragraph_pending: false,
        start: None,
        last_end: 0,
        in_token: false,
        token_start: 0,
        words: 0,
        words_before_token: 0,
        held_end: NOWHERE,
        marker: None,
        marker_dot: NOWHERE,
        wrapped_line_ends: prepass.wrapped_line_ends,
        next_wrapped: 0,
        enclosures: prepass.enclosures,
        next_span: 0,
        next_spaced_opener: 0,
        writing: writing::read(text, lexicon.capital_pronoun),
    };
    scanner.run();
    scanner.out
}

/// How a list item is numbered: `1.`, `1.)` or `1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
}

/// What numbers a list's items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbering {
    /// `1.`, `2.`
    Digits,
    /// `a.`, `b.`
    Letters,
    /// `I.`, `II.`, or `ii.`, `iii.`
    Roman,
}

/// A list item number (`3.`, `10)`), lowercase letter (`b.`) or Roman numeral (`II.`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// How it numbers.
    numbering: Numbering,
    /// The punctuation after it.
    style: MarkerStyle,
    /// The number, the letter's place in the alphabet, or the numeral's value.
    value: u32,
}

impl Marker {
    /// Whether `next` is the item after this one in the same list.
    fn is_followed_by(self, next: Marker) -> bool {
        self.numbering == next.numbering && self.style == next.style && self.value + 1 == next.value
    }
}

/// The state of the pass.
struct Scanner<'a, 'l> {
    /// The input.
    text: &'a str,
    /// The language's word lists.
    lexicon: &'l Lexicon,
    /// The pieces found so far.
    out: Vec<Segment<'a>>,
    /// The current paragraph number.
    paragraph: usize,
    /// A blank line was seen since the last piece: the next piece opens a new paragraph.
    paragraph_pending: bool,
    /// Where the open piece starts, if one is open.
    start: Option<usize>,
    /// The end of the last non-whitespace char of the open piece.
    last_end: usize,
    /// Whether the scan is inside a whitespace-separated token.
    in_token: bool,
    /// Where the current token starts.
    token_start: usize,
    /// Words in the open piece (list bullets and numbers do not count).
    words: usize,
    /// Words in the open piece before the current token.
    words_before_token: usize,
    /// The end of the last terminator that surely ends no sentence (`Mr.`): a line ending
    /// there goes on on the next line.
    held_end: usize,
    /// The last list marker on this line, to recognise the next item of the same list.
    marker: Option<Marker>,
    /// The period of a list marker (`1.`), which is no sentence end.
    marker_dot: usize,
    /// The line breaks at which a hard-wrapped paragraph's line was cut, in order.
    wrapped_line_ends: Vec<usize>,
    /// The first of `wrapped_line_ends` not behind the scan.
    next_wrapped: usize,
    /// The brackets and quotations that close inside their sentence.
    enclosures: Enclosures,
    /// The first of `enclosures.spans` not behind the scan.
    next_span: usize,
    /// The first of `enclosures.spaced_openers` not behind the scan.
    next_spaced_opener: usize,
    /// How the text writes sentence starts.
    writing: writing::Writing,
}

impl Scanner<'_, '_> {
    /// Walks the text once, char by char, with a fast path for ASCII.
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            at = if byte < 0x80 {
                match byte {
                    b' ' | b'\t' => {
                        self.in_token = false;
                        at + 1
                    }
                    b'\n' | b'\r' | 0x0B | 0x0C => self.line_break(at),
                    b'.' | b'!' | b'?' => self.terminator(at),
                    b':' if follows_armenian_letter(self.text, at) => self.terminator(at),
                    b';' if follows_greek_letter(self.text, at) => self.terminator(at),
                    b';' => {
                        self.content(at, ';');
                        if rules::semicolon_ends(self.text, at, self.lexicon)
                            && !self.is_enclosed(at, at + 1)
                        {
                            self.close(at + 1);
                        }
                        at + 1
                    }
                    _ => {
                        self.content(at, char::from(byte));
                        let mut next = at + 1;
                        if self.in_token {
                            // Inside a token an ordinary ASCII char only moves the piece's
                            // end (see `content`): the rest of a word skips the calls.
                            next += bytes
                                .get(next..)
                                .unwrap_or_default()
                                .iter()
                                .take_while(|&&b| extends_token(b))
                                .count();
                            self.last_end = next;
                        }
                        next
                    }
                }
            } else {
                match char_at(self.text, at) {
                    Some(c) if is_line_break(c) => self.line_break(at),
                    Some(c) if c.is_whitespace() => {
                        self.in_token = false;
                        at + c.len_utf8()
                    }
                    Some(c) if is_terminator(c) => self.terminator(at),
                    Some(c) => {
                        self.content(at, c);
                        at + c.len_utf8()
                    }
                    // Cannot happen: `at` only ever moves by whole chars. Moving on keeps
                    // the loop finite even so.
                    None => at + 1,
                }
            };
        }
        self.close(self.last_end);
    }

    /// A char that is neither whitespace nor a terminator.
    fn content(&mut self, at: usize, c: char) {
        if !self.in_token {
            self.in_token = true;
            self.token_start = at;
            self.words_before_token = self.words;
            if is_bullet(c) {
                self.close(self.last_end);
                self.open(at);
                self.last_end = at + c.len_utf8();
                // What follows a bullet starts a token even when glued to it (`⁃9.`).
                self.in_token = false;
                return;
            }
            // Only a piece's first token, or one after a marker on the same line, may be a
            // list marker.
            let marker = if self.words == 0 || self.marker.is_some() {
                list_marker(self.text, at)
            } else {
                None
            };
            match marker {
                Some((marker, dot)) if self.words == 0 => {
                    self.marker = Some(marker);
                    self.marker_dot = dot;
                }
                Some((marker, dot)) if self.marker.is_some_and(|m| m.is_followed_by(marker)) => {
                    self.close(self.last_end);
                    self.marker = Some(marker);
                    self.marker_dot = dot;
                }
                _ => self.words += 1,
            }
        }
        self.open(at);
        self.last_end = at + c.len_utf8();
    }

    /// A terminator: asks the rules, closes the piece if they say so, and returns where to
    /// go on.
    fn terminator(&mut self, at: usize) -> usize {
        if at == self.marker_dot {
            self.marker_dot = NOWHERE;
            self.content(at, '.');
            return at + 1;
        }
        if !self.in_token {
            self.in_token = true;
            self.token_start = at;
            self.words_before_token = self.words;
        }
        self.open(at);
        let stop = rules::stop(
            self.text,
            self.token_start,
            at,
            self.words_before_token,
            self.lexicon,
            self.spaced_opener_from(at),
            self.writing,
        );
        self.last_end = stop.end;
        let brk = if self.is_enclosed(at, stop.end) {
            Break::None
        } else {
            stop.brk
        };
        match brk {
            Break::Strong => self.close(stop.end),
            Break::Weak if stop.line_break => self.close(stop.end),
            Break::Weak => {}
            Break::None => self.held_end = stop.end,
        }
        stop.resume
    }

    /// A line break at `at`: ends the piece at a blank line, and at a single line break
    /// unless the line runs on into the next one. Returns the start of the next line's text.
    fn line_break(&mut self, at: usize) -> usize {
        let (next, breaks) = skip_whitespace(self.text, at);
        self.in_token = false;
        self.marker = None;
        self.marker_dot = NOWHERE;
        if next >= self.text.len() {
            return next;
        }
        if breaks >= 2 {
            self.close(self.last_end);
            if !self.out.is_empty() {
                self.paragraph_pending = true;
            }
            return next;
        }
        if self.start.is_some() {
            let runs_on = self.held_end == self.last_end
                || (char_at(self.text, next).is_some_and(char::is_lowercase)
                    && !self.writing.lowercase_starts)
                || char_before(self.text, self.last_end).is_some_and(binds_to_next_line)
                || (self.is_wrapped_line_end(at) && list_marker(self.text, next).is_none());
            if !runs_on {
                self.close(self.last_end);
            }
        }
        next
    }

    /// Whether the line break at `at` cuts a line of a hard-wrapped paragraph. Asked in
    /// increasing order of `at`.
    fn is_wrapped_line_end(&mut self, at: usize) -> bool {
        while self
            .wrapped_line_ends
            .get(self.next_wrapped)
            .is_some_and(|&end| end < at)
        {
            self.next_wrapped += 1;
        }
        self.wrapped_line_ends.get(self.next_wrapped) == Some(&at)
    }

    /// Whether a stop from `at` to `end` (with its closers) stands inside a bracket that
    /// closes within its sentence, or is an exclamation or question inside such a quotation.
    /// Asked in increasing order of `at`.
    fn is_enclosed(&mut self, at: usize, end: usize) -> bool {
        let spans = &self.enclosures.spans;
        while spans.get(self.next_span).is_some_and(|span| span.end <= at) {
            self.next_span += 1;
        }
        spans.get(self.next_span).is_some_and(|span| {
            span.open < at
                && end <= span.limit
                && !(span.quotation && matches!(self.text.as_bytes().get(at), Some(b'.')))
                && !(span.quotation && self.text.get(at..).is_some_and(|t| t.starts_with('…')))
        })
    }

    /// The first quote at or after `at` that stands alone and opens a quotation. Asked in
    /// increasing order of `at`.
    fn spaced_opener_from(&mut self, at: usize) -> Option<usize> {
        let openers = &self.enclosures.spaced_openers;
        while openers
            .get(self.next_spaced_opener)
            .is_some_and(|&o| o < at)
        {
            self.next_spaced_opener += 1;
        }
        openers.get(self.next_spaced_opener).copied()
    }

    /// Opens a piece at `at` unless one is open.
    fn open(&mut self, at: usize) {
        if self.start.is_none() {
            if self.paragraph_pending {
                self.paragraph += 1;
                self.paragraph_pending = false;
            }
            self.start = Some(at);
        }
    }

    /// Closes the open piece, if any, at `end`.
    fn close(&mut self, end: usize) {
        if let Some(start) = self.start.take() {
            if let Some(text) = self.text.get(start..end).filter(|t| !t.is_empty()) {
                let kind = if ends_with_terminator(text) {
                    SegmentKind::Sentence
                } else {
                    SegmentKind::Fragment
                };
                self.out.push(Segment {
                    text,
                    span: start..end,
                    kind,
                    paragraph: self.paragraph,
                });
            }
        }
        self.words = 0;
        self.held_end = NOWHERE;
        self.in_token = false;
        // A list goes on only within its piece.
        self.marker = None;
    }
}

/// A list marker at byte `at`: one to three digits, one lowercase letter or a Roman numeral
/// (up to six capitals, or up to four of `i`, `v`, `x`), then `.`, `.)` or `)`, then
/// whitespace. Returns it and the offset of its period ([`NOWHERE`] for `1)`).
fn list_marker(text: &str, at: usize) -> Option<(Marker, usize)> {
    let bytes = text.as_bytes();
    let first = *bytes.get(at)?;
    let (numbering, value, after) = if let Some((value, len)) = roman_numeral(bytes.get(at..)?) {
        (Numbering::Roman, value, at + len)
    } else if first.is_ascii_digit() {
        let mut value = 0u32;
        let mut pos = at;
        while let Some(&digit) = bytes.get(pos).filter(|b| b.is_ascii_digit()) {
            if pos - at == 3 {
                return None;
            }
            value = value * 10 + u32::from(digit - b'0');
            pos += 1;
        }
        (Numbering::Digits, value, pos)
    } else if first.is_ascii_lowercase() {
        (Numbering::Letters, u32::from(first - b'a') + 1, at + 1)
    } else {
        return None;
    };
    let (style, dot, end) = match (bytes.get(after), bytes.get(after + 1)) {
        (Some(b'.'), Some(b')')) => (MarkerStyle::DotParen, after, after + 2),
        (Some(b'.'), _) => (MarkerStyle::Dot, after, after + 1),
        (Some(b')'), _) => (MarkerStyle::Paren, NOWHERE, after + 1),
        _ => return None,
    };
    if !char_at(text, end).is_some_and(char::is_whitespace) {
        return None;
    }
    Some((
        Marker {
            numbering,
            style,
            value,
        },
        dot,
    ))
}

/// The value and length of a Roman numeral at the start of `bytes`, followed by no letter:
/// up to six capitals (`I`, `XIV`), or two to four lowercase `i`, `v`, `x` (`ii`, `viii`;
/// a lone `i` or `v` is a letter of a lettered list, and longer lowercase runs are words).
fn roman_numeral(bytes: &[u8]) -> Option<(u32, usize)> {
    let upper = bytes
        .iter()
        .take(7)
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        .count();
    let lower = bytes
        .iter()
        .take(5)
        .take_while(|b| matches!(b, b'i' | b'v' | b'x'))
        .count();
    let len = if (1..=6).contains(&upper) {
        upper
    } else if (2..=4).contains(&lower) {
        lower
    } else {
        return None;
    };
    if bytes.get(len).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let digit = |b: &u8| -> i32 {
        match b.to_ascii_uppercase() {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            _ => 1000,
        }
    };
    let digits = bytes.get(..len)?;
    let mut value = 0i32;
    for (index, b) in digits.iter().enumerate() {
        let here = digit(b);
        if digits.get(index + 1).is_some_and(|next| digit(next) > here) {
            value -= here;
        } else {
            value += here;
        }
    }
    Some((u32::try_from(value).unwrap_or(0), len))
}

/// Whether `byte` is an ASCII char that [`Scanner::run`] hands to [`Scanner::content`]
/// without a look around it: not whitespace, a terminator, or a colon or semicolon.
fn extends_token(byte: u8) -> bool {
    byte.is_ascii()
        && !matches!(
            byte,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b'.' | b'!' | b'?' | b':' | b';'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, start, kind, paragraph) of each piece.
    fn pieces(text: &str) -> Vec<(&str, usize, SegmentKind, usize)> {
        scan(
            text,
            &super::super::rules::Lexicon::of(crate::language::Language::English),
        )
        .into_iter()
        .map(|s| {
            assert_eq!(&text[s.span.clone()], s.text);
            (s.text, s.span.start, s.kind, s.paragraph)
        })
        .collect()
    }

    use SegmentKind::{Fragment as F, Sentence as S};

    #[test]
    fn headings_stay_apart_from_the_next_line() {
        let text = "One sentence.\nNotable Progress in AI\nPony Ma said so. Then left.";
        assert_eq!(
            pieces(text),
            [
                ("One sentence.", 0, S, 0),
                ("Notable Progress in AI", 14, F, 0),
                ("Pony Ma said so.", 37, S, 0),
                ("Then left.", 54, S, 0),
            ]
        );
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "This line wraps\ninto the next one. And\nHere";
        assert_eq!(
            pieces(text),
            [
                ("This line wraps\ninto the next one.", 0, S, 0),
                ("And", 35, F, 0),
                ("Here", 39, F, 0),
            ]
        );
        let text = "Ask Mr.\nSmith about it.\r\nthe U.S.\r\ngovernment.";
        assert_eq!(
            pieces(text),
            [
                ("Ask Mr.\nSmith about it.", 0, S, 0),
                ("the U.S.\r\ngovernment.", 25, S, 0)
            ]
        );
    }

    #[test]
    fn wrapped_lines_run_on_before_a_capital_but_headings_stay_apart() {
        let text = "Findings\n\
                    The survey was sent to every household in the county of\n\
                    Kent, and the answers were counted by hand at the town hall\n\
                    in Maidstone over six weeks. Most households replied.\n\
                    1. The response rate was high, at more than seventy per cent";
        assert_eq!(
            pieces(text),
            [
                ("Findings", 0, F, 0),
                (
                    "The survey was sent to every household in the county of\n\
                     Kent, and the answers were counted by hand at the town hall\n\
                     in Maidstone over six weeks.",
                    9,
                    S,
                    0
                ),
                ("Most households replied.", 154, S, 0),
                (
                    "1. The response rate was high, at more than seventy per cent",
                    179,
                    F,
                    0
                ),
            ]
        );
    }

    #[test]
    fn cjk_lines_ending_on_a_comma_or_binding_particle_run_on() {
        let text = "注目ニュース\nこれは父の\n家です。東京では、\n雨が降った。";
        assert_eq!(
            pieces(text).iter().map(|p| (p.0, p.2)).collect::<Vec<_>>(),
            [
                ("注目ニュース", F),
                ("これは父の\n家です。", S),
                ("東京では、\n雨が降った。", S)
            ]
        );
    }

    #[test]
    fn a_full_stop_at_a_line_end_is_kept_before_a_lowercase_line() {
        let text = "Start exploring.\napp-storeplay-store";
        assert_eq!(
            pieces(text),
            [
                ("Start exploring.", 0, S, 0),
                ("app-storeplay-store", 17, F, 0)
            ]
        );
    }

    #[test]
    fn paragraphs_count_blocks_between_blank_lines() {
        let text = "\n\nTitle\n \t\nFirst. Second.\r\n\r\n\r\nLast\u{2029}After";
        assert_eq!(
            pieces(text),
            [
                ("Title", 2, F, 0),
                ("First.", 11, S, 1),
                ("Second.", 18, S, 1),
                ("Last", 31, F, 2),
                ("After", 38, F, 3),
            ]
        );
    }

    #[test]
    fn lists_split_at_bullets_and_consecutive_numbers() {
        let text = "1.) The first item 2.) The second item";
        assert_eq!(
            pieces(text),
            [
                ("1.) The first item", 0, F, 0),
                ("2.) The second item", 19, F, 0)
            ]
        );
        let text = "a. The first item b. The second item";
        assert_eq!(
            pieces(text),
            [
                ("a. The first item", 0, F, 0),
                ("b. The second item", 18, F, 0)
            ]
        );
        let text = "• 9. The first item • 10. The second item";
        assert_eq!(
            pieces(text),
            [
                ("• 9. The first item", 0, F, 0),
                ("• 10. The second item", 22, F, 0)
            ]
        );
        // Numbers that do not follow each other are no list.
        let text = "He scored 1) and 3) points";
        assert_eq!(pieces(text), [(text, 0, F, 0)]);
    }

    #[test]
    fn cjk_stops_need_no_space() {
        let text = "你好。我很好！谢谢";
        assert_eq!(
            pieces(text),
            [
                ("你好。", 0, S, 0),
                ("我很好！", 9, S, 0),
                ("谢谢", 21, F, 0)
            ]
        );
    }

    /// The texts of the pieces of `text` split as `language`.
    fn texts(text: &str, language: crate::language::Language) -> Vec<&str> {
        scan(text, &super::super::rules::Lexicon::of(language))
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn scripts_with_their_own_full_stops() {
        use crate::language::Language::English;
        assert_eq!(
            texts("እንደምን አለህ፧መልካም ቀን ይሁንልህ።", English),
            ["እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"]
        );
        assert_eq!(
            texts("सच्चाई यह है। हो सकता है।", English),
            ["सच्चाई यह है।", "हो सकता है।"]
        );
        // Armenian ends sentences with `:` (for `։`); its `.` is a pause.
        assert_eq!(
            texts("Մութ է: Ես պետք է տուն. վերադառնամ:", English),
            ["Մութ է:", "Ես պետք է տուն. վերադառնամ:"]
        );
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn a_semicolon_before_a_sentence_opener_ends_a_sentence() {
        use crate::language::Language::{English, Spanish};
        assert_eq!(
            texts(
                "Lo hizo para el Estado; Los discos salieron en 2003.",
                Spanish
            ),
            ["Lo hizo para el Estado;", "Los discos salieron en 2003."]
        );
        assert_eq!(
            texts("Lo hizo para el Estado; fue lanzado por Warner.", Spanish).len(),
            1
        );
        assert_eq!(texts("I came; I saw; They left.", English).len(), 2);
    }

    #[test]
    fn no_sentence_ends_inside_a_bracket_that_closes_within_it() {
        use crate::language::Language::English;
        assert_eq!(
            texts(
                "See the table (cf. p. 3. Also the notes. Really!) for it. Then go.",
                English
            ),
            [
                "See the table (cf. p. 3. Also the notes. Really!) for it.",
                "Then go."
            ]
        );
        assert_eq!(
            texts("Your plan (sure? sure?) might work.", English).len(),
            1
        );
        // A bracketed sentence of its own still ends at its stop.
        assert_eq!(
            texts("(A sentence in brackets.) Another one.", English),
            ["(A sentence in brackets.)", "Another one."]
        );
        // One that does not close keeps nothing together.
        assert_eq!(
            texts("He left (for good. Then we ate. It rained.", English).len(),
            3
        );
    }

    #[test]
    fn a_cry_or_question_inside_a_title_is_no_sentence_end() {
        use crate::language::Language::English;
        assert_eq!(
            texts("The film \"Run! Run!\" opened today. It won.", English),
            ["The film \"Run! Run!\" opened today.", "It won."]
        );
        assert_eq!(
            texts("The novel is called \"Guards! Guards!\".", English).len(),
            1
        );
        assert_eq!(
            texts("「走れ！走れ！」と彼は言った。次だ。", English),
            ["「走れ！走れ！」と彼は言った。", "次だ。"]
        );
        // Quoted sentences followed by a new one are sentences.
        assert_eq!(
            texts("He said \"Stop! Go!\" Then he left.", English),
            ["He said \"Stop!", "Go!\"", "Then he left."]
        );
        // Edited text counts the sentences of a quotation even when the one around it
        // goes on.
        assert_eq!(
            texts("\"We came. We saw,\" he said.", English),
            ["\"We came.", "We saw,\" he said."]
        );
    }

    #[test]
    fn marks_standing_apart_never_make_a_sentence() {
        use crate::language::Language::English;
        assert_eq!(
            texts(
                "They guard the Wind Tribe ! ! ! And there is more .",
                English
            ),
            ["They guard the Wind Tribe ! ! !", "And there is more ."]
        );
        assert_eq!(
            texts("It aired on Bravo ! . Then it ended.", English),
            ["It aired on Bravo ! .", "Then it ended."]
        );
        assert_eq!(texts("Happy! . . . no one had said so.", English).len(), 1);
        assert_eq!(
            texts("Happy? ... No one had said so.", English),
            ["Happy? ...", "No one had said so."]
        );
    }

    #[test]
    fn an_ellipsis_before_a_sentence_opener_ends_a_sentence() {
        use crate::language::Language::English;
        assert_eq!(texts("Hey... Now.", English), ["Hey...", "Now."]);
        assert_eq!(
            texts("Happy . . . No one had said so.", English),
            ["Happy . . .", "No one had said so."]
        );
        // A name may go on; an omission mark of its own opens nothing.
        assert_eq!(texts("He spoke as… Pope, then left.", English).len(), 1);
        assert_eq!(texts("(...) The end.", English).len(), 1);
    }

    #[test]
    fn a_lowercase_word_after_a_period_follows_an_abbreviation_in_edited_prose() {
        use crate::language::Language::English;
        for text in [
            "He is 5 ft. 6 in. tall.",
            "The recipe calls for 8 oz. of sugar.",
            "The wind comes from the NW. of the valley.",
            "It costs 100 грн. або більше.",
            "What about the med. staff here?",
        ] {
            assert_eq!(texts(text, English), [text]);
        }
        // Whole words, and text that starts sentences in lowercase, still split.
        assert_eq!(
            texts("It was a cold night. and then it rained.", English).len(),
            2
        );
        assert_eq!(
            texts(
                "i love it. you should get a dog. tell val. the rest",
                English
            )
            .len(),
            4
        );
    }

    #[test]
    fn a_time_or_an_era_ends_its_sentence_before_a_sentence_opener() {
        use crate::language::Language::English;
        assert_eq!(
            texts("We stayed until 9 p.m. Then we left.", English),
            ["We stayed until 9 p.m.", "Then we left."]
        );
        assert_eq!(texts("At 6 a.m. The birds sing.", English).len(), 2);
        // A title, a day or a name may go on.
        for text in [
            "At 9 a.m. Dr. Lee spoke.",
            "It is open to 4 p.m. Monday through Saturday.",
            "In 1987, H.R.F. Keating wrote it.",
        ] {
            assert_eq!(texts(text, English), [text]);
        }
    }

    #[test]
    #[cfg(feature = "lang-pt")]
    fn marks_quotes_and_tokens_that_stay_with_their_sentence() {
        use crate::language::Language::{English, Portuguese};
        // Guillemets close either way round.
        assert_eq!(
            texts("»Wirklich?« »Ja, absolut!«", English),
            ["»Wirklich?«", "»Ja, absolut!«"]
        );
        // Reference marks, glued or spaced.
        assert_eq!(
            texts("Foi castigo corporal.[13] Na Marinha, não.", Portuguese),
            ["Foi castigo corporal.[13]", "Na Marinha, não."]
        );
        assert_eq!(
            texts("Hydrogen is a gas. [1][2] [3] It burns.", English),
            ["Hydrogen is a gas. [1][2] [3]", "It burns."]
        );
        // Backticks quote plain text.
        assert_eq!(
            texts("He said `close it.` Next one.", English),
            ["He said `close it.`", "Next one."]
        );
        // Tokenized text: a period standing apart belongs to the word before it.
        assert_eq!(
            texts("Hello Mr . Robinson , how are you ?", English).len(),
            1
        );
        // A Roman numeral numbers like digits.
        assert_eq!(texts("Going Underground Vol. II is out.", English).len(), 1);
    }

    #[test]
    fn lowercased_tokenized_text_ends_sentences_at_periods_standing_apart() {
        use crate::language::Language::English;
        // No capital anywhere: the spaced period is all that marks a sentence's end.
        assert_eq!(
            texts(
                "the town is n't big . it has a mill , says mr . brown of the u.s. army .",
                English
            ),
            [
                "the town is n't big .",
                "it has a mill , says mr . brown of the u.s. army ."
            ]
        );
        // One capital, and capitals are what mark sentence starts there.
        assert_eq!(
            texts("the town is n't big . it has a mill in Kent .", English).len(),
            1
        );
    }

    #[test]
    fn initials_in_every_script_and_the_greek_question_mark() {
        use crate::language::Language::English;
        // Malayalam and Hindi initials and titles: a letter with its vowel sign, or
        // consonants joined by a virama.
        assert_eq!(
            texts("ഇത് പ്രൊ. കെ.പി. മോഹനൻ. ഇദ്ദേഹം വന്നു.", English),
            ["ഇത് പ്രൊ. കെ.പി. മോഹനൻ.", "ഇദ്ദേഹം വന്നു."]
        );
        assert_eq!(texts("डॉ. शर्मा आए। वह खुश थे।", English).len(), 2);
        assert_eq!(
            texts("Τι ώρα είναι; Είναι αργά. Α. Παπαδόπουλος ήρθε.", English),
            ["Τι ώρα είναι;", "Είναι αργά.", "Α. Παπαδόπουλος ήρθε."]
        );
        // A Latin semicolon is no question.
        assert_eq!(texts("I came; he left.", English).len(), 1);
    }

    #[test]
    fn a_full_stop_that_lost_its_space_before_a_sentence_opener() {
        use crate::language::Language::English;
        assert_eq!(
            texts("Hello world.Today is Tuesday.Mr. Smith came.", English),
            ["Hello world.", "Today is Tuesday.", "Mr. Smith came."]
        );
        for text in [
            "Mail Jane.Doe@example.com today.",
            "See www.The-site.com now.",
            "Ask Mr.Smith about Node.Js and U.S.A. today.",
        ] {
            assert_eq!(texts(text, English), [text]);
        }
    }

    #[test]
    fn units_times_commas_and_roman_items() {
        use crate::language::Language::English;
        for text in [
            "At 6a.m. the birds sing.",
            "He bought 5 ft. 3 in. 2 lb. of wood.",
            "It was called Slanged ! , and it sold.",
        ] {
            assert_eq!(texts(text, English), [text]);
        }
        assert_eq!(
            texts("I. This goes first. II. And this after.", English),
            ["I. This goes first.", "II. And this after."]
        );
    }

    #[test]
    fn chat_starts_sentences_and_lines_in_lowercase() {
        use crate::language::Language::English;
        assert_eq!(
            texts(
                "i loved it\nthe food was great. awesome place!!! it was worth it",
                English
            ),
            [
                "i loved it",
                "the food was great.",
                "awesome place!!!",
                "it was worth it"
            ]
        );
        // Edited text runs a line on into a lowercase one, and keeps `!` in names.
        assert_eq!(
            texts("She works at Yahoo! in the city. It was\nraining.", English),
            ["She works at Yahoo! in the city.", "It was\nraining."]
        );
        assert_eq!(
            texts("It was a great beach... Nice warm water.", English),
            ["It was a great beach...", "Nice warm water."]
        );
    }

    #[test]
    fn list_marker_shapes() {
        let dot = Marker {
            numbering: Numbering::Digits,
            style: MarkerStyle::Dot,
            value: 12,
        };
        assert_eq!(list_marker("12. x", 0), Some((dot, 2)));
        assert_eq!(list_marker("1234. x", 0), None);
        assert_eq!(list_marker("1.5 x", 0), None);
        assert_eq!(
            list_marker("b) x", 0).map(|(m, d)| (m.value, d)),
            Some((2, NOWHERE))
        );
        assert_eq!(list_marker("B. x", 0), None);
        assert_eq!(
            list_marker("XIV. x", 0).map(|(m, d)| (m.numbering, m.value, d)),
            Some((Numbering::Roman, 14, 3))
        );
        assert_eq!(list_marker("iii) x", 0).map(|(m, _)| m.value), Some(3));
        assert_eq!(list_marker("iv. x", 0).map(|(m, _)| m.value), Some(4));
        assert_eq!(list_marker("XIVa. x", 0), None);
        assert_eq!(list_marker("3.", 0), None);
    }
}
