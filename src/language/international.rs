//! Abbreviations of English origin that appear in text of any language written in Latin
//! script: company forms and the titles of English-speaking people in foreign news
//! (`Warner Bros. Records`, `Mr. Frost`, `St. John`).

/// Lowercase, without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "bros", "co", "corp", "dr", "inc", "jr", "ltd", "mr", "mrs", "ms", "mt", "st", "vs",
];

/// The titles among [`ABBREVIATIONS`], which stand before a name and so never end a
/// sentence.
pub(super) const NEVER_FINAL: &[&str] = &["dr", "mr", "mrs", "ms", "mt", "vs"];
