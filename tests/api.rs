//! The public API's contract: options, errors, budgets, offsets, serialization.

use salient::{
    split_sentences, Algorithm, Error, Language, LanguageDetector, Length, Profile, SegmentKind,
    Summarizer,
};

const ARTICLE: &str = "\
Harbor City Opens Its First Tidal Power Station

March 3, 2026

Harbor City switched on its first tidal power station on Monday. The station turns the \
daily rise and fall of the bay into electricity for about 40,000 homes. Engineers spent six \
years testing turbines in the bay before the city approved the project. The tidal station \
cost $310 million, most of it paid by a state clean-energy fund. Tidal power is predictable \
because tides follow the moon, unlike wind or sunlight. Critics worry that the turbines may \
harm fish in the bay. The city says cameras on each turbine have recorded no harm to fish so \
far. Mayor Ana Ruiz called the station a model for other coastal cities.

Related stories
Bay ferry timetable changes
Council approves new bike lanes
";

fn summarizer(length: Length) -> Summarizer {
    Summarizer::new().length(length)
}

#[test]
fn summary_sentences_are_exact_slices_in_document_order() {
    for &algorithm in Algorithm::ALL {
        let summary = summarizer(Length::Sentences(3))
            .algorithm(algorithm)
            .summarize(ARTICLE)
            .unwrap();
        assert_eq!(summary.len(), 3, "{algorithm}");
        for sentence in &summary.sentences {
            assert_eq!(&ARTICLE[sentence.span.clone()], sentence.text);
            assert!(sentence.score >= 0.0 && sentence.score <= 1.0);
        }
        let indices: Vec<_> = summary.sentences.iter().map(|s| s.index).collect();
        assert!(indices.windows(2).all(|w| w[0] < w[1]), "{indices:?}");
    }
}

#[test]
fn the_best_sentence_scores_one_when_the_whole_document_is_kept() {
    let summary = summarizer(Length::Sentences(100))
        .summarize(ARTICLE)
        .unwrap();
    let best = summary
        .sentences
        .iter()
        .map(|s| s.score)
        .fold(0.0, f64::max);
    assert_eq!(best, 1.0);
}

#[test]
fn a_one_sentence_summary_takes_a_sentence_that_says_enough() {
    let text = "Floods closed the valley road. Heavy rain flooded the valley road and the \
                river towns overnight, and crews moved families from the river banks to \
                shelters in the valley schools. Crews in the valley worked all night. The \
                river towns expect more rain. Schools in the valley stay closed. The road \
                may open on Friday.";
    for &algorithm in Algorithm::ALL {
        let one = summarizer(Length::Sentences(1))
            .algorithm(algorithm)
            .summarize(text)
            .unwrap();
        let indices: Vec<_> = one.sentences.iter().map(|s| s.index).collect();
        assert_eq!(indices, [1], "{algorithm}: {one}");
        // Under a budget of words, length is the budget's business: the short opening
        // sentence, as central and earlier, is the one that fits.
        let words = summarizer(Length::Words(10))
            .algorithm(algorithm)
            .summarize(text)
            .unwrap();
        let indices: Vec<_> = words.sentences.iter().map(|s| s.index).collect();
        assert_eq!(indices, [0], "{algorithm}: {words}");
    }
}

#[test]
fn titles_dates_and_link_lists_never_appear() {
    let summary = summarizer(Length::Sentences(100))
        .summarize(ARTICLE)
        .unwrap();
    assert_eq!(summary.document_sentences, 8);
    assert_eq!(
        summary.len(),
        8,
        "a budget beyond the document keeps every sentence"
    );
    for sentence in &summary.sentences {
        assert!(sentence.text.ends_with('.'), "{:?}", sentence.text);
        assert!(!sentence.text.contains("Related"));
    }
    assert_eq!(summary.sentences[0].index, 0);
    assert!(summary.sentences[0]
        .text
        .starts_with("Harbor City switched on"));
}

