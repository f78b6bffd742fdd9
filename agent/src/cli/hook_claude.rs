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

use super::hook::{reason_text, Reply};
use hardshell_engine::Verdict;
use serde_json::{json, Value};

// The event (`PreToolUse` on `Bash`) is parsed by `hook::pre_tool_use_bash`, shared with
// Codex; the install snippet is `hook::pre_tool_use_snippet`.

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
