//! Norwegian word lists for the splitter.

/// Norwegian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "bl.a", "ca", "d.v.s", "des", "dvs", "e.l", "f.eks", "feb", "fig", "fx", "jan",
    "jf", "kl", "kr", "m.m", "mht", "mv", "nov", "nr", "o.a", "o.l", "okt", "osv", "pga", "pkt",
    "prof", "s", "sep", "sept", "st", "t.o.m", "tlf", "vedr",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "bl.a", "d.v.s", "dvs", "f.eks", "fx", "jf", "mht", "pga", "prof", "vedr",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["fig", "kl", "nr", "pkt", "s", "tlf"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "alle", "at", "av", "da", "de", "dem", "den", "denne", "der", "dere", "det", "dette", "du",
    "eller", "en", "et", "etter", "for", "fra", "han", "hans", "har", "hun", "hva", "hvem", "hvis",
    "hvor", "hvordan", "hvorfor", "i", "ikke", "jeg", "man", "med", "men", "min", "mitt", "når",
    "og", "også", "om", "på", "som", "så", "til", "ved", "vi", "vår",
];
