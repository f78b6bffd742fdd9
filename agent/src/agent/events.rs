//! Typed stream events: what the agent is doing, as one closed enum. With `--events jsonl` each is
//! one JSON object per line on stdout (`{"type": "...", ...}`); otherwise a person sees the
//! model's text on stdout and short notes on stderr. A run always ends with `session_end`.
//! The API key never appears in an event: no event carries configuration or headers.

use super::message::Usage;
use serde::{Deserialize, Serialize};
use std::io::Write;

/// Why a session (or one run of it) ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The model finished (`end_turn`).
    EndTurn,
    /// A budget would have been exceeded by the next call.
    Budget,
    /// The model could not be reached or kept failing.
    ProviderError,
    /// The model stopped for another reason (max_tokens, refusal ...).
    ModelStopped,
    /// The person ended the session (`/quit`, end of input).
    UserQuit,
    /// Found on resume: the process died without ending the session.
    Crashed,
    /// An error of the agent itself (transcript, journal, configuration).
    Error,
}

/// A permission decision on one tool call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PermissionBy {
    /// The engine's verdict allowed it.
    Verdict,
    /// The engine's verdict denied it.
    VerdictDeny,
    /// A grant from agent.toml or an earlier "always" answer.
    Grant,
    /// The person said yes, once.
    UserOnce,
    /// The person said yes for the rest of the session (the rule is named).
    UserAlways,
    /// The person said no.
    UserNo,
    /// `--mode afk`: nobody to ask.
    ModeAfk,
    /// No terminal to ask on.
    NoTerminal,
    /// A protected file, and no explicit grant.
    Protected,
    /// The tool input was invalid.
    BadInput,
    /// After a crash: the step was running and is not idempotent.
    CrashRecovery,
}

#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    SessionStart { session: String, provider: String, model: String, mode: String, cwd: String, resumed: bool },
    MessageStart { turn: u32, attempt: u32 },
    TextDelta { text: String },
    ToolUse { id: String, name: String, input: serde_json::Value },
    Verdict { tool_use_id: String, verdict: Box<hardshell_engine::Verdict> },
    Permission { tool_use_id: String, allowed: bool, by: PermissionBy, #[serde(skip_serializing_if = "Option::is_none")] rule: Option<String>, reasons: Vec<String> },
    ExecStart { tool_use_id: String, command: String },
    ExecEnd { tool_use_id: String, status: Option<i32>, signal: Option<i32>, timed_out: bool, escape: Option<String>, elapsed_ms: u64 },
    ToolResult { tool_use_id: String, is_error: bool, bytes: usize, #[serde(skip_serializing_if = "Option::is_none")] offloaded: Option<String> },
    Usage { turn: u32, usage: Usage, total: Usage },
    Budget { kind: BudgetKind, limit: u64, used: u64, needed: u64 },
    Compaction { removed_messages: usize, kept_messages: usize, context_tokens: u64 },
    Retry { attempt: u32, delay_ms: u64, error: String, discarded: bool },
    Error { message: String },
    SessionEnd { session: String, reason: EndReason, turns: u32, total: Usage },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetKind {
    Turns,
    Tokens,
}

/// Where events go.
pub struct Emitter {
    jsonl: bool,
    /// The last output ended mid-line of model text (human mode).
    mid_text: bool,
}

impl Emitter {
    pub fn new(jsonl: bool) -> Emitter {
        Emitter { jsonl, mid_text: false }
    }

    pub fn is_jsonl(&self) -> bool {
        self.jsonl
    }

    /// Emits one event. Output errors are ignored: events must never stop the loop (a closed
    /// stdout ends the run through the next model call's display, not a panic).
    pub fn emit(&mut self, e: &Event) {
        if self.jsonl {
            let mut out = std::io::stdout().lock();
            if let Ok(line) = serde_json::to_string(e) {
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
            return;
        }
        self.human(e);
    }

    fn human(&mut self, e: &Event) {
        if let Event::TextDelta { text } = e {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{text}");
            let _ = out.flush();
            self.mid_text = !text.ends_with('\n');
            return;
        }
        let Some(line) = human_line(e) else { return };
        if self.mid_text {
            let _ = writeln!(std::io::stdout().lock());
            self.mid_text = false;
        }
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }
}

/// A short note for people, or nothing for events they need not see.
fn human_line(e: &Event) -> Option<String> {
    let clean = |s: &str| crate::render::clean(s).into_owned();
    Some(match e {
        Event::SessionStart { session, model, .. } => format!("hardshell agent: session {session} ({model})"),
        Event::ToolUse { name, input, .. } => format!("* {name} {}", clean(&input.to_string())),
        Event::Verdict { verdict, .. } => format!("  {} {} risk{}", verdict.decision.as_str(), verdict.risk.as_str(), verdict.reasons.first().map(|r| format!(": {}", clean(&r.message))).unwrap_or_default()),
        Event::Permission { allowed: false, by, reasons, .. } => format!("  refused ({by:?}){}", reasons.first().map(|r| format!(": {}", clean(r))).unwrap_or_default()),
        Event::ExecEnd { status, timed_out, .. } => format!("  exit {}{}", status.map_or("-".into(), |s| s.to_string()), if *timed_out { " (timed out)" } else { "" }),
        Event::Budget { kind, limit, used, needed } => format!("hardshell agent: stopped: {kind:?} budget {limit} (used {used}, the next call needs {needed})"),
        Event::Compaction { removed_messages, .. } => format!("hardshell agent: compacted {removed_messages} messages"),
        Event::Retry { attempt, delay_ms, error, .. } => format!("hardshell agent: retry {attempt} in {delay_ms} ms: {}", clean(error)),
        Event::Error { message } => format!("hardshell agent: error: {}", clean(message)),
        Event::SessionEnd { session, reason, total, .. } => format!("hardshell agent: session {session} ended ({reason:?}); tokens in {} out {}", total.all_input(), total.output_tokens),
        Event::MessageStart { .. } | Event::TextDelta { .. } | Event::Permission { .. } | Event::ExecStart { .. } | Event::ToolResult { .. } | Event::Usage { .. } => return None,
    })
}
