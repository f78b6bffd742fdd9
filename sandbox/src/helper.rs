//! Entering the sandbox: the namespaces, the identity maps, the fork-bomb guard and the
//! file-system view, done by a fresh single-threaded process on one of two paths (`start.rs`):
//! - fork path: the supervisor clones a child straight into new mount, PID and IPC namespaces
//!   (plus a user namespace when not root); that child is init (`init.rs`) and calls [`enter`]
//!   itself. Tree: supervisor -> init (pid 1) -> command (pid 2) -> ...
//! - exec path: the helper executable (`hardshell-exec`, `hardshell __exec`, entry point
//!   [`exec_confined`]) reads the spec from its control socket, unshares the same namespaces,
//!   calls [`enter`], and forks init, whose pidfd it passes to the supervisor; it then relays
//!   the supervisor's signals to init (SIGTERM; SIGUSR1 kills) until init is gone. Tree:
//!   supervisor -> helper -> init (pid 1) -> command (pid 2) -> ...
//!
//! Either way the process that entered makes itself non-dumpable before any sandboxed code
//! exists: on the fork path it holds a copy of the supervisor's memory.

use crate::guard::Protected;
use crate::proto::{self, Report, Request};
use crate::spec::ExecSpec;
use crate::sys::{self, Fork};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// Exit status of a helper or init whose setup failed (the reason went over the control socket).
pub(crate) const SETUP_FAILED: i32 = 121;

/// What entering needs besides the spec, computed once by the supervisor (or, on the exec path,
/// by the helper from the spec it received).
pub(crate) struct Prepared {
    /// Canonical writable roots, workspace first.
    pub roots: Vec<PathBuf>,
    /// Protected paths inside the workspace.
    pub protected: Vec<Protected>,
    /// The kernel has a per-namespace `pid_max` (Linux 6.14): the fork-bomb guard; else a pids
    /// cgroup.
    pub per_ns_pid_max: bool,
    /// Which private tmpfs directories exist here.
    pub tmp_dirs: Vec<PathBuf>,
    /// The seccomp program of the command (or why it cannot be built, reported where it would
    /// be installed: the run may be degraded).
    pub seccomp: Result<Vec<sys::BpfInsn>, String>,
}

impl Prepared {
    pub(crate) fn new(spec: &ExecSpec) -> Result<Prepared, String> {
        let roots = writable_roots(spec)?;
        let protected = crate::guard::protected_paths(&roots[0], &spec.protected);
        let seccomp = crate::filter::program(spec.net);
        Ok(Prepared { roots, protected, per_ns_pid_max: crate::probe::per_ns_pid_max(), tmp_dirs: crate::mounts::tmp_dirs(), seccomp })
    }
}

/// The namespace flags of a sandbox: mount, PID and IPC, plus user when not root.
pub(crate) fn namespace_flags() -> i32 {
    let flags = libc::CLONE_NEWNS | libc::CLONE_NEWPID | libc::CLONE_NEWIPC;
    if sys::getuid() == 0 {
        flags
    } else {
        flags | libc::CLONE_NEWUSER
    }
}

/// The helper executable's entry point. Never returns.
pub fn exec_confined() -> ! {
    let ctl = sys::take_stdin();
    // Die with the supervisor.
    if sys::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as u64, 0).is_err() {
        sys::exit_now(SETUP_FAILED);
    }
    let req = match read_request(&ctl) {
        Ok(r) => r,
        Err(e) => fail(&ctl, None, e),
    };
    if sys::getppid() != req.supervisor {
        sys::exit_now(SETUP_FAILED);
    }
    let prepared = match Prepared::new(&req.spec) {
        Ok(p) => p,
        Err(e) => fail(&ctl, None, e),
    };
    let (uid, gid) = (sys::getuid(), sys::getgid());
    let entered = sys::set_sigmask(WAITED)
        .map_err(|e| (None, format!("sigprocmask: {e}")))
        .and_then(|()| guard_forks(&req.spec, &prepared, &ctl))
        .and_then(|()| sys::unshare(namespace_flags()).map_err(|e| (Some("namespaces".to_string()), format!("unshare: {e}"))))
        .and_then(|()| enter(&req.spec, &prepared, uid, gid));
    if let Err((layer, msg)) = entered {
        fail(&ctl, layer, msg);
    }
    match sys::fork() {
        Ok(Fork::Child) => crate::init::run(&req.spec, &prepared, &ctl),
        Ok(Fork::Parent(init)) => {
            if let Err(e) = hand_over(init, &ctl) {
                let _ = sys::kill(init, libc::SIGKILL);
                fail(&ctl, None, e);
            }
            relay(init)
        }
        Err(e) => fail(&ctl, None, format!("fork: {e}")),
    }
}

