//! Protected paths, before and after a run. Input: the workspace and the spec's protected paths
//! (relative). Output: the absolute paths the helper binds (`mounts::build`), with every git
//! control path found in the workspace's git directories added, and a [`Snapshot`] the supervisor
//! takes before the run and checks after it.
//!
//! A bind can only cover a path that exists. So the snapshot records which protected paths exist
//! (and, where a replacement is possible, their identity); after the run, once every process of
//! the sandbox is gone (nothing can race the check), a protected path that appeared, or that was
//! replaced, is moved aside (`NAME.hardshell-quarantine-UNIXTIME`, never deleted) and reported:
//! code planted there (`.git/commondir`, `.claude/settings.json`, `.mcp.json`, ...) would run
//! outside the sandbox later. Cost: one `lstat` per path before and after, plus a walk of
//! `.git/modules` when it exists.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Paths inside a git directory that change what git executes or which config it reads.
const GIT_CONTROL: &[&str] = &["config", "config.worktree", "commondir", "hooks", "info", "worktrees"];

/// Bounds on the walk of `.git/modules` (submodule git directories); past them the whole
/// `.git/modules` is bound read-only.
const MAX_MODULE_DEPTH: usize = 4;
const MAX_MODULE_ENTRIES: usize = 256;

/// One protected path and how it is bound.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Protected {
    pub path: PathBuf,
    /// Bound onto itself but kept writable: a git directory that only has to stay a mount point
    /// (so it cannot be renamed, removed or replaced); its control paths are bound read-only.
    pub pin_only: bool,
}

/// The protected paths of a run: `relative` (joined to `workspace`), then the control paths of
/// the workspace's git directory and of every submodule git directory under `.git/modules`.
pub(crate) fn protected_paths(workspace: &Path, relative: &[PathBuf]) -> Vec<Protected> {
    let git = workspace.join(".git");
    // Followed: a `.git` that links to a directory is a git directory too.
    let git_is_dir = git.metadata().is_ok_and(|m| m.is_dir());
    let mut out: Vec<Protected> = Vec::new();
    let mut push = |path: PathBuf, pin_only: bool| {
        if !out.iter().any(|p| p.path == path) {
            out.push(Protected { path, pin_only });
        }
    };
    for r in relative {
        let path = workspace.join(r);
        let pin_only = git_is_dir && path == git;
        push(path, pin_only);
    }
    if git_is_dir {
        let mut found = Vec::new();
        for c in GIT_CONTROL {
            found.push((git.join(c), false));
        }
        let modules = git.join("modules");
        let mut budget = MAX_MODULE_ENTRIES;
        if !modules.exists() {
            found.push((modules, false)); // may not appear
        } else if walk_modules(&modules, 0, &mut budget, &mut found) {
            found.insert(0, (modules, true));
        } else {
            found.retain(|(p, _)| !p.starts_with(&modules));
            found.push((modules, false)); // too many to list: all read-only
        }
        for (p, pin) in found {
            push(p, pin);
        }
    }
    out
}

/// Adds every git directory under `dir` (pinned) and its control paths. False when the bounds
/// were hit.
fn walk_modules(dir: &Path, depth: usize, budget: &mut usize, out: &mut Vec<(PathBuf, bool)>) -> bool {
    if depth > MAX_MODULE_DEPTH {
        return false;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return true };
    for e in entries.flatten() {
        if !e.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        let p = e.path();
        let complete = if p.join("HEAD").exists() {
            out.push((p.clone(), true));
            out.extend(GIT_CONTROL.iter().map(|c| (p.join(c), false)));
            let sub = p.join("modules");
            out.push((sub.clone(), true));
            walk_modules(&sub, depth + 1, budget, out)
        } else {
            // A submodule name with a slash (`lib/foo`): keep the directory in place too.
            out.push((p.clone(), true));
            walk_modules(&p, depth + 1, budget, out)
        };
        if !complete {
            return false;
        }
    }
    true
}

/// What identifies a path on disk: device and inode (a replacement gets a new inode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Identity {
    dev: u64,
    ino: u64,
}

