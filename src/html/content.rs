//! Main content: which of the page's blocks are the article.
//!
//! The page's furniture is set aside first: navigation, sidebars, footers, comment
//! sections, share bars and the like, known by their elements (`<nav>`, `<aside>`), ARIA
//! roles and class and id names, unless setting one aside would take most of the page's
//! text with it (a site that names its wrapper `page-with-sidebar`). Then each block of
//! text is weighed: prose (sentences, long runs of text with few links) counts for its
//! length, link lists and short lines that are not sentences count against. The article is
//! the element whose blocks weigh the most, so that a wrapper taking in the article and a
//! menu weighs less than the article alone, while an article cut into sections by
//! headings, pictures or quotes stays whole. Within it, an element that says it is the
//! article (`<article>`, `itemprop="articleBody"`, `role="main"`, classes such as
//! `entry-content`) and holds nearly all its weight is preferred.

use super::hints::Hints;
use super::parse::{Document, Kind, TextBlock, NONE};
use super::tags::Tag;

/// A block whose share of link text is above this is a list of links, not prose.
const MAX_LINK_DENSITY: f64 = 0.5;
/// How much a heading weighs for, per character: a little, so that the element holding an
/// article's paragraphs and its headline outweighs the paragraphs alone.
const HEADING_WEIGHT: f64 = 0.05;
/// A line of at most this many characters that is not prose and comes before a link list
/// is the list's label.
const LABEL_CHARS: usize = 60;
/// Text of at least this many characters counts as prose even without a full stop.
const PROSE_CHARS: usize = 100;
/// How much a line that is neither prose nor links weighs against, per character.
const FRAGMENT_WEIGHT: f64 = -0.1;
/// A block opening with a link that makes at least this share of its text is a teaser, and
/// so is a list item with this share of link text that opens with a link (a linked
/// headline or picture).
const TEASER_LINK_DENSITY: f64 = 0.15;
/// A list item with at least this share of link text is a teaser however it opens (a
/// reference with its links to the cited work).
const TEASER_ITEM_LINK_DENSITY: f64 = 0.3;
/// How much a teaser weighs against, per character.
const TEASER_WEIGHT: f64 = -0.5;
/// An element that says it is the article is chosen within the heaviest one when it holds
/// at least this share of its weight.
const MARKED_SHARE: f64 = 0.9;
/// A sibling of the article holding at least this share of its weight is more of it.
const SIBLING_SHARE: f64 = 0.2;
/// A paragraph beside the article with more than this many characters, and less than
/// this share of link text, is more of it (Readability's rule for sibling paragraphs).
const SIBLING_PARAGRAPH_CHARS: usize = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY: f64 = 0.25;
/// How many levels above the article a lead set apart from it is looked for.
const LEAD_LEVELS: usize = 3;
/// Furniture by its names is kept when it holds more than this share of the page's prose.
const MAX_FURNITURE_SHARE: f64 = 0.4;
/// Comments by their names are kept when they hold more than this share.
const MAX_COMMENTS_SHARE: f64 = 0.8;
/// An element named as a caption or a credit holding at most this many characters is
/// one; a longer one is a wrapper that happens to be named so.
const CAPTION_CHARS: usize = 300;
/// A caption weighing at least this share of the article is its text (a video's page,
/// whose text is the video's description).
const CAPTION_SHARE: f64 = 0.3;

