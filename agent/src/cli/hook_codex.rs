//! OpenAI Codex's hook protocol (`hardshell hook codex`).
//!
//! What this relies on (Codex `codex-rs/hooks`: `schema/generated/pre-tool-use.command.input.schema.json`,
//! `src/events/pre_tool_use.rs`, `src/engine/output_parser.rs`; developers.openai.com/codex/hooks):
//! - the event on stdin has `hook_event_name: "PreToolUse"`, `session_id`, `turn_id`, `cwd`,
//!   `tool_name`, `tool_input` and `tool_use_id`; shell tools arrive as `tool_name: "Bash"` with
//!   `tool_input.command`; other tools (`apply_patch`, MCP tools) keep their own names;
//! - Codex honours only a refusal: `{"hookSpecificOutput":{"hookEventName":"PreToolUse",
//!   "permissionDecision":"deny","permissionDecisionReason":"..."}}` (or exit 2 with the reason on
//!   stderr). `permissionDecision` `"allow"` without `updatedInput` and `"ask"` are reported as
//!   unsupported and the call runs anyway. So allow is no output at all, and ask, which Codex
//!   cannot put to a person, is answered deny with a reason that says how to get it run
//!   (the audit log keeps the verdict `ask` and `answered: deny`);
//! - any exit code but 0 and 2 is a hook failure and the call runs, which is why every failure
//!   here is exit 2. `systemMessage` is shown to the user as a warning.

use super::hook::{reason_text, Reply};
use hardshell_engine::{Decision, Verdict};
use serde_json::{json, Value};

// The event (`PreToolUse` on `Bash`) is parsed by `hook::pre_tool_use_bash`, shared with
// Claude Code; the install snippet is `hook::pre_tool_use_snippet`.

pub(super) fn answer(v: &Verdict, warning: Option<String>) -> Reply {
    let reason = match v.decision {
        Decision::Allow => None,
        Decision::Ask => Some(format!(
            "{}. A person must approve this command and Codex hooks cannot ask, so hardshell refuses it: run it yourself if you want it, or allow it with a rule in ~/.config/hardshell/policy.toml",
            reason_text(v)
        )),
        Decision::Deny => Some(reason_text(v)),
    };
    let mut out = reason.map(|r| {
        json!({
            "hookSpecificOutput": {
                "hookEventName": "PreToolUse",
                "permissionDecision": "deny",
                "permissionDecisionReason": r,
            }
        })
    });
    if let Some(w) = warning {
        out.get_or_insert_with(|| json!({}))["systemMessage"] = Value::from(w);
    }
    Reply::Answer(out)
}
