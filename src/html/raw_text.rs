//! When the tokenizer reads an element's content as raw text rather than as markup.
//!
//! The tokenizer switches to raw text after `<title>`, `<style>`, `<script>` or
//! `<noscript>` until the matching end tag, as the HTML standard's tree builder tells it to
//! for HTML elements in a browser that runs scripts. This emitter passes everything through
//! to the one it wraps and withholds the switch in two cases:
//!
//! - After a self-closing tag inside `<svg>` or `<math>`, where these names are foreign
//!   elements with no content at all (`<svg><title/><path d="…"/></svg>`, as icon sets
//!   write them): switching there would read the rest of the page, up to a `</title>` that
//!   never comes, as the title's text. An element that is not self-closing still switches,
//!   which reads its content the same way either way: it is not the page's text.
//! - After `<noscript>`, whose content is markup for readers without scripts, as a browser
//!   with scripting off and the usual HTML parsers (lxml, html5lib) read it. A page that
//!   renders its article with a script often gives the article's paragraphs there.

use html5gum::{Emitter, ForwardingEmitter, State};

/// Wraps an emitter that switches states naively, knowing when a tag is foreign and
/// reading `<noscript>` as markup.
pub(crate) struct RawTextSwitches<E> {
    inner: E,
    /// The current tag's name, lowercase, as far as it matters here.
    name: Vec<u8>,
    is_start: bool,
    self_closing: bool,
    /// How many `<svg>` and `<math>` elements are open.
    foreign_depth: usize,
}

/// The longest tag name worth keeping: `noscript`, the longest that switches states.
const NAME_LIMIT: usize = 8;

impl<E> RawTextSwitches<E> {
    pub(crate) fn new(inner: E) -> Self {
        RawTextSwitches {
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

impl<E: Emitter> ForwardingEmitter for RawTextSwitches<E> {
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
        if (inside_foreign && self.is_start && self.self_closing)
            || self.name.as_slice() == b"noscript"
        {
            None
        } else {
            next
        }
    }
}
