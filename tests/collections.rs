//! One summary of many documents: exact slices of each document, in reading order, no fact
//! twice, within the budget, the same every run; empty, huge and hostile collections.

mod common;

use std::collections::HashSet;

#[cfg(feature = "lang-de")]
use salient::Language;
use salient::{Algorithm, CollectionSummary, Length, Profile, Summarizer};

/// Three reports of one event, with accents, a dash and astral emoji before sentences (the
/// npm package's and the Python package's tests use the same texts).
const REPORTS: [&str; 3] = [
    "Café owners in Zürich reopened the old bridge market on Monday. The market sells \
     cheese, bread and flowers. Crowds came early — some 🌅 waited since dawn.",
    "The old bridge market in Zürich reopened on Monday after two years of repairs. 🎺 A brass \
     band played all morning. Café owners said the crowds came early.",
    "Rain is expected in Zürich later this week. The bridge market will stay open in the rain.",
];

/// Checks what every collection summary must hold: each sentence an exact slice of its own
/// document, by document then position, no sentence twice, scores in [0, 1].
fn assert_well_formed<T: AsRef<str>>(documents: &[T], summary: &CollectionSummary<'_>) {
    let mut previous: Option<(usize, usize)> = None;
    for sentence in &summary.sentences {
        let document = documents[sentence.document].as_ref();
        assert_eq!(&document[sentence.span.clone()], sentence.text);
        let place = (sentence.document, sentence.span.start);
        assert!(
            previous.is_none_or(|p| { p.0 < place.0 || (p.0 == place.0 && p.1 <= place.1) }),
            "{previous:?} before {place:?}"
        );
        previous = Some((sentence.document, sentence.span.end));
        assert!((0.0..=1.0).contains(&sentence.score), "{}", sentence.score);
    }
    let texts: HashSet<&str> = summary.sentences.iter().map(|s| s.text).collect();
    assert_eq!(texts.len(), summary.len(), "a sentence twice");
    assert_eq!(summary.documents.len(), documents.len());
}

#[test]
fn sentences_come_from_several_documents_in_reading_order() {
    let summary = Summarizer::new()
        .length(Length::Sentences(4))
        .summarize_documents(&REPORTS)
        .unwrap();
    assert_well_formed(&REPORTS, &summary);
    assert!(summary.len() >= 3);
    let documents: HashSet<usize> = summary.sentences.iter().map(|s| s.document).collect();
    assert!(documents.len() > 1, "{summary}");
    assert_eq!(
        summary.to_string(),
        summary
            .sentences
            .iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join(" ")
    );
}

#[test]
fn the_same_fact_from_two_documents_is_told_once() {
    for &algorithm in Algorithm::ALL {
        let summary = Summarizer::new()
            .length(Length::Sentences(3))
            .algorithm(algorithm)
            .summarize_documents(&REPORTS)
            .unwrap();
        let reopenings = summary
            .sentences
            .iter()
            .filter(|s| s.text.contains("reopened"))
            .count();
        assert_eq!(reopenings, 1, "{algorithm}: {summary}");
    }
}

#[test]
fn what_several_documents_say_outranks_what_one_says() {
    // Four reviews praise the battery; one complains, at length, about the box.
    let reviews = [
        "The battery lasts all week. I charge it on Sundays.",
        "Great battery life, it lasts a whole week on one charge.",
        "The box arrived dented and the courier left it in the rain by the gate.",
        "Battery life is superb: a week between charges.",
        "I bought it for the battery, which lasts a week.",
    ];
    let summary = Summarizer::new()
        .length(Length::Sentences(1))
        .summarize_documents(&reviews)
        .unwrap();
    assert_eq!(summary.len(), 1);
    assert!(summary.sentences[0].text.contains("attery"), "{summary}");
}

