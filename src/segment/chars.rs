//! Character classes the splitter reasons with, and small panic-free helpers to read the
//! text at a byte offset.
//!
//! Offsets handed to these helpers always sit on char boundaries (the scanner only ever
//! advances by whole chars), but the helpers use `str::get` anyway so that a mistake shows
//! up as a wrong split, never as a panic.
//!
//! The classes that are Unicode properties are generated into `chars/unicode.rs`; the
//! hand-picked ones (terminators, quotes, bullets, dashes) are written here, each saying
//! why it holds what it holds.

mod unicode;

/// The char starting at byte `at`, if `at` is a char boundary inside `text`.
pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// The char ending at byte `at`, if `at` is a char boundary inside `text` after its start.
///
/// Kept out of line: each inlined backward UTF-8 decoding costs the WebAssembly module
/// about a hundred bytes, and the rules read the char before an offset at many places.
#[inline(never)]
pub(super) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|before| before.chars().next_back())
}

/// Chars that end a line: Unicode's mandatory line breaks. `\r\n` is one line end; the
/// caller folds the pair.
pub(super) fn is_line_break(c: char) -> bool {
    unicode::is_mandatory_line_break(c)
}

/// Sentence-final punctuation: what can end a sentence.
pub(super) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '\u{37e}')
        || is_unspaced_terminator(c)
}

/// Full stops and marks of scripts in which they serve no other purpose: CJK `。！？`,
/// Devanagari `।` and `॥`, Ethiopic `።` and `፧`, Myanmar `။`, Arabic `۔` and `؟`,
/// Armenian `։`. They end a sentence even with no space after them, as CJK, Ethiopic and
/// Myanmar writing put none between sentences.
pub(super) fn is_unspaced_terminator(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '｡' | '।' | '॥' | '።' | '፧' | '။' | '۔' | '؟' | '։'
    )
}

/// Chars that bind to what follows, so that a line ending on one goes on in the next line
/// (as in CJK text wrapped by a PDF or a fixed width, which breaks lines inside words): the
/// ideographic commas `、` and `，`, and the Japanese particles `を` (object) and `の`
/// (genitive), which always precede their noun or verb. Unlike a Latin comma, which ends
/// letter salutations (`Thanks,`), none of them closes a line of its own.
pub(super) fn binds_to_next_line(c: char) -> bool {
    matches!(c, '、' | '，' | 'を' | 'の')
}

/// Armenian letters. Armenian ends sentences with `։`, which is commonly typed as `:`, and
/// its `.`-like mark is a pause inside the sentence.
pub(super) fn is_armenian_letter(c: char) -> bool {
    unicode::is_armenian_letter(c)
}

/// Whether the char before byte `at` is an Armenian letter.
pub(super) fn follows_armenian_letter(text: &str, at: usize) -> bool {
    char_before(text, at).is_some_and(is_armenian_letter)
}

/// Exclamation and question marks, which (unlike the period) are never abbreviations.
/// Greek asks with `;` (U+037E, which normalizes to the semicolon).
pub(super) fn is_exclamation_or_question(c: char) -> bool {
    matches!(c, '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '\u{37e}')
}

/// Whether the char before byte `at` is a Greek letter: Greek writes its question mark as
/// a semicolon (and its semicolon as a raised dot, `·`), so a `;` after a Greek word asks.
pub(super) fn follows_greek_letter(text: &str, at: usize) -> bool {
    char_before(text, at).is_some_and(|c| {
        c.is_alphabetic() && matches!(c, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}')
    })
}

/// The first code point of the nine Brahmic scripts of India (Devanagari to Malayalam),
/// whose 128-code-point blocks share one layout inherited from ISCII.
const INDIC_FIRST: u32 = 0x0900;

/// One past the last code point of those blocks.
const INDIC_END: u32 = 0x0D80;

/// The place of `c` in its Indic block, if it is in one.
fn indic_offset(c: char) -> Option<u32> {
    let code = u32::from(c);
    (INDIC_FIRST..INDIC_END)
        .contains(&code)
        .then(|| (code - INDIC_FIRST) % 0x80)
}

/// Vowel signs, viramas and other marks of the Brahmic scripts of India: they modify the
/// letter before them, so that a letter with its marks writes one syllable (`डॉ`, `കെ`).
/// At the same places in each block: the signs before the vowels (candrabindu, anusvara,
/// visarga), nukta, the dependent vowel signs and virama, the length marks and the vocalic
/// vowel signs.
pub(super) fn is_indic_mark(c: char) -> bool {
    indic_offset(c).is_some_and(|offset| {
        matches!(offset, 0x00..=0x03 | 0x3a..=0x3c | 0x3e..=0x4f | 0x55..=0x57 | 0x62..=0x63)
    })
}

/// The virama of a Brahmic script of India, which joins the consonant before it to the
/// next one in a single syllable (`പ്ര`).
pub(super) fn is_indic_virama(c: char) -> bool {
    indic_offset(c) == Some(0x4d)
}

/// Closing quotes and brackets: after a terminator they still belong to its sentence
/// (`He said "stop." Then…`). `“` and `‘` are here too: German typography closes with them
/// and sloppy English text often does; and guillemets close either way round (French
/// `«…»`, German and Danish `»…«`), as does the backtick quote of plain text.
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | ')'
            | ']'
            | '}'
            | '»'
            | '«'
            | '”'
            | '’'
            | '›'
            | '‹'
            | '`'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '】'
            | '》'
            | '〉'
            | '〕'
    )
}

