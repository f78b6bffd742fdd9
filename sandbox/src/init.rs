//! PID 1 of the sandbox's PID namespace. Mounts a fresh /proc and starts the command
//! (`confine.rs`), which hands it its seccomp listener. Then it waits on a signalfd and the
//! listener: it reaps every orphan, forwards SIGTERM to all processes of the namespace, and
//! answers an escape-class system call by naming it to the supervisor and killing the tree.
//! When the command ends it kills whatever is left in the namespace (double-forked daemons,
//! SIGTERM ignorers), reaps it all, closes its copies of the output pipes, and sends one report,
//! `Done`, with the command's status; then it exits. The supervisor is woken once, at the end,
//! and never waits for init's exit (which tears down the mount namespace on the fork path: an
//! expedited RCU grace period). Dies with its parent (PR_SET_PDEATHSIG); if it dies any other
//! way the kernel kills every process of the namespace.

use crate::helper::Prepared;
use crate::proto::{self, Ended, Report};
use crate::spec::ExecSpec;
use crate::sys;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

/// Runs as init; never returns.
pub(crate) fn run(spec: &ExecSpec, prepared: &Prepared, ctl: &OwnedFd) -> ! {
    if sys::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as u64, 0).is_err() {
        sys::exit_now(crate::helper::SETUP_FAILED);
    }
    // The parent may have died before PDEATHSIG was set: then the supervisor's end is gone too.
    if sys::poll(&[(ctl.as_raw_fd(), 0)], Some(std::time::Duration::ZERO)).map(|r| r[0] & libc::POLLHUP != 0).unwrap_or(true) {
        sys::exit_now(crate::helper::SETUP_FAILED);
    }
    // pid_max counts pid numbers, and after the first wrap numbers below 300 are skipped: so at
    // least `max_pids` and at most `max_pids + 300` processes can live in the namespace.
    let pid_max = prepared.per_ns_pid_max.then_some(spec.limits.max_pids + 300);
    let started = crate::mounts::fresh_proc(pid_max).and_then(|()| {
        let signals = sys::signalfd(crate::helper::WAITED).map_err(|e| format!("signalfd: {e}"))?;
        let (keep, give) = sys::seqpacket_pair().map_err(|e| format!("socketpair: {e}"))?;
        // The command shares init's memory until it execs (init waits meanwhile): no copy of
        // init's address space is made or torn down.
        let child = sys::spawn_shared(|| crate::confine::run(spec, prepared, ctl, give.as_fd())).map_err(|e| format!("fork: {e}"))?;
        Ok((signals, keep, child))
    });
    let (signals, keep, child) = match started {
        Ok(s) => s,
        Err(message) => {
            let _ = proto::send(ctl.as_fd(), &Report::SetupFailed { layer: None, message }, None);
            sys::exit_now(crate::helper::SETUP_FAILED);
        }
    };
    // The command has exec'd (or failed): its listener, if it got that far, is waiting here.
    let mut buf = [0u8; 8];
    let listener = sys::recv_msg(keep.as_fd(), &mut buf, true).ok().and_then(|(_, fd)| fd);
    drop(keep);
    wait(child, ctl, &signals, listener)
}

/// Waits for the command, answering signals and escape attempts, then finishes.
fn wait(child: i32, ctl: &OwnedFd, signals: &OwnedFd, mut listener: Option<OwnedFd>) -> ! {
    let mut escaped = false;
    loop {
        let fds = [(signals.as_raw_fd(), libc::POLLIN), (listener.as_ref().map_or(-1, AsRawFd::as_raw_fd), libc::POLLIN)];
        let Ok(rev) = sys::poll(&fds, None) else { finish(ctl, None) };
        if rev[1] & libc::POLLIN != 0 {
            if let Some(l) = &listener {
                escape(l, ctl, &mut escaped);
            }
        } else if rev[1] != 0 {
            listener = None; // every filtered process is gone
        }
        if rev[0] & libc::POLLIN == 0 {
            continue;
        }
        match sys::read_signal(signals.as_fd()) {
            Ok(libc::SIGCHLD) => {}
            // kill(-1) reaches every process in the namespace except init itself.
            Ok(_) => {
                let _ = sys::kill(-1, libc::SIGTERM);
                continue;
            }
            Err(_) => finish(ctl, None),
        }
        while let Ok(Some((pid, status))) = sys::waitpid(-1, true) {
            if pid == child {
                let status = if libc::WIFSIGNALED(status) { Ended::Signaled(libc::WTERMSIG(status)) } else { Ended::Exited(libc::WEXITSTATUS(status)) };
                finish(ctl, Some(status));
            }
        }
    }
}

/// An escape-class system call: named to the supervisor (the first one), refused, and the whole
/// tree killed.
fn escape(listener: &OwnedFd, ctl: &OwnedFd, escaped: &mut bool) {
    match sys::notif_recv(listener.as_fd()) {
        Ok((id, nr)) => {
            if !*escaped {
                *escaped = true;
                let _ = proto::send(ctl.as_fd(), &Report::Escape(nr), None);
            }
            let _ = sys::kill(-1, libc::SIGKILL);
            let _ = sys::notif_deny(listener.as_fd(), id, libc::EPERM);
        }
        // The caller died meanwhile (ENOENT), or the listener broke: kill the tree anyway.
        Err(_) => {
            let _ = sys::kill(-1, libc::SIGKILL);
        }
    }
}

/// Kills every other process of the namespace and reaps them all, closes init's copies of the
/// output pipes, reports the command's status (`None`: unknown) and exits. Every process of the
/// namespace descends from init, and orphans become init's children, so when `waitpid` finds no
/// child left, nothing of the sandbox runs any more. A process forking at the moment of the kill
/// cannot escape it: the kernel fails a fork that races a signal to all processes, or delivers
/// the signal to the new child too.
fn finish(ctl: &OwnedFd, status: Option<Ended>) -> ! {
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
    // The pipes' end and `Done` reach the supervisor together: one wake-up.
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        for fd in [1, 2] {
            let _ = sys::dup2(null.as_fd(), fd);
        }
    }
    let _ = proto::send(ctl.as_fd(), &Report::Done(status), None);
    sys::exit_now(0)
}
