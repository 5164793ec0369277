//! Properties that hold for any text and any options: summaries are exact, ordered,
//! distinct slices of the input within their budget; the splitter covers the text; nothing
//! panics and every run gives the same answer.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use salient::{split_sentences, Algorithm, Language, Length, Profile, Summarizer};

/// Words, marks and separators that make texts with many sentences, abbreviations,
/// quotes, lists, scripts and line structures.
const PIECES: &[&str] = &[
    "The",
    "council",
    "approved",
    "bridge",
    "Mr.",
    "U.S.",
    "e.g.",
    "3.14",
    "$12.5",
    "No.",
    "1.",
    "a)",
    "•",
    "He",
    "However,",
    "said",
    "\"Stop.\"",
    "(see",
    "below).",
    "...",
    "…",
    "?!",
    "!",
    ".",
    "?",
    ";",
    ":",
    "—",
    "-",
    "'",
    "’",
    "«",
    "»",
    "„",
    "“",
    "”",
    "der",
    "Straße",
    "été",
    "Москва",
    "г.",
    "東京",
    "。",
    "天气",
    "很好",
    "！",
    "؟",
    "مرحبا",
    "।",
    "नमस्ते",
    "Բարեւ",
    ":",
    "🙂",
    "👩‍💻",
    "\u{200d}",
    "\u{feff}",
    "\u{0}",
    "\u{301}",
    "\t",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2029}",
    "\u{a0}",
];

fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        // Texts built from the pieces above, which hit the splitter's rules.
        prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| {
            let mut text = String::new();
            for (i, piece) in pieces.iter().enumerate() {
                if i > 0 && i % 3 != 0 {
                    text.push(' ');
                }
                text.push_str(piece);
            }
            text
        }),
        // Conversations: turns behind labels of every kind, caption timings and markup.
        prop::collection::vec(
            (
                prop::sample::select(TURN_OPENINGS),
                prop::collection::vec(prop::sample::select(PIECES), 0..12),
            ),
            0..40,
        )
        .prop_map(|turns| {
            turns
                .iter()
                .map(|(opening, words)| format!("{opening}{}\n", words.join(" ")))
                .collect()
        }),
        // Any Unicode at all.
        any::<String>(),
    ]
}

/// What opens a line of a transcript, a chat or a caption file.
const TURN_OPENINGS: &[&str] = &[
    "Anna: ",
    "Dr. Ben: ",
    "#Person1#: ",
    "PhD A: ",
    "[00:12:03] Anna: ",
    "Ben (00:12): ",
    "[12:01] bob: ",
    "Anna:",
    "WEBVTT\n\n",
    "00:00:01,000 --> 00:00:02,000\n",
    "2\n00:01.000 --> 00:02.000 align:start\n",
    "<v Anna>",
    "{vocalsound} ",
    "Anna: uh {disfmarker} ",
    "Ben: Yeah , um {vocalsound} ",
    "Anna: Okay - ",
    "\n",
    "",
];

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        (0usize..12).prop_map(Length::Sentences),
        (0usize..80).prop_map(Length::Words),
        (0usize..400).prop_map(Length::Chars),
        prop_oneof![
            Just(0.0),
            Just(1.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-0.5),
            0.0f64..1.5
        ]
        .prop_map(Length::Ratio),
        Just(Length::Sentences(usize::MAX)),
        Just(Length::Words(usize::MAX)),
    ]
}

