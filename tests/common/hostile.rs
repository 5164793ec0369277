//! Texts built to break a splitter or summarizer: no spaces, no punctuation, nothing but
//! newlines, endless repeats, controls and joiners, scripts of every direction.

/// Each hostile text, by name, about `size` bytes long.
pub fn hostile_texts(size: usize) -> Vec<(&'static str, String)> {
    vec![
        ("no whitespace", "abc.def,ghi!".repeat(size / 12)),
        ("no punctuation", "word another thing ".repeat(size / 19)),
        ("only newlines", "\n".repeat(size)),
        (
            "one sentence repeated",
            "The same sentence again. ".repeat(size / 25),
        ),
        ("digits and dots", "1.2.3.4. 5.6 7. ".repeat(size / 16)),
        (
            "mixed scripts and right-to-left",
            "English text. النص العربي هنا. עברית כאן. 中文句子。 Русский текст! "
                .repeat(size / 110),
        ),
        (
            "joiners, BOM, NUL and controls",
            "\u{feff}a\u{200d}b\u{0}c\u{1}d. \u{200b}E\u{7f}f\u{202e}g? ".repeat(size / 30),
        ),
        (
            "CRLF and lone CR",
            "Line one.\r\nLine two\rLine three.\r\r".repeat(size / 32),
        ),
        ("a single word", "x".repeat(size)),
        (
            "lone combining marks",
            "\u{301}\u{302} \u{301}. ".repeat(size / 9),
        ),
        ("emoji", "👩‍👩‍👧 🙂. 🇺🇸🇬🇧! ".repeat(size / 40)),
    ]
}
