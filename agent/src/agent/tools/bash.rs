//! The bash tool: a command the engine approved (stages 1-17) runs confined (stage 18) exactly as
//! `hardshell run` runs it (`crate::gate`), with its output captured for the model.

use super::{Env, Output};
use hardshell_sandbox::Status;
use std::fmt::Write as _;

/// Start and end of a confined run, for the `exec_start` / `exec_end` events.
#[derive(Debug, Clone)]
pub enum ExecNote {
    Start { command: String },
    End { status: Option<i32>, signal: Option<i32>, timed_out: bool, escape: Option<String>, elapsed_ms: u64 },
}

pub fn run(command: &str, timeout: f64, verdict: &hardshell_engine::Verdict, env: &Env<'_>, on_exec: &mut dyn FnMut(ExecNote)) -> Output {
    let mut confine = env.confine.clone();
    confine.timeout = timeout;
    let spec = match crate::gate::bash_spec(command, verdict, env.engine, env.workspace, &confine) {
        Ok(s) => s,
        Err(e) => return Output::error(format!("not run: {e:#}")),
    };
    on_exec(ExecNote::Start { command: command.to_string() });
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let outcome = match crate::gate::run(&spec, &mut out, &mut err) {
        Ok(o) => o,
        Err(e) => {
            on_exec(ExecNote::End { status: None, signal: None, timed_out: false, escape: None, elapsed_ms: 0 });
            return Output::error(format!("not run: the sandbox refused: {e:#}"));
        }
    };
    let (status, signal) = match outcome.status {
        Status::Exited(c) => (Some(c), None),
        Status::Signaled(s) => (None, Some(s)),
        _ => (None, None),
    };
    on_exec(ExecNote::End { status, signal, timed_out: outcome.timed_out, escape: outcome.escape.clone(), elapsed_ms: outcome.elapsed.as_millis() as u64 });
    let mut text = String::new();
    match (status, signal) {
        (Some(c), _) => {
            let _ = writeln!(text, "exit status {c}");
        }
        (_, Some(s)) => {
            let _ = writeln!(text, "killed by signal {s}");
        }
        _ => text.push_str("no exit status\n"),
    }
    if outcome.timed_out {
        let _ = writeln!(text, "timed out after {timeout} s: the whole process tree was killed");
    }
    if let Some(sys) = &outcome.escape {
        let _ = writeln!(text, "escape attempt `{sys}`: the whole process tree was killed");
    }
    for q in &outcome.quarantined {
        let _ = writeln!(text, "blocked write to protected path `{}` (moved aside)", q.path.display());
    }
    for (name, bytes, cut) in [("stdout", &out, outcome.stdout_truncated), ("stderr", &err, outcome.stderr_truncated)] {
        if !bytes.is_empty() {
            let _ = writeln!(text, "{name}:\n{}{}", String::from_utf8_lossy(bytes), if cut { "\n[truncated]" } else { "" });
        }
    }
    let failed = status != Some(0) || outcome.timed_out || outcome.escape.is_some();
    Output { content: text, is_error: failed }
}
