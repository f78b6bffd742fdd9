//! The agent's records in the shared audit log (`crate::audit`, the same file and format as the
//! hooks, `run` and `mcp`): session start and end, the policy layers loaded, every verdict,
//! every permission decision that was not the verdict's own, and every confined run with how it
//! ended. Records carry the session id and the tool_use id (`call`) so verdict, approval and exec
//! of one tool call can be joined.
//!
//! A log that cannot be written does not stop the agent (the same rule as the hooks and `run`:
//! the decision already made stands); each failure is reported as an `error` event.

use super::events::PermissionBy;
use crate::audit::{ApprovalRecord, Approver, AuditLog, ContextRecord, ExecRecord, ExecStatus, Record, Scope, Source, VerdictRecord};
use crate::gate::Ran;
use hardshell_engine::{Mode, PolicySet, Verdict};
use std::path::{Path, PathBuf};

/// The audit log of one agent session.
pub struct Trail {
    path: PathBuf,
    log: Option<AuditLog>,
    session: String,
}

impl Trail {
    /// The trail of `session` in the log at `path` (opened on first write).
    pub fn new(path: &Path, session: &str) -> Trail {
        Trail { path: path.to_path_buf(), log: None, session: session.to_string() }
    }

    /// Appends `records` (one write, one fsync); the error message if they could not be written.
    pub fn write(&mut self, records: &[Record]) -> Option<String> {
        let log = match self.log.take() {
            Some(l) => l,
            None => match AuditLog::open(&self.path) {
                Ok(l) => l,
                Err(e) => return Some(format!("audit log not written: {e}")),
            },
        };
        let log = self.log.insert(log);
        log.append_all(records).err().map(|e| format!("audit log not written: {e}"))
    }

    fn session(&self) -> Option<String> {
        Some(self.session.clone())
    }

    /// `session_start` and the policy the session decides with.
    pub fn start(&self, cwd: &str, mode: Mode, ruleset: &str, set: &PolicySet) -> Vec<Record> {
        vec![
            Record::SessionStart { source: Source::Agent, session: self.session.clone(), version: env!("CARGO_PKG_VERSION").into(), pid: std::process::id() },
            Record::ContextLoaded(ContextRecord::new(Source::Agent, self.session(), cwd, mode, ruleset, set)),
        ]
    }

    /// `session_end` with the end reason's event name (`end_turn`, `budget` ...).
    pub fn end(&self, reason: &str) -> Record {
        Record::SessionEnd { source: Source::Agent, session: self.session.clone(), reason: reason.to_string() }
    }

    /// The verdict on tool call `call` (the agent acts on the decision itself: `answered` is it).
    pub fn verdict(&self, call: &str, cwd: &str, v: &Verdict) -> Record {
        Record::Verdict(VerdictRecord::new(Source::Agent, self.session(), Some(call.to_string()), cwd, v, v.decision))
    }

    /// The permission decision on tool call `call`; none where the verdict alone decided
    /// (allow or deny: the verdict record says it).
    pub fn permission(&self, call: &str, allowed: bool, by: PermissionBy, rule: Option<&str>) -> Option<Record> {
        let (approver, scope) = match by {
            PermissionBy::Verdict | PermissionBy::VerdictDeny => return None,
            PermissionBy::BadInput => return Some(Record::InputRefused { source: Source::Agent, session: self.session(), reason: "bad_input".into() }),
            PermissionBy::CrashRecovery => return Some(self.unknown_end(call)),
            PermissionBy::UserOnce | PermissionBy::UserNo => (Approver::Person, Scope::Once),
            PermissionBy::UserAlways => (Approver::Person, Scope::Session),
            // A grant of agent.toml (given at start), or of an earlier "always" (whose own
            // approval record names the same rule).
            PermissionBy::Grant => (Approver::StartupGrant, Scope::Session),
            PermissionBy::ModeAfk => (Approver::AfkMode, Scope::Once),
            PermissionBy::NoTerminal | PermissionBy::Protected => (Approver::NoPerson, Scope::Once),
        };
        let rule = rule.map(str::to_string);
        Some(Record::Approval(ApprovalRecord { source: Source::Agent, session: self.session(), call: Some(call.to_string()), granted: allowed, by: approver, scope, rule }))
    }

    /// A confined run of tool call `call` and how it ended.
    pub fn exec(&self, call: &str, ran: &Ran) -> Record {
        Record::Exec(ran.record(Source::Agent, self.session(), Some(call.to_string())))
    }

    /// After a crash: the tool call was running and its end is unknown (it is not run again).
    fn unknown_end(&self, call: &str) -> Record {
        Record::Exec(ExecRecord { source: Source::Agent, session: self.session(), call: Some(call.to_string()), status: ExecStatus::Error, exit_code: None, signal: None, duration_ms: 0, escape: None, output_truncated: false })
    }
}
