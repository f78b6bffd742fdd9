//! `hardshell hook claude|gemini|codex`: the shared core of the three agent hooks. Reads the
//! agent's pre-tool event on stdin, takes the shell command out of it (per agent:
//! `hook_claude`, `hook_gemini`, `hook_codex`), evaluates it with the user's layered policy in
//! the event's working directory, records the decision in the audit log, and answers in the
//! agent's own format.
//!
//! Fail closed. These agents run the tool anyway when a hook exits with anything but 0 or 2 (or
//! times out), so every failure here becomes a refusal: exit 2 with the reason on stderr. That
//! covers empty, over-size (over 1 MiB) or malformed input, an event of the wrong kind, a
//! missing or unusable working directory, a policy that does not load, a panic, and the internal
//! deadline (`--deadline`, default 5 s: a watchdog answers deny if no verdict came by then, well
//! inside the timeout the install snippets give the agent). A tool that is not the agent's shell
//! tool passes through untouched: exit 0, no output.
//!
//! The audit log: a hook that cannot write it still answers with its verdict (the verdict is the
//! control; refusing everything because a disk is full would stop the agent for no safety gain),
//! says so on stderr and in the answer's `systemMessage`, which each agent shows the user. The
//! record is on disk before the answer; `--defer-audit-sync` flushes it after the answer, in a
//! child process that outlives the hook (see `crate::audit`).

use super::{hook_claude, hook_codex, hook_gemini, PolicyArgs};
use crate::audit::{ContextRecord, Deferred, Record, Source, VerdictRecord};
use crate::exit::Exit;
use clap::{Args, ValueEnum};
use hardshell_engine::{Decision, Verdict};
use serde_json::Value;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The most bytes of stdin a hook reads; a larger event is refused.
pub const MAX_INPUT: u64 = 1 << 20;

pub const ABOUT: &str = "Guard an agent you already use: run as its pre-tool hook, read the tool call it is about to make (JSON on stdin), and answer allow, ask or deny for shell commands in the agent's own format. Other tools pass through. Every error, malformed input or timeout is a deny (exit 2, reason on stderr), never a silent allow. Decisions go to the audit log.\n\nInstall (prints the snippet for the agent's settings file):\n  hardshell hook --print-config claude   # ~/.claude/settings.json\n  hardshell hook --print-config gemini   # ~/.gemini/settings.json\n  hardshell hook --print-config codex    # ~/.codex/hooks.json\n\nTry it:\n  echo '{\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"rm -rf ~\"},\"cwd\":\"'$PWD'\"}' | hardshell hook claude";

pub const HOOK_EXIT_CODES_HELP: &str = "Exit codes: 0 answered (the decision is in the JSON on stdout; no output: not a shell tool, or Codex allow); 2 refused (the reason is on stderr: deny for Codex and every error, malformed input or timeout).";

/// The agents whose hook protocol hardshell speaks.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Agent {
    /// Claude Code: PreToolUse on the `Bash` tool.
    Claude,
    /// Gemini CLI: BeforeTool on `run_shell_command`.
    Gemini,
    /// OpenAI Codex: PreToolUse on `Bash` (deny only: Codex hooks cannot allow or ask).
    Codex,
}

#[derive(Debug, Args)]
pub struct HookArgs {
    /// The agent whose event is on stdin.
    #[arg(value_enum, required_unless_present = "print_config", conflicts_with = "print_config")]
    pub agent: Option<Agent>,
    /// Print the hook's install snippet for AGENT's settings file and exit.
    #[arg(long, value_enum, value_name = "AGENT")]
    pub print_config: Option<Agent>,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Answer deny if no verdict is ready after this many seconds.
    #[arg(long, value_name = "S", default_value_t = 5.0)]
    pub deadline: f64,
    /// Answer before the audit record is flushed to disk: it is written before the answer and
    /// flushed right after it by a child process, so that the agent does not wait for the disk.
    /// Worth it when a flush takes longer than starting a process (about 1 ms); only a kernel
    /// crash in those milliseconds could lose the record.
    #[arg(long)]
    pub defer_audit_sync: bool,
}

/// A shell command an agent is about to run.
pub(super) struct ShellCall {
    pub command: String,
    /// Where it would run (absolute).
    pub cwd: PathBuf,
    /// The agent's session id.
    pub session: Option<String>,
    /// The agent's id for this tool call.
    pub call: Option<String>,
}

