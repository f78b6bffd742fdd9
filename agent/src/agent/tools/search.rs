//! glob and grep: read-only searches over the workspace with `ignore` (ripgrep's walker:
//! .gitignore honoured, hidden files skipped), `globset` and `regex`. Output is bounded.

use super::Output;
use std::fmt::Write as _;
use std::path::Path;

const MAX_HITS: usize = 500;

fn walker(dir: &Path) -> ignore::Walk {
    ignore::WalkBuilder::new(dir).follow_links(false).build()
}

pub fn glob(pattern: &str, dir: &Path) -> Output {
    let m = match globset::GlobBuilder::new(pattern).literal_separator(true).build() {
        Ok(g) => g.compile_matcher(),
        Err(e) => return Output::error(format!("bad glob `{pattern}`: {e}")),
    };
    let mut out = String::new();
    let mut n = 0usize;
    for entry in walker(dir).flatten() {
        let Ok(rel) = entry.path().strip_prefix(dir) else { continue };
        if entry.file_type().is_some_and(|t| t.is_file()) && m.is_match(rel) {
            n += 1;
            if n <= MAX_HITS {
                let _ = writeln!(out, "{}", rel.display());
            }
        }
    }
    if n > MAX_HITS {
        let _ = writeln!(out, "[{n} files; the first {MAX_HITS} shown]");
    }
    if n == 0 {
        out.push_str("no files match\n");
    }
    Output::ok(out)
}

pub fn grep(pattern: &str, dir: &Path, glob: Option<&str>, ignore_case: bool) -> Output {
    let re = match regex::RegexBuilder::new(pattern).case_insensitive(ignore_case).size_limit(1 << 20).build() {
        Ok(r) => r,
        Err(e) => return Output::error(format!("bad regular expression: {e}")),
    };
    let filter = match glob.map(|g| globset::Glob::new(g).map(|g| g.compile_matcher())).transpose() {
        Ok(f) => f,
        Err(e) => return Output::error(format!("bad glob: {e}")),
    };
    let mut out = String::new();
    let mut n = 0usize;
    for entry in walker(dir).flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if filter.as_ref().is_some_and(|f| !f.is_match(rel) && !rel.file_name().is_some_and(|name| f.is_match(name))) {
            continue;
        }
        let Ok(text) = super::files::read_text(entry.path()) else { continue };
        for (i, line) in text.lines().enumerate().filter(|(_, l)| re.is_match(l)) {
            n += 1;
            if n <= MAX_HITS {
                let shown: String = line.chars().take(300).collect();
                let _ = writeln!(out, "{}:{}:{shown}", rel.display(), i + 1);
            }
        }
    }
    if n > MAX_HITS {
        let _ = writeln!(out, "[{n} matches; the first {MAX_HITS} shown]");
    }
    if n == 0 {
        out.push_str("no matches\n");
    }
    Output::ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn glob_and_grep() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("src/x")).unwrap();
        std::fs::write(d.path().join("src/x/a.rs"), "fn main() {}\nlet unsafe_x = 1;\n").unwrap();
        std::fs::write(d.path().join("b.txt"), "unsafe\n").unwrap();
        assert_eq!(glob("src/**/*.rs", d.path()).content, "src/x/a.rs\n");
        assert_eq!(grep("unsafe", d.path(), Some("*.rs"), false).content, "src/x/a.rs:2:let unsafe_x = 1;\n");
        assert!(grep("(", d.path(), None, false).is_error);
    }
}
