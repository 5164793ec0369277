//! Conversations: transcripts of meetings, calls and interviews (`Name: words`, a turn a
//! line), chat exports (`[12:01] name: message`) and captions (WebVTT, SRT).
//!
//! Each turn is a block of its own whose span leaves its label out, so that the speaker's
//! name, timestamps and cue numbers never count as words, and the block remembers where the
//! speaker's name stands. A caption cue that does not finish its sentence is marked as
//! going on into the next cue, so that the sentence is read whole.

// Without the feature only the pieces that tokenizing and splitting share are used.
#![cfg_attr(not(feature = "conversation"), allow(dead_code))]

use std::ops::Range;

use super::{Block, BlockKind};
use crate::language::Language;

/// A conversation has at least this many labelled turns.
const MIN_TURNS: usize = 3;

/// A speaker's name has at most this many bytes and words: `Dr. Anna Maria Schmidt`, not a
/// clause that ends with a colon.
const MAX_NAME_BYTES: usize = 40;
const MAX_NAME_WORDS: usize = 4;

/// Detection reads at most this many bytes of the text.
const DETECTION_WINDOW: usize = 64 * 1024;

/// A caption file has at least this many cue timings.
const MIN_CUES: usize = 2;

/// Where a speaker's name stands in the input, as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpeakerSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A line's label: where the speaker's name stands and where the words start, as offsets
/// into the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label {
    name_start: usize,
    name_end: usize,
    content_start: usize,
}

/// Whether `text` is a conversation: captions (a WebVTT header or cue timings), an exchange
/// of two turns (or more, a speaker speaking again) whose every line is a turn, or at least [`MIN_TURNS`]
/// labelled lines from two speakers or more, one of whom speaks again, making up a third of
/// the lines or more. Longer lists of `Term: definition` lines name each term once, so they
/// are no conversation.
pub(crate) fn detect(text: &str) -> bool {
    if is_captions(text) {
        return true;
    }
    // The opening tells, as it does for the other formats: a long text costs no more.
    let mut window = text.len().min(DETECTION_WINDOW);
    while !text.is_char_boundary(window) {
        window -= 1;
    }
    let text = text.get(..window).unwrap_or(text);
    let mut lines = 0usize;
    let mut labelled = 0usize;
    let mut names: Vec<&str> = Vec::new();
    let mut repeated = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        if let Some(label) = label(line) {
            labelled += 1;
            let name = line.get(label.name_start..label.name_end).unwrap_or("");
            // A meeting has a dozen speakers; past a few dozen names the list stops
            // growing, and repeats are already known.
            if names.contains(&name) {
                repeated = true;
            } else if names.len() < 64 {
                names.push(name);
            }
        }
    }
    let exchange = labelled == lines && names.len() >= 2 && (repeated || lines == 2);
    exchange || (labelled >= MIN_TURNS && names.len() >= 2 && repeated && labelled * 3 >= lines)
}

/// Whether `text` is a caption file: it opens with `WEBVTT`, or has [`MIN_CUES`] cue
/// timings or more, the first of them within its first lines, as an SRT file's are.
fn is_captions(text: &str) -> bool {
    let opening = text.trim_start_matches('\u{feff}').trim_start();
    if opening.starts_with("WEBVTT") {
        return true;
    }
    let mut timings = 0;
    for (number, line) in text.lines().enumerate() {
        if is_timing(line) {
            timings += 1;
            if timings >= MIN_CUES {
                return true;
            }
        } else if timings == 0 && number >= 3 {
            return false;
        }
    }
    false
}

/// The blocks of a conversation: a turn block for each turn (its span the words after the
/// label, with the speaker's name when the label gives one), plain text for what comes
/// before the first turn.
pub(crate) fn read(text: &str) -> Vec<Block> {
    if is_captions(text) {
        captions(text)
    } else {
        transcript(text)
    }
}

/// The lines of `text` with their byte offsets, without line endings.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |line| {
        let start = offset;
        offset += line.len();
        (start, line.trim_end_matches(['\n', '\r']))
    })
}