/// The indices of `document`'s blocks that make its main content, in order.
pub(crate) fn main_content(document: &Document) -> Vec<usize> {
    let elements = &document.elements;
    let count = elements.len();
    let parent_of = |element: usize| elements.get(element).map_or(NONE, |e| e.parent);

    // List items that are teasers: a linked headline and a line or two about another page,
    // known by the share of link text in the whole item and by opening with the link. An
    // item whose link comes last ("Learn more") describes something on this page.
    let mut chars = vec![0usize; count];
    let mut links = vec![0usize; count];
    for block in &document.blocks {
        if let (Some(c), Some(l)) = (chars.get_mut(block.element), links.get_mut(block.element)) {
            *c += block.chars;
            *l += block.link_chars;
        }
    }
    for element in (1..count).rev() {
        let parent = parent_of(element);
        let (own_chars, own_links) = (
            chars.get(element).copied().unwrap_or(0),
            links.get(element).copied().unwrap_or(0),
        );
        if let Some(total) = chars.get_mut(parent) {
            *total += own_chars;
        }
        if let Some(total) = links.get_mut(parent) {
            *total += own_links;
        }
    }
    // The first block of each element, to tell a list item opening with a link.
    let mut first_block = vec![usize::MAX; count];
    for (index, block) in document.blocks.iter().enumerate() {
        if let Some(first) = first_block.get_mut(block.element) {
            *first = (*first).min(index);
        }
    }
    for element in (1..count).rev() {
        let parent = parent_of(element);
        let own = first_block.get(element).copied().unwrap_or(usize::MAX);
        if let Some(first) = first_block.get_mut(parent) {
            *first = (*first).min(own);
        }
    }
    let mut teaser_item = vec![false; count];
    for element in 0..count {
        let inherited = teaser_item
            .get(parent_of(element))
            .copied()
            .unwrap_or(false);
        let link_share = links.get(element).copied().unwrap_or(0) as f64
            / chars.get(element).copied().unwrap_or(0).max(1) as f64;
        let opens_with_link = || {
            first_block
                .get(element)
                .and_then(|&first| document.blocks.get(first))
                .is_some_and(|block| block.opens_with_link)
        };
        let own = elements.get(element).is_some_and(|e| e.tag == Tag::Li)
            && link_share >= TEASER_LINK_DENSITY
            && (link_share >= TEASER_ITEM_LINK_DENSITY || opens_with_link());
        if let Some(flag) = teaser_item.get_mut(element) {
            *flag = inherited || own;
        }
    }
    let weigh = |block: &TextBlock| {
        let weight = block_weight(block, &document.text);
        if weight > 0.0 && teaser_item.get(block.element).copied().unwrap_or(false) {
            TEASER_WEIGHT * block.chars as f64
        } else {
            weight
        }
    };

    // Prose in each element, its descendants' included: what the page has to read, so
    // that a wrapper misnamed as furniture is known by holding most of it. Parents come
    // before their children.
    let mut prose = vec![0.0f64; count];
    for block in &document.blocks {
        if let Some(total) = prose.get_mut(block.element) {
            *total += weigh(block).max(0.0);
        }
    }
    for element in (1..count).rev() {
        let parent = parent_of(element);
        let own = prose.get(element).copied().unwrap_or(0.0);
        if let Some(total) = prose.get_mut(parent) {
            *total += own;
        }
    }
    let page_prose = prose.first().copied().unwrap_or(0.0).max(1.0);

    // Furniture, inherited by descendants.
    let mut furniture = vec![false; count];
    for element in 0..count {
        let inherited = furniture.get(parent_of(element)).copied().unwrap_or(false);
        let share = prose.get(element).copied().unwrap_or(0.0) / page_prose;
        let is_furniture = inherited
            || elements
                .get(element)
                .is_some_and(|e| is_furniture(e.tag, e.hints, share));
        if let Some(flag) = furniture.get_mut(element) {
            *flag = is_furniture;
        }
    }

    // Captions and credits of pictures by their names (`wp-caption-text`, `image-credit`):
    // for each element, the outermost such element it stands in, if any.
    let mut caption = vec![NONE; count];
    for element in 0..count {
        let inherited = caption.get(parent_of(element)).copied().unwrap_or(NONE);
        let own = elements
            .get(element)
            .is_some_and(|e| e.hints.has(Hints::CAPTION))
            && chars.get(element).copied().unwrap_or(0) <= CAPTION_CHARS;
        if let Some(root) = caption.get_mut(element) {
            *root = if inherited != NONE {
                inherited
            } else if own {
                element
            } else {
                NONE
            };
        }
    }

    // Each element's weight: its blocks' and its descendants'.
    let mut weight = vec![0.0f64; count];
    for block in &document.blocks {
        if !furniture.get(block.element).copied().unwrap_or(true) {
            if let Some(total) = weight.get_mut(block.element) {
                *total += weigh(block);
            }
        }
    }
    for element in (1..count).rev() {
        let parent = parent_of(element);
        let own = weight.get(element).copied().unwrap_or(0.0);
        if let Some(total) = weight.get_mut(parent) {
            *total += own;
        }
    }

    // The article: the heaviest element, the innermost on a tie; or within it, the
    // innermost element that says it is the article (`<article>`, `articleBody`,
    // `entry-content`) and holds nearly all of that weight, which leaves out what else the
    // heaviest element holds (a byline, a teaser that passed for prose).
    let mut heaviest = 0;
    let mut heaviest_weight = f64::NEG_INFINITY;
    for (element, &own) in weight.iter().enumerate() {
        if !furniture.get(element).copied().unwrap_or(true) && own >= heaviest_weight {
            heaviest = element;
            heaviest_weight = own;
        }
    }
    let mut in_heaviest = vec![false; count];
    let mut best = heaviest;
    for element in 0..count {
        let inherited = in_heaviest
            .get(parent_of(element))
            .copied()
            .unwrap_or(false);
        let inside = element == heaviest || inherited;
        if let Some(flag) = in_heaviest.get_mut(element) {
            *flag = inside;
        }
        let marked = elements
            .get(element)
            .is_some_and(|e| says_it_is_the_article(e.tag, e.hints));
        let own = weight.get(element).copied().unwrap_or(0.0);
        if inside
            && marked
            && own >= MARKED_SHARE * heaviest_weight
            && !furniture.get(element).copied().unwrap_or(true)
        {
            best = element;
        }
    }

    // The lead under the headline is often set apart from the body, in the article's
    // header: an element named as a lead before the article, within a few levels above it.
    let mut scope = best;
    for _ in 0..LEAD_LEVELS {
        let parent = parent_of(scope);
        let stops = elements
            .get(parent)
            .is_none_or(|e| matches!(e.tag, Tag::Html | Tag::Body));
        if stops {
            break;
        }
        scope = parent;
    }
    let mut in_scope = vec![false; count];
    for element in 0..count {
        let inherited = in_scope.get(parent_of(element)).copied().unwrap_or(false);
        if let Some(flag) = in_scope.get_mut(element) {
            *flag = element == scope || inherited;
        }
    }
    let is_lead = |element: usize| {
        element < best
            && in_scope.get(element).copied().unwrap_or(false)
            && !teaser_item.get(element).copied().unwrap_or(false)
            && !furniture.get(element).copied().unwrap_or(true)
            && elements
                .get(element)
                .is_some_and(|e| e.hints.has(Hints::LEAD))
    };
    // The article's siblings that weigh at least a fifth as much are more of it: a page
    // that sets each section of an article in its own box, side by side under a wrapper
    // that also holds link lists.
    let best_weight = weight.get(best).copied().unwrap_or(0.0);
    let best_parent = parent_of(best);
    let is_root = |element: usize| {
        element == best
            || (best_parent != NONE
                && parent_of(element) == best_parent
                && !furniture.get(element).copied().unwrap_or(true)
                && weight.get(element).copied().unwrap_or(0.0) >= SIBLING_SHARE * best_weight
                && weight.get(element).copied().unwrap_or(0.0) > 0.0)
    };

    // Blocks within the article, less furniture, captions and link lists.
    let mut in_article = vec![false; count];
    for element in 0..count {
        let inherited = in_article.get(parent_of(element)).copied().unwrap_or(false);
        if let Some(flag) = in_article.get_mut(element) {
            *flag = inherited || is_root(element) || is_lead(element);
        }
    }
    let text_of = |block: &TextBlock| document.text.get(block.text.clone()).unwrap_or("");
    // Paragraphs beside the article are more of it, as Readability appends sibling
    // paragraphs: a `<p>` next to the article's element, or text standing loose in their
    // parent (a post's text after its player, directly in `entry-content`), when it reads
    // as a paragraph: long with few links, or a sentence with none.
    let beside_the_article = |block: &TextBlock| {
        let element = block.element;
        let placed = best_parent != NONE
            && element != best
            && (element == best_parent
                || (parent_of(element) == best_parent
                    && elements.get(element).is_some_and(|e| e.tag == Tag::P)));
        placed
            && block.kind == Kind::Paragraph
            && !furniture.get(element).copied().unwrap_or(true)
            && weigh(block) > 0.0
            && ((block.chars > SIBLING_PARAGRAPH_CHARS
                && link_density(block) < SIBLING_PARAGRAPH_LINK_DENSITY)
                || (block.link_chars == 0 && ends_sentence(text_of(block))))
    };
    let in_place: Vec<usize> = document
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| {
            ((in_article.get(block.element).copied().unwrap_or(false)
                && !furniture.get(block.element).copied().unwrap_or(true))
                || beside_the_article(block))
                && block.kind != Kind::Caption
                && caption.get(block.element).is_none_or(|&root| {
                    root == NONE
                        || weight.get(root).copied().unwrap_or(0.0) >= CAPTION_SHARE * best_weight
                })
        })
        .map(|(index, _)| index)
        .collect();
    // Link lists go, and so does the short line that heads one ("More on this", "Read
    // next:"); a linked sentence stays, and so does a linked heading over a paragraph of
    // the article (a list of products, each headed by a link to it).
    let is_link_list_at = |position: usize| {
        let Some(block) = in_place.get(position).and_then(|&i| document.blocks.get(i)) else {
            return false;
        };
        if link_density(block) <= MAX_LINK_DENSITY || ends_sentence(text_of(block)) {
            return false;
        }
        if matches!(block.kind, Kind::Heading(_)) {
            let next = in_place
                .get(position + 1)
                .and_then(|&i| document.blocks.get(i));
            if next.is_some_and(|next| {
                !matches!(next.kind, Kind::Heading(_))
                    && link_density(next) <= MAX_LINK_DENSITY
                    && is_prose(next, text_of(next))
            }) {
                return false;
            }
        }
        true
    };
    let mut kept: Vec<usize> = Vec::with_capacity(in_place.len());
    for (position, &index) in in_place.iter().enumerate() {
        let Some(block) = document.blocks.get(index) else {
            continue;
        };
        let heads_links = block.chars <= LABEL_CHARS
            && !is_prose(block, text_of(block))
            && is_link_list_at(position + 1);
        if !is_link_list_at(position) && !heads_links {
            kept.push(index);
        }
    }
    // After the last paragraph of prose, headings and short lines open what follows the
    // article ("Related", "More on this", "Contact:"), not more of it.
    while let Some(&last) = kept.last() {
        let Some(block) = document.blocks.get(last) else {
            break;
        };
        let trailing = match block.kind {
            Kind::Heading(_) => true,
            Kind::Paragraph | Kind::Quote | Kind::Cell => {
                !is_prose(block, document.text.get(block.text.clone()).unwrap_or(""))
            }
            _ => false,
        };
        if !trailing {
            break;
        }
        kept.pop();
    }
    // A page with no prose at all (a list of links, a few words) is all it says.
    if kept.is_empty() {
        kept = document
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, block)| !furniture.get(block.element).copied().unwrap_or(true))
            .map(|(index, _)| index)
            .collect();
    }
    kept
}

