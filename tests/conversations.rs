//! Conversations: transcripts, chats and captions read turn by turn. Labels are structure:
//! each sentence is an exact slice of the input without them, knows its speaker, and
//! fillers and backchannels are never chosen. Hostile conversations give valid summaries.

#![cfg(feature = "conversation")]

use salient::{Format, Length, Profile, Summarizer};

/// A meeting of the tests' own: backchannels, fillers and markup between turns that say
/// something, and non-ASCII names.
const MEETING: &str = "\
Project meeting, 3 May
Zoë Müller: Okay, uh, let's start.
Dr. Okafor: Yeah.
Zoë Müller: The budget for the new sensors is twelve thousand euros, which covers two prototypes.
Dr. Okafor: Uh - huh.
Zoë Müller: {vocalsound} We tested the first prototype in the cold chamber last week.
Dr. Okafor: Mm-hmm. Right.
Dr. Okafor: The battery failed below minus twenty degrees, so the supplier will send new cells.
Zoë Müller: Yes.
Dr. Okafor: We decided to move the field trial to September, after the new cells arrive.
Zoë Müller: Okay.
";

fn summary_of(text: &str, length: Length) -> salient::Summary<'_> {
    Summarizer::new().length(length).summarize(text).unwrap()
}

#[test]
fn a_meeting_is_read_turn_by_turn_without_its_labels() {
    let summary = summary_of(MEETING, Length::Sentences(3));
    assert_eq!(summary.format, Format::Conversation);
    assert_eq!(summary.len(), 3);
    for sentence in &summary.sentences {
        assert_eq!(&MEETING[sentence.span.clone()], sentence.text);
        assert!(!sentence.text.contains("Müller:") && !sentence.text.contains("Okafor:"));
        let speaker = sentence.speaker.expect("every turn names its speaker");
        assert!(["Zoë Müller", "Dr. Okafor"].contains(&speaker), "{speaker}");
        // The speaker's name stands just before the turn it opens.
        let line_start = MEETING[..sentence.span.start]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        assert!(MEETING[line_start..].starts_with(speaker));
    }
    let json = serde_json::to_value(&summary).unwrap();
    assert!(json["sentences"][0]["speaker"].is_string());
    // The text names the speaker where it changes, as a transcript does.
    let text = summary.to_string();
    let first = &summary.sentences[0];
    assert!(text.starts_with(&format!("{}: {}", first.speaker.unwrap(), first.text)));
}

#[test]
fn backchannels_and_fillers_are_never_chosen() {
    let summary = summary_of(MEETING, Length::Ratio(1.0));
    let chosen: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
    for said_nothing in ["Yeah.", "Uh - huh.", "Yes.", "Okay.", "Right.", "Mm-hmm."] {
        assert!(
            !chosen.contains(&said_nothing),
            "{said_nothing} in {chosen:?}"
        );
    }
    assert!(chosen.iter().any(|s| s.contains("budget")));
    // Labels are no terms: a speaker who speaks often does not pull the ranking.
    let one = summary_of(MEETING, Length::Sentences(1));
    assert!(!one.sentences[0].text.starts_with("Okay"), "{}", one);
}

#[test]
fn a_conversation_of_nothing_but_backchannels_still_has_a_summary() {
    let text = "Anna: Yeah.\nBen: Okay.\nAnna: Uh-huh.\nBen: Right.";
    let summary = summary_of(text, Length::Sentences(1));
    assert_eq!(summary.len(), 1);
    assert_eq!(
        &text[summary.sentences[0].span.clone()],
        summary.sentences[0].text
    );
}

