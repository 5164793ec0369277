//! Texts that announce their structure: Markdown documents and e-mail threads, written for
//! these tests. A summary keeps to the text's own prose: no code, table, heading or badge,
//! no quoted line when the reply has three sentences of its own, no signature or footer.

#![cfg(all(feature = "markdown", feature = "email"))]

use salient::{Format, Length, Summarizer};

/// The summary's sentences, checked to be exact slices of `text`.
fn summary_of(text: &str, format: Format, sentences: usize) -> (Vec<&str>, Format) {
    let summary = Summarizer::new()
        .format(format)
        .length(Length::Sentences(sentences))
        .summarize(text)
        .expect("the options are valid");
    for sentence in &summary.sentences {
        assert_eq!(&text[sentence.span.clone()], sentence.text);
    }
    (
        summary.sentences.iter().map(|s| s.text).collect(),
        summary.format,
    )
}

/// No chosen sentence has a line that starts with block markup, or a quote marker.
fn assert_no_markup(sentences: &[&str]) {
    for sentence in sentences {
        for line in sentence.lines() {
            let line = line.trim_start();
            assert!(
                !["#", "|", "```", "~~~", ">"]
                    .iter()
                    .any(|m| line.starts_with(m)),
                "{sentence:?}"
            );
        }
    }
}

const README: &str = "\
# tidewatch

