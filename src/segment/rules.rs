//! Whether a run of sentence-final punctuation ends a sentence.
//!
//! The scanner calls [`stop`] at every `.`, `!`, `?`, `…` or CJK stop it meets. The answer
//! depends on the run itself (`?!`, `...`, `. . .`), the word the period is attached to
//! (`Mr.`, `U.S.`, `J.`, `3.14`, `example.com.`), what follows the closing quotes and
//! brackets (nothing, whitespace, a lowercase word, a number, a typical sentence opener) and
//! how many words the sentence has so far. Everything here looks at a bounded stretch of
//! text around the run, except skipping the run and the whitespace after it, which the
//! scanner then resumes after; so the whole split stays linear.

use super::chars::{
    char_at, char_before, follows_armenian_letter, follows_greek_letter, is_closer, is_dash,
    is_exclamation_or_question, is_indic_mark, is_indic_virama, is_terminator,
    is_unspaced_terminator, skip_closers, skip_openers, skip_whitespace, trim_end_while,
    trim_spaces_end,
};
use super::writing::Writing;
use crate::language::{Language, WordList};

/// A language's word lists for the splitter. Each list is lowercase, without final periods,
/// sorted by bytes.
pub(super) struct Lexicon {
    /// Every abbreviation (`Language::abbreviations`).
    pub(super) abbreviations: WordList,
    /// Abbreviations a sentence practically never ends on (titles, `e.g`).
    pub(super) never_final: WordList,
    /// Abbreviations only before a number (`no`, `fig`); elsewhere ordinary words.
    pub(super) before_numbers: WordList,
    /// Words that, capitalised, usually open a sentence.
    pub(super) sentence_starters: WordList,
    /// Whether ordinal numbers take a period (`am 12. Juni`).
    pub(super) ordinal_period: bool,
    /// Abbreviations found in every language (`Mr.`, `Inc.`).
    pub(super) international: WordList,
    /// The titles among them.
    pub(super) international_never_final: WordList,
    /// Whether the language capitalises a pronoun wherever it stands (English `I`), which
    /// is then no sign of a sentence start.
    pub(super) capital_pronoun: bool,
    /// The language's most common words.
    pub(super) stop_words: WordList,
}

impl Lexicon {
    /// The splitter's word lists for `language`.
    pub(super) fn of(language: Language) -> Self {
        Lexicon {
            abbreviations: language.abbreviations(),
            never_final: language.never_final_abbreviations(),
            before_numbers: language.number_abbreviations(),
            sentence_starters: language.sentence_starters(),
            ordinal_period: language.writes_ordinals_with_period(),
            international: Language::international_abbreviations(),
            international_never_final: Language::international_never_final(),
            capital_pronoun: language == Language::English,
            stop_words: language.stop_words(),
        }
    }
}

/// How surely a terminator ends its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Break {
    /// Not an end, even at the end of a line: `Mr.` before a name, `e.g.`, `3.14`,
    /// `U.S.` before a lowercase word. A line ending here goes on on the next line.
    None,
    /// Not an end within a line, but an end at a line break: a name after `U.S.`, a
    /// lowercase word after an ordinary period (`great.' she said` in running text, but a
    /// scraped line `…exploring.` followed by a line `app-store` are two pieces).
    Weak,
    /// The end of a sentence.
    Strong,
}

/// The scanner's instructions after a terminator run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stop {
    /// Where the sentence ends if this is a break: after the run and its closing quotes and
    /// brackets.
    pub(super) end: usize,
    /// Where scanning goes on.
    pub(super) resume: usize,
    /// How surely this ends the sentence.
    pub(super) brk: Break,
    /// Whether a line break (or the end of the text) comes before the next word.
    pub(super) line_break: bool,
}

/// An ambiguous period (`Inc.`, `U.S.`, an initial, an ellipsis) before a sentence opener
/// ends the sentence only when that sentence has at least this many words before the
/// abbreviation: `At 5 a.m. Mr. Smith went` keeps going, `He left at 6 P.M. Mr. Smith then
/// went` breaks. Real sentences are rarely shorter.
const MIN_WORDS_BEFORE_AMBIGUOUS_END: usize = 3;

/// Longest word looked up in a word list; longer ones are in no list.
const MAX_LOOKUP_BYTES: usize = 24;

/// What the word a period is attached to says about the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// An ordinary word, number, URL or file name: the period is a full stop.
    Plain,
    /// A title or `e.g.`: the period never ends a sentence.
    NeverFinal,
    /// `No.`, `Fig.`: an abbreviation before a number, an ordinary word elsewhere.
    BeforeNumber,
    /// `Inc.`, `etc.`, `U.S.`, `a.m.`, an initial: an end only if a sentence opener follows.
    Ambiguous,
}

/// What follows a terminator run and its closers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// The end of the text or of the paragraph.
    End,
    /// A word starting with a lowercase letter (after any opening quotes or brackets).
    Lower,
    /// A number.
    Digit,
    /// What goes on with the sentence before: a dash and a lowercase word that attribute
    /// it (`бар? — деді.`), or a comma, semicolon or colon (`Slanged ! '' , and`), which no
    /// sentence starts with.
    Continuation,
    /// A capitalised word that usually opens a sentence.
    Starter,
    /// A title with its period (`Mr.`, `Dr.`): it opens a sentence, or stands in one
    /// before a name.
    Title,
    /// Another capitalised word: a name, or a sentence's first word.
    Name,
    /// A Roman numeral (`II`, `XIV`), which numbers like digits after `Vol.` or `No.`.
    Roman,
    /// Anything else: a name, a symbol, a dash.
    Other,
}