/// A transcript: a labelled line opens a turn; unlabelled lines go on with the turn before
/// (a speaker's paragraphs), or are plain text before the first turn.
fn transcript(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut in_turn = false;
    for (start, line) in lines_with_offsets(text) {
        let end = start + line.trim_end().len();
        match label(line) {
            Some(label) => {
                blocks.push(Block {
                    span: start + label.content_start..end.max(start + label.content_start),
                    kind: BlockKind::Turn {
                        speaker: Some(SpeakerSpan {
                            start: start + label.name_start,
                            end: start + label.name_end,
                        }),
                        continues: false,
                    },
                });
                in_turn = true;
            }
            None if line.trim().is_empty() => {}
            None => match blocks.last_mut() {
                Some(last) if in_turn || last.kind == BlockKind::Text => {
                    // A label on a line of its own: the turn starts on the next line.
                    if last.span.is_empty() {
                        last.span.start = start + (line.len() - line.trim_start().len());
                    }
                    last.span.end = end;
                }
                _ => blocks.push(Block {
                    span: start..end,
                    kind: BlockKind::Text,
                }),
            },
        }
    }
    blocks
}

/// Captions: each cue's text is a turn; its number, timing and settings are structure, as
/// are the header and `NOTE`, `STYLE` and `REGION` blocks. A voice tag (`<v Anna>`) or a
/// label opening the cue names the speaker. A cue whose words do not end a sentence goes on
/// into the next cue of the same speaker.
fn captions(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // The cue being read: where its text starts and ends, once its timing is seen.
    let mut cue: Option<(usize, usize)> = None;
    let mut skipping = false;
    let mut previous_speaker: Option<&str> = None;
    let mut push_cue = |blocks: &mut Vec<Block>, cue: Option<(usize, usize)>| {
        let Some((start, end)) = cue else { return };
        let Some(words) = text.get(start..end) else {
            return;
        };
        let (speaker, content_start) = cue_speaker(words);
        let speaker = speaker.map(|(name_start, name_end)| SpeakerSpan {
            start: start + name_start,
            end: start + name_end,
        });
        let name = speaker.and_then(|s| text.get(s.start..s.end));
        let unfinished = blocks.last().is_some_and(|last| {
            matches!(last.kind, BlockKind::Turn { .. })
                && text
                    .get(last.span.clone())
                    .is_some_and(|words| !ends_sentence(words))
        });
        let continues = unfinished && (name.is_none() || name == previous_speaker);
        if name.is_some() {
            previous_speaker = name;
        }
        blocks.push(Block {
            span: (start + content_start).min(end)..end,
            kind: BlockKind::Turn { speaker, continues },
        });
    };
    for (start, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        let end = start + line.trim_end().len();
        if trimmed.is_empty() {
            push_cue(&mut blocks, cue.take());
            skipping = false;
            continue;
        }
        if skipping {
            continue;
        }
        if is_timing(line) {
            push_cue(&mut blocks, cue.take());
            cue = Some((end, end));
            continue;
        }
        match &mut cue {
            Some((cue_start, cue_end)) => {
                if *cue_start >= *cue_end {
                    *cue_start = start + (line.len() - line.trim_start().len());
                }
                *cue_end = end;
            }
            // Before a timing: the header, a cue's number or identifier, or a block of
            // notes or styles, which runs to the next blank line.
            None => {
                skipping = ["WEBVTT", "NOTE", "STYLE", "REGION"]
                    .iter()
                    .any(|keyword| trimmed.starts_with(keyword));
            }
        }
    }
    push_cue(&mut blocks, cue.take());
    blocks.retain(|block| !block.span.is_empty());
    blocks
}

