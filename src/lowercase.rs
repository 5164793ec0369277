//! Lowercase chars, as `char::to_lowercase` does, from a table a seventh of the size of the
//! standard library's: one entry per run of chars whose lowercase is the same distance away
//! (see `build.rs`, which writes it from `char::to_lowercase` itself). It keeps 4 KB
//! gzipped out of the WebAssembly module, and finds a char in 8 steps instead of 11.

use std::iter::{Chain, Once};

include!(concat!(env!("OUT_DIR"), "/lowercase_runs.rs"));

/// The lowercase of a char: one char, or two for `İ`.
pub(crate) type Lowercase = Chain<Once<char>, std::option::IntoIter<char>>;

/// The lowercase of `c`, the same chars as `c.to_lowercase()`.
pub(crate) fn lowercase(c: char) -> Lowercase {
    let (first, second) = match c {
        'A'..='Z' => (c.to_ascii_lowercase(), None),
        '\0'..='\u{7f}' => (c, None),
        // The one char whose lowercase is two: `i` and a combining dot above.
        '\u{130}' => ('i', Some('\u{307}')),
        _ => (lowercase_in_runs(c), None),
    };
    std::iter::once(first).chain(second)
}

/// The lowercase of `text` char by char: `text.to_lowercase()` but for a final capital
/// sigma, which becomes `σ` here and `ς` there. For comparing with lists that hold no
/// sigma: a sigma is one char of two bytes either way, so no match starts, ends or fails
/// elsewhere.
#[cfg(feature = "email")]
pub(crate) fn lowercase_str(text: &str) -> String {
    text.chars().flat_map(lowercase).collect()
}

/// The lowercase of `c` by [`RUNS`]; `c` itself when no run holds it.
fn lowercase_in_runs(c: char) -> char {
    let code = u32::from(c);
    // Each key holds the run's first char in its high 24 bits, `count - 1` in the next 7
    // and `stride - 1` in the lowest.
    let after = RUNS.partition_point(|&(key, _)| key >> 8 <= code);
    let Some(&(key, delta)) = after.checked_sub(1).and_then(|run| RUNS.get(run)) else {
        return c;
    };
    // The run starts at or before `c`: it is the last that does.
    let offset = code - (key >> 8);
    let (count, stride) = ((key >> 1 & 0x7f) + 1, (key & 1) + 1);
    if offset % stride != 0 || offset / stride >= count {
        return c;
    }
    code.checked_add_signed(delta)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_char_lowercases_as_the_standard_library_does() {
        for c in '\0'..=char::MAX {
            assert!(
                lowercase(c).eq(c.to_lowercase()),
                "{c:?} (U+{:04X}): {:?}, not {:?}",
                u32::from(c),
                lowercase(c).collect::<String>(),
                c.to_lowercase().collect::<String>(),
            );
        }
    }

    #[cfg(feature = "email")]
    #[test]
    fn strings_lowercase_as_the_standard_library_does_but_for_final_sigma() {
        for text in [
            "Mit Freundlichen GRÜSSEN",
            "İstanbul",
            "ΘΈΜΑ",
            "Привет, Мир",
            "ΟΔΟΣ",
        ] {
            let expected = text.to_lowercase().replace('ς', "σ");
            assert_eq!(lowercase_str(text), expected, "{text}");
        }
        assert_eq!(lowercase_str("ΟΔΟΣ"), "οδοσ");
    }

    #[test]
    fn the_runs_are_sorted_and_each_is_a_run() {
        assert!(RUNS.windows(2).all(|pair| pair[0].0 >> 8 < pair[1].0 >> 8));
        assert!(RUNS.iter().all(|&(_, delta)| delta != 0));
    }
}
