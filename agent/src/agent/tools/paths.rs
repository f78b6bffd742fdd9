//! Paths for the file tools: resolution (relative to the workspace, `~`, `..`, symbolic links
//! followed so a link cannot smuggle a write elsewhere), shell quoting for the gate command, and
//! the protected files that file tools never write without an explicit grant.

use std::path::{Component, Path, PathBuf};

/// Files in the home directory that run code or hold credentials: shell start-up files, git
/// configuration, ssh.
const HOME_PROTECTED: &[&str] = &[
    ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".profile", ".zshrc", ".zprofile", ".zshenv", ".zlogin", ".zlogout", ".cshrc", ".tcshrc", ".kshrc", ".mkshrc", ".config/fish", ".gitconfig", ".config/git", ".ssh", ".gnupg",
    ".bash_aliases", ".pam_environment", ".xsessionrc", ".xprofile", ".config/autostart", ".config/systemd", ".config/environment.d", ".local/bin",
];

/// Resolves a path as a file tool will use it: absolute, every existing symbolic link followed
/// (`..` after a link goes up from where the link leads, as the kernel does). A link that points
/// nowhere is refused (writing through it would create its target wherever it points).
pub fn resolve(raw: &str, workspace: &Path, home: &Path) -> Result<PathBuf, String> {
    resolve_names(raw, workspace, home).map(|r| r.real)
}

/// A resolved path and every name it goes by on the way: the path as written (`..` folded) and,
/// for each symbolic link followed, the path through that link. A write is judged by all of
/// them: `.git -> ../elsewhere` still names git internals, and `innocent -> .git` too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub real: PathBuf,
    pub names: Vec<PathBuf>,
}

/// Most symbolic links followed for one path (the kernel's limit).
const MAX_LINKS: usize = 40;

pub fn resolve_names(raw: &str, workspace: &Path, home: &Path) -> Result<Resolved, String> {
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
    let mut names = vec![fold(&p)];
    // Components still to walk, last first; `cur` is real (every link in it followed).
    let mut todo: Vec<std::ffi::OsString> = Vec::new();
    push_components(&mut todo, &p);
    let mut cur = PathBuf::from("/");
    let (mut links, mut missing) = (0usize, false);
    while let Some(c) = todo.pop() {
        if c == ".." {
            cur.pop();
            missing = false;
            continue;
        }
        let next = cur.join(&c);
        if missing {
            cur = next;
            continue;
        }
        match std::fs::symlink_metadata(&next) {
            Ok(m) if m.file_type().is_symlink() => {
                links += 1;
                if links > MAX_LINKS {
                    return Err(format!("`{raw}`: too many levels of symbolic links"));
                }
                if std::fs::metadata(&next).is_err() {
                    return Err(format!("`{raw}` goes through a symbolic link that points nowhere (`{}`)", next.display()));
                }
                let target = std::fs::read_link(&next).map_err(|e| format!("`{raw}`: {e}"))?;
                names.push(fold(&todo.iter().rev().fold(next, |acc, r| acc.join(r))));
                if target.is_absolute() {
                    cur = PathBuf::from("/");
                }
                push_components(&mut todo, &target);
            }
            Ok(_) => cur = next,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                missing = true;
                cur = next;
            }
            Err(e) => return Err(format!("`{raw}`: {e}")),
        }
    }
    names.push(cur.clone());
    names.dedup();
    Ok(Resolved { real: cur, names })
}

