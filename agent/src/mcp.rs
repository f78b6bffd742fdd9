//! The MCP server behind `hardshell mcp`: two tools over the Model Context Protocol (the `rmcp`
//! crate, stdio transport).
//!
//! - `check {command}`: the verdict (stages 1-17) as JSON; never runs anything.
//! - `bash {command, timeout_seconds?}`: all 18 stages. Evaluated with the server's policy and
//!   workspace (fixed at start: a model cannot choose where a command runs or what is writable);
//!   a deny, or an ask without the server's `--danger-allow-ask` grant, comes back as a tool
//!   result with `isError: true` and the reasons; an allowed command runs confined exactly as
//!   `hardshell run` runs it (`crate::gate`), and its exit status and output (each stream capped
//!   at 64 KiB) come back, with `isError` unless it exited 0.
//!
//! Invariants: nothing but protocol goes to stdout (logs, policy notes and the command's own
//! output go to stderr or into results); every verdict, approval and run goes to the audit log
//! under one session (`session_start` at start, `session_end` at the end of input).

use crate::audit::{ApprovalRecord, Approver, ContextRecord, Record, Scope, Source, VerdictRecord};
use crate::gate::{Confine, Ran};
use hardshell_engine::{Context, Decision, Engine, Verdict};
use rmcp::handler::server::{router::tool::ToolRouter, wrapper::Parameters};
use rmcp::model::{CallToolResult, ContentBlock, Implementation, ServerCapabilities, ServerConfig};
use rmcp::{schemars, tool, tool_handler, tool_router, ErrorData, ServerHandler};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The most bytes of each output stream a `bash` result carries.
pub const RESULT_CAP: u64 = 64 << 10;

/// What the server was started with.
pub struct Settings {
    pub engine: Engine,
    pub cx: Context,
    /// The built-in ruleset's name (for the audit log).
    pub ruleset: String,
    pub confine: Confine,
    /// `--danger-allow-ask`: run commands whose verdict is ask, without a person.
    pub allow_ask: bool,
}

struct Inner {
    s: Settings,
    session: String,
    calls: AtomicU64,
}

/// The MCP server.
#[derive(Clone)]
pub struct Server {
    inner: Arc<Inner>,
    #[allow(dead_code, reason = "read by the code #[tool_handler] generates")]
    tool_router: ToolRouter<Server>,
}

#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
pub struct CheckInput {
    /// The bash command to judge.
    pub command: String,
}

#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
pub struct BashInput {
    /// The bash command to run (with `bash --noprofile --norc -c`, in the server's workspace).
    pub command: String,
    /// Wall-clock limit in seconds (at most the server's --timeout, which is also the default).
    pub timeout_seconds: Option<f64>,
}

impl Server {
    /// A server for `settings`, recording under the audit session `session`.
    pub fn new(settings: Settings, session: String) -> Server {
        Server { inner: Arc::new(Inner { s: settings, session, calls: AtomicU64::new(0) }), tool_router: Self::tool_router() }
    }

    /// The records that open the session: `session_start`, `context_loaded`.
    pub fn opening_records(&self) -> Vec<Record> {
        let i = &self.inner;
        vec![
            Record::SessionStart { source: Source::Mcp, session: i.session.clone(), version: env!("CARGO_PKG_VERSION").into(), pid: std::process::id() },
            Record::ContextLoaded(ContextRecord::new(Source::Mcp, Some(i.session.clone()), &i.s.cx.cwd, i.s.cx.mode, &i.s.ruleset, i.s.engine.policies())),
        ]
    }

    /// The record that closes it.
    pub fn closing_record(&self, reason: &str) -> Record {
        Record::SessionEnd { source: Source::Mcp, session: self.inner.session.clone(), reason: reason.into() }
    }
}

#[tool_router]
impl Server {
    /// Judge a command without running it.
    #[tool(
        description = "Judge a bash command without running it: hardshell's verdict (risk LOW/MEDIUM/HIGH, decision allow/ask/deny, reasons with stable ids, the sandbox profile) as JSON.",
        annotations(read_only_hint = true, idempotent_hint = true, open_world_hint = false)
    )]
    async fn check(&self, Parameters(input): Parameters<CheckInput>) -> Result<CallToolResult, ErrorData> {
        let inner = self.inner.clone();
        let v = inner.s.engine.evaluate(&input.command, &inner.s.cx);
        let call = inner.next_call();
        crate::cli::audit(&[Record::Verdict(VerdictRecord::new(Source::Mcp, Some(inner.session.clone()), Some(call), &inner.s.cx.cwd, &v, v.decision))]);
        let json = serde_json::to_string(&v).map_err(|e| ErrorData::internal_error(format!("cannot encode the verdict: {e}"), None))?;
        Ok(CallToolResult::success(vec![ContentBlock::text(json)]))
    }

    /// Judge a command and, if allowed, run it confined.
    #[tool(
        description = "Run a bash command through hardshell: it is judged first (18 stages); a refused command (deny, or ask: a person must approve it) is not run and the result says why; an allowed one runs confined (writes only in the workspace and a private /tmp, no network unless the verdict grants it, no capabilities, whole process tree killed at the end) and its exit status, stdout and stderr come back.",
        annotations(destructive_hint = true, open_world_hint = true)
    )]
    async fn bash(&self, Parameters(input): Parameters<BashInput>) -> Result<CallToolResult, ErrorData> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || inner.bash(&input.command, input.timeout_seconds))
            .await
            .map_err(|e| ErrorData::internal_error(format!("the command's worker failed: {e}"), None))
    }
}