/// Decides about the terminator run starting at byte `at`. `token_start` is where the
/// whitespace-separated token holding the run starts; `words_before` counts the words of the
/// current sentence before that token; `spaced_opener` is the first quote at or after `at`
/// that stands alone and opens a quotation, which never closes the sentence before it;
/// `writing` is how the whole text writes sentence starts.
pub(super) fn stop(
    text: &str,
    token_start: usize,
    at: usize,
    words_before: usize,
    lexicon: &Lexicon,
    spaced_opener: Option<usize>,
    writing: Writing,
) -> Stop {
    let lowercase_starts = writing.lowercase_starts;
    let mut run_end = at;
    let mut dots = 0usize;
    let mut marks = false;
    let mut unspaced = false;
    let armenian = follows_armenian_letter(text, at);
    let greek = follows_greek_letter(text, at);
    while let Some(c) = char_at(text, run_end) {
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            ':' if armenian => marks = true,
            ';' if greek => marks = true,
            c if is_exclamation_or_question(c) => marks = true,
            c if is_unspaced_terminator(c) => unspaced = true,
            _ => break,
        }
        run_end += c.len_utf8();
    }
    if unspaced {
        let end = skip_closers(text, run_end);
        return Stop {
            end,
            resume: end,
            brk: Break::Strong,
            line_break: false,
        };
    }
    if !marks && dots == 1 {
        let (spaced_end, spaced) = spaced_dots(text, run_end);
        if spaced >= 2 {
            return spaced_run(
                text,
                token_start,
                at,
                spaced_end,
                1 + spaced,
                words_before,
                lexicon,
            );
        }
    }
    let end = skip_closers(text, run_end);
    // Reference marks glued to the stop (`corporal.[13] Na`) belong to its sentence.
    let end = match char_at(text, end) {
        Some('[') => skip_trailers(text, end),
        _ => end,
    };
    if char_at(text, end).is_some_and(|c| !c.is_whitespace()) {
        // `3.14`, `example.com`, `U.S.A`, `Yahoo!Finance`: inside a token, unless a full
        // stop lost its space before a sentence opener (`Hello world.Today is`).
        let brk =
            if dots == 1 && !marks && glued_sentence_start(text, token_start, at, end, lexicon) {
                Break::Strong
            } else {
                Break::None
            };
        return Stop {
            end,
            resume: end,
            brk,
            line_break: false,
        };
    }
    let end = match spaced_opener {
        Some(opener) if skip_whitespace(text, end).0 == opener => end,
        _ => skip_spaced_closer(text, end),
    };
    let end = skip_spaced_stops(text, end);
    let bare = end == run_end;
    let end = skip_trailers(text, end);
    let (next, line_break) = next_word(text, end, lexicon);
    // A closing quote or bracket after the stop often closes a quotation or aside inside
    // the sentence (`'This is great.' she said`); a bare stop before a lowercase word is a
    // sentence end in informal text (`they shrunk. you should`), except after `!`, which
    // also ends names (`Yahoo! in`).
    let brk = if armenian && !marks {
        // Armenian's `.`-like mark is a pause, not a full stop.
        Break::Weak
    } else if marks {
        let question = text.get(at..run_end).is_some_and(|run| {
            run.chars()
                .any(|c| matches!(c, '?' | '⁇' | ';' | '\u{37e}'))
        });
        // A bare question mark before a lowercase word ends a sentence in informal text
        // (`where did you grow up? india`), and so does an exclamation mark in text that
        // starts sentences in lowercase (`awesome place!!! it was`); in edited text `!`
        // also ends names (`Yahoo! in`).
        if bare && (question || lowercase_starts) && next == Next::Lower {
            Break::Strong
        } else {
            after_mark(next)
        }
    } else if dots == 1 {
        // A period standing apart, as tokenized text writes it (`Hello Mr . Robinson`),
        // belongs to the word before it.
        // A number's period before a lowercase word numbers a list item or an ordinal
        // (`formas: 1. via terrestre`), however informal the text; so does a period
        // standing apart (`Mathematics . dot`).
        let number = text
            .get(token_start..at)
            .is_some_and(|word| word.bytes().all(|b| b.is_ascii_digit()));
        // A period standing apart, as tokenized text writes it (`Hello Mr . Robinson`),
        // is judged by the word before it.
        let (word_start, word_end, words_before) = match previous_word(text, token_start, at) {
            Some((start, end)) => (start, end, words_before.saturating_sub(1)),
            None => (token_start, at, words_before),
        };
        let class = classify(text, word_start, word_end, lexicon);
        // Edited prose capitalises its sentences, so a lowercase word after a period there
        // follows an abbreviation, listed or not (`3 ft. of oak`), and so does a number
        // after a word of that shape (`5 ft. 6 in.`); text that starts sentences in
        // lowercase leaves only the lists to tell.
        if class == WordClass::Plain
            && matches!(next, Next::Lower | Next::Digit)
            && !lowercase_starts
            && looks_abbreviated(text, word_start, word_end, next == Next::Lower, lexicon)
        {
            Break::None
        } else if bare
            && class == WordClass::Plain
            && next == Next::Lower
            // In text without capitals, a period standing apart before a word ends a
            // sentence as a glued one does (`the world . solar power`): nothing else could.
            && (!number || (writing.caseless && token_start == at))
        {
            Break::Strong
        } else {
            let dated = after_number_initialism(text, word_start, word_end)
                && char_at(text, skip_whitespace(text, end).0).is_some_and(char::is_alphabetic);
            after_period(class, next, words_before, dated)
        }
    } else if dots <= 3 {
        let word = text
            .get(token_start..at)
            .is_some_and(|word| word.chars().any(char::is_alphanumeric));
        // An ellipsis in brackets (`[...]`, `(…)`) marks words left out of a quotation.
        let omission = text
            .get(..at)
            .is_some_and(|before| matches!(before.as_bytes().last(), Some(b'[' | b'(')))
            && matches!(char_at(text, run_end), Some(']' | ')'));
        if omission {
            Break::None
        } else if next == Next::Name && after_common_word(text, token_start, at, lexicon) {
            Break::Weak
        } else {
            after_ellipsis(next, words_before + usize::from(word))
        }
    } else {
        // `that.... She`: an ellipsis and a full stop.
        after_mark(next)
    };
    Stop {
        end,
        resume: end,
        brk,
        line_break,
    }
}