/// Pushes the components of `p` onto the stack `todo` so that its first component is on top
/// (`.` dropped, `..` kept).
fn push_components(todo: &mut Vec<std::ffi::OsString>, p: &Path) {
    for c in p.components().rev() {
        match c {
            Component::Normal(n) => todo.push(n.to_os_string()),
            Component::ParentDir => todo.push("..".into()),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
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

/// Why a path is protected from file tools, if it is. `own` are hardshell's own directories
/// (configuration, sessions). Names are compared ignoring ASCII case (`.GIT` is `.git` on a
/// case-insensitive file system), and a protected home file that is a symbolic link (dotfile
/// managers link `~/.bashrc` to `~/dotfiles/bashrc`) protects what it leads to.
pub fn protected(path: &Path, home: &Path, own: &[PathBuf]) -> Option<String> {
    let named = |name: &str| path.components().any(|c| c.as_os_str().to_str().is_some_and(|s| s.eq_ignore_ascii_case(name)));
    if named(".git") {
        return Some("git internals (`.git`): hooks and config there run code".into());
    }
    // A git directory by another name (`git --separate-git-dir`, a bare repository, a link to
    // one): it holds HEAD, objects/ and refs/.
    if let Some(dir) = path.ancestors().skip(1).find(|d| d.join("HEAD").is_file() && d.join("objects").is_dir() && d.join("refs").is_dir()) {
        return Some(format!("git internals (`{}` is a git directory): hooks and config there run code", dir.display()));
    }
    if named(".hardshell") {
        return Some("the project's hardshell policy (`.hardshell/`)".into());
    }
    let real = |p: &Path| std::fs::canonicalize(p).ok();
    if let Some(dir) = own.iter().find(|d| path.starts_with(d) || real(d).is_some_and(|r| path.starts_with(r))) {
        return Some(format!("hardshell's own files (`{}`)", dir.display()));
    }
    let why = |p: &str| format!("`~/{p}`: shell start-up, git or ssh configuration");
    if let Ok(rel) = path.strip_prefix(home) {
        let lower = PathBuf::from(rel.to_string_lossy().to_ascii_lowercase());
        if let Some(p) = HOME_PROTECTED.iter().find(|p| lower.starts_with(p)) {
            return Some(why(p));
        }
    }
    HOME_PROTECTED.iter().find(|p| real(&home.join(p)).is_some_and(|r| path.starts_with(r))).map(|p| format!("{} (`{}` is where it leads)", why(p), path.display()))
}

/// Why any of the names of a path is protected, if one is.
pub fn protected_any(names: &[PathBuf], home: &Path, own: &[PathBuf]) -> Option<String> {
    names.iter().find_map(|n| protected(n, home, own))
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

    /// Review finding (session 4): a git directory not named `.git` (a separate git dir, a bare
    /// repository), reached through a link, is git internals too; an ordinary directory is not.
    #[test]
    fn a_git_directory_by_another_name_is_protected() {
        let d = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(d.path()).unwrap();
        let (ws, home, git) = (root.join("ws"), root.join("home"), root.join("realgit"));
        for sub in ["objects", "refs", "hooks"] {
            std::fs::create_dir_all(git.join(sub)).unwrap();
        }
        std::fs::write(git.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        std::fs::write(git.join("config"), "[core]\n").unwrap();
        std::fs::create_dir_all(ws.join("src")).unwrap();
        std::os::unix::fs::symlink(&git, ws.join("lnk")).unwrap();
        let r = resolve_names("lnk/config", &ws, &home).unwrap();
        assert!(protected_any(&r.names, &home, &[]).is_some_and(|w| w.contains("git directory")), "{r:?}");
        assert!(protected(&git.join("hooks/pre-commit"), &home, &[]).is_some());
        assert!(protected(&ws.join("src/main.rs"), &home, &[]).is_none());
    }

    /// Review finding: a protected file reached through a link chain, a `.git` that is itself a
    /// link, a dotfile-managed `~/.bashrc`, an upper-case `.GIT`, hardshell's config under a
    /// linked `~/.config`: each is protected by one of the names the path goes by.
    #[test]
    fn every_name_of_a_path_is_judged() {
        let d = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(d.path()).unwrap();
        let (ws, home) = (root.join("ws"), root.join("home"));
        std::fs::create_dir_all(ws.join("gitdir/hooks")).unwrap();
        std::fs::create_dir_all(home.join("dotfiles")).unwrap();
        std::fs::write(home.join("dotfiles/bashrc"), "").unwrap();
        std::os::unix::fs::symlink("dotfiles/bashrc", home.join(".bashrc")).unwrap();
        std::os::unix::fs::symlink("gitdir", ws.join(".git")).unwrap();
        std::os::unix::fs::symlink(ws.join(".git"), ws.join("innocent")).unwrap();
        let check = |raw: &str, wsp: &Path| {
            let r = resolve_names(raw, wsp, &home).unwrap();
            (protected_any(&r.names, &home, &[home.join(".config/hardshell")]), r)
        };
        let (why, r) = check("innocent/hooks/pre-commit", &ws);
        assert_eq!(r.real, ws.join("gitdir/hooks/pre-commit"));
        assert!(why.is_some_and(|w| w.contains(".git")), "{:?}", r.names);
        assert!(check(".git/hooks/pre-commit", &ws).0.is_some());
        assert!(check(".GIT/config", &ws).0.is_some(), "case");
        assert!(check(".HardShell/policy.toml", &ws).0.is_some(), "case");
        let (why, r) = check("bashrc", &home.join("dotfiles"));
        assert_eq!(r.real, home.join("dotfiles/bashrc"));
        assert!(why.is_some_and(|w| w.contains(".bashrc")), "the file ~/.bashrc leads to");
        assert!(check("~/.BASHRC", &ws).0.is_some(), "case");
        std::fs::create_dir_all(home.join("dots/config")).unwrap();
        std::os::unix::fs::symlink("dots/config", home.join(".config")).unwrap();
        let (why, r) = check("~/.config/hardshell/agent.toml", &ws);
        assert_eq!(r.real, home.join("dots/config/hardshell/agent.toml"));
        assert!(why.is_some_and(|w| w.contains("own")), "{:?}", r.names);
        assert!(check("src/main.rs", &ws).0.is_none());
        assert!(check("~/dotfiles/vimrc", &ws).0.is_none());
    }

    #[test]
    fn dotdot_after_a_link_and_loops() {
        let d = tempfile::tempdir().unwrap();
        let ws = std::fs::canonicalize(d.path()).unwrap();
        std::fs::create_dir_all(ws.join("a/b")).unwrap();
        std::os::unix::fs::symlink(ws.join("a/b"), ws.join("l")).unwrap();
        assert_eq!(resolve("l/../c", &ws, &ws).unwrap(), ws.join("a/c"));
        std::os::unix::fs::symlink("loop2", ws.join("loop1")).unwrap();
        std::os::unix::fs::symlink("loop1", ws.join("loop2")).unwrap();
        assert!(resolve("loop1/x", &ws, &ws).is_err());
        assert!(resolve("dangling/x", &ws, &ws).is_ok(), "a plain missing directory is fine");
        std::os::unix::fs::symlink("nowhere", ws.join("dl")).unwrap();
        assert!(resolve("dl/x", &ws, &ws).is_err());
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
