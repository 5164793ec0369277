//! E-mail: a message as mail programs show it or paste it, with the thread it answers.
//!
//! The new message is the text to summarize; what it answers is history. Read line by line:
//!
//! - **headers** (`From:`, `Subject:` …, in the languages mail programs localise them to) at
//!   the top, and the header blocks that introduce a quoted or forwarded message, are
//!   structure; the subject is a heading;
//! - **quoted lines** (`>` at any depth) are another writer's words: sentences that count
//!   only when the new message is too short to summarize, and never with a `>` inside;
//! - **history** — what follows an "-----Original Message-----" or "Forwarded message"
//!   separator with its header block, or a header block in the middle of the text as
//!   Outlook quotes — counts the same way, though its lines carry no markers;
//! - the **attribution** above quoted text (`On … wrote:`, `Am … schrieb:`, `Le … a écrit :`),
//!   the **signature** (after `-- `, a sign-off such as "Best regards," with the short lines
//!   under it, or "Sent from my phone") and **legal footers** (confidentiality notices) are
//!   structure.

use std::ops::Range;

use super::{Block, BlockKind};
use crate::lowercase::lowercase_str;

/// The blocks of an e-mail `text`.
pub(super) fn read(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let mut reader = Reader {
        text,
        lines: &lines,
        out: Vec::new(),
        paragraph: None,
        quote: None,
        history: false,
        signature: false,
    };
    reader.run();
    reader.out
}

/// Whether `text` reads as an e-mail: it opens with a header block, or holds an attribution
/// line above quoted text, or a separator or header block that introduces an earlier
/// message. Quoted lines alone do not decide it: Markdown quotes with `>` too.
pub(super) fn detect(text: &str) -> bool {
    // A thread's first attribution or separator comes early; the window keeps detection's
    // cost the same for a long text.
    let mut window = text.len().min(DETECTION_WINDOW);
    while !text.is_char_boundary(window) {
        window -= 1;
    }
    let text = text.get(..window).unwrap_or("");
    let lines = lines(text);
    let first = first_non_blank(text, &lines, 0);
    header_block(text, &lines, first).is_some()
        || (0..lines.len()).any(|at| {
            attribution(text, &lines, at).is_some() || history_start(text, &lines, at).is_some()
        })
}

/// How much of a text detection reads.
const DETECTION_WINDOW: usize = 64 * 1024;

/// The byte ranges of a text's lines, without their line endings.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            let end = if at > start && text.as_bytes().get(at - 1) == Some(&b'\r') {
                at - 1
            } else {
                at
            };
            lines.push(start..end);
            start = at + 1;
        }
    }
    if start < text.len() {
        lines.push(start..text.len());
    }
    lines
}

fn line_text<'a>(text: &'a str, lines: &[Range<usize>], at: usize) -> &'a str {
    lines
        .get(at)
        .and_then(|line| text.get(line.clone()))
        .unwrap_or("")
}

fn first_non_blank(text: &str, lines: &[Range<usize>], mut at: usize) -> usize {
    while at < lines.len() && line_text(text, lines, at).trim().is_empty() {
        at += 1;
    }
    at
}

/// The reading of the body, one line at a time.
struct Reader<'a> {
    text: &'a str,
    lines: &'a [Range<usize>],
    out: Vec<Block>,
    /// The unquoted paragraph being gathered: its first and last line.
    paragraph: Option<(usize, usize)>,
    /// The quoted paragraph being gathered: where its text starts, its last line, its depth.
    quote: Option<(usize, usize, usize)>,
    /// Whether the text below an earlier message's header block is being read.
    history: bool,
    /// Whether the lines are a signature's, from `-- ` on.
    signature: bool,
}