/// The speaker a cue's words name (a voice tag `<v Anna>` or a label `Anna:`), as offsets
/// into `words`, and where its spoken words start.
fn cue_speaker(words: &str) -> (Option<(usize, usize)>, usize) {
    if let Some(rest) = words.strip_prefix("<v") {
        if rest.starts_with([' ', '.']) {
            if let Some(close) = words.find('>') {
                let tag = words.get(2..close).unwrap_or("");
                // `<v.loud Anna>`: classes come before the name.
                let name_offset = 2 + tag.find(' ').map_or(tag.len(), |space| space + 1);
                let name = words.get(name_offset..close).unwrap_or("").trim();
                let name_start = words.get(name_offset..).map_or(close, |rest| {
                    name_offset + (rest.len() - rest.trim_start().len())
                });
                let speaker = (!name.is_empty()).then_some((name_start, name_start + name.len()));
                let content = close + 1;
                let skipped = words
                    .get(content..)
                    .map_or(0, |rest| rest.len() - rest.trim_start().len());
                return (speaker, content + skipped);
            }
        }
    }
    match words.lines().next().and_then(label) {
        Some(label) => (
            Some((label.name_start, label.name_end)),
            label.content_start,
        ),
        None => (None, 0),
    }
}

/// Whether `words` end a sentence: their last character that is no closing quote, bracket
/// or markup is final punctuation.
pub(crate) fn ends_sentence(words: &str) -> bool {
    let mut trimmed = words.trim_end();
    // Closing markup (`</i>`, `</v>`) says nothing about the sentence.
    while trimmed.ends_with('>') {
        match trimmed.rfind('<') {
            Some(open) => trimmed = trimmed.get(..open).unwrap_or("").trim_end(),
            None => break,
        }
    }
    trimmed
        .trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}', '»'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// The longest markup read as such: `{vocalsound}`, `[inaudible 00:01:02]`, `<c.yellow>`.
const MAX_MARKUP_BYTES: usize = 64;

/// The parts of a sentence of a conversation that are words: what lies between its markup
/// (`{disfmarker}`, `[laughter]`, `<i>`, and the cue number and timing between two cues
/// that one sentence runs across).
pub(crate) fn spoken_parts(sentence: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    if !sentence.contains(['{', '[', '<', '\n']) {
        parts.push(sentence);
        return parts.into_iter();
    }
    let lines: Vec<&str> = lines_with_offsets(sentence).map(|(_, line)| line).collect();
    for (number, &line) in lines.iter().enumerate() {
        let before_timing = lines.get(number + 1).is_some_and(|next| is_timing(next));
        if is_timing(line) || before_timing {
            continue;
        }
        let mut from = 0;
        let mut position = 0;
        while let Some(offset) = line
            .get(position..)
            .and_then(|rest| rest.find(['{', '[', '<']))
        {
            let open = position + offset;
            match markup_end(line.get(open..).unwrap_or("")) {
                Some(length) => {
                    parts.push(line.get(from..open).unwrap_or(""));
                    from = open + length;
                    position = from;
                }
                None => position = open + 1,
            }
        }
        parts.push(line.get(from..).unwrap_or(""));
    }
    parts.into_iter()
}

/// Where what a sentence of a conversation says lies within it, as offsets into
/// `sentence`: markup at its edges (`{vocalsound} Okay.`, `we go {disfmarker}`, `<i>Hi</i>`)
/// belongs to no sentence, and neither do the fillers that open it (`Yeah , um , the budget
/// is fine .` says `the budget is fine .`), so that the sentence given out, and the words a
/// budget counts, start and end with what was said. A sentence of fillers alone keeps them;
/// one of markup alone is empty.
pub(crate) fn said(sentence: &str, language: Language) -> Range<usize> {
    let within = within_markup(sentence);
    let words = sentence.get(within.clone()).unwrap_or("");
    within.start + start_after_fillers(words, language)..within.end
}

/// Where the words of `sentence` lie between the markup at its edges, as offsets into it;
/// empty for a sentence that is nothing but markup.
fn within_markup(sentence: &str) -> Range<usize> {
    let mut start = sentence.len() - sentence.trim_start().len();
    while let Some(length) = sentence.get(start..).and_then(markup_end) {
        let after = sentence.get(start + length..).unwrap_or("");
        start += length + (after.len() - after.trim_start().len());
    }
    let mut end = sentence.trim_end().len().max(start);
    while let Some(rest) = sentence.get(start..end) {
        let open = match rest.chars().next_back() {
            Some('}') => '{',
            Some(']') => '[',
            Some('>') => '<',
            _ => break,
        };
        // Markup is short and on one line: its opening is the last of its kind.
        let Some(opening) = rest.rfind(open) else {
            break;
        };
        if markup_end(rest.get(opening..).unwrap_or("")) != Some(rest.len() - opening) {
            break;
        }
        end = start + rest.get(..opening).unwrap_or("").trim_end().len();
    }
    start..end.max(start)
}

