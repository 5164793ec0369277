//! Spanish word lists for the splitter.

/// Spanish abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "a.c", "a.m", "abr", "admón", "ago", "apdo", "aprox", "art", "atte", "av", "avda", "c.v",
    "cap", "cf", "col", "coord", "cra", "cía", "d.c", "dic", "dom", "dpto", "dr", "dra", "dto",
    "dª", "ee.uu", "ej", "ene", "etc", "exc", "excma", "excmo", "ext", "feb", "fig", "gral", "hab",
    "hno", "hnos", "ing", "izq", "jue", "jul", "jun", "lic", "lun", "mar", "may", "min", "mié",
    "mtra", "mtro", "máx", "mín", "no", "nov", "n°", "nº", "núm", "oct", "p.ej", "p.m", "pp",
    "prof", "pza", "pág", "págs", "s.a", "sep", "sept", "sr", "sra", "sras", "sres", "srta", "sta",
    "sto", "sáb", "tel", "tfno", "ud", "uds", "vd", "vds", "vie", "vol",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "av", "avda", "cf", "dr", "dra", "dª", "excma", "excmo", "gral", "ing", "lic", "mtra", "mtro",
    "p.ej", "prof", "sr", "sra", "sras", "sres", "srta", "sta", "sto",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &[
    "apdo", "art", "cap", "ext", "fig", "no", "n°", "nº", "núm", "pp", "pág", "págs", "tel",
    "tfno", "vol",
];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a", "además", "ahora", "al", "aquí", "así", "aunque", "cada", "como", "con", "cuando", "cómo",
    "de", "del", "después", "donde", "durante", "dónde", "el", "ella", "ellas", "ellos", "en",
    "entonces", "es", "esa", "ese", "eso", "esta", "estas", "este", "esto", "estos", "está", "hay",
    "hoy", "la", "las", "le", "lo", "los", "mi", "mis", "muchos", "no", "nos", "nosotros",
    "nuestro", "para", "pero", "por", "porque", "quien", "quién", "qué", "se", "según", "si",
    "sin", "sobre", "su", "sus", "sí", "también", "todo", "todos", "tras", "tu", "un", "una",
    "unos", "usted", "y", "ya", "yo", "él",
];
