//! Whether a sentence speaks in its writer's own first person: "I ordered the special",
//! "we waited an hour". In a collection of reviews, such a sentence tells one customer's
//! visit; a summary of them all says what holds for every customer, impersonally ("the
//! staff is friendly"). In news, the first person is mostly someone quoted, and a sentence
//! with quotation marks is not taken for the writer's voice.

use crate::language::Language;

/// The marks that open or close a quotation, in the languages salient reads.
const QUOTATION_MARKS: [char; 10] = [
    '"', '\u{201C}', '\u{201D}', '\u{201E}', '\u{00AB}', '\u{00BB}', '\u{2039}', '\u{203A}',
    '\u{300C}', '\u{300D}',
];

/// The first-person pronouns and possessives of `language` (singular and plural),
/// lowercase and separated by spaces, each as it stands before an apostrophe (English
/// `I'm` is `i`, French `j'ai` is `j`). Empty for the languages without a list: there
/// nothing is taken for the writer's voice. Languages that drop the subject pronoun
/// (Spanish, Italian, Portuguese) show the first person here only by their other forms.
/// One string per language rather than a table of words, which keeps the WebAssembly
/// module small.
fn first_person(language: Language) -> &'static str {
    match language.code() {
        "da" => "jeg mig min mine mit os vi vores",
        "de" => {
            "ich mein meine meinem meinen meiner meines mich mir uns unser unsere unserem \
             unseren unserer unseres wir"
        }
        "en" => "i me mine my myself our ours ourselves us we",
        "es" => {
            "conmigo me mi mis mí mía mías mío míos nosotras nosotros nuestra nuestras \
             nuestro nuestros yo"
        }
        "fr" => "j je m ma me mes moi mon nos notre nous",
        "it" => "io me mi mia mie miei mio noi nostra nostre nostri nostro",
        "nl" => "ik me mij mijn ons onze we wij",
        "no" => "jeg meg min mine mitt oss vi vår vårt våre",
        "pt" => "comigo eu me meu meus mim minha minhas nossa nossas nosso nossos nós",
        "ru" => {
            "я меня мне мной мой моя моё мое мои моего моей моему моих мы нас нам нами наш \
             наша наше наши"
        }
        "sv" => "jag mig min mina mitt oss vi vår våra vårt",
        _ => "",
    }
}

/// The first-person pronouns of one language at a time, split out of [`first_person`]'s
/// string once for all the sentences read in it.
#[derive(Debug, Default)]
pub(super) struct Pronouns {
    language: Option<Language>,
    words: Vec<&'static str>,
    /// The chars of the longest.
    longest: usize,
}

impl Pronouns {
    pub(super) fn new() -> Self {
        Pronouns::default()
    }

    /// Whether `sentence`, in `language`, has a first-person pronoun or possessive and no
    /// quotation mark. A word of two letters or more written all in capitals is an
    /// abbreviation (`US`), not a pronoun.
    ///
    /// Words are runs of letters and digits, with the apostrophes and periods within them
    /// (`I'm`, `U.S.`): a pronoun is a word of its own in every language with a list, so
    /// the cheap split finds what Unicode's word boundaries would, and words longer than
    /// the longest pronoun are never lowercased.
    pub(super) fn speaks_in_first_person(&mut self, sentence: &str, language: Language) -> bool {
        if self.language != Some(language) {
            self.language = Some(language);
            self.words.clear();
            self.words
                .extend(first_person(language).split(' ').filter(|w| !w.is_empty()));
            self.longest = self
                .words
                .iter()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
        }
        if self.words.is_empty() || sentence.chars().any(|c| QUOTATION_MARKS.contains(&c)) {
            return false;
        }
        let mut lowercase = String::new();
        let mut start: Option<usize> = None;
        let ends = sentence
            .char_indices()
            .chain(std::iter::once((sentence.len(), ' ')));
        for (at, c) in ends {
            let within = c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '.');
            match start {
                None if within => start = Some(at),
                Some(from) if !within => {
                    start = None;
                    let word = sentence.get(from..at).unwrap_or_default();
                    if self.is_pronoun(word, &mut lowercase) {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Whether `word` is one of the pronouns; `lowercase` is room to lowercase it in.
    fn is_pronoun(&self, word: &str, lowercase: &mut String) -> bool {
        let word = word.trim_matches('.');
        let stem_end = word
            .char_indices()
            .find(|&(_, c)| c == '\'' || c == '\u{2019}')
            .map_or(word.len(), |(at, _)| at);
        let stem = word.get(..stem_end).unwrap_or_default();
        // Lowercasing never makes fewer chars: a longer word is no pronoun.
        if stem.is_empty() || stem.chars().nth(self.longest).is_some() {
            return false;
        }
        let mut letters = stem.chars();
        let single = letters.next().is_some() && letters.next().is_none();
        if !single && !stem.chars().any(char::is_lowercase) {
            return false;
        }
        // Most words are ASCII: compared as they stand, with no lowercase copy.
        if stem.is_ascii() {
            return self.words.iter().any(|p| p.eq_ignore_ascii_case(stem));
        }
        lowercase.clear();
        lowercase.extend(stem.chars().flat_map(crate::lowercase::lowercase));
        self.words.contains(&lowercase.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writers_first_person_is_found() {
        let english = Language::English;
        for sentence in [
            "I ordered the special and it was cold.",
            "We waited an hour for a table.",
            "I'm never coming back.",
            "The waiter forgot my drink.",
            "They gave us the wrong order.",
            "I\u{2019}ve had better burgers.",
        ] {
            assert!(
                Pronouns::new().speaks_in_first_person(sentence, english),
                "{sentence}"
            );
        }
    }

    #[test]
    fn impersonal_quoted_or_abbreviated_sentences_are_not_the_writers_voice() {
        let english = Language::English;
        for sentence in [
            "The staff is friendly and the food is good.",
            "It is easy to use and easy to clean.",
            "\"We will appeal,\" the lawyer said.",
            "The minister said \u{201C}I have no regrets.\u{201D}",
            "The US team won the final.",
            "The U.S. team and I.B.M. staff met.",
            "",
        ] {
            assert!(
                !Pronouns::new().speaks_in_first_person(sentence, english),
                "{sentence}"
            );
        }
    }

    #[test]
    fn each_language_reads_its_own_pronouns() {
        // Languages without a list have no first person to find.
        assert!(first_person(Language::English)
            .split(' ')
            .all(|word| !word.is_empty() && word == word.to_lowercase()));
        #[cfg(feature = "lang-fr")]
        {
            assert!(Pronouns::new()
                .speaks_in_first_person("J'ai adoré ce restaurant.", Language::French));
            assert!(
                !Pronouns::new().speaks_in_first_person("Le service est rapide.", Language::French)
            );
        }
        #[cfg(feature = "lang-de")]
        assert!(Pronouns::new().speaks_in_first_person("Wir kommen wieder.", Language::German));
        #[cfg(feature = "lang-ja")]
        assert!(!Pronouns::new().speaks_in_first_person("私は行きました。", Language::Japanese));
    }
}
