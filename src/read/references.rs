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
    let title = title.trim();
    if title.len() > 40 {
        return false;
    }
    // Numbering (`7.`, `VII.`, `A.`), emphasis, and a colon at the end.
    let title = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let title = match title.split_once(". ") {
        Some((numeral, rest))
            if numeral.len() <= 4 && numeral.chars().all(|c| "IVXLivxlA".contains(c)) =>
        {
            rest
        }
        _ => title,
    };
    let title = title
        .trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c.is_whitespace())
        .to_lowercase();
    titles.contains(&title.as_str())
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
    match section(text) {
        Some(section) => [
            (0..section.start, BlockKind::Text),
            (section.clone(), BlockKind::Structure),
            (section.end..text.len(), BlockKind::Text),
        ]
        .into_iter()
        .filter(|(span, _)| span.start < span.end)
        .map(|(span, kind)| Block { span, kind })
        .collect(),
        None => vec![Block {
            span: 0..text.len(),
            kind: BlockKind::Text,
        }],
    }
}

/// The references section of plain `text`: from its title's line to the end of the text
/// or the title of an appendix.
fn section(text: &str) -> Option<Range<usize>> {
    let mut lines = text.split_inclusive('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line.trim()))
    });
    let start = loop {
        let (start, line) = lines.next()?;
        if is_references_title(line) {
            let next: Vec<&str> = lines
                .clone()
                .map(|(_, line)| line)
                .filter(|line| !line.is_empty())
                .take(5)
                .collect();
            if next.iter().filter(|line| looks_like_entry(line)).count() >= 2 {
                break start;
            }
        }
    };
    let end = lines
        .find(|(_, line)| matches_title(line, AFTER_TITLES))
        .map_or(text.len(), |(end, _)| end);
    Some(start..end)
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
