//! What an element's attributes say about it: class and id names, ARIA roles, microdata
//! and visibility. Pages name their parts for their own style sheets and scripts, and the
//! names are much the same from site to site: `comments`, `sidebar`, `share-buttons`,
//! `related-posts` on one side, `article-body`, `entry-content`, `story` on the other.

/// Flags read from an element's attributes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hints(u16);

impl Hints {
    /// Names of an article's own parts: `article`, `content`, `entry`, `post`, `story`.
    pub(crate) const CONTENT: Hints = Hints(1);
    /// Names of a page's furniture: navigation, sidebars, footers, share buttons, related
    /// links, advertising, newsletters, cookie notices.
    pub(crate) const BOILERPLATE: Hints = Hints(1 << 1);
    /// Readers' comments and the forms to write them.
    pub(crate) const COMMENTS: Hints = Hints(1 << 2);
    /// Marked as the article's body by microdata (`itemprop="articleBody"`) or as the
    /// page's main part (`role="main"`).
    pub(crate) const BODY: Hints = Hints(1 << 3);
    /// A role that is never the article: navigation, menus, complementary content, banners,
    /// dialogs, search.
    pub(crate) const BOILERPLATE_ROLE: Hints = Hints(1 << 4);
    /// Not shown: `hidden`, `aria-hidden="true"`, `display: none`, `visibility: hidden`.
    pub(crate) const HIDDEN: Hints = Hints(1 << 5);
    /// The author's name: `rel="author"`, `itemprop="author"`, classes such as `byline`.
    pub(crate) const BYLINE: Hints = Hints(1 << 6);
    /// A picture's caption or credit: a word of the name holds `caption` (`figcaption`,
    /// `wp-caption-text`) or opens with `credit`, unless the word before says there is none
    /// (`no-caption`).
    pub(crate) const CAPTION: Hints = Hints(1 << 7);
    /// The article's lead: the paragraph under the headline that sums it up (`lead`,
    /// `intro`, `standfirst`, `deck`, `abstract`), often set apart from the body.
    pub(crate) const LEAD: Hints = Hints(1 << 8);

    /// Whether every flag of `other` is set.
    pub(crate) fn has(self, other: Hints) -> bool {
        self.0 & other.0 == other.0
    }

    /// Sets the flags of `other`.
    pub(crate) fn add(&mut self, other: Hints) {
        self.0 |= other.0;
    }
}

/// Words of class and id names that mark a page's furniture, matched at the start of a
/// word of the name (`sidebar` matches `sidebar-left` and `sidebarWidget`).
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adsense",
    "advert",
    "advertisement",
    "affiliate",
    "agegate",
    "author",
    "autor",
    "autore",
    "auteur",
    "banner",
    "breadcrumb",
    "byline",
    "categories",
    "category",
    "combx",
    "community",
    "consent",
    "cookie",
    "copyright",
    "disclaimer",
    "donate",
    "follow",
    "footer",
    "gallery",
    "gdpr",
    "header",
    "login",
    "masthead",
    "menu",
    "meta",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "overlay",
    "pagination",
    "pager",
    "popular",
    "popup",
    "promo",
    "recirc",
    "recommend",
    "related",
    "remark",
    "rss",
    "search",
    "share",
    "sharing",
    "shop",
    "shopping",
    "shoutbox",
    "sidebar",
    "signup",
    "skip",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "subscription",
    "taboola",
    "tag",
    "tags",
    "teaser",
    "toc",
    "toolbar",
    "trending",
    "twitter",
    "facebook",
    "upsell",
    "widget",
];

/// Words of class and id names that mark comments.
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "disqus",
    "kommentar",
    "kommentare",
    "replies",
    "reply",
    "respond",
];

/// Words of class and id names that mark an article's own parts.
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "prose", "story",
    "text", "blog",
];

/// Words of class and id names that mark an article's lead. `teaser` is one too when a
/// later word of the name makes it the article's own (`teaser-text`); alone it names a
/// teaser for another page, which is furniture.
const LEAD_WORDS: &[&str] = &[
    "lead",
    "leadtext",
    "intro",
    "introtext",
    "abstract",
    "deck",
    "standfirst",
    "excerpt",
    "perex",
    "subtitle",
    "subheadline",
    "teaser",
];

/// The words of a name: `post-share_buttons` is `post`, `share`, `buttons`.
fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// Whether `word` (lowercase) starts with one of `list`: the word itself, its plural, or
/// followed by digits; a known word of five letters or more also starts a longer word
/// (`sidebarwidget`, `advertisement`), unless the rest makes it say something else
/// (`headerless`, `shared`).
fn starts_with_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|&known| {
        word.strip_prefix(known).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(|c: char| c.is_ascii_digit())
                || (known.len() >= 5 && !matches!(rest, "less" | "ial"))
                || rest == "s"
        })
    })
}

/// What one class or id name says: the kind of the last of its words that says anything,
/// since names put the part last (`post-share`, `article-footer`, `comments-area`,
/// `sidebar-content`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameKind {
    Content,
    Boilerplate,
    Comments,
}

