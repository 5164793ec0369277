//! Russian word lists for the splitter.

/// Russian abbreviations whose final period does not by itself end a sentence: lowercase,
/// without the final period, sorted by bytes.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "акад", "англ", "букв", "г", "гг", "ген", "гл", "гр", "д", "доц", "др", "ж.д", "зав", "зам",
    "и.о", "изд", "им", "кв", "коп", "корр", "лат", "мин", "млн", "млрд", "н.э", "напр", "нем",
    "обл", "ок", "пгт", "пер", "пл", "пос", "пр", "проф", "р", "рис", "род", "руб", "св", "сек",
    "см", "ст", "стр", "т", "т.д", "т.е", "т.к", "т.н", "т.п", "тел", "тов", "тыс", "ул", "ум",
    "фр", "ч", "чел", "шт",
];

/// Abbreviations a sentence practically never ends on: titles and words that stand before
/// what they qualify. A subset of [`ABBREVIATIONS`].
pub(super) const NEVER_FINAL: &[&str] = &[
    "акад", "ген", "гр", "доц", "зав", "зам", "и.о", "им", "напр", "ок", "пгт", "пос", "проф",
    "св", "т.е", "т.к", "т.н", "тов", "ул",
];

/// Abbreviations only before a number; elsewhere ordinary words. A subset of
/// [`ABBREVIATIONS`].
pub(super) const BEFORE_NUMBERS: &[&str] = &["гл", "д", "кв", "рис", "стр", "тел"];

/// Capitalised, these words usually open a sentence: pronouns, articles, conjunctions,
/// prepositions and question words. Lowercase, sorted; elided forms end with `'`.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "а",
    "в",
    "вот",
    "все",
    "всё",
    "вы",
    "где",
    "да",
    "для",
    "его",
    "ее",
    "если",
    "её",
    "же",
    "здесь",
    "и",
    "из",
    "или",
    "их",
    "к",
    "как",
    "когда",
    "кроме",
    "кто",
    "мы",
    "на",
    "наш",
    "не",
    "нет",
    "но",
    "о",
    "однако",
    "он",
    "она",
    "они",
    "оно",
    "от",
    "по",
    "после",
    "потом",
    "поэтому",
    "при",
    "с",
    "сейчас",
    "так",
    "также",
    "там",
    "теперь",
    "тогда",
    "у",
    "хотя",
    "что",
    "эта",
    "эти",
    "это",
    "этот",
    "я",
];