#[test]
fn ratio_counts_distinct_sentences_and_rounds_up() {
    let summary = summarizer(Length::Ratio(0.3)).summarize(ARTICLE).unwrap();
    assert_eq!(summary.len(), 3, "0.3 × 8 = 2.4, rounded up");
    let repeated = format!("{ARTICLE}\n{ARTICLE}");
    let summary = summarizer(Length::Ratio(1.0)).summarize(&repeated).unwrap();
    assert_eq!(summary.document_sentences, 16);
    assert_eq!(summary.len(), 8, "the pasted-twice body counts once");
}

#[test]
fn word_and_char_budgets_are_respected() {
    for words in [5, 12, 25, 40, 1000] {
        let summary = summarizer(Length::Words(words)).summarize(ARTICLE).unwrap();
        let used: usize = summary
            .sentences
            .iter()
            .map(|s| salient::word_count(s.text))
            .sum();
        assert!(used <= words, "{used} words for a budget of {words}");
    }
    let summary = summarizer(Length::Words(25)).summarize(ARTICLE).unwrap();
    assert!(!summary.is_empty());
    for chars in [10, 100, 300] {
        let summary = summarizer(Length::Chars(chars)).summarize(ARTICLE).unwrap();
        let used: usize = summary
            .sentences
            .iter()
            .map(|s| s.text.chars().count())
            .sum();
        assert!(used <= chars, "{used} characters for a budget of {chars}");
    }
    assert!(summarizer(Length::Chars(10))
        .summarize(ARTICLE)
        .unwrap()
        .is_empty());
}

#[test]
fn repeated_text_is_never_chosen_twice() {
    let doubled = format!("{ARTICLE}\n{ARTICLE}");
    let summary = summarizer(Length::Sentences(10))
        .summarize(&doubled)
        .unwrap();
    let mut texts: Vec<_> = summary.sentences.iter().map(|s| s.text).collect();
    let count = texts.len();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), count);
}

#[test]
fn empty_and_blank_text_give_an_empty_summary() {
    for text in [
        "",
        "   ",
        "\n\n\t",
        "Just a title",
        "Title\nAnother heading\n",
    ] {
        let summary = salient::summarize(text, 3).unwrap();
        assert!(summary.is_empty(), "{text:?}");
        assert_eq!(summary.to_string(), "");
    }
}

#[test]
fn invalid_options_are_errors_that_say_what_to_change() {
    let cases = [
        (Length::Sentences(0), "at least 1 sentences"),
        (Length::Words(0), "at least 1 words"),
        (Length::Chars(0), "at least 1 characters"),
        (Length::Ratio(0.0), "not in (0, 1]"),
        (Length::Ratio(-0.5), "not in (0, 1]"),
        (Length::Ratio(1.5), "not in (0, 1]"),
        (Length::Ratio(f64::NAN), "NaN is not in (0, 1]"),
        (Length::Ratio(f64::INFINITY), "not in (0, 1]"),
    ];
    for (length, message) in cases {
        let error = summarizer(length).summarize(ARTICLE).unwrap_err();
        assert!(error.to_string().contains(message), "{error}");
        let validated = summarizer(length).validate().unwrap_err();
        assert_eq!(validated.to_string(), error.to_string());
    }
    for threshold in [0.0, -1.0, 1.01, f64::NAN] {
        let error = Summarizer::new()
            .redundancy(threshold)
            .summarize("")
            .unwrap_err();
        assert!(matches!(error, Error::InvalidRedundancy { .. }), "{error}");
        assert!(error.to_string().contains("redundancy threshold"));
    }
    assert!(matches!(
        salient::summarize(ARTICLE, 0),
        Err(Error::ZeroLength { .. })
    ));
}

#[test]
fn summaries_are_deterministic() {
    let summarizer = summarizer(Length::Sentences(4));
    let first = serde_json::to_string(&summarizer.summarize(ARTICLE).unwrap()).unwrap();
    for _ in 0..5 {
        let again = serde_json::to_string(&summarizer.summarize(ARTICLE).unwrap()).unwrap();
        assert_eq!(first, again);
    }
}

