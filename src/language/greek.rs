//! Greek word lists for the splitter.

/// Greek abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "αρ\n",
    "βλ\n",
    "δηλ\n",
    "δρ\n",
    "εκ\n",
    "κ\n",
    "κα\n",
    "κλπ\n",
    "κτλ\n",
    "μ.χ\n",
    "οκ\n",
    "π.χ\n",
    "σελ\n",
    "στ\n",
    "τηλ\n",
    "χλμ\n",
);

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "βλ\n",
    "δηλ\n",
    "δρ\n",
    "κ\n",
    "κα\n",
    "π.χ\n",
);

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const BEFORE_NUMBERS: &str = concat!(
    "αρ\n",
    "σελ\n",
    "τηλ\n",
);

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
#[rustfmt::skip]
pub(super) const SENTENCE_STARTERS: &str = concat!(
    "αλλά\n",
    "αν\n",
    "αυτή\n",
    "αυτό\n",
    "αυτός\n",
    "για\n",
    "δεν\n",
    "εγώ\n",
    "εμείς\n",
    "η\n",
    "και\n",
    "μετά\n",
    "να\n",
    "ο\n",
    "οι\n",
    "που\n",
    "πώς\n",
    "στην\n",
    "στο\n",
    "τα\n",
    "της\n",
    "τι\n",
    "το\n",
    "τον\n",
    "όταν\n",
);
