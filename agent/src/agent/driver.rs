//! The loop: pending tool calls (after a resume) -> the prompt -> { budget check, compaction,
//! model call (with retries), record, tool calls } until the model ends its turn or something
//! stops it. Every message and counter goes to the transcript before the next action.

use super::audit::Trail;
use super::budget::Budgets;
use super::context::{self, ReadCache};
use super::events::{EndReason, Emitter, Event};
use super::message::{Block, Message, Response, Role, StopReason, ToolDef};
use super::permissions::Permissions;
use super::provider::{call_with_retries, Delta, Provider, Request, RetryPolicy};
use super::session::{Record, Session, SessionError, Totals};
use anyhow::{Context as _, Result};
use hardshell_engine::{Engine, Mode};
use std::path::PathBuf;

/// Everything the loop needs to know, resolved from flags, agent.toml and the environment.
pub struct Settings {
    pub provider: Provider,
    pub model: String,
    pub mode: Mode,
    pub budgets: Budgets,
    pub retry: RetryPolicy,
    pub confine: crate::gate::Confine,
    /// The audit log (`crate::config::audit_path`, shared with the hooks, `run` and `mcp`).
    pub audit: PathBuf,
    /// The built-in ruleset under the policy (for the audit log's `context_loaded`).
    pub ruleset: String,
    pub workspace: PathBuf,
    pub home: PathBuf,
    /// Where sessions live (`.../hardshell/sessions`).
    pub sessions: PathBuf,
    /// hardshell's own directories (configuration, state): protected from file tools.
    pub own_dirs: Vec<PathBuf>,
    pub permissions: Permissions,
    pub events_jsonl: bool,
    /// Plugins and skills (loaded without problems: the CLI refuses to start otherwise).
    pub extensions: super::extensions::Extensions,
}

pub struct Agent {
    pub(super) s: Settings,
    pub(super) engine: Engine,
    rt: tokio::runtime::Runtime,
    pub(super) session: Session,
    pub(super) messages: Vec<Message>,
    pub totals: Totals,
    pub(super) events: Emitter,
    pub(super) reads: ReadCache,
    pub(super) trail: Trail,
    /// Tokens of the context as of the last call, and the message count then.
    base: Option<(u64, usize)>,
    tools: Vec<ToolDef>,
    system: String,
}

impl Agent {
    /// A new session.
    pub fn start(s: Settings, engine: Engine) -> Result<Agent> {
        let session = Session::create(&s.sessions, s.provider.kind().as_str(), &s.model, &s.workspace.to_string_lossy())?;
        Agent::with(s, engine, session, Vec::new(), Totals::default(), false, false)
    }

    /// An earlier session, replayed (a crashed one gets its `crashed` session_end).
    pub fn resume(s: Settings, engine: Engine, id: &str) -> Result<Agent> {
        let (session, r) = Session::resume(&s.sessions, id)?;
        let mut a = Agent::with(s, engine, session, r.messages, r.totals, true, r.crashed)?;
        if r.repaired > 0 {
            a.events.emit(&Event::Error { message: format!("repaired {} torn record(s) at the end of the session files", r.repaired) });
        }
        Ok(a)
    }

    fn with(s: Settings, engine: Engine, session: Session, messages: Vec<Message>, totals: Totals, resumed: bool, crashed: bool) -> Result<Agent> {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().context("cannot start the async runtime")?;
        let tools = s.extensions.tool_defs();
        let system = format!(
            "You are a coding agent. Workspace: {}. Every bash command you run is checked by hardshell and runs in a sandbox (writes only in the workspace and /tmp, no network unless granted). A refused call comes back as an error with the reasons: do not try to get around them; choose another way or explain what you need.",
            s.workspace.display()
        );
        let mut events = Emitter::new(s.events_jsonl);
        events.emit(&Event::SessionStart { session: session.id.clone(), provider: s.provider.kind().as_str().into(), model: s.model.clone(), mode: format!("{:?}", s.mode).to_lowercase(), cwd: s.workspace.display().to_string(), resumed });
        let trail = Trail::new(&s.audit, &session.id);
        let mut records = if crashed { vec![trail.end("crashed")] } else { Vec::new() };
        records.extend(trail.start(&s.workspace.to_string_lossy(), s.mode, &s.ruleset, engine.policies()));
        let mut a = Agent { s, engine, rt, session, messages, totals, events, reads: ReadCache::default(), trail, base: None, tools, system };
        a.audit(&records);
        Ok(a)
    }

