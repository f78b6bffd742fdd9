//! Inputs shared by the criterion benches.
#![forbid(unsafe_code)]

use std::path::PathBuf;

/// Every bench and example links this crate, so they allocate as the `hardshell` binary does.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Lines of `../shared/corpus-ext/NAME` (or `$HARDSHELL_CORPUS_EXT/NAME`), at most `max`.
pub fn corpus_lines(name: &str, max: usize) -> Vec<String> {
    let dir = std::env::var_os("HARDSHELL_CORPUS_EXT").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus-ext"));
    let text = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
    text.lines().filter(|l| !l.is_empty()).take(max).map(str::to_string).collect()
}

/// The release `hardshell` next to the running bench (`target/release/deps/NAME-HASH` ->
/// `target/release/hardshell`), or `$HARDSHELL_BIN`.
pub fn hardshell_bin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HARDSHELL_BIN") {
        return Some(PathBuf::from(p));
    }
    let exe = std::env::current_exe().ok()?;
    let p = exe.parent()?.parent()?.join("hardshell");
    p.is_file().then_some(p)
}