/// Where `words` go on once the fillers that open them are set aside, as an offset into
/// `words`: sounds of hesitation (`uh`, `um`), and other fillers where a comma, a dash, dots
/// or markup sets them apart from what follows (`Yeah ,`, `Okay…`, `Right {disfmarker}`), so
/// that `Right now we start` and `Thank you` keep their words. 0 when the fillers are all
/// there is.
fn start_after_fillers(words: &str, language: Language) -> usize {
    let mut position = 0;
    // Where the words go on after the fillers set apart so far, and whether fillers have
    // been read since.
    let mut set_apart = 0;
    let mut fillers_read = false;
    let mut lowercase = String::new();
    loop {
        let rest = words.get(position..).unwrap_or("");
        let rest_trimmed = rest.trim_start();
        let spaces = rest.len() - rest_trimmed.len();
        let separator = rest_trimmed.len()
            - rest_trimmed
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '.' | '…')
                })
                .len();
        let apart = separator.max(markup_end(rest_trimmed).unwrap_or(0));
        if apart > 0 {
            // A separator right after fillers, or right after the last one, sets them apart.
            if !(fillers_read || set_apart == position) || position == 0 {
                break;
            }
            position += spaces + apart;
            set_apart = position;
            fillers_read = false;
            continue;
        }
        let length = rest_trimmed
            .find(|c: char| !(c.is_alphanumeric() || c == '\''))
            .unwrap_or(rest_trimmed.len());
        let word = rest_trimmed.get(..length).unwrap_or("");
        lowercase.clear();
        lowercase.extend(word.chars().flat_map(crate::lowercase::lowercase));
        if word.is_empty() || !language.is_filler(&lowercase) {
            break;
        }
        position += spaces + length;
        fillers_read = true;
        // A hesitation is set apart by itself, and so are the fillers before it.
        if language.is_hesitation(&lowercase) {
            set_apart = position;
            fillers_read = false;
        }
    }
    let rest = words.get(set_apart..).unwrap_or("");
    // What follows the fillers (a word, a quotation, a number) is what is said; a sentence
    // with nothing after them is all fillers, and keeps them.
    if rest.contains(char::is_alphanumeric) && set_apart > 0 {
        set_apart + (rest.len() - rest.trim_start().len())
    } else {
        0
    }
}

/// The length of the markup that opens `text`, if it opens with markup: a `{word}`, a
/// `[note]` or a tag `<i>`, `</v>`, `<00:01.000>` on one line and short.
fn markup_end(text: &str) -> Option<usize> {
    let open = text.chars().next()?;
    let close = match open {
        '{' => '}',
        '[' => ']',
        '<' => '>',
        _ => return None,
    };
    let end = text
        .char_indices()
        .take_while(|&(index, _)| index < MAX_MARKUP_BYTES)
        .find(|&(_, c)| c == close)
        .map(|(index, _)| index)?;
    let inside = text.get(1..end)?;
    let well_formed = match open {
        '{' => !inside.is_empty() && !inside.contains(char::is_whitespace),
        '<' => inside
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '/'),
        _ => !inside.trim().is_empty(),
    };
    (well_formed && !inside.contains(['\n', '\r'])).then_some(end + close.len_utf8())
}

