//! One tool call, journaled: planned -> (verdict, permission) -> running -> committed | failed.
//! And recovery after a crash: a step whose result never reached the transcript is answered
//! from the journal, run (never started, or idempotent), or reported as having unknown side
//! effects (it was running and is not idempotent): never silently repeated.

use super::driver::Agent;
use super::events::{Event, PermissionBy};
use super::journal::{Recovery, StepResult, StepState};
use super::message::{Block, Message, Role};
use super::permissions::Answer;
use super::tools::{paths, Call, Env, ExecNote, Output, Tool};
use crate::audit::ExecStatus;
use anyhow::Result;
use hardshell_engine::{Context, Mode, Trust};
use std::io::{BufRead as _, Write as _};

const UNKNOWN: &str = "this tool call was interrupted: hardshell stopped (crashed or was killed) while it was running. Its side effects are unknown, so it was not run again. Check the current state before deciding whether to repeat it.";

impl Agent {
    /// Runs the tool calls of an assistant message, in order; returns their results.
    pub(super) fn run_tools(&mut self, msg: &Message) -> Result<Vec<Block>> {
        let mut out = Vec::new();
        for (id, name, input) in msg.tool_uses() {
            self.events.emit(&Event::ToolUse { id: id.to_string(), name: name.to_string(), input: input.clone() });
            let o = self.step(id, name, input)?;
            out.push(Block::ToolResult { tool_use_id: id.to_string(), content: o.content, is_error: o.is_error });
        }
        Ok(out)
    }

    /// Results for the tool calls of a resumed session's last assistant message.
    pub(super) fn pending_results(&mut self) -> Result<Vec<Block>> {
        let Some(last) = self.messages.last().filter(|m| m.role == Role::Assistant).cloned() else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for (id, name, input) in last.tool_uses() {
            let o = match self.session.journal.recovery(id) {
                Recovery::Run => {
                    self.events.emit(&Event::ToolUse { id: id.to_string(), name: name.to_string(), input: input.clone() });
                    self.step(id, name, input)?
                }
                Recovery::Done(r) => Output { content: r.content, is_error: r.is_error },
                Recovery::Unknown => {
                    self.permission(id, false, PermissionBy::CrashRecovery, None, vec![UNKNOWN.to_string()]);
                    let o = Output::error(UNKNOWN);
                    self.finish(id, name, false, &o)?;
                    o
                }
            };
            out.push(Block::ToolResult { tool_use_id: id.to_string(), content: o.content, is_error: o.is_error });
        }
        Ok(out)
    }

    fn finish(&mut self, id: &str, name: &str, idempotent: bool, o: &Output) -> Result<()> {
        let state = if o.is_error { StepState::Failed } else { StepState::Committed };
        self.session.journal.record(id, name, state, idempotent, Some(StepResult { content: o.content.clone(), is_error: o.is_error }))?;
        self.events.emit(&Event::ToolResult { tool_use_id: id.to_string(), is_error: o.is_error, bytes: o.content.len(), offloaded: None });
        Ok(())
    }