    /// Appends `records` to the audit log; a failure is reported as an `error` event and the
    /// session goes on (see `super::audit`).
    pub(super) fn audit(&mut self, records: &[crate::audit::Record]) {
        if let Some(msg) = self.trail.write(records) {
            self.events.emit(&Event::Error { message: msg });
        }
    }

    pub fn id(&self) -> &str {
        &self.session.id
    }

    /// Runs until the model ends its turn or something stops the loop. `prompt`: a new user
    /// message (none: only finish what a resumed session left pending).
    pub fn run(&mut self, prompt: Option<&str>) -> Result<EndReason> {
        let mut blocks = self.pending_results()?;
        if let Some(p) = prompt {
            blocks.push(Block::Text { text: p.to_string() });
        }
        if blocks.is_empty() && self.messages.last().is_none_or(|m| m.role == Role::Assistant) {
            return Ok(EndReason::EndTurn);
        }
        if !blocks.is_empty() {
            self.push(Message { role: Role::User, content: blocks })?;
        }
        loop {
            let mut input = self.estimate_input();
            if input > self.s.budgets.compact_at {
                self.compact(input)?;
                input = self.estimate_input();
            }
            let max_tokens = match self.s.budgets.before_call(&self.totals, input) {
                Ok(m) => m,
                Err(stop) => {
                    self.events.emit(&Event::Budget { kind: stop.kind, limit: stop.limit, used: stop.used, needed: stop.needed });
                    return Ok(EndReason::Budget);
                }
            };
            let resp = match self.call(max_tokens) {
                Ok(r) => r,
                Err(e) => {
                    self.events.emit(&Event::Error { message: format!("model call failed: {e}") });
                    return Ok(EndReason::ProviderError);
                }
            };
            self.totals.turns += 1;
            self.totals.usage.add(&resp.usage);
            self.session.append(&Record::Usage { usage: resp.usage, totals: self.totals })?;
            self.events.emit(&Event::Usage { turn: self.totals.turns, usage: resp.usage, total: self.totals.usage });
            let mut content = resp.content;
            let known = |id: &str| self.session.journal.last(id).is_some() || self.messages.iter().any(|m| m.tool_uses().any(|(u, _, _)| u == id));
            for (old, new) in super::step::unique_ids(&mut content, &known) {
                self.events.emit(&Event::Error { message: format!("the model's tool_use id `{}` was empty, malformed or already used: renamed `{new}`", crate::render::clean(&old.chars().take(80).collect::<String>())) });
            }
            let msg = Message { role: Role::Assistant, content };
            let has_tools = msg.tool_uses().next().is_some();
            if !msg.content.is_empty() {
                self.push(msg.clone())?;
            }
            self.base = Some((resp.usage.all_input() + resp.usage.output_tokens, self.messages.len()));
            if has_tools {
                let results = self.run_tools(&msg)?;
                self.push(Message { role: Role::User, content: results })?;
                continue;
            }
            return Ok(match resp.stop {
                StopReason::EndTurn | StopReason::StopSequence | StopReason::ToolUse => EndReason::EndTurn,
                StopReason::MaxTokens | StopReason::Refusal | StopReason::PauseTurn | StopReason::Other(_) => EndReason::ModelStopped,
            });
        }
    }

