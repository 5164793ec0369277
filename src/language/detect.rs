//! Which language a text is in: first by its script, then, among the languages written in
//! it, by the stop words it uses.
//!
//! Scripts settle most languages at once, each language declaring the one it is told by:
//! kana means Japanese, Hangul Korean, Han without kana Chinese, Cyrillic Russian (the one
//! Cyrillic language here), Greek, Arabic and Tamil their languages. Latin-script languages
//! share letters but hardly their most common words, so each word that is a stop word of some languages votes for them, a vote shared
//! among all the languages whose list holds it (`de` counts for Spanish, French, Dutch,
//! Portuguese and Danish alike; `the` for English alone).

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use super::scripts::Script;
use super::Language;

/// How much of the text is read: enough for any real document's language, and a bound on
/// the time taken for a huge one.
const SAMPLE_BYTES: usize = 64 * 1024;

/// At most this many words are read: far more than the language needs to show.
const MAX_WORDS: usize = 2000;

/// Whether the stop-word counts so far leave no doubt: the leading language has found
/// enough words, twice as many as any other.
fn is_decisive(hits: &[usize]) -> bool {
    let (mut best, mut second) = (0, 0);
    for &count in hits {
        if count > best {
            (best, second) = (count, best);
        } else if count > second {
            second = count;
        }
    }
    best >= 30 && best >= 2 * second
}

/// A stop-word list with this many single letters holds the alphabet rather than words.
const ALPHABET_LETTERS: usize = 15;

/// The position of `script` in [`Script::ALL`], where its count is kept.
fn slot(script: Script) -> usize {
    Script::ALL.iter().position(|&s| s == script).unwrap_or(0)
}

/// The language of `text`; English when nothing tells.
pub(super) fn detect(text: &str) -> Language {
    // One text: each list is searched for its words, and no table is made.
    let mut detector = Detector {
        alphabets: vec![None; Language::ALL.len()],
        lengths: vec![None; Language::ALL.len()],
        lists: Box::new(Searched),
    };
    detector.detect(text)
}

/// The bit of the language at `position` in [`Language::ALL`], in a set of them.
fn bit(position: usize) -> u64 {
    u32::try_from(position)
        .ok()
        .and_then(|position| 1u64.checked_shl(position))
        .unwrap_or(0)
}

/// Which stop-word lists hold a lowercased word: what telling languages of one script apart
/// asks. Answered for one text by searching the packed lists, and for the documents of a
/// collection by a table of all their words made once ([`Indexed`]). Called through a trait
/// object: the detection code exists once, and only a program that summarizes collections
/// makes an [`Indexed`], so only it carries the table's code.
pub(crate) trait StopWordLists {
    /// Those among `wanted` (a set of positions in [`Language::ALL`], see [`bit`]) whose
    /// lists hold `word`.
    fn holding(&mut self, word: &str, wanted: u64) -> u64;
}

/// Each wanted list searched for each word: nothing to make before the first word.
#[derive(Debug, Default)]
pub(crate) struct Searched;

impl StopWordLists for Searched {
    fn holding(&mut self, word: &str, wanted: u64) -> u64 {
        Language::ALL
            .iter()
            .enumerate()
            .filter(|&(position, _)| wanted & bit(position) != 0)
            .filter(|&(_, language)| language.is_stop_word(word))
            .fold(0, |holding, (position, _)| holding | bit(position))
    }
}

/// Every stop word of the languages that share a script with another, with the lists that
/// hold it, in one table made when a text first asks: one lookup per word, where searching
/// took one per list. Many short texts each read every word, as none is long enough for
/// the count to become decisive.
///
/// The table is made once for all the detectors that share it ([`Detector::sharing`]): the
/// threads of a batch each have a detector of their own, and one table.
#[derive(Debug, Default)]
pub(crate) struct Indexed {
    table: Arc<OnceLock<Table>>,
}

/// The table of [`Indexed`]. It maps each word to an index into `holding` rather than to
/// the set itself, so that it is the same kind of map as the tokenizer's and the
/// WebAssembly module carries one copy of the hash table's code.
#[derive(Debug, Default)]
pub(crate) struct Table {
    words: FxHashMap<Box<str>, u32>,
    holding: Vec<u64>,
}