#[test]
fn a_sentence_is_given_out_from_what_is_said() {
    let call = "\
Anna: Yeah , um {vocalsound} the new sensors arrive on Monday {disfmarker}
Ben: Uh - huh .
Anna: Uh the battery supplier will send two hundred cells with them .
Ben: Thank you , Anna . {vocalsound}
Anna: Right now the cold chamber is booked until Friday .
Ben: Yeah , yeah .
";
    let summary = summary_of(call, Length::Ratio(1.0));
    let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        [
            "the new sensors arrive on Monday",
            "the battery supplier will send two hundred cells with them .",
            "Thank you , Anna .",
            "Right now the cold chamber is booked until Friday .",
        ]
    );
    for sentence in &summary.sentences {
        assert_eq!(&call[sentence.span.clone()], sentence.text);
    }
    // The budget counts the words given out: the fillers and markup left out cost nothing.
    let six_words = summary_of(call, Length::Words(6));
    assert_eq!(
        six_words.to_string(),
        "Anna: the new sensors arrive on Monday"
    );
}

#[test]
fn labels_of_every_kind_name_the_speaker_and_are_no_words() {
    for (transcript, speakers) in [
        (
            "NAME: The pumps were replaced in March.\nDr. Okafor: Yes.\n\
             NAME: The new pumps use half the power.\nDr. Okafor: The savings pay for them in two years.\n",
            ["NAME", "Dr. Okafor"],
        ),
        (
            "[00:12:03] Anna: The pumps were replaced in March.\n[00:12:09] Ben: Yes.\n\
             [00:12:15] Anna: The new pumps use half the power.\n\
             [00:12:30] Ben: The savings pay for them in two years.\n",
            ["Anna", "Ben"],
        ),
        (
            "Anna (00:12): The pumps were replaced in March.\nBen (00:13): Yes.\n\
             Anna (00:14): The new pumps use half the power.\n\
             Ben (00:15): The savings pay for them in two years.\n",
            ["Anna", "Ben"],
        ),
        (
            "#Person1#: The pumps were replaced in March.\n#Person2#: Yes.\n\
             #Person1#: The new pumps use half the power.\n\
             #Person2#: The savings pay for them in two years.\n",
            ["#Person1#", "#Person2#"],
        ),
    ] {
        let summary = summary_of(transcript, Length::Ratio(1.0));
        assert_eq!(summary.format, Format::Conversation, "{transcript}");
        let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            [
                "The pumps were replaced in March.",
                "The new pumps use half the power.",
                "The savings pay for them in two years.",
            ],
            "{transcript}"
        );
        let named: Vec<&str> = summary.sentences.iter().filter_map(|s| s.speaker).collect();
        assert_eq!(named, [speakers[0], speakers[0], speakers[1]], "{transcript}");
    }
}

#[test]
fn profiles_resolve_by_the_text_and_can_be_chosen() {
    let auto = summary_of(MEETING, Length::Sentences(2));
    let chosen = Summarizer::new()
        .length(Length::Sentences(2))
        .profile(Profile::Conversation)
        .summarize(MEETING)
        .unwrap();
    assert_eq!(auto, chosen);
    assert_eq!(Summarizer::new().get_profile(), Profile::Auto);
    // Read as plain text, the labels are words again and no sentence has a speaker.
    let plain = Summarizer::new()
        .format(Format::Text)
        .summarize(MEETING)
        .unwrap();
    assert!(plain.sentences.iter().all(|s| s.speaker.is_none()));
    let json = serde_json::to_value(&plain).unwrap();
    assert!(json["sentences"][0].get("speaker").is_none());
}

