//! Fillers of speech: hesitations (`uh`, `um`), backchannels (`yeah`, `mm-hmm`, `right`)
//! and discourse markers (`okay`, `well`) that carry no content in a conversation, however
//! often they occur. Each list is sorted, one word a line, lowercase; a word the stop-word
//! list already holds need not be here. Languages without a list leave only their stop
//! words out.

use super::WordList;

/// The fillers of the language with ISO 639-1 code `code`, if salient has a list for it.
pub(super) fn fillers(code: &str) -> Option<WordList> {
    let words = match code {
        "en" => ENGLISH,
        "de" => GERMAN,
        "es" => SPANISH,
        "fr" => FRENCH,
        "it" => ITALIAN,
        "nl" => DUTCH,
        "pt" => PORTUGUESE,
        _ => return None,
    };
    Some(WordList(words))
}

/// Sounds of hesitation (`uh`, `ähm`, `euh`), sorted: fillers that carry no meaning even
/// where no pause sets them apart, unlike a backchannel or a discourse marker (`right now`,
/// `thank you`). A word counts as one only where the language's list holds it too, so that
/// German `er` ("he") is no hesitation.
const HESITATIONS: &[&str] = &[
    "ah", "eh", "ehm", "er", "erm", "euh", "hm", "hmm", "hum", "mhm", "mm", "mmm", "uh", "uhm",
    "um", "umm", "äh", "ähm",
];

/// Whether the lowercase `word` is a sound of hesitation in any language (see
/// [`HESITATIONS`]).
pub(super) fn is_hesitation(word: &str) -> bool {
    HESITATIONS.binary_search(&word).is_ok()
}

// Hyphenated backchannels are split into their parts by the word splitter, so their parts
// are listed (`uh-huh` → `uh`, `huh`).
const ENGLISH: &str = "\
absolutely
ah
aha
alright
bye
cool
eh
er
erm
exactly
gonna
great
hello
hey
hi
hm
hmm
huh
ma'am
mhm
mm
mmm
nope
oh
ok
okay
oops
right
sir
sure
thank
thanks
uh
uhm
um
umm
wow
yeah
yep
yes
yup
";

const GERMAN: &str = "\
ach
aha
also
genau
hallo
hm
hmm
ja
jaja
mhm
naja
nee
nein
okay
tja
äh
ähm
";

const SPANISH: &str = "\
ah
bueno
claro
eh
este
hola
mhm
mm
oye
pues
sí
vale
";

const FRENCH: &str = "\
ah
bah
ben
bon
bref
d'accord
euh
hein
hm
mhm
ok
okay
ouais
oui
voilà
";

const ITALIAN: &str = "\
allora
beh
boh
cioè
ehm
mah
mhm
ok
okay
sì
vabbè
";

const DUTCH: &str = "\
eh
ehm
hè
ja
jawel
nou
okay
oké
uh
";

const PORTUGUESE: &str = "\
ah
então
hum
né
ok
olá
pois
sim
tipo
é
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_without_repeats() {
        for list in [ENGLISH, GERMAN, SPANISH, FRENCH, ITALIAN, DUTCH, PORTUGUESE] {
            let words: Vec<&str> = list.lines().collect();
            assert!(words.windows(2).all(|pair| pair[0] < pair[1]), "{words:?}");
            assert!(words.iter().all(|word| word.to_lowercase() == *word));
        }
        assert!(fillers("en").is_some_and(|list| list.contains("uh") && !list.contains("budget")));
        assert!(HESITATIONS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_hesitation("uh") && is_hesitation("ähm") && !is_hesitation("right"));
    }
}
