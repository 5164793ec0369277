//! Access to the shared evaluation data beside the repository.
//!
//! Tests that read it are `#[ignore]`d, so that `cargo test` on a fresh clone runs only
//! what the repository holds; `scripts/test.sh` runs them (`-- --include-ignored`).

use std::path::PathBuf;

/// The path of `relative` under `../shared/data`.
///
/// # Panics
///
/// When it is absent: a test that was asked to run on the shared data fails loudly rather
/// than passing without having checked anything.
pub fn shared_data(relative: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    assert!(
        path.exists(),
        "{} is missing: this test reads the evaluation data kept beside the repository, \
         in ../shared/data; plain `cargo test` leaves such tests out",
        path.display()
    );
    path
}