/// Whether a block reads as prose: a sentence, or a long run of text.
fn is_prose(block: &TextBlock, text: &str) -> bool {
    block.chars >= PROSE_CHARS || ends_sentence(text)
}

/// Whether an element is the page's furniture rather than its article, given its share of
/// the page's prose.
fn is_furniture(tag: Tag, hints: Hints, share: f64) -> bool {
    if hints.has(Hints::BODY) {
        return false;
    }
    if hints.has(Hints::BOILERPLATE_ROLE) || matches!(tag, Tag::Nav | Tag::Menu | Tag::Dialog) {
        return true;
    }
    if matches!(tag, Tag::Html | Tag::Body | Tag::Main) {
        return false;
    }
    // A name that says it is the article's own (`entry-content`) outweighs another that
    // says otherwise (`has-sidebar`).
    let named_content = hints.has(Hints::CONTENT);
    if hints.has(Hints::COMMENTS) && !named_content {
        return share <= MAX_COMMENTS_SHARE;
    }
    let by_tag = matches!(tag, Tag::Aside | Tag::Footer | Tag::Header);
    // A block quote's names say what it quotes (`twitter-tweet`, an embedded post), not
    // that it is furniture.
    let by_name = hints.has(Hints::BOILERPLATE) && !named_content && tag != Tag::Blockquote;
    (by_tag || by_name) && share <= MAX_FURNITURE_SHARE
}

