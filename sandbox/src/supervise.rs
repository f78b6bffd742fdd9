//! The supervisor: starts the sandbox (`start.rs`), streams the command's stdout and stderr to
//! the caller (with a byte cap and a fixed 64 KiB buffer), enforces the timeout (SIGTERM to the
//! namespace, grace, SIGKILL), moves aside what appeared on a protected path (`guard.rs`), and
//! collects the outcome from init's reports (an escape attempt, named by init, which kills the
//! tree; `Done` with the command's status). One thread, one `poll` loop; no unbounded buffers.
//! Apart from output, it is woken once per run: init's `Done` arrives with the pipes' end.

use crate::error::Error;
use crate::proto::{self, Ended, Report};
use crate::spec::ExecSpec;
use crate::start::Started;
use crate::sys;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How the helper is started (`start.rs`): forked from the caller when `fork` is set and the
/// caller has exactly one thread (no exec: the fast path); else the executable `exe` with `args`,
/// which must call [`crate::exec_confined`] (for hardshell: `hardshell-exec`, or `hardshell
/// __exec`).
#[derive(Clone, Debug)]
pub struct Helper {
    pub exe: PathBuf,
    pub args: Vec<String>,
    pub fork: bool,
}

/// How the command ended.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Status {
    /// It exited with this code.
    Exited(i32),
    /// It was killed by this signal.
    Signaled(i32),
    /// It was killed as part of the tree (timeout or escape) before reporting a status.
    Killed,
}

/// What happened to one command.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Outcome {
    pub status: Status,
    /// The timeout fired (the tree got SIGTERM, then SIGKILL after the grace period).
    pub timed_out: bool,
    /// The command tried an escape-class system call (named here) and the tree was killed; also set
    /// when the command died of SIGSYS, which only the filters send (a 32-bit or x32 call).
    pub escape: Option<String>,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    /// Confinement layers that were not fully enforced (only with `danger_degraded`).
    pub degraded: Vec<String>,
    /// Protected paths that appeared (or were replaced) during the run and were moved aside
    /// afterwards: blocked writes (code planted there would run outside the sandbox later).
    pub quarantined: Vec<crate::Quarantined>,
    /// Things the user should know (e.g. no pids cgroup on this machine).
    pub notes: Vec<String>,
    pub elapsed: Duration,
}

struct Stream<'a> {
    fd: Option<std::fs::File>,
    sink: &'a mut dyn Write,
    left: u64,
    truncated: bool,
}

impl Stream<'_> {
    /// Reads once; forwards up to the cap; closes on EOF.
    fn pump(&mut self, buf: &mut [u8]) {
        let Some(f) = &mut self.fd else { return };
        match f.read(buf) {
            Ok(0) | Err(_) => self.fd = None,
            Ok(n) => {
                let keep = (n as u64).min(self.left) as usize;
                if keep < n {
                    self.truncated = true;
                }
                self.left -= keep as u64;
                if keep > 0 && (self.sink.write_all(&buf[..keep]).is_err() || self.sink.flush().is_err()) {
                    self.left = 0;
                }
            }
        }
    }
}

struct State {
    outcome: Outcome,
    cgroup: Option<PathBuf>,
    failure: Option<Error>,
    kill_sent: bool,
    /// Init's pidfd on the exec path (readable once init, and so every process of the sandbox,
    /// is gone); on the fork path init is the child itself.
    init: Option<OwnedFd>,
    /// Init reported every other process of the namespace killed and reaped (`Done`).
    done: bool,
}

/// Children whose exit nobody waited for: a sandbox is done once its namespace is empty, while
/// its init (or helper) may still be tearing down the mount namespace. Reaped at the next run.
static UNREAPED: std::sync::Mutex<Vec<i32>> = std::sync::Mutex::new(Vec::new());

fn reap_later(pid: i32) {
    if !matches!(sys::waitpid(pid, true), Ok(Some(_))) {
        UNREAPED.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(pid);
    }
}

fn reap_earlier() {
    UNREAPED.lock().unwrap_or_else(std::sync::PoisonError::into_inner).retain(|&pid| matches!(sys::waitpid(pid, true), Ok(None)));
}