/// Whether the `;` at byte `at` ends a sentence: when a capitalised word that usually
/// opens one follows on the same line. The clause after a semicolon goes on in lowercase
/// in the languages salient knows, so a capital there means a new sentence or list item
/// (`para el Estado; Fue lanzado…`). The pronoun `I`, capitalised everywhere, is no sign.
pub(super) fn semicolon_ends(text: &str, at: usize, lexicon: &Lexicon) -> bool {
    let (next, breaks) = skip_whitespace(text, at + 1);
    if breaks > 0 || next == at + 1 {
        return false;
    }
    let word = skip_openers(text, next);
    char_at(text, word).is_some_and(char::is_uppercase)
        && !text
            .get(word..)
            .is_some_and(|rest| rest.starts_with("I ") || rest.starts_with("I'"))
        && is_starter(text, word, lexicon)
}

/// Some typography puts a space before closing quotes (French `« LL.AA.II.RR. »`, Dutch
/// `houden. ''`): closing quotes standing alone after the stop, on the same line, still
/// belong to its sentence. Returns the offset after them, or `from`.
fn skip_spaced_closer(text: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(c) = char_at(text, at).filter(|&c| matches!(c, ' ' | '\u{a0}' | '\u{202f}')) {
        at += c.len_utf8();
    }
    if at == from {
        return from;
    }
    let after = skip_closers(text, at);
    // A lone `'` or `"` may as well open the next quotation.
    let closing = text
        .get(at..after)
        .is_some_and(|run| run.chars().count() > 1 || matches!(run, "»" | "”" | "›" | ")" | "]"));
    if closing && char_at(text, after).is_none_or(char::is_whitespace) {
        after
    } else {
        from
    }
}

/// Longest reference mark (`[12]`, `[3–5]`, `[…]`) taken to belong to the sentence before.
const MAX_CITATION_BYTES: usize = 16;

/// Skips reference marks (`…in 1805. [19] An…`, `…gambling.[28][29]`, `gas. [1][2] [3]`)
/// or an emoticon after a stop: they belong to the sentence they follow. Returns the offset
/// after them, or `from`.
fn skip_trailers(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    let mut at = from;
    while matches!(bytes.get(at), Some(b' ' | b'\t')) && at - from < 4 {
        at += 1;
    }
    while bytes.get(at) == Some(&b'[') {
        let mut close = None;
        for (offset, c) in text.get(at + 1..).unwrap_or_default().char_indices() {
            if c == ']' {
                close = Some(at + 1 + offset).filter(|_| offset > 0);
                break;
            }
            let in_mark = c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' ' | '.' | '…');
            if !in_mark || offset >= MAX_CITATION_BYTES {
                break;
            }
        }
        let Some(close) = close else { break };
        let after = close + 1;
        if char_at(text, after).is_some_and(|c| !c.is_whitespace() && c != '[') {
            break;
        }
        end = after;
        at = after;
        while matches!(bytes.get(at), Some(b' ' | b'\t')) && at - end < 4 {
            at += 1;
        }
    }
    if end == from {
        if let Some(face) = EMOTICONS
            .iter()
            .find(|face| text.get(at..).is_some_and(|rest| rest.starts_with(**face)))
        {
            let after = at + face.len();
            if char_at(text, after).is_none_or(char::is_whitespace) {
                end = after;
            }
        }
    }
    end
}

/// Emoticons that close a sentence in informal text (`I love her. :)`).
const EMOTICONS: &[&str] = &[
    ":)", ":-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", ":p", ";)", ";-)",
];

/// Counts the ` .` pairs from byte `from` (the spaced ellipsis `. . .`), stopping before a
/// dot that starts a word (`. .NET`). Returns the offset after them and their number.
fn spaced_dots(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut at = from;
    let mut count = 0;
    while bytes.get(at) == Some(&b' ') && bytes.get(at + 1) == Some(&b'.') {
        if bytes.get(at + 2).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        at += 2;
        count += 1;
    }
    (at, count)
}

/// Decides about a spaced ellipsis (`. . .`, MLA style) of `dots` dots from `at` to
/// `run_end`. Three spaced dots mark an omission inside a sentence; a fourth is a full stop.
/// A first dot glued to a word is that word's full stop, and the ellipsis then opens the
/// next sentence (`compounds. . . . The practice`).
fn spaced_run(
    text: &str,
    token_start: usize,
    at: usize,
    run_end: usize,
    dots: usize,
    words_before: usize,
    lexicon: &Lexicon,
) -> Stop {
    let end = skip_closers(text, run_end);
    if char_at(text, end).is_some_and(|c| !c.is_whitespace()) {
        return Stop {
            end,
            resume: end,
            brk: Break::None,
            line_break: false,
        };
    }
    let (next, line_break) = next_word(text, end, lexicon);
    let attached = at > token_start;
    let brk = if !attached {
        if dots == 3 {
            after_ellipsis(spaced_ellipsis_next(text, end, next, lexicon), words_before)
        } else {
            after_mark(next)
        }
    } else if dots == 3 {
        after_ellipsis(next, words_before + 1)
    } else {
        let class = classify(text, token_start, at, lexicon);
        let brk = after_period(class, next, words_before, false);
        if brk == Break::Strong && next != Next::End {
            let end = at + 1;
            return Stop {
                end,
                resume: end,
                brk,
                line_break: false,
            };
        }
        brk
    };
    Stop {
        end,
        resume: end,
        brk,
        line_break,
    }
}

/// After `!`, `?` or a four-dot ellipsis: an end unless a lowercase word follows
/// (`Yahoo! in the…`).
fn after_mark(next: Next) -> Break {
    match next {
        Next::Lower | Next::Continuation => Break::Weak,
        _ => Break::Strong,
    }
}