impl Reader<'_> {
    fn run(&mut self) {
        let (text, lines) = (self.text, self.lines);
        let mut at = first_non_blank(text, lines, 0);
        if let Some(end) = header_block(text, lines, at) {
            self.headers(at, end);
            at = end;
        }
        while at < lines.len() {
            let line = line_text(text, lines, at);
            if let Some((depth, content)) = quoted(line) {
                self.flush_paragraph();
                self.signature = false;
                let start = lines.get(at).map_or(0, |l| l.start) + content;
                match self.quote {
                    _ if line[content..].trim().is_empty() => self.flush_quote(),
                    Some((first, last, d)) if d == depth && last + 1 == at => {
                        self.quote = Some((first, at, d));
                    }
                    _ => {
                        self.flush_quote();
                        self.quote = Some((start, at, depth));
                    }
                }
                at += 1;
                continue;
            }
            self.flush_quote();
            let trimmed = line.trim();
            if trimmed.is_empty() {
                self.flush_paragraph();
                at += 1;
                continue;
            }
            if let Some(end) = attribution(text, lines, at) {
                self.flush_paragraph();
                self.signature = false;
                for line in at..end {
                    self.structure_line(line);
                }
                at = end;
                continue;
            }
            if let Some(end) = history_start(text, lines, at) {
                self.flush_paragraph();
                self.signature = false;
                self.history = true;
                self.headers(at, end);
                at = end;
                continue;
            }
            if line.trim_end() == "--" || is_sent_from(trimmed) {
                self.flush_paragraph();
                self.signature |= line.trim_end() == "--";
                self.structure_line(at);
                at += 1;
                continue;
            }
            if self.signature {
                self.structure_line(at);
                at += 1;
                continue;
            }
            if let Some(end) = self.sign_off(at) {
                self.flush_paragraph();
                for line in at..end {
                    self.structure_line(line);
                }
                at = end;
                continue;
            }
            self.paragraph = Some(match self.paragraph {
                Some((first, _)) => (first, at),
                None => (at, at),
            });
            at += 1;
        }
        self.flush_paragraph();
        self.flush_quote();
    }

    /// A header block from line `at` to `end`: structure, but for the subject, a heading.
    fn headers(&mut self, at: usize, end: usize) {
        for line in at..end {
            let content = line_text(self.text, self.lines, line);
            let start = self.lines.get(line).map_or(0, |l| l.start);
            match content.split_once(':') {
                Some((name, value)) if is_subject(name) && !value.trim().is_empty() => {
                    let value_start =
                        start + name.len() + 1 + (value.len() - value.trim_start().len());
                    self.push(
                        value_start..start + content.trim_end().len(),
                        BlockKind::Heading,
                    );
                }
                _ => self.structure_line(line),
            }
        }
    }

    /// A sign-off line ("Best regards,", "Cheers, Sam") at `at` and the short lines right
    /// under it (a name, a title, a telephone number): returns the line after them.
    fn sign_off(&self, at: usize) -> Option<usize> {
        let line = line_text(self.text, self.lines, at).trim();
        let phrase = lowercase_str(
            line.split(',')
                .next()
                .unwrap_or("")
                .trim_end_matches(['!', '.', ' ']),
        );
        let name_words = line
            .split_once(',')
            .map_or(0, |(_, name)| name.split_whitespace().count());
        if !SIGN_OFFS.contains(&phrase.as_str()) || name_words > 3 {
            return None;
        }
        let mut end = at + 1;
        while end < self.lines.len() && end <= at + 6 {
            let next = line_text(self.text, self.lines, end).trim();
            if next.is_empty() || quoted(next).is_some() {
                break;
            }
            let ends_a_sentence =
                next.ends_with(['.', '!', '?']) && next.split_whitespace().count() > 3;
            if next.chars().count() > 60 || ends_a_sentence {
                return None;
            }
            end += 1;
        }
        Some(end)
    }

    fn structure_line(&mut self, line: usize) {
        if let Some(range) = self.lines.get(line).cloned() {
            self.push(range, BlockKind::Structure);
        }
    }

    /// Ends the unquoted paragraph: text, history, or a legal footer.
    fn flush_paragraph(&mut self) {
        let Some((first, last)) = self.paragraph.take() else {
            return;
        };
        let (Some(start), Some(end)) = (self.lines.get(first), self.lines.get(last)) else {
            return;
        };
        let span = start.start..end.end;
        let kind = if self.text.get(span.clone()).is_some_and(is_legal_footer) {
            BlockKind::Structure
        } else if self.history {
            BlockKind::History
        } else {
            BlockKind::Text
        };
        self.push(span, kind);
    }

    fn flush_quote(&mut self) {
        if let Some((start, last, _)) = self.quote.take() {
            if let Some(end) = self.lines.get(last) {
                self.push(start..end.end, BlockKind::Quote);
            }
        }
    }

    fn push(&mut self, span: Range<usize>, kind: BlockKind) {
        // Blocks come in order; one that would overlap the last (never expected) is dropped.
        if self
            .out
            .last()
            .is_some_and(|last| last.span.end > span.start)
            || span.is_empty()
        {
            return;
        }
        self.out.push(Block { span, kind });
    }
}

/// A quoted line's depth (how many `>`) and where its text starts.
fn quoted(line: &str) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut at = bytes
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    if at > 3 || bytes.get(at) != Some(&b'>') {
        return None;
    }
    let mut depth = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'>' => depth += 1,
            b' ' | b'\t' => {}
            _ => break,
        }
        at += 1;
    }
    Some((depth, at))
}

