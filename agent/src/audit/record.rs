//! The typed records of the audit log. One JSON object per line, tagged by `kind`; every field is
//! data (ids, enums, numbers, redacted command text), never a free-text log message.

use super::redact;
use hardshell_engine::{Decision, Mode, PolicySet, Risk, Verdict};
use serde::{Deserialize, Serialize};

/// The most characters of a command kept in a record (after redaction); the rest is cut and
/// `truncated` set. `bytes` always gives the full length.
pub const MAX_COMMAND_CHARS: usize = 4096;
/// The most rule ids and reason ids kept per verdict record.
pub const MAX_IDS: usize = 64;

/// Who made the decision being recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// `hardshell hook claude` (Claude Code PreToolUse).
    HookClaude,
    /// `hardshell hook gemini` (Gemini CLI BeforeTool).
    HookGemini,
    /// `hardshell hook codex` (Codex PreToolUse).
    HookCodex,
    /// `hardshell mcp`.
    Mcp,
    /// `hardshell run`.
    Run,
    /// `hardshell agent`.
    Agent,
}

/// One line of the log: the chain fields and the record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// 1 for the first record, then +1 per record.
    pub seq: u64,
    /// When it was written: RFC 3339, UTC, milliseconds.
    pub ts: String,
    /// `hash` of the record before (64 zeros for the first).
    pub prev: String,
    /// SHA-256 (hex) of the canonical JSON of this line without `hash` (see `canon`).
    pub hash: String,
    #[serde(flatten)]
    pub record: Record,
}

/// What happened. Tagged by `kind` on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    /// A long-lived caller started (`run`, `mcp`, the agent).
    SessionStart { source: Source, session: String, version: String, pid: u32 },
    /// It ended; `reason` is a stable word (`eof`, `done`, `error`, `crashed` ...).
    SessionEnd { source: Source, session: String, reason: String },
    /// The policy a decision was made with: every layer and where it came from.
    ContextLoaded(ContextRecord),
    /// A verdict on one command (stages 1-17) and what the caller was answered.
    Verdict(VerdictRecord),
    /// Whether a command that needed a person was approved, by whom, for how long.
    Approval(ApprovalRecord),
    /// A command ran confined (stage 18) and how it ended.
    Exec(ExecRecord),
    /// Input that could not be read as a request (a hook's malformed JSON, an over-size payload,
    /// a timeout): refused without a verdict. `reason` is a stable id.
    InputRefused { source: Source, session: Option<String>, reason: String },
    /// Lines `line ..= line + lines - 1` are the remains of interrupted writes (they are not
    /// records); `bytes` and `sha256` describe exactly those bytes (lines joined by `\n`).
    /// Written by the next append, so the chain resumes on the last intact record.
    TornTail { line: u64, lines: u64, bytes: u64, sha256: String },
}

/// One policy layer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerRef {
    /// `builtin`, `user`, `project` or `cli`.
    pub layer: String,
    pub file: String,
    /// For a project layer: whether the user's config trusts it (else it may only tighten).
    pub trusted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextRecord {
    pub source: Source,
    pub session: Option<String>,
    pub cwd: String,
    pub mode: Mode,
    /// The built-in ruleset under every other layer (`default`, `strict`, `ci`).
    pub ruleset: String,
    pub layers: Vec<LayerRef>,
}

impl ContextRecord {
    /// The record of the layers in `set`, as loaded for `cwd`.
    pub fn new(source: Source, session: Option<String>, cwd: &str, mode: Mode, ruleset: &str, set: &PolicySet) -> ContextRecord {
        let layers = set.policies().iter().map(|p| LayerRef { layer: p.layer().to_string(), file: redact::redact(p.file()).into_owned(), trusted: p.is_trusted() }).collect();
        ContextRecord { source, session, cwd: redact::redact(cwd).into_owned(), mode, ruleset: ruleset.to_string(), layers }
    }
}

