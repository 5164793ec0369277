//! Turkish word lists for the splitter.

/// Turkish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "alb\n",
    "av\n",
    "bkz\n",
    "bnb\n",
    "cad\n",
    "doç\n",
    "dr\n",
    "hz\n",
    "krş\n",
    "mah\n",
    "no\n",
    "nr\n",
    "ord\n",
    "prof\n",
    "s\n",
    "sf\n",
    "sok\n",
    "tel\n",
    "vb\n",
    "vd\n",
    "vs\n",
    "yrd\n",
    "yy\n",
    "ör\n",
);

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "av\n",
    "bkz\n",
    "doç\n",
    "dr\n",
    "hz\n",
    "ord\n",
    "prof\n",
    "yrd\n",
    "ör\n",
);

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const BEFORE_NUMBERS: &str = concat!(
    "no\n",
    "nr\n",
    "s\n",
    "sf\n",
    "tel\n",
);

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
#[rustfmt::skip]
pub(super) const SENTENCE_STARTERS: &str = concat!(
    "ama\n",
    "ancak\n",
    "ben\n",
    "bir\n",
    "biz\n",
    "bu\n",
    "bunu\n",
    "bunun\n",
    "da\n",
    "daha\n",
    "de\n",
    "en\n",
    "eğer\n",
    "gibi\n",
    "ile\n",
    "için\n",
    "kim\n",
    "nasıl\n",
    "ne\n",
    "neden\n",
    "o\n",
    "onlar\n",
    "onun\n",
    "sen\n",
    "siz\n",
    "ve\n",
    "ya\n",
    "şimdi\n",
);
