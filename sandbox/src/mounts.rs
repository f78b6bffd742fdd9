//! The file-system view, built in the helper's private mount namespace: the whole tree read-only
//! (so chmod, chown, utime and xattr changes fail even for root, which Landlock does not cover),
//! no device nodes (`nodev`) but a minimal, read-only /dev (null, zero, full, random, urandom,
//! tty; an empty `pts`: no terminal of the caller is reachable), private tmpfs on /tmp, /var/tmp
//! and /dev/shm, the writable roots re-attached read-write, and
//! protected paths inside them (`guard.rs` lists them) bound read-only. `.git` (and each submodule
//! git directory) becomes a mount point so it cannot be renamed, removed or replaced (EBUSY).
//!
//! Order matters: writable roots are cloned (`open_tree`) *before* anything else, so a workspace
//! under /tmp survives the tmpfs that covers /tmp. A protected path that does not exist at start
//! cannot be bound (the supervisor moves it aside after the run if it appeared: `guard.rs`); for
//! a symbolic link, what it leads to is bound when that lies in a writable root.

use crate::guard::Protected;
use crate::sys;
use std::io;
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};

const TMPFS_DIRS: &[&str] = &["/tmp", "/var/tmp", "/dev/shm"];

fn ctx(what: &str, p: &Path) -> impl FnOnce(io::Error) -> String {
    let s = format!("{what} `{}`", p.display());
    move |e| format!("{s}: {e}")
}

/// The private tmpfs directories that exist here (writable inside the sandbox).
pub(crate) fn tmp_dirs() -> Vec<PathBuf> {
    TMPFS_DIRS.iter().map(PathBuf::from).filter(|p| p.symlink_metadata().map(|m| m.is_dir()).unwrap_or(false)).collect()
}

/// Device nodes the command gets in its /dev (each bound from the host's node).
const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom", "tty"];

