//! Lists of references: a "References" or "Bibliography" section of numbered or author–year
//! entries, as papers and READMEs end with. Their entries cite other texts; none of them
//! says what this text says, so they are never summary material.
//!
//! A section starts at a line (or a Markdown heading) that is only its title, in one of the
//! languages salient reads, and, in plain text, needs entries to follow: two of the next
//! five lines must look like references (`[1] …`, `1. …`, or a line that starts with a
//! capital and cites a year). It runs to the end of the text, or to a title that opens an
//! appendix or the acknowledgements.

use std::ops::Range;

use super::{Block, BlockKind};

/// The titles of a references section, lowercase.
const TITLES: &[&str] = &[
    "references",
    "reference",
    "bibliography",
    "works cited",
    "literature cited",
    "cited literature",
    "literature",
    "further reading",
    "citations",
    "notes and references",
    "literatur",
    "literaturverzeichnis",
    "quellen",
    "quellenverzeichnis",
    "références",
    "références bibliographiques",
    "bibliographie",
    "referencias",
    "bibliografía",
    "referências",
    "referências bibliográficas",
    "bibliografia",
    "riferimenti",
    "riferimenti bibliografici",
    "literatuur",
    "referenties",
    "bronnen",
    "литература",
    "список литературы",
    "источники",
    "referenser",
    "litteratur",
    "kilder",
    "lähteet",
    "kirjallisuus",
    "irodalom",
    "hivatkozások",
    "bibliografie",
    "kaynaklar",
    "kaynakça",
    "βιβλιογραφία",
    "المراجع",
    "参考文献",
    "参考資料",
    "참고 문헌",
    "참고문헌",
];

/// Titles that end a references section in plain text: what papers put after it.
const AFTER_TITLES: &[&str] = &[
    "appendix",
    "appendices",
    "acknowledgements",
    "acknowledgments",
    "anhang",
    "annexe",
    "apéndice",
];

/// Whether `title` (a line, or a heading's text) is only the title of a references
/// section: `References`, `7. References`, `**Bibliography**:`.
pub(super) fn is_references_title(title: &str) -> bool {
    matches_title(title, TITLES)
}

fn matches_title(title: &str, titles: &[&str]) -> bool {
    // Byte loops over ASCII marks rather than string patterns: this runs in every build,
    // the npm package's smallest too. Every cut falls beside an ASCII byte, so on a char
    // boundary.
    let bytes = title.as_bytes();
    let is_mark = |b: &u8| b.is_ascii_whitespace() || matches!(b, b'*' | b'_' | b':');
    let mut start = bytes
        .iter()
        .position(|b| !is_mark(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_mark(b))
        .map_or(start, |p| p + 1);
    if end - start > 40 {
        return false;
    }
    // Numbering: `7.`, `7 `, `VII. `, `A. `.
    let core = bytes.get(start..end).unwrap_or(&[]);
    let digits = core
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count();
    start += digits;
    if digits == 0 {
        if let Some(dot) = core.iter().position(|&b| b == b'.') {
            let roman = core[..dot].iter().all(|b| b"IVXLivxlA".contains(b));
            if dot <= 4 && roman && core.get(dot + 1) == Some(&b' ') {
                start += dot + 2;
            }
        }
    }
    while bytes.get(start).is_some_and(u8::is_ascii_whitespace) && start < end {
        start += 1;
    }
    title
        .get(start..end)
        // Char by char: `str::to_lowercase` would bring its own code (for the Greek final
        // sigma) into the WebAssembly module for this alone.
        .is_some_and(|core| {
            let lowercase: String = core.chars().flat_map(crate::lowercase::lowercase).collect();
            titles.contains(&lowercase.as_str())
        })
}

/// Whether a line looks like an entry of a list of references.
fn looks_like_entry(line: &str) -> bool {
    let line = line.trim();
    let bytes = line.as_bytes();
    let numbered = match bytes.first() {
        Some(b'[') => {
            bytes
                .iter()
                .skip(1)
                .take_while(|b| b.is_ascii_digit())
                .count()
                > 0
        }
        Some(b'(') => {
            bytes
                .iter()
                .skip(1)
                .take_while(|b| b.is_ascii_digit())
                .count()
                > 0
        }
        Some(b) if b.is_ascii_digit() => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            digits <= 3 && matches!(bytes.get(digits), Some(b'.' | b')'))
        }
        _ => false,
    };
    numbered || (line.starts_with(char::is_uppercase) && cites_a_year(bytes) && line.contains(','))
}

