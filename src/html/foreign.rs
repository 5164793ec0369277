//! Tags in SVG and MathML, which the tokenizer must not read as HTML's raw-text elements.
//!
//! The tokenizer switches to raw text after `<title>`, `<style>` or `<script>` until the
//! matching end tag, as the HTML standard's tree builder tells it to for HTML elements.
//! Within `<svg>` and `<math>` these names are foreign elements, and a self-closing one
//! (`<svg><title/><path d="…"/></svg>`, as icon sets write them) has no content at all:
//! switching there would read the rest of the page, up to a `</title>` that never comes,
//! as the title's text. This emitter passes everything through to the one it wraps and
//! only withholds the switch after a self-closing tag inside foreign content. An element
//! that is not self-closing still switches, which reads its content the same way either
//! way: it is not the page's text.

use html5gum::{Emitter, ForwardingEmitter, State};

/// Wraps an emitter that switches states naively, knowing when a tag is foreign.
pub(crate) struct ForeignAware<E> {
    inner: E,
    /// The current tag's name, lowercase, as far as it matters here.
    name: Vec<u8>,
    is_start: bool,
    self_closing: bool,
    /// How many `<svg>` and `<math>` elements are open.
    foreign_depth: usize,
}

/// The longest tag name worth keeping: `script`, the longest that switches states.
const NAME_LIMIT: usize = 8;

impl<E> ForeignAware<E> {
    pub(crate) fn new(inner: E) -> Self {
        ForeignAware {
            inner,
            name: Vec::with_capacity(NAME_LIMIT),
            is_start: false,
            self_closing: false,
            foreign_depth: 0,
        }
    }

    fn is_foreign_root(&self) -> bool {
        self.name.as_slice() == b"svg" || self.name.as_slice() == b"math"
    }
}

impl<E: Emitter> ForwardingEmitter for ForeignAware<E> {
    type Token = E::Token;

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.inner
    }

    fn init_start_tag(&mut self) {
        self.name.clear();
        self.is_start = true;
        self.self_closing = false;
        self.inner.init_start_tag();
    }

    fn init_end_tag(&mut self) {
        self.name.clear();
        self.is_start = false;
        self.self_closing = false;
        self.inner.init_end_tag();
    }

    fn push_tag_name(&mut self, s: &[u8]) {
        if self.name.len() + s.len() <= NAME_LIMIT {
            self.name.extend(s.iter().map(u8::to_ascii_lowercase));
        } else {
            // Longer than any name that matters: keep it unlike all of them.
            self.name.clear();
            self.name.extend_from_slice(b"-");
        }
        self.inner.push_tag_name(s);
    }

    fn set_self_closing(&mut self) {
        self.self_closing = true;
        self.inner.set_self_closing();
    }

    fn emit_current_tag(&mut self) -> Option<State> {
        let next = self.inner.emit_current_tag();
        let inside_foreign = self.foreign_depth > 0;
        if self.is_foreign_root() {
            if !self.is_start {
                self.foreign_depth = self.foreign_depth.saturating_sub(1);
            } else if !self.self_closing {
                self.foreign_depth = self.foreign_depth.saturating_add(1);
            }
        }
        if inside_foreign && self.is_start && self.self_closing {
            None
        } else {
            next
        }
    }
}