    /// One tool call from planned to committed or failed.
    fn step(&mut self, id: &str, name: &str, input: &serde_json::Value) -> Result<Output> {
        // A plugin is rendered into a bash command and judged as one (plugin trust tier).
        let plugin = self.s.extensions.plugin(name).cloned();
        let tool = match (Tool::from_name(name), &plugin) {
            (Some(Tool::Skill), _) if self.s.extensions.skills.is_empty() => None,
            (Some(t), _) => Some(t),
            (None, Some(_)) => Some(Tool::Bash),
            (None, None) => None,
        };
        let Some(tool) = tool else {
            let o = Output::error(format!("unknown tool `{name}`"));
            self.finish(id, name, true, &o)?;
            return Ok(o);
        };
        // A plugin step is never re-run after a crash, whatever the plugin declares.
        let idempotent = plugin.is_none() && tool.meta().idempotent;
        self.session.journal.record(id, name, StepState::Planned, idempotent, None)?;
        let home = self.s.home.clone();
        let env = Env { workspace: &self.s.workspace, home: &home, engine: &self.engine, confine: &self.s.confine, skills: &self.s.extensions.skills };
        let parsed = match &plugin {
            Some(p) => p.render(input).map(|command| Call::Bash { command, timeout: 120.0 }),
            None => Call::parse(tool, input, &env),
        };
        let call = match parsed {
            Ok(c) => c,
            Err(why) => {
                self.permission(id, false, PermissionBy::BadInput, None, vec![why.clone()]);
                let o = Output::error(format!("invalid input: {why}"));
                self.finish(id, name, idempotent, &o)?;
                return Ok(o);
            }
        };
        // The permission layer handles `afk` (ask -> deny unless granted), so the engine is
        // asked in default mode then; `strict` is the engine's own.
        let mode = if self.s.mode == Mode::Strict { Mode::Strict } else { Mode::Default };
        let cx = Context { cwd: self.s.workspace.to_string_lossy().into_owned(), home: home.to_string_lossy().into_owned(), mode, trust: if plugin.is_some() { Trust::Plugin } else { Trust::BuiltIn }, explain: true };
        let verdict = self.engine.evaluate(&call.gate_command(), &cx);
        self.events.emit(&Event::Verdict { tool_use_id: id.into(), verdict: Box::new(verdict.clone()) });
        let record = self.trail.verdict(id, &cx.cwd, &verdict);
        self.audit(&[record]);
        let protected = call.written().and_then(|(_, names)| paths::protected_any(names, &home, &self.s.own_dirs));
        let permit = match plugin {
            Some(_) => self.s.permissions.decide_plugin(&verdict, &mut ask_on_terminal),
            None => self.s.permissions.decide(tool, &verdict, call.target_path(), protected, &mut ask_on_terminal),
        };
        self.permission(id, permit.allowed, permit.by, permit.rule.clone(), permit.reasons.clone());
        if !permit.allowed {
            let o = Output::error(format!("refused by hardshell ({}): {} risk, decision {}.\n{}", refusal(permit.by), verdict.risk.as_str(), verdict.decision.as_str(), permit.reasons.join("\n")));
            self.finish(id, name, idempotent, &o)?;
            return Ok(o);
        }
        self.session.journal.record(id, name, StepState::Running, idempotent, None)?;
        let (events, trail) = (&mut self.events, &mut self.trail);
        let env = Env { workspace: &self.s.workspace, home: &home, engine: &self.engine, confine: &self.s.confine, skills: &self.s.extensions.skills };
        let mut o = call.run(&env, &verdict, &mut |n| match n {
            ExecNote::Start { command } => events.emit(&Event::ExecStart { tool_use_id: id.into(), command }),
            ExecNote::End(ran) => {
                let elapsed_ms = u64::try_from(ran.elapsed.as_millis()).unwrap_or(u64::MAX);
                let timed_out = ran.status == ExecStatus::TimedOut;
                events.emit(&Event::ExecEnd { tool_use_id: id.into(), status: ran.exit_code, signal: ran.signal, timed_out, escape: ran.escape.clone(), elapsed_ms });
                if let Some(msg) = trail.write(&[trail.exec(id, &ran)]) {
                    events.emit(&Event::Error { message: msg });
                }
            }
        });
        // Review finding: a tool could read the API key (agent.toml, a printed environment)
        // into the transcript, the journal and the next request.
        o.content = self.s.provider.redact_text(&o.content).into_owned();
        if let (Call::ReadFile { path, offset, limit }, false) = (&call, o.is_error) {
            o.content = self.reads.dedup(&format!("{}:{offset}:{limit}", path.display()), id, o.content, &self.messages);
        }
        let (content, offloaded) = super::context::offload(&self.session.results_dir(), id, &o.content, self.s.budgets.max_tool_result_tokens);
        o.content = content;
        let state = if o.is_error { StepState::Failed } else { StepState::Committed };
        self.session.journal.record(id, name, state, idempotent, Some(StepResult { content: o.content.clone(), is_error: o.is_error }))?;
        self.events.emit(&Event::ToolResult { tool_use_id: id.into(), is_error: o.is_error, bytes: o.content.len(), offloaded });
        Ok(o)
    }
}

