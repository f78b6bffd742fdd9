//! Paths for the file tools: resolution (relative to the workspace, `~`, `..`, symbolic links
//! followed so a link cannot smuggle a write elsewhere), shell quoting for the gate command, and
//! the protected files that file tools never write without an explicit grant.

use std::path::{Component, Path, PathBuf};

/// Files in the home directory that run code or hold credentials: shell start-up files, git
/// configuration, ssh.
const HOME_PROTECTED: &[&str] = &[
    ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".profile", ".zshrc", ".zprofile", ".zshenv", ".zlogin", ".zlogout", ".cshrc", ".tcshrc", ".kshrc", ".mkshrc", ".config/fish", ".gitconfig", ".config/git", ".ssh", ".gnupg",
];

/// Resolves a path as a file tool will use it: absolute, `..` folded, every existing symbolic
/// link followed. A link that points nowhere is refused (writing through it would create its
/// target wherever it points).
pub fn resolve(raw: &str, workspace: &Path, home: &Path) -> Result<PathBuf, String> {
    if raw.is_empty() {
        return Err("empty path".into());
    }
    if raw.chars().any(char::is_control) {
        return Err("path contains control characters".into());
    }
    let p = match raw.strip_prefix('~') {
        Some("") => home.to_path_buf(),
        Some(rest) if rest.starts_with('/') => home.join(&rest[1..]),
        Some(_) => return Err(format!("`{raw}`: only `~` and `~/...` are understood")),
        None => workspace.join(raw),
    };
    let lexical = fold(&p);
    if std::fs::symlink_metadata(&lexical).is_ok() {
        return std::fs::canonicalize(&lexical).map_err(|_| format!("`{raw}` is a symbolic link that points nowhere"));
    }
    // Not there yet: resolve the nearest existing ancestor, keep the rest.
    let mut base = lexical.clone();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    while std::fs::symlink_metadata(&base).is_err() {
        let Some(name) = base.file_name() else { break };
        rest.push(name.to_os_string());
        if !base.pop() {
            break;
        }
    }
    let mut real = std::fs::canonicalize(&base).map_err(|e| format!("`{raw}`: {e}"))?;
    for r in rest.into_iter().rev() {
        real.push(r);
    }
    Ok(real)
}

/// `..` and `.` folded without touching the file system (`..` at the root stays at the root), as
/// Node's `path.resolve` does. Also used for the working directory a hook event names.
pub fn fold(p: &Path) -> PathBuf {
    let mut out = PathBuf::from("/");
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

/// Why a resolved path is protected from file tools, if it is. `own` are hardshell's own
/// directories (configuration, sessions).
pub fn protected(path: &Path, home: &Path, own: &[PathBuf]) -> Option<String> {
    if path.components().any(|c| c.as_os_str() == ".git") {
        return Some("git internals (`.git`): hooks and config there run code".into());
    }
    if path.components().any(|c| c.as_os_str() == ".hardshell") {
        return Some("the project's hardshell policy (`.hardshell/`)".into());
    }
    if let Some(dir) = own.iter().find(|d| path.starts_with(d)) {
        return Some(format!("hardshell's own files (`{}`)", dir.display()));
    }
    let rel = path.strip_prefix(home).ok()?;
    HOME_PROTECTED.iter().find(|p| rel.starts_with(p)).map(|p| format!("`~/{p}`: shell start-up, git or ssh configuration"))
}

/// Single-quotes `s` for bash.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_and_dotdot_folded() {
        let d = tempfile::tempdir().unwrap();
        let ws = std::fs::canonicalize(d.path()).unwrap();
        let home = ws.join("home");
        std::fs::create_dir_all(home.join(".ssh")).unwrap();
        std::os::unix::fs::symlink(home.join(".ssh"), ws.join("innocent")).unwrap();
        let r = resolve("innocent/authorized_keys", &ws, &home).unwrap();
        assert_eq!(r, home.join(".ssh/authorized_keys"));
        assert!(protected(&r, &home, &[]).is_some());
        assert_eq!(resolve("a/../b/./c", &ws, &home).unwrap(), ws.join("b/c"));
        std::os::unix::fs::symlink(ws.join("nowhere"), ws.join("dangling")).unwrap();
        assert!(resolve("dangling", &ws, &home).is_err());
    }

    #[test]
    fn protected_files() {
        let home = Path::new("/home/u");
        let own = [PathBuf::from("/home/u/.config/hardshell")];
        for p in ["/home/u/.bashrc", "/home/u/.gitconfig", "/home/u/.ssh/config", "/w/.git/hooks/pre-commit", "/w/.hardshell/policy.toml", "/home/u/.config/hardshell/agent.toml"] {
            assert!(protected(Path::new(p), home, &own).is_some(), "{p}");
        }
        for p in ["/home/u/project/src/main.rs", "/w/.gitignore", "/home/u/.bashrc.d.txt/x"] {
            assert!(protected(Path::new(p), home, &own).is_none(), "{p}");
        }
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
