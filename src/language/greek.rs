//! Greek word lists for the splitter.

/// Greek abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "αρ", "βλ", "δηλ", "δρ", "εκ", "κ", "κα", "κλπ", "κτλ", "μ.χ", "οκ", "π.χ", "σελ", "στ", "τηλ",
    "χλμ",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &["βλ", "δηλ", "δρ", "κ", "κα", "π.χ"];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["αρ", "σελ", "τηλ"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "αλλά",
    "αν",
    "αυτή",
    "αυτό",
    "αυτός",
    "για",
    "δεν",
    "εγώ",
    "εμείς",
    "η",
    "και",
    "μετά",
    "να",
    "ο",
    "οι",
    "που",
    "πώς",
    "στην",
    "στο",
    "τα",
    "της",
    "τι",
    "το",
    "τον",
    "όταν",
];