/// Whether `bytes` hold a year from 1800 to 2099 standing alone (`2019`, `(2019a)`).
fn cites_a_year(bytes: &[u8]) -> bool {
    bytes.windows(4).enumerate().any(|(at, window)| {
        let century = matches!(window, [b'1', b'8' | b'9', ..] | [b'2', b'0', ..]);
        century
            && window.iter().all(u8::is_ascii_digit)
            && !(at > 0 && bytes[at - 1].is_ascii_alphanumeric())
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
    })
}

/// Plain text as blocks: one block of text, less a references section if it has one.
pub(super) fn plain_text(text: &str) -> Vec<Block> {
    let Some(section) = section(text) else {
        return vec![Block {
            span: 0..text.len(),
            kind: BlockKind::Text,
        }];
    };
    let mut blocks = Vec::with_capacity(3);
    for (span, kind) in [
        (0..section.start, BlockKind::Text),
        (section.clone(), BlockKind::Structure),
        (section.end..text.len(), BlockKind::Text),
    ] {
        if span.start < span.end {
            blocks.push(Block { span, kind });
        }
    }
    blocks
}

/// The references section of plain `text`: from its title's line to the end of the text
/// or the title of an appendix.
fn section(text: &str) -> Option<Range<usize>> {
    let mut start = None;
    let mut looked_at = 0;
    let mut entries = 0;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text
            .as_bytes()
            .get(line_start..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            .map_or(text.len(), |at| line_start + at + 1);
        let line = text.get(line_start..line_end).unwrap_or("").trim();
        let this_line = line_start;
        line_start = line_end;
        let line_start = this_line;
        match start {
            None if is_references_title(line) => {
                start = Some(line_start);
                looked_at = 0;
                entries = 0;
            }
            None => {}
            // The title of an appendix ends the section.
            Some(section_start) if entries >= 2 && matches_title(line, AFTER_TITLES) => {
                return Some(section_start..line_start);
            }
            Some(_) if entries >= 2 => {}
            Some(_) if line.is_empty() => {}
            Some(_) => {
                looked_at += 1;
                entries += usize::from(looks_like_entry(line));
                if looked_at == 5 && entries < 2 {
                    start = None;
                }
            }
        }
    }
    start
        .filter(|_| entries >= 2)
        .map(|start| start..text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_several_forms_and_languages() {
        for title in [
            "References",
            "REFERENCES",
            "7. References",
            "VII. Bibliography",
            "**References**",
            "References:",
            "Literaturverzeichnis",
            "Références",
            "Список литературы",
            "参考文献",
        ] {
            assert!(is_references_title(title), "{title}");
        }
        for title in [
            "Referencing other crates",
            "The references we keep",
            "Notes",
            "",
        ] {
            assert!(!is_references_title(title), "{title}");
        }
    }

    #[test]
    fn a_plain_section_needs_entries() {
        let paper = "Intro sentence here. More words.\n\nReferences\n\n\
                     [1] A. Smith. Tidal power. 2019.\n[2] B. Jones. Tides, 2020.\n";
        let blocks = plain_text(paper);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].kind, BlockKind::Structure);
        assert_eq!(&paper[blocks[1].span.clone()], &paper[34..]);

        let prose = "Intro.\n\nReferences\n\nWe keep no references here. None at all.\n";
        assert_eq!(plain_text(prose).len(), 1);
    }

    #[test]
    fn an_appendix_ends_the_section() {
        let paper = "Body text.\nReferences\nSmith, J. (2019). Tides. Nature.\n\
                     Jones, K. (2020). Waves, again.\nAppendix\nMore body text.";
        let blocks = plain_text(paper);
        let kinds: Vec<_> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Text, BlockKind::Structure, BlockKind::Text]
        );
        assert!(paper[blocks[2].span.clone()].starts_with("Appendix"));
    }
}
