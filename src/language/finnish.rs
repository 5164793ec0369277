//! Finnish word lists for the splitter.

/// Finnish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &str = concat!(
    "ent\n",
    "esim\n",
    "huom\n",
    "jne\n",
    "ko\n",
    "kpl\n",
    "ks\n",
    "la\n",
    "ma\n",
    "mm\n",
    "n\n",
    "nk\n",
    "no\n",
    "ns\n",
    "oik\n",
    "os\n",
    "p\n",
    "pe\n",
    "prof\n",
    "puh\n",
    "s\n",
    "sis\n",
    "so\n",
    "su\n",
    "ti\n",
    "tms\n",
    "to\n",
    "tri\n",
    "v\n",
    "vrt\n",
    "yht\n",
);

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const NEVER_FINAL: &str = concat!(
    "esim\n",
    "ks\n",
    "mm\n",
    "n\n",
    "nk\n",
    "ns\n",
    "prof\n",
    "tri\n",
    "vrt\n",
);

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
#[rustfmt::skip]
pub(super) const BEFORE_NUMBERS: &str = concat!(
    "kpl\n",
    "no\n",
    "puh\n",
    "s\n",
);

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
#[rustfmt::skip]
pub(super) const SENTENCE_STARTERS: &str = concat!(
    "ei\n",
    "en\n",
    "että\n",
    "he\n",
    "hän\n",
    "ja\n",
    "jo\n",
    "jos\n",
    "kaikki\n",
    "koska\n",
    "kuin\n",
    "kun\n",
    "me\n",
    "miksi\n",
    "mikä\n",
    "minä\n",
    "missä\n",
    "miten\n",
    "mutta\n",
    "myös\n",
    "ne\n",
    "niin\n",
    "nyt\n",
    "se\n",
    "sen\n",
    "sitten\n",
    "tämä\n",
    "tässä\n",
);
