//! Swedish word lists for the splitter.

/// Swedish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "bl.a", "d.v.s", "dec", "dvs", "ev", "f.d", "f.kr", "f.n", "feb", "fig", "forts",
    "fr", "fr.o.m", "jan", "kl", "kr", "m.fl", "m.m", "mao", "mfl", "mm", "n.b", "nov", "nr",
    "o.d", "o.s.v", "okt", "osv", "p.g.a", "pga", "prof", "s", "sep", "sept", "st", "t.ex",
    "t.o.m", "tel", "tex", "tr", "vol", "äv",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "bl.a", "d.v.s", "dvs", "f.d", "fr.o.m", "p.g.a", "pga", "prof", "t.ex", "tex",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["fig", "kl", "nr", "s", "tel", "vol"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "alla", "att", "av", "de", "dem", "den", "denna", "deras", "det", "detta", "du", "efter",
    "eftersom", "en", "ett", "för", "han", "hans", "har", "hon", "hur", "här", "i", "inte", "jag",
    "man", "med", "men", "min", "mitt", "när", "och", "också", "om", "på", "sedan", "som", "så",
    "till", "under", "vad", "var", "varför", "vi", "vår",
];
