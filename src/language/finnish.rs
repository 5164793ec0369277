//! Finnish word lists for the splitter.

/// Finnish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "ent", "esim", "huom", "jne", "ko", "kpl", "ks", "la", "ma", "mm", "n", "nk", "no", "ns",
    "oik", "os", "p", "pe", "prof", "puh", "s", "sis", "so", "su", "ti", "tms", "to", "tri", "v",
    "vrt", "yht",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] =
    &["esim", "ks", "mm", "n", "nk", "ns", "prof", "tri", "vrt"];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["kpl", "no", "puh", "s"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "ei", "en", "että", "he", "hän", "ja", "jo", "jos", "kaikki", "koska", "kuin", "kun", "me",
    "miksi", "mikä", "minä", "missä", "miten", "mutta", "myös", "ne", "niin", "nyt", "se", "sen",
    "sitten", "tämä", "tässä",
];