fn identity(p: &Path) -> Option<Identity> {
    p.symlink_metadata().ok().map(|m| Identity { dev: m.dev(), ino: m.ino() })
}

/// A protected path that appeared (or was replaced) during the run, and where it went.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quarantined {
    /// The protected path.
    pub path: PathBuf,
    /// It did not exist before the run (else it was replaced).
    pub created: bool,
    /// Where it was moved, or why it could not be.
    pub moved_to: Result<PathBuf, String>,
}

/// One protected path before the run.
struct Entry {
    path: PathBuf,
    /// `lstat` identity; `None`: it did not exist.
    before: Option<Identity>,
    /// Compare the identity afterwards (see [`Snapshot::take`]).
    check_identity: bool,
    /// For a symbolic link: where it led (the canonical target and its identity; `None` when
    /// dangling). It is not a mount point, so it can be replaced or re-pointed, and its target
    /// is what runs later.
    resolution: Option<Option<(PathBuf, Identity)>>,
}

/// The protected paths' state before the run.
pub(crate) struct Snapshot {
    entries: Vec<Entry>,
}

/// Where a symbolic link leads: its canonical target and that target's identity.
fn resolve(p: &Path) -> Option<(PathBuf, Identity)> {
    let target = p.canonicalize().ok()?;
    let m = target.metadata().ok()?;
    Some((target, Identity { dev: m.dev(), ino: m.ino() }))
}

impl Snapshot {
    /// Records which paths exist. An existing path is also compared by identity afterwards when
    /// it is a symbolic link (bound nowhere: replaceable), or when its parent is neither the
    /// workspace nor a protected path that exists (those are mount points inside the sandbox,
    /// so nothing there can be replaced from inside; a change there came from outside, e.g.
    /// `git config` run by the user meanwhile). A symbolic link is also resolved, before and
    /// after.
    pub(crate) fn take(workspace: &Path, paths: &[Protected]) -> Snapshot {
        let ids: Vec<Option<Identity>> = paths.iter().map(|p| identity(&p.path)).collect();
        let pinned = |dir: &Path| dir == workspace || paths.iter().zip(&ids).any(|(p, id)| id.is_some() && p.path == dir);
        let entries = paths
            .iter()
            .zip(&ids)
            .map(|(p, id)| {
                let link = p.path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink());
                let check_identity = link || p.path.parent().is_some_and(|d| !pinned(d));
                Entry { path: p.path.clone(), before: *id, check_identity, resolution: link.then(|| resolve(&p.path)) }
            })
            .collect();
        Snapshot { entries }
    }

    /// After the run (every process of the sandbox gone): moves aside what appeared, was
    /// replaced, or (a symbolic link) leads elsewhere now, outermost first.
    pub(crate) fn restore(&self) -> Vec<Quarantined> {
        let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let mut out: Vec<Quarantined> = Vec::new();
        let mut order: Vec<&Entry> = self.entries.iter().collect();
        order.sort_by_key(|e| e.path.components().count());
        for e in order {
            if out.iter().any(|q| e.path.starts_with(&q.path)) {
                continue;
            }
            let Some(now) = identity(&e.path) else { continue };
            let changed = match e.before {
                None => true,
                Some(b) => (e.check_identity && b != now) || e.resolution.as_ref().is_some_and(|r| *r != resolve(&e.path)),
            };
            if changed {
                out.push(Quarantined { path: e.path.clone(), created: e.before.is_none(), moved_to: move_aside(&e.path, stamp) });
            }
        }
        out
    }
}

