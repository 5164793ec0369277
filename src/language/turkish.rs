//! Turkish word lists for the splitter.

/// Turkish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "alb", "av", "bkz", "bnb", "cad", "doç", "dr", "hz", "krş", "mah", "no", "nr", "ord", "prof",
    "s", "sf", "sok", "tel", "vb", "vd", "vs", "yrd", "yy", "ör",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] =
    &["av", "bkz", "doç", "dr", "hz", "ord", "prof", "yrd", "ör"];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["no", "nr", "s", "sf", "tel"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "ama", "ancak", "ben", "bir", "biz", "bu", "bunu", "bunun", "da", "daha", "de", "en", "eğer",
    "gibi", "ile", "için", "kim", "nasıl", "ne", "neden", "o", "onlar", "onun", "sen", "siz", "ve",
    "ya", "şimdi",
];
