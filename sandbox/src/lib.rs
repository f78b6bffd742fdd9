//! hardshell-sandbox: stage 18. Runs one command so confined that even a wrong verdict cannot
//! hurt the machine, and so that nothing it starts outlives it. Knows nothing of the engine.
//!
//! # Shape
//! The caller (the supervisor) calls [`run`] with an [`ExecSpec`] and a [`Helper`]: a way to
//! start a fresh single-threaded process that calls [`exec_confined`] (hardshell's hidden
//! `__exec` subcommand). Process tree:
//!
//! ```text
//! supervisor (run: poll loop, output, timeout, seccomp notifications)
//!   └─ helper      (exec_confined: cgroup, unshare mount+PID+IPC[+user], file-system view)
//!        └─ init   (pid 1 of the new PID namespace: fresh /proc, reaps, forwards SIGTERM)
//!             └─ command (pid 2: setsid, rlimits, caps dropped, Landlock, no_new_privs, seccomp, exec)
//! ```
//!
//! # Invariants
//! - Fail closed: if Landlock (pinned ABI 6) or seccomp (with user notification) cannot be fully
//!   enforced, [`run`] returns [`Error::NotEnforced`] unless `danger_degraded` is set, and then
//!   every [`Outcome`] lists what was degraded.
//! - Nothing outlives the run: when the command ends, times out or trips the escape filter, init
//!   dies and the kernel kills every process left in the PID namespace; helper and init die with
//!   their parents (PR_SET_PDEATHSIG).
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
