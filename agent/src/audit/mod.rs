//! The audit log: an append-only, hash-chained JSONL file of what hardshell decided and did,
//! shared by the hooks, `hardshell mcp`, `hardshell run` and the agent.
//!
//! # Format
//! One JSON object per line (UTF-8, `\n`-terminated), written in canonical form (keys sorted, no
//! whitespace; see `canon`). Every line is an [`Entry`]: the chain fields `seq` (1, 2, 3 ...),
//! `ts` (RFC 3339 UTC with milliseconds), `prev` (the `hash` of the line before; 64 zeros for the
//! first) and `hash` (lowercase hex SHA-256 of the canonical JSON of the line without `hash`),
//! flattened together with a typed [`Record`] tagged by `kind`: `session_start`, `session_end`,
//! `context_loaded`, `verdict`, `approval`, `exec`, `input_refused`, `torn_tail`. Records hold
//! ids, enums, numbers and commands, never free-text messages; commands (and working
//! directories) pass through [`redact`] first and are capped at 4096 characters.
//!
//! Default location: `$XDG_STATE_HOME/hardshell/audit.jsonl`, else
//! `~/.local/state/hardshell/audit.jsonl` ([`crate::config::audit_path`]); the directory is
//! created with mode 0700 and the file with mode 0600.
//!
//! # Writing
//! [`AuditLog::append`] takes an exclusive `flock` on the log (waiting up to 2 s), so hooks that
//! run at the same time in several processes each append whole lines in turn. It reads back
//! from the end to the last intact record, writes, `fdatasync`s, and then overwrites the anchor
//! `<log>.head` (the log's path with the extension `head`: `audit.head` beside `audit.jsonl`)
//! with the new last `seq` and `hash`.
//!
//! `hardshell hook --defer-audit-sync` answers before its record is on disk, for disks whose
//! flush is slower than starting a process (the agent waits for the hook's exit on every
//! command): it writes the record under the lock, answers, and leaves the `fdatasync` and the
//! anchor to a child process that outlives it ([`Deferred::finish_after_exit`]: `hardshell
//! __audit-flush`). A crash of any process loses nothing; a crash of the kernel within
//! milliseconds of the answer could lose that record. By default hooks flush before answering.
//!
//! Torn tail: a crash mid-write can leave a partial last line. The next append never chains onto
//! it and never deletes it: it terminates it with a newline and writes a `torn_tail` record
//! (first line, line count, byte count, SHA-256 of exactly those bytes), then its own records,
//! chained onto the last intact record. A line that parses but fails its hash (an edited
//! record) makes `append` refuse: nothing is added to a chain known to be broken until a person
//! has looked (`hardshell audit verify`).
//!
//! # What `verify` detects, and what it cannot
//! - an edited record (its hash no longer matches), also when the edit makes it unreadable;
//! - a deleted record anywhere but the end (`seq` jumps), a reordered, copied or inserted record
//!   (`seq` goes back or repeats, or `prev` does not chain);
//! - deleted records at the end, only through the anchor: the anchor names a `seq` the log no
//!   longer reaches (or a different hash for it). The anchor lives next to the log, so someone
//!   who can rewrite both (and recompute every hash: the chain has no secret key) is not
//!   detected. To detect that, copy the `head` that `hardshell audit verify` prints to a place
//!   they cannot write, and compare later;
//! - a torn tail not yet repaired is reported separately from a broken chain.
//!
//! The anchor is written after the log's fsync but not fsynced itself: after a crash it may name
//! an earlier record ("behind"), which `verify` accepts as long as that record is intact.

mod canon;
mod log;
mod record;
mod redact;
mod verify;

pub use log::{flush_command, AuditLog, Deferred, FLUSH_COMMAND};
pub use record::{ApprovalRecord, Approver, CommandText, ContextRecord, Entry, ExecRecord, ExecStatus, LayerRef, Record, Scope, Source, VerdictRecord};
pub use redact::redact;
pub use verify::{verify, Anchor, Head, Problem, ProblemKind, Report, TornRun};

use std::path::{Path, PathBuf};

/// Errors of the audit log.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    #[error("audit log `{path}`: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("audit log `{0}` is not a regular file")]
    NotAFile(PathBuf),
    #[error("audit log `{0}` is locked by another writer (waited 2 s)")]
    Busy(PathBuf),
    #[error("audit log `{path}`: {why}; nothing was appended")]
    Corrupt { path: PathBuf, why: String },
    #[error("cannot encode an audit record: {0}")]
    Encode(String),
}

pub type Result<T> = std::result::Result<T, AuditError>;

/// The anchor file of the log at `log`: the same path with the extension `head`.
/// (A log that itself ends in `.head` gets `.head.head`.)
pub fn head_path(log: &Path) -> PathBuf {
    let head = log.with_extension("head");
    if head == log {
        let mut name = log.as_os_str().to_owned();
        name.push(".head");
        return PathBuf::from(name);
    }
    head
}
