//! Which language a text is in: first by its script, then, among the languages written in
//! it, by the stop words it uses.
//!
//! Scripts settle most languages at once, each language declaring the one it is told by:
//! kana means Japanese, Hangul Korean, Han without kana Chinese, Cyrillic Russian (the one
//! Cyrillic language here), Greek, Arabic and Tamil their languages. Latin-script languages
//! share letters but hardly their most common words, so each word that is a stop word of some languages votes for them, a vote shared
//! among all the languages whose list holds it (`de` counts for Spanish, French, Dutch,
//! Portuguese and Danish alike; `the` for English alone).

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
    by_script(script, sample).unwrap_or(Language::English)
}

/// The language of a text written in `script`: the one language of this build written in
/// it, or, when several are, the one whose stop words the text uses most.
fn by_script(script: Script, sample: &str) -> Option<Language> {
    let candidates: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|language| language.script() == script)
        .collect();
    match candidates.as_slice() {
        [] => None,
        [language] => Some(*language),
        _ => by_stop_words(sample, &candidates),
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
fn by_stop_words(sample: &str, candidates: &[Language]) -> Option<Language> {
    let alphabets: Vec<bool> = candidates
        .iter()
        .map(|language| {
            let letters = language
                .stop_words()
                .iter()
                .filter(|word| word.chars().nth(1).is_none())
                .count();
            letters >= ALPHABET_LETTERS
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
        for ((hit, language), &alphabet) in hits.iter_mut().zip(candidates).zip(&alphabets) {
            // A list that holds the whole alphabet says nothing by a single letter, which is
            // an initial or a list mark as often as a word.
            if !(letter && alphabet) && language.is_stop_word(&lowercase) {
                *hit += 1;
            }
        }
    }
    candidates
        .iter()
        .zip(&hits)
        .filter(|&(_, &count)| count > 0)
        // On equal evidence English, the likeliest language of a text from the web, wins;
        // `min_by_key` keeps the first of equals, so further ties go to the order of
        // `Language::ALL`.
        .min_by_key(|&(&language, &count)| {
            (
                std::cmp::Reverse(count),
                language != Language::English,
                language.stop_words().len(),
            )
        })
        .map(|(&language, _)| language)
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
