//! Hungarian word lists for the splitter.

/// Hungarian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "alt\n",
    "aug\n",
    "b\n",
    "bp\n",
    "br\n",
    "dec\n",
    "dr\n",
    "ea\n",
    "egy\n",
    "febr\n",
    "ford\n",
    "gy\n",
    "h\n",
    "id\n",
    "ifj\n",
    "ill\n",
    "jan\n",
    "júl\n",
    "jún\n",
    "kb\n",
    "ker\n",
    "kft\n",
    "köv\n",
    "l\n",
    "ld\n",
    "megj\n",
    "min\n",
    "mrd\n",
    "máj\n",
    "márc\n",
    "nov\n",
    "nyrt\n",
    "okt\n",
    "pl\n",
    "prof\n",
    "rt\n",
    "stb\n",
    "sz\n",
    "szept\n",
    "tel\n",
    "u\n",
    "ua\n",
    "uo\n",
    "vö\n",
    "zrt\n",
    "ált\n",
    "ápr\n",
);

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "dr\n",
    "id\n",
    "ifj\n",
    "ill\n",
    "kb\n",
    "ld\n",
    "pl\n",
    "prof\n",
    "vö\n",
);

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const BEFORE_NUMBERS: &str = concat!(
    "sz\n",
    "tel\n",
);

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
#[rustfmt::skip]
pub(super) const SENTENCE_STARTERS: &str = concat!(
    "a\n",
    "az\n",
    "de\n",
    "egy\n",
    "ez\n",
    "ezt\n",
    "ha\n",
    "hogy\n",
    "hol\n",
    "is\n",
    "majd\n",
    "mert\n",
    "mi\n",
    "mikor\n",
    "mit\n",
    "miért\n",
    "már\n",
    "nem\n",
    "sem\n",
    "te\n",
    "ti\n",
    "én\n",
    "és\n",
    "ő\n",
    "ők\n",
);
