//! The page's title, author and date, where the page marks them: structured data
//! (JSON-LD), `<meta>` elements (Open Graph, Dublin Core, Twitter cards), `<title>`, and
//! elements marked as the byline or the time of publication.

use super::parse::{collapse, Marks};

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) date: Option<String>,
}

/// `<meta>` names and properties of a title, most specific first.
const TITLE_METAS: &[&str] = &[
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterm:title",
    "dcterms.title",
    "headline",
    "title",
];

/// `<meta>` names and properties of an author.
const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterm:creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
];

/// `<meta>` names and properties of a date of publication.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
];

/// Reads the page's title, byline and date from its marks.
pub(crate) fn metadata(marks: &Marks) -> Metadata {
    let meta = |names: &[&str]| {
        names.iter().find_map(|name| {
            marks
                .metas
                .iter()
                .find(|(key, value)| {
                    key.split_whitespace().any(|key| key == *name) && !value.trim().is_empty()
                })
                .map(|(_, value)| collapse(value))
        })
    };
    let title = json_ld_string(&marks.json_ld, "headline")
        .or_else(|| meta(TITLE_METAS))
        .or_else(|| marks.title.as_deref().map(page_title))
        .filter(|title| !title.is_empty());
    let byline = json_ld_author(&marks.json_ld)
        .or_else(|| meta(AUTHOR_METAS).filter(|author| !author.contains("://")))
        .or_else(|| marks.byline.as_deref().map(clean_byline))
        .filter(|byline| !byline.is_empty() && byline.chars().count() <= 120);
    let date = json_ld_string(&marks.json_ld, "datePublished")
        .or_else(|| meta(DATE_METAS))
        .or_else(|| marks.time.as_deref().map(collapse))
        .filter(|date| !date.is_empty());
    Metadata {
        title,
        byline,
        date,
    }
}

/// A `<title>` without the site's name, which pages add after a separator: "Story | Site".
fn page_title(title: &str) -> String {
    let title = collapse(title);
    for separator in [" | ", " – ", " — ", " - ", " :: ", " » ", " · "] {
        if let Some((first, _)) = title.split_once(separator) {
            // Keep the first part when it is long enough to be the story's own title.
            if first.split_whitespace().count() >= 3 {
                return first.trim().to_string();
            }
        }
    }
    title
}

/// A byline without its leading "By".
fn clean_byline(byline: &str) -> String {
    let byline = collapse(byline);
    for prefix in [
        "By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por ",
    ] {
        if let Some(rest) = byline.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    byline
}

/// The first string value of `key` in the JSON-LD text, if any.
fn json_ld_string(json: &str, key: &str) -> Option<String> {
    let mut rest = json;
    while let Some(found) = find_key(rest, key) {
        let after = &rest[found..];
        if let Some(value) = string_value(after) {
            let value = collapse(&value);
            if !value.is_empty() {
                return Some(value);
            }
        }
        rest = after;
    }
    None
}

/// The author's name in the JSON-LD text: `"author": "Name"`, `{"name": "Name"}` or a list
/// of such.
fn json_ld_author(json: &str) -> Option<String> {
    let found = find_key(json, "author")?;
    let after = &json[found..];
    if let Some(value) = string_value(after) {
        return Some(collapse(&value)).filter(|name| !name.contains("://"));
    }
    // Look for the name within the author's object.
    let window_end = after
        .char_indices()
        .nth(400)
        .map_or(after.len(), |(index, _)| index);
    let window = &after[..window_end];
    let name = find_key(window, "name")?;
    string_value(&window[name..]).map(|value| collapse(&value))
}

/// The byte offset just after `"key"` in `json`, if it occurs.
fn find_key(json: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    json.find(&quoted).map(|index| index + quoted.len())
}

/// The JSON string after `: ` at the start of `text`, unescaped, if the value is a string.
fn string_value(text: &str) -> Option<String> {
    let text = text.trim_start().strip_prefix(':')?.trim_start();
    let body = text.strip_prefix('"')?;
    let mut value = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' | 't' | 'r' => value.push(' '),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let code = u32::from_str_radix(&hex, 16).ok()?;
                    value.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                other => value.push(other),
            },
            c => value.push(c),
        }
        if value.len() > 2048 {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_data_comes_first_then_metas_then_the_page() {
        let marks = Marks {
            title: Some("A Long Story Title | The Site".into()),
            metas: vec![
                ("author".into(), "Meta Author".into()),
                ("article:published_time".into(), "2024-05-06".into()),
            ],
            json_ld: r#"{"@type":"NewsArticle","headline":"Head \"quoted\" line","author":[{"@type":"Person","name":"Jo \u00c9lan"}]}"#.into(),
            ..Marks::default()
        };
        assert_eq!(
            metadata(&marks),
            Metadata {
                title: Some("Head \"quoted\" line".into()),
                byline: Some("Jo Élan".into()),
                date: Some("2024-05-06".into()),
            }
        );
        let plain = Marks {
            title: Some("A Long Story Title | The Site".into()),
            byline: Some("By  Ann Lee".into()),
            ..Marks::default()
        };
        let read = metadata(&plain);
        assert_eq!(read.title.as_deref(), Some("A Long Story Title"));
        assert_eq!(read.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(read.date, None);
    }
}
