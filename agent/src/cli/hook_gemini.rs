//! Gemini CLI's hook protocol (`hardshell hook gemini`).
//!
//! What this relies on (Gemini CLI `docs/hooks/reference.md`, "BeforeTool"; source
//! `packages/core/src/hooks/types.ts` and `tools/shell.ts`; PR google-gemini/gemini-cli#21146):
//! - the event on stdin has `hook_event_name: "BeforeTool"`, `session_id`, `cwd`, `tool_name`
//!   and `tool_input`; the shell tool is `run_shell_command` with `tool_input.command` and an
//!   optional `tool_input.dir_path`, resolved against the workspace (`path.resolve`);
//! - the answer is JSON on stdout with exit 0: `decision` `"allow"`, `"deny"` (the `reason` is
//!   sent to the model as the tool's error) or `"ask"` (forces the confirmation prompt, showing
//!   `systemMessage`; versions before #21146 ignore `ask` and fall back to their own
//!   confirmation rules);
//! - exit 2 blocks the tool with stderr as the reason; any other exit code is a warning and the
//!   tool runs, which is why every failure here is exit 2.

use super::hook::{opt_str, reason_text, shell_call, tool_name, Event, Refusal, Reply};
use hardshell_engine::{Decision, Verdict};
use serde_json::{json, Value};

/// `~/.gemini/settings.json` (or a project's `.gemini/settings.json`). `timeout` is in
/// milliseconds; `hooksConfig.enabled` is the default in current versions.
pub(super) const CONFIG: &str = r#"{
  "hooksConfig": { "enabled": true },
  "hooks": {
    "BeforeTool": [
      {
        "matcher": "run_shell_command",
        "hooks": [
          { "name": "hardshell", "type": "command", "command": "hardshell hook gemini", "timeout": 30000 }
        ]
      }
    ]
  }
}"#;

pub(super) fn parse(payload: &Value) -> Result<Event, Refusal> {
    if tool_name(payload, "BeforeTool")? != "run_shell_command" {
        return Ok(Event::Other);
    }
    let input = payload.get("tool_input").unwrap_or(&Value::Null);
    // `dir_path` (older versions: `directory`): where the command runs, under the workspace.
    let dir = match opt_str(input, "dir_path")? {
        Some(d) => Some(d),
        None => opt_str(input, "directory")?,
    };
    Ok(Event::Shell(shell_call(payload, dir, None)?))
}

pub(super) fn answer(v: &Verdict, warning: Option<String>) -> Reply {
    let reason = reason_text(v);
    let mut out = match v.decision {
        Decision::Allow => json!({ "decision": "allow" }),
        Decision::Ask => json!({ "decision": "ask", "reason": reason, "systemMessage": reason }),
        Decision::Deny => json!({ "decision": "deny", "reason": reason }),
    };
    if let Some(w) = warning {
        let message = match out.get("systemMessage").and_then(Value::as_str) {
            Some(m) => format!("{m}\n{w}"),
            None => w,
        };
        out["systemMessage"] = Value::from(message);
    }
    Reply::Answer(Some(out))
}
