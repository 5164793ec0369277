//! Markdown: CommonMark's block structure with the common extensions (tables, task lists,
//! footnotes, front matter), read line by line as the CommonMark specification describes
//! it — containers (block quotes, list items, footnote definitions) matched at each line's
//! start, then leaf blocks (paragraphs, headings, code, HTML, tables) opened or continued.
//!
//! Only the blocks matter here, not the inline markup within them: a paragraph's bytes stay
//! as written (emphasis, links and inline code included), so that its sentences are slices
//! of the input. Paragraphs are prose, quoted when inside a block quote; headings are
//! fragments; everything else is structure, which no sentence crosses. A paragraph of only
//! images and tags (a row of badges) is structure too, and so is a section titled as a list
//! of references.
//!
//! The rules follow the specification closely enough that the evaluation tool, which places
//! sentences with the `pulldown-cmark` parser, finds the same blocks; a parser of its own
//! keeps the npm package's WebAssembly module small.

use std::ops::Range;

use super::references::is_references_title;
use super::{Block, BlockKind};

/// The blocks of a Markdown `text`: prose paragraphs, quoted paragraphs, headings and
/// structure, in order, without overlap.
pub(super) fn read(text: &str) -> Vec<Block> {
    let mut parser = Parser {
        text,
        containers: Vec::new(),
        quotes: Vec::new(),
        leaf: Leaf::None,
        out: Vec::new(),
    };
    let mut lines = Lines::new(text);
    if let Some(end) = front_matter(text) {
        parser.structure(0..end);
        lines.skip_to(end);
    }
    for line in lines {
        parser.line(line);
    }
    parser.close_leaf();
    drop_reference_sections(parser.out)
}

/// A container block: what a line must start with to stay inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    /// A block quote: `>`.
    Quote,
    /// A list item or footnote definition: this many columns of indentation (blank lines
    /// stay inside).
    Indented { width: usize, footnote: bool },
}

/// How an HTML block ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HtmlEnd {
    /// At the line holding one of these (lowercase, compared without case).
    Contains(&'static [&'static str]),
    /// Before the next blank line.
    BlankLine,
}

/// The leaf block being read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Leaf {
    None,
    Paragraph {
        span: Range<usize>,
        first_line: Range<usize>,
        lines: usize,
        kind: BlockKind,
    },
    Fenced {
        start: usize,
        end: usize,
        fence: u8,
        length: usize,
    },
    Indented {
        start: usize,
        end: usize,
    },
    Html {
        start: usize,
        end: usize,
        until: HtmlEnd,
    },
    Table {
        start: usize,
        end: usize,
    },
}

/// A block found, with its heading level (0 for other blocks).
struct Found {
    block: Block,
    level: u8,
    /// A heading that opens a list of references.
    references: bool,
}

/// The state of the line-by-line pass.
struct Parser<'a> {
    text: &'a str,
    /// The open containers, outermost first.
    containers: Vec<Container>,
    /// The positions of the block quotes among `containers`, in increasing order: a blank
    /// line stays inside every container before the first of them.
    quotes: Vec<usize>,
    leaf: Leaf,
    out: Vec<Found>,
}

