//! The pids cgroup: the fork-bomb guard that also holds for root (the kernel does not apply
//! `RLIMIT_NPROC` to uid 0). The helper makes a child of its own pids cgroup (v1 `pids`
//! controller, or v2 where `pids` is enabled for children), sets `pids.max` and joins it; the
//! supervisor removes it after the tree is dead. Killing is done by the PID namespace, not here.

use std::path::{Path, PathBuf};

/// Where this process's pids cgroup lives, if any: `(directory, is_v2)`.
pub(crate) fn own_pids_cgroup() -> Option<(PathBuf, bool)> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        if controllers.split(',').any(|c| c == "pids") {
            let dir = Path::new("/sys/fs/cgroup/pids").join(path.trim_start_matches('/'));
            return dir.is_dir().then_some((dir, false));
        }
    }
    // Pure v2 (or v2 with pids enabled): `0::/path`, controllers listed in the parent.
    let path = text.lines().find_map(|l| l.strip_prefix("0::"))?;
    for mount in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
        let dir = Path::new(mount).join(path.trim_start_matches('/'));
        let ctl = std::fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
        if ctl.split_whitespace().any(|c| c == "pids") {
            return Some((dir, true));
        }
    }
    None
}

/// Creates `hardshell-<pid>` under our pids cgroup with `pids.max = max` and moves this
/// process into it. Returns its path, or why it could not.
pub(crate) fn enter(max: u64) -> Result<PathBuf, String> {
    let (base, _) = own_pids_cgroup().ok_or("no pids cgroup controller is available")?;
    let dir = base.join(format!("hardshell-{}", std::process::id()));
    std::fs::create_dir(&dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    let set = std::fs::write(dir.join("pids.max"), max.to_string()).and_then(|()| std::fs::write(dir.join("cgroup.procs"), "0"));
    if let Err(e) = set {
        let _ = std::fs::remove_dir(&dir);
        return Err(format!("cannot use `{}`: {e}", dir.display()));
    }
    Ok(dir)
}

/// Removes a cgroup made by `enter` once it is empty (retries briefly while the last processes
/// are being reaped).
pub(crate) fn remove(dir: &Path) {
    for _ in 0..50 {
        match std::fs::remove_dir(dir) {
            Ok(()) => return,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(2)),
        }
    }
    tracing::warn!(cgroup = %dir.display(), "could not remove the sandbox's pids cgroup");
}
