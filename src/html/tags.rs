//! What each HTML element is to a reader: whether it breaks the text into blocks, holds no
//! readable text at all, has no end tag, or closes others when it opens.

/// The elements the reader tells apart; every other name is [`Tag::Other`], read as an
/// inline element, as browsers render unknown elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    A,
    Address,
    Article,
    Aside,
    Audio,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Fieldset,
    Figcaption,
    Figure,
    Footer,
    Form,
    H(u8),
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    Iframe,
    Img,
    Input,
    Li,
    Main,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Pre,
    Script,
    Section,
    Select,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Ul,
    Video,
    /// Another element without an end tag (`<link>`, `<source>`, `<wbr>`, ...).
    OtherVoid,
    /// Another block-level element (`<dir>`, `<legend>`, `<frameset>`, ...).
    OtherBlock,
    /// Another element whose content is never read (`<map>`, `<frame>`, `<xmp>`, ...).
    OtherHidden,
    /// Any other element: inline, such as `<span>`, `<em>` or a custom element.
    Other,
}

impl Tag {
    /// The tag named `name` (lowercase ASCII, as the tokenizer gives it).
    pub(crate) fn of(name: &[u8]) -> Tag {
        match name {
            b"a" => Tag::A,
            b"address" => Tag::Address,
            b"article" => Tag::Article,
            b"aside" => Tag::Aside,
            b"audio" => Tag::Audio,
            b"blockquote" => Tag::Blockquote,
            b"body" => Tag::Body,
            b"br" => Tag::Br,
            b"button" => Tag::Button,
            b"canvas" => Tag::Canvas,
            b"caption" => Tag::Caption,
            b"center" => Tag::Center,
            b"dd" => Tag::Dd,
            b"details" => Tag::Details,
            b"dialog" => Tag::Dialog,
            b"div" => Tag::Div,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"fieldset" => Tag::Fieldset,
            b"figcaption" => Tag::Figcaption,
            b"figure" => Tag::Figure,
            b"footer" => Tag::Footer,
            b"form" => Tag::Form,
            b"h1" => Tag::H(1),
            b"h2" => Tag::H(2),
            b"h3" => Tag::H(3),
            b"h4" => Tag::H(4),
            b"h5" => Tag::H(5),
            b"h6" => Tag::H(6),
            b"head" => Tag::Head,
            b"header" => Tag::Header,
            b"hgroup" => Tag::Hgroup,
            b"hr" => Tag::Hr,
            b"html" => Tag::Html,
            b"iframe" => Tag::Iframe,
            b"img" | b"image" => Tag::Img,
            b"input" => Tag::Input,
            b"li" => Tag::Li,
            b"main" => Tag::Main,
            b"math" => Tag::Math,
            b"menu" => Tag::Menu,
            b"meta" => Tag::Meta,
            b"nav" => Tag::Nav,
            b"noscript" => Tag::Noscript,
            b"object" => Tag::Object,
            b"ol" => Tag::Ol,
            b"option" => Tag::Option,
            b"p" => Tag::P,
            b"pre" | b"listing" | b"plaintext" => Tag::Pre,
            b"script" => Tag::Script,
            b"section" => Tag::Section,
            b"select" => Tag::Select,
            b"style" => Tag::Style,
            b"summary" => Tag::Summary,
            b"svg" => Tag::Svg,
            b"table" => Tag::Table,
            b"tbody" => Tag::Tbody,
            b"td" => Tag::Td,
            b"template" => Tag::Template,
            b"textarea" => Tag::Textarea,
            b"tfoot" => Tag::Tfoot,
            b"th" => Tag::Th,
            b"thead" => Tag::Thead,
            b"time" => Tag::Time,
            b"title" => Tag::Title,
            b"tr" => Tag::Tr,
            b"ul" => Tag::Ul,
            b"video" => Tag::Video,
            b"area" | b"base" | b"basefont" | b"bgsound" | b"col" | b"embed" | b"frame"
            | b"keygen" | b"link" | b"param" | b"source" | b"track" | b"wbr" => Tag::OtherVoid,
            b"dir" | b"legend" | b"frameset" | b"colgroup" | b"optgroup" | b"search" => {
                Tag::OtherBlock
            }
            b"map" | b"noembed" | b"noframes" | b"xmp" | b"datalist" | b"picture" => {
                Tag::OtherHidden
            }
            _ => Tag::Other,
        }
    }

    /// Whether the element has no content and no end tag.
    pub(crate) fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Br | Tag::Hr | Tag::Img | Tag::Input | Tag::Meta | Tag::OtherVoid
        )
    }

    /// Whether the element's content is never text of the page: scripts, styles, media,
    /// form controls, the document's head.
    pub(crate) fn holds_no_text(self) -> bool {
        matches!(
            self,
            Tag::Audio
                | Tag::Button
                | Tag::Canvas
                | Tag::Head
                | Tag::Iframe
                | Tag::Math
                | Tag::Object
                | Tag::Option
                | Tag::Script
                | Tag::Select
                | Tag::Style
                | Tag::Svg
                | Tag::Template
                | Tag::Textarea
                | Tag::Title
                | Tag::Video
                | Tag::OtherHidden
        )
    }

    /// Whether the element flows within a line of text rather than starting a block.
    pub(crate) fn is_inline(self) -> bool {
        matches!(
            self,
            Tag::A | Tag::Time | Tag::Img | Tag::Input | Tag::Other | Tag::OtherVoid
        )
    }

    /// Whether opening this element closes an open `<p>`, as the HTML standard says.
    pub(crate) fn closes_paragraph(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Center
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Dd
                | Tag::Dt
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H(_)
                | Tag::Header
                | Tag::Hgroup
                | Tag::Hr
                | Tag::Li
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Ul
        )
    }

    /// Whether the element bounds the scope in which an open `<p>` or `<li>` is closed by a
    /// later one (a table cell's paragraph is not closed by a paragraph outside the table).
    pub(crate) fn bounds_scope(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Table
                | Tag::Td
                | Tag::Th
                | Tag::Caption
                | Tag::Template
                | Tag::Object
                | Tag::Button
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read() {
        assert_eq!(Tag::of(b"h3"), Tag::H(3));
        assert_eq!(Tag::of(b"my-widget"), Tag::Other);
        assert!(Tag::of(b"wbr").is_void());
        assert!(Tag::of(b"script").holds_no_text());
        assert!(Tag::of(b"span").is_inline());
        assert!(!Tag::of(b"section").is_inline());
        assert!(Tag::of(b"ul").closes_paragraph());
    }
}
