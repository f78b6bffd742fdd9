//! Claude Code's hook protocol (`hardshell hook claude`).
//!
//! What this relies on (Claude Code hooks reference, code.claude.com/docs/en/hooks, "PreToolUse"):
//! - the event on stdin has `hook_event_name: "PreToolUse"`, `session_id`, `cwd`, `tool_name`,
//!   `tool_input` and `tool_use_id`; the shell tool is `Bash` with `tool_input.command`;
//! - the answer is JSON on stdout with exit 0:
//!   `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow"|"ask"|"deny","permissionDecisionReason":"..."}}`.
//!   The reason is shown to the user for `ask` and to Claude for `deny`; the common field
//!   `systemMessage` is shown to the user;
//! - exit 2 blocks the call with stderr as the reason; any other exit code (or a timeout) is a
//!   non-blocking error and the call proceeds, which is why every failure here is exit 2.

use super::hook::{reason_text, shell_call, tool_name, Event, Refusal, Reply};
use hardshell_engine::Verdict;
use serde_json::{json, Value};

/// `~/.claude/settings.json` (or a project's `.claude/settings.json`). `timeout` is in seconds.
pub(super) const CONFIG: &str = r#"{
  "hooks": {
    "PreToolUse": [
      {
        "matcher": "Bash",
        "hooks": [
          { "type": "command", "command": "hardshell hook claude", "timeout": 30 }
        ]
      }
    ]
  }
}"#;

pub(super) fn parse(payload: &Value) -> Result<Event, Refusal> {
    if tool_name(payload, "PreToolUse")? != "Bash" {
        return Ok(Event::Other);
    }
    Ok(Event::Shell(shell_call(payload, None, Some("tool_use_id"))?))
}

pub(super) fn answer(v: &Verdict, warning: Option<String>) -> Reply {
    let mut out = json!({
        "hookSpecificOutput": {
            "hookEventName": "PreToolUse",
            "permissionDecision": v.decision.as_str(),
            "permissionDecisionReason": reason_text(v),
        }
    });
    if let Some(w) = warning {
        out["systemMessage"] = Value::from(w);
    }
    Reply::Answer(Some(out))
}