/// Symbolic links in the command's /dev.
const DEV_LINKS: &[(&str, &str)] = &[("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"), ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")];

/// Builds the view. `roots` are canonical, existing directories; `protected` are absolute paths.
pub(crate) fn build(roots: &[PathBuf], protected: &[Protected], tmp_dirs: &[PathBuf], tmp_bytes: u64) -> Result<(), String> {
    sys::mount(None, Path::new("/"), None, libc::MS_REC | libc::MS_PRIVATE, None).map_err(ctx("make private", Path::new("/")))?;
    let mut sorted: Vec<&PathBuf> = roots.iter().collect();
    sorted.sort_by_key(|p| p.components().count());
    let clones: Vec<(&PathBuf, OwnedFd)> = sorted.into_iter().map(|r| sys::open_tree_clone(r).map(|fd| (r, fd)).map_err(ctx("clone", r))).collect::<Result<_, _>>()?;
    let devices = clone_devices()?;
    // No device node anywhere but the few bound into the new /dev (terminals, disks, consoles).
    let ro = libc::MOUNT_ATTR_RDONLY | libc::MOUNT_ATTR_NOSUID | libc::MOUNT_ATTR_NODEV;
    sys::mount_setattr(Path::new("/"), true, ro, 0).map_err(ctx("make read-only", Path::new("/")))?;
    if let Some(devices) = devices {
        minimal_dev(devices)?;
    }
    let size = format!("mode=1777,size={tmp_bytes}");
    for t in tmp_dirs {
        sys::mount(Some(Path::new("tmpfs")), t, Some("tmpfs"), libc::MS_NOSUID | libc::MS_NODEV, Some(&size)).map_err(ctx("mount tmpfs on", t))?;
    }
    for (root, fd) in &clones {
        if !root.exists() {
            // The root was hidden by a tmpfs above: recreate its path there.
            std::fs::create_dir_all(root).map_err(ctx("recreate", root))?;
        }
        sys::move_mount(fd.as_fd(), root).map_err(ctx("attach", root))?;
        let nodev = libc::MOUNT_ATTR_NOSUID | libc::MOUNT_ATTR_NODEV;
        sys::mount_setattr(root, true, nodev, 0).map_err(ctx("make nosuid and nodev", root))?;
    }
    for p in protected {
        protect(p, roots)?;
    }
    Ok(())
}

/// Detached clones of the host's device nodes in [`DEVICES`] (those that exist); `None` when the
/// host has no /dev directory.
fn clone_devices() -> Result<Option<Vec<(&'static str, OwnedFd)>>, String> {
    if !Path::new("/dev").symlink_metadata().is_ok_and(|m| m.is_dir()) {
        return Ok(None);
    }
    let mut out = Vec::new();
    for d in DEVICES {
        let p = Path::new("/dev").join(d);
        if p.symlink_metadata().is_ok_and(|m| !m.file_type().is_symlink()) {
            out.push((*d, sys::open_tree_clone(&p).map_err(ctx("clone", &p))?));
        }
    }
    Ok(Some(out))
}

/// A fresh, read-only /dev: the cloned device nodes, the usual links, an empty `pts` (no
/// terminal of the caller's is reachable) and `shm` (a private tmpfs, mounted afterwards).
fn minimal_dev(devices: Vec<(&'static str, OwnedFd)>) -> Result<(), String> {
    let dev = Path::new("/dev");
    let flags = libc::MS_NOSUID | libc::MS_NOEXEC;
    sys::mount(Some(Path::new("tmpfs")), dev, Some("tmpfs"), flags, Some("mode=0755,size=65536")).map_err(ctx("mount tmpfs on", dev))?;
    for (name, fd) in &devices {
        let p = dev.join(name);
        std::fs::File::create(&p).map_err(ctx("create", &p))?;
        sys::move_mount(fd.as_fd(), &p).map_err(ctx("attach", &p))?;
    }
    for (name, to) in DEV_LINKS {
        let p = dev.join(name);
        std::os::unix::fs::symlink(to, &p).map_err(ctx("link", &p))?;
    }
    for d in ["pts", "shm"] {
        let p = dev.join(d);
        std::fs::create_dir(&p).map_err(ctx("create", &p))?;
    }
    let shm = dev.join("shm");
    std::fs::set_permissions(&shm, std::os::unix::fs::PermissionsExt::from_mode(0o1777)).map_err(ctx("chmod", &shm))?;
    sys::mount_setattr(dev, false, libc::MOUNT_ATTR_RDONLY, 0).map_err(ctx("make read-only", dev))
}

/// Binds the path onto itself; then, unless it is only pinned (a git directory that only has to
/// stay a mount point), makes it read-only. A symbolic link cannot be a mount point: what it
/// leads to is bound instead when that lies in a writable root (elsewhere everything is
/// read-only already); the link itself is checked after the run (`guard.rs`).
fn protect(p: &Protected, roots: &[PathBuf]) -> Result<(), String> {
    let path = p.path.as_path();
    let Ok(meta) = path.symlink_metadata() else { return Ok(()) };
    if meta.file_type().is_symlink() {
        let Ok(target) = path.canonicalize() else { return Ok(()) }; // dangling: checked afterwards
        if !roots.iter().any(|r| target.starts_with(r)) {
            return Ok(());
        }
        let pin_only = p.pin_only && target.is_dir();
        return bind(&target, pin_only);
    }
    bind(path, p.pin_only && meta.is_dir())
}

fn bind(path: &Path, pin_only: bool) -> Result<(), String> {
    sys::mount(Some(path), path, None, libc::MS_BIND | libc::MS_REC, None).map_err(ctx("bind", path))?;
    if !pin_only {
        sys::mount_setattr(path, true, libc::MOUNT_ATTR_RDONLY, 0).map_err(ctx("make read-only", path))?;
    }
    Ok(())
}

/// In the new PID namespace's init: a fresh /proc (so /proc shows only the sandbox), the
/// namespace's own `pid_max` where the kernel has one (`pid_max`: the fork-bomb guard), then
/// /proc/sys and /proc/sysrq-trigger read-only.
pub(crate) fn fresh_proc(pid_max: Option<u64>) -> Result<(), String> {
    let proc_ = Path::new("/proc");
    let flags = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
    sys::mount(Some(Path::new("proc")), proc_, Some("proc"), flags, None).map_err(ctx("mount proc on", proc_))?;
    if let Some(max) = pid_max {
        let p = Path::new("/proc/sys/kernel/pid_max");
        std::fs::write(p, max.to_string()).map_err(ctx("set", p))?;
    }
    for p in ["/proc/sys", "/proc/sysrq-trigger"].map(Path::new) {
        if p.exists() {
            sys::mount(Some(p), p, None, libc::MS_BIND | libc::MS_REC, None).map_err(ctx("bind", p))?;
            sys::mount_setattr(p, true, libc::MOUNT_ATTR_RDONLY, 0).map_err(ctx("make read-only", p))?;
        }
    }
    Ok(())
}
