//! Hungarian word lists for the splitter.

/// Hungarian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "alt", "aug", "b", "bp", "br", "dec", "dr", "ea", "egy", "febr", "ford", "gy", "h", "id",
    "ifj", "ill", "jan", "júl", "jún", "kb", "ker", "kft", "köv", "l", "ld", "megj", "min", "mrd",
    "máj", "márc", "nov", "nyrt", "okt", "pl", "prof", "rt", "stb", "sz", "szept", "tel", "u",
    "ua", "uo", "vö", "zrt", "ált", "ápr",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &["dr", "id", "ifj", "ill", "kb", "ld", "pl", "prof", "vö"];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["sz", "tel"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a", "az", "de", "egy", "ez", "ezt", "ha", "hogy", "hol", "is", "majd", "mert", "mi", "mikor",
    "mit", "miért", "már", "nem", "sem", "te", "ti", "én", "és", "ő", "ők",
];
