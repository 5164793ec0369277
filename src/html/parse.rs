//! Parsing: the tokenizer's tags and text into a light tree of elements and the page's
//! blocks of text.
//!
//! The tokenizer (html5gum) follows the HTML standard: entities, comments, raw text in
//! `<script>` and `<style>`, attributes without quotes, truncated tags. The tree built here
//! is the standard's where it matters for blocks of text: void elements, paragraphs and list
//! items closed by the next one, end tags without a start tag ignored, elements left open
//! closed by their parent's end tag. It is not a full DOM: there is no reparenting of
//! misnested formatting elements, which only changes how text is styled, not where it
//! stands.
//!
//! Every step is amortized constant time per token, whatever the nesting: each element is
//! pushed and popped once, and whether an element is open is a counter, not a search.

use std::collections::HashMap;
use std::ops::Range;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};

use super::hints::{self, Hints};
use super::raw_text::RawTextSwitches;
use super::tags::Tag;

/// No element's index.
pub(crate) const NONE: usize = usize::MAX;

/// An element of the page.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub(crate) tag: Tag,
    /// Its parent's index, or [`NONE`] for the document.
    pub(crate) parent: usize,
    pub(crate) hints: Hints,
    /// From the `<` of its start tag to the `>` of its end tag, or to where it was closed
    /// by another tag or by the end of the page.
    pub(crate) span: Range<usize>,
}

/// What a block of text is, by the elements it stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Cell,
    Code,
    Caption,
}

/// A block of the page's text: the text of one block-level element, up to the next
/// block-level tag.
#[derive(Debug, Clone)]
pub(crate) struct TextBlock {
    /// The innermost block-level element it stands in.
    pub(crate) element: usize,
    pub(crate) kind: Kind,
    /// Its text in [`Document::text`]: whitespace collapsed, entities decoded, a line
    /// break for each `<br>`.
    pub(crate) text: Range<usize>,
    /// Its length in characters.
    pub(crate) chars: usize,
    /// How many of those characters are the text of links.
    pub(crate) link_chars: usize,
    /// Whether its text opens with a link, as a teaser's headline does.
    pub(crate) opens_with_link: bool,
}

/// Values of `<meta>` elements and other marks of the page's title, author and date.
#[derive(Debug, Clone, Default)]
pub(crate) struct Marks {
    /// The `<title>` element's text.
    pub(crate) title: Option<String>,
    /// `(name or property, content)` of the `<meta>` elements read by `metadata.rs`.
    pub(crate) metas: Vec<(String, String)>,
    /// The `datetime` of the first `<time>` element, or `content` of an element marked
    /// `itemprop="datePublished"`.
    pub(crate) time: Option<String>,
    /// The text of the first element marked as the author's name.
    pub(crate) byline: Option<String>,
    /// The text of `<script type="application/ld+json">` elements.
    pub(crate) json_ld: String,
}

/// A parsed page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Document {
    pub(crate) elements: Vec<Element>,
    pub(crate) blocks: Vec<TextBlock>,
    /// The text of every block, one after the other.
    pub(crate) text: String,
    pub(crate) marks: Marks,
}

/// Parses `html`.
pub(crate) fn parse(html: &str) -> Document {
    let mut builder = Builder::new(html.len());
    {
        let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, span: Span<usize>| {
            builder.event(event, span);
            None::<()>
        });
        emitter.naively_switch_states(true);
        for _ in Tokenizer::new_with_emitter(html, RawTextSwitches::new(emitter)) {}
    }
    builder.finish(html.len())
}

/// Text that is captured for the page's marks rather than read as its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    None,
    Title,
    JsonLd,
    Byline,
}

/// An open element, on the stack.
#[derive(Debug, Clone)]
struct Open {
    element: usize,
    name: usize,
    tag: Tag,
    /// The innermost block-level element, which text here belongs to.
    block: usize,
    kind: Kind,
    /// Inside an element whose text is not the page's text.
    silent: bool,
    link: bool,
    pre: bool,
    capture: Capture,
    /// Whether this element began the capture, which then ends with it.
    begins_capture: bool,
    /// Stack positions of the innermost open `<p>`, `<li>`, `<dd>`/`<dt>`, `<a>`, cell and
    /// row that a new one would close, if any.
    paragraph: Option<usize>,
    item: Option<usize>,
    definition: Option<usize>,
    link_open: Option<usize>,
    cell: Option<usize>,
    row: Option<usize>,
}

