//! Writes the seed corpora for every fuzz target into `fuzz/corpus/<target>/` (not committed):
//! the labeled cases of `corpus/`, the held-out cases, the tldr and NL2Bash command lists of
//! `../shared/corpus-ext` when present, the built-in policies, and the regression inputs of
//! `fuzz/regressions/`.
//!
//!     cd fuzz && cargo run --example seeds
//!
//! Each seed is one file named after the hash of its content, so running it twice adds nothing.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut commands: Vec<String> = Vec::new();
    for dir in ["corpus/cases", "corpus/heldout"] {
        for file in toml_files(&root.join(dir)) {
            commands.extend(case_commands(&file));
        }
    }
    let ext = root.join("../shared/corpus-ext");
    for name in ["tldr.txt", "nl2bash.txt"] {
        match std::fs::read_to_string(ext.join(name)) {
            Ok(text) => commands.extend(text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string)),
            Err(e) => eprintln!("seeds: skipping {name}: {e}"),
        }
    }
    let mut written = 0;
    for target in ["parse", "evaluate", "monotonic"] {
        let dir = root.join("fuzz/corpus").join(target);
        for c in &commands {
            written += write_seed(&dir, c.as_bytes());
        }
        written += copy_regressions(&root, target, &dir);
    }
    let policies = root.join("fuzz/corpus/policy_load");
    for file in toml_files(&root.join("policies")) {
        if let Ok(bytes) = std::fs::read(&file) {
            written += write_seed(&policies, &bytes);
        }
    }
    written += copy_regressions(&root, "policy_load", &policies);
    println!("seeds: {} commands; {written} new seed files under fuzz/corpus/", commands.len());
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn case_commands(file: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(file) else { return Vec::new() };
    let Ok(doc) = text.parse::<toml::Table>() else {
        eprintln!("seeds: {} is not valid TOML", file.display());
        return Vec::new();
    };
    let cases = doc.get("case").and_then(|c| c.as_array()).cloned().unwrap_or_default();
    cases.iter().filter_map(|c| c.get("cmd").and_then(|v| v.as_str()).map(str::to_string)).collect()
}

fn copy_regressions(root: &Path, target: &str, dir: &Path) -> usize {
    let Ok(rd) = std::fs::read_dir(root.join("fuzz/regressions").join(target)) else { return 0 };
    rd.filter_map(Result::ok).filter_map(|e| std::fs::read(e.path()).ok()).map(|b| write_seed(dir, &b)).sum()
}

/// Writes `bytes` as `dir/<hash>`; 1 when the file is new.
fn write_seed(dir: &Path, bytes: &[u8]) -> usize {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    let path = dir.join(format!("{:016x}", h.finish()));
    if path.exists() {
        return 0;
    }
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, bytes)) {
        eprintln!("seeds: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    1
}