/// After a single period attached to a word of the given class.
fn after_period(class: WordClass, next: Next, words_before: usize, dated: bool) -> Break {
    if next == Next::End {
        return Break::Strong;
    }
    match class {
        WordClass::Plain => after_mark(next),
        WordClass::NeverFinal => Break::None,
        WordClass::BeforeNumber if matches!(next, Next::Digit | Next::Roman) => Break::None,
        WordClass::BeforeNumber => after_mark(next),
        WordClass::Ambiguous => match next {
            Next::Lower | Next::Digit | Next::Continuation => Break::None,
            Next::Starter if dated => Break::Strong,
            Next::Starter | Next::Title if words_before >= MIN_WORDS_BEFORE_AMBIGUOUS_END => {
                Break::Strong
            }
            _ => Break::Weak,
        },
    }
}

/// After an ellipsis (`...`, `…`), with `words` words in the sentence so far: an omission
/// inside the sentence unless a capitalised word follows. An ellipsis is no abbreviation,
/// so a capital after it opens a sentence however short the one before (`Hey... Now.`,
/// `a great beach... Nice warm water`), as long as there is one (`(...) Les`). (After a
/// common word, `as… Pope`, the caller keeps a name in the sentence.)
fn after_ellipsis(next: Next, words: usize) -> Break {
    match next {
        Next::End => Break::Strong,
        Next::Starter | Next::Title if words > 0 => Break::Strong,
        Next::Name if words > 0 => Break::Strong,
        Next::Lower | Next::Continuation => Break::None,
        _ => Break::Weak,
    }
}

/// What follows a spaced ellipsis standing apart (`the thing is . . . I didn't`), the
/// omission mark of quotations, with English's `I` taken for no sentence opener: it is
/// capitalised wherever it stands, and the quoted sentence goes on with it.
fn spaced_ellipsis_next(text: &str, end: usize, next: Next, lexicon: &Lexicon) -> Next {
    if next != Next::Starter || !lexicon.capital_pronoun {
        return next;
    }
    let word = skip_openers(text, skip_whitespace(text, end).0);
    let pronoun = text.get(word..).is_some_and(|rest| {
        rest.starts_with('I') && !char_at(rest, 1).is_some_and(char::is_alphabetic)
    });
    if pronoun {
        Next::Other
    } else {
        next
    }
}

/// Skips marks standing apart after a stop, on the same line (`Tribe ! ! !`, `Bravo ! .`,
/// `Happy! . . .`): they belong to the sentence they follow and never make one of their
/// own. Returns the offset after them, or `from`.
fn skip_spaced_stops(text: &str, from: usize) -> usize {
    let mut end = from;
    loop {
        let mut at = end;
        while let Some(c) = char_at(text, at).filter(|&c| matches!(c, ' ' | '\t' | '\u{a0}')) {
            at += c.len_utf8();
        }
        if at == end {
            return end;
        }
        let token = at;
        let mut stops = false;
        while let Some(c) = char_at(text, at).filter(|&c| is_terminator(c) || is_closer(c)) {
            stops |= is_terminator(c);
            at += c.len_utf8();
        }
        if !stops || char_at(text, at).is_some_and(|c| !c.is_whitespace()) || at == token {
            return end;
        }
        end = at;
    }
}

/// Looks at the word after the whitespace that follows byte `from`. Also tells whether a
/// line break or the end of the text comes first.
fn next_word(text: &str, from: usize, lexicon: &Lexicon) -> (Next, bool) {
    let (at, breaks) = skip_whitespace(text, from);
    let line_break = breaks > 0 || at >= text.len();
    if at >= text.len() || breaks >= 2 {
        return (Next::End, line_break);
    }
    let word = skip_openers(text, at);
    let next = match char_at(text, word) {
        Some(c) if c.is_lowercase() => Next::Lower,
        Some(c) if c.is_ascii_digit() => Next::Digit,
        Some(c) if c.is_uppercase() && is_title(text, word, lexicon) => Next::Title,
        Some(c) if c.is_uppercase() && is_roman_numeral_word(text, word) => Next::Roman,
        Some(c) if c.is_uppercase() && is_starter(text, word, lexicon) => Next::Starter,
        Some(c) if c.is_uppercase() => Next::Name,
        // `Бар? — деді.`: a dash and a lowercase word attribute the words before.
        Some(c) if is_dash(c) && lowercase_after_dash(text, word + c.len_utf8()) => {
            Next::Continuation
        }
        // A comma standing alone, not Dutch `,,` quotes.
        Some(',' | ';' | ':' | '，' | '、')
            if breaks == 0 && char_at(text, word + 1).is_none_or(char::is_whitespace) =>
        {
            Next::Continuation
        }
        _ => Next::Other,
    };
    (next, line_break)
}

/// Whether a lowercase word follows on the same line after the whitespace at `from`.
fn lowercase_after_dash(text: &str, from: usize) -> bool {
    let (at, breaks) = skip_whitespace(text, from);
    breaks == 0 && at > from && char_at(text, at).is_some_and(char::is_lowercase)
}

/// Lowercases `word` into `key` for a word-list look-up, with `'` for the typographic
/// apostrophe. `None` when it does not fit: such a long word is in no list.
fn lowercase_key<'k>(word: &str, key: &'k mut [u8; MAX_LOOKUP_BYTES]) -> Option<&'k [u8]> {
    let mut len = 0;
    for c in word.chars().flat_map(crate::lowercase::lowercase) {
        let c = if c == '\u{2019}' { '\'' } else { c };
        let width = c.len_utf8();
        let slot = key.get_mut(len..len + width)?;
        c.encode_utf8(slot);
        len += width;
    }
    key.get(..len)
}

/// Whether the word from `token_start` to the period at `at` is an initialism after a
/// number: a time or an era (`6 p.m.`, `753 B.C.`), which ends the phrase it closes.
fn after_number_initialism(text: &str, token_start: usize, at: usize) -> bool {
    text.get(token_start..at)
        .is_some_and(|word| word.contains('.') && is_initialism(word))
        && follows_number(text, token_start)
}