impl Agent {
    /// The `permission` event of a tool call, and its audit record (see `super::audit`).
    fn permission(&mut self, id: &str, allowed: bool, by: PermissionBy, rule: Option<String>, reasons: Vec<String>) {
        if let Some(record) = self.trail.permission(id, allowed, by, rule.as_deref()) {
            self.audit(&[record]);
        }
        self.events.emit(&Event::Permission { tool_use_id: id.into(), allowed, by, rule, reasons });
    }
}

/// Gives every tool_use of a fresh answer an id that is safe to key the journal, the offload
/// files and the tool results by: 1-64 of `[A-Za-z0-9_-]`, unique in the answer and never used
/// before in the session (`known`). Others are replaced; returns (old, new) for each.
///
/// Review finding: the OpenAI provider named id-less calls `call_0`, `call_1` in every answer,
/// and a model could repeat an id; after a crash the journal, keyed by id, then answered a new
/// call with an old call's result.
pub(super) fn unique_ids(content: &mut [Block], known: &dyn Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut seen: Vec<String> = Vec::new();
    let mut replaced = Vec::new();
    for b in content.iter_mut() {
        let Block::ToolUse { id, .. } = b else { continue };
        let well_formed = (1..=64).contains(&id.len()) && id.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
        if !well_formed || seen.contains(id) || known(id) {
            let fresh = loop {
                let f = format!("toolu_hs_{:016x}", fastrand::u64(..));
                if !seen.contains(&f) && !known(&f) {
                    break f;
                }
            };
            replaced.push((std::mem::replace(id, fresh.clone()), fresh));
        }
        seen.push(id.clone());
    }
    replaced
}

fn refusal(by: PermissionBy) -> &'static str {
    match by {
        PermissionBy::VerdictDeny => "the command check denied it",
        PermissionBy::ModeAfk => "it needs a person's approval and the agent runs in afk mode",
        PermissionBy::NoTerminal => "it needs a person's approval and there is no terminal to ask on",
        PermissionBy::UserNo => "the user said no",
        PermissionBy::Protected => "protected file",
        PermissionBy::BadInput => "invalid input",
        PermissionBy::CrashRecovery => "interrupted by a crash",
        PermissionBy::Verdict | PermissionBy::Grant | PermissionBy::UserOnce | PermissionBy::UserAlways => "not allowed",
    }
}

/// Asks on the terminal (stderr + stdin): y(es) / n(o) / a(lways for this session).
fn ask_on_terminal(question: &str, always: bool) -> Answer {
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        let choices = if always { "[y]es once / [n]o / [a]lways for this session" } else { "[y]es once / [n]o" };
        let _ = write!(std::io::stderr().lock(), "hardshell: allow {}? {choices}: ", crate::render::clean(question));
        let _ = std::io::stderr().flush();
        line.clear();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => return Answer::No,
            Ok(_) => {}
        }
        match line.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => return Answer::Yes,
            "a" | "always" if always => return Answer::Always,
            "n" | "no" | "" => return Answer::No,
            _ => continue,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn uses(ids: &[&str]) -> Vec<Block> {
        ids.iter().map(|id| Block::ToolUse { id: (*id).into(), name: "bash".into(), input: serde_json::json!({}) }).collect()
    }

    #[test]
    fn tool_use_ids_are_unique_in_the_session() {
        let mut c = uses(&["a", "a", "", "old", "../x", &"z".repeat(65), "b"]);
        let replaced = unique_ids(&mut c, &|id| id == "old");
        let ids: Vec<String> = c.iter().filter_map(|b| if let Block::ToolUse { id, .. } = b { Some(id.clone()) } else { None }).collect();
        assert_eq!(ids[0], "a");
        assert_eq!(ids[6], "b");
        assert_eq!(replaced.iter().map(|(old, _)| old.as_str()).collect::<Vec<_>>(), ["a", "", "old", "../x", &"z".repeat(65)]);
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(ids.iter().all(|i| i.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')));
    }
}