/// The start tag being read.
#[derive(Debug, Default)]
struct StartTag {
    name: Vec<u8>,
    start: usize,
    attribute: Vec<u8>,
    hints: Hints,
    meta_name: Option<String>,
    meta_content: Option<String>,
    datetime: Option<String>,
    json_ld: bool,
    itemprop_date: bool,
}

/// The longest title, byline or meta value kept, in bytes.
const MAX_MARK: usize = 2048;
/// The most JSON-LD text kept, in bytes.
const MAX_JSON_LD: usize = 1 << 18;

struct Builder {
    document: Document,
    stack: Vec<Open>,
    /// Names of tags as numbers: known ones first, others as they come.
    names: HashMap<Vec<u8>, usize>,
    /// How many elements of each name are open.
    open_counts: Vec<usize>,
    tag: StartTag,
    /// The block being written, if any.
    block: Option<TextBlock>,
    /// A block-level tag came since the block's last text.
    boundary: bool,
    /// Whitespace came since the block's last text.
    space: bool,
    captured: String,
    /// The stack position of the open `<head>`, if one is open.
    head: Option<usize>,
}

impl Builder {
    fn new(capacity: usize) -> Self {
        let root = Element {
            tag: Tag::Html,
            parent: NONE,
            hints: Hints::default(),
            span: 0..0,
        };
        let mut builder = Builder {
            document: Document {
                elements: vec![root],
                text: String::with_capacity(capacity / 4),
                ..Document::default()
            },
            stack: Vec::new(),
            names: HashMap::new(),
            open_counts: Vec::new(),
            tag: StartTag::default(),
            block: None,
            boundary: false,
            space: false,
            captured: String::new(),
            head: None,
        };
        builder.stack.push(Open {
            element: 0,
            name: usize::MAX,
            tag: Tag::Html,
            block: 0,
            kind: Kind::Paragraph,
            silent: false,
            link: false,
            pre: false,
            capture: Capture::None,
            begins_capture: false,
            paragraph: None,
            item: None,
            definition: None,
            link_open: None,
            cell: None,
            row: None,
        });
        builder
    }