#[test]
fn serializes_sentences_with_byte_offsets() {
    let text = "Ünïcödé tëxt häs mültïbytë chärs. Plain text follows here. Ünïcödé again here.";
    let summary = summarizer(Length::Sentences(1)).summarize(text).unwrap();
    let json: serde_json::Value = serde_json::to_value(&summary).unwrap();
    let sentence = &json["sentences"][0];
    let (start, end) = (
        sentence["start"].as_u64().unwrap() as usize,
        sentence["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], sentence["text"].as_str().unwrap());
    assert!(sentence["index"].is_u64() && sentence["score"].is_f64());
    assert_eq!(json["language"], "en");
}

#[test]
fn options_serialize_and_read_back() {
    let options = Summarizer::new()
        .length(Length::Ratio(0.25))
        .algorithm(Algorithm::TfIdf)
        .profile(Profile::News)
        .redundancy(0.7);
    let json = serde_json::to_string(&options).unwrap();
    assert_eq!(
        json,
        r#"{"length":{"ratio":0.25},"language":"auto","format":"auto","algorithm":"tfidf","profile":"news","redundancy":0.7}"#
    );
    let back: Summarizer = serde_json::from_str(&json).unwrap();
    assert_eq!(back, options);
    let defaults: Summarizer = serde_json::from_str("{}").unwrap();
    assert_eq!(defaults, Summarizer::new());
}

#[test]
fn display_joins_the_sentences() {
    let summary = summarizer(Length::Sentences(2)).summarize(ARTICLE).unwrap();
    let expected = format!(
        "{} {}",
        summary.sentences[0].text, summary.sentences[1].text
    );
    assert_eq!(summary.to_string(), expected);
}

#[test]
fn split_sentences_marks_fragments_and_paragraphs() {
    let segments = split_sentences(ARTICLE, Language::English);
    let title = &segments[0];
    assert_eq!(
        title.text,
        "Harbor City Opens Its First Tidal Power Station"
    );
    assert_eq!((title.kind, title.paragraph), (SegmentKind::Fragment, 0));
    assert_eq!(segments[1].text, "March 3, 2026");
    assert_eq!(segments[1].kind, SegmentKind::Fragment);
    let sentences: Vec<_> = segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Sentence)
        .collect();
    assert_eq!(sentences.len(), 8);
    assert!(sentences.iter().all(|s| s.paragraph == 2));
    assert_eq!(
        segments.last().unwrap().text,
        "Council approves new bike lanes"
    );
    for segment in &segments {
        assert_eq!(&ARTICLE[segment.span.clone()], segment.text);
    }
}

#[test]
fn one_detector_for_many_texts_tells_and_summarizes_as_each_alone() {
    // Texts of every language built, read in an order that goes back and forth between
    // them, short ones (read whole by detection) among them; each also cut to its first
    // sentence or two.
    let mut texts: Vec<String> = Vec::new();
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/texts");
    let mut paths: Vec<_> = std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        texts.push(text.chars().take(120).collect());
        texts.push(text);
    }
    texts.push(ARTICLE.to_string());
    texts.push(String::new());
    texts.push("42 — 17".to_string());
    let mut detector = LanguageDetector::new();
    for text in &texts {
        assert_eq!(detector.detect(text), Language::detect(text), "{text}");
    }
    // A clone shares the table made above, and tells the same.
    let mut clone = detector.clone();
    for text in texts.iter().rev() {
        assert_eq!(clone.detect(text), Language::detect(text), "{text}");
    }
    for summarizer in [
        summarizer(Length::Sentences(2)),
        summarizer(Length::Words(40)).algorithm(Algorithm::TextRank),
        summarizer(Length::Sentences(1)).language(Language::English),
    ] {
        let mut detector = LanguageDetector::default();
        for text in texts.iter().rev() {
            let alone = summarizer.summarize(text);
            assert_eq!(summarizer.summarize_with(text, &mut detector), alone);
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let many = summarizer.summarize_many(&texts);
        let alone: Vec<_> = texts
            .iter()
            .map(|text| summarizer.summarize(text))
            .collect();
        assert_eq!(many, alone);
    }
    // Invalid options are the same error either way.
    let invalid = summarizer(Length::Sentences(0));
    assert_eq!(
        invalid.summarize_with(ARTICLE, &mut detector),
        invalid.summarize(ARTICLE)
    );
}

#[test]
#[cfg(feature = "all-languages")]
fn the_language_is_detected_unless_named() {
    let german = "Die Regierung hat am Montag neue Regeln beschlossen. Sie gelten ab dem \
                  nächsten Jahr für alle Unternehmen. Kritiker halten die Regeln für zu \
                  schwach, aber die Minister sind zufrieden.";
    let summary = Summarizer::new()
        .length(Length::Sentences(1))
        .summarize(german)
        .unwrap();
    assert_eq!(summary.language, Language::German);
    let named = Summarizer::new()
        .length(Length::Sentences(1))
        .language(Language::English)
        .summarize(german)
        .unwrap();
    assert_eq!(named.language, Language::English);
}

#[test]
#[cfg(feature = "all-languages")]
fn every_language_summarizes_its_own_text() {
    // One short text per language, three sentences about the weather and a walk.
    let texts: &[(Language, &str)] = &[
        (Language::Arabic, "الطقس جميل اليوم. نحن نذهب إلى الحديقة. الأطفال يلعبون في الحديقة مع الكلب."),
        (Language::Danish, "Vejret er godt i dag. Vi går en tur i parken. Børnene leger i parken med hunden."),
        (Language::German, "Das Wetter ist heute schön. Wir gehen im Park spazieren. Die Kinder spielen im Park mit dem Hund."),
        (Language::Greek, "Ο καιρός είναι καλός σήμερα. Πηγαίνουμε στο πάρκο. Τα παιδιά παίζουν στο πάρκο με τον σκύλο."),
        (Language::English, "The weather is fine today. We walk in the park. The children play in the park with the dog."),
        (Language::Spanish, "Hoy hace buen tiempo. Vamos al parque. Los niños juegan en el parque con el perro."),
        (Language::Finnish, "Tänään on kaunis sää. Menemme puistoon. Lapset leikkivät puistossa koiran kanssa."),
        (Language::French, "Il fait beau aujourd'hui. Nous allons au parc. Les enfants jouent au parc avec le chien."),
        (Language::Hungarian, "Ma szép idő van. Elmegyünk a parkba. A gyerekek a parkban játszanak a kutyával."),
        (Language::Italian, "Oggi il tempo è bello. Andiamo al parco. I bambini giocano nel parco con il cane."),
        (Language::Japanese, "今日は良い天気です。公園に行きます。子供たちは公園で犬と遊びます。"),
        (Language::Korean, "오늘은 날씨가 좋습니다. 우리는 공원에 갑니다. 아이들은 공원에서 개와 놉니다."),
        (Language::Dutch, "Het weer is vandaag mooi. We gaan naar het park. De kinderen spelen in het park met de hond."),
        (Language::Norwegian, "Været ble fint i dag. Vi går en tur i parken. Barna leker med noen hunder i parken."),
        (Language::Portuguese, "Hoje o tempo está bom. Vamos ao parque. As crianças brincam no parque com o cão."),
        (Language::Romanian, "Astăzi vremea este frumoasă. Mergem în parc. Copiii se joacă în parc cu câinele."),
        (Language::Russian, "Сегодня хорошая погода. Мы идём в парк. Дети играют в парке с собакой."),
        (Language::Swedish, "Vädret är fint i dag. Vi går till parken. Barnen leker i parken med hunden."),
        (Language::Tamil, "இன்று வானிலை நன்றாக உள்ளது. நாங்கள் பூங்காவுக்குச் செல்கிறோம். குழந்தைகள் பூங்காவில் நாயுடன் விளையாடுகிறார்கள்."),
        (Language::Turkish, "Bugün hava çok güzel. Parka gidiyoruz. Çocuklar parkta bir köpekle oynuyor."),
        (Language::Chinese, "今天天气很好。我们去公园。孩子们在公园里和狗玩。"),
    ];
    assert_eq!(texts.len(), Language::ALL.len());
    for &(language, text) in texts {
        // A third sentence that says what the first two say together is the one closest to
        // the whole text, whatever the language's stemmer and stop words.
        let parts: Vec<&str> = split_sentences(text, language)
            .into_iter()
            .map(|segment| segment.text)
            .collect();
        assert_eq!(parts.len(), 3, "{language}: {text}");
        let core = |sentence: &str| sentence.trim_end_matches(['.', '。']).to_string();
        let (first, last) = (core(parts[0]), core(parts[2]));
        let stop = if parts[0].ends_with('。') {
            "。"
        } else {
            ". "
        };
        let text = format!("{first}{stop}{last}{stop}{first}, {last}{stop}");
        let summary = Summarizer::new()
            .length(Length::Sentences(1))
            .language(language)
            .summarize(&text)
            .unwrap();
        assert_eq!(summary.document_sentences, 3, "{language}: {text}");
        assert_eq!(summary.sentences.len(), 1, "{language}");
        assert_eq!(summary.sentences[0].index, 2, "{language}: {summary}");
        assert_eq!(summary.language, language);
        assert_eq!(Language::detect(&text), language, "{text}");
    }
}

/// The stages run one by one give what `summarize` gives, for every algorithm and profile,
/// and the last stage gives a summary, never a panic, for options `summarize` refuses.
#[test]
#[cfg(feature = "stages")]
fn the_stages_in_order_are_the_summarizer() {
    use salient::{stages, Format};

    let texts = [
        ARTICLE,
        "Menu\nSign in\n\nOne. Two sentences here. He left.\n\nComments\nLogin\n\nBuy now!",
        "",
    ];
    for text in texts {
        for &algorithm in Algorithm::ALL {
            for &profile in Profile::ALL {
                let summarizer = summarizer(Length::Sentences(2))
                    .algorithm(algorithm)
                    .profile(profile);
                let reading = stages::read(text, Format::Auto);
                assert_eq!(reading.format(), Format::Text);
                let segmented = stages::segment(&reading, Language::Auto);
                assert_ne!(segmented.language(), Language::Auto);
                let sentences = segmented.sentences().len();
                let represented = stages::represent(stages::tokenize(segmented));
                assert!(represented.kept().iter().all(|&index| index < sentences));
                let ranked = stages::rank(represented, algorithm, profile);
                assert_eq!(ranked.scores().len(), ranked.represented().kept().len());
                assert_eq!(
                    Ok(stages::select(&ranked, Length::Sentences(2), 0.5)),
                    summarizer.summarize(text)
                );
                for (length, redundancy) in [
                    (Length::Ratio(f64::NAN), 0.5),
                    (Length::Sentences(0), f64::NAN),
                    (Length::Words(0), -1.0),
                ] {
                    let summary = stages::select(&ranked, length, redundancy);
                    assert!(summary.len() <= 2, "{length:?}, {redundancy}");
                }
            }
        }
    }
}

#[cfg(feature = "query")]
const MEETING: &str = "\
Anna: Good morning, everyone. Let's start with the garden project.
Ben: The garden needs new fences before the spring planting.
Anna: How much will the fences cost?
Ben: The fences cost about four hundred euros, wood and nails included.
Cleo: I can ask the hardware shop for a discount on the wood.
Anna: Good. Next, the summer party.
Cleo: The party is on the second Saturday of July, in the courtyard.
Ben: We still need someone to bring chairs and a grill.
";

#[test]
#[cfg(feature = "query")]
fn a_query_picks_the_sentences_that_answer_it_with_every_option() {
    // Budgets that hold the answer (11 words, 68 chars: the speaker's label is no part of a
    // conversation's sentence) and no other sentence beside it. The meeting is read as a
    // conversation, and weighed as one: by what each turn says, where the question that
    // asks it says less than the answer.
    for &algorithm in Algorithm::ALL {
        for profile in [Profile::Auto, Profile::Conversation] {
            for length in [
                Length::Sentences(1),
                Length::Words(11),
                Length::Chars(70),
                Length::Ratio(0.1),
            ] {
                let summary = summarizer(length)
                    .algorithm(algorithm)
                    .profile(profile)
                    .query("What do the fences cost?")
                    .summarize(MEETING)
                    .unwrap();
                assert_eq!(summary.query_matched, Some(true));
                assert_eq!(
                    summary.to_string(),
                    "Ben: The fences cost about four hundred euros, wood and nails included.",
                    "{algorithm}, {profile}, {length:?}"
                );
            }
        }
    }
}

#[test]
#[cfg(all(feature = "query", feature = "conversation"))]
fn a_query_that_names_a_speaker_finds_what_that_speaker_said() {
    // Ben and Cleo both speak of the wood; the name in the question tells which is meant,
    // though no label is a word of its sentence.
    let meeting = "\
Anna: Welcome back. Today we plan the garden and the summer party.
Ben: The wood for the new fences costs four hundred euros with nails and paint.
Anna: That sounds fair to me.
Dora: Let us look at the calendar for July.
Anna: The second Saturday is free.
Cleo: The hardware shop in the village sells good wood at a discount this month.
Anna: Then we should order soon.
";
    for &algorithm in Algorithm::ALL {
        for (query, answer) in [
            (
                "What did Cleo say about the wood?",
                "Cleo: The hardware shop in the village sells good wood at a discount this month.",
            ),
            (
                "What did Ben say about the wood?",
                "Ben: The wood for the new fences costs four hundred euros with nails and paint.",
            ),
        ] {
            let summary = summarizer(Length::Sentences(1))
                .algorithm(algorithm)
                .query(query)
                .summarize(meeting)
                .unwrap();
            assert_eq!(summary.query_matched, Some(true));
            assert_eq!(summary.to_string(), answer, "{algorithm}, {query}");
        }
    }
}

#[test]
#[cfg(all(feature = "query", feature = "lang-de"))]
fn a_query_is_read_by_the_texts_language_rules() {
    // Stemming: "parties" finds "party"; case and stop words do not matter.
    let summary = summarizer(Length::Sentences(1))
        .query("When are THE PARTIES?")
        .summarize(MEETING)
        .unwrap();
    assert_eq!(
        summary.to_string(),
        "Cleo: The party is on the second Saturday of July, in the courtyard."
    );
    let german =
        "Der Garten braucht einen neuen Zaun. Das Fest ist im Juli. Die Stühle fehlen noch.";
    let summary = summarizer(Length::Sentences(1))
        .language(Language::German)
        .query("Wann sind die Feste?")
        .summarize(german)
        .unwrap();
    assert_eq!(summary.to_string(), "Das Fest ist im Juli.");
    // Neighbouring CJK characters pair into terms in the query as in the text.
    let chinese = "今天天气很好。我们去公园散步。晚上我们吃饺子。";
    let summary = summarizer(Length::Sentences(1))
        .query("公园")
        .summarize(chinese)
        .unwrap();
    assert_eq!(summary.to_string(), "我们去公园散步。");
}

#[test]
#[cfg(feature = "query")]
fn a_query_the_text_never_uses_gives_the_generic_summary_and_says_so() {
    let generic = summarizer(Length::Sentences(2)).summarize(MEETING).unwrap();
    assert_eq!(generic.query_matched, None);
    for query in [
        "astronomy telescopes",
        "the of and it",
        "Summarize the meeting",
    ] {
        let summary = summarizer(Length::Sentences(2))
            .query(query)
            .summarize(MEETING)
            .unwrap();
        assert_eq!(summary.query_matched, Some(false), "{query}");
        assert_eq!(summary.sentences, generic.sentences, "{query}");
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(json["query_matched"], false);
    }
    let json = serde_json::to_value(&generic).unwrap();
    assert!(json.get("query_matched").is_none(), "only with a query");
}

#[test]
#[cfg(feature = "query")]
fn an_empty_query_is_an_error_that_says_to_leave_it_out() {
    for query in ["", "  ", "\n\t"] {
        let error = summarizer(Length::Sentences(2))
            .query(query)
            .summarize(MEETING)
            .unwrap_err();
        assert_eq!(error, Error::EmptyQuery);
        assert!(error.to_string().contains("leave the query option out"));
    }
}

#[test]
#[cfg(feature = "query")]
fn a_long_query_works() {
    let query = "Who brings the chairs and the grill to the party? ".repeat(200);
    assert!(query.len() >= 10_000);
    let summary = summarizer(Length::Sentences(1))
        .query(query)
        .summarize(MEETING)
        .unwrap();
    assert_eq!(
        summary.to_string(),
        "Ben: We still need someone to bring chairs and a grill."
    );
}
