//! Exit codes: one enum, documented in the README and `hardshell --help`.

/// The process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[repr(i32)]
pub enum Exit {
    /// `run` / `sandbox`: the command ran and exited with this status (a command killed by
    /// signal N exits 128+N, as in shells).
    #[error("command exit status {0}")]
    Command(u8) = 1,
    /// `hook`: the tool call is refused; the reason is on stderr (the agents' "block" code).
    #[error("refused by the hook")]
    HookBlock = 2,
    /// The command may run (decision `allow`).
    #[error("allow")]
    Allow = 0,
    /// A person must confirm (decision `ask`).
    #[error("ask")]
    Ask = 10,
    /// The command must not run (decision `deny`).
    #[error("deny")]
    Deny = 20,
    /// `audit verify`: the chain is broken (an edited, deleted, reordered or inserted record, or
    /// an anchor the log contradicts); the report names the first bad line.
    #[error("audit chain broken")]
    AuditBroken = 30,
    /// `audit verify`: the chain is intact but ends in a torn tail (an interrupted write that the
    /// next append will describe and chain past).
    #[error("audit log has a torn tail")]
    AuditTorn = 31,
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
    /// `run`: the command was not run (decision deny, or ask without a yes).
    #[error("refused")]
    Refused = 77,
    /// `run` / `sandbox`: the sandbox cannot be fully enforced here, or could not be set up
    /// (fail closed; see `hardshell doctor`).
    #[error("sandbox unavailable")]
    SandboxUnavailable = 71,
    /// `agent`: stopped before a model call that would exceed a budget (turns or tokens).
    #[error("budget exhausted")]
    AgentBudget = 40,
    /// `agent`: the model could not be reached, or kept failing after the retries.
    #[error("model provider failed")]
    AgentProvider = 41,
    /// `agent`: the model stopped without finishing (max_tokens, refusal ...).
    #[error("model stopped")]
    AgentStopped = 42,
    /// `run` / `sandbox`: the timeout fired; the whole process tree was killed.
    #[error("timed out")]
    TimedOut = 124,
    /// `run` / `sandbox`: the command tried an escape-class system call; the whole tree was killed.
    #[error("escape attempt")]
    Escape = 125,
    /// `run` / `sandbox`: the program could not be executed (not found, not executable).
    #[error("cannot execute")]
    CannotExec = 126,
}

impl Exit {
    /// The numeric process exit code.
    pub fn code(self) -> i32 {
        match self {
            Exit::Command(c) => i32::from(c),
            Exit::Allow => 0,
            Exit::HookBlock => 2,
            Exit::Ask => 10,
            Exit::Deny => 20,
            Exit::AuditBroken => 30,
            Exit::AuditTorn => 31,
            Exit::Usage => 64,
            Exit::DataErr => 65,
            Exit::Internal => 70,
            Exit::Io => 74,
            Exit::Config => 78,
            Exit::Refused => 77,
            Exit::SandboxUnavailable => 71,
            Exit::AgentBudget => 40,
            Exit::AgentProvider => 41,
            Exit::AgentStopped => 42,
            Exit::TimedOut => 124,
            Exit::Escape => 125,
            Exit::CannotExec => 126,
        }
    }

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

/// The text for `run` / `sandbox --help`.
pub const RUN_EXIT_CODES_HELP: &str = "Exit codes: the command's own status (128+N when killed by signal N); 77 refused (deny, or ask not confirmed); 71 sandbox unavailable (cannot be fully enforced here: see `hardshell doctor`); 124 timed out (whole tree killed); 125 escape attempt (whole tree killed); 126 cannot execute; 64 usage error; 70 internal error; 78 policy error.";

/// The text for `audit verify --help`.
pub const AUDIT_EXIT_CODES_HELP: &str = "Exit codes: 0 the chain is intact; 30 the chain is broken (the report names the first bad line); 31 intact but ends in a torn tail (an interrupted write; the next append repairs it); 74 the log cannot be read; 64 usage error.";

/// The text for `agent --help`.
pub const AGENT_EXIT_CODES_HELP: &str = "Exit codes: 0 the model finished (end_turn) or the session was quit; 40 stopped by a budget (before the call that would exceed it); 41 the model provider failed (after retries); 42 the model stopped without finishing (max_tokens, refusal); 64 usage error; 70 internal error (transcript, journal); 74 i/o error; 78 configuration or policy error.";