/// The hints of a class or id attribute's value: one or more names.
pub(crate) fn of_names(value: &str) -> Hints {
    let mut hints = Hints::default();
    if value.len() > 4096 {
        // A value this long is data, not names.
        return hints;
    }
    let lowercase = value.to_ascii_lowercase();
    for name in lowercase.split_ascii_whitespace() {
        let mut kind = None;
        let mut previous = "";
        for word in words(name) {
            if starts_with_any(word, COMMENT_WORDS) {
                kind = Some(NameKind::Comments);
            } else if starts_with_any(word, BOILERPLATE_WORDS) {
                kind = Some(NameKind::Boilerplate);
            } else if starts_with_any(word, CONTENT_WORDS) {
                kind = Some(NameKind::Content);
            }
            if starts_with_any(word, &["byline", "author", "autor", "auteur", "writer"]) {
                hints.add(Hints::BYLINE);
            }
            if starts_with_any(word, LEAD_WORDS) {
                hints.add(Hints::LEAD);
            }
            // `photo`, `image` or `figure` would also name the wrappers of an article's
            // pictures and text.
            if (word.contains("caption") || word.starts_with("credit"))
                && !matches!(previous, "no" | "without")
            {
                hints.add(Hints::CAPTION);
            }
            previous = word;
        }
        // Several words joined without separators: `relatedposts`, `mainnavigation`.
        if kind.is_none()
            && [
                "related",
                "sidebar",
                "share",
                "social",
                "footer",
                "newsletter",
                "navigation",
                "navbar",
                "menu",
                "cookie",
                "consent",
            ]
            .iter()
            .any(|word| name.contains(word))
        {
            kind = Some(NameKind::Boilerplate);
        }
        match kind {
            Some(NameKind::Content) => hints.add(Hints::CONTENT),
            Some(NameKind::Boilerplate) => hints.add(Hints::BOILERPLATE),
            Some(NameKind::Comments) => hints.add(Hints::COMMENTS),
            None => {}
        }
    }
    hints
}

/// The hints of a `role` attribute. `tablist` is not among the furniture: accordions mark
/// their whole set of panels, the text included, as one, and a strip of tabs is left out
/// as a list of links anyway.
pub(crate) fn of_role(value: &str) -> Hints {
    let role = value.trim().to_ascii_lowercase();
    match role.as_str() {
        "main" | "article" => Hints::BODY,
        "navigation" | "menu" | "menubar" | "complementary" | "banner" | "contentinfo"
        | "dialog" | "alertdialog" | "alert" | "search" | "toolbar" => Hints::BOILERPLATE_ROLE,
        _ => Hints::default(),
    }
}

/// The hints of an `itemprop` attribute.
pub(crate) fn of_itemprop(value: &str) -> Hints {
    let mut hints = Hints::default();
    for word in value.split_ascii_whitespace() {
        if word.eq_ignore_ascii_case("articleBody") || word.eq_ignore_ascii_case("reviewBody") {
            hints.add(Hints::BODY);
        } else if word.eq_ignore_ascii_case("author") || word.eq_ignore_ascii_case("creator") {
            hints.add(Hints::BYLINE);
        } else if word.eq_ignore_ascii_case("comment") {
            hints.add(Hints::COMMENTS);
        }
    }
    hints
}

/// Whether a `style` attribute hides the element.
pub(crate) fn style_hides(value: &str) -> bool {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_by_their_words() {
        assert!(of_names("sidebar-left").has(Hints::BOILERPLATE));
        assert!(of_names("post-share-buttons").has(Hints::BOILERPLATE));
        assert!(of_names("article-body").has(Hints::CONTENT));
        assert!(of_names("sidebar-content").has(Hints::CONTENT));
        assert!(of_names("comments-area").has(Hints::COMMENTS));
        assert!(of_names("entry-content clearfix").has(Hints::CONTENT));
        assert!(!of_names("article-body").has(Hints::BOILERPLATE));
        assert!(of_names("comment-list").has(Hints::COMMENTS));
        assert!(of_names("relatedposts").has(Hints::BOILERPLATE));
        assert!(!of_names("adventure").has(Hints::BOILERPLATE));
        assert!(!of_names("headerless").has(Hints::BOILERPLATE));
        assert!(of_names("main-navbar").has(Hints::BOILERPLATE));
        assert!(of_names("byline").has(Hints::BYLINE));
        assert!(of_names("article-header__lead").has(Hints::LEAD));
        assert!(of_names("atc-IntroText").has(Hints::LEAD));
        assert!(!of_names("leader-board").has(Hints::LEAD));
        assert!(of_names("teaser-text").has(Hints::LEAD));
        assert!(!of_names("teaser-text").has(Hints::BOILERPLATE));
        assert!(of_names("wp-caption-text").has(Hints::CAPTION));
        assert!(of_names("image__credits").has(Hints::CAPTION));
        assert!(of_names("imgCaption").has(Hints::CAPTION));
        assert!(!of_names("item no_caption").has(Hints::CAPTION));
        assert!(!of_names("wp-block-image").has(Hints::CAPTION));
        assert_eq!(of_names("x".repeat(10_000).as_str()), Hints::default());
        assert!(of_role("navigation").has(Hints::BOILERPLATE_ROLE));
        assert!(!of_role("tablist").has(Hints::BOILERPLATE_ROLE));
        assert!(of_itemprop("articleBody").has(Hints::BODY));
        assert!(style_hides("color: red; display : none"));
        assert!(!style_hides("display: block"));
    }
}
