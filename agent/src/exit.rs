//! Exit codes: one enum, documented in the README and `hardshell --help`.

/// The process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[repr(i32)]
pub enum Exit {
    /// The command may run (decision `allow`).
    #[error("allow")]
    Allow = 0,
    /// A person must confirm (decision `ask`).
    #[error("ask")]
    Ask = 10,
    /// The command must not run (decision `deny`).
    #[error("deny")]
    Deny = 20,
    /// Bad command-line usage.
    #[error("usage error")]
    Usage = 64,
    /// Bad input data (e.g. a line of `--input jsonl` that is not a JSON string).
    #[error("bad input")]
    DataErr = 65,
    /// An internal error.
    #[error("internal error")]
    Internal = 70,
    /// A file could not be read.
    #[error("i/o error")]
    Io = 74,
    /// A policy file is invalid or its examples fail.
    #[error("policy error")]
    Config = 78,
}

impl Exit {
    pub fn from_decision(d: hardshell_engine::Decision) -> Exit {
        match d {
            hardshell_engine::Decision::Allow => Exit::Allow,
            hardshell_engine::Decision::Ask => Exit::Ask,
            hardshell_engine::Decision::Deny => Exit::Deny,
        }
    }
}

/// The text for `--help`.
pub const EXIT_CODES_HELP: &str = "Exit codes: 0 allow, 10 ask, 20 deny (with --batch: the strictest decision of all lines), 64 usage error, 65 bad input, 70 internal error, 74 i/o error, 78 policy error.";