/// Opening quotes and brackets: skipped to find the first letter of the word they open.
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '»'
            | '“'
            | '‘'
            | '‹'
            | '›'
            | '`'
            | '„'
            | '「'
            | '『'
            | '（'
            | '［'
            | '｛'
            | '【'
            | '《'
            | '〈'
            | '〔'
            | '¿'
            | '¡'
    )
}

/// List bullets: one starts a new piece when it stands at the start of a word, so that
/// `• first • second` gives two items.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '▪' | '▫' | '●' | '∙')
}

/// Skips whitespace from byte `from`. Returns the offset of the next non-whitespace char
/// (or `text.len()`) and how many line breaks were crossed; `\r\n` counts once and a
/// paragraph separator (U+2029) counts as a blank line.
pub(super) fn skip_whitespace(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut at = from;
    let mut breaks = 0usize;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            match b {
                b' ' | b'\t' => at += 1,
                b'\r' => {
                    at += if bytes.get(at + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    breaks += 1;
                }
                b'\n' | 0x0B | 0x0C => {
                    at += 1;
                    breaks += 1;
                }
                _ => break,
            }
        } else {
            match char_at(text, at) {
                Some(c) if c.is_whitespace() => {
                    if c == '\u{2029}' {
                        breaks += 2;
                    } else if is_line_break(c) {
                        breaks += 1;
                    }
                    at += c.len_utf8();
                }
                _ => break,
            }
        }
    }
    (at, breaks)
}

/// `text` without the spaces, tabs and no-break spaces at its end: what is before a word
/// on the same line.
pub(super) fn trim_spaces_end(text: &str) -> &str {
    trim_end_while(text, is_space)
}

/// `text` without the spaces, tabs and no-break spaces at its start.
pub(super) fn trim_spaces_start(text: &str) -> &str {
    let mut start = 0;
    while let Some(c) = char_at(text, start).filter(|&c| is_space(c)) {
        start += c.len_utf8();
    }
    text.get(start..).unwrap_or(text)
}

/// `text` without the chars at its end that `strip` accepts. The standard library's
/// `trim_end_matches` would build one searcher per closure; this plain function is one body
/// for every caller.
pub(super) fn trim_end_while(text: &str, strip: fn(char) -> bool) -> &str {
    let mut end = text.len();
    while let Some(c) = char_before(text, end).filter(|&c| strip(c)) {
        end -= c.len_utf8();
    }
    text.get(..end).unwrap_or(text)
}

/// Spaces within a line: space, tab, no-break space.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}')
}

