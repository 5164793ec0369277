//! Byte offsets into a text as Python string indices.

/// Converts byte offsets into `text` to code-point offsets (Python's string indices),
/// walking the text once for offsets that come in increasing order, as a document's
/// sentences do.
pub(crate) struct CodePoints<'a> {
    text: &'a str,
    byte: usize,
    index: usize,
}

impl<'a> CodePoints<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CodePoints {
            text,
            byte: 0,
            index: 0,
        }
    }

    /// The code-point offset of the byte offset `byte`, which lies on a char boundary.
    pub(crate) fn of(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Out of order: start again from the beginning rather than slice backwards.
            self.byte = 0;
            self.index = 0;
        }
        let passed = self.text.get(self.byte..byte).unwrap_or_default();
        self.index += passed.chars().count();
        self.byte = byte;
        self.index
    }
}