    /// Writes the end of this run (transcript and event).
    pub fn end(&mut self, reason: EndReason) -> Result<(), SessionError> {
        let r = self.session.append(&Record::SessionEnd { reason, time: super::now() });
        let word = serde_json::to_value(reason).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_else(|| "error".into());
        let end = self.trail.end(&word);
        self.audit(&[end]);
        self.events.emit(&Event::SessionEnd { session: self.session.id.clone(), reason, turns: self.totals.turns, total: self.totals.usage });
        r
    }

    /// Appends a message (merged into the last one when both are the user's), durably.
    fn push(&mut self, m: Message) -> Result<()> {
        self.session.append(&Record::Message { message: m.clone() })?;
        push_message(&mut self.messages, m);
        Ok(())
    }

    /// The next call's input tokens: the last call's count plus an estimate of what came since.
    fn estimate_input(&self) -> u64 {
        let est = |ms: &[Message]| ms.iter().map(|m| super::budget::estimate(m.chars())).sum::<u64>();
        match self.base {
            Some((tokens, n)) if n <= self.messages.len() => tokens + est(&self.messages[n..]),
            _ => super::budget::estimate(self.system.len() + self.tools.iter().map(|t| t.description.len() + t.input_schema.to_string().len()).sum::<usize>()) + est(&self.messages),
        }
    }

    /// Compacts now (`/compact`).
    pub fn compact_now(&mut self) -> Result<bool> {
        let t = self.estimate_input();
        self.compact(t)
    }

    /// Compaction: the oldest messages become a summary; the recent half of the budget is kept.
    fn compact(&mut self, context_tokens: u64) -> Result<bool> {
        let Some(cut) = context::cut_point(&self.messages, self.s.budgets.compact_at / 2) else { return Ok(false) };
        let summary = context::summarize(&self.messages[..cut]);
        self.session.append(&Record::Compaction { removed: cut, summary: summary.clone() })?;
        context::apply(&mut self.messages, cut, &summary);
        self.base = None;
        self.reads.clear();
        self.events.emit(&Event::Compaction { removed_messages: cut, kept_messages: self.messages.len(), context_tokens });
        Ok(true)
    }

    /// One model call with retries; text is shown as it streams.
    fn call(&mut self, max_tokens: u64) -> Result<Response, super::provider::ProviderError> {
        let req = Request { model: &self.s.model, system: &self.system, messages: &self.messages, tools: &self.tools, max_tokens };
        let turn = self.totals.turns + 1;
        let events = &mut self.events;
        let started = std::cell::Cell::new(None::<u32>);
        let events = std::cell::RefCell::new(events);
        let mut on_delta = |attempt: u32, d: Delta<'_>| {
            let mut ev = events.borrow_mut();
            if started.get() != Some(attempt) {
                started.set(Some(attempt));
                ev.emit(&Event::MessageStart { turn, attempt });
            }
            let Delta::Text(t) = d;
            ev.emit(&Event::TextDelta { text: t.to_string() });
        };
        let mut on_retry = |n: super::provider::RetryNote<'_>| {
            let discarded = started.get().is_some();
            started.set(None);
            events.borrow_mut().emit(&Event::Retry { attempt: n.attempt, delay_ms: n.delay.as_millis() as u64, error: n.error.to_string(), discarded });
        };
        self.rt.block_on(call_with_retries(&self.s.provider, &req, self.s.retry, &mut on_delta, &mut on_retry))
    }

    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    pub fn permissions(&self) -> &Permissions {
        &self.s.permissions
    }

    pub fn settings(&self) -> &Settings {
        &self.s
    }
}

/// Appends `m`, merging consecutive user messages (so a prompt after tool results, or after an
/// answer that had no content, keeps the roles alternating). Replay does the same.
pub fn push_message(messages: &mut Vec<Message>, m: Message) {
    match messages.last_mut() {
        Some(last) if last.role == Role::User && m.role == Role::User => last.content.extend(m.content),
        _ => messages.push(m),
    }
}