/// The fork path's child, just cloned into the new namespaces (`start.rs`): `fds` become 0
/// (control socket), 1 and 2 (output pipes), every other descriptor inherited from the
/// supervisor is closed; then it enters the sandbox and runs as init. Never returns.
pub(crate) fn cloned(spec: &ExecSpec, prepared: &Prepared, fds: [BorrowedFd<'_>; 3], uid: u32, gid: u32) -> ! {
    if sys::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as u64, 0).is_err() {
        sys::exit_now(SETUP_FAILED);
    }
    // Copies above 2 first, so that no dup2 below overwrites a descriptor still to be moved.
    let Ok(high) = fds.iter().map(|fd| sys::dup_cloexec(*fd, 3)).collect::<Result<Vec<OwnedFd>, _>>() else {
        sys::exit_now(SETUP_FAILED)
    };
    for (n, fd) in high.iter().enumerate() {
        if sys::dup2(fd.as_fd(), n as i32).is_err() {
            sys::exit_now(SETUP_FAILED);
        }
    }
    // Closes `high` too: never drop those handles.
    std::mem::forget(high);
    if sys::close_from(3).is_err() {
        sys::exit_now(SETUP_FAILED);
    }
    let ctl = sys::take_stdin();
    let entered = sys::set_sigmask(WAITED).map_err(|e| (None, format!("sigprocmask: {e}"))).and_then(|()| guard_forks(spec, prepared, &ctl)).and_then(|()| enter(spec, prepared, uid, gid));
    if let Err((layer, msg)) = entered {
        fail(&ctl, layer, msg);
    }
    crate::init::run(spec, prepared, &ctl)
}

fn fail(ctl: &OwnedFd, layer: Option<String>, message: String) -> ! {
    let _ = proto::send(ctl.as_fd(), &Report::SetupFailed { layer, message }, None);
    sys::exit_now(SETUP_FAILED)
}

fn read_request(ctl: &OwnedFd) -> Result<Request, String> {
    let mut buf = vec![0u8; proto::MAX_MSG];
    let (n, _) = sys::recv_msg(ctl.as_fd(), &mut buf, false).map_err(|e| format!("cannot read the request: {e}"))?;
    serde_json::from_slice(&buf[..n]).map_err(|e| format!("bad request: {e}"))
}

/// Signals the helper and init handle synchronously (blocked, then waited for).
pub(crate) const WAITED: &[i32] = &[libc::SIGCHLD, libc::SIGTERM, libc::SIGUSR1, libc::SIGINT, libc::SIGHUP];

type SetupError = (Option<String>, String);

/// Fork-bomb guard where the kernel has no per-namespace pid_max (set by init): a pids cgroup,
/// joined by the calling process before it forks anything (joining a v1 cgroup costs ~10 ms: an
/// RCU grace period).
fn guard_forks(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd) -> Result<(), SetupError> {
    if !prepared.per_ns_pid_max {
        match crate::cgroup::enter(spec.limits.max_pids) {
            Ok(dir) => send(ctl, &Report::Cgroup(dir)),
            Err(why) => send(ctl, &Report::Note(format!("no pids cgroup ({why}): fork bombs are bounded only by the timeout and, for non-root users, RLIMIT_NPROC"))),
        }
    }
    Ok(())
}

/// In the new namespaces: the identity maps (user namespace), non-dumpable, the file-system view.
/// `uid` and `gid` are the caller's outside the namespaces.
fn enter(spec: &ExecSpec, prepared: &Prepared, uid: u32, gid: u32) -> Result<(), SetupError> {
    let plain = |m: String| (None, m);
    if uid != 0 {
        map_ids(uid, gid).map_err(plain)?;
    }
    // From here on /proc/PID/mem, environ and ptrace of this process and of what it forks need
    // CAP_SYS_PTRACE (the command has none). Not earlier: a non-dumpable process's
    // /proc/self/uid_map belongs to root.
    sys::prctl(libc::PR_SET_DUMPABLE, 0, 0).map_err(|e| plain(format!("PR_SET_DUMPABLE: {e}")))?;
    crate::mounts::build(&prepared.roots, &prepared.protected, &prepared.tmp_dirs, spec.limits.tmp_bytes).map_err(plain)
}

