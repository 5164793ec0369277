//! Danish word lists for the splitter.

/// Danish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "adr", "afd", "alm", "ang", "apr", "aug", "bd", "bl.a", "ca", "cand", "co", "d.v.s", "dec",
    "dir", "dr", "dvs", "eks", "ekskl", "el", "etc", "evt", "f.eks", "feb", "frk", "fru", "fx",
    "hhv", "hr", "inkl", "jan", "jf", "jul", "jun", "kap", "kl", "kr", "m.fl", "m.m", "mht", "mv",
    "nov", "nr", "o.a", "o.l", "okt", "osv", "pga", "pkt", "prof", "s", "sep", "sept", "sml",
    "stk", "t.o.m", "tidl", "tlf", "vedr", "vha", "vol",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "ang", "bl.a", "cand", "d.v.s", "dir", "dr", "dvs", "f.eks", "frk", "fru", "fx", "hr", "jf",
    "mht", "pga", "prof", "vedr", "vha",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["bd", "kap", "kl", "nr", "pkt", "stk", "tlf"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "af", "alle", "at", "da", "de", "dem", "den", "denne", "der", "det", "dette", "din", "disse",
    "du", "efter", "eller", "en", "et", "for", "fra", "han", "har", "hendes", "her", "hun", "hvad",
    "hvem", "hvis", "hvor", "hvordan", "hvorfor", "i", "ikke", "jeg", "kun", "man", "med", "men",
    "min", "mit", "nu", "når", "og", "også", "om", "på", "som", "så", "til", "ved", "vi", "vores",
];