impl Table {
    fn make() -> Table {
        let mut table = Table::default();
        for (position, language) in Language::ALL.iter().enumerate() {
            let shared = Language::ALL
                .iter()
                .any(|other| other != language && other.script() == language.script());
            if !shared {
                continue;
            }
            for word in language.stop_words().iter() {
                let set = match table.words.get(word) {
                    Some(&index) => table.holding.get_mut(index as usize),
                    None => {
                        let Ok(index) = u32::try_from(table.holding.len()) else {
                            continue;
                        };
                        table.words.insert(Box::from(word), index);
                        table.holding.push(0);
                        table.holding.last_mut()
                    }
                };
                if let Some(set) = set {
                    *set |= bit(position);
                }
            }
        }
        table
    }
}

impl StopWordLists for Indexed {
    fn holding(&mut self, word: &str, wanted: u64) -> u64 {
        let table = self.table.get_or_init(Table::make);
        table
            .words
            .get(word)
            .and_then(|&index| table.holding.get(index as usize))
            .map_or(0, |&set| set & wanted)
    }
}

/// Tells the language of many texts (the documents of a collection), working out once what
/// detection needs to know of each language's stop words rather than once per text.
// Not `Debug`: the trait object would carry the formatting code of the table into the
// WebAssembly module.
pub(crate) struct Detector {
    /// Whether each language's stop-word list holds the alphabet, by its position in
    /// [`Language::ALL`]; worked out when a text first needs it.
    alphabets: Vec<Option<bool>>,
    /// How many words each language's stop-word list holds, worked out when first needed.
    lengths: Vec<Option<usize>>,
    /// Which lists hold a word.
    lists: Box<dyn StopWordLists + Send + Sync>,
}

impl Detector {
    pub(crate) fn new() -> Self {
        Detector::sharing(Arc::default())
    }

    /// A detector whose table of stop words is `table`, made by whichever of the detectors
    /// that share it first needs it.
    pub(crate) fn sharing(table: Arc<OnceLock<Table>>) -> Self {
        Detector {
            alphabets: vec![None; Language::ALL.len()],
            lengths: vec![None; Language::ALL.len()],
            lists: Box::new(Indexed { table }),
        }
    }
    /// How many words the stop-word list of `language` holds.
    fn list_length(&mut self, language: Language) -> usize {
        let position = Language::ALL.iter().position(|&l| l == language);
        if let Some(Some(known)) = position.and_then(|p| self.lengths.get(p)) {
            return *known;
        }
        let length = language.stop_words().len();
        if let Some(slot) = position.and_then(|p| self.lengths.get_mut(p)) {
            *slot = Some(length);
        }
        length
    }

    /// This language, or the one detected in `text` for [`Language::Auto`], as
    /// [`Language::resolve`] gives it.
    pub(crate) fn resolve(&mut self, language: Language, text: &str) -> Language {
        match language {
            Language::Auto => self.detect(text),
            language => language,
        }
    }

    /// The language of `text`; English when nothing tells.
    pub(crate) fn detect(&mut self, text: &str) -> Language {
        detect_with(text, self)
    }

    /// Whether the stop-word list of `language` holds the alphabet: enough single letters
    /// that a single letter says nothing of the language.
    fn holds_alphabet(&mut self, language: Language) -> bool {
        let position = Language::ALL.iter().position(|&l| l == language);
        if let Some(Some(known)) = position.and_then(|p| self.alphabets.get(p)) {
            return *known;
        }
        let letters = language
            .stop_words()
            .iter()
            .filter(|word| word.chars().nth(1).is_none())
            .count();
        let holds = letters >= ALPHABET_LETTERS;
        if let Some(slot) = position.and_then(|p| self.alphabets.get_mut(p)) {
            *slot = Some(holds);
        }
        holds
    }
}

fn detect_with(text: &str, detector: &mut Detector) -> Language {
    let sample = sample(text);
    let mut counts = [0usize; Script::ALL.len()];
    for script in sample.chars().filter_map(Script::of) {
        counts[slot(script)] += 1;
    }
    let count = |script: Script| counts[slot(script)];
    // Han and kana count together as the writing of Chinese and Japanese.
    let cjk = count(Script::Han) + count(Script::Kana);
    let dominant = Script::ALL
        .iter()
        .copied()
        .filter(|&s| s != Script::Han && s != Script::Kana)
        .map(|s| (s, count(s)))
        .chain(std::iter::once((Script::Han, cjk)))
        // On a tie the earlier script wins, so the answer never depends on hashing.
        .fold(
            (Script::Latin, 0),
            |best, (s, n)| if n > best.1 { (s, n) } else { best },
        );
    let script = match dominant {
        (_, 0) => return Language::English,
        // Japanese writes its grammar in kana; Chinese has none.
        (Script::Han, _) if count(Script::Kana) * 10 >= cjk => Script::Kana,
        (script, _) => script,
    };
    by_script(script, sample, detector).unwrap_or(Language::English)
}

