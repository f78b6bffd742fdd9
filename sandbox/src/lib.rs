//! hardshell-sandbox: stage 18. Runs one command so confined that even a wrong verdict cannot
//! hurt the machine, and so that nothing it starts outlives it. Knows nothing of the engine.
//!
//! # Shape
//! The caller (the supervisor) calls [`run`] with an [`ExecSpec`] and a [`Helper`]. A caller with
//! one thread (the `hardshell` CLI) forks: the child is cloned straight into new mount, PID and
//! IPC namespaces (plus user when not root) and is init. A multi-threaded caller starts a helper
//! executable instead, which calls [`exec_confined`] (`hardshell-exec`, or hardshell's hidden
//! `__exec` subcommand), unshares the namespaces and forks init. Process tree:
//!
//! ```text
//! supervisor (run: poll loop, output, timeout)
//!   [└─ helper (exec path only: exec_confined, unshare, relays signals)]
//!        └─ init   (pid 1: cgroup when needed, file-system view, fresh /proc, reaps, forwards
//!             │     SIGTERM, answers the seccomp listener, empties the namespace, reports Done)
//!             └─ command (pid 2, shares init's memory until exec: setsid, rlimits, caps dropped,
//!                         Landlock, no_new_privs, seccomp, exec)
//! ```
//!
//! # Invariants
//! - Fail closed: if Landlock (pinned ABI 6) or seccomp (with user notification) cannot be fully
//!   enforced, [`run`] returns [`Error::NotEnforced`] unless `danger_degraded` is set, and then
//!   every [`Outcome`] lists what was degraded.
//! - Nothing outlives the run: when the command ends or trips the escape filter, init kills and
//!   reaps every process left in the PID namespace before it reports `Done`; on a timeout, or if
//!   init dies, the kernel kills them all with init; helper and init die with their parents
//!   (PR_SET_PDEATHSIG). The supervisor returns only after `Done` or init's death.
//! - The fork path's init holds a copy of the caller's memory: it is non-dumpable before any
//!   sandboxed code exists, and the command has no capability and cannot ptrace.
//! - Outside the writable roots nothing can be written or have its metadata changed, even by
//!   root: the mount tree is read-only there and every capability is dropped.
//! - A protected path is bound read-only when it exists; one that appears during the run, or is
//!   replaced, is moved aside after every process of the sandbox is gone ([`Outcome::quarantined`]).
//! - An escape-class system call is reported by name ([`Outcome::escape`]) and the tree killed.
//! - `unsafe` lives only in `sys.rs`.

mod bpf;
mod cgroup;
mod confine;
mod error;
mod filter;
mod guard;
mod helper;
mod init;
mod lockdown;
mod mounts;
mod probe;
mod proto;
mod spec;
mod start;
mod supervise;
mod sys;

pub use error::Error;
pub use guard::Quarantined;
pub use helper::exec_confined;
pub use probe::{probe, KernelReport};
pub use spec::{scrub_env, ExecSpec, Limits, DEFAULT_PROTECTED};
pub use supervise::{run, Helper, Outcome, Status};
