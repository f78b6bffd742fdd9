//! The sandbox's error type. A `NotEnforced` error means "refuse to run": the kernel cannot give
//! the promised confinement and the caller did not accept a degraded mode.

use std::io;

/// Why a command could not be run confined.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A required confinement layer is not available on this kernel (fail closed).
    #[error("{layer} cannot be fully enforced on this kernel: {why}")]
    NotEnforced { layer: &'static str, why: String },
    /// Setting up the sandbox failed inside the helper.
    #[error("sandbox setup failed: {0}")]
    Setup(String),
    /// The program could not be executed inside the sandbox.
    #[error("cannot execute `{program}`: {why}")]
    Exec { program: String, why: String },
    /// The spec is unusable (e.g. the workspace does not exist or is `/`).
    #[error("invalid sandbox spec: {0}")]
    Spec(String),
    /// A system call in the supervisor failed.
    #[error("{context}: {source}")]
    Io { context: &'static str, source: io::Error },
    /// The helper broke the protocol (a bug, or a helper binary of another version).
    #[error("sandbox helper protocol error: {0}")]
    Protocol(String),
}

impl Error {
    pub(crate) fn io(context: &'static str) -> impl FnOnce(io::Error) -> Error {
        move |source| Error::Io { context, source }
    }
}