/// Whether the period at `at`, with no space after it (nor after its closers, up to
/// `end`), ends a sentence all the same: the word before it is an ordinary word (letters,
/// one of them lowercase, in no list) and a capitalised sentence opener or title follows
/// (`world.Today is`, `Tuesday.Mr. Smith`). Addresses and names with dots
/// (`Jane.Doe@example.com`, `www.Example.com`, `Node.Js`) never are.
fn glued_sentence_start(
    text: &str,
    token_start: usize,
    at: usize,
    end: usize,
    lexicon: &Lexicon,
) -> bool {
    if !char_at(text, end).is_some_and(char::is_uppercase) {
        return false;
    }
    // The letters before the period, looked back over no further than a listed word is
    // long; they must make up the whole token (not `www.example.Com`).
    let from = skip_openers(text, token_start).min(at);
    let letters =
        start_of_trailing_run(text.get(from..at).unwrap_or_default(), char::is_alphabetic)
            .map_or(at, |offset| from + offset);
    let Some(word) = text.get(from..at).filter(|_| letters == from) else {
        return false;
    };
    let ordinary = word.chars().nth(1).is_some()
        && word.chars().any(char::is_lowercase)
        && listed_class(word, lexicon) == WordClass::Plain;
    if !ordinary {
        return false;
    }
    let rest = text.get(end..).unwrap_or_default();
    let token = rest
        .char_indices()
        .take(MAX_GLUED_TOKEN_BYTES + 1)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(
            rest.get(..MAX_GLUED_TOKEN_BYTES + 1).unwrap_or(rest),
            |(end, _)| rest.get(..end).unwrap_or_default(),
        );
    let address = token.bytes().any(|b| matches!(b, b'@' | b'/' | b':'))
        || token.len() > MAX_GLUED_TOKEN_BYTES
        || word.eq_ignore_ascii_case("www");
    if address {
        return false;
    }
    let dotted = trim_end_while(token, |c| is_terminator(c) || is_closer(c))
        .bytes()
        .any(|b| b == b'.');
    is_title(text, end, lexicon) || (!dotted && is_starter(text, end, lexicon))
}

/// The longest token after a glued full stop that is looked at.
const MAX_GLUED_TOKEN_BYTES: usize = 64;

/// Whether the word before the ellipsis at `at` (attached to it from `token_start`, or
/// standing before it) is one of the language's common words (`as…`, `of ...`): a
/// sentence does not end on a preposition or an article, so the ellipsis breaks off a
/// phrase that a name may go on with (`Image of Himself as… Pope`).
fn after_common_word(text: &str, token_start: usize, at: usize, lexicon: &Lexicon) -> bool {
    let (start, end) = previous_word(text, token_start, at).unwrap_or((token_start, at));
    let Some(word) = text.get(skip_openers(text, start).min(end)..end) else {
        return false;
    };
    let mut buffer = [0u8; MAX_LOOKUP_BYTES];
    lowercase_key(word, &mut buffer).is_some_and(|key| contains_in(lexicon.stop_words, key))
}

/// Where the run of chars that pass `member` at the end of `text` starts, looking back over
/// no more chars than a listed word has bytes (and one more); `None` when the last char
/// does not pass. A plain function, not a generic one, so that its callers share one body.
fn start_of_trailing_run(text: &str, member: fn(char) -> bool) -> Option<usize> {
    text.char_indices()
        .rev()
        .take(MAX_LOOKUP_BYTES + 1)
        .take_while(|&(_, c)| member(c))
        .last()
        .map(|(offset, _)| offset)
}

/// Whether the word at byte `at` is a Roman numeral of up to six letters (`II`, `XIV`)
/// ending the word. A lone `I` is English's pronoun more often than a number.
fn is_roman_numeral_word(text: &str, at: usize) -> bool {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let len = rest
        .iter()
        .take(7)
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        .count();
    (2..=6).contains(&len) && !rest.get(len).is_some_and(|b| b.is_ascii_alphanumeric())
}

/// When the terminator at `at` is a token of its own (`Mr .`), where the word before it on
/// the same line starts and ends, if that word is short enough to be in a list.
fn previous_word(text: &str, token_start: usize, at: usize) -> Option<(usize, usize)> {
    if token_start != at {
        return None;
    }
    let before = text.get(..at)?;
    let word = trim_spaces_end(before);
    if word.len() == before.len() {
        return None;
    }
    // Looking back no further than the longest listed word.
    let start = start_of_trailing_run(word, |c| !c.is_whitespace())?;
    (word.len() - start <= MAX_LOOKUP_BYTES
        && word
            .get(start..)
            .is_some_and(|w| w.chars().any(char::is_alphabetic)))
    .then_some((start, word.len()))
}

/// Whether the word at byte `at` is a title with its period (`Mr.`, `Dr.`).
fn is_title(text: &str, at: usize, lexicon: &Lexicon) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    let end = rest
        .char_indices()
        .take(MAX_LOOKUP_BYTES + 1)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(offset, _)| offset);
    if end > MAX_LOOKUP_BYTES || !rest.get(end..).is_some_and(|after| after.starts_with('.')) {
        return false;
    }
    let mut buffer = [0u8; MAX_LOOKUP_BYTES];
    rest.get(..end)
        .and_then(|word| lowercase_key(word, &mut buffer))
        .is_some_and(|key| {
            contains_in(lexicon.never_final, key)
                || contains_in(lexicon.international_never_final, key)
        })
}