/// What the event on stdin is.
pub(super) enum Event {
    /// The agent's shell tool: judge it.
    Shell(ShellCall),
    /// Any other tool: no opinion.
    Other,
}

/// A refusal without a verdict: a stable id (for the audit log) and a message (for stderr).
pub(super) struct Refusal {
    pub id: &'static str,
    pub message: String,
    pub session: Option<String>,
}

impl Refusal {
    pub(super) fn new(id: &'static str, message: impl Into<String>) -> Refusal {
        Refusal { id, message: message.into(), session: None }
    }
}

/// What goes back to the agent.
pub(super) enum Reply {
    /// Exit 0 with this JSON on stdout, or with no output.
    Answer(Option<Value>),
    /// Exit 2 with this on stderr.
    Block(String),
}

/// Set by whoever answers first: the main path or the deadline watchdog.
static ANSWERED: AtomicBool = AtomicBool::new(false);

pub fn run(a: HookArgs) -> anyhow::Result<Exit> {
    if let Some(agent) = a.print_config {
        writeln!(std::io::stdout().lock(), "{}", agent.config_snippet())?;
        return Ok(Exit::Allow);
    }
    let Some(agent) = a.agent else {
        return Ok(send(Reply::Block("hardshell: no agent given: use `hardshell hook claude|gemini|codex`; refused".into())));
    };
    let deadline = if a.deadline > 0.0 && a.deadline.is_finite() { Duration::from_secs_f64(a.deadline.min(3600.0)) } else { Duration::from_secs(5) };
    watchdog(agent, deadline);
    let (reply, pending) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| decide(agent, &a)))
        .unwrap_or_else(|_| (Reply::Block("hardshell: internal error (panic) while judging the command; refused".into()), None));
    let exit = send(reply);
    // Only with --defer-audit-sync: the flush after the answer (the answer stands either way).
    if let Some(Err(e)) = pending.map(Deferred::finish_after_exit) {
        let _ = writeln!(std::io::stderr(), "hardshell: warning: audit log not flushed: {e}");
    }
    Ok(exit)
}

/// Appends `records` to the audit log, flushed before returning; with `defer`, the flush is left
/// to the returned [`Deferred`]. The warning when they could not be written.
fn record(records: &[Record], defer: bool) -> (Option<String>, Option<Deferred>) {
    if defer {
        super::audit_deferred(records)
    } else {
        (super::audit(records), None)
    }
}

/// Writes the reply unless the watchdog already answered; returns the exit code.
fn send(reply: Reply) -> Exit {
    if ANSWERED.swap(true, Ordering::SeqCst) {
        // The watchdog answered and is exiting the process.
        std::thread::sleep(Duration::from_secs(1));
        return Exit::HookBlock;
    }
    match reply {
        Reply::Answer(None) => Exit::Allow,
        Reply::Answer(Some(json)) => match writeln!(std::io::stdout().lock(), "{json}") {
            Ok(()) => Exit::Allow,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "hardshell: cannot write the answer ({e}); refused");
                Exit::HookBlock
            }
        },
        Reply::Block(reason) => {
            let _ = writeln!(std::io::stderr(), "{reason}");
            Exit::HookBlock
        }
    }
}

/// Answers deny (exit 2) if the main path has not answered by `deadline`.
fn watchdog(agent: Agent, deadline: Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(deadline);
        if ANSWERED.swap(true, Ordering::SeqCst) {
            return;
        }
        let _ = writeln!(std::io::stderr(), "hardshell: no verdict within {:.1} s (the hook's internal deadline); refused", deadline.as_secs_f64());
        // Record it if the log is quick to reach; never wait long for it.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(super::audit(&[Record::InputRefused { source: agent.source(), session: None, reason: "hook.deadline".into() }]));
        });
        let _ = rx.recv_timeout(Duration::from_millis(500));
        std::process::exit(Exit::HookBlock.code());
    });
}