fn summarizer() -> impl Strategy<Value = Summarizer> {
    (
        length(),
        prop::sample::select(
            std::iter::once(Language::Auto)
                .chain(Language::ALL.iter().copied())
                .collect::<Vec<_>>(),
        ),
        prop::sample::select(Algorithm::ALL.to_vec()),
        prop::sample::select(Profile::ALL.to_vec()),
        prop_oneof![
            Just(0.5),
            Just(1.0),
            Just(0.0),
            Just(f64::NAN),
            0.01f64..1.0
        ],
        // Half the summaries answer a query: words of the texts, any text (empty and
        // whitespace-only ones are refused), or none.
        prop_oneof![
            Just(None),
            prop::collection::vec(prop::sample::select(PIECES), 1..6)
                .prop_map(|words| Some(words.join(" "))),
            texty().prop_map(Some),
        ],
    )
        .prop_map(
            |(length, language, algorithm, profile, redundancy, query)| {
                let summarizer = Summarizer::new()
                    .length(length)
                    .language(language)
                    .algorithm(algorithm)
                    .profile(profile)
                    .redundancy(redundancy);
                match query {
                    Some(query) => summarizer.query(query),
                    None => summarizer,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn summaries_are_exact_ordered_distinct_and_within_budget(
        text in texty(),
        summarizer in summarizer(),
    ) {
        let Ok(summary) = summarizer.summarize(&text) else {
            // Only invalid options are refused, and they are refused for every text.
            prop_assert!(summarizer.validate().is_err());
            return Ok(());
        };
        prop_assert!(summarizer.validate().is_ok());
        let mut previous: Option<usize> = None;
        for sentence in &summary.sentences {
            prop_assert!(text.is_char_boundary(sentence.span.start));
            prop_assert!(text.is_char_boundary(sentence.span.end));
            prop_assert_eq!(&text[sentence.span.clone()], sentence.text);
            prop_assert!(sentence.score.is_finite());
            prop_assert!((0.0..=1.0).contains(&sentence.score));
            prop_assert!(sentence.index < summary.document_sentences);
            if let Some(previous) = previous {
                prop_assert!(previous < sentence.index, "order and no repeats");
            }
            previous = Some(sentence.index);
        }
        match summarizer.get_length() {
            Length::Sentences(n) => prop_assert!(summary.len() <= n),
            Length::Chars(n) => {
                let chars: usize = summary.sentences.iter().map(|s| s.text.chars().count()).sum();
                prop_assert!(chars <= n);
            }
            Length::Words(n) => {
                let words: usize = summary.sentences.iter().map(|s| salient::word_count(s.text)).sum();
                prop_assert!(words <= n);
            }
            Length::Ratio(_) => {}
        }
        prop_assert!(summary.len() <= summary.document_sentences);
        prop_assert_eq!(summary.query_matched.is_some(), summarizer.get_query().is_some());
        if summary.query_matched == Some(false) {
            // A query that matches nothing gives the summary without a query.
            let generic = Summarizer::new()
                .length(summarizer.get_length())
                .language(summarizer.get_language())
                .algorithm(summarizer.get_algorithm())
                .profile(summarizer.get_profile())
                .redundancy(summarizer.get_redundancy())
                .summarize(&text)
                .map(|generic| generic.sentences);
            prop_assert_eq!(generic.as_ref(), Ok(&summary.sentences));
        }
        // The same answer every time.
        prop_assert_eq!(summarizer.summarize(&text).ok(), Some(summary));
    }

    #[test]
    fn the_splitter_covers_the_text_exactly_once(text in texty()) {
        let segments = split_sentences(&text, Language::Auto);
        let mut covered = 0;
        for segment in &segments {
            prop_assert!(segment.span.start >= covered, "segments overlap or go back");
            prop_assert_eq!(&text[segment.span.clone()], segment.text);
            prop_assert!(!segment.text.is_empty());
            prop_assert!(!segment.text.starts_with(char::is_whitespace));
            prop_assert!(!segment.text.ends_with(char::is_whitespace));
            prop_assert!(text[covered..segment.span.start].chars().all(char::is_whitespace),
                "text between segments must be whitespace");
            covered = segment.span.end;
        }
        prop_assert!(text[covered..].chars().all(char::is_whitespace));
        prop_assert_eq!(split_sentences(&text, Language::Auto), segments);
    }
}
