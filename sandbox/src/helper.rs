//! The helper: a fresh, single-threaded process started by the supervisor (`start.rs`: forked
//! from it, or the `hardshell-exec` / `hardshell __exec` executable, which reads the spec from its
//! control socket on fd 0). It joins a pids cgroup where the kernel has no per-namespace
//! `pid_max`, unshares mount, PID and IPC namespaces (plus a user namespace when not root), makes
//! itself non-dumpable, builds the file-system view, and forks the namespace's init (`init.rs`),
//! whose pidfd goes to the supervisor. It then waits for init, relaying the supervisor's signals:
//! SIGTERM (graceful stop) and SIGUSR1 (kill the whole tree now). When init has exited, every
//! process of the namespace is gone (the kernel kills them all when init dies); the helper lives
//! on only to tear the mount namespace down, which nobody waits for.
//!
//! Tree: supervisor -> helper -> init (pid 1) -> command (pid 2) -> ...

use crate::guard::Protected;
use crate::proto::{self, Report, Request};
use crate::spec::ExecSpec;
use crate::sys::{self, Fork};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// Exit status of a helper whose setup failed (the reason went over the control socket).
pub(crate) const SETUP_FAILED: i32 = 121;

/// What the helper needs besides the spec: the canonical writable roots (workspace first) and
/// the protected paths inside the workspace.
pub(crate) struct Prepared {
    pub roots: Vec<PathBuf>,
    pub protected: Vec<Protected>,
}

impl Prepared {
    pub(crate) fn new(spec: &ExecSpec) -> Result<Prepared, String> {
        let roots = writable_roots(spec)?;
        let protected = crate::guard::protected_paths(&roots[0], &spec.protected);
        Ok(Prepared { roots, protected })
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
    run(&req.spec, &prepared, ctl)
}

/// The forked helper's entry point (`start.rs`): `fds` become 0 (control socket), 1 and 2
/// (output pipes); every other descriptor inherited from the supervisor is closed. Never returns.
pub(crate) fn forked(spec: &ExecSpec, prepared: &Prepared, fds: [BorrowedFd<'_>; 3], supervisor: i32) -> ! {
    if sys::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as u64, 0).is_err() || sys::getppid() != supervisor {
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
    run(spec, prepared, sys::take_stdin())
}

fn run(spec: &ExecSpec, prepared: &Prepared, ctl: OwnedFd) -> ! {
    match setup(spec, prepared, &ctl) {
        Ok(init) => wait_init(init),
        Err((layer, msg)) => fail(&ctl, layer, msg),
    }
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

/// Signals the helper handles synchronously (blocked, then waited for).
pub(crate) const WAITED: &[i32] = &[libc::SIGCHLD, libc::SIGTERM, libc::SIGUSR1, libc::SIGINT, libc::SIGHUP];

type SetupError = (Option<String>, String);

fn setup(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd) -> Result<i32, SetupError> {
    let plain = |m: String| (None, m);
    sys::set_sigmask(WAITED).map_err(|e| plain(format!("sigprocmask: {e}")))?;
    // Fork-bomb guard: a per-namespace pid_max (set by init) where the kernel has one; else a
    // pids cgroup (joining a v1 cgroup costs ~10 ms: an RCU grace period).
    if !crate::probe::per_ns_pid_max() {
        match crate::cgroup::enter(spec.limits.max_pids) {
            Ok(dir) => send(ctl, &Report::Cgroup(dir)),
            Err(why) => send(ctl, &Report::Note(format!("no pids cgroup ({why}): fork bombs are bounded only by the timeout and, for non-root users, RLIMIT_NPROC"))),
        }
    }
    let uid = sys::getuid();
    let gid = sys::getgid();
    let mut flags = libc::CLONE_NEWNS | libc::CLONE_NEWPID | libc::CLONE_NEWIPC;
    if uid != 0 {
        flags |= libc::CLONE_NEWUSER;
    }
    sys::unshare(flags).map_err(|e| (Some("namespaces".into()), format!("unshare: {e}")))?;
    if uid != 0 {
        map_ids(uid, gid).map_err(plain)?;
    }
    // From here on /proc/PID/mem, environ and ptrace of this process and of init (which inherits
    // this) need CAP_SYS_PTRACE: a forked helper holds a copy of the supervisor's memory. (Not
    // earlier: a non-dumpable process's /proc/self/uid_map belongs to root.)
    sys::prctl(libc::PR_SET_DUMPABLE, 0, 0).map_err(|e| plain(format!("PR_SET_DUMPABLE: {e}")))?;
    crate::mounts::build(&prepared.roots, &prepared.protected, spec.limits.tmp_bytes).map_err(plain)?;
    match sys::fork().map_err(|e| plain(format!("fork: {e}")))? {
        Fork::Child => crate::init::run(spec, &prepared.roots, ctl),
        Fork::Parent(pid) => {
            // Only init and the command hold the output pipes now, so the supervisor sees EOF
            // as soon as the namespace is empty, not when this helper has finished exiting.
            let null = std::fs::OpenOptions::new().write(true).open("/dev/null").map_err(|e| plain(format!("/dev/null: {e}")))?;
            for fd in [1, 2] {
                sys::dup2(null.as_fd(), fd).map_err(|e| plain(format!("dup2: {e}")))?;
            }
            // The supervisor watches init itself: readable when init (and so every process of
            // the namespace) is gone. Without it, the supervisor waits for this helper's exit.
            if let Ok(pidfd) = sys::pidfd_open(pid as u32) {
                if let Err(e) = proto::send(ctl.as_fd(), &Report::Init, Some(pidfd.as_fd())) {
                    tracing::debug!(error = %e, "cannot pass init's pidfd");
                }
            }
            Ok(pid)
        }
    }
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

/// Waits for init; SIGTERM is passed on (init forwards it to the whole namespace), SIGUSR1
/// and SIGINT/SIGHUP kill init and with it the namespace. Once init is reaped, exits: that
/// tears down the mount namespace (an expedited RCU grace period, ~6 ms on a loaded machine),
/// which the supervisor does not wait for (it watches init's pidfd).
fn wait_init(init: i32) -> ! {
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