#[test]
fn a_summary_of_reviews_says_what_most_say_not_one_customers_story() {
    // Every review opens on its writer's own use of the kettle; three of them then say,
    // impersonally, that it boils fast.
    let reviews = [
        "I use this kettle every day in my kitchen. The kettle boils water fast.",
        "I use this kettle every day at my office. This kettle boils fast.",
        "We use this kettle every day in our kitchen. Boils water very fast.",
        "I use the kettle every day in my kitchen.",
    ];
    let summary = Summarizer::new()
        .length(Length::Sentences(1))
        .summarize_documents(&reviews)
        .unwrap();
    assert_eq!(summary.len(), 1);
    for sentence in &summary.sentences {
        assert!(sentence.text.contains("fast"), "{summary}");
    }
}

#[test]
fn one_document_in_the_first_person_is_summarized_as_alone() {
    let text = "I opened the shop in May. My first customer bought a lamp. We sold forty \
                lamps in a week. The street market brought crowds to the town centre. \
                Prices of lamps rose across the region.";
    for &algorithm in Algorithm::ALL {
        let summarizer = Summarizer::new()
            .length(Length::Sentences(2))
            .algorithm(algorithm);
        let alone = summarizer.summarize(text).unwrap();
        let documents = [text];
        let collection = summarizer.summarize_documents(&documents).unwrap();
        let alone: Vec<_> = alone.sentences.iter().map(|s| s.span.clone()).collect();
        let collected: Vec<_> = collection
            .sentences
            .iter()
            .map(|s| s.span.clone())
            .collect();
        assert_eq!(alone, collected);
    }
}

#[test]
fn the_native_choice_matches_the_webassembly_one() {
    // pkg/test/collections.test.js holds the npm package to this same choice.
    let summary = Summarizer::new()
        .length(Length::Sentences(2))
        .algorithm(Algorithm::TextRank)
        .summarize_documents(&REPORTS)
        .unwrap();
    let chosen: Vec<(usize, usize)> = summary
        .sentences
        .iter()
        .map(|s| (s.document, s.index))
        .collect();
    assert_eq!(chosen, NATIVE_TWO_TEXTRANK);
}

#[test]
fn one_document_is_summarized_as_a_text_alone_would_be() {
    let text = REPORTS[0];
    for &algorithm in Algorithm::ALL {
        let summarizer = Summarizer::new()
            .length(Length::Sentences(2))
            .algorithm(algorithm);
        let alone = summarizer.summarize(text).unwrap();
        let documents = [text];
        let collection = summarizer.summarize_documents(&documents).unwrap();
        let spans: Vec<_> = alone.sentences.iter().map(|s| s.span.clone()).collect();
        let collected: Vec<_> = collection
            .sentences
            .iter()
            .map(|s| s.span.clone())
            .collect();
        assert_eq!(spans, collected, "{algorithm}");
    }
}

#[test]
#[cfg(feature = "lang-de")]
fn each_document_is_read_in_its_own_language() {
    let documents = [
        "The council approved the new bridge on Tuesday. Work starts in spring.",
        "Der Stadtrat hat die neue Brücke am Dienstag genehmigt. Die Arbeiten beginnen im \
         Frühling.",
    ];
    let summary = Summarizer::new()
        .length(Length::Sentences(4))
        .summarize_documents(&documents)
        .unwrap();
    assert_well_formed(&documents, &summary);
    let languages: Vec<Language> = summary.documents.iter().map(|d| d.language).collect();
    assert_eq!(languages, [Language::English, Language::German]);
    assert_eq!(summary.document_sentences(), 4);
}

#[test]
fn every_budget_is_kept() {
    for length in [
        Length::Sentences(2),
        Length::Words(25),
        Length::Chars(120),
        Length::Ratio(0.5),
    ] {
        let summary = Summarizer::new()
            .length(length)
            .summarize_documents(&REPORTS)
            .unwrap();
        assert_well_formed(&REPORTS, &summary);
        let within = match length {
            Length::Sentences(n) => summary.len() <= n,
            Length::Words(n) => {
                summary
                    .sentences
                    .iter()
                    .map(|s| salient::word_count(s.text))
                    .sum::<usize>()
                    <= n
            }
            Length::Chars(n) => {
                summary
                    .sentences
                    .iter()
                    .map(|s| s.text.chars().count())
                    .sum::<usize>()
                    <= n
            }
            // Half of the 8 distinct sentences, rounded up.
            Length::Ratio(_) => summary.len() <= 4,
        };
        assert!(within, "{length:?}: {summary}");
        assert!(!summary.is_empty(), "{length:?}");
    }
}