    fn event(&mut self, event: CallbackEvent<'_>, span: Span<usize>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag = StartTag {
                    name: name.to_vec(),
                    start: span.start,
                    ..StartTag::default()
                };
            }
            CallbackEvent::AttributeName { name } => {
                self.tag.attribute.clear();
                self.tag.attribute.extend_from_slice(name);
                self.attribute(b"");
            }
            CallbackEvent::AttributeValue { value } => self.attribute(value),
            CallbackEvent::CloseStartTag { .. } => self.start_tag(span.end),
            CallbackEvent::EndTag { name } => self.end_tag(name, span.start, span.end),
            CallbackEvent::String { value } => self.text(value),
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {}
        }
    }

    /// Reads an attribute of the start tag being read (called once with an empty value
    /// when its name comes, and again with its value if it has one).
    fn attribute(&mut self, value: &[u8]) {
        let text = || String::from_utf8_lossy(value);
        let tag = &mut self.tag;
        match tag.attribute.as_slice() {
            b"class" | b"id" => tag.hints.add(hints::of_names(&text())),
            b"role" => tag.hints.add(hints::of_role(&text())),
            b"itemprop" => {
                tag.hints.add(hints::of_itemprop(&text()));
                if text().contains("datePublished") {
                    tag.itemprop_date = true;
                }
            }
            b"hidden" => tag.hints.add(Hints::HIDDEN),
            b"aria-hidden" if value.eq_ignore_ascii_case(b"true") => tag.hints.add(Hints::HIDDEN),
            b"style" if hints::style_hides(&text()) => tag.hints.add(Hints::HIDDEN),
            b"rel" if value.eq_ignore_ascii_case(b"author") => tag.hints.add(Hints::BYLINE),
            b"name" | b"property" if !value.is_empty() => {
                tag.meta_name = Some(short(&text()).to_ascii_lowercase());
            }
            b"content" if !value.is_empty() => tag.meta_content = Some(short(&text()).into()),
            b"datetime" if !value.is_empty() => tag.datetime = Some(short(&text()).into()),
            b"type" => tag.json_ld = value.eq_ignore_ascii_case(b"application/ld+json"),
            _ => {}
        }
        // `itemprop` is read above for its hints; its value also names a meta element.
        if tag.attribute == b"itemprop" && !value.is_empty() && tag.meta_name.is_none() {
            tag.meta_name = Some(short(&text()).to_ascii_lowercase());
        }
    }

    /// The number of tag name `name`.
    fn name_id(&mut self, name: &[u8]) -> usize {
        if let Some(&id) = self.names.get(name) {
            return id;
        }
        let id = self.names.len();
        self.names.insert(name.to_vec(), id);
        self.open_counts.push(0);
        id
    }

    fn top(&self) -> &Open {
        // The document's root is never popped.
        self.stack.last().unwrap_or_else(|| unreachable!())
    }

    /// Pops open elements down to (and including) the one at stack position `position`,
    /// ending each at `end`.
    fn pop_to(&mut self, position: usize, end: usize) {
        let position = position.max(1);
        while self.stack.len() > position {
            let Some(open) = self.stack.pop() else { break };
            if let Some(count) = self.open_counts.get_mut(open.name) {
                *count = count.saturating_sub(1);
            }
            if let Some(element) = self.document.elements.get_mut(open.element) {
                element.span.end = end;
            }
            if open.begins_capture {
                self.end_capture(open.capture);
            }
            if !open.tag.is_inline() {
                self.boundary = true;
            }
            if open.tag == Tag::Head {
                self.head = None;
            }
        }
    }

    fn start_tag(&mut self, end: usize) {
        let tag_data = std::mem::take(&mut self.tag);
        let name = tag_data.name.as_slice();
        let tag = Tag::of(name);
        let start = tag_data.start;
        match tag {
            Tag::Meta => {
                if let (Some(key), Some(content)) = (tag_data.meta_name, tag_data.meta_content) {
                    if self.document.marks.metas.len() < 256 {
                        self.document.marks.metas.push((key, content));
                    }
                }
                return;
            }
            Tag::Br => {
                self.line_break();
                return;
            }
            Tag::Body | Tag::Html if self.open_counts_of(name) > 0 => return,
            _ => {}
        }
        if tag_data.itemprop_date || tag == Tag::Time {
            if let Some(date) = tag_data.datetime.clone().or(tag_data.meta_content.clone()) {
                self.document.marks.time.get_or_insert(date);
            }
        }
        // Anything but the head's own elements ends the head, whose text is never read.
        if !matches!(
            tag,
            Tag::Title | Tag::Script | Tag::Style | Tag::Noscript | Tag::Template | Tag::Head
        ) {
            if let Some(position) = self.head {
                self.pop_to(position, start);
            }
        }
        // Tags that close open ones, as the standard says.
        if tag.closes_paragraph() {
            if let Some(position) = self.top().paragraph {
                self.pop_to(position, start);
            }
        }
        match tag {
            Tag::Li => {
                if let Some(position) = self.top().item {
                    self.pop_to(position, start);
                }
            }
            Tag::Dd | Tag::Dt => {
                if let Some(position) = self.top().definition {
                    self.pop_to(position, start);
                }
            }
            Tag::A => {
                if let Some(position) = self.top().link_open {
                    self.pop_to(position, start);
                }
            }
            Tag::Td | Tag::Th => {
                if let Some(position) = self.top().cell {
                    self.pop_to(position, start);
                }
            }
            Tag::Tr => {
                if let Some(position) = self.top().row {
                    self.pop_to(position, start);
                }
            }
            Tag::H(_) if matches!(self.top().tag, Tag::H(_)) => {
                let position = self.stack.len() - 1;
                self.pop_to(position, start);
            }
            _ => {}
        }
        if !tag.is_inline() {
            self.boundary = true;
        }
        let parent = self.top().clone();
        let element = self.document.elements.len();
        self.document.elements.push(Element {
            tag,
            parent: parent.element,
            hints: tag_data.hints,
            span: start..end,
        });
        if tag.is_void() {
            return;
        }
        let name_id = self.name_id(name);
        if let Some(count) = self.open_counts.get_mut(name_id) {
            *count += 1;
        }
        let position = self.stack.len();
        if tag == Tag::Head && self.head.is_none() {
            self.head = Some(position);
        }
        let capture = match tag {
            Tag::Title if parent.capture == Capture::None && !parent.silent_media() => {
                Capture::Title
            }
            Tag::Script if tag_data.json_ld => Capture::JsonLd,
            _ if tag_data.hints.has(Hints::BYLINE)
                && parent.capture == Capture::None
                && self.document.marks.byline.is_none() =>
            {
                Capture::Byline
            }
            _ => parent.capture,
        };
        if capture != parent.capture {
            self.captured.clear();
        }
        let kind = match tag {
            Tag::H(level) => Kind::Heading(level),
            Tag::Li | Tag::Dd | Tag::Dt => Kind::ListItem,
            Tag::Blockquote => Kind::Quote,
            Tag::Pre => Kind::Code,
            Tag::Td | Tag::Th => Kind::Cell,
            Tag::Figcaption | Tag::Caption => Kind::Caption,
            Tag::Table if parent.kind != Kind::Cell => Kind::Paragraph,
            _ => parent.kind,
        };
        let bounds = tag.bounds_scope();
        let open = Open {
            element,
            name: name_id,
            tag,
            block: if tag.is_inline() {
                parent.block
            } else {
                element
            },
            kind,
            silent: parent.silent
                || tag.holds_no_text()
                || tag_data.hints.has(Hints::HIDDEN)
                // A picture's credit or caption within a line of text ("Photo: ...").
                || (tag.is_inline() && tag_data.hints.has(Hints::CAPTION)),
            link: parent.link || tag == Tag::A,
            pre: parent.pre || tag == Tag::Pre,
            capture,
            begins_capture: capture != parent.capture,
            paragraph: match tag {
                Tag::P => Some(position),
                _ if bounds => None,
                _ => parent.paragraph,
            },
            item: match tag {
                Tag::Li => Some(position),
                Tag::Ol | Tag::Ul | Tag::Menu => None,
                _ if bounds => None,
                _ => parent.item,
            },
            definition: match tag {
                Tag::Dd | Tag::Dt => Some(position),
                Tag::Dl => None,
                _ if bounds => None,
                _ => parent.definition,
            },
            link_open: match tag {
                Tag::A => Some(position),
                _ if bounds => None,
                _ => parent.link_open,
            },
            cell: match tag {
                Tag::Td | Tag::Th => Some(position),
                Tag::Table | Tag::Tr => None,
                _ => parent.cell,
            },
            row: match tag {
                Tag::Tr => Some(position),
                Tag::Table => None,
                _ => parent.row,
            },
        };
        self.stack.push(open);
    }

    fn open_counts_of(&self, name: &[u8]) -> usize {
        self.names
            .get(name)
            .and_then(|&id| self.open_counts.get(id))
            .copied()
            .unwrap_or(0)
    }

    fn end_tag(&mut self, name: &[u8], start: usize, end: usize) {
        let tag = Tag::of(name);
        match tag {
            Tag::Br => return self.line_break(),
            Tag::Body | Tag::Html => return,
            _ if tag.is_void() => return,
            _ => {}
        }
        if self.open_counts_of(name) == 0 {
            return;
        }
        let Some(&id) = self.names.get(name) else {
            return;
        };
        // The innermost open element of that name: the counter says there is one, and
        // each element popped on the way is popped once in all.
        while self.stack.len() > 1 {
            let is_it = self.top().name == id;
            let position = self.stack.len() - 1;
            self.pop_to(position, if is_it { end } else { start });
            if is_it {
                break;
            }
        }
    }

    fn line_break(&mut self) {
        if self.top().silent || self.boundary {
            return;
        }
        if let Some(block) = &mut self.block {
            if self.document.text.ends_with('\n') && self.document.text.len() > block.text.start {
                // Two line breaks in a row end a paragraph.
                self.document.text.pop();
                self.boundary = true;
            } else if self.document.text.len() > block.text.start {
                self.document.text.push('\n');
                block.chars += 1;
            }
            self.space = false;
        }
    }

    fn text(&mut self, value: &[u8]) {
        let text = String::from_utf8_lossy(value);
        let top = self.top().clone();
        if top.capture != Capture::None {
            let limit = if top.capture == Capture::JsonLd {
                MAX_JSON_LD
            } else {
                MAX_MARK
            };
            if self.captured.len() < limit {
                self.captured.push_str(&text);
            }
        }
        // Text standing directly in `<noscript>` is a message to enable scripts or markup
        // escaped for a script to insert; the fallback's own paragraphs are read.
        if top.silent || top.tag == Tag::Noscript {
            return;
        }
        let starts_block = self.boundary
            || self
                .block
                .as_ref()
                .is_none_or(|block| block.element != top.block);
        if starts_block {
            if text.trim_ascii().is_empty() && !top.pre {
                return;
            }
            self.end_block();
            self.boundary = false;
            self.space = false;
            self.block = Some(TextBlock {
                element: top.block,
                kind: top.kind,
                text: self.document.text.len()..self.document.text.len(),
                chars: 0,
                link_chars: 0,
                opens_with_link: top.link,
            });
        }
        let Some(block) = &mut self.block else {
            return;
        };
        let out = &mut self.document.text;
        let mut chars = 0;
        let mut spaces = 0;
        if top.pre {
            for c in text.chars() {
                if c == '\r' {
                    continue;
                }
                out.push(c);
                chars += 1;
            }
        } else {
            for c in text.chars() {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                    self.space = true;
                    continue;
                }
                if self.space && out.len() > block.text.start && !out.ends_with('\n') {
                    out.push(' ');
                    spaces += 1;
                }
                self.space = false;
                out.push(c);
                chars += 1;
            }
        }
        block.chars += chars + spaces;
        if top.link {
            block.link_chars += chars;
        }
    }

    fn end_block(&mut self) {
        let Some(mut block) = self.block.take() else {
            return;
        };
        let text = &mut self.document.text;
        while text.len() > block.text.start && text.ends_with(char::is_whitespace) {
            text.pop();
            block.chars = block.chars.saturating_sub(1);
        }
        block.text.end = text.len();
        block.link_chars = block.link_chars.min(block.chars);
        if !block.text.is_empty() {
            self.document.blocks.push(block);
        }
    }

    fn end_capture(&mut self, capture: Capture) {
        let captured = std::mem::take(&mut self.captured);
        let marks = &mut self.document.marks;
        match capture {
            Capture::None => {}
            Capture::Title => {
                if marks.title.is_none() {
                    marks.title = Some(collapse(&captured));
                }
            }
            Capture::JsonLd => {
                if marks.json_ld.len() + captured.len() <= MAX_JSON_LD {
                    marks.json_ld.push_str(&captured);
                    marks.json_ld.push('\n');
                }
            }
            Capture::Byline => {
                let byline = collapse(&captured);
                if !byline.is_empty() && marks.byline.is_none() {
                    marks.byline = Some(byline);
                }
            }
        }
    }

    fn finish(mut self, end: usize) -> Document {
        self.pop_to(1, end);
        self.end_block();
        if let Some(root) = self.document.elements.first_mut() {
            root.span = 0..end;
        }
        self.document
    }
}

