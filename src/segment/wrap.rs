//! Hard-wrapped paragraphs: text cut into lines of a fixed width, as in PDF extracts, e-mail
//! and plain-text files, where a line end falls wherever the width ran out.
//!
//! The scanner takes a line without final punctuation for a title or heading unless the
//! next line starts lowercase. In a hard-wrapped paragraph that misreads every line end that
//! happens to fall before a capitalised word (`… Maestría en\nIngeniería …`). A paragraph is
//! taken for hard-wrapped only on evidence of its own: most of its lines come close to the
//! same width, and of those that punctuation leaves open, most end visibly inside a
//! sentence (before a lowercase word, or after a comma or a dash). In such a paragraph a
//! line that reaches close to the paragraph's width was cut by the width, not ended by its
//! writer, so the sentence goes on; a short line (a heading above the prose, the last line
//! of a sentence) still ends where it ends.

use super::chars::ends_with_terminator;
#[cfg(test)]
use super::chars::{char_at, is_line_break};

/// The narrowest width that counts as hard wrapping: shorter lines are lists, menus or
/// verse, whose line ends are meant.
const MIN_WIDTH: usize = 40;

/// The widest: pages and terminals hold 60 to about 110 chars a line. Longer lines are
/// paragraphs or sentences, one per line, as people type them.
const MAX_WIDTH: usize = 130;

/// A line of a paragraph that ends at least this share of the paragraph's width (as
/// `numerator / denominator`) was cut by the width.
const FULL_LINE: (usize, usize) = (3, 4);

/// One non-blank line.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// The offset of the line break that ends it.
    end: usize,
    /// Its length in chars, without surrounding whitespace.
    chars: usize,
    /// Its last non-whitespace char.
    last: char,
    /// Whether it ends without sentence-final punctuation, so that punctuation does not
    /// say whether its sentence goes on.
    open: bool,
    /// Its first non-whitespace char.
    first: char,
}

/// Finds the line breaks after which a hard-wrapped paragraph's sentence goes on, fed the
/// line breaks in order (by `prepass`).
#[derive(Debug, Default)]
pub(super) struct Paragraphs {
    run_ons: Vec<usize>,
    paragraph: Vec<Line>,
    line_start: usize,
}

impl Paragraphs {
    /// The line break `c` at `at`, `width` bytes long.
    pub(super) fn line_break(&mut self, text: &str, at: usize, c: char, width: usize) {
        match text.get(self.line_start..at).and_then(|l| line_of(l, at)) {
            Some(line) => self.paragraph.push(line),
            None => close_paragraph(&mut self.paragraph, &mut self.run_ons),
        }
        if c == '\u{2029}' {
            close_paragraph(&mut self.paragraph, &mut self.run_ons);
        }
        self.line_start = at + width;
    }

    /// The offsets of the line breaks, in increasing order, after which a hard-wrapped
    /// paragraph's sentence goes on.
    pub(super) fn finish(mut self, text: &str) -> Vec<usize> {
        if let Some(line) = text
            .get(self.line_start..)
            .and_then(|l| line_of(l, text.len()))
        {
            self.paragraph.push(line);
        }
        close_paragraph(&mut self.paragraph, &mut self.run_ons);
        self.run_ons
    }
}

/// The offsets of the line breaks, in increasing order, after which a hard-wrapped
/// paragraph's sentence goes on, in a pass of its own.
#[cfg(test)]
fn run_on_line_ends(text: &str) -> Vec<usize> {
    let mut paragraphs = Paragraphs::default();
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let width = if text.get(at..).is_some_and(|rest| rest.starts_with("\r\n")) {
            2
        } else {
            c.len_utf8()
        };
        if is_line_break(c) {
            paragraphs.line_break(text, at, c, width);
        }
        at += width;
    }
    paragraphs.finish(text)
}

/// The line `text`, ended by the break at `end`, unless it is blank.
fn line_of(text: &str, end: usize) -> Option<Line> {
    let trimmed = text.trim();
    Some(Line {
        end,
        chars: trimmed.chars().count(),
        last: trimmed.chars().next_back()?,
        open: !ends_with_terminator(trimmed),
        first: trimmed.chars().next()?,
    })
}

/// Judges the lines gathered as one paragraph (the last of which ends it) and empties them.
fn close_paragraph(paragraph: &mut Vec<Line>, run_ons: &mut Vec<usize>) {
    let width = paragraph.iter().map(|line| line.chars).max().unwrap_or(0);
    let breaks = paragraph.len().saturating_sub(1);
    if breaks >= 2 && (MIN_WIDTH..=MAX_WIDTH).contains(&width) {
        let pairs = || paragraph.iter().zip(paragraph.iter().skip(1));
        let (numerator, denominator) = FULL_LINE;
        let is_full = |line: &Line| line.chars * denominator >= width * numerator;
        let full = pairs().filter(|(line, _)| is_full(line)).count();
        let full_and_open = pairs()
            .filter(|(line, _)| is_full(line) && line.open)
            .count();
        let inside_sentence = pairs()
            .filter(|(line, next)| is_full(line) && line.open && ends_inside_sentence(line, next))
            .count();
        // Wrapped lines fill the width again and again; one long line among short ones
        // sets no width.
        if full * 2 >= breaks && inside_sentence * 2 >= full_and_open {
            run_ons.extend(
                pairs()
                    .filter(|(line, _)| is_full(line))
                    .map(|(line, _)| line.end),
            );
        }
    }
    paragraph.clear();
}

/// Whether a line end visibly falls inside a sentence.
fn ends_inside_sentence(line: &Line, next: &Line) -> bool {
    next.first.is_lowercase() || matches!(line.last, ',' | '-' | '‐' | '–' | '—' | '(')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_lines_of_a_wrapped_paragraph_run_on() {
        let text = "The committee met on Tuesday to review the budget of the\n\
                    Museum of Modern Art for the coming year, and agreed that it\n\
                    should receive more money than it did last year, while the\n\
                    library and the archive would both get less than they asked\n\
                    for.\n";
        let ends: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
        assert_eq!(run_on_line_ends(text), ends[..4]);
    }

    #[test]
    fn short_lines_and_unwrapped_paragraphs_end_where_they_end() {
        // The heading is short; the prose below it is wrapped.
        let text = "Results\nThe committee met on Tuesday to review the budget for the\n\
                    coming year, and agreed that the Museum of Modern Art should\n\
                    receive more money.";
        let first_break = text.find('\n').unwrap_or(0);
        assert!(!run_on_line_ends(text).contains(&first_break));
        // One line per sentence, none visibly cut: nothing runs on.
        let text = "Thanks for the long and very helpful reply you sent me yesterday\n\
                    Please send the remaining documents to the office next week\n\
                    We will answer them as soon as the whole team is back again";
        assert!(run_on_line_ends(text).is_empty());
        // Short lines are a list, not wrapped prose.
        assert!(run_on_line_ends("apples,\npears,\nplums").is_empty());
        // One long line among short ones sets no width.
        let text = format!(
            "{}\nshort line,\nand another,\nand more",
            "word ".repeat(30)
        );
        assert!(run_on_line_ends(&text).is_empty());
    }

    #[test]
    fn blank_lines_and_paragraph_separators_part_paragraphs() {
        let wrapped = "a line that is long enough to be wrapped, at the width\n\
                       of the paragraph, goes on in the next line and the\n\
                       next";
        let text = format!("{wrapped}\n\n{wrapped}\u{2029}{wrapped}");
        assert_eq!(run_on_line_ends(&text).len(), 6);
        assert!(run_on_line_ends("\r\n\r\n\u{85}\u{2028}").is_empty());
    }
}