/// The language of a text written in `script`: the one language of this build written in
/// it, or, when several are, the one whose stop words the text uses most.
fn by_script(script: Script, sample: &str, detector: &mut Detector) -> Option<Language> {
    let candidates: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|language| language.script() == script)
        .collect();
    match candidates.as_slice() {
        [] => None,
        [language] => Some(*language),
        _ => {
            let alphabets: Vec<bool> = candidates
                .iter()
                .map(|&language| detector.holds_alphabet(language))
                .collect();
            by_stop_words(sample, &candidates, &alphabets, detector)
        }
    }
}

/// The start of `text`, at most [`SAMPLE_BYTES`] long, cut at a char boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or(text)
}

/// The language among `candidates` whose stop-word list holds the most of the text's words;
/// on a tie English, then the language with the shorter list, which holds a given word by
/// chance the less. `None` when no word is a stop word anywhere.
///
/// This is a naive Bayes choice with each list as a uniform word model: a word missing from
/// a list costs far more than a longer list does, so the count of words found decides first.
///
/// `alphabets` says of each candidate whether its list holds the alphabet; `detector`
/// tells which lists hold a word.
fn by_stop_words(
    sample: &str,
    candidates: &[Language],
    alphabets: &[bool],
    detector: &mut Detector,
) -> Option<Language> {
    let positions: Vec<usize> = candidates
        .iter()
        .map(|&language| {
            Language::ALL
                .iter()
                .position(|&l| l == language)
                .unwrap_or(usize::MAX)
        })
        .collect();
    let mut hits = vec![0usize; candidates.len()];
    let mut lowercase = String::new();
    for (count, (_, word)) in crate::words::word_indices(sample).enumerate() {
        if count >= MAX_WORDS || (count % 64 == 63 && is_decisive(&hits)) {
            break;
        }
        lowercase.clear();
        for c in word.chars() {
            if c == '\u{2019}' {
                lowercase.push('\'');
            } else {
                lowercase.extend(crate::lowercase::lowercase(c));
            }
        }
        let letter = lowercase.chars().nth(1).is_none();
        // A list that holds the whole alphabet says nothing by a single letter, which is an
        // initial or a list mark as often as a word.
        let wanted = positions
            .iter()
            .zip(alphabets)
            .filter(|&(_, &alphabet)| !(letter && alphabet))
            .fold(0, |wanted, (&position, _)| wanted | bit(position));
        let holding = detector.lists.holding(&lowercase, wanted);
        for (hit, &position) in hits.iter_mut().zip(&positions) {
            if holding & bit(position) != 0 {
                *hit += 1;
            }
        }
    }
    let lengths: Vec<usize> = candidates
        .iter()
        .zip(&hits)
        .map(|(&language, &count)| {
            if count > 0 {
                detector.list_length(language)
            } else {
                0
            }
        })
        .collect();
    candidates
        .iter()
        .zip(&hits)
        .zip(&lengths)
        .filter(|&((_, &count), _)| count > 0)
        // On equal evidence English, the likeliest language of a text from the web, wins;
        // `min_by_key` keeps the first of equals, so further ties go to the order of
        // `Language::ALL`.
        .min_by_key(|&((&language, &count), &length)| {
            (
                std::cmp::Reverse(count),
                language != Language::English,
                length,
            )
        })
        .map(|((&language, _), _)| language)
}

#[cfg(all(test, feature = "all-languages"))]
mod tests {
    use super::*;

