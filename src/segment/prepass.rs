//! One pass over the text before the scan, for what the scan must know ahead: where
//! hard-wrapped lines were cut ([`wrap`]) and which brackets and quotations close within
//! their sentence ([`enclosures`]). Both look only at line breaks and at a few marks, which
//! a table tells from the bytes around them, so the pass skips plain text a byte at a time.

use super::chars::{char_at, is_line_break};
use super::enclosures::{self, Enclosures};
use super::wrap;

/// What the pre-pass found.
pub(super) struct Prepass {
    /// The line breaks at which a hard-wrapped paragraph's line was cut, in order.
    pub(super) wrapped_line_ends: Vec<usize>,
    /// The brackets and quotations that close inside their sentence.
    pub(super) enclosures: Enclosures,
}

/// Runs the pre-pass over `text`.
pub(super) fn run(text: &str) -> Prepass {
    let mut paragraphs = wrap::Paragraphs::default();
    let mut finder = enclosures::Finder::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if !enclosures::may_enclose(byte, bytes.get(at + 1).copied()) {
            at += 1;
            continue;
        }
        let Some(c) = char_at(text, at) else {
            // A continuation byte of a char whose lead byte was skipped.
            at += 1;
            continue;
        };
        if is_line_break(c) {
            let width = if c == '\r' && bytes.get(at + 1) == Some(&b'\n') {
                2
            } else {
                c.len_utf8()
            };
            paragraphs.line_break(text, at, c, width);
            finder.line_break(text, at, c, width);
            at += width;
        } else {
            at += finder.mark(text, at, c);
        }
    }
    Prepass {
        wrapped_line_ends: paragraphs.finish(text),
        enclosures: finder.finish(),
    }
}
