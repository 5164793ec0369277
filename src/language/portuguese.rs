//! Portuguese word lists for the splitter.

/// Portuguese abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "a.c", "abr", "adm", "ago", "al", "apto", "art", "av", "cap", "cf", "cia", "col", "d.c", "dez",
    "dr", "dra", "dras", "drs", "ed", "eng", "etc", "ex", "exa", "exma", "exmo", "fev", "fig",
    "gen", "gov", "hab", "ilma", "ilmo", "jan", "jr", "jul", "jun", "lda", "ltda", "mai", "máx",
    "mín", "nov", "nº", "núm", "out", "p.ex", "pe", "pp", "pres", "prof", "profa", "pág", "págs",
    "rev", "s.a", "set", "sr", "sra", "sras", "srs", "srta", "sta", "sto", "sáb", "tel", "vol",
    "vs",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "av", "cf", "dr", "dra", "dras", "drs", "eng", "exa", "exma", "exmo", "gen", "gov", "ilma",
    "ilmo", "p.ex", "pe", "pres", "prof", "profa", "sr", "sra", "sras", "srs", "srta", "sta",
    "sto",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &[
    "art", "cap", "fig", "nº", "núm", "pp", "pág", "págs", "tel", "vol",
];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a", "agora", "além", "ao", "aos", "as", "assim", "até", "com", "como", "contudo", "da", "das",
    "de", "depois", "desde", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "embora",
    "entre", "então", "essa", "esse", "esta", "este", "eu", "foi", "hoje", "há", "isso", "isto",
    "já", "mas", "muitos", "na", "nas", "no", "nos", "não", "nós", "o", "onde", "os", "para",
    "pela", "pelo", "por", "porque", "porém", "quando", "que", "quem", "se", "segundo", "sem",
    "seu", "sua", "também", "todos", "tudo", "um", "uma", "você", "à", "é",
];