    #[test]
    fn scripts_decide_at_once() {
        assert_eq!(
            detect("今日は良い天気ですね。散歩に行きましょう。"),
            Language::Japanese
        );
        assert_eq!(detect("今天天气很好。我们去散步吧。"), Language::Chinese);
        assert_eq!(
            detect("오늘은 날씨가 좋습니다. 산책하러 갑시다."),
            Language::Korean
        );
        assert_eq!(
            detect("Сегодня хорошая погода. Пойдём гулять."),
            Language::Russian
        );
        assert_eq!(detect("Σήμερα ο καιρός είναι καλός."), Language::Greek);
        assert_eq!(
            detect("الطقس جميل اليوم. دعنا نذهب للتنزه."),
            Language::Arabic
        );
        assert_eq!(detect("இன்று வானிலை நன்றாக உள்ளது."), Language::Tamil);
    }

    #[test]
    fn latin_languages_by_their_stop_words() {
        let cases = [
            (
                "The weather is fine today, and we will go for a walk.",
                Language::English,
            ),
            (
                "Das Wetter ist heute schön, und wir gehen spazieren.",
                Language::German,
            ),
            (
                "Il fait beau aujourd'hui et nous allons nous promener.",
                Language::French,
            ),
            (
                "Hoy hace buen tiempo y vamos a dar un paseo por el parque.",
                Language::Spanish,
            ),
            (
                "Oggi il tempo è bello e andiamo a fare una passeggiata.",
                Language::Italian,
            ),
            (
                "Het weer is vandaag mooi en we gaan een wandeling maken.",
                Language::Dutch,
            ),
            (
                "Hoje o tempo está bom e nós vamos dar um passeio.",
                Language::Portuguese,
            ),
            (
                "Vejret er godt i dag, og vi skal ud at gå en tur.",
                Language::Danish,
            ),
            (
                "Vädret är fint i dag och vi ska gå en promenad.",
                Language::Swedish,
            ),
            (
                "Sää on tänään kaunis, ja me menemme kävelylle.",
                Language::Finnish,
            ),
            (
                "Ma szép idő van, és elmegyünk sétálni a parkba.",
                Language::Hungarian,
            ),
            (
                "Bugün hava çok güzel ve biz yürüyüşe çıkacağız.",
                Language::Turkish,
            ),
            (
                "Astăzi vremea este frumoasă și noi mergem la plimbare.",
                Language::Romanian,
            ),
        ];
        for (text, language) in cases {
            assert_eq!(detect(text), language, "{text}");
        }
    }

    #[test]
    fn a_collections_table_gives_what_searching_the_lists_gives() {
        let texts = [
            "The weather is fine today, and we will go for a walk.",
            "Das Wetter ist heute schön, und wir gehen spazieren.",
            "Il fait beau aujourd'hui et nous allons nous promener.",
            "Hoy hace buen tiempo y vamos a dar un paseo por el parque.",
            "Vejret er godt i dag, og vi skal ud at gå en tur.",
            "Sää on tänään kaunis, ja me menemme kävelylle.",
            "a b c d e f g h i j k l m n o p",
            "Ma szép idő van, és elmegyünk sétálni a parkba.",
            "It\u{2019}s the end. O fim é hoje.",
            "",
            "1234 5678",
        ];
        let mut detector = Detector::new();
        // Twice over, so that the second round reads words the table was made for.
        for text in texts.iter().chain(&texts) {
            assert_eq!(detector.detect(text), detect(text), "{text}");
        }
        // Word by word too: the table holds the lists of the languages that share a script.
        let shared = Language::ALL
            .iter()
            .enumerate()
            .filter(|&(_, l)| {
                Language::ALL
                    .iter()
                    .any(|o| o != l && o.script() == l.script())
            })
            .fold(0, |set, (position, _)| set | bit(position));
        let mut indexed = Indexed::default();
        for word in ["the", "de", "und", "og", "ja", "a", "xyzzy", "", "é"] {
            assert_eq!(
                indexed.holding(word, shared),
                Searched.holding(word, shared),
                "{word}"
            );
        }
        assert_ne!(Indexed::default().holding("the", shared), 0);
    }

    #[test]
    fn nothing_to_tell_is_english() {
        assert_eq!(detect(""), Language::English);
        assert_eq!(detect("1234 5678 !!!"), Language::English);
        assert_eq!(detect("Xyzzy Plugh"), Language::English);
    }

    #[test]
    fn only_the_start_of_a_huge_text_is_read() {
        let mut text = "Das Wetter ist heute schön, und wir gehen spazieren. ".repeat(2000);
        text.push_str(&"The weather is fine today. ".repeat(100_000));
        assert_eq!(detect(&text), Language::German);
    }
}