/// Whether the word at byte `at` is a sentence opener (`The`, `How`, `It's`, `L'homme`)
/// or a title with its period (`Mr.`).
fn is_starter(text: &str, at: usize, lexicon: &Lexicon) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    let mut end = 0;
    for (offset, c) in rest.char_indices() {
        if !(c.is_alphabetic() || c == '\'' || c == '\u{2019}') {
            break;
        }
        if offset > MAX_LOOKUP_BYTES {
            return false;
        }
        end = offset + c.len_utf8();
    }
    let mut buffer = [0u8; MAX_LOOKUP_BYTES];
    let Some(key) = rest
        .get(..end)
        .and_then(|word| lowercase_key(word, &mut buffer))
    else {
        return false;
    };
    if rest.get(end..).is_some_and(|after| after.starts_with('.'))
        && (contains_in(lexicon.never_final, key)
            || contains_in(lexicon.international_never_final, key))
    {
        return true;
    }
    if contains_in(lexicon.sentence_starters, key) {
        return true;
    }
    // An elided article or pronoun: `L'homme`, `D'après`, `Qu'il`.
    key.iter()
        .position(|&b| b == b'\'')
        .and_then(|apostrophe| key.get(..=apostrophe))
        .is_some_and(|elided| contains_in(lexicon.sentence_starters, elided))
}

/// Classifies the word from `token_start` (after opening quotes and brackets) to the
/// period at `at`.
fn classify(text: &str, token_start: usize, at: usize, lexicon: &Lexicon) -> WordClass {
    let from = skip_openers(text, token_start).min(at);
    let Some(word) = text.get(from..at) else {
        return WordClass::Plain;
    };
    // In a compound the last part decides: `EU-U.S.`, `anti-Mr.`, `and/etc.`. A lone
    // lowercase letter there is a clitic pronoun (Portuguese `consegue-o.`), not an initial.
    let word = match word.rfind(['-', '–', '/']) {
        Some(cut) => match word.get(cut + 1..).filter(|last| !last.is_empty()) {
            Some(last) if last.chars().count() == 1 && last.chars().all(char::is_lowercase) => {
                return WordClass::Plain;
            }
            Some(last) => last,
            None => word,
        },
        None => word,
    };
    let class = listed_class(word, lexicon);
    if class != WordClass::Plain {
        return class;
    }
    // A unit or a time glued to its number (`6a.m.`, `5ft.`) is the abbreviation.
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let unit = word.get(digits..).unwrap_or_default();
    if digits > 0 && unit.chars().next().is_some_and(char::is_alphabetic) {
        let class = listed_class(unit, lexicon);
        if class != WordClass::Plain {
            return class;
        }
    }
    if is_initialism(word) || (lexicon.ordinal_period && is_ordinal(word)) {
        return WordClass::Ambiguous;
    }
    // After an elided article the abbreviation is what follows: `dell'art.`, `l'av.`.
    match word.split_once(['\'', '\u{2019}']) {
        Some((_, after)) if !after.contains(['\'', '\u{2019}']) => listed_class(after, lexicon),
        _ => WordClass::Plain,
    }
}

/// Whether the word from `token_start` to the period at `at`, which no list holds, has the
/// shape of an abbreviation: letters without a vowel (`ft`, `mg`, `кб`), one or two capitals
/// (`NW`), a word of at most three letters that is not one of the language's common words
/// (`var.`, `med.`, `Mi.`), or a short word after a number: a unit (`8 oz. of`, `5 хв. і`,
/// `6 in. 2 lb.`; before a number only of two letters, as `30 anos. 1980` ends a sentence).
/// Longer words and common ones (`you.`, `it.`) are words.
fn looks_abbreviated(
    text: &str,
    token_start: usize,
    at: usize,
    units: bool,
    lexicon: &Lexicon,
) -> bool {
    let from = skip_openers(text, token_start).min(at);
    let Some(word) = text.get(from..at) else {
        return false;
    };
    let word = match word.rfind(['-', '–', '/']) {
        Some(cut) => word.get(cut + 1..).unwrap_or(word),
        None => word,
    };
    // One walk over the word's letters (a walk per question cost the WebAssembly module a
    // kilobyte). The vowel look-up, the costly one, stops at the first vowel or at a letter
    // of a script without vowel letters, after which the word can no longer be vowelless.
    let mut letters = 0usize;
    let mut vowel_script = true;
    let mut vowel = false;
    let mut upper = true;
    for c in word.chars() {
        if !c.is_alphabetic() {
            return false;
        }
        letters += 1;
        vowel_script &= has_vowel_letters(c);
        if vowel_script && !vowel {
            vowel = is_vowel(c);
        }
        upper &= c.is_uppercase();
    }
    if letters == 0 {
        return false;
    }
    let vowelless = vowel_script && !vowel;
    let capitals = letters <= 2 && upper;
    let unit_letters = if units { 4 } else { 2 };
    if vowelless || capitals || (letters <= unit_letters && follows_number(text, token_start)) {
        return true;
    }
    let mut buffer = [0u8; MAX_LOOKUP_BYTES];
    letters <= 3
        && lowercase_key(word, &mut buffer).is_some_and(|key| !contains_in(lexicon.stop_words, key))
}

/// Letters of the scripts whose words always hold a vowel letter: Latin, Greek, Cyrillic.
fn has_vowel_letters(c: char) -> bool {
    c.is_alphabetic()
        && (c.is_ascii()
            || ('\u{c0}'..='\u{24f}').contains(&c)
            || ('\u{370}'..='\u{4ff}').contains(&c))
}

/// The vowel letters of the Latin, Greek and Cyrillic scripts, lowercase.
const VOWELS: &str = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěĩīĭįıōŏőœũūŭůűųŷ\
    αεηιουωάέήίόύώϊϋΐΰаеёиоуыэюяіїє";

/// Vowel letters of the Latin, Greek and Cyrillic scripts, in either case.
fn is_vowel(c: char) -> bool {
    crate::lowercase::lowercase(c).any(|c| VOWELS.chars().any(|vowel| vowel == c))
}

/// Whether the token before the one starting at `token_start`, on the same line, is a
/// number (`8` in `8 oz.`).
fn follows_number(text: &str, token_start: usize) -> bool {
    let Some(before) = text.get(..token_start) else {
        return false;
    };
    let before = trim_spaces_end(before);
    if before.len() == token_start || !before.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let number = before
        .bytes()
        .rev()
        .take(MAX_LOOKUP_BYTES)
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    char_before(before, before.len() - number).is_none_or(char::is_whitespace)
}