/// Skips closing quotes and brackets from byte `from`; returns the offset after them.
pub(super) fn skip_closers(text: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(c) = char_at(text, at) {
        if !is_closer(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// Skips opening quotes and brackets from byte `from`; returns the offset after them.
pub(super) fn skip_openers(text: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(c) = char_at(text, at) {
        if !is_opener(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// Whether `text` (already trimmed) ends with sentence-final punctuation, possibly followed
/// by closing quotes and brackets and by reference marks ([`trim_reference_marks`]). An
/// Armenian word's `:` is its full stop, and a `;` ends a clause that the splitter only
/// cuts off when a new sentence follows.
pub(super) fn ends_with_terminator(text: &str) -> bool {
    let text = trim_end_while(trim_reference_marks(text), is_closer);
    match char_before(text, text.len()) {
        Some(';') => true,
        Some(':') => char_before(text, text.len() - 1).is_some_and(is_armenian_letter),
        last => last.is_some_and(is_terminator),
    }
}

/// `text` without the reference marks at its end and the spaces before them: bracketed
/// note numbers (`[5]`, `[12, 14]`, `[3-5]`, spaced `[ 5 ]`) and bracketed omissions
/// (`[...]`). Encyclopedias and quoting writers put them after the full stop, and the
/// sentence they follow is no less a sentence: "It rose.[5]" ends at its stop. One walk
/// back over the bytes, since every mark is ASCII.
fn trim_reference_marks(text: &str) -> &str {
    let bytes = text.as_bytes();
    // The end of what is kept: before the last mark read whole.
    let mut end = bytes.len();
    let mut at = end;
    // Within a mark (after its `]`), the digits and dots read so far.
    let mut within = false;
    let (mut digits, mut dots) = (0, 0);
    while let Some(&b) = at.checked_sub(1).and_then(|i| bytes.get(i)) {
        at -= 1;
        match (within, b) {
            (false, b' ') => {}
            (false, b']') => (within, digits, dots) = (true, 0, 0),
            (true, b'[') if digits > 0 || dots == 3 => (within, end) = (false, at),
            (true, b'0'..=b'9') => digits += 1,
            (true, b'.') => dots += 1,
            (true, b' ' | b',' | b'-') => {}
            _ => break,
        }
    }
    while end > 0 && bytes.get(end - 1) == Some(&b' ') {
        end -= 1;
    }
    // `end` is the length of the text or the offset of a `[` or a space: a char boundary.
    text.get(..end).unwrap_or(text)
}

/// Dashes that introduce a speaker's words or the attribution after them (`— сказал он`).
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_skipping_counts_line_breaks_once_per_line() {
        assert_eq!(skip_whitespace("a  b", 1), (3, 0));
        assert_eq!(skip_whitespace("a\r\n\tb", 1), (4, 1));
        assert_eq!(skip_whitespace("a\r\rb", 1), (3, 2));
        assert_eq!(skip_whitespace("a\n \u{a0}\nb", 1), (6, 2));
        assert_eq!(skip_whitespace("a\u{2029}b", 1), (4, 2));
        assert_eq!(skip_whitespace("a  ", 1), (3, 0));
    }

    #[test]
    fn closers_and_openers_are_skipped_whole() {
        assert_eq!(skip_closers("x.\u{201d}) y", 2), 6);
        assert_eq!(skip_openers("(\u{201c}Hi", 0), 4);
        assert_eq!(skip_closers("x", 5), 5);
    }

    #[test]
    fn terminators_are_found_through_closers() {
        assert!(ends_with_terminator("He said \"stop.\""));
        assert!(ends_with_terminator("好。"));
        assert!(ends_with_terminator("Wait…"));
        assert!(ends_with_terminator("Բարև Ձեզ:"));
        assert!(!ends_with_terminator("Note:"));
        assert!(ends_with_terminator("जानता।"));
        assert!(!ends_with_terminator("Related Articles"));
        assert!(!ends_with_terminator("\""));
        assert!(ends_with_terminator("It rose.[5]"));
        assert!(ends_with_terminator("It rose.\"[12, 14][3-5]"));
        assert!(ends_with_terminator("it rose . [ 5 ]"));
        assert!(ends_with_terminator("It rose. [...]"));
        assert!(!ends_with_terminator("It rose [5]"));
        assert!(!ends_with_terminator("Results [citation needed]"));
        assert!(!ends_with_terminator("[5]"));
        assert!(!ends_with_terminator("See [a]"));
        assert!(!ends_with_terminator("Items [. 5]"));
        assert!(!ends_with_terminator(""));
    }

    #[test]
    fn char_at_never_panics_off_a_boundary() {
        assert_eq!(char_at("é", 1), None);
        assert_eq!(char_at("é", 2), None);
        assert_eq!(char_at("é", 0), Some('é'));
    }
}
