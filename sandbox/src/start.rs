//! Starting the sandbox. Two ways, one protocol: the supervisor's child has fd 0 as the control
//! socket, fd 1 and 2 as the command's output pipes, and nothing else open.
//! - Fork (the fast path, when the caller has exactly one thread): the child is cloned straight
//!   into the new namespaces and is init itself (`helper::cloned`), running this very program's
//!   code with the spec already in memory: no exec, no second program start, one process fewer.
//!   It holds a copy of the caller's memory, so it makes itself non-dumpable before any
//!   sandboxed code exists: the command, without capabilities and with `ptrace`/`process_vm_*`
//!   killed by seccomp, cannot read it.
//! - Exec (a multi-threaded caller, where a forked child could inherit a lock held by another
//!   thread): start the helper executable (`hardshell-exec` or `hardshell __exec`), which reads
//!   the spec from the control socket and forks init (`helper::exec_confined`).

use crate::error::Error;
use crate::helper::Prepared;
use crate::proto::{self, Request};
use crate::spec::ExecSpec;
use crate::supervise::Helper;
use crate::sys::{self, Fork};
use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Command, Stdio};

/// A started sandbox, seen from the supervisor.
pub(crate) struct Started {
    /// The supervisor's child: init (fork path) or the helper (exec path).
    pub pid: i32,
    /// Readable when the child has exited.
    pub pidfd: OwnedFd,
    /// The child is init (fork path): its death kills the whole namespace.
    pub is_init: bool,
    /// The supervisor's end of the control socket.
    pub ctl: OwnedFd,
    /// The command's output pipes (taken by the supervisor's streams).
    pub stdout: Option<File>,
    pub stderr: Option<File>,
}

/// Starts the helper for `spec` (whose writable roots and protected paths are `prepared`).
pub(crate) fn start(spec: &ExecSpec, prepared: &Prepared, helper: &Helper) -> Result<Started, Error> {
    let single = sys::threads().map_err(Error::io("cannot count this process's threads"))? == 1;
    if helper.fork && single {
        fork(spec, prepared)
    } else {
        exec(spec, helper)
    }
}

fn fork(spec: &ExecSpec, prepared: &Prepared) -> Result<Started, Error> {
    let (ctl, ctl_child) = sys::seqpacket_pair().map_err(Error::io("cannot create the control socket"))?;
    let (out_r, out_w) = std::io::pipe().map_err(Error::io("cannot create the output pipes"))?;
    let (err_r, err_w) = std::io::pipe().map_err(Error::io("cannot create the output pipes"))?;
    let (uid, gid) = (sys::getuid(), sys::getgid());
    let forked = sys::fork_into(crate::helper::namespace_flags()).map_err(|e| Error::NotEnforced { layer: "namespaces", why: format!("clone: {e}") })?;
    match forked {
        Fork::Child => {
            let fds = [ctl_child.as_fd(), out_w.as_fd(), err_w.as_fd()];
            crate::helper::cloned(spec, prepared, fds, uid, gid)
        }
        Fork::Parent(pid) => {
            drop((ctl_child, out_w, err_w));
            let pidfd = match sys::pidfd_open(pid as u32) {
                Ok(p) => p,
                Err(e) => {
                    let _ = sys::kill(pid, libc::SIGKILL);
                    let _ = sys::waitpid(pid, false);
                    return Err(Error::Io { context: "pidfd_open", source: e });
                }
            };
            Ok(Started { pid, pidfd, is_init: true, ctl, stdout: Some(File::from(OwnedFd::from(out_r))), stderr: Some(File::from(OwnedFd::from(err_r))) })
        }
    }
}

fn exec(spec: &ExecSpec, helper: &Helper) -> Result<Started, Error> {
    let (ctl, ctl_child) = sys::seqpacket_pair().map_err(Error::io("cannot create the control socket"))?;
    let mut child = Command::new(&helper.exe)
        .args(&helper.args)
        .env_clear()
        .stdin(Stdio::from(ctl_child))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(Error::io("cannot start the sandbox helper"))?;
    let abort = |child: &mut std::process::Child, e: Error| {
        let _ = child.kill();
        let _ = child.wait();
        Err(e)
    };
    let req = match serde_json::to_vec(&Request { spec: spec.clone(), supervisor: std::process::id() as i32 }) {
        Ok(r) if r.len() <= proto::MAX_MSG => r,
        Ok(r) => return abort(&mut child, Error::Spec(format!("the command and its environment are too large ({} bytes)", r.len()))),
        Err(e) => return abort(&mut child, Error::Protocol(e.to_string())),
    };
    if let Err(e) = sys::send_msg(ctl.as_fd(), &req, None) {
        return abort(&mut child, Error::Io { context: "cannot send the request to the helper", source: e });
    }
    let pidfd = match sys::pidfd_open(child.id()) {
        Ok(p) => p,
        Err(e) => return abort(&mut child, Error::Io { context: "pidfd_open", source: e }),
    };
    let (Some(out), Some(err)) = (child.stdout.take(), child.stderr.take()) else {
        return abort(&mut child, Error::Protocol("the helper's output pipes are missing".to_string()));
    };
    // From here on the helper is reaped with waitpid on its pid, like a forked one.
    Ok(Started { pid: child.id() as i32, pidfd, is_init: false, ctl, stdout: Some(File::from(OwnedFd::from(out))), stderr: Some(File::from(OwnedFd::from(err))) })
}