/// Whether `line` is a cue timing: `00:00:01,000 --> 00:00:04,000` (SRT) or
/// `00:01.000 --> 00:04.000 align:start` (WebVTT, settings after it).
pub(crate) fn is_timing(line: &str) -> bool {
    let line = line.trim();
    // A byte search rather than `split_once("-->")`, whose substring searcher would be the
    // only one in the WebAssembly module.
    let Some(arrow) = line.as_bytes().windows(3).position(|bytes| bytes == b"-->") else {
        return false;
    };
    let (Some(from), Some(rest)) = (line.get(..arrow), line.get(arrow + 3..)) else {
        return false;
    };
    let to = rest.split_whitespace().next().unwrap_or("");
    is_timestamp(from.trim()) && is_timestamp(to)
}

/// Whether `word` is a timestamp: `12:03`, `00:12:03`, `00:00:01,000`, `00:01.000`: two
/// or three parts between colons, the first of up to three digits, the others of two, the
/// last with an optional fraction.
fn is_timestamp(word: &str) -> bool {
    let (whole, fraction) = match word.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (word, None),
    };
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let mut parts = 0;
    for part in whole.split(':') {
        let longest = if parts == 0 { 3 } else { 2 };
        let digits = part.bytes().all(|b| b.is_ascii_digit());
        if !digits || part.is_empty() || part.len() > longest || (parts > 0 && part.len() != 2) {
            return false;
        }
        parts += 1;
    }
    (2..=3).contains(&parts)
}

/// The label that opens `line`, if any: an optional timestamp (`[00:12:03]`, `(12:01)`,
/// `12:01`), a speaker's name, an optional timestamp in brackets after it, a colon, and a
/// space or the end of the line. A name is one to four words of letters, digits and `.'-_#&`,
/// each word capitalized (`Dr. Smith`, `PhD A`, `#Person1#`, `NAME`); after a timestamp, as
/// in chat exports, any case.
fn label(line: &str) -> Option<Label> {
    let indent = line.len() - line.trim_start().len();
    // Transcripts put labels at the start of the line; deep indents are layout, not turns.
    if indent > 4 {
        return None;
    }
    let mut position = indent;
    let mut timestamped = false;
    let rest = line.get(position..)?;
    if let Some(after) = leading_timestamp(rest) {
        position += after;
        timestamped = true;
    }
    let rest = line.get(position..)?;
    // The colon that ends the label is followed by a space or the line's end; colons
    // inside a timestamp after the name are not.
    let colon = rest
        .match_indices(':')
        .take_while(|&(index, _)| index <= MAX_NAME_BYTES + 16)
        .map(|(index, _)| index)
        .find(|&index| {
            rest.get(index + 1..)
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t']))
        })?;
    let after_colon = rest.get(colon + 1..)?;
    let mut name = rest.get(..colon)?.trim_end();
    // `Anna (00:12)`: a timestamp after the name.
    if let Some(open) = name.rfind(['(', '[']) {
        let inside = name.get(open + 1..name.len().saturating_sub(1))?;
        if name.ends_with([')', ']']) && is_timestamp(inside.trim()) {
            name = name.get(..open)?.trim_end();
            timestamped = true;
        }
    }
    if !is_name(name, timestamped) {
        return None;
    }
    let content = colon + 1 + (after_colon.len() - after_colon.trim_start().len());
    Some(Label {
        name_start: position,
        name_end: position + name.len(),
        content_start: position + content,
    })
}

/// The length of a timestamp that opens `text` with the spaces after it (`[00:12:03] `,
/// `(12:01) `, `12:01 `), if it opens with one.
fn leading_timestamp(text: &str) -> Option<usize> {
    let (inside, length) = match text.chars().next()? {
        open @ ('[' | '(') => {
            let close = if open == '[' { ']' } else { ')' };
            let end = text.find(close)?;
            (text.get(1..end)?, end + 1)
        }
        _ => {
            let end = text.find([' ', '\t'])?;
            (text.get(..end)?, end)
        }
    };
    // Chat exports put a date or a time of day with the time: `[2024-05-01 12:01:33]`,
    // `[12:01 PM]`.
    let time = inside
        .split_whitespace()
        .find(|word| word.contains(':'))?
        .trim_end_matches(',');
    if !is_timestamp(time) || inside.len() > 32 {
        return None;
    }
    let rest = text.get(length..)?;
    Some(length + (rest.len() - rest.trim_start().len()))
}