impl Parser<'_> {
    /// Reads one line: which open containers it continues, then what it opens or adds to.
    fn line(&mut self, line: Line) {
        let Some(bytes) = self.text.as_bytes().get(line.start..line.end) else {
            return;
        };
        let mut at = Cursor {
            bytes,
            pos: 0,
            col: 0,
        };
        let blank = at.is_blank();
        let matched = if blank {
            self.quotes
                .first()
                .copied()
                .unwrap_or(self.containers.len())
        } else {
            self.match_containers(&mut at)
        };
        let all_matched = matched == self.containers.len();
        if all_matched && self.continue_leaf(&mut at, &line, blank) {
            return;
        }
        let paragraph_open = matches!(self.leaf, Leaf::Paragraph { .. });
        let mut opened = false;
        let mut footnote_here = false;
        loop {
            let interrupting = paragraph_open && all_matched && !opened;
            let indent = at.indent();
            if indent >= 4 {
                if paragraph_open && !opened || at.is_blank() {
                    break;
                }
                self.close_unmatched(matched, &mut opened);
                at.advance_columns(4);
                let start = line.start + at.pos;
                self.leaf = Leaf::Indented {
                    start,
                    end: line.start + at.content_end(),
                };
                return;
            }
            let rest = at.rest_after_indent();
            let start = line.start + at.pos + (at.nonspace_pos() - at.pos);
            match rest.first() {
                Some(b'>') => {
                    self.close_unmatched(matched, &mut opened);
                    self.close_leaf();
                    at.skip_indent();
                    at.pos += 1;
                    at.col += 1;
                    if matches!(at.bytes.get(at.pos), Some(b' ' | b'\t')) {
                        at.advance_columns(1);
                    }
                    self.quotes.push(self.containers.len());
                    self.containers.push(Container::Quote);
                    continue;
                }
                Some(b'#') => {
                    if let Some(heading) = atx_heading(rest) {
                        self.close_unmatched(matched, &mut opened);
                        self.close_leaf();
                        if !heading.content.is_empty() {
                            self.push(
                                start + heading.content.start..start + heading.content.end,
                                BlockKind::Heading,
                                heading.level,
                            );
                        }
                        return;
                    }
                }
                Some(&fence @ (b'`' | b'~')) => {
                    if let Some(length) = fence_opening(rest, fence) {
                        self.close_unmatched(matched, &mut opened);
                        self.close_leaf();
                        self.leaf = Leaf::Fenced {
                            start,
                            end: line.start + at.content_end(),
                            fence,
                            length,
                        };
                        return;
                    }
                }
                Some(b'<') => {
                    if let Some(until) = html_start(rest, interrupting) {
                        self.close_unmatched(matched, &mut opened);
                        self.close_leaf();
                        let end = line.start + at.content_end();
                        if matches!(until, HtmlEnd::Contains(ends) if contains_any(rest, ends)) {
                            self.structure(start..end);
                        } else {
                            self.leaf = Leaf::Html { start, end, until };
                        }
                        return;
                    }
                }
                _ => {}
            }
            if interrupting {
                if let Some(level) = setext_underline(rest) {
                    if let Leaf::Paragraph { span, .. } =
                        std::mem::replace(&mut self.leaf, Leaf::None)
                    {
                        self.push(span, BlockKind::Heading, level);
                    }
                    return;
                }
            }
            if is_thematic_break(rest) {
                self.close_unmatched(matched, &mut opened);
                self.close_leaf();
                self.structure(start..line.start + at.content_end());
                return;
            }
            if !interrupting {
                if let Some(width) = footnote_label(rest) {
                    self.close_unmatched(matched, &mut opened);
                    self.close_leaf();
                    let indent = at.indent();
                    at.advance_columns(indent);
                    at.pos += width;
                    at.col += width;
                    let spaces = at.indent();
                    at.advance_columns(spaces);
                    self.containers.push(Container::Indented {
                        width: 4,
                        footnote: true,
                    });
                    footnote_here = true;
                    continue;
                }
            }
            if let Some(item) = list_marker(rest) {
                let empty = rest.get(item.marker..).is_none_or(is_blank);
                if !(interrupting && (empty || item.ordered_not_one)) {
                    self.close_unmatched(matched, &mut opened);
                    self.close_leaf();
                    let indent = at.indent();
                    at.advance_columns(indent);
                    at.pos += item.marker;
                    at.col += item.marker;
                    let spaces = at.indent();
                    let padding = if empty || spaces >= 5 || spaces == 0 {
                        1
                    } else {
                        spaces
                    };
                    at.advance_columns(padding.min(spaces));
                    self.containers.push(Container::Indented {
                        width: indent + item.marker + padding,
                        footnote: false,
                    });
                    if !empty {
                        skip_task_marker(&mut at);
                    }
                    continue;
                }
            }
            if interrupting && self.table_delimiter(rest) {
                if let Leaf::Paragraph {
                    span, first_line, ..
                } = &self.leaf
                {
                    self.leaf = Leaf::Table {
                        start: first_line.start.min(span.start),
                        end: line.start + at.content_end(),
                    };
                }
                return;
            }
            break;
        }
        if !opened && !all_matched && paragraph_open && !blank {
            // A lazy continuation line: the paragraph goes on outside its containers.
            self.extend_paragraph(line.start + at.content_end());
            return;
        }
        self.close_unmatched(matched, &mut opened);
        if at.is_blank() {
            if !footnote_here {
                self.close_leaf();
            }
            return;
        }
        let start = line.start + at.nonspace_pos();
        let end = line.start + at.content_end();
        match &mut self.leaf {
            Leaf::Paragraph { .. } => self.extend_paragraph(end),
            Leaf::Table { end: table_end, .. } => *table_end = end,
            _ => {
                self.close_leaf();
                let rest = at.rest_after_indent();
                if is_link_definition(rest) {
                    self.structure(start..end);
                } else {
                    let kind = if self
                        .containers
                        .iter()
                        .any(|c| matches!(c, Container::Indented { footnote: true, .. }))
                    {
                        BlockKind::Structure
                    } else if self.quotes.is_empty() {
                        BlockKind::Prose
                    } else {
                        BlockKind::Quote
                    };
                    self.leaf = Leaf::Paragraph {
                        span: start..end,
                        first_line: start..end,
                        lines: 1,
                        kind,
                    };
                }
            }
        }
    }

    /// Matches the line's start against the open containers; returns how many it
    /// continues, leaving `at` after their markers.
    fn match_containers(&self, at: &mut Cursor) -> usize {
        let mut matched = 0;
        for container in &self.containers {
            let indent = at.indent();
            match *container {
                Container::Quote => {
                    if indent > 3 || at.bytes.get(at.nonspace_pos()) != Some(&b'>') {
                        break;
                    }
                    at.skip_indent();
                    at.pos += 1;
                    at.col += 1;
                    if matches!(at.bytes.get(at.pos), Some(b' ' | b'\t')) {
                        at.advance_columns(1);
                    }
                }
                Container::Indented { width, .. } => {
                    if indent < width {
                        break;
                    }
                    at.advance_columns(width);
                }
            }
            matched += 1;
        }
        matched
    }

    /// Continues a code or HTML block, or a table, that every container goes on with;
    /// returns whether the line was taken.
    fn continue_leaf(&mut self, at: &mut Cursor, line: &Line, blank: bool) -> bool {
        let end = line.start + at.content_end();
        match &mut self.leaf {
            Leaf::Fenced {
                end: leaf_end,
                fence,
                length,
                ..
            } => {
                let rest = at.rest_after_indent();
                if at.indent() <= 3 && fence_closing(rest, *fence, *length) {
                    *leaf_end = end;
                    self.close_leaf();
                } else if !blank {
                    *leaf_end = end;
                }
                true
            }
            Leaf::Html {
                end: leaf_end,
                until,
                ..
            } => match *until {
                HtmlEnd::BlankLine if blank => {
                    self.close_leaf();
                    true
                }
                HtmlEnd::BlankLine => {
                    *leaf_end = end;
                    true
                }
                HtmlEnd::Contains(ends) => {
                    if !blank {
                        *leaf_end = end;
                    }
                    if contains_any(at.rest(), ends) {
                        self.close_leaf();
                    }
                    true
                }
            },
            Leaf::Indented { end: leaf_end, .. } => {
                if blank {
                    return true;
                }
                if at.indent() >= 4 {
                    *leaf_end = end;
                    return true;
                }
                self.close_leaf();
                false
            }
            Leaf::Table { .. } if blank => {
                self.close_leaf();
                true
            }
            _ => false,
        }
    }

    /// Closes the containers the line did not continue (once a new block starts), and the
    /// leaf block inside them.
    fn close_unmatched(&mut self, matched: usize, opened: &mut bool) {
        if !*opened && matched < self.containers.len() {
            self.close_leaf();
            self.containers.truncate(matched);
            while self.quotes.last().is_some_and(|&q| q >= matched) {
                self.quotes.pop();
            }
        }
        *opened = true;
    }

    /// Whether the line is a table's delimiter row under the paragraph's single line.
    fn table_delimiter(&self, rest: &[u8]) -> bool {
        let Leaf::Paragraph {
            first_line, lines, ..
        } = &self.leaf
        else {
            return false;
        };
        let header = self.text.as_bytes().get(first_line.clone()).unwrap_or(&[]);
        *lines == 1
            && rest.contains(&b'|')
            && cells(rest).all(|cell| is_delimiter_cell(trim(cell)))
            && cells(rest).count() == cells(header).count()
    }

    fn extend_paragraph(&mut self, end: usize) {
        if let Leaf::Paragraph { span, lines, .. } = &mut self.leaf {
            span.end = end;
            *lines += 1;
        }
    }

    /// Closes the leaf block being read, and records it.
    fn close_leaf(&mut self) {
        match std::mem::replace(&mut self.leaf, Leaf::None) {
            Leaf::None => {}
            Leaf::Paragraph { span, kind, .. } => {
                let content = self.text.as_bytes().get(span.clone()).unwrap_or(&[]);
                let kind = if only_images_and_tags(content) {
                    BlockKind::Structure
                } else {
                    kind
                };
                self.push(span, kind, 0);
            }
            Leaf::Fenced { start, end, .. }
            | Leaf::Indented { start, end }
            | Leaf::Html { start, end, .. }
            | Leaf::Table { start, end } => self.structure(start..end),
        }
    }

    fn structure(&mut self, span: Range<usize>) {
        self.push(span, BlockKind::Structure, 0);
    }

    fn push(&mut self, span: Range<usize>, kind: BlockKind, level: u8) {
        // Blocks come in order; one that would overlap the last (never expected) is dropped.
        if self
            .out
            .last()
            .is_some_and(|last| last.block.span.end > span.start)
        {
            return;
        }
        if span.start < span.end {
            let references =
                level > 0 && self.text.get(span.clone()).is_some_and(is_references_title);
            self.out.push(Found {
                block: Block { span, kind },
                level,
                references,
            });
        }
    }
}