#[test]
fn empty_collections_and_documents_give_empty_summaries() {
    let none: [&str; 0] = [];
    let summary = Summarizer::new().summarize_documents(&none).unwrap();
    assert!(summary.is_empty() && summary.documents.is_empty());
    let blank = ["", "   \n\n", "\u{feff}"];
    let summary = Summarizer::new().summarize_documents(&blank).unwrap();
    assert!(summary.is_empty());
    assert_eq!(summary.documents.len(), 3);
    // Empty documents among others change nothing but the document indices.
    let mixed = ["", REPORTS[0], "", REPORTS[1], REPORTS[2]];
    let summary = Summarizer::new().summarize_documents(&mixed).unwrap();
    assert_well_formed(&mixed, &summary);
    assert!(summary
        .sentences
        .iter()
        .all(|s| !mixed[s.document].is_empty()));
    let plain = Summarizer::new().summarize_documents(&REPORTS).unwrap();
    let texts = |summary: &CollectionSummary<'_>| -> Vec<String> {
        summary
            .sentences
            .iter()
            .map(|s| s.text.to_string())
            .collect()
    };
    assert_eq!(texts(&summary), texts(&plain));
}

#[test]
fn invalid_options_are_refused_as_for_one_text() {
    let error = Summarizer::new()
        .length(Length::Sentences(0))
        .summarize_documents(&REPORTS)
        .unwrap_err();
    assert_eq!(
        error,
        Summarizer::new()
            .length(Length::Sentences(0))
            .summarize("x")
            .unwrap_err()
    );
}

#[test]
fn ten_thousand_documents_work() {
    let documents: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                "Review {i} of the kettle: it boils water in {} minutes. The handle stays cool. \
                 Item {i} shipped on day {}.",
                i % 7 + 1,
                i % 30
            )
        })
        .collect();
    let summary = Summarizer::new()
        .length(Length::Sentences(5))
        .summarize_documents(&documents)
        .unwrap();
    assert_well_formed(&documents, &summary);
    assert_eq!(summary.len(), 5);
    assert_eq!(summary.document_sentences(), 30_000);
}

#[test]
fn hostile_documents_do_not_panic() {
    let long_word = "a".repeat(200_000);
    let nested = "(".repeat(50_000);
    let binaryish: String = (0u32..4_000)
        .filter_map(|c| char::from_u32(c * 97 % 0x11_0000))
        .collect();
    let documents = [
        long_word.as_str(),
        nested.as_str(),
        binaryish.as_str(),
        "\0\0\0. \u{202e}Evil.\u{202c} ...!?",
        "Ok. Ok. Ok. Ok.",
    ];
    for &algorithm in Algorithm::ALL {
        for &profile in Profile::ALL {
            let summary = Summarizer::new()
                .algorithm(algorithm)
                .profile(profile)
                .length(Length::Ratio(1.0))
                .summarize_documents(&documents)
                .unwrap();
            assert_well_formed(&documents, &summary);
        }
    }
}

#[test]
fn serializes_with_each_sentences_document() {
    let summary = Summarizer::new()
        .length(Length::Sentences(2))
        .summarize_documents(&REPORTS)
        .unwrap();
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["text"], summary.to_string());
    assert_eq!(json["document_sentences"], 8);
    assert_eq!(json["documents"].as_array().unwrap().len(), 3);
    assert_eq!(json["documents"][0]["format"], "text");
    for (value, sentence) in json["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&summary.sentences)
    {
        assert_eq!(value["document"], sentence.document);
        assert_eq!(value["start"], sentence.span.start);
        assert_eq!(value["end"], sentence.span.end);
        assert_eq!(value["index"], sentence.index);
    }
}