/// Whether `name` reads as a speaker's name (see [`label`]).
fn is_name(name: &str, timestamped: bool) -> bool {
    if name.is_empty() || name.len() > MAX_NAME_BYTES || !name.chars().any(char::is_alphabetic) {
        return false;
    }
    let mut words = 0;
    for word in name.split(' ') {
        words += 1;
        let Some(first) = word.chars().next() else {
            return false;
        };
        let capitalized = first.is_uppercase() || first.is_ascii_digit() || first == '#';
        let allowed = word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-' | '_' | '#' | '&'));
        if !allowed || !(capitalized || timestamped) {
            return false;
        }
    }
    words <= MAX_NAME_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str) -> Option<&str> {
        label(line).and_then(|label| line.get(label.name_start..label.name_end))
    }

    #[test]
    fn labels_of_every_kind_name_their_speaker() {
        assert_eq!(name("Anna: We start."), Some("Anna"));
        assert_eq!(name("NAME: words"), Some("NAME"));
        assert_eq!(name("Dr. Smith: Hello."), Some("Dr. Smith"));
        assert_eq!(name("#Person1#: Hi."), Some("#Person1#"));
        assert_eq!(name("PhD A: Uh - huh ."), Some("PhD A"));
        assert_eq!(name("[00:12:03] Anna: Yes."), Some("Anna"));
        assert_eq!(name("Anna (00:12): Yes."), Some("Anna"));
        assert_eq!(name("[12:01] bob: lunch?"), Some("bob"));
        assert_eq!(name("Anna:"), Some("Anna"));
        assert_eq!(name("Zoë Müller: Ja."), Some("Zoë Müller"));
    }

    #[test]
    fn clauses_times_and_links_are_no_labels() {
        assert_eq!(name("The answer is simple: we go."), None);
        assert_eq!(name("bob: lowercase without a time"), None);
        assert_eq!(name("See https://example.com for more."), None);
        assert_eq!(name("We met at 10:30 today."), None);
        assert_eq!(name("10: ten"), None);
        assert_eq!(name("A Very Long Name With Many Words: hi"), None);
    }

    #[test]
    fn a_transcript_is_a_conversation_and_a_list_of_terms_is_not() {
        assert!(detect("Anna: Hi.\nBen: Hello.\nAnna: Shall we start?"));
        assert!(!detect("Step 1: Open.\nStep 2: Close.\nStep 3: Done."));
        assert!(detect("Anna: Hi.\nBen: Hello."), "an exchange");
        assert!(!detect("Anna: Hi.\nBen: Hello.\nCarl: Hey.\nNo turn here."));
        assert!(!detect(
            "Anna: Hi.\nBen: Hello.\nAnna: Go.\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven."
        ));
        assert!(!detect("Just prose. Nothing else."));
    }

    #[test]
    fn turns_leave_their_labels_out() {
        let text =
            "Minutes of the call\nAnna: We start.\nBen: Fine.\nMore from Ben.\n\nAnna:\nBye.";
        let blocks = read(text);
        let spans: Vec<&str> = blocks.iter().map(|b| &text[b.span.clone()]).collect();
        assert_eq!(
            spans,
            [
                "Minutes of the call",
                "We start.",
                "Fine.\nMore from Ben.",
                "Bye."
            ]
        );
        let speakers: Vec<Option<&str>> = blocks
            .iter()
            .map(|block| match block.kind {
                BlockKind::Turn {
                    speaker: Some(s), ..
                } => Some(&text[s.start..s.end]),
                _ => None,
            })
            .collect();
        assert_eq!(speakers, [None, Some("Anna"), Some("Ben"), Some("Anna")]);
    }

    #[test]
    fn captions_keep_only_the_cues_words() {
        let srt = "1\n00:00:01,000 --> 00:00:03,000\nWe should talk\n\n2\n\
                   00:00:03,500 --> 00:00:05,000\nabout the budget.\n\n";
        assert!(detect(srt));
        let blocks = read(srt);
        let spans: Vec<&str> = blocks.iter().map(|b| &srt[b.span.clone()]).collect();
        assert_eq!(spans, ["We should talk", "about the budget."]);
        assert!(matches!(
            blocks[1].kind,
            BlockKind::Turn {
                continues: true,
                ..
            }
        ));

        let vtt = "WEBVTT\n\nNOTE a note\nstill the note\n\n00:01.000 --> 00:04.000 align:start\n\
                   <v Anna>Hello there.</v>\n\ncue-2\n00:05.000 --> 00:06.000\n<v.loud Ben>Hi!\n";
        let blocks = read(vtt);
        let spans: Vec<&str> = blocks.iter().map(|b| &vtt[b.span.clone()]).collect();
        assert_eq!(spans, ["Hello there.</v>", "Hi!"]);
        let speakers: Vec<&str> = blocks
            .iter()
            .filter_map(|block| match block.kind {
                BlockKind::Turn {
                    speaker: Some(s), ..
                } => vtt.get(s.start..s.end),
                _ => None,
            })
            .collect();
        assert_eq!(speakers, ["Anna", "Ben"]);
    }

    #[test]
    fn markup_is_no_words() {
        let parts: Vec<&str> =
            spoken_parts("We uh {disfmarker} we [laughter] go <i>now</i>.").collect();
        assert_eq!(parts.concat(), "We uh  we  go now.");
        let across_cues = "We should talk\n\n2\n00:00:03,500 --> 00:00:05,000\nabout it.";
        assert_eq!(
            spoken_parts(across_cues).collect::<Vec<_>>().concat(),
            "We should talkabout it."
        );
        assert_eq!(
            spoken_parts("a < b and {not markup}")
                .collect::<Vec<_>>()
                .concat(),
            "a < b and {not markup}"
        );
    }

    #[test]
    fn what_is_said_leaves_edge_markup_and_opening_fillers_out() {
        let said = |sentence: &'static str| {
            let range = super::said(sentence, Language::English);
            &sentence[range]
        };
        assert_eq!(said("{vocalsound} We go {disfmarker}"), "We go");
        assert_eq!(said("<i>Hi there.</i>"), "Hi there.");
        assert_eq!(said("Right now we start."), "Right now we start.");
        assert_eq!(said("Thank you , Anna ."), "Thank you , Anna .");
        assert_eq!(said("Uh the budget ."), "the budget .");
        assert_eq!(said("Okay um right now ."), "right now .");
        assert_eq!(said("Yeah yeah , okay {disfmarker} we go ."), "we go .");
        assert_eq!(said("we {disfmarker} we go ."), "we {disfmarker} we go .");
        assert_eq!(
            said("Yeah , um {vocalsound} the budget is fine ."),
            "the budget is fine ."
        );
        assert_eq!(said("Uh-huh, Okay... so we start."), "so we start.");
        assert_eq!(
            said("Okay , \"the middle layer\" ."),
            "\"the middle layer\" ."
        );
        assert_eq!(said("Yeah , yeah ."), "Yeah , yeah .", "fillers alone stay");
        assert_eq!(said("Mm-hmm."), "Mm-hmm.");
        assert_eq!(said("{vocalsound} {gap}"), "");
        assert_eq!(said("a {not markup}"), "a {not markup}");
        assert_eq!(said("Ja, also wir fangen an."), "Ja, also wir fangen an.");
        #[cfg(feature = "lang-de")]
        assert_eq!(
            super::said("Ja, also wir fangen an.", Language::German).start,
            4
        );
    }

    #[test]
    fn timings_and_timestamps() {
        assert!(is_timing("00:00:01,000 --> 00:00:04,000"));
        assert!(is_timing("00:01.000 --> 00:04.000 line:0"));
        assert!(!is_timing("a --> b"));
        assert!(is_timestamp("12:03") && is_timestamp("00:12:03") && is_timestamp("100:00.5"));
        assert!(!is_timestamp("12") && !is_timestamp("a:b") && !is_timestamp("1:2:3:4"));
    }
}
