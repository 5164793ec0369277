//! Hostile pages of about `size` bytes, shared by the HTML tests and the HTML bench: each
//! has its name, for messages.

/// Pages that try the parser: deep nesting, huge attributes, truncated and stray tags,
/// raw text that never ends, binary bytes, and a long ordinary page.
pub fn hostile_pages(size: usize) -> Vec<(&'static str, String)> {
    let paragraph = "<p>The harbor opened on Monday, said the mayor of the town by the bay.</p>";
    let repeat = |piece: &str| piece.repeat(size / piece.len().max(1) + 1);
    let nested = 100_000.min(size / 5).max(1);
    let mut binary = String::with_capacity(size);
    let mut state = 0x2545_f491_u32;
    while binary.len() < size {
        // A fixed pseudo-random byte stream, read as UTF-8 with replacement characters.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        binary.push_str(&String::from_utf8_lossy(&state.to_le_bytes()));
    }
    vec![
        ("empty", String::new()),
        (
            "nested divs",
            format!(
                "{}Deep text.{}",
                "<div>".repeat(nested),
                "</div>".repeat(nested / 2)
            ),
        ),
        (
            "nested unclosed paragraphs and lists",
            repeat("<ul><li><p>Item text. "),
        ),
        (
            "huge attribute",
            format!(
                "<div class=\"{}\"><p>After the attribute.</p></div>",
                "a".repeat(size)
            ),
        ),
        (
            "unclosed attribute",
            format!("<p>Before.</p><div title=\"{}", "x ".repeat(size / 2)),
        ),
        (
            "script only",
            format!(
                "<script>{}</script>",
                "var a = '<p>no</p>';".repeat(size / 20)
            ),
        ),
        (
            "unclosed script",
            format!("<p>Shown.</p><script>{}", "x<p>".repeat(size / 4)),
        ),
        (
            "unclosed comment",
            format!("<p>Shown.</p><!--{}", "<p>hidden</p>".repeat(size / 13)),
        ),
        (
            "nested noscript",
            format!(
                "{}Deep text.<p>Fallback.</p>",
                "<noscript><div>".repeat(nested / 2)
            ),
        ),
        (
            "unclosed svg with self-closing raw-text tags",
            repeat("<svg><title/><style/><script/><p>Text after.</p>"),
        ),
        ("truncated tags", repeat("<div class=\"a\" <p>Word <b")),
        (
            "stray end tags",
            repeat("</div></p></span></li></table>Text. "),
        ),
        (
            "many heads",
            repeat("<head><title>T</title><p>Body text.</p>"),
        ),
        (
            "entities",
            repeat("&amp;&lt;&#x1F600;&#0;&#xD800;&bogus; &nbsp;"),
        ),
        (
            "tables",
            repeat("<table><tr><td>Cell one. <td>Cell two.<tr><th>Head</table>"),
        ),
        ("binary", binary),
        ("long page", repeat(paragraph)),
    ]
}
