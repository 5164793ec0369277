//! Dutch word lists for the splitter.

/// Dutch abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "aanw", "afb", "afd", "afk", "alg", "apr", "aug", "bijv", "blz", "bv", "ca", "d.w.z", "dec",
    "dhr", "dr", "drs", "e.a", "e.d", "enz", "etc", "evt", "fam", "feb", "fig", "hr", "ing", "ir",
    "jan", "jl", "jr", "jul", "jun", "m.a.w", "m.b.t", "mevr", "mr", "mrt", "mw", "nov", "nr",
    "o.a", "okt", "p", "pag", "prof", "resp", "sep", "sept", "sr", "st", "t.a.v", "t.o.v", "tel",
    "vgl", "vnw", "vs", "vz", "zgn", "zn",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "bijv", "bv", "d.w.z", "dhr", "dr", "drs", "hr", "ing", "ir", "m.a.w", "m.b.t", "mevr", "mr",
    "mw", "prof", "t.a.v", "t.o.v", "vgl", "zgn",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["afb", "blz", "fig", "nr", "pag", "tel"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "'s", "'t", "al", "alle", "als", "bij", "daar", "dan", "dat", "de", "deze", "die", "dit",
    "door", "dus", "een", "en", "er", "geen", "het", "hier", "hij", "hoe", "hun", "ik", "in", "je",
    "jij", "jullie", "maar", "met", "mijn", "na", "naar", "niet", "nog", "nu", "of", "ok", "om",
    "omdat", "ons", "onze", "ook", "op", "over", "toch", "toen", "tot", "u", "van", "voor", "waar",
    "waarom", "wanneer", "want", "wat", "we", "wel", "wie", "wij", "ze", "zij", "zijn", "zo",
];
