//! The control protocol between the supervisor and the helper: one JSON object per
//! `SOCK_SEQPACKET` message on the helper's fd 0. The supervisor sends one `Request`; the helper
//! and its descendants send `Report`s (init's pidfd, on the exec path, travels as `SCM_RIGHTS`).

use crate::spec::ExecSpec;
use serde::{Deserialize, Serialize};
use std::io;
use std::os::fd::{BorrowedFd, OwnedFd};
use std::path::PathBuf;

/// The largest message on the control socket.
pub(crate) const MAX_MSG: usize = 192 * 1024;

/// Supervisor -> helper.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Request {
    pub spec: ExecSpec,
    /// The supervisor's pid: the helper checks its parent is still this process.
    pub supervisor: i32,
}

/// Helper, init, or the command process before exec -> supervisor.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) enum Report {
    /// The pids cgroup the tree runs in (the supervisor removes it at the end).
    Cgroup(PathBuf),
    /// Something the user should know (e.g. no pids cgroup).
    Note(String),
    /// A confinement layer is not fully enforced and `danger_degraded` let it run anyway.
    Degraded(String),
    /// Setup failed; `layer` is set when a confinement layer is missing (fail closed).
    SetupFailed { layer: Option<String>, message: String },
    /// `execve` failed.
    ExecFailed(String),
    /// Carries init's pidfd (exec path): readable once init, and with it every process of the
    /// sandbox, is gone.
    Init,
    /// An escape-class system call (this number) was made; init is killing the tree.
    Escape(i32),
    /// Init has killed and reaped every other process of the namespace and closed its copies of
    /// the output pipes: nothing of the sandbox runs any more. With the command's status, when
    /// init saw it end.
    Done(Option<Ended>),
}

/// How the command ended.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) enum Ended {
    Exited(i32),
    Signaled(i32),
}

pub(crate) fn send(sock: BorrowedFd<'_>, r: &Report, fd: Option<BorrowedFd<'_>>) -> io::Result<()> {
    let bytes = serde_json::to_vec(r).map_err(io::Error::other)?;
    crate::sys::send_msg(sock, &bytes, fd)
}

/// Receives one report into `buf` (64 KiB holds any report); `Ok(None)` when the socket is
/// empty (non-blocking) or closed.
pub(crate) fn recv(sock: BorrowedFd<'_>, buf: &mut [u8]) -> io::Result<Option<(Report, Option<OwnedFd>)>> {
    match crate::sys::recv_msg(sock, buf, true) {
        Ok((0, _)) => Ok(None),
        Ok((n, fd)) => serde_json::from_slice(&buf[..n]).map(|r| Some((r, fd))).map_err(io::Error::other),
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
        Err(e) => Err(e),
    }
}