/// The seeds' article bodies, as in `tests/seeds.rs`: the opening words of the first and of
/// the last sentence of each.
const BODIES: &[(&str, &str, &str)] = &[
    (
        "000_",
        "China's tech sector is focusing",
        "Others argue that innovation cannot be bought",
    ),
    (
        "001_",
        "China's tech sector is focusing",
        "Others argue that innovation cannot be bought",
    ),
    (
        "002_",
        "China's technology giants are actively competing",
        "Only then can China hope",
    ),
    (
        "003_",
        "TAIPEI, Taiwan: When OpenAI blocked",
        "This article originally appeared in The New York Times.",
    ),
];

/// The lowercased words of `text` of four letters or more.
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

#[test]
#[ignore = "needs ../shared/data: run scripts/test.sh"]
fn the_four_seed_articles_make_one_summary_of_distinct_body_sentences() {
    let folder = common::shared_data("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(texts.len(), BODIES.len());
    for &algorithm in Algorithm::ALL {
        let summary = Summarizer::new()
            .length(Length::Sentences(5))
            .algorithm(algorithm)
            .summarize_documents(&texts)
            .unwrap();
        assert_well_formed(&texts, &summary);
        assert_eq!(summary.len(), 5, "{algorithm}");
        for sentence in &summary.sentences {
            let text = &texts[sentence.document];
            let (_, first, last) = BODIES[sentence.document];
            let start = text.find(first).unwrap();
            let last_start = text.rfind(last).unwrap();
            let end = text[last_start..]
                .find('\n')
                .map_or(text.len(), |o| last_start + o);
            assert!(
                start <= sentence.span.start && sentence.span.end <= end,
                "{algorithm}: {:?} is outside its article's body",
                sentence.text
            );
        }
        // No two sentences say the same thing: fewer than half of the shorter one's words
        // (of four letters or more) recur in the other.
        for (i, a) in summary.sentences.iter().enumerate() {
            for b in &summary.sentences[i + 1..] {
                let (wa, wb) = (words(a.text), words(b.text));
                let shared = wa.intersection(&wb).count();
                assert!(
                    shared * 2 < wa.len().min(wb.len()),
                    "{algorithm}: {:?} and {:?} say the same",
                    a.text,
                    b.text
                );
            }
        }
        // Two seeds are one report from two sites: the outlets are 000/001, 002 and 003.
        let outlets: HashSet<usize> = summary
            .sentences
            .iter()
            .map(|s| if s.document == 1 { 0 } else { s.document })
            .collect();
        assert!(outlets.len() > 1, "{algorithm}: {summary}");
    }
}

/// `(document, index)` of the two sentences TextRank chooses from [`REPORTS`].
const NATIVE_TWO_TEXTRANK: [(usize, usize); 2] = [(0, 0), (1, 2)];

/// Properties over any documents and options: exact slices of each document, reading order,
/// no sentence twice, the budget kept, the same answer every run.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "The",
        "market",
        "reopened",
        "bridge",
        "Zürich",
        "café",
        "Mr.",
        "U.S.",
        "3.14",
        "He",
        "However,",
        "said",
        "\"Stop.\"",
        "...",
        "?",
        "!",
        ".",
        ".",
        ".",
        ";",
        "—",
        "🌅",
        "東京",
        "。",
        "Москва",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\u{0}",
        "\u{301}",
    ];

    fn document() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| {
            pieces
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    if i % 3 == 2 {
                        format!("{p} ")
                    } else {
                        p.to_string()
                    }
                })
                .collect()
        })
    }

    fn length() -> impl Strategy<Value = Length> {
        prop_oneof![
            (1usize..6).prop_map(Length::Sentences),
            (1usize..60).prop_map(Length::Words),
            (1usize..300).prop_map(Length::Chars),
            (0.05f64..=1.0).prop_map(Length::Ratio),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn collection_summaries_are_exact_ordered_distinct_within_budget_and_deterministic(
            documents in prop::collection::vec(document(), 0..6),
            length in length(),
            textrank in any::<bool>(),
            news in any::<bool>(),
            redundancy in 0.05f64..=1.0,
        ) {
            let summarizer = Summarizer::new()
                .length(length)
                .algorithm(if textrank { Algorithm::TextRank } else { Algorithm::TfIdf })
                .profile(if news { Profile::News } else { Profile::General })
                .redundancy(redundancy);
            let summary = summarizer.summarize_documents(&documents).unwrap();
            assert_well_formed(&documents, &summary);
            match length {
                Length::Sentences(n) => prop_assert!(summary.len() <= n),
                Length::Words(n) => prop_assert!(
                    summary.sentences.iter().map(|s| salient::word_count(s.text)).sum::<usize>() <= n
                ),
                Length::Chars(n) => prop_assert!(
                    summary.sentences.iter().map(|s| s.text.chars().count()).sum::<usize>() <= n
                ),
                Length::Ratio(_) => prop_assert!(summary.len() <= summary.document_sentences()),
            }
            prop_assert_eq!(&summary, &summarizer.summarize_documents(&documents).unwrap());
        }
    }
}