/// Turns every block of a references section — from a heading that names one to the next
/// heading of its level or above — into structure.
fn drop_reference_sections(found: Vec<Found>) -> Vec<Block> {
    let mut section_level = None;
    found
        .into_iter()
        .map(
            |Found {
                 mut block,
                 level,
                 references,
             }| {
                if level > 0 && section_level.is_some_and(|section| level <= section) {
                    section_level = None;
                }
                if section_level.is_some() {
                    block.kind = BlockKind::Structure;
                } else if references {
                    section_level = Some(level);
                }
                block
            },
        )
        .collect()
}

/// One line of the text: its content's byte range, without the line ending.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// The lines of a text, ended by `\n`, `\r\n` or `\r`.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn skip_to(&mut self, end: usize) {
        self.at = end;
        if self.bytes.get(self.at) == Some(&b'\r') {
            self.at += 1;
        }
        if self.bytes.get(self.at) == Some(&b'\n') {
            self.at += 1;
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let start = self.at;
        let end = self.bytes[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.bytes.len(), |offset| start + offset);
        self.skip_to(end);
        Some(Line { start, end })
    }
}

/// A position in a line, in bytes and in columns (tabs stop every four columns). A tab may
/// be consumed in part: then `pos` stays on it and `col` lies inside it.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    col: usize,
}