[![Build](https://ci.example/tidewatch.svg)](https://ci.example) [![Docs](https://docs.example/badge.svg)](https://docs.example)

Tidewatch predicts the tides of any harbour from its historic gauge readings. It fits the
harmonic constituents of the tide and forecasts the water level for the next year. Harbour
masters use it to plan the arrival of deep ships.

## Install

```sh
cargo install tidewatch # Installs the tidewatch command. It takes a minute.
```

## Use

Give it a file of gauge readings:

```text
2025-05-01T00:00Z 3.21
2025-05-01T01:00Z 3.02
```

and it prints the forecast. The forecast is accurate to a few centimetres for most harbours.

| Option | Meaning. |
|---|---|
| `--days N` | Forecast N days. The default is a year. |

> Note: readings with gaps of more than a day are refused. Fill them first.

## References

1. Doodson, A. T. (1921). The harmonic development of the tide-generating potential.
2. Foreman, M. G. G. (1977). Manual for tidal heights analysis and prediction.
";

#[test]
fn a_readme_summary_is_its_prose() {
    let (sentences, format) = summary_of(README, Format::Auto, 3);
    assert_eq!(format, Format::Markdown);
    assert_eq!(sentences.len(), 3);
    assert_no_markup(&sentences);
    for sentence in &sentences {
        for left_out in [
            "Installs",
            "2025-05",
            "Forecast N days",
            "readings with gaps",
            "Doodson",
            "and it prints",
        ] {
            assert!(!sentence.contains(left_out), "{sentence:?}");
        }
    }
    let all = summary_of(README, Format::Markdown, 100).0;
    assert!(
        all.contains(&"The forecast is accurate to a few centimetres for most harbours."),
        "{all:?}"
    );
    assert!(all[0].starts_with(
        "Tidewatch predicts the tides of any harbour from its historic gauge readings."
    ));
}

#[test]
fn the_same_readme_as_plain_text_picks_tables_and_references() {
    // What Markdown reading is for: read as plain text, table rows, quotes and references
    // are sentences like any other.
    let all = summary_of(README, Format::Text, 100).0;
    assert!(all.iter().any(|s| s.starts_with('|')), "{all:?}");
    assert!(all.iter().any(|s| s.contains("Doodson")), "{all:?}");
}

#[test]
fn a_document_of_quotes_alone_is_summarized_from_them() {
    let text = "## Sayings\n\n> The tide waits for no one.\n\n> Still waters run deep.\n";
    let (sentences, format) = summary_of(text, Format::Markdown, 3);
    assert_eq!(format, Format::Markdown);
    assert_eq!(
        sentences,
        ["The tide waits for no one.", "Still waters run deep."]
    );
}

/// A reply with three sentences of its own over the thread it answers: top posting,
/// Gmail's attribution and nested quotes, a sign-off and a legal footer.
const TOP_POSTED: &str = "\
From: Ana Lopez <ana@example.com>
To: Design Team <design@example.com>
Subject: Re: Review on Wednesday

Hi all,

The review moves to Thursday at 2 pm because the lab is booked on Wednesday. Please send
your slides to Priya by Tuesday evening. We will use the large meeting room on the third
floor.

Best regards,
Ana Lopez
Product Lead

This e-mail and any attachments are confidential and meant for the intended recipient
only. If you received it in error, delete it.

On Mon, 5 May 2025 at 09:12, Sam Carter <sam@example.com> wrote:
> Hi team, the review is on Wednesday at 10 am. Please bring your notes.
>
> On Fri, 2 May 2025, Priya Raman <priya@example.com> wrote:
>> Can we hold the review this week? The prototype is ready.
";

#[test]
fn a_top_posted_reply_is_summarized_from_the_reply() {
    let (sentences, format) = summary_of(TOP_POSTED, Format::Auto, 3);
    assert_eq!(format, Format::Email);
    assert_eq!(
        sentences,
        [
            "The review moves to Thursday at 2 pm because the lab is booked on Wednesday.",
            "Please send\nyour slides to Priya by Tuesday evening.",
            "We will use the large meeting room on the third\nfloor.",
        ]
    );
}

#[test]
fn a_bottom_posted_reply_with_interleaved_quotes() {
    let text = "\
On 3 June 2025, Lena Vogt <lena@example.com> wrote:
> Do we ship the update on Friday?

Yes, we ship it on Friday morning. The release notes are written.

> Who tells the customers?

Marco writes to the customers after the release. He has the list of addresses.

-- 
Tomás Ruiz | Release Manager
Sent with care from the release desk.
";
    let (sentences, format) = summary_of(text, Format::Auto, 3);
    assert_eq!(format, Format::Email);
    assert_eq!(sentences.len(), 3);
    for sentence in &sentences {
        assert!(
            !sentence.contains('?'),
            "a quoted question was chosen: {sentence:?}"
        );
        assert!(
            !sentence.contains("release desk"),
            "the signature was chosen"
        );
    }
}

#[test]
fn attribution_lines_in_several_languages_introduce_quotes() {
    let replies = [
        "Am 5. Mai 2025 um 10:00 schrieb Jo Weber <jo@example.com>:",
        "Le lun. 5 mai 2025 à 10:00, Jo Weber <jo@example.com> a écrit :",
        "El lun, 5 may 2025 a las 10:00, Jo Weber (<jo@example.com>) escribió:",
        "Il giorno lun 5 mag 2025 alle ore 10:00 Jo Weber <jo@example.com> ha scritto:",
        "Em seg., 5 de mai. de 2025 às 10:00, Jo Weber <jo@example.com> escreveu:",
        "Op ma 5 mei 2025 om 10:00 schreef Jo Weber <jo@example.com>:",
        "пн, 5 мая 2025 г. в 10:00, Jo Weber <jo@example.com>:",
        "Den 5 maj 2025 kl. 10:00 skrev Jo Weber <jo@example.com>:",
        "2025年5月5日(月) 10:00 Jo Weber <jo@example.com>:",
        "On Mon, May 5, 2025 at 10:00 AM Jo Weber <\njo@example.com> wrote:",
    ];
    for attribution in replies {
        let text = format!(
            "The boat leaves at noon. Bring a warm coat. Lunch is on board.\n\n{attribution}\n\
             > When does the boat leave tomorrow?\n> Is lunch included?\n"
        );
        let (sentences, format) = summary_of(&text, Format::Auto, 3);
        assert_eq!(format, Format::Email, "{attribution}");
        assert_eq!(
            sentences,
            [
                "The boat leaves at noon.",
                "Bring a warm coat.",
                "Lunch is on board."
            ],
            "{attribution}"
        );
    }
}

#[test]
fn a_forward_with_a_short_note_is_summarized_from_what_it_forwards() {
    let text = "\
FYI, see below.

---------- Forwarded message ---------
From: Harbour Office <office@example.com>
Date: Tue, 6 May 2025 at 08:00
Subject: New mooring fees
To: Members <members@example.com>

The mooring fees rise by five percent from July. Members who pay before June keep the old
rate. The office is closed on public holidays.
";
    let (sentences, format) = summary_of(text, Format::Auto, 3);
    assert_eq!(format, Format::Email);
    let forwarded = sentences
        .iter()
        .filter(|s| s.contains("fees") || s.contains("office") || s.contains("June"))
        .count();
    assert!(forwarded >= 2, "{sentences:?}");
    assert!(!sentences.iter().any(|s| s.contains("Harbour Office")));
}

#[test]
fn an_outlook_reply_keeps_to_the_new_message() {
    let text = "\
Thanks for the numbers. The budget for the trip is approved. Book the flights this week.

Kind regards,
Mei

________________________________
From: Omar Haddad <omar@example.com>
Sent: Monday, 5 May 2025 14:03
To: Mei Lin <mei@example.com>
Subject: Trip budget

Hi Mei, the trip will cost about 4,000 euros. Flights are the largest part.

-----Original Message-----
From: Mei Lin <mei@example.com>
Sent: Friday, 2 May 2025 09:00
To: Omar Haddad <omar@example.com>
Subject: Trip

How much will the trip cost?
";
    let (sentences, format) = summary_of(text, Format::Auto, 3);
    assert_eq!(format, Format::Email);
    assert_eq!(
        sentences,
        [
            "Thanks for the numbers.",
            "The budget for the trip is approved.",
            "Book the flights this week."
        ]
    );
}

#[test]
fn a_short_reply_brings_in_single_line_quotes_but_never_their_markers() {
    let text = "Agreed.\n\nOn Tue, 6 May 2025, Kim <kim@example.com> wrote:\n\
                > We meet at the pier at six.\n> The boat is the blue one, which\n\
                > belongs to my uncle.\n> Dinner is after the trip.\n";
    let (sentences, _) = summary_of(text, Format::Auto, 3);
    assert!(
        sentences.contains(&"We meet at the pier at six."),
        "{sentences:?}"
    );
    assert_no_markup(&sentences);
    assert!(
        !sentences.iter().any(|s| s.contains("which")),
        "{sentences:?}"
    );
}

#[test]
fn plain_text_with_quotes_or_a_colon_stays_plain_text() {
    for text in [
        "The minister wrote: \"We will build it.\" Work starts in May.",
        "> A line that starts with a marker.\nAnd prose after it.",
        "From the harbour, the view is wide. Subject to weather, boats leave hourly.",
        "Results\n# 1 Tides\n# 2 Waves\nThe tides rose.",
    ] {
        assert_eq!(Format::Auto.resolve(text), Format::Text, "{text}");
    }
}

#[test]
fn hostile_structure_stays_linear_and_valid() {
    let inputs = [
        ">".repeat(10_000) + " deep quote.\n",
        "> ".repeat(10_000) + "spaced deep quote.\n",
        "- ".repeat(10_000) + "deep item.\n",
        "1. ".repeat(5_000) + "deep numbered item.\n",
        "```\n".to_string() + &"unclosed fence line.\n".repeat(50_000),
        "| a | b |\n|---|---|\n".to_string() + &"| cell. | cell. |\n".repeat(300_000),
        "<div>\n".repeat(50_000),
        "[x]: y\n".repeat(50_000),
        "On Mon, Sam wrote:\n".repeat(20_000) + "> quoted.\n",
        "From: a\nSubject: b\n".repeat(20_000),
        "-- \n".repeat(50_000),
        "\t>\t-\t".repeat(10_000) + "tabs.",
        "\r\n> \r".repeat(50_000),
    ];
    for input in &inputs {
        for format in [Format::Auto, Format::Markdown, Format::Email, Format::Text] {
            let (sentences, read_as) = summary_of(input, format, 3);
            assert!(sentences.len() <= 3);
            match read_as {
                Format::Markdown => assert_no_markup(&sentences),
                Format::Email => assert!(
                    sentences
                        .iter()
                        .all(|s| !s.lines().any(|l| l.trim_start().starts_with('>'))),
                    "{sentences:?}"
                ),
                _ => {}
            }
        }
    }
}