/// Reads, parses, judges, records: everything but the writing of the answer and the flush of
/// the audit record.
fn decide(agent: Agent, a: &HookArgs) -> (Reply, Option<Deferred>) {
    let event = match read_event().and_then(|payload| agent.parse(&payload)) {
        Ok(e) => e,
        Err(r) => return refuse(agent, r, a.defer_audit_sync),
    };
    let call = match event {
        Event::Other => return (Reply::Answer(None), None),
        Event::Shell(call) => call,
    };
    let setup = a.policy.setup(Some(call.cwd.clone()), false);
    let loaded = crate::config::engine_and_ruleset(&setup).and_then(|(engine, ruleset)| Ok((crate::config::context(&setup, &engine)?, engine, ruleset)));
    let (cx, engine, ruleset) = match loaded {
        Ok(l) => l,
        Err(e) => return refuse(agent, Refusal { id: "hook.policy", message: format!("cannot load the policy: {e:#}"), session: call.session }, a.defer_audit_sync),
    };
    let v = engine.evaluate(&call.command, &cx);
    let answered = agent.answered(v.decision);
    let source = agent.source();
    let (warning, pending) = record(
        &[
            Record::ContextLoaded(ContextRecord::new(source, call.session.clone(), &cx.cwd, cx.mode, &ruleset, engine.policies())),
            Record::Verdict(VerdictRecord::new(source, call.session.clone(), call.call.clone(), &cx.cwd, &v, answered)),
        ],
        a.defer_audit_sync,
    );
    (agent.answer(&v, warning.map(|w| format!("hardshell: {w}"))), pending)
}

/// A refusal: recorded, then exit 2 with the message.
fn refuse(agent: Agent, r: Refusal, defer: bool) -> (Reply, Option<Deferred>) {
    let (_, pending) = record(&[Record::InputRefused { source: agent.source(), session: r.session.clone(), reason: r.id.into() }], defer);
    (Reply::Block(format!("hardshell: {}; refused", r.message)), pending)
}

/// stdin, at most [`MAX_INPUT`] bytes, as JSON.
fn read_event() -> Result<Value, Refusal> {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().lock().take(MAX_INPUT + 1).read_to_end(&mut bytes) {
        return Err(Refusal::new("hook.input.unreadable", format!("cannot read the event on stdin: {e}")));
    }
    if bytes.len() as u64 > MAX_INPUT {
        return Err(Refusal::new("hook.input.too_large", format!("the event on stdin is over {MAX_INPUT} bytes")));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::new("hook.input.empty", "no event on stdin (empty input)"));
    }
    serde_json::from_slice(&bytes).map_err(|e| Refusal::new("hook.input.malformed", format!("the event on stdin is not valid JSON: {e}")))
}

/// `payload[key]` when it is a string; `None` when absent or null; a refusal for another type.
pub(super) fn opt_str<'a>(payload: &'a Value, key: &str) -> Result<Option<&'a str>, Refusal> {
    match payload.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(Refusal::new("hook.input.malformed", format!("`{key}` is not a string"))),
    }
}

/// `payload[key]` as a string, required.
pub(super) fn req_str<'a>(payload: &'a Value, key: &str) -> Result<&'a str, Refusal> {
    opt_str(payload, key)?.ok_or_else(|| Refusal::new("hook.input.malformed", format!("the event has no `{key}`")))
}

/// Checks the event name, then returns the tool name.
pub(super) fn tool_name<'a>(payload: &'a Value, event: &str) -> Result<&'a str, Refusal> {
    match opt_str(payload, "hook_event_name")? {
        Some(e) if e == event => {}
        Some(e) => {
            let e = crate::render::clean(e);
            return Err(Refusal::new("hook.input.wrong_event", format!("this hook answers `{event}` events, not `{e}`: check the hook's event in the agent's settings")));
        }
        None => return Err(Refusal::new("hook.input.malformed", format!("the event has no `hook_event_name` (expected `{event}`)"))),
    }
    req_str(payload, "tool_name")
}

