//! What a release needs to be consistent: one version number everywhere it is written, and
//! the licences in every published package. Each failure names the file to change.
//!
//! The version is the workspace's, `[workspace.package] version` in the root Cargo.toml,
//! which every crate takes; the packages for other registries write it again, and are
//! listed in [`VERSIONS`].

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The workspace's version: the `salient` crate is built with it.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A place the version is written: the file, what in it holds the version, and how to
/// read it there (`None` when it cannot be found).
struct VersionedFile {
    path: &'static str,
    field: &'static str,
    read: fn(&str) -> Option<String>,
}

/// Every place the version is written besides `[workspace.package]`. A package for another
/// registry adds its own: a Python package, `bindings/python/pyproject.toml` with `read:
/// |text| toml_string(text, "project", "version")`.
const VERSIONS: &[VersionedFile] = &[
    VersionedFile {
        path: "Cargo.toml",
        field: "[workspace.dependencies] salient's version (\"=VERSION\")",
        read: |text| {
            let pinned = toml_value(text, "workspace.dependencies", "salient")?;
            let version = inline_table_value(&pinned, "version")?;
            version.strip_prefix('=').map(str::to_string)
        },
    },
    VersionedFile {
        path: "pkg/package.json",
        field: "\"version\"",
        read: |text| json_string(text, &["version"]),
    },
    VersionedFile {
        path: "pkg/package-lock.json",
        field: "\"version\"",
        read: |text| json_string(text, &["version"]),
    },
    VersionedFile {
        path: "pkg/package-lock.json",
        field: "\"packages\" → \"\" → \"version\"",
        read: |text| json_string(text, &["packages", "", "version"]),
    },
];

/// The files that every published package carries a copy of, from the repository's root.
const LICENCES: &[&str] = &["LICENSE-MIT", "LICENSE-APACHE"];

/// The folders of the published packages other than the root crate, which must hold copies
/// of [`LICENCES`]: cargo and npm package only files inside the package's folder.
const PACKAGE_FOLDERS: &[&str] = &["cli", "pkg"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The raw value of `key` in the `[section]` of a TOML file, as written: enough for the
/// flat manifests read here (one key per line, no multi-line values).
fn toml_value(text: &str, section: &str, key: &str) -> Option<String> {
    let header = format!("[{section}]");
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == header;
        } else if inside {
            if let Some((name, value)) = line.split_once('=') {
                if name.trim() == key {
                    return Some(value.trim().to_string());
                }
            }
        }
    }
    None
}

/// The string value of `key` in the `[section]` of a TOML file.
fn toml_string(text: &str, section: &str, key: &str) -> Option<String> {
    unquote(&toml_value(text, section, key)?)
}

/// The string value of `key` in an inline table such as `{ path = ".", version = "=1.0" }`.
fn inline_table_value(table: &str, key: &str) -> Option<String> {
    let inner = table.trim().strip_prefix('{')?.strip_suffix('}')?;
    inner.split(',').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        if name.trim() == key {
            unquote(value)
        } else {
            None
        }
    })
}

/// A TOML or JSON string without its quotes.
fn unquote(value: &str) -> Option<String> {
    let value = value.trim();
    value
        .strip_prefix('"')?
        .strip_suffix('"')
        .map(str::to_string)
}

/// The string at `keys` in a JSON document.
fn json_string(text: &str, keys: &[&str]) -> Option<String> {
    let document: Value = serde_json::from_str(text).ok()?;
    keys.iter()
        .try_fold(&document, |value, key| value.get(key))?
        .as_str()
        .map(str::to_string)
}

/// The workspace's members, from the root manifest's `members = [...]`.
fn workspace_members() -> Vec<String> {
    let manifest = read("Cargo.toml");
    let members = toml_value(&manifest, "workspace", "members")
        .expect("Cargo.toml lists the workspace's members on one line");
    members
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .filter_map(unquote)
        .collect()
}

#[test]
fn the_workspace_version_is_this_crates() {
    let manifest = read("Cargo.toml");
    let version = toml_string(&manifest, "workspace.package", "version");
    assert_eq!(
        version.as_deref(),
        Some(VERSION),
        "Cargo.toml: [workspace.package] version"
    );
}

#[test]
fn every_crate_takes_the_workspace_version() {
    let members = workspace_members();
    assert!(members.iter().any(|member| member == "cli"), "{members:?}");
    for folder in std::iter::once(".".to_string()).chain(members) {
        let path = Path::new(&folder).join("Cargo.toml");
        let path = path.to_string_lossy();
        let manifest = read(&path);
        assert_eq!(
            toml_value(&manifest, "package", "version.workspace").as_deref(),
            Some("true"),
            "{path}: [package] should say `version.workspace = true`, so that the crate has \
             the workspace's version"
        );
    }
}

#[test]
fn every_versioned_file_has_the_workspace_version() {
    let mut wrong = Vec::new();
    for file in VERSIONS {
        let found = (file.read)(&read(file.path));
        if found.as_deref() != Some(VERSION) {
            wrong.push(format!(
                "{}: {} is {}; change it to {VERSION}, the version in Cargo.toml's \
                 [workspace.package]",
                file.path,
                file.field,
                found.map_or("missing".to_string(), |v| format!("{v:?}")),
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{}\n(in pkg/, `npm version --no-git-tag-version {VERSION}` changes both package files)",
        wrong.join("\n")
    );
}

#[test]
fn the_lock_file_has_the_workspace_version() {
    let lock = read("Cargo.lock");
    let names = ["salient", "salient-cli", "salient-eval", "salient-wasm"];
    for name in names {
        let entry = format!("name = \"{name}\"\nversion = \"{VERSION}\"\n");
        assert!(
            lock.contains(&entry),
            "Cargo.lock: {name} should be at {VERSION}; run `cargo update --workspace`"
        );
    }
}

#[test]
fn every_package_carries_the_licences() {
    for licence in LICENCES {
        let text = read(licence);
        assert!(text.len() > 1000, "{licence} holds the licence's text");
        for folder in PACKAGE_FOLDERS {
            let copy = format!("{folder}/{licence}");
            assert!(
                read(&copy) == text,
                "{copy} should be a copy of {licence}: cp {licence} {folder}/"
            );
        }
    }
    let package: Value =
        serde_json::from_str(&read("pkg/package.json")).expect("pkg/package.json is JSON");
    let files = package["files"]
        .as_array()
        .expect("pkg/package.json lists its files");
    for licence in LICENCES {
        assert!(
            files.iter().any(|file| file.as_str() == Some(licence)),
            "pkg/package.json: \"files\" should list {licence}"
        );
    }
}
