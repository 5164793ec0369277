//! Options given by name, as the command line, JavaScript and Python hand them over: each
//! face translates its own values into [`OptionValue`]s, and the defaults, the checks and
//! the messages that say what to give instead all live here, once.

use crate::error::Error;
use crate::language::Language;
use crate::length::Length;
use crate::summarizer::Summarizer;

/// A value given for an option by name, as a face of salient received it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptionValue<'a> {
    /// A number (JavaScript, Python and the command line all give numbers as `f64`).
    Number(f64),
    /// A string.
    Text(&'a str),
    /// A value of any other type, described for the error message: `"an array"`,
    /// `"the boolean true"`.
    Other(&'a str),
}

/// The names of the length budgets, of which a summary takes at most one.
const LENGTHS: [&str; 4] = ["sentences", "ratio", "words", "chars"];

impl Summarizer {
    /// The options [`Summarizer::from_options`] takes, by name.
    pub const OPTIONS: &'static [&'static str] = &[
        "sentences",
        "ratio",
        "words",
        "chars",
        "language",
        "format",
        "algorithm",
        "profile",
        "redundancy",
        "query",
    ];

    /// A summarizer from options given by name, the defaults standing in for the others:
    /// `sentences`, `ratio`, `words` or `chars` (at most one: the [`Length`]), `language`
    /// (a code, an English name or `"auto"`), `format`, `algorithm`, `profile` (by name),
    /// `redundancy` and `query` (a string). This is how the command line, JavaScript and Python read their options,
    /// so that all of them accept and refuse the same values with the same messages.
    ///
    /// ```
    /// use salient::{Length, OptionValue, Summarizer};
    ///
    /// let summarizer = Summarizer::from_options([
    ///     ("words", OptionValue::Number(60.0)),
    ///     ("language", OptionValue::Text("en")),
    /// ])?;
    /// assert_eq!(summarizer.get_length(), Length::Words(60));
    ///
    /// let error = Summarizer::from_options([("sentences", OptionValue::Number(2.5))]).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "the sentences budget must be a whole number of at least 1, not 2.5"
    /// );
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error`] for an unknown option name, a value of the wrong type, two length budgets,
    /// or a value [`Summarizer::validate`] refuses.
    pub fn from_options<'a>(
        options: impl IntoIterator<Item = (&'a str, OptionValue<'a>)>,
    ) -> Result<Summarizer, Error> {
        let mut summarizer = Summarizer::new();
        let mut length_given: Option<&'a str> = None;
        for (name, value) in options {
            match name {
                "sentences" | "ratio" | "words" | "chars" => {
                    if let Some(first) = length_given {
                        return Err(Error::ConflictingLengths {
                            first: first.to_string(),
                            second: name.to_string(),
                            known: LENGTHS.join(", "),
                        });
                    }
                    length_given = Some(name);
                    summarizer = summarizer.length(length(name, value)?);
                }
                "language" => summarizer = summarizer.language(parse("language", value)?),
                "format" => summarizer = summarizer.format(parse("format", value)?),
                "algorithm" => summarizer = summarizer.algorithm(parse("algorithm", value)?),
                "profile" => summarizer = summarizer.profile(parse("profile", value)?),
                "redundancy" => summarizer = summarizer.redundancy(number("redundancy", value)?),
                "query" => summarizer = summarizer.query(text("query", value)?),
                _ => return Err(unknown(name, Summarizer::OPTIONS)),
            }
        }
        summarizer.validate()?;
        Ok(summarizer)
    }
}

impl Language {
    /// The options [`Language::from_options`] takes, by name: the splitter's.
    pub const OPTIONS: &'static [&'static str] = &["language"];

    /// The language named by the options of the splitter ([`crate::split_sentences`]):
    /// `language`, a code, an English name or `"auto"` (the default).
    ///
    /// ```
    /// use salient::{Language, OptionValue};
    ///
    /// # #[cfg(feature = "lang-fr")] { // French is built with its feature
    /// let language = Language::from_options([("language", OptionValue::Text("French"))])?;
    /// assert_eq!(language, Language::French);
    /// # }
    /// assert_eq!(Language::from_options([])?, Language::Auto);
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error`] for an unknown option name, a value that is not a string, or a language
    /// this build does not know.
    pub fn from_options<'a>(
        options: impl IntoIterator<Item = (&'a str, OptionValue<'a>)>,
    ) -> Result<Language, Error> {
        let mut language = Language::Auto;
        for (name, value) in options {
            match name {
                "language" => language = parse("language", value)?,
                _ => return Err(unknown(name, Language::OPTIONS)),
            }
        }
        Ok(language)
    }
}

pub(crate) fn unknown(name: &str, known: &[&str]) -> Error {
    Error::UnknownOption {
        name: name.to_string(),
        known: known.join(", "),
    }
}

/// A named value (language, algorithm, profile) from its name.
pub(crate) fn parse<T>(option: &'static str, value: OptionValue<'_>) -> Result<T, Error>
where
    T: std::str::FromStr<Err = Error>,
{
    match value {
        OptionValue::Text(text) => text.parse(),
        other => Err(wrong_type(option, "a string", other)),
    }
}

fn text<'a>(option: &'static str, value: OptionValue<'a>) -> Result<&'a str, Error> {
    match value {
        OptionValue::Text(text) => Ok(text),
        other => Err(wrong_type(option, "a string", other)),
    }
}

pub(crate) fn number(option: &'static str, value: OptionValue<'_>) -> Result<f64, Error> {
    match value {
        OptionValue::Number(number) => Ok(number),
        other => Err(wrong_type(option, "a number", other)),
    }
}

/// The [`Length`] for one of the budget options.
fn length(name: &str, value: OptionValue<'_>) -> Result<Length, Error> {
    let option = match name {
        "sentences" => "sentences",
        "words" => "words",
        "chars" => "chars",
        _ => "ratio",
    };
    let amount = number(option, value)?;
    if option == "ratio" {
        return Ok(Length::Ratio(amount));
    }
    // Every face has a floating-point number here: refuse fractions and negatives rather
    // than truncate them. Numbers past `usize::MAX` saturate, which keeps every sentence.
    if !(amount >= 0.0 && amount.fract() == 0.0) {
        return Err(Error::NotWholeNumber {
            option,
            value: amount,
        });
    }
    let whole = amount as usize;
    Ok(match option {
        "sentences" => Length::Sentences(whole),
        "words" => Length::Words(whole),
        _ => Length::Chars(whole),
    })
}

fn wrong_type(option: &'static str, expected: &'static str, given: OptionValue<'_>) -> Error {
    let given = match given {
        OptionValue::Number(number) => format!("the number {}", crate::error::plain_number(number)),
        // Quoted plainly: `{:?}` would bring the Debug escaping of strings into the
        // WebAssembly module for this message alone.
        OptionValue::Text(text) => format!("the string \"{text}\""),
        OptionValue::Other(description) => description.to_string(),
    };
    Error::WrongOptionType {
        option,
        expected,
        given,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(feature = "query")]
    use crate::{Algorithm, Profile};

    fn error(options: &[(&str, OptionValue<'_>)]) -> String {
        Summarizer::from_options(options.iter().copied())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn no_options_are_the_defaults() {
        assert_eq!(Summarizer::from_options([]), Ok(Summarizer::new()));
    }

    #[test]
    #[cfg(feature = "query")]
    fn every_option_is_read() {
        let summarizer = Summarizer::from_options([
            ("ratio", OptionValue::Number(0.25)),
            ("language", OptionValue::Text("en")),
            ("format", OptionValue::Text("text")),
            ("algorithm", OptionValue::Text("textrank")),
            ("profile", OptionValue::Text("news")),
            ("redundancy", OptionValue::Number(0.7)),
            ("query", OptionValue::Text("bridge costs")),
        ])
        .unwrap();
        assert_eq!(
            summarizer,
            Summarizer::new()
                .length(Length::Ratio(0.25))
                .language(Language::English)
                .format(crate::Format::Text)
                .algorithm(Algorithm::TextRank)
                .profile(Profile::News)
                .redundancy(0.7)
                .query("bridge costs")
        );
    }

    #[test]
    #[cfg(not(feature = "query"))]
    fn a_query_is_refused_by_a_build_without_the_feature() {
        let message = error(&[("query", OptionValue::Text("bridge costs"))]);
        assert!(
            message.starts_with("this build does not answer queries"),
            "{message}"
        );
        assert!(message.contains("salient-summarizer/markdown"), "{message}");
    }

    #[test]
    fn wrong_values_say_what_to_give() {
        assert_eq!(
            error(&[("sentence", OptionValue::Number(1.0))]),
            "unknown option \"sentence\": the options are sentences, ratio, words, chars, \
             language, format, algorithm, profile, redundancy, query"
        );
        assert_eq!(
            error(&[
                ("words", OptionValue::Number(10.0)),
                ("chars", OptionValue::Number(10.0))
            ]),
            "give at most one length budget, one of sentences, ratio, words, chars; got words \
             and chars"
        );
        assert_eq!(
            error(&[("words", OptionValue::Number(-1.0))]),
            "the words budget must be a whole number of at least 1, not -1"
        );
        assert_eq!(
            error(&[("sentences", OptionValue::Number(0.0))]),
            "the length budget is 0 sentences: ask for at least 1 sentences"
        );
        assert!(
            error(&[("ratio", OptionValue::Number(f64::NAN))]).starts_with("the length ratio NaN")
        );
        assert_eq!(
            error(&[("language", OptionValue::Number(3.0))]),
            "the option language must be a string, not the number 3"
        );
        assert_eq!(
            error(&[("redundancy", OptionValue::Text("high"))]),
            "the option redundancy must be a number, not the string \"high\""
        );
        assert_eq!(
            error(&[("profile", OptionValue::Other("an array"))]),
            "the option profile must be a string, not an array"
        );
        assert!(
            error(&[("algorithm", OptionValue::Text("lexrank"))]).starts_with("unknown algorithm")
        );
        assert_eq!(
            error(&[("query", OptionValue::Number(1.0))]),
            "the option query must be a string, not the number 1"
        );
        assert!(error(&[("query", OptionValue::Text(" \n"))]).starts_with("the query is empty"));
    }

    #[test]
    fn huge_budgets_saturate() {
        let summarizer =
            Summarizer::from_options([("sentences", OptionValue::Number(1e300))]).unwrap();
        assert_eq!(summarizer.get_length(), Length::Sentences(usize::MAX));
    }

    #[test]
    fn the_splitter_takes_a_language_only() {
        assert_eq!(
            Language::from_options([("language", OptionValue::Text("EN"))]),
            Ok(Language::English)
        );
        assert_eq!(
            Language::from_options([("sentences", OptionValue::Number(3.0))])
                .unwrap_err()
                .to_string(),
            "unknown option \"sentences\": the options are language"
        );
    }
}