/// The shell call of a shell tool's event: `tool_input.command`, the event's `cwd` (joined with
/// `dir`, a directory the tool input names, when there is one), session and call ids.
pub(super) fn shell_call(payload: &Value, dir: Option<&str>, call_key: Option<&str>) -> Result<ShellCall, Refusal> {
    let session = opt_str(payload, "session_id").ok().flatten().map(str::to_string);
    let with_session = |mut r: Refusal| {
        r.session = session.clone();
        r
    };
    let input = payload.get("tool_input").filter(|v| v.is_object()).ok_or_else(|| with_session(Refusal::new("hook.input.malformed", "the event has no `tool_input` object")))?;
    let command = req_str(input, "command").map_err(with_session)?.to_string();
    let cwd = opt_str(payload, "cwd").map_err(with_session)?.ok_or_else(|| with_session(Refusal::new("hook.cwd.missing", "the event has no `cwd`: cannot tell which workspace the command runs in")))?;
    let mut cwd = PathBuf::from(cwd);
    if !cwd.is_absolute() {
        return Err(with_session(Refusal::new("hook.cwd.relative", format!("the event's `cwd` `{}` is not absolute", cwd.display()))));
    }
    if let Some(d) = dir.filter(|d| !d.is_empty()) {
        cwd = crate::agent::tools::paths::fold(&cwd.join(d));
    }
    if !cwd.is_dir() {
        return Err(with_session(Refusal::new("hook.cwd.not_found", format!("the working directory `{}` does not exist", crate::render::clean(&cwd.display().to_string())))));
    }
    let call = call_key.and_then(|k| opt_str(payload, k).ok().flatten()).map(str::to_string);
    Ok(ShellCall { command, cwd, session, call })
}

/// Claude Code's and Codex's event: `PreToolUse`, the shell tool named `Bash`, the call id in
/// `tool_use_id` (the two protocols agree on the input; they differ in what they accept back).
pub(super) fn pre_tool_use_bash(payload: &Value) -> Result<Event, Refusal> {
    if tool_name(payload, "PreToolUse")? != "Bash" {
        return Ok(Event::Other);
    }
    Ok(Event::Shell(shell_call(payload, None, Some("tool_use_id"))?))
}

/// The install snippet of a `PreToolUse` hook on `Bash` (Claude Code's and Codex's settings share
/// this shape; `timeout` is in seconds in both).
pub(super) fn pre_tool_use_snippet(agent: &str) -> String {
    format!(
        r#"{{
  "hooks": {{
    "PreToolUse": [
      {{
        "matcher": "Bash",
        "hooks": [
          {{ "type": "command", "command": "hardshell hook {agent}", "timeout": 30 }}
        ]
      }}
    ]
  }}
}}"#
    )
}

/// One line for people: decision, risk, and the top reasons.
pub(super) fn reason_text(v: &Verdict) -> String {
    let mut parts: Vec<String> = v.reasons.iter().take(3).map(|r| format!("{}: {}", r.id, r.message)).collect();
    if v.reasons.len() > 3 {
        parts.push(format!("and {} more", v.reasons.len() - 3));
    }
    let what = if parts.is_empty() { String::new() } else { format!(": {}", parts.join("; ")) };
    let mut text = format!("hardshell: {} ({} risk){what}", v.decision.as_str().to_uppercase(), v.risk);
    if text.chars().count() > 1000 {
        text = text.chars().take(1000).chain("…".chars()).collect();
    }
    text
}

impl Agent {
    pub(super) fn source(self) -> Source {
        match self {
            Agent::Claude => Source::HookClaude,
            Agent::Gemini => Source::HookGemini,
            Agent::Codex => Source::HookCodex,
        }
    }

    fn parse(self, payload: &Value) -> Result<Event, Refusal> {
        match self {
            Agent::Claude | Agent::Codex => pre_tool_use_bash(payload),
            Agent::Gemini => hook_gemini::parse(payload),
        }
    }

    /// What the agent is told for `d` (Codex cannot be told ask).
    fn answered(self, d: Decision) -> Decision {
        match (self, d) {
            (Agent::Codex, Decision::Ask) => Decision::Deny,
            (_, d) => d,
        }
    }

    fn answer(self, v: &Verdict, warning: Option<String>) -> Reply {
        match self {
            Agent::Claude => hook_claude::answer(v, warning),
            Agent::Gemini => hook_gemini::answer(v, warning),
            Agent::Codex => hook_codex::answer(v, warning),
        }
    }

    fn config_snippet(self) -> String {
        match self {
            Agent::Claude => pre_tool_use_snippet("claude"),
            Agent::Gemini => hook_gemini::CONFIG.to_string(),
            Agent::Codex => pre_tool_use_snippet("codex"),
        }
    }
}
