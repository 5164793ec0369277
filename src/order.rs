//! The two orders that the stages sort pairs in. Each element type and comparison sorted is
//! a copy of the standard library's sorting code, 4 to 6 KB of WebAssembly (about 1.5 KB
//! gzipped), so the stages share these instead of each sorting in its own way.

/// Sorts `(key, value)` pairs by key. Pairs of one key end up in an order that depends on
/// the sort's code alone, the same on every platform.
pub(crate) fn sort_by_key(pairs: &mut [(u32, f64)]) {
    pairs.sort_unstable_by_key(|&(key, _)| key);
}

/// Sorts `(index, score)` pairs by descending score, ties by ascending index. Indices
/// differ, so the order is total and an unstable sort gives the one result.
pub(crate) fn sort_by_descending_score(pairs: &mut [(usize, f64)]) {
    pairs.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
}