impl Open {
    /// Inside `<svg>` or `<math>`, whose `<title>` elements name a picture, not the page.
    fn silent_media(&self) -> bool {
        self.silent && self.tag != Tag::Head && self.tag != Tag::Html
    }
}

/// `text` cut to at most [`MAX_MARK`] bytes, on a character boundary.
fn short(text: &str) -> &str {
    if text.len() <= MAX_MARK {
        return text;
    }
    let mut end = MAX_MARK;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` with its whitespace collapsed to single spaces and trimmed.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in short(text).split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(document: &Document) -> Vec<(&str, Kind)> {
        document
            .blocks
            .iter()
            .map(|block| (&document.text[block.text.clone()], block.kind))
            .collect()
    }

    #[test]
    fn blocks_follow_block_level_elements() {
        let html = "<html><head><title>The  Title</title><style>p{}</style></head><body>\
                    <h1>Head&amp;line</h1><p>One <b>bold</b> word.<p>Two<br>lines\n here\
                    <ul><li>First<li>Second <a href=x>link</a></ul>\
                    <script>var x = '<p>no</p>';</script><div>Tail</div></body></html>";
        let document = parse(html);
        assert_eq!(
            texts(&document),
            [
                ("Head&line", Kind::Heading(1)),
                ("One bold word.", Kind::Paragraph),
                ("Two\nlines here", Kind::Paragraph),
                ("First", Kind::ListItem),
                ("Second link", Kind::ListItem),
                ("Tail", Kind::Paragraph),
            ]
        );
        assert_eq!(document.blocks[4].link_chars, 4);
        assert_eq!(document.marks.title.as_deref(), Some("The Title"));
        // Each block's element spans its tags in the source.
        let paragraph = &document.elements[document.blocks[1].element];
        assert_eq!(paragraph.tag, Tag::P);
        assert!(html[paragraph.span.clone()].starts_with("<p>One"));
        assert!(html[paragraph.span.clone()].ends_with("word."));
    }

    #[test]
    fn two_line_breaks_end_a_paragraph_and_hidden_text_is_not_read() {
        let document = parse(
            "<div>First<br><br>Second</div><div hidden>No</div>\
             <div style='display: none'>No</div><pre>a\n  b</pre>",
        );
        assert_eq!(
            texts(&document),
            [
                ("First", Kind::Paragraph),
                ("Second", Kind::Paragraph),
                ("a\n  b", Kind::Code)
            ]
        );
    }

    #[test]
    fn a_self_closing_title_in_an_icon_does_not_swallow_the_page() {
        let document = parse(
            "<ul><li><a href=/x><svg viewBox='0 0 8 8'><title/><path d='M0 0'/></svg></a></li>\
             <li><svg><title>Mail</title><style/></svg></li></ul>\
             <p>The harbor opened on Monday.</p><svg><script/></svg><p>Boats came back.</p>\
             <p>A page's own <title/>swallows the rest, as browsers read it.</p><p>Gone</p>",
        );
        assert_eq!(
            texts(&document),
            [
                ("The harbor opened on Monday.", Kind::Paragraph),
                ("Boats came back.", Kind::Paragraph),
                ("A page's own", Kind::Paragraph),
            ]
        );
    }

    #[test]
    fn the_paragraphs_of_a_noscript_fallback_are_read_and_its_messages_not() {
        let document = parse(
            "<div class=post><script>render()</script><noscript><p>The harbor opened on \
             Monday.</p><p>Boats came back.</p></noscript></div>\
             <noscript>Please turn on scripts to read this page.</noscript>\
             <div><noscript>&lt;img src=a.jpg&gt;</noscript></div>",
        );
        assert_eq!(
            texts(&document),
            [
                ("The harbor opened on Monday.", Kind::Paragraph),
                ("Boats came back.", Kind::Paragraph),
            ]
        );
    }

    #[test]
    fn a_credit_within_a_line_is_not_read() {
        let document = parse(
            "<p>The quay at dawn. <span class=image-credit>Photo: Ann Lee</span></p>\
             <p class=photo-caption>The old walls.</p>",
        );
        assert_eq!(
            texts(&document),
            [
                ("The quay at dawn.", Kind::Paragraph),
                ("The old walls.", Kind::Paragraph)
            ]
        );
    }

    #[test]
    fn stray_and_missing_end_tags_are_handled() {
        let document = parse("</div></p><div><p>Open<div>Inner</span></div>After");
        assert_eq!(
            texts(&document),
            [
                ("Open", Kind::Paragraph),
                ("Inner", Kind::Paragraph),
                ("After", Kind::Paragraph)
            ]
        );
    }

    #[test]
    fn marks_are_read() {
        let document = parse(
            "<head><meta property='og:title' content='OG'><script type=application/ld+json>\
             {\"datePublished\": \"2024-01-02\"}</script></head><body><svg><title>Icon</title>\
             </svg><p class=byline>By <a rel=author>Ann Lee</a></p>\
             <time datetime=2024-01-03>Jan 3</time></body>",
        );
        assert_eq!(document.marks.title, None);
        assert_eq!(
            document.marks.metas,
            [("og:title".to_string(), "OG".to_string())]
        );
        assert!(document.marks.json_ld.contains("datePublished"));
        assert_eq!(document.marks.byline.as_deref(), Some("By Ann Lee"));
        assert_eq!(document.marks.time.as_deref(), Some("2024-01-03"));
    }
}
