//! PID 1 of the sandbox's PID namespace. Mounts a fresh /proc, forks the command (`confine.rs`),
//! reaps every orphan and forwards SIGTERM to all processes of the namespace. When the command
//! ends it reports its status, kills whatever is left in the namespace (double-forked daemons,
//! SIGTERM ignorers) and reaps it all, says the namespace is empty, and exits: the supervisor
//! need not wait for that exit, which tears down the mount namespace on the fork path (an
//! expedited RCU grace period). Dies with its parent (PR_SET_PDEATHSIG); if it dies any other
//! way the kernel kills every process of the namespace.

use crate::helper::Prepared;
use crate::proto::{self, Report};
use crate::spec::ExecSpec;
use crate::sys;
use std::os::fd::{AsFd, OwnedFd};

/// Runs as init; never returns.
pub(crate) fn run(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd) -> ! {
    if sys::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as u64, 0).is_err() {
        sys::exit_now(crate::helper::SETUP_FAILED);
    }
    // The parent may have died before PDEATHSIG was set: then the supervisor's end is gone too.
    if sys::poll(&[(std::os::fd::AsRawFd::as_raw_fd(ctl), 0)], Some(std::time::Duration::ZERO)).map(|r| r[0] & libc::POLLHUP != 0).unwrap_or(true) {
        sys::exit_now(crate::helper::SETUP_FAILED);
    }
    // pid_max counts pid numbers, and after the first wrap numbers below 300 are skipped: so at
    // least `max_pids` and at most `max_pids + 300` processes can live in the namespace.
    let pid_max = prepared.per_ns_pid_max.then_some(spec.limits.max_pids + 300);
    if let Err(m) = crate::mounts::fresh_proc(pid_max) {
        let _ = proto::send(ctl.as_fd(), &Report::SetupFailed { layer: None, message: m }, None);
        sys::exit_now(crate::helper::SETUP_FAILED);
    }
    // The command shares init's memory until it execs (init waits meanwhile): no copy of
    // init's address space is made or torn down.
    let child = match sys::spawn_shared(|| crate::confine::run(spec, prepared, ctl)) {
        Ok(pid) => pid,
        Err(e) => {
            let _ = proto::send(ctl.as_fd(), &Report::SetupFailed { layer: None, message: format!("fork: {e}") }, None);
            sys::exit_now(crate::helper::SETUP_FAILED);
        }
    };
    // Only the command's side holds the output pipes now: the supervisor sees their end as soon
    // as the namespace is empty, without waiting for init's own exit.
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        for fd in [1, 2] {
            let _ = sys::dup2(null.as_fd(), fd);
        }
    }
    reap(child, ctl)
}

fn reap(child: i32, ctl: &OwnedFd) -> ! {
    loop {
        match sys::sigwait(crate::helper::WAITED) {
            Ok(libc::SIGCHLD) => {}
            Ok(_) => {
                // kill(-1) reaches every process in the namespace except init itself.
                let _ = sys::kill(-1, libc::SIGTERM);
                continue;
            }
            Err(_) => sys::exit_now(crate::helper::SETUP_FAILED),
        }
        while let Ok(Some((pid, status))) = sys::waitpid(-1, true) {
            if pid != child {
                continue;
            }
            let report = if libc::WIFSIGNALED(status) { Report::Signaled(libc::WTERMSIG(status)) } else { Report::Exited(libc::WEXITSTATUS(status)) };
            let _ = proto::send(ctl.as_fd(), &report, None);
            empty(ctl)
        }
    }
}

/// Kills every other process of the namespace and reaps them all, then says so and exits.
/// Every process of the namespace descends from init, and orphans become init's children, so
/// when `waitpid` finds no child left, nothing of the sandbox runs any more. A process forking
/// at the moment of the kill cannot escape it: the kernel fails a fork that races a signal to
/// all processes, or delivers the signal to the new child too.
fn empty(ctl: &OwnedFd) -> ! {
    // kill(-1) walks every process of the machine: skip it when init has no child left (the
    // usual case), since then no process of the namespace is left either.
    if !matches!(sys::waitpid(-1, true), Err(e) if e.raw_os_error() == Some(libc::ECHILD)) {
        let _ = sys::kill(-1, libc::SIGKILL);
    }
    loop {
        match sys::waitpid(-1, false) {
            Ok(Some(_)) => {}
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
            Ok(None) | Err(_) => break,
        }
    }
    let _ = proto::send(ctl.as_fd(), &Report::Empty, None);
    sys::exit_now(0)
}