/// The header names that mail programs write, in the languages they localise them to,
/// lowercase: those that name the sender, the date or the subject, of which a header block
/// needs one.
const KEY_HEADERS: &[&str] = &[
    "from",
    "subject",
    "date",
    "sent",
    "von",
    "betreff",
    "datum",
    "gesendet",
    "de",
    "objet",
    "envoyé",
    "asunto",
    "enviado",
    "fecha",
    "da",
    "oggetto",
    "inviato",
    "data",
    "assunto",
    "van",
    "onderwerp",
    "verzonden",
    "от",
    "тема",
    "отправлено",
    "дата",
    "från",
    "ämne",
    "skickat",
    "fra",
    "emne",
    "sendt",
    "lähettäjä",
    "aihe",
    "lähetetty",
    "od",
    "temat",
    "wysłano",
    "kimden",
    "konu",
    "tarih",
];

/// Other header names.
const OTHER_HEADERS: &[&str] = &[
    "to",
    "cc",
    "bcc",
    "reply-to",
    "message-id",
    "in-reply-to",
    "references",
    "an",
    "kopie",
    "à",
    "para",
    "a",
    "aan",
    "кому",
    "копия",
    "till",
    "kopia",
    "til",
    "vastaanottaja",
    "do",
    "kime",
    "importance",
    "priority",
    "attachments",
    "mime-version",
    "content-type",
];

/// The subject's header names.
const SUBJECTS: &[&str] = &[
    "subject",
    "betreff",
    "objet",
    "asunto",
    "oggetto",
    "assunto",
    "onderwerp",
    "тема",
    "ämne",
    "emne",
    "aihe",
    "temat",
    "konu",
];

fn is_subject(name: &str) -> bool {
    SUBJECTS.contains(&lowercase_str(name.trim()).as_str())
}

/// Whether a line is a header (`Subject: …`), and whether it names the sender, the date or
/// the subject.
fn header(line: &str) -> Option<bool> {
    let (name, _) = line.split_once(':')?;
    if name.is_empty() || name.len() > 30 || name.starts_with([' ', '\t']) {
        return None;
    }
    let name = lowercase_str(name.trim_end());
    if KEY_HEADERS.contains(&name.as_str()) {
        Some(true)
    } else {
        (OTHER_HEADERS.contains(&name.as_str()) || name.starts_with("x-")).then_some(false)
    }
}

/// The most lines a header block is read for.
const MAX_HEADER_LINES: usize = 40;

/// A header block at line `at`: two or more header lines (with folded continuations), one
/// naming the sender, the date or the subject. Returns the line after it.
fn header_block(text: &str, lines: &[Range<usize>], at: usize) -> Option<usize> {
    let mut end = at;
    let mut headers = 0;
    let mut key = false;
    // Mail programs write a dozen headers at most; the cap keeps a search from every line
    // linear.
    while end < lines.len() && end - at < MAX_HEADER_LINES {
        let line = line_text(text, lines, end);
        if let Some(is_key) = header(line) {
            headers += 1;
            key |= is_key;
        } else if !(headers > 0 && line.starts_with([' ', '\t']) && !line.trim().is_empty()) {
            break;
        }
        end += 1;
    }
    (headers >= 2 && key).then_some(end)
}

/// What closes an attribution line, lowercase, without the colon.
const WROTE: &[&str] = &[
    "wrote",
    "schrieb",
    "a écrit",
    "escribió",
    "ha scritto",
    "escreveu",
    "schreef",
    "написал",
    "написала",
    "написал(а)",
    "skrev",
    "kirjoitti",
    "napisał",
    "napisała",
    "napisał(a)",
    "yazdı",
    "napsal",
    "napsala",
    "írta",
    "a scris",
    "写道",
    "寫道",
    "작성",
    "書きました",
];

/// An attribution at line `at` (`On Mon, 5 May 2025, Sam <sam@example.com> wrote:`,
/// `Am 5. Mai 2025 schrieb Sam:`, on one line or wrapped onto a second) with quoted text under it: returns the line after it.
fn attribution(text: &str, lines: &[Range<usize>], at: usize) -> Option<usize> {
    let line = line_text(text, lines, at);
    if line.len() > 300 || quoted(line).is_some() {
        return None;
    }
    let end = if is_attribution_end(line) {
        at + 1
    } else if line_text(text, lines, at + 1).len() <= 300
        && is_attribution_end(line_text(text, lines, at + 1))
    {
        at + 2
    } else {
        return None;
    };
    let next = first_non_blank(text, lines, end);
    quoted(line_text(text, lines, next)).map(|_| end)
}