#[tool_handler]
impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("hardshell", env!("CARGO_PKG_VERSION")))
            .with_instructions("Shell commands for this workspace go through the `bash` tool: hardshell judges each one and runs it confined, or refuses it with the reasons. `check` only judges.")
    }
}

impl Inner {
    fn next_call(&self) -> String {
        format!("{}-{}", self.session, self.calls.fetch_add(1, Ordering::Relaxed) + 1)
    }

    /// The `bash` tool, on a blocking thread.
    fn bash(&self, command: &str, timeout: Option<f64>) -> CallToolResult {
        let v = self.s.engine.evaluate(command, &self.s.cx);
        let call = Some(self.next_call());
        let session = Some(self.session.clone());
        let mut records = vec![Record::Verdict(VerdictRecord::new(Source::Mcp, session.clone(), call.clone(), &self.s.cx.cwd, &v, v.decision))];
        let approval = |granted, by, scope| Record::Approval(ApprovalRecord { source: Source::Mcp, session: session.clone(), call: call.clone(), granted, by, scope, rule: None });
        match v.decision {
            Decision::Allow => {}
            Decision::Deny => {
                crate::cli::audit(&records);
                return refused(&v, "hardshell refused to run this command (deny).");
            }
            Decision::Ask if !self.s.allow_ask => {
                records.push(approval(false, Approver::NoPerson, Scope::Once));
                crate::cli::audit(&records);
                return refused(&v, "hardshell refused to run this command: a person must approve it (ask), and this server was not started with --danger-allow-ask. Ask the user to run it themselves, or choose a command that only reads inside the workspace.");
            }
            Decision::Ask => records.push(approval(true, Approver::StartupGrant, Scope::Server)),
        }
        crate::cli::audit(&records);
        let mut confine = self.s.confine.clone();
        confine.output_cap = confine.output_cap.min(RESULT_CAP);
        if let Some(t) = timeout.filter(|t| *t > 0.0 && t.is_finite()) {
            confine.timeout = confine.timeout.min(t);
        }
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ran = crate::gate::command_spec(command, &v, &self.s.engine.policies().settings().protected_paths, &PathBuf::from(&self.s.cx.cwd), &confine)
            .and_then(|spec| crate::gate::execute(&spec, &mut out, &mut err));
        match ran {
            Ok(ran) => {
                crate::cli::audit(&[Record::Exec(ran.record(Source::Mcp, session.clone(), call.clone()))]);
                ran_result(&ran, &out, &err)
            }
            Err(e) => CallToolResult::error(vec![ContentBlock::text(format!("hardshell could not run the command: {e:#}"))]),
        }
    }
}

/// A refusal as a tool error: the message, then the verdict's reasons.
fn refused(v: &Verdict, message: &str) -> CallToolResult {
    let mut text = format!("{message}\nrisk: {}, decision: {}\nreasons:\n", v.risk, v.decision);
    for r in &v.reasons {
        text.push_str(&format!("- {} ({}): {}\n", r.id, r.risk, r.message));
    }
    CallToolResult::error(vec![ContentBlock::text(text)])
}

fn ran_result(ran: &Ran, out: &[u8], err: &[u8]) -> CallToolResult {
    let status = match (ran.exit_code, ran.signal) {
        (Some(c), _) => format!("exit code {c}"),
        (None, Some(s)) => format!("killed by signal {s}"),
        (None, None) => format!("not run or no status ({:?})", ran.status).to_lowercase(),
    };
    let text = format!("{status}\n--- stdout ---\n{}\n--- stderr ---\n{}", String::from_utf8_lossy(out), String::from_utf8_lossy(err));
    if ran.exit_code == Some(0) && ran.escape.is_none() {
        CallToolResult::success(vec![ContentBlock::text(text)])
    } else {
        CallToolResult::error(vec![ContentBlock::text(text)])
    }
}
