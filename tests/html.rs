//! Web pages: the main content and summaries of pages, through the public API, and every
//! hostile page read without a panic, with offsets that hold. How the time grows with the
//! page's size is measured by `benches/html.rs` (linear), not asserted here by the clock.
#![cfg(feature = "html")]

use salient::html::{self, BlockKind};
use salient::{Error, Format, Length, Summarizer};

#[path = "common/hostile_pages.rs"]
mod hostile_pages;

use hostile_pages::hostile_pages;

const PAGE: &str = "<!DOCTYPE html><html lang=fr><head><title>Le port rouvre | Journal</title>\
<meta property=\"article:published_time\" content=\"2024-03-02T08:00:00Z\">\
<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Zoé Martin\"}}</script>\
</head><body><header><nav><ul><li><a href=/>Accueil</a><li><a href=/sport>Sport</a></ul></nav></header>\
<main><article><h1>Le port rouvre</h1><p class=byline>Par Zoé Martin</p>\
<p>Le port de la ville a rouvert lundi après six années de travaux sur ses quais.</p>\
<p>Les bateaux de pêche ont été les premiers à s'amarrer au nouveau quai, a dit la maire.</p>\
<figure><img src=a.jpg><figcaption>Le nouveau quai, lundi.</figcaption></figure>\
<h2>Un chantier long</h2><p>Les travaux ont coûté douze millions d'euros, financés par la région.</p>\
<ul><li>Un quai de 300 mètres.</li><li>Une criée neuve.</li></ul>\
<pre>quai = 300 m</pre></article>\
<aside><h3>À lire aussi</h3><p><a href=/x>Un autre article sur la météo de la semaine</a></p></aside>\
<section id=comments><p>Super nouvelle pour la ville, merci pour cet article complet !</p></section>\
</main><footer><p>© Journal · Mentions légales · Contact</p></footer></body></html>";

#[test]
fn the_main_content_keeps_the_article_and_leaves_the_page_around_it() {
    let page = html::extract(PAGE);
    assert_eq!(page.title.as_deref(), Some("Le port rouvre"));
    assert_eq!(page.byline.as_deref(), Some("Zoé Martin"));
    assert_eq!(page.date.as_deref(), Some("2024-03-02T08:00:00Z"));
    let kinds: Vec<(BlockKind, u8)> = page.blocks.iter().map(|b| (b.kind, b.level)).collect();
    assert_eq!(kinds.first(), Some(&(BlockKind::Heading, 1)));
    assert!(kinds.contains(&(BlockKind::Heading, 2)));
    assert!(kinds.contains(&(BlockKind::ListItem, 0)));
    assert!(kinds.contains(&(BlockKind::Code, 0)));
    for unwanted in [
        "Accueil",
        "À lire aussi",
        "Super nouvelle",
        "Mentions",
        "Le nouveau quai",
    ] {
        assert!(
            !page.text.contains(unwanted),
            "{unwanted} in {:?}",
            page.text
        );
    }
    for block in &page.blocks {
        let text = &page.text[block.span.clone()];
        let element = &PAGE[block.element.clone()];
        assert!(
            element.starts_with('<') && element.ends_with('>'),
            "{element}"
        );
        // Entities aside, a block's words are its element's.
        let first_word = text.split_whitespace().next().unwrap();
        assert!(
            element.contains(first_word),
            "{first_word} not in {element}"
        );
    }
}

#[test]
fn a_summary_of_a_page_points_into_its_text_and_its_html() {
    let page = html::extract(PAGE);
    let summary = Summarizer::new()
        .length(Length::Sentences(2))
        .summarize_page(&page)
        .unwrap();
    assert_eq!(summary.len(), 2);
    #[cfg(feature = "lang-fr")]
    assert_eq!(summary.language, salient::Language::French);
    // Headings, code and list fragments are no sentences; the byline is left out.
    assert_eq!(summary.document_sentences, 5);
    for sentence in &summary.sentences {
        assert_eq!(&page.text[sentence.span.clone()], sentence.text);
        let element = &PAGE[sentence.element.clone()];
        assert!(
            element.starts_with("<p>") && element.ends_with("</p>"),
            "{element}"
        );
        assert!(element.contains(sentence.text), "{element}");
    }
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["main_text"], page.text.as_str());
    assert_eq!(json["byline"], "Zoé Martin");
    assert_eq!(
        json["sentences"][0]["element_start"],
        summary.sentences[0].element.start
    );
}

#[test]
fn the_html_format_is_for_pages_and_text_is_never_taken_for_one() {
    assert_eq!("html".parse::<Format>(), Ok(Format::Html));
    assert_eq!(Format::Auto.resolve(PAGE), Format::Text);
    assert!(html::is_html(PAGE));
    assert!(html::is_html("  <!-- x --><html><p>Hi</p>"));
    assert!(!html::is_html(
        "Tags such as <p> and </p> are HTML. So are </div> and </b>."
    ));
    let error = Summarizer::new()
        .format(Format::Html)
        .summarize(PAGE)
        .unwrap_err();
    assert_eq!(error, Error::HtmlIsAPage);
    assert!(error.to_string().contains("summarize_page"));
    // Plain text as a page is one paragraph of text.
    let page = html::extract("Just text. No tags at all.");
    assert_eq!(page.text, "Just text. No tags at all.");
}

#[test]
fn every_hostile_page_gives_a_page_and_a_valid_summary() {
    for (name, source) in hostile_pages(1_000_000) {
        let page = html::extract(&source);
        let mut previous = 0;
        for block in &page.blocks {
            assert!(block.span.start >= previous, "{name}");
            assert!(page.text.get(block.span.clone()).is_some(), "{name}");
            assert!(source.get(block.element.clone()).is_some(), "{name}");
            previous = block.span.end;
        }
        let summary = Summarizer::new()
            .summarize_page(&page)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for sentence in &summary.sentences {
            assert_eq!(&page.text[sentence.span.clone()], sentence.text, "{name}");
            assert!(source.get(sentence.element.clone()).is_some(), "{name}");
            assert!(sentence.score.is_finite(), "{name}");
        }
        match name {
            "nested divs" => assert_eq!(page.text, "Deep text.", "{name}"),
            "script only" => assert!(page.text.is_empty(), "{name}"),
            "huge attribute" => assert_eq!(page.text, "After the attribute.", "{name}"),
            "unclosed script" | "unclosed comment" => assert_eq!(page.text, "Shown.", "{name}"),
            _ => {}
        }
    }
}