fn is_attribution_end(line: &str) -> bool {
    let line = line.trim_end();
    let Some(before) = line.strip_suffix(':').or_else(|| line.strip_suffix('：')) else {
        return false;
    };
    let before = before.trim_end();
    let lower = lowercase_str(before);
    // The verb may come before the writer's name: `Am 5. Mai schrieb Jo:`.
    WROTE.iter().any(|wrote| lower.contains(wrote))
        || (before.ends_with('>') && before.contains('@'))
}

/// Lines that introduce an earlier message, above its header block.
const SEPARATOR_PHRASES: &[&str] = &[
    "begin forwarded message",
    "anfang der weitergeleiteten nachricht",
    "début du message réexpédié",
    "inicio del mensaje reenviado",
    "inizio messaggio inoltrato",
    "begin doorgestuurd bericht",
];

/// The start of an earlier message at line `at`: a separator line (`-----Original
/// Message-----`, `---------- Forwarded message ---------`, a rule of underscores, "Begin
/// forwarded message:") over a header block, or a header block of three or more lines
/// after the text's start. Returns the line after the header block.
fn history_start(text: &str, lines: &[Range<usize>], at: usize) -> Option<usize> {
    let line = line_text(text, lines, at).trim();
    if at > 0 && header(line) == Some(true) {
        if let Some(end) = header_block(text, lines, at) {
            if end - at >= 3 {
                return Some(end);
            }
        }
    }
    let ruled = line.len() >= 10 && line.bytes().all(|b| b == b'_' || b == b'-');
    let framed = line.starts_with("--")
        && line.ends_with("--")
        && line
            .trim_matches('-')
            .trim()
            .chars()
            .any(char::is_alphabetic)
        && line.len() <= 80;
    let candidate = line.trim_end_matches(':').trim_end();
    let phrase = SEPARATOR_PHRASES
        .iter()
        .any(|phrase| lowercases_to(candidate, phrase));
    if !(ruled || framed || phrase) {
        return None;
    }
    let headers = first_non_blank(text, lines, at + 1);
    header_block(text, lines, headers)
}

/// Whether `text` lowercases to `lower` (as [`lowercase_str`] lowercases), compared as it
/// lowercases: every line of a text is compared with the separator phrases, and most
/// differ from all of them at their first char, so a paragraph is not lowercased in vain.
fn lowercases_to(text: &str, lower: &str) -> bool {
    let mut expected = lower.chars();
    text.chars()
        .flat_map(crate::lowercase::lowercase)
        .all(|c| expected.next() == Some(c))
        && expected.next().is_none()
}

/// "Sent from my iPhone" and its kind, in the languages phones write it in.
fn is_sent_from(line: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "sent from my ",
        "sent from mail for",
        "sent from outlook",
        "get outlook for",
        "von meinem ",
        "envoyé de mon ",
        "envoyé depuis mon ",
        "enviado desde mi ",
        "enviado do meu ",
        "inviato da ",
        "verzonden vanaf mijn ",
        "verstuurd vanaf mijn ",
        "отправлено с ",
        "skickat från min ",
        "sendt fra min ",
    ];
    line.chars().count() <= 60 && {
        let lower = lowercase_str(line);
        PREFIXES.iter().any(|prefix| lower.starts_with(prefix))
    }
}

/// Sign-offs, lowercase, without their punctuation.
const SIGN_OFFS: &[&str] = &[
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "thanks a lot",
    "thx",
    "best",
    "best regards",
    "kind regards",
    "warm regards",
    "regards",
    "best wishes",
    "cheers",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours truly",
    "all the best",
    "take care",
    "talk soon",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "herzliche grüße",
    "mit freundlichen grüßen",
    "freundliche grüße",
    "grüße",
    "gruß",
    "lg",
    "vg",
    "mfg",
    "danke",
    "vielen dank",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "merci",
    "merci beaucoup",
    "amicalement",
    "salutations",
    "saludos",
    "un saludo",
    "saludos cordiales",
    "atentamente",
    "gracias",
    "muchas gracias",
    "un abrazo",
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "un saluto",
    "grazie",
    "atenciosamente",
    "abraços",
    "obrigado",
    "obrigada",
    "cumprimentos",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "vriendelijke groet",
    "groeten",
    "groet",
    "bedankt",
    "с уважением",
    "спасибо",
    "всего доброго",
    "med vänlig hälsning",
    "vänliga hälsningar",
    "hälsningar",
    "mvh",
    "tack",
    "med venlig hilsen",
    "venlig hilsen",
    "med vennlig hilsen",
    "vennlig hilsen",
    "hilsen",
    "ystävällisin terveisin",
    "terveisin",
    "kiitos",
    "pozdrawiam",
    "z poważaniem",
    "saygılarımla",
    "よろしくお願いします",
    "よろしくお願いいたします",
    "此致",
    "祝好",
];

