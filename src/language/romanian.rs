//! Romanian word lists for the splitter.

/// Romanian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "apr\n",
    "art\n",
    "aug\n",
    "cca\n",
    "d\n",
    "dec\n",
    "dl\n",
    "dna\n",
    "dr\n",
    "etc\n",
    "ex\n",
    "feb\n",
    "ian\n",
    "ing\n",
    "nov\n",
    "nr\n",
    "oct\n",
    "pag\n",
    "prof\n",
    "resp\n",
    "sept\n",
    "str\n",
    "tel\n",
    "vol\n",
);

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "d\n",
    "dl\n",
    "dna\n",
    "dr\n",
    "ing\n",
    "prof\n",
);

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const BEFORE_NUMBERS: &str = concat!(
    "art\n",
    "nr\n",
    "pag\n",
    "tel\n",
    "vol\n",
);

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
#[rustfmt::skip]
pub(super) const SENTENCE_STARTERS: &str = concat!(
    "aceasta\n",
    "această\n",
    "acest\n",
    "acum\n",
    "am\n",
    "ar\n",
    "asta\n",
    "atunci\n",
    "ce\n",
    "cine\n",
    "cu\n",
    "când\n",
    "dacă\n",
    "dar\n",
    "de\n",
    "deci\n",
    "după\n",
    "ea\n",
    "ei\n",
    "el\n",
    "eu\n",
    "la\n",
    "nu\n",
    "pe\n",
    "pentru\n",
    "sau\n",
    "să\n",
    "un\n",
    "una\n",
    "unde\n",
    "în\n",
    "și\n",
);
