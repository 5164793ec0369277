//! Italian word lists for the splitter.

/// Italian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "a.c", "ago", "apr", "arch", "art", "avv", "c.a", "c.so", "ca", "cap", "cfr", "d.c", "dic",
    "distr", "dom", "dott", "dott.ssa", "dr", "ecc", "es", "f.p", "feb", "fig", "gen", "geom",
    "gio", "giu", "ing", "lug", "lun", "mag", "mar", "mer", "mons", "n", "nov", "nr", "num", "on",
    "ott", "p.es", "p.za", "pag", "pagg", "prof", "prof.ssa", "rag", "s.p.a", "s.r.l", "sab",
    "sen", "set", "sett", "sig", "sig.na", "sig.ra", "sigg", "ss", "tab", "tel", "v.cte", "v.le",
    "ven", "vol",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "arch", "avv", "c.so", "cfr", "dott", "dott.ssa", "dr", "geom", "ing", "mons", "on", "p.es",
    "p.za", "prof", "prof.ssa", "rag", "sen", "sig", "sig.na", "sig.ra", "sigg", "v.cte", "v.le",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &[
    "art", "cap", "fig", "n", "nr", "num", "pag", "pagg", "tab", "tel", "vol",
];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a", "al", "alla", "allora", "anche", "ancora", "c'", "che", "chi", "ci", "come", "con",
    "cosa", "così", "da", "dal", "dalla", "del", "dell'", "della", "di", "dopo", "dove", "e",
    "ecco", "gli", "i", "il", "in", "infatti", "inoltre", "io", "l'", "la", "le", "lei", "lo",
    "loro", "lui", "ma", "mi", "mia", "mio", "ne", "nel", "nella", "noi", "non", "oggi", "ogni",
    "ora", "per", "perché", "però", "poi", "quando", "quella", "quello", "questa", "queste",
    "questi", "questo", "quindi", "se", "si", "sono", "su", "sul", "sulla", "tra", "tu",
    "tuttavia", "tutti", "tutto", "un", "un'", "una", "uno", "voi", "è",
];