/// Runs `spec` confined, streaming its output to `out` and `err`.
pub fn run(spec: &ExecSpec, helper: &Helper, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, Error> {
    let start = Instant::now();
    reap_earlier();
    let prepared = crate::helper::Prepared::new(spec).map_err(Error::Spec)?;
    let snapshot = crate::guard::Snapshot::take(&prepared.roots[0], &prepared.protected);
    let mut h = crate::start::start(spec, &prepared, helper)?;
    let mut so = Stream { fd: h.stdout.take(), sink: out, left: spec.output_cap, truncated: false };
    let mut se = Stream { fd: h.stderr.take(), sink: err, left: spec.output_cap, truncated: false };
    let mut st = State {
        outcome: Outcome { status: Status::Killed, timed_out: false, escape: None, stdout_truncated: false, stderr_truncated: false, degraded: vec![], notes: vec![], quarantined: vec![], elapsed: Duration::ZERO },
        cgroup: None,
        failure: None,
        kill_sent: false,
        init: None,
        done: false,
    };
    let res = supervise(spec, &h, &mut so, &mut se, &mut st, start);
    if res.is_err() {
        // Supervision broke (poll failed): never leave the tree running. Killing the child
        // kills init (it is init, or init dies with it) and with it the whole namespace; then
        // wait for that.
        let _ = sys::kill(h.pid, libc::SIGKILL);
        let _ = sys::waitpid(h.pid, false);
    }
    if let Some(dir) = &st.cgroup {
        crate::cgroup::remove(dir);
    }
    // No process of the sandbox runs any more (init emptied the namespace, or init is gone),
    // so nothing can race this: move aside what appeared on a protected path.
    st.outcome.quarantined = snapshot.restore();
    reap_later(h.pid);
    res?;
    if let Some(f) = st.failure {
        return Err(f);
    }
    if st.outcome.escape.is_none() && st.outcome.status == Status::Signaled(libc::SIGSYS) {
        // Only the filters kill with SIGSYS: an i386 (`int 0x80`) or x32 call, which the kernel
        // kills before any notification (the listener sees only native calls).
        st.outcome.escape = Some(crate::filter::KILLED_CALL.to_string());
    }
    st.outcome.stdout_truncated = so.truncated;
    st.outcome.stderr_truncated = se.truncated;
    st.outcome.elapsed = start.elapsed();
    Ok(st.outcome)
}

fn supervise(spec: &ExecSpec, h: &Started, so: &mut Stream<'_>, se: &mut Stream<'_>, st: &mut State, start: Instant) -> Result<(), Error> {
    let mut buf = vec![0u8; 64 * 1024];
    let deadline = start + spec.timeout;
    let mut term_at: Option<Instant> = None;
    loop {
        let now = Instant::now();
        if now >= deadline && term_at.is_none() {
            st.outcome.timed_out = true;
            // Init forwards SIGTERM to the whole namespace; the helper passes it to init.
            let _ = sys::kill(h.pid, libc::SIGTERM);
            term_at = Some(now);
        }
        if let Some(t) = term_at {
            if now >= t + spec.grace {
                kill_tree(h, st);
            }
            if now >= t + spec.grace + Duration::from_secs(2) {
                let _ = sys::kill(h.pid, libc::SIGKILL); // the helper itself is stuck
            }
        }
        let wake = match term_at {
            None => deadline,
            Some(t) if now < t + spec.grace => t + spec.grace,
            Some(t) => t + spec.grace + Duration::from_secs(2),
        };
        let raw = |fd: Option<&OwnedFd>| fd.map_or(-1, AsRawFd::as_raw_fd);
        let fds = [
            (h.ctl.as_raw_fd(), libc::POLLIN),
            (h.pidfd.as_raw_fd(), libc::POLLIN),
            (so.fd.as_ref().map_or(-1, AsRawFd::as_raw_fd), libc::POLLIN),
            (se.fd.as_ref().map_or(-1, AsRawFd::as_raw_fd), libc::POLLIN),
            (raw(st.init.as_ref()), libc::POLLIN),
        ];
        let rev = sys::poll(&fds, Some(wake.saturating_duration_since(now) + Duration::from_millis(1))).map_err(Error::io("poll"))?;
        if rev[0] != 0 {
            drain_reports(h, st, &spec.program, &mut buf);
        }
        if rev[2] != 0 {
            so.pump(&mut buf);
        }
        if rev[3] != 0 {
            se.pump(&mut buf);
        }
        // Done when init is gone (the child was init, or init's pidfd says so, or the helper
        // died and init with it), or, without a cgroup to remove (which needs every process
        // gone), as soon as init says the namespace is empty: init's own exit tears down the
        // mount namespace, which takes a while and concerns nobody.
        let gone = rev[1] != 0 || rev[4] != 0;
        if gone || (st.done && st.cgroup.is_none()) {
            drain_reports(h, st, &spec.program, &mut buf);
            // The namespace is dead, so every writer of the pipes is gone: read to EOF.
            while so.fd.is_some() || se.fd.is_some() {
                so.pump(&mut buf);
                se.pump(&mut buf);
            }
            return Ok(());
        }
    }
}

/// Kills the whole tree: init's death kills every process of its namespace. On the exec path
/// the helper kills init (SIGUSR1).
fn kill_tree(h: &Started, st: &mut State) {
    if !st.kill_sent {
        let _ = sys::kill(h.pid, if h.is_init { libc::SIGKILL } else { libc::SIGUSR1 });
        st.kill_sent = true;
    }
}

fn drain_reports(h: &Started, st: &mut State, program: &str, buf: &mut [u8]) {
    while let Ok(Some((r, fd))) = proto::recv(h.ctl.as_fd(), buf) {
        match r {
            Report::Cgroup(dir) => st.cgroup = Some(dir),
            Report::Note(n) => st.outcome.notes.push(n),
            Report::Degraded(d) => st.outcome.degraded.push(d),
            Report::SetupFailed { layer: Some(layer), message } => {
                let layer = match layer.as_str() {
                    "landlock" => "landlock",
                    "seccomp" => "seccomp",
                    "namespaces" => "namespaces",
                    _ => "capabilities",
                };
                st.failure = Some(Error::NotEnforced { layer, why: message });
                kill_tree(h, st);
            }
            Report::SetupFailed { layer: None, message } => {
                st.failure = Some(Error::Setup(message));
                kill_tree(h, st);
            }
            Report::ExecFailed(why) => st.failure = Some(Error::Exec { program: program.to_string(), why }),
            Report::Escape(nr) => {
                if st.outcome.escape.is_none() {
                    st.outcome.escape = Some(crate::filter::name(nr));
                }
            }
            Report::Done(ended) => {
                st.done = true;
                match ended {
                    Some(Ended::Exited(c)) => st.outcome.status = Status::Exited(c),
                    Some(Ended::Signaled(s)) => st.outcome.status = Status::Signaled(s),
                    None => {}
                }
            }
            Report::Init => st.init = fd,
        }
    }
}