#[test]
#[cfg(feature = "query")]
fn a_query_picks_what_answers_it_from_any_document() {
    let plain = Summarizer::new()
        .length(Length::Sentences(1))
        .summarize_documents(&REPORTS)
        .unwrap();
    assert!(!plain.sentences[0].text.contains("rain"));
    assert_eq!(plain.query_matched, None);
    for &algorithm in Algorithm::ALL {
        let summary = Summarizer::new()
            .length(Length::Sentences(1))
            .algorithm(algorithm)
            .query("Will it rain?")
            .summarize_documents(&REPORTS)
            .unwrap();
        assert_well_formed(&REPORTS, &summary);
        assert_eq!(summary.query_matched, Some(true), "{algorithm}");
        assert_eq!(summary.len(), 1);
        assert_eq!(summary.sentences[0].document, 2, "{algorithm}");
        assert!(summary.sentences[0].text.contains("rain"), "{algorithm}");
    }
}

#[test]
#[cfg(feature = "query")]
fn a_query_no_document_answers_gives_the_summary_without_it() {
    let summarizer = Summarizer::new().length(Length::Sentences(2));
    let plain = summarizer.summarize_documents(&REPORTS).unwrap();
    let unanswered = summarizer
        .clone()
        .query("football scores")
        .summarize_documents(&REPORTS)
        .unwrap();
    assert_eq!(unanswered.query_matched, Some(false));
    assert_eq!(unanswered.sentences, plain.sentences);
    // Nothing to answer from: no documents, or only empty ones.
    for documents in [&[][..], &["", "  \n"][..]] {
        let summary = summarizer
            .clone()
            .query("bridge")
            .summarize_documents(documents)
            .unwrap();
        assert!(summary.is_empty());
        assert_eq!(summary.query_matched, Some(false));
    }
}

#[test]
#[cfg(feature = "query")]
fn one_document_with_a_query_is_summarized_as_a_text_alone_would_be() {
    let text = REPORTS[1];
    for &algorithm in Algorithm::ALL {
        let summarizer = Summarizer::new()
            .length(Length::Sentences(1))
            .algorithm(algorithm)
            .query("Which band played?");
        let alone = summarizer.summarize(text).unwrap();
        let documents = [text];
        let collection = summarizer.summarize_documents(&documents).unwrap();
        assert_eq!(collection.query_matched, alone.query_matched);
        let spans: Vec<_> = alone.sentences.iter().map(|s| s.span.clone()).collect();
        let collected: Vec<_> = collection
            .sentences
            .iter()
            .map(|s| s.span.clone())
            .collect();
        assert_eq!(spans, collected, "{algorithm}");
        assert!(collected[0].start > 0, "{algorithm}: the opening again");
    }
}

#[test]
#[cfg(feature = "query")]
fn serializes_query_matched_only_with_a_query() {
    let summarizer = Summarizer::new().length(Length::Sentences(1));
    let plain = serde_json::to_value(summarizer.summarize_documents(&REPORTS).unwrap()).unwrap();
    assert!(plain.get("query_matched").is_none());
    let focused = summarizer
        .query("band")
        .summarize_documents(&REPORTS)
        .unwrap();
    let json = serde_json::to_value(&focused).unwrap();
    assert_eq!(json["query_matched"], true);
    assert_eq!(json["sentences"][0]["document"], 1);
}