/// Whether a paragraph is a legal footer: a confidentiality notice or a disclaimer.
fn is_legal_footer(paragraph: &str) -> bool {
    const PHRASES: &[&str] = &[
        "intended recipient",
        "intended solely for",
        "received this e-mail in error",
        "received this email in error",
        "received this message in error",
        "received this communication in error",
        "confidentiality notice",
        "consider the environment before printing",
        "nicht der richtige adressat",
        "irrtümlich erhalten",
        "destinataire de ce message",
        "reçu ce message par erreur",
        "destinatario de este mensaje",
        "recibido este mensaje por error",
        "destinatario del messaggio",
        "ricevuto questo messaggio per errore",
        "niet de geadresseerde",
        "конфиденциальн",
    ];
    let lower = lowercase_str(paragraph);
    PHRASES.iter().any(|phrase| lower.contains(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, BlockKind)> {
        read(text)
            .into_iter()
            .map(|block| (&text[block.span], block.kind))
            .collect()
    }

    #[test]
    fn quoted_lines_are_quotes_without_their_first_marker() {
        let text = "Sounds good.\n\nOn Mon, 5 May 2025, Sam <sam@example.com> wrote:\n\
                    > The review is on Wednesday.\n> Bring notes.\n>\n>> Older line.\n";
        assert_eq!(
            kinds(text),
            [
                ("Sounds good.", BlockKind::Text),
                (
                    "On Mon, 5 May 2025, Sam <sam@example.com> wrote:",
                    BlockKind::Structure
                ),
                (
                    "The review is on Wednesday.\n> Bring notes.",
                    BlockKind::Quote
                ),
                ("Older line.", BlockKind::Quote),
            ]
        );
    }

    #[test]
    fn headers_signatures_and_footers_are_structure() {
        let text = "From: Ana <ana@example.com>\nSubject: Budget for May\n\n\
                    The budget is ready.\n\nBest regards,\nAna Lopez\nFinance\n\n\
                    This e-mail is meant for the intended recipient only.\n";
        assert_eq!(
            kinds(text),
            [
                ("From: Ana <ana@example.com>", BlockKind::Structure),
                ("Budget for May", BlockKind::Heading),
                ("The budget is ready.", BlockKind::Text),
                ("Best regards,", BlockKind::Structure),
                ("Ana Lopez", BlockKind::Structure),
                ("Finance", BlockKind::Structure),
                (
                    "This e-mail is meant for the intended recipient only.",
                    BlockKind::Structure
                ),
            ]
        );
    }

    #[test]
    fn an_original_message_starts_history() {
        let text = "See below.\n\n-----Original Message-----\nFrom: Bo\nSent: Monday\n\
                    To: Ana\nSubject: Plans\n\nThe plan changed. We meet later.\n";
        let found = kinds(text);
        assert_eq!(found[0], ("See below.", BlockKind::Text));
        assert_eq!(
            found.last(),
            Some(&("The plan changed. We meet later.", BlockKind::History))
        );
        assert!(found.contains(&("Plans", BlockKind::Heading)));
    }

    #[test]
    fn lowercases_to_compares_as_lowercase_str_would() {
        for (text, lower) in [
            ("Begin Forwarded Message", "begin forwarded message"),
            ("BEGIN FORWARDED MESSAGE", "begin forwarded message"),
            ("Début du message réexpédié", "début du message réexpédié"),
            ("Begin forwarded", "begin forwarded message"),
            ("Begin forwarded message too", "begin forwarded message"),
            ("İ", "i\u{307}"),
            ("", ""),
            ("", "a"),
        ] {
            assert_eq!(
                lowercases_to(text, lower),
                lowercase_str(text) == lower,
                "{text:?} / {lower:?}"
            );
        }
    }

    #[test]
    fn detection_needs_more_than_quotes() {
        assert!(detect("From: a@example.com\nSubject: Hi\n\nHello."));
        assert!(detect("Yes.\n\nAm 5. Mai 2025 schrieb Jo:\n> Kommst du?\n"));
        assert!(!detect("> A quote in a note.\n\nAnd prose."));
        assert!(!detect("He wrote: \"We came.\" Then he left."));
    }
}