impl Cursor<'_> {
    /// Columns of spaces and tabs from here to the next other byte.
    fn indent(&self) -> usize {
        let mut col = self.col;
        for &byte in self.bytes.get(self.pos..).unwrap_or(&[]) {
            match byte {
                b' ' => col += 1,
                b'\t' => col += 4 - col % 4,
                _ => break,
            }
        }
        col - self.col
    }

    /// The position of the next byte that is not a space or tab.
    fn nonspace_pos(&self) -> usize {
        let rest = self.bytes.get(self.pos..).unwrap_or(&[]);
        self.pos
            + rest
                .iter()
                .position(|&b| b != b' ' && b != b'\t')
                .unwrap_or(rest.len())
    }

    /// Moves over `columns` columns of spaces and tabs, or fewer if the indentation ends.
    fn advance_columns(&mut self, mut columns: usize) {
        while columns > 0 {
            match self.bytes.get(self.pos) {
                Some(b' ') => {
                    self.pos += 1;
                    self.col += 1;
                    columns -= 1;
                }
                Some(b'\t') => {
                    let width = 4 - self.col % 4;
                    if width <= columns {
                        self.pos += 1;
                        self.col += width;
                        columns -= width;
                    } else {
                        self.col += columns;
                        columns = 0;
                    }
                }
                _ => break,
            }
        }
    }

    fn skip_indent(&mut self) {
        let indent = self.indent();
        self.advance_columns(indent);
    }

    fn rest(&self) -> &[u8] {
        self.bytes.get(self.pos..).unwrap_or(&[])
    }

    fn rest_after_indent(&self) -> &[u8] {
        self.bytes.get(self.nonspace_pos()..).unwrap_or(&[])
    }

    fn is_blank(&self) -> bool {
        is_blank(self.rest())
    }

    /// The end of the line's content, trailing whitespace left out.
    fn content_end(&self) -> usize {
        let trailing = self
            .bytes
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        (self.bytes.len() - trailing).max(self.nonspace_pos().min(self.bytes.len()))
    }
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(|&b| b == b' ' || b == b'\t')
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |p| p + 1);
    bytes.get(start..end).unwrap_or(&[])
}

/// How many times `byte` repeats at the start of `bytes`.
fn run_of(bytes: &[u8], byte: u8) -> usize {
    bytes.iter().take_while(|&&b| b == byte).count()
}

/// An ATX heading (`## Title ##`): its level and its content's range in `rest`.
struct Heading {
    level: u8,
    content: Range<usize>,
}