/// Whether an element says it is the article, or the page's main part.
fn says_it_is_the_article(tag: Tag, hints: Hints) -> bool {
    hints.has(Hints::BODY) || hints.has(Hints::CONTENT) || matches!(tag, Tag::Article | Tag::Main)
}

fn link_density(block: &TextBlock) -> f64 {
    block.link_chars as f64 / block.chars.max(1) as f64
}

/// What a block adds to the weight of the elements it stands in.
fn block_weight(block: &TextBlock, text: &str) -> f64 {
    let chars = block.chars as f64;
    let density = link_density(block);
    if density > MAX_LINK_DENSITY {
        return -chars;
    }
    if matches!(block.kind, Kind::Heading(_)) {
        return HEADING_WEIGHT * chars;
    }
    // A linked headline with a line or two after it: a teaser for another page.
    if block.opens_with_link && density >= TEASER_LINK_DENSITY {
        return TEASER_WEIGHT * chars;
    }
    if is_prose(block, text.get(block.text.clone()).unwrap_or("")) {
        chars * (1.0 - density)
    } else {
        FRAGMENT_WEIGHT * chars
    }
}

/// Whether `text` ends as a sentence does.
fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '»' | '”' | '’' | ']')
    });
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse::parse;

    fn main_text(html: &str) -> Vec<String> {
        let document = parse(html);
        main_content(&document)
            .into_iter()
            .map(|index| document.text[document.blocks[index].text.clone()].to_string())
            .collect()
    }

    #[test]
    fn the_article_is_kept_and_the_furniture_left() {
        let html = "<body><nav><a href=/>Home</a> <a href=/n>News</a></nav>\
            <div class=layout><div class=menu><ul><li><a href=1>One</a><li><a href=2>Two</a>\
            </ul></div><div class=story><h1>Title</h1>\
            <p>The harbor opened on Monday after six years of work on its walls.</p>\
            <p>Fishing boats were the first to use the new quay, said the mayor.</p>\
            <div class=share>Share this</div></div>\
            <aside><p>Other news: a long unrelated story about elections somewhere.</p></aside>\
            </div><div id=comments><p>Great article, thanks for sharing it with us!</p></div>\
            <footer>Copyright 2024</footer></body>";
        assert_eq!(
            main_text(html),
            [
                "Title",
                "The harbor opened on Monday after six years of work on its walls.",
                "Fishing boats were the first to use the new quay, said the mayor."
            ]
        );
    }

    #[test]
    fn a_lead_set_apart_from_the_body_is_kept() {
        let paragraphs: String = (1..=8)
            .map(|n| format!("<p>On day {n} of the works the crews rebuilt one more part of the old walls.</p>"))
            .collect();
        let html = format!(
            "<body><div class=page><div class=story>\
            <div class=story-head><h1>Harbor opens</h1>\
            <p class=story-lead>After six years of work the town has its harbor back.</p></div>\
            <div itemprop=articleBody>{paragraphs}</div></div>\
            <div class=promo><p class=intro>Read our other stories about towns.</p>\
            </div></div></body>"
        );
        let text = main_text(&html);
        assert_eq!(
            text.first().map(String::as_str),
            Some("After six years of work the town has its harbor back.")
        );
        assert!(!text.iter().any(|block| block.contains("other stories")));
    }

    #[test]
    fn a_sibling_as_heavy_as_the_article_is_more_of_it() {
        let html = "<body><div class=sections>\
            <section><h2>The harbor</h2>\
            <p>The harbor opened on Monday after six years of work on its walls and quays.</p>\
            <p>Fishing boats were the first to use the new quay, said the mayor on Monday.</p>\
            </section><section><h2>The lighthouse</h2>\
            <p>The old lighthouse will be painted again in the spring, the council decided.</p>\
            </section><ul><li><a href=/a>All the news from the harbor and the quays</a>\
            <li><a href=/b>All the news from the lighthouse and the coast</a>\
            <li><a href=/c>All the news from the town hall and the council</a></ul></div></body>";
        assert_eq!(
            main_text(html),
            [
                "The harbor",
                "The harbor opened on Monday after six years of work on its walls and quays.",
                "Fishing boats were the first to use the new quay, said the mayor on Monday.",
                "The lighthouse",
                "The old lighthouse will be painted again in the spring, the council decided."
            ]
        );
    }

    #[test]
    fn paragraphs_beside_the_article_are_more_of_it() {
        let links: String = (1..=12)
            .map(|n| format!("<li><a href=/e{n}>Episode number {n} of the show</a></li>"))
            .collect();
        let html = format!(
            "<body><div class=post><div class=player><button>Play</button></div>\
            The crews rebuilt the old walls of the harbor over six long years of work.\
            <div class=notes><p>On the first day the crews took down the broken quay and its old cranes.</p>\
            <p>On the second day they laid the stones again, one by one, along the water.</p></div>\
            <p>The mayor thanked them.</p>\
            <p><a href=/a>All episodes</a> and <a href=/b>all the other shows</a>.</p>\
            <ul>{links}</ul></div></body>"
        );
        let text = main_text(&html);
        assert_eq!(
            text,
            [
                "The crews rebuilt the old walls of the harbor over six long years of work.",
                "On the first day the crews took down the broken quay and its old cranes.",
                "On the second day they laid the stones again, one by one, along the water.",
                "The mayor thanked them."
            ]
        );
    }

    #[test]
    fn captions_and_credits_are_left_out_unless_they_are_the_text() {
        let paragraphs: String = (1..=6)
            .map(|n| format!("<p>On day {n} of the works the crews rebuilt one more part of the old walls.</p>"))
            .collect();
        let html = format!(
            "<body><article><h1>Harbor opens</h1>{paragraphs}\
            <div class=wp-caption><img src=a.jpg><p class=wp-caption-text>The new quay at dawn.</p></div>\
            <p>The mayor opened the harbor on Monday. <span class=image-credit>Photo: Ann Lee</span></p>\
            <div class='item no-caption'><p>The boats came back in the evening, as they did before.</p></div>\
            </article></body>"
        );
        let text = main_text(&html).join("\n");
        assert!(!text.contains("quay at dawn"));
        assert!(text.contains("The boats came back"));
        assert!(text.contains("The mayor opened the harbor"));

        // A video's page: its description is a caption, and the page's text.
        let html = "<body><div class=player><div class=video-caption>\
            <p>The harbor opened on Monday after six years of work on its walls and quays.</p>\
            </div><p>Watch it again.</p></div></body>";
        assert_eq!(
            main_text(html).first().map(String::as_str),
            Some("The harbor opened on Monday after six years of work on its walls and quays.")
        );
    }

    #[test]
    fn an_item_whose_link_comes_last_is_not_a_teaser() {
        let features: String = ["Inspector", "Console", "Debugger", "Network", "Editor"]
            .iter()
            .map(|name| {
                format!(
                    "<li><h2>{name}</h2><p>Examine and change what the page does with the \
                     {name}, right in the browser as the page runs.</p>\
                     <a href=/{name}>Learn more about the {name}</a></li>"
                )
            })
            .collect();
        let teasers: String = (1..=5)
            .map(|n| {
                format!(
                    "<li><a href=/story{n}>Story number {n} about the town</a>\
                     <p>A short line about it.</p></li>"
                )
            })
            .collect();
        let html = format!(
            "<body><main><div class=intro><p>Welcome to the new browser.</p></div>\
             <ul class=features>{features}</ul><ul class=stories>{teasers}</ul></main></body>"
        );
        let text = main_text(&html).join("\n");
        assert!(text.contains("Examine and change what the page does with the Debugger"));
        assert!(!text.contains("Story number"));
    }

    #[test]
    fn a_linked_heading_over_a_paragraph_is_kept() {
        let html = "<body><article><h1>Five games to play</h1>\
            <p>These are the games worth your time this autumn, from puzzles to racing.</p>\
            <h3><a href=/one>First game ($30)</a></h3>\
            <p>A puzzle game in which each level rebuilds the one before it, slowly.</p>\
            <h3><a href=/two>Second game ($20)</a></h3>\
            <p>A racing game on the roads of a small island, at night and in the rain.</p>\
            <ul><li><a href=/a>More games news</a><li><a href=/b>Reviews</a></ul>\
            </article></body>";
        let text = main_text(html);
        assert!(text.iter().any(|block| block == "First game ($30)"));
        assert!(text.iter().any(|block| block == "Second game ($20)"));
        assert!(!text.iter().any(|block| block == "Reviews"));
    }

    #[test]
    fn embedded_posts_and_accordions_are_part_of_the_article() {
        let html = "<body><article><h1>Harbor opens</h1>\
            <p>The harbor opened on Monday after six years of work on its walls and quays.</p>\
            <blockquote class=twitter-tweet><p>What a day for the town, the boats are back!</p>\
            &mdash; Ann Lee (@annlee) <a href=/status>May 6, 2024</a></blockquote>\
            <div class=panel-group role=tablist><div role=tabpanel>\
            <p>Fishing boats were the first to use the new quay, said the mayor on Monday.</p>\
            </div></div></article></body>";
        let text = main_text(html).join("\n");
        assert!(text.contains("What a day for the town"));
        assert!(text.contains("Fishing boats were the first"));
    }
}