/// Exec path, after forking init: only init and the command hold the output pipes, so the
/// supervisor sees EOF as soon as the namespace is empty; init's pidfd goes to the supervisor.
fn hand_over(init: i32, ctl: &OwnedFd) -> Result<(), String> {
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null").map_err(|e| format!("/dev/null: {e}"))?;
    for fd in [1, 2] {
        sys::dup2(null.as_fd(), fd).map_err(|e| format!("dup2: {e}"))?;
    }
    let pidfd = sys::pidfd_open(init as u32).map_err(|e| format!("pidfd_open: {e}"))?;
    proto::send(ctl.as_fd(), &Report::Init, Some(pidfd.as_fd())).map_err(|e| format!("cannot pass init's pidfd: {e}"))
}

/// Kernel interfaces, never writable: writes there change the machine (sysctls, devices), not files.
const KERNEL_DIRS: &[&str] = &["/proc", "/sys", "/dev"];

/// Workspace first, then the `--write` roots: canonical existing directories, never `/` and
/// never in [`KERNEL_DIRS`].
pub(crate) fn writable_roots(spec: &ExecSpec) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for r in std::iter::once(&spec.workspace).chain(&spec.write_roots) {
        let c = r.canonicalize().map_err(|e| format!("writable root `{}`: {e}", r.display()))?;
        if !c.is_dir() {
            return Err(format!("writable root `{}` is not a directory", r.display()));
        }
        if c == Path::new("/") {
            return Err("the root directory cannot be writable".to_string());
        }
        if let Some(k) = KERNEL_DIRS.iter().find(|k| c.starts_with(k)) {
            return Err(format!("writable root `{}` is under {k}: /proc, /sys and /dev (and what is below them) cannot be writable", r.display()));
        }
        out.push(c);
    }
    Ok(out)
}

/// In a new user namespace: map our own uid and gid to root inside it.
fn map_ids(uid: u32, gid: u32) -> Result<(), String> {
    let w = |f: &str, s: String| std::fs::write(f, s).map_err(|e| format!("{f}: {e}"));
    w("/proc/self/setgroups", "deny".to_string())?;
    w("/proc/self/uid_map", format!("0 {uid} 1"))?;
    w("/proc/self/gid_map", format!("0 {gid} 1"))
}

fn send(ctl: &OwnedFd, r: &Report) {
    if let Err(e) = proto::send(ctl.as_fd(), r, None) {
        tracing::debug!(error = %e, "control socket send failed");
    }
}

/// Exec path: waits for init; SIGTERM is passed on (init forwards it to the whole namespace),
/// SIGUSR1 and SIGINT/SIGHUP kill init and with it the namespace. Once init is reaped, exits:
/// that tears down the mount namespace (an expedited RCU grace period, ~6 ms on a loaded
/// machine), which the supervisor does not wait for.
fn relay(init: i32) -> ! {
    loop {
        let sig = match sys::sigwait(WAITED) {
            Ok(s) => s,
            Err(_) => {
                let _ = sys::kill(init, libc::SIGKILL);
                libc::SIGCHLD
            }
        };
        match sig {
            libc::SIGTERM => {
                let _ = sys::kill(init, libc::SIGTERM);
            }
            libc::SIGCHLD => {
                if let Ok(Some(_)) = sys::waitpid(init, true) {
                    sys::exit_now(0);
                }
            }
            _ => {
                let _ = sys::kill(init, libc::SIGKILL);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::writable_roots;
    use crate::spec::ExecSpec;

    #[test]
    fn root_and_missing_directories_are_refused() {
        assert!(writable_roots(&ExecSpec::new("true", vec![], "/")).is_err());
        assert!(writable_roots(&ExecSpec::new("true", vec![], "/nonexistent-hardshell")).is_err());
        let mut spec = ExecSpec::new("true", vec![], "/usr");
        assert!(writable_roots(&spec).is_ok());
        spec.write_roots.push("/etc/passwd".into());
        assert!(writable_roots(&spec).is_err(), "a file is not a writable root");
        for k in ["/proc/self", "/sys", "/dev/shm"] {
            let mut spec = ExecSpec::new("true", vec![], "/usr");
            spec.write_roots.push(k.into());
            assert!(writable_roots(&spec).is_err(), "`{k}` must not be writable");
        }
    }
}
