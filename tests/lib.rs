//! Shared helpers for hardshell's integration tests: the engine with the built-in policy, the
//! labeled corpus, and the external corpora.
#![forbid(unsafe_code)]

use hardshell_engine::{Engine, Layer, Policy, PolicySet, Risk};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The engine exactly as `hardshell check` builds it with no configuration, with the built-in
/// policy's examples checked (the binary trusts the embedded bytes because this passes).
pub fn engine() -> Engine {
    let p = Policy::parse(hardshell_policies::DEFAULT, "<builtin>/default.toml", Layer::Builtin).unwrap_or_else(|e| panic!("built-in policy: {e}"));
    let engine = Engine::new(PolicySet::new(vec![p])).unwrap_or_else(|e| panic!("built-in policy: {e}"));
    engine.check_examples().unwrap_or_else(|e| panic!("built-in policy examples: {e}"));
    engine
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// One labeled case of `corpus/cases/*.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub cmd: String,
    pub risk: String,
    #[serde(default)]
    pub why: String,
    /// The file stem for `corpus/cases/*.toml`; a field in `corpus/heldout/`.
    #[serde(default)]
    pub category: String,
}

impl Case {
    pub fn label(&self) -> Risk {
        Risk::parse(&self.risk).unwrap_or_else(|| panic!("case `{}`: bad risk label `{}`", self.cmd, self.risk))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

/// Every labeled case of `corpus/cases/`, with its category (the file stem).
pub fn cases() -> Vec<Case> {
    cases_in("corpus/cases")
}

/// The held-out cases of `corpus/heldout/`: written independently of the engine's tuning, used
/// only to measure.
pub fn heldout() -> Vec<Case> {
    cases_in("corpus/heldout")
}

fn cases_in(rel: &str) -> Vec<Case> {
    let dir = repo_root().join(rel);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let parsed: CaseFile = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let cat = f.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        out.extend(parsed.case.into_iter().map(|mut c| {
            if c.category.is_empty() {
                c.category = cat.clone();
            }
            c
        }));
    }
    out
}

/// `../shared/corpus-ext` beside the repository (or `$HARDSHELL_CORPUS_EXT`).
pub fn corpus_ext() -> Option<PathBuf> {
    let p = std::env::var_os("HARDSHELL_CORPUS_EXT").map(PathBuf::from).unwrap_or_else(|| repo_root().join("../shared/corpus-ext"));
    p.join("tldr.txt").is_file().then_some(p)
}

/// Whether we run in CI, where every input must be present.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The shell scripts in `dir` (sorted): every file, or with `only_shebang` only those whose
/// `#!` line names a shell (not python or perl). The external-corpus test and the scripts bench
/// read `/usr/share/bash-completion/completions` and `/usr/bin` this way.
pub fn shell_scripts(dir: &Path, only_shebang: bool) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            if !only_shebang {
                return true;
            }
            let mut head = [0u8; 64];
            let n = std::fs::File::open(p).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
            let h = String::from_utf8_lossy(&head[..n]);
            h.starts_with("#!") && (h.lines().next().unwrap_or("").contains("sh"))
                && !h.lines().next().unwrap_or("").contains("python")
                && !h.lines().next().unwrap_or("").contains("perl")
        })
        .collect();
    out.sort();
    out
}