/// The class of `word` by the word lists alone.
fn listed_class(word: &str, lexicon: &Lexicon) -> WordClass {
    let mut buffer = [0u8; MAX_LOOKUP_BYTES];
    let Some(key) = lowercase_key(word, &mut buffer).filter(|key| !key.is_empty()) else {
        return WordClass::Plain;
    };
    if contains_in(lexicon.abbreviations, key) {
        if contains_in(lexicon.never_final, key) {
            WordClass::NeverFinal
        } else if contains_in(lexicon.before_numbers, key) {
            WordClass::BeforeNumber
        } else {
            WordClass::Ambiguous
        }
    } else if contains_in(lexicon.international, key) {
        if contains_in(lexicon.international_never_final, key) {
            WordClass::NeverFinal
        } else {
            WordClass::Ambiguous
        }
    } else {
        WordClass::Plain
    }
}

/// A number of up to three digits or a Roman numeral: with a period, an ordinal in
/// languages that write them so (`am 12. Juni`, `Ludwig XIV.`). Longer numbers are years
/// and amounts, which end sentences as often as any word.
fn is_ordinal(word: &str) -> bool {
    let digits = (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let roman = (2..=6).contains(&word.len())
        && word
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'));
    digits || roman
}

/// An initial (`J`, `Ж`, `കെ`) or initials joined by periods (`U.S.A`, `E.U`, `കെ.പി`):
/// each part one letter, in scripts that write syllables with the marks and joined
/// consonants that make it one.
fn is_initialism(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let mut joined = false;
        first.is_alphabetic()
            && !is_indic_mark(first)
            && chars.all(|c| {
                let part_of_letter = is_indic_mark(c) || (joined && c.is_alphabetic());
                joined = is_indic_virama(c);
                part_of_letter
            })
    })
}