#[test]
fn chats_and_captions_name_their_speakers() {
    let chat = "[12:01] anna: the release goes out on friday\n\
                [12:02] ben: ok\n\
                [12:03] anna: the changelog still misses the new export format\n\
                [12:04] ben: I will write the changelog entry for the export format today\n";
    let summary = summary_of(chat, Length::Sentences(2));
    assert_eq!(summary.format, Format::Conversation);
    assert!(summary.sentences.iter().all(|s| s.speaker.is_some()));
    assert!(summary.sentences.iter().all(|s| s.text != "ok"));

    let srt = "1\n00:00:01,000 --> 00:00:03,000\nThe harbour will open a second\n\n\
               2\n00:00:03,000 --> 00:00:06,000\nterminal for container ships next spring.\n\n\
               3\n00:00:06,500 --> 00:00:08,000\nThe council approved the plan on Monday.\n";
    let summary = summary_of(srt, Length::Ratio(1.0));
    assert_eq!(summary.format, Format::Conversation);
    let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("The harbour") && texts[0].ends_with("next spring."));
    assert!(texts.iter().all(|t| !t.starts_with("00:")));

    let vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Anna>We ship the new release on Friday.\n\n\
               00:02.000 --> 00:04.000\n<v Ben>Great.\n\n\
               00:04.000 --> 00:07.000\n<v Ben>I will update the download page before Friday.\n";
    let summary = summary_of(vtt, Length::Ratio(1.0));
    let speakers: Vec<Option<&str>> = summary.sentences.iter().map(|s| s.speaker).collect();
    assert_eq!(speakers, [Some("Anna"), Some("Ben")]);
}

#[test]
fn hostile_conversations_give_valid_summaries() {
    let one_word_turns: String = (0..100_000)
        .map(|i| format!("Speaker {}: word{}\n", i % 7, i % 13))
        .collect();
    let labels_only = "Anna:\nBen:\n".repeat(50_000);
    let timestamps_only = "00:00:01,000 --> 00:00:02,000\n\n".repeat(30_000);
    let caption = "17\n00:00:01,000 --> 00:00:02,000\nwords that never end a sentence\n\n";
    let long_caption = caption.repeat(1_000_000 / caption.len());
    let nested = format!(
        "Anna: {}\nBen: {}\nAnna: x.",
        "{".repeat(100_000),
        "<".repeat(100_000)
    );
    let markup_and_fillers =
        "Anna: {vocalsound} {gap}\nBen: uh , um - yeah {pause}\n".repeat(50_000);
    let one_long_hesitation = format!(
        "Anna: {}the end.\nBen: Okay.\nAnna: Yes.",
        "uh , ".repeat(200_000)
    );
    let binaryish: String = (0..200_000u32)
        .map(|i| char::from_u32(i % 0x800).unwrap_or(' '))
        .collect::<String>()
        + "\nAnna: a.\nBen: b.\nAnna: c.";
    for (name, text) in [
        ("one-word turns", one_word_turns),
        ("labels without text", labels_only),
        ("timestamps only", timestamps_only),
        ("a long caption file", long_caption),
        ("unclosed markup", nested),
        ("markup and fillers only", markup_and_fillers),
        ("one long hesitation", one_long_hesitation),
        ("binary-ish", binaryish),
    ] {
        for (format, length) in [
            (Format::Auto, Length::Sentences(3)),
            (Format::Conversation, Length::Words(100)),
        ] {
            let summary = Summarizer::new()
                .format(format)
                .length(length)
                .summarize(&text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let mut covered = 0;
            for sentence in &summary.sentences {
                assert!(sentence.span.start >= covered, "{name}");
                assert_eq!(&text[sentence.span.clone()], sentence.text, "{name}");
                assert!(sentence.score.is_finite(), "{name}");
                covered = sentence.span.end;
            }
        }
    }
}

#[test]
#[ignore = "10 MB of captions: slow in a debug build, run with --include-ignored"]
fn a_ten_megabyte_caption_file_gives_a_valid_summary() {
    let open = "17\n00:00:01,000 --> 00:00:02,000\nwords that never end a sentence\n\n";
    let finished = "18\n00:00:02,000 --> 00:00:03,000\n<v Anna>The pumps were replaced.</v>\n\n";
    for cue in [open, finished] {
        let captions = format!("WEBVTT\n\n{}", cue.repeat(10_000_000 / cue.len()));
        for length in [Length::Sentences(3), Length::Words(100)] {
            let summary = summary_of(&captions, length);
            assert_eq!(summary.format, Format::Conversation);
            for sentence in &summary.sentences {
                assert_eq!(&captions[sentence.span.clone()], sentence.text);
                assert!(
                    !sentence.text.ends_with("</v>"),
                    "closing markup is no word"
                );
            }
        }
    }
}