/// A command as the log keeps it: secrets redacted, length capped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandText {
    pub text: String,
    /// Length in bytes of the command as given (before redaction and truncation).
    pub bytes: u64,
    pub redacted: bool,
    pub truncated: bool,
}

impl CommandText {
    /// Redacts `command` and caps it at [`MAX_COMMAND_CHARS`].
    pub fn new(command: &str) -> CommandText {
        let red = redact::redact(command);
        let redacted = red != command;
        let truncated = red.chars().count() > MAX_COMMAND_CHARS;
        let text = if truncated { red.chars().take(MAX_COMMAND_CHARS).collect() } else { red.into_owned() };
        CommandText { text, bytes: command.len() as u64, redacted, truncated }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerdictRecord {
    pub source: Source,
    /// The caller's session (an agent's session id, the MCP or run session).
    pub session: Option<String>,
    /// The caller's id for this tool call (a tool_use_id, an MCP request id), to join verdict,
    /// approval and exec records.
    pub call: Option<String>,
    pub cwd: String,
    pub command: CommandText,
    pub risk: Risk,
    pub decision: Decision,
    /// What the caller was told: differs from `decision` where a protocol cannot say `ask`
    /// (Codex: ask is answered deny).
    pub answered: Decision,
    /// Ids of the policy rules that matched.
    pub rules: Vec<String>,
    /// Ids of the reasons (findings and rule hits), worst first.
    pub reasons: Vec<String>,
}

impl VerdictRecord {
    /// The record of `v` (command redacted, id lists capped at [`MAX_IDS`]).
    pub fn new(source: Source, session: Option<String>, call: Option<String>, cwd: &str, v: &Verdict, answered: Decision) -> VerdictRecord {
        VerdictRecord {
            source,
            session,
            call,
            cwd: redact::redact(cwd).into_owned(),
            command: CommandText::new(&v.command),
            risk: v.risk,
            decision: v.decision,
            answered,
            rules: unique(v.rules.iter().map(|r| r.id.as_str())),
            reasons: unique(v.reasons.iter().map(|r| r.id.as_str())),
        }
    }
}

/// The first [`MAX_IDS`] distinct ids, in order.
fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if out.len() == MAX_IDS {
            break;
        }
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// Who approved (or refused) a command that needed a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approver {
    /// A person answered on the terminal.
    Person,
    /// A grant given when the caller was started (`hardshell mcp --danger-allow-ask`).
    StartupGrant,
    /// Nobody was asked: the mode is `afk`, every ask is refused.
    AfkMode,
    /// Nobody was asked: there was no terminal to ask on (or the protocol cannot ask).
    NoPerson,
}

/// For how long an approval holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// This command, this time.
    Once,
    /// Every command of the session that matches `rule` (a program + subcommand).
    Session,
    /// Every ask for the lifetime of the server that was started with the grant.
    Server,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalRecord {
    pub source: Source,
    pub session: Option<String>,
    pub call: Option<String>,
    pub granted: bool,
    pub by: Approver,
    pub scope: Scope,
    /// For a session-scoped approval: what it covers (e.g. `git push`), never "anything".
    pub rule: Option<String>,
}

/// How a confined command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExecStatus {
    Exited,
    Signaled,
    /// The timeout fired; the whole tree was killed.
    TimedOut,
    /// An escape-class system call; the whole tree was killed.
    Escape,
    /// Not run: the sandbox cannot be fully enforced or set up here.
    SandboxUnavailable,
    /// Not run: the program could not be executed.
    CannotExec,
    /// Not run, or its end is unknown: an internal error.
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExecRecord {
    pub source: Source,
    pub session: Option<String>,
    pub call: Option<String>,
    pub status: ExecStatus,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub duration_ms: u64,
    /// The escape-class system call, by name.
    pub escape: Option<String>,
    /// Output beyond the cap was dropped.
    pub output_truncated: bool,
}