/// Binary search of a byte key in a sorted word list.
fn contains_in(list: WordList, key: &[u8]) -> bool {
    list.contains_bytes(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::of(Language::English)
    }

    /// Edited prose: capitals start its sentences.
    const EDITED: Writing = Writing {
        lowercase_starts: false,
        caseless: false,
    };

    /// Runs `stop` on the terminator right after the first `before` in `text`, with the
    /// token starting after the last space before it.
    fn stop_after(text: &str, before: &str, words_before: usize) -> Stop {
        let at = text.find(before).expect("test text holds the word") + before.len();
        let token_start = text[..at].rfind(' ').map_or(0, |space| space + 1);
        stop(
            text,
            token_start,
            at,
            words_before,
            &lexicon(),
            None,
            EDITED,
        )
    }

    #[test]
    fn plain_period_before_a_capital_ends_the_sentence() {
        let s = stop_after("It is $100.00. It is in her bag.", "$100", 2);
        assert_eq!((s.end, s.resume, s.brk), (11, 11, Break::None));
        let s = stop_after("It is $100.00. It is in her bag.", "$100.00", 2);
        assert_eq!((s.end, s.resume, s.brk), (14, 14, Break::Strong));
        let s = stop_after("Hello World. My name", "World", 1);
        assert_eq!((s.end, s.resume, s.brk), (12, 12, Break::Strong));
    }

    #[test]
    fn closers_stay_with_the_stop() {
        let s = stop_after("to him, \"This is great.\" She held", "great", 3);
        assert_eq!((s.end, s.brk), (24, Break::Strong));
        let s = stop_after("to him, 'This is great.' she said.", "great", 3);
        assert_eq!((s.end, s.brk), (24, Break::Weak));
        let s = stop_after("That is JFK Jr.'s book.", "Jr", 3);
        assert_eq!((s.end, s.brk), (16, Break::None));
    }

    #[test]
    fn abbreviation_classes() {
        assert_eq!(stop_after("Ask Mr. Smith", "Mr", 1).brk, Break::None);
        assert_eq!(stop_after("Ask Mr. How", "Mr", 1).brk, Break::None);
        assert_eq!(stop_after("see No. 5", "No", 1).brk, Break::None);
        assert_eq!(stop_after("No. I won't", "No", 0).brk, Break::Strong);
        assert_eq!(
            stop_after("in the U.S. How about", "U.S", 2).brk,
            Break::Weak
        );
        assert_eq!(
            stop_after("I am in the U.S. How about", "U.S", 4).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("I am in the U.S. Government", "U.S", 4).brk,
            Break::Weak
        );
        assert_eq!(stop_after("the U.S. for", "U.S", 1).brk, Break::None);
        assert_eq!(stop_after("At 5 a.m. Mr. Smith", "a.m", 2).brk, Break::Weak);
        assert_eq!(
            stop_after("bank at 6 P.M. Mr. Smith", "P.M", 5).brk,
            Break::Strong
        );
        assert_eq!(stop_after("Jennifer M. Anderson", "M", 1).brk, Break::Weak);
        assert_eq!(
            stop_after("team, you and I. Did you", "I", 6).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("at N\u{b0}. 1026", "N\u{b0}", 6).brk,
            Break::None
        );
        let compound = stop_after("escalating EU-U.S. trade", "EU-U.S", 6);
        assert_eq!(compound.brk, Break::None);
    }

    #[test]
    fn inside_a_token_is_never_an_end() {
        let s = stop_after("see example.txt now", "example", 1);
        assert_eq!((s.end, s.resume, s.brk), (12, 12, Break::None));
        assert_eq!(stop_after("Yahoo!Finance", "Yahoo", 0).brk, Break::None);
        assert_eq!(
            stop_after("mail Jane.Doe@example.com", "Jane", 0).brk,
            Break::None
        );
    }

    #[test]
    fn marks_and_cjk() {
        let s = stop_after("Hello?! Is that you?", "Hello", 0);
        assert_eq!((s.end, s.brk), (7, Break::Strong));
        assert_eq!(stop_after("at Yahoo! in the", "Yahoo", 1).brk, Break::Weak);
        let s = stop_after("你好。我", "好", 0);
        assert_eq!((s.end, s.brk), (9, Break::Strong));
    }

    #[test]
    fn ellipses() {
        let s = stop_after("I never meant that.... She left", "that", 3);
        assert_eq!((s.end, s.brk), (22, Break::Strong));
        assert_eq!(
            stop_after("I never meant that... She left", "that", 3).brk,
            Break::Strong
        );
        assert_eq!(
            stop_after("Himself as… Pope, Prompting", "as", 3).brk,
            Break::Weak
        );
        assert_eq!(stop_after("really ... well", "really ", 2).brk, Break::None);
        // A spaced ellipsis inside the sentence, even before `I`.
        let s = stop_after("the thing is . . . I didn't", "is ", 3);
        assert_eq!((s.end, s.brk), (18, Break::Weak));
        // A word's own full stop, then an ellipsis opening the next sentence.
        let s = stop_after("into compounds. . . . The practice", "compounds", 1);
        assert_eq!((s.end, s.resume, s.brk), (15, 15, Break::Strong));
        // The same at the very end stays whole.
        let s = stop_after("appear less complex. . . .\u{201d}", "complex", 3);
        assert_eq!((s.end, s.brk), (29, Break::Strong));
    }

    /// Like `stop_after`, for a language other than English.
    #[cfg(feature = "all-languages")]
    fn stop_in(language: Language, text: &str, before: &str, words_before: usize) -> Break {
        let at = text.find(before).expect("test text holds the word") + before.len();
        let token_start = text[..at].rfind(' ').map_or(0, |space| space + 1);
        stop(
            text,
            token_start,
            at,
            words_before,
            &Lexicon::of(language),
            None,
            EDITED,
        )
        .brk
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn language_word_lists_decide() {
        use Language::{German, Portuguese, Russian, Spanish};
        assert_eq!(
            stop_in(German, "Wir trafen Dr. med. Meyer", "med", 3),
            Break::None
        );
        assert_eq!(stop_in(Spanish, "soy el Lic. Naser", "Lic", 2), Break::None);
        assert_eq!(
            stop_in(Russian, "Уважаемый проф. Семенов", "проф", 1),
            Break::None
        );
        assert_eq!(
            stop_in(Russian, "в 2010 г. В этом году", "г", 3),
            Break::Strong
        );
        // English titles appear in every language's news.
        assert_eq!(
            stop_in(Portuguese, "confronto. Mr. Frost", "Mr", 0),
            Break::None
        );
        // An elided article does not hide the abbreviation.
        assert_eq!(
            stop_in(Language::Italian, "dell'art. 941 non", "dell'art", 2),
            Break::None
        );
        // A clitic pronoun is no initial.
        assert_eq!(
            stop_in(Portuguese, "Ele consegue-o. Fotografa", "consegue-o", 1),
            Break::Strong
        );
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn ordinals_with_a_period() {
        use Language::German;
        assert_eq!(stop_in(German, "vom 12. Juni an", "12", 1), Break::Weak);
        assert_eq!(
            stop_in(German, "zum 67. meines Vaters", "67", 1),
            Break::None
        );
        assert_eq!(
            stop_in(German, "Die Zahl stieg auf 12. Die Firma", "12", 4),
            Break::Strong
        );
        assert_eq!(stop_in(German, "Ludwig XIV. Er war", "XIV", 1), Break::Weak);
        assert_eq!(
            stop_in(German, "im Jahr 2015. Mehr", "2015", 2),
            Break::Strong
        );
        // English has no such ordinals.
        assert_eq!(stop_after("rose to 12. Prices", "12", 2).brk, Break::Strong);
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn capitalised_openers_in_any_script() {
        use Language::{French, Russian};
        assert_eq!(
            stop_in(
                French,
                "des livres, des disques etc. L'homme part",
                "etc",
                5
            ),
            Break::Strong
        );
        assert_eq!(
            stop_in(Russian, "на ул. Ленина и т. Это", "т", 4),
            Break::Strong
        );
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn quotes_and_attributions_after_the_stop() {
        use Language::{Dutch, French};
        let text = "le texte « LL.AA.II.RR. » pour";
        let at = text.find("RR").expect("test text holds the word") + 2;
        let s = stop(
            text,
            text.find("LL").unwrap_or(0),
            at,
            2,
            &Lexicon::of(French),
            None,
            EDITED,
        );
        assert_eq!(
            (&text[..s.end], s.brk),
            ("le texte « LL.AA.II.RR. »", Break::Weak)
        );
        assert_eq!(
            stop_in(Dutch, "te houden. '' Veertig kilometer", "houden", 3),
            Break::Strong
        );
        let text = "te houden. '' Veertig";
        let s = stop(text, 3, 9, 1, &Lexicon::of(Dutch), None, EDITED);
        assert_eq!(s.brk, Break::Strong);
        assert_eq!(&text[..s.end], "te houden. ''");
        // A lone ASCII quote after a space may open the next quotation.
        let text = "the phrase. ' And on";
        let s = stop(text, 4, 10, 1, &lexicon(), None, EDITED);
        assert_eq!(s.brk, Break::Strong);
        assert_eq!(&text[..s.end], "the phrase.");
        assert_eq!(stop_after("керегі бар? — деді.", "бар", 3).brk, Break::Weak);
    }

    #[test]
    fn line_breaks_are_reported() {
        let s = stop_after("Briggs & Co.\nRelated Articles", "Co", 2);
        assert_eq!((s.end, s.brk, s.line_break), (12, Break::Weak, true));
        let s = stop_after("the U.S.\ngovernment", "U.S", 2);
        assert_eq!((s.end, s.brk, s.line_break), (8, Break::None, true));
        let s = stop_after("the end.\n\nNext", "end", 2);
        assert_eq!((s.end, s.brk, s.line_break), (8, Break::Strong, true));
    }
}