fn atx_heading(rest: &[u8]) -> Option<Heading> {
    let hashes = run_of(rest, b'#');
    if !(1..=6).contains(&hashes) || !matches!(rest.get(hashes), None | Some(b' ' | b'\t')) {
        return None;
    }
    let mut end = rest.len();
    while end > hashes && rest[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    // A closing run of `#` counts only after a space.
    let closing = rest[hashes..end]
        .iter()
        .rev()
        .take_while(|&&b| b == b'#')
        .count();
    if closing > 0 && end - closing > hashes && matches!(rest[end - closing - 1], b' ' | b'\t') {
        end -= closing;
    } else if closing > 0 && end - closing == hashes {
        end = hashes;
    }
    let mut start = hashes;
    while start < end && matches!(rest[start], b' ' | b'\t') {
        start += 1;
    }
    while end > start && matches!(rest[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    Some(Heading {
        level: u8::try_from(hashes).unwrap_or(6),
        content: start..end,
    })
}

/// The length of a code fence opening with `fence` (three or more backticks or tildes; a
/// backtick fence's info string has no backtick).
fn fence_opening(rest: &[u8], fence: u8) -> Option<usize> {
    let length = run_of(rest, fence);
    let info_ok = fence == b'~' || !rest.get(length..).unwrap_or(&[]).contains(&b'`');
    (length >= 3 && info_ok).then_some(length)
}

fn fence_closing(rest: &[u8], fence: u8, length: usize) -> bool {
    let run = run_of(rest, fence);
    run >= length && is_blank(rest.get(run..).unwrap_or(&[]))
}

/// A setext heading's underline (`===` or `---`): the heading's level.
fn setext_underline(rest: &[u8]) -> Option<u8> {
    let first = *rest.first()?;
    if first != b'=' && first != b'-' {
        return None;
    }
    let run = run_of(rest, first);
    is_blank(rest.get(run..).unwrap_or(&[])).then_some(if first == b'=' { 1 } else { 2 })
}

/// `***`, `---` or `___`, three or more, spaces between allowed.
fn is_thematic_break(rest: &[u8]) -> bool {
    let Some(&first) = rest.first() else {
        return false;
    };
    if !matches!(first, b'*' | b'-' | b'_') {
        return false;
    }
    let mut count = 0;
    for &byte in rest {
        match byte {
            b' ' | b'\t' => {}
            b if b == first => count += 1,
            _ => return false,
        }
    }
    count >= 3
}

/// A list item's marker.
struct ListMarker {
    /// Its length in bytes (`-`, `12.`).
    marker: usize,
    /// An ordered item numbered other than 1, which cannot interrupt a paragraph.
    ordered_not_one: bool,
}

fn list_marker(rest: &[u8]) -> Option<ListMarker> {
    let first = *rest.first()?;
    let (marker, ordered_not_one) = if matches!(first, b'-' | b'+' | b'*') {
        (1, false)
    } else {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) || !matches!(rest.get(digits), Some(b'.' | b')')) {
            return None;
        }
        (digits + 1, rest.get(..digits) != Some(b"1"))
    };
    matches!(rest.get(marker), None | Some(b' ' | b'\t')).then_some(ListMarker {
        marker,
        ordered_not_one,
    })
}

/// A task list item's box, `[ ]` or `[x]`, skipped with the whitespace after it.
fn skip_task_marker(at: &mut Cursor) {
    let rest = at.rest();
    if rest.len() >= 4
        && rest[0] == b'['
        && matches!(rest[1], b' ' | b'x' | b'X')
        && rest[2] == b']'
        && matches!(rest[3], b' ' | b'\t')
    {
        at.pos += 3;
        at.col += 3;
        at.skip_indent();
    }
}

/// A footnote definition's label, `[^name]:`: its length.
fn footnote_label(rest: &[u8]) -> Option<usize> {
    if !rest.starts_with(b"[^") {
        return None;
    }
    let close = rest.iter().position(|&b| b == b']')?;
    (close > 2 && rest.get(close + 1) == Some(&b':') && !rest[2..close].contains(&b'['))
        .then_some(close + 2)
}

/// A link reference definition on one line: `[label]: destination "title"`.
fn is_link_definition(rest: &[u8]) -> bool {
    if rest.first() != Some(&b'[') {
        return false;
    }
    let mut at = 1;
    while let Some(&byte) = rest.get(at) {
        match byte {
            b'\\' => at += 2,
            b'[' => return false,
            b']' => break,
            _ => at += 1,
        }
    }
    if at == 1 || rest.get(at + 1) != Some(&b':') || is_blank(&rest[1..at.min(rest.len())]) {
        return false;
    }
    let after = trim(rest.get(at + 2..).unwrap_or(&[]));
    let destination = after
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(after.len());
    if destination == 0 {
        return false;
    }
    let title = trim(&after[destination..]);
    title.is_empty()
        || matches!(
            (title.first(), title.last()),
            (Some(b'"'), Some(b'"')) | (Some(b'\''), Some(b'\'')) | (Some(b'('), Some(b')'))
        ) && title.len() >= 2
}

/// The cells of a table row, split at unescaped pipes; the outer pipes make no cells.
fn cells(row: &[u8]) -> impl Iterator<Item = &[u8]> {
    let row = trim(row);
    let row = row.strip_prefix(b"|").unwrap_or(row);
    let row = if row.ends_with(b"|") && !row.ends_with(b"\\|") {
        &row[..row.len() - 1]
    } else {
        row
    };
    let mut escaped = false;
    row.split(move |&b| {
        let split = b == b'|' && !escaped;
        escaped = b == b'\\' && !escaped;
        split
    })
}

/// `---`, `:--`, `--:` or `:-:`.
fn is_delimiter_cell(cell: &[u8]) -> bool {
    let inner = cell.strip_prefix(b":").unwrap_or(cell);
    let inner = inner.strip_suffix(b":").unwrap_or(inner);
    !inner.is_empty() && inner.iter().all(|&b| b == b'-')
}

/// Front matter at the text's very start: `---` … `---` (or `...`), or `+++` … `+++`.
/// Returns its end.
fn front_matter(text: &str) -> Option<usize> {
    let mut lines = Lines::new(text);
    let first = lines.next()?;
    let opening = trim(text.as_bytes().get(first.start..first.end)?);
    let closings: &[&[u8]] = match opening {
        b"---" => &[b"---", b"..."],
        b"+++" => &[b"+++"],
        _ => return None,
    };
    let second = lines.next()?;
    if is_blank(text.as_bytes().get(second.start..second.end)?) {
        return None;
    }
    for line in std::iter::once(second).chain(lines) {
        let content = trim(text.as_bytes().get(line.start..line.end)?);
        if closings.contains(&content) {
            return Some(line.end);
        }
    }
    None
}

/// The block-level HTML tags (CommonMark's condition 6).
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "base",
    "basefont",
    "blockquote",
    "body",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "iframe",
    "legend",
    "li",
    "link",
    "main",
    "menu",
    "menuitem",
    "nav",
    "noframes",
    "ol",
    "optgroup",
    "option",
    "p",
    "param",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
];

/// The raw-text tags (condition 1), whose block ends at their closing tag.
const RAW_TAGS: &[&str] = &["pre", "script", "style", "textarea"];
const RAW_ENDS: &[&str] = &["</pre>", "</script>", "</style>", "</textarea>"];

/// Whether `rest` starts an HTML block, and how that block ends. Condition 7 (any other
/// complete tag alone on its line) cannot interrupt a paragraph.
fn html_start(rest: &[u8], interrupting: bool) -> Option<HtmlEnd> {
    let after = rest.get(1..)?;
    if after.starts_with(b"!--") {
        return Some(HtmlEnd::Contains(&["-->"]));
    }
    if after.starts_with(b"?") {
        return Some(HtmlEnd::Contains(&["?>"]));
    }
    if after.starts_with(b"![CDATA[") {
        return Some(HtmlEnd::Contains(&["]]>"]));
    }
    if after.first() == Some(&b'!') && after.get(1).is_some_and(u8::is_ascii_alphabetic) {
        return Some(HtmlEnd::Contains(&[">"]));
    }
    let closing = after.first() == Some(&b'/');
    let name_start = usize::from(closing);
    let name_len = after
        .get(name_start..)?
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let name = after.get(name_start..name_start + name_len)?;
    if name.is_empty() || !name[0].is_ascii_alphabetic() {
        return None;
    }
    let next = after.get(name_start + name_len..).unwrap_or(&[]);
    let ends_name =
        matches!(next.first(), None | Some(b' ' | b'\t' | b'>')) || next.starts_with(b"/>");
    let is = |list: &[&str]| {
        list.iter()
            .any(|tag| name.eq_ignore_ascii_case(tag.as_bytes()))
    };
    if !closing && is(RAW_TAGS) && matches!(next.first(), None | Some(b' ' | b'\t' | b'>')) {
        return Some(HtmlEnd::Contains(RAW_ENDS));
    }
    if ends_name && is(BLOCK_TAGS) {
        return Some(HtmlEnd::BlankLine);
    }
    if !interrupting && !is(RAW_TAGS) && complete_tag_alone(next, closing) {
        return Some(HtmlEnd::BlankLine);
    }
    None
}

/// Whether `rest`, what follows a tag's name, completes the tag (attributes, then `>` or
/// `/>`; only whitespace for a closing tag) with nothing but whitespace after it.
fn complete_tag_alone(rest: &[u8], closing: bool) -> bool {
    let mut at = 0;
    let skip_space = |at: &mut usize| {
        while rest.get(*at).is_some_and(u8::is_ascii_whitespace) {
            *at += 1;
        }
    };
    if !closing {
        loop {
            let before = at;
            skip_space(&mut at);
            let name = rest
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.' | b'-')
                })
                .count();
            if name == 0
                || at == before
                || !rest
                    .get(at)
                    .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b':'))
            {
                at = before;
                break;
            }
            at += name;
            let after_name = at;
            skip_space(&mut at);
            if rest.get(at) != Some(&b'=') {
                at = after_name;
                continue;
            }
            at += 1;
            skip_space(&mut at);
            match rest.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let Some(close) = rest
                        .get(at + 1..)
                        .and_then(|r| r.iter().position(|&b| b == quote))
                    else {
                        return false;
                    };
                    at += close + 2;
                }
                Some(_) => {
                    let value = rest[at..]
                        .iter()
                        .take_while(|&&b| {
                            !b.is_ascii_whitespace()
                                && !matches!(b, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`')
                        })
                        .count();
                    if value == 0 {
                        return false;
                    }
                    at += value;
                }
                None => return false,
            }
        }
    }
    skip_space(&mut at);
    if !closing && rest.get(at) == Some(&b'/') {
        at += 1;
    }
    rest.get(at) == Some(&b'>') && is_blank(rest.get(at + 1..).unwrap_or(&[]))
}

fn contains_any(haystack: &[u8], needles: &[&str]) -> bool {
    needles.iter().any(|needle| {
        let needle = needle.as_bytes();
        haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
    })
}

/// Whether a paragraph holds only images (`![alt](src)`), links around images, HTML tags
/// and whitespace: a row of badges, a logo, an anchor.
fn only_images_and_tags(content: &[u8]) -> bool {
    images_and_tags_within(content, 0)
}

/// How deep links around images are looked into: badges nest one level; the limit keeps a
/// hostile nesting from deep recursion and repeated scans.
const MAX_LINK_NESTING: usize = 4;

fn images_and_tags_within(content: &[u8], depth: usize) -> bool {
    let mut at = 0;
    while let Some(&byte) = content.get(at) {
        at = match byte {
            b if b.is_ascii_whitespace() => at + 1,
            b'!' if content.get(at + 1) == Some(&b'[') => match link_end(content, at + 1) {
                Some(end) => end,
                None => return false,
            },
            b'[' if content.get(at + 1) == Some(&b'!') && depth < MAX_LINK_NESTING => {
                let inner = bracket_end(content, at).and_then(|close| content.get(at + 1..close));
                match (link_end(content, at), inner) {
                    (Some(end), Some(inner)) if images_and_tags_within(inner, depth + 1) => end,
                    _ => return false,
                }
            }
            b'<' => match content[at..].iter().position(|&b| b == b'>') {
                Some(close)
                    if content
                        .get(at + 1)
                        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!') =>
                {
                    at + close + 1
                }
                _ => return false,
            },
            _ => return false,
        };
    }
    true
}

/// The offset of the `]` that closes the `[` at `open`, brackets nested.
fn bracket_end(content: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = open;
    while let Some(&byte) = content.get(at) {
        match byte {
            b'\\' => at += 1,
            b'[' => depth += 1,
            b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// The end of a link or image whose `[` is at `open`: `[text](destination)`,
/// `[text][label]` or `[text]`.
fn link_end(content: &[u8], open: usize) -> Option<usize> {
    let close = bracket_end(content, open)?;
    match content.get(close + 1) {
        Some(b'(') => {
            let mut depth = 0usize;
            for (offset, &byte) in content.get(close + 1..)?.iter().enumerate() {
                match byte {
                    b'(' => depth += 1,
                    b')' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return Some(close + 2 + offset);
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        Some(b'[') => Some(bracket_end(content, close + 1)? + 1),
        _ => Some(close + 1),
    }
}

/// How much of a text detection reads: enough for a document's opening sections.
const DETECTION_WINDOW: usize = 64 * 1024;

/// Whether `text` reads as Markdown. Markup that plain text hardly ever has — headings of
/// level 2 and below (`## `), code fences, table delimiter rows, links and images with a
/// destination, link reference definitions — must show in two kinds, or twice beside
/// lighter markup that plain text sometimes has (a `# ` line, which tables of PDF extracts
/// hold for "number of"; strong emphasis; inline code; bullet lists).
pub(super) fn detect(text: &str) -> bool {
    let mut window = text.len().min(DETECTION_WINDOW);
    while !text.is_char_boundary(window) {
        window -= 1;
    }
    let text = text.get(..window).unwrap_or("");
    let mut strong_kinds = [false; 5];
    let mut strong = 0;
    let mut light_kinds = [false; 4];
    let mut fences = 0;
    for line in Lines::new(text) {
        let bytes = text.as_bytes().get(line.start..line.end).unwrap_or(&[]);
        let indent = run_of(bytes, b' ');
        let rest = bytes.get(indent..).unwrap_or(&[]);
        let mut found = |kind: usize, strong_kinds: &mut [bool; 5]| {
            strong_kinds[kind] = true;
            strong += 1;
        };
        if indent <= 3 {
            match atx_heading(rest) {
                Some(heading) if heading.content.is_empty() => {}
                Some(heading) if heading.level == 1 => light_kinds[3] = true,
                Some(_) => found(0, &mut strong_kinds),
                None => {}
            }
            if matches!(rest.first(), Some(b'`' | b'~')) && fence_opening(rest, rest[0]).is_some() {
                fences += 1;
                // A closed code block is as good as two signs.
                if fences % 2 == 0 {
                    found(1, &mut strong_kinds);
                    found(1, &mut strong_kinds);
                }
            }
            if rest.contains(&b'|')
                && rest.contains(&b'-')
                && cells(rest).all(|c| is_delimiter_cell(trim(c)))
            {
                found(2, &mut strong_kinds);
            }
            if is_link_definition(rest) {
                found(4, &mut strong_kinds);
            }
            if list_marker(rest).is_some_and(|m| m.marker == 1) && !is_thematic_break(rest) {
                light_kinds[2] = true;
            }
        }
        if let Some(close) = bytes.windows(2).position(|w| w == b"](") {
            let destination = bytes.get(close + 2..).unwrap_or(&[]);
            let end = destination
                .iter()
                .position(|&b| b == b')' || b.is_ascii_whitespace());
            let is_link = bytes[..close].contains(&b'[')
                && end.is_some_and(|end| end > 0 && destination[end] == b')');
            if is_link {
                found(3, &mut strong_kinds);
            }
        }
        if bytes.windows(2).filter(|w| *w == b"**").count() >= 2 {
            light_kinds[0] = true;
        }
        if bytes.iter().filter(|&&b| b == b'`').count() >= 2 {
            light_kinds[1] = true;
        }
    }
    let kinds = strong_kinds.iter().filter(|&&k| k).count();
    let light = light_kinds.iter().any(|&k| k);
    kinds >= 2 || (strong >= 2 && light)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(&str, BlockKind)> {
        read(text)
            .into_iter()
            .map(|block| (&text[block.span], block.kind))
            .collect()
    }

    use BlockKind::{Heading, Prose, Quote, Structure};

    #[test]
    fn leaf_blocks_of_every_kind() {
        let text = "---\ntitle: Notes\n---\n# Title #\n\nSome prose\nover two lines.\n\n\
                    ```rust\nlet x = 1;\n```\n\n    indented code\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n\
                    <div>\nhtml\n</div>\n\n[guide]: https://example.com \"Guide\"\n\n***\n\n\
                    Setext\n======\n";
        assert_eq!(
            blocks(text),
            [
                ("---\ntitle: Notes\n---", Structure),
                ("Title", Heading),
                ("Some prose\nover two lines.", Prose),
                ("```rust\nlet x = 1;\n```", Structure),
                ("indented code", Structure),
                ("| a | b |\n|---|:-:|\n| 1 | 2 |", Structure),
                ("<div>\nhtml\n</div>", Structure),
                ("[guide]: https://example.com \"Guide\"", Structure),
                ("***", Structure),
                ("Setext", Heading),
            ]
        );
    }

    #[test]
    fn containers_lists_quotes_and_tasks() {
        let text =
            "- An item\n  that goes on.\n- [x] A done task.\n  > A quote in it\n  > goes on.\n\n\
                    > Quoted *prose*\nlazily continued.\n\n1. First\n\n   Second paragraph.\n";
        assert_eq!(
            blocks(text),
            [
                ("An item\n  that goes on.", Prose),
                ("A done task.", Prose),
                ("A quote in it\n  > goes on.", Quote),
                ("Quoted *prose*\nlazily continued.", Quote),
                ("First", Prose),
                ("Second paragraph.", Prose),
            ]
        );
    }

    #[test]
    fn code_inside_lists_and_quotes_and_unclosed_fences() {
        let text = "1. Run:\n\n   ```sh\n   cargo run\n   ```\n\n> ```\n> quoted code\n\nAfter.\n\n```\nnever closed\n\nstill code.";
        assert_eq!(
            blocks(text),
            [
                ("Run:", Prose),
                ("```sh\n   cargo run\n   ```", Structure),
                ("```\n> quoted code", Structure),
                ("After.", Prose),
                ("```\nnever closed\n\nstill code.", Structure),
            ]
        );
    }

    #[test]
    fn badges_html_tags_and_footnotes_are_structure() {
        let text =
            "[![Build](https://ci.example/badge.svg)](https://ci.example) ![Docs](d.svg)\n\n\
                    <a id=\"anchor\"></a>\n\nText with a note.[^1]\n\n[^1]: The note itself.\n";
        assert_eq!(
            blocks(text),
            [
                (
                    "[![Build](https://ci.example/badge.svg)](https://ci.example) ![Docs](d.svg)",
                    Structure
                ),
                ("<a id=\"anchor\"></a>", Structure),
                ("Text with a note.[^1]", Prose),
                ("The note itself.", Structure),
            ]
        );
    }

    #[test]
    fn a_references_section_runs_to_the_next_heading_of_its_level() {
        let text = "# Paper\n\nOur result.\n\n## References\n\n1. Smith, J. Tides. 2019.\n\n\
                    ### Older\n\nJones, K. Waves. 2001.\n\n## Appendix\n\nMore text.\n";
        let found = blocks(text);
        assert_eq!(found[1], ("Our result.", Prose));
        assert_eq!(found[2], ("References", Heading));
        assert!(
            found[3..6].iter().all(|(_, kind)| *kind == Structure),
            "{found:?}"
        );
        assert_eq!(&found[6..], [("Appendix", Heading), ("More text.", Prose)]);
    }

    #[test]
    fn tabs_count_to_the_next_stop() {
        assert_eq!(
            blocks("-\tItem text.\n\n\tMore.\n\n\t\tcode"),
            [("Item text.", Prose), ("More.", Prose), ("code", Structure)]
        );
        assert_eq!(blocks(">\tquoted\n"), [("quoted", Quote)]);
    }

    #[test]
    fn detection_wants_markup_plain_text_lacks() {
        assert!(detect(
            "## Install\n\nRun `cargo add salient`.\n\n## Use\n\nCall it."
        ));
        assert!(detect(
            "Example:\n\n```rust\nfn main() {}\n```\n\nThen `run` it."
        ));
        assert!(detect(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [docs](https://example.com)."
        ));
        for plain in [
            "Just prose. Nothing else.",
            "# 1 Results\n# 2 More results\n- a bullet\n- another",
            "He cited [13](problem B.1) and [3](table 2).",
            "Prices:\n- apples\n- pears\n\nSee **this**.",
        ] {
            assert!(!detect(plain), "{plain}");
        }
    }

    #[test]
    fn deep_nesting_and_huge_inputs_finish() {
        let quotes = ">".repeat(10_000) + " deep\n" + &"lazy line\n".repeat(10_000);
        assert_eq!(read(&quotes).len(), 1);
        let lists = "- ".repeat(10_000) + "item\n" + &"\n".repeat(10_000) + "after";
        assert_eq!(read(&lists).len(), 2);
        let table = "| a | b |\n|---|---|\n".to_string() + &"| 1 | 2 |\n".repeat(500_000);
        assert_eq!(blocks(&table).len(), 1);
        let fences = "```\n".repeat(100_001);
        assert_eq!(read(&fences).len(), 50_001);
    }
}