/// Renames `p` to `p.hardshell-quarantine-STAMP[-N]` (never over an existing file).
fn move_aside(p: &Path, stamp: u64) -> Result<PathBuf, String> {
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 0..100u32 {
        let suffix = if n == 0 { String::new() } else { format!("-{n}") };
        let to = p.with_file_name(format!("{name}.hardshell-quarantine-{stamp}{suffix}"));
        if to.symlink_metadata().is_ok() {
            continue;
        }
        return std::fs::rename(p, &to).map(|()| to).map_err(|e| e.to_string());
    }
    Err("no free quarantine name".to_string())
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn git_control_paths_and_modules_are_listed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ws = dir.path();
        std::fs::create_dir_all(ws.join(".git/modules/lib/foo/hooks")).expect("mkdir");
        std::fs::write(ws.join(".git/modules/lib/foo/HEAD"), "ref: x\n").expect("write");
        let p = protected_paths(ws, &[PathBuf::from(".git"), PathBuf::from(".mcp.json")]);
        let has = |s: &str, pin: bool| p.iter().any(|x| x.path == ws.join(s) && x.pin_only == pin);
        assert!(has(".git", true) && has(".mcp.json", false) && has(".git/commondir", false) && has(".git/config.worktree", false));
        assert!(has(".git/modules", true) && has(".git/modules/lib", true) && has(".git/modules/lib/foo", true));
        assert!(has(".git/modules/lib/foo/config", false) && has(".git/modules/lib/foo/hooks", false));
    }

    #[test]
    fn re_pointed_links_are_moved_aside_and_untouched_ones_stay() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ws = dir.path();
        std::fs::create_dir(ws.join("env")).expect("mkdir");
        std::fs::write(ws.join("env/envrc"), "").expect("write");
        std::fs::write(ws.join("env/other"), "").expect("write");
        std::os::unix::fs::symlink("env/envrc", ws.join(".envrc")).expect("symlink");
        std::os::unix::fs::symlink("env/missing", ws.join(".bashrc")).expect("symlink");
        std::os::unix::fs::symlink("env/other", ws.join(".zshrc")).expect("symlink");
        let paths = protected_paths(ws, &[".envrc", ".bashrc", ".zshrc"].map(PathBuf::from));
        let snap = Snapshot::take(ws, &paths);
        assert!(snap.restore().is_empty(), "nothing changed yet");
        // Re-pointed (a new link), a dangling link whose target appeared, a target replaced.
        std::fs::remove_file(ws.join(".envrc")).expect("rm");
        std::os::unix::fs::symlink("env/other", ws.join(".envrc")).expect("symlink");
        std::fs::write(ws.join("env/missing"), "evil").expect("write");
        let q = snap.restore();
        let moved: Vec<&Path> = q.iter().map(|x| x.path.as_path()).collect();
        assert_eq!(moved, [ws.join(".envrc"), ws.join(".bashrc")], "{q:?}");
        assert!(ws.join(".zshrc").symlink_metadata().is_ok(), "an untouched link stays");
        // A new inode (allocated while the old one lives) renamed over the target.
        std::fs::write(ws.join("env/other.new"), "evil").expect("write");
        std::fs::rename(ws.join("env/other.new"), ws.join("env/other")).expect("rename");
        let q = snap.restore();
        assert_eq!(q.iter().map(|x| x.path.as_path()).collect::<Vec<_>>(), [ws.join(".zshrc")], "a replaced target: {q:?}");
    }

    #[test]
    fn what_appears_is_moved_aside_and_the_rest_stays() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ws = dir.path();
        std::fs::create_dir_all(ws.join(".git")).expect("mkdir");
        std::fs::write(ws.join(".git/config"), "").expect("write");
        let paths = protected_paths(ws, &[PathBuf::from(".git"), PathBuf::from(".git/config"), PathBuf::from(".claude")]);
        let snap = Snapshot::take(ws, &paths);
        std::fs::write(ws.join(".git/commondir"), "evil").expect("write");
        std::fs::create_dir_all(ws.join(".claude")).expect("mkdir");
        std::fs::write(ws.join(".claude/settings.json"), "{}").expect("write");
        let q = snap.restore();
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(!ws.join(".git/commondir").exists() && !ws.join(".claude").exists());
        assert!(q.iter().all(|x| x.created && x.moved_to.as_ref().is_ok_and(|m| m.exists())));
        assert!(ws.join(".git/config").exists());
        assert!(snap.restore().is_empty(), "a second check finds nothing new");
    }
}
