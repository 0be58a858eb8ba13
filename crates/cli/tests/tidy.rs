//! Repository hygiene: every Rust module says what it is for in a `//!`
//! line, and every crate states its job in its manifest's description.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_module_starts_with_a_doc_line() {
    let mut files = Vec::new();
    for c in std::fs::read_dir(root().join("crates")).unwrap().flatten() {
        let src = c.path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut files);
        }
    }
    assert!(files.len() > 30);
    let missing: Vec<String> = files
        .iter()
        .filter(|p| !std::fs::read_to_string(p).unwrap().trim_start().starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "modules without a //! line: {missing:?}");
}

#[test]
fn every_crate_has_a_description() {
    for c in std::fs::read_dir(root().join("crates")).unwrap().flatten() {
        let m = c.path().join("Cargo.toml");
        if m.exists() {
            let t = std::fs::read_to_string(&m).unwrap();
            assert!(t.lines().any(|l| l.starts_with("description = \"") && l.len() > 30), "{} has no description", m.display());
        }
    }
}
