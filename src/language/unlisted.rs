//! Word lists of the languages whose splitter needs none: Arabic and Tamil rarely
//! abbreviate with a period, and Chinese, Japanese and Korean end sentences with marks that
//! are never abbreviations.

/// No abbreviations.
pub(super) const ABBREVIATIONS: &str = "";

/// No titles.
pub(super) const NEVER_FINAL: &str = "";

/// No abbreviations before numbers.
pub(super) const BEFORE_NUMBERS: &str = "";

/// No sentence openers: an ambiguous period needs none in these languages.
pub(super) const SENTENCE_STARTERS: &str = "";
