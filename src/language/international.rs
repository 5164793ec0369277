//! Abbreviations of English origin that appear in text of any language written in Latin
//! script: company forms and the titles of English-speaking people in foreign news
//! (`Warner Bros. Records`, `Mr. Frost`, `St. John`).

/// Lowercase, without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "bros\n",
    "co\n",
    "corp\n",
    "dr\n",
    "inc\n",
    "jr\n",
    "ltd\n",
    "mr\n",
    "mrs\n",
    "ms\n",
    "mt\n",
    "st\n",
    "vs\n",
);

/// The titles among [`ABBREVIATIONS`], which stand before a name and so never end a
/// sentence.
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "dr\n",
    "mr\n",
    "mrs\n",
    "ms\n",
    "mt\n",
    "vs\n",
);
