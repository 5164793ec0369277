//! The generated language tables (word lists, stop-word lookup, Unicode classes) are what
//! `scripts/generate_language_tables.py` makes of their data today: a data file edited
//! without running the generator fails here.

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

#[test]
fn generated_language_tables_are_up_to_date() {
    let run = Command::new("python3")
        .args(["scripts/generate_language_tables.py", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let output = match run {
        Ok(output) => output,
        Err(error) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping: python3 does not run ({error})");
            return;
        }
        Err(error) => panic!("CI needs python3 to check the generated tables: {error}"),
    };
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
