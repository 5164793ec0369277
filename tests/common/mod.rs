//! Access to the shared evaluation data beside the repository.

use std::path::PathBuf;

/// The path of `relative` under `../shared/data`, or `None` (after saying so) when the data
/// is absent. Under CI (`CI` set) absent data is a failure, not a skip.
pub fn shared_data(relative: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{} is missing; CI needs the shared data beside the repository",
            path.display()
        );
    }
    eprintln!("skipping: {} is missing", path.display());
    None
}
