//! The bash tool: a command the engine approved (stages 1-17) runs confined (stage 18) exactly as
//! `hardshell run` runs it (`crate::gate`), with its output captured for the model.

use super::{Env, Output};
use crate::audit::ExecStatus;
use crate::gate::Ran;
use std::fmt::Write as _;
use std::time::Duration;

/// Start and end of a confined run, for the `exec_start` / `exec_end` events and the audit log.
#[derive(Debug, Clone)]
pub enum ExecNote {
    Start { command: String },
    End(Ran),
}

pub fn run(command: &str, timeout: f64, verdict: &hardshell_engine::Verdict, env: &Env<'_>, on_exec: &mut dyn FnMut(ExecNote)) -> Output {
    let mut confine = env.confine.clone();
    confine.timeout = timeout;
    let protected = &env.engine.policies().settings().protected_paths;
    let spec = match crate::gate::command_spec(command, verdict, protected, env.workspace, &confine) {
        Ok(s) => s,
        Err(e) => return Output::error(format!("not run: {e:#}")),
    };
    on_exec(ExecNote::Start { command: command.to_string() });
    // `err` gets the command's stderr and then hardshell's own notes on the run (degraded
    // layers, blocked writes, truncation, timeout, escape), so the model sees them too.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let ran = match crate::gate::execute(&spec, &mut out, &mut err) {
        Ok(r) => r,
        Err(e) => {
            let ran = Ran { exit: crate::exit::Exit::Internal, status: ExecStatus::Error, exit_code: None, signal: None, escape: None, elapsed: Duration::ZERO, truncated: false };
            on_exec(ExecNote::End(ran));
            return Output::error(format!("not run: the sandbox refused: {e:#}"));
        }
    };
    on_exec(ExecNote::End(ran.clone()));
    let mut text = String::new();
    let _ = match ran.status {
        ExecStatus::Exited => writeln!(text, "exit status {}", ran.exit_code.unwrap_or(-1)),
        ExecStatus::Signaled => writeln!(text, "killed by signal {}", ran.signal.unwrap_or(-1)),
        ExecStatus::TimedOut => writeln!(text, "timed out after {timeout} s: the whole process tree was killed"),
        ExecStatus::Escape => writeln!(text, "escape attempt `{}`: the whole process tree was killed", ran.escape.as_deref().unwrap_or("?")),
        ExecStatus::SandboxUnavailable => writeln!(text, "not run: the sandbox cannot be fully enforced here"),
        ExecStatus::CannotExec => writeln!(text, "not run: the program could not be executed"),
        ExecStatus::Error => writeln!(text, "no exit status"),
    };
    for (name, bytes) in [("stdout", &out), ("stderr", &err)] {
        if !bytes.is_empty() {
            let _ = writeln!(text, "{name}:\n{}", String::from_utf8_lossy(bytes));
        }
    }
    let failed = !(ran.status == ExecStatus::Exited && ran.exit_code == Some(0));
    Output { content: text, is_error: failed }
}
