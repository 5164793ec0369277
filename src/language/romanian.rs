//! Romanian word lists for the splitter.

/// Romanian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "apr", "art", "aug", "cca", "d", "dec", "dl", "dna", "dr", "etc", "ex", "feb", "ian", "ing",
    "nov", "nr", "oct", "pag", "prof", "resp", "sept", "str", "tel", "vol",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &["d", "dl", "dna", "dr", "ing", "prof"];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["art", "nr", "pag", "tel", "vol"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "aceasta", "această", "acest", "acum", "am", "ar", "asta", "atunci", "ce", "cine", "cu",
    "când", "dacă", "dar", "de", "deci", "după", "ea", "ei", "el", "eu", "la", "nu", "pe",
    "pentru", "sau", "să", "un", "una", "unde", "în", "și",
];
