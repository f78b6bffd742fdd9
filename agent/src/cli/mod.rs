//! Command-line interface: clap definitions (raw arguments) and dispatch to one file per
//! subcommand.

mod audit;
mod agent;
mod agent_tools;
mod check;
mod doctor;
mod exec;
mod explain;
mod hook;
mod hook_claude;
mod hook_codex;
mod hook_gemini;
mod mcp;
mod policy;
mod policy_lint;
mod policy_show;
mod policy_test;
mod run;
pub(crate) mod sandbox;

use crate::exit::{Exit, AGENT_EXIT_CODES_HELP, EXIT_CODES_HELP, RUN_EXIT_CODES_HELP};
use clap::{Args, Parser, Subcommand, ValueEnum};
use hardshell_engine::Mode;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "hardshell",
    version,
    about = "Decide whether a shell command is safe to run unattended, and say why.",
    long_about = "hardshell analyses a bash command in 17 stages (parse, normalise, unwrap, resolve, judge effects, match policy rules, classify) and answers LOW / MEDIUM / HIGH risk with a decision: allow, ask or deny.\n\nExamples:\n  hardshell check -- 'git status'\n  hardshell check --format json -- 'curl https://example.com/x.sh | sh'\n  hardshell explain -- 'sort --compress-program=sh x'\n  hardshell check --format json --batch < commands.txt",
    after_help = EXIT_CODES_HELP
)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate a command (or, with --batch, one command per stdin line) and print the verdict.
    #[command(after_help = EXIT_CODES_HELP)]
    Check(CheckArgs),
    /// Print the stage-by-stage analysis of a command, for people.
    #[command(after_help = EXIT_CODES_HELP)]
    Explain(ExplainArgs),
    /// Check a command, then refuse it, ask, or run it confined (stage 18).
    #[command(
        long_about = "Check a command (stages 1-17), then: deny refuses with the reasons; ask prompts on a terminal (y / n / always for this session) and refuses without one or in --mode afk; allow runs it confined with `bash --noprofile --norc -c`, streaming its output, and exits with its status.\n\nConfinement: writes only in the workspace, --write roots and a private /tmp; the rest of the file system read-only (also for root); no network unless --net or the verdict grants it; every capability dropped; escape-class system calls kill the whole tree; nothing outlives the command.\n\nExamples:\n  hardshell run -- 'cargo test'\n  hardshell run --timeout 60 --write ~/.cargo -- 'cargo build'\n  hardshell run --net -- 'curl -sS https://example.com -o page.html'",
        after_help = RUN_EXIT_CODES_HELP
    )]
    Run(RunArgs),
    /// Run a program confined, without analysis (like bwrap).
    #[command(
        long_about = "Run PROGRAM ARGS... under the same confinement as `hardshell run`, without analysis: Landlock, seccomp, mount/PID/IPC namespaces, no capabilities, rlimits, a pids cgroup, a new session without the terminal, a scrubbed environment, a timeout, and kill-on-exit for the whole tree.\n\nExamples:\n  hardshell sandbox -- make test\n  hardshell sandbox --timeout 5 -- python3 script.py\n  hardshell sandbox --cwd ~/src/app --write /var/cache/app --net -- npm ci",
        after_help = RUN_EXIT_CODES_HELP
    )]
    Sandbox(SandboxArgs),
    /// Show what this kernel enforces for the sandbox and what hardshell does about each gap.
    #[command(after_help = "Exit codes: 0 ready, 71 the sandbox cannot be fully enforced here.")]
    Doctor(DoctorArgs),
    /// Write, check and inspect policies: `lint`, `test`, `show`.
    #[command(subcommand, long_about = policy::ABOUT)]
    Policy(policy::PolicyCommand),
    /// Be the pre-tool hook of Claude Code, Gemini CLI or Codex: allow / ask / deny shell commands.
    #[command(long_about = hook::ABOUT, after_help = hook::HOOK_EXIT_CODES_HELP)]
    Hook(hook::HookArgs),
    /// Serve the `bash` and `check` tools over the Model Context Protocol (stdio).
    #[command(long_about = MCP_ABOUT, after_help = "Exit codes: 0 the client closed the session; 64 usage error; 70 internal error; 78 policy error.")]
    Mcp(McpArgs),
    /// Check the audit log: `verify`.
    #[command(subcommand, long_about = audit::ABOUT)]
    Audit(audit::AuditCommand),
    /// The hardened agent: a model whose every tool call is checked and confined.
    #[command(
        long_about = "Run a coding agent whose every tool call goes through hardshell: bash commands are checked (stages 1-17) and run confined (stage 18); file tools are checked through an equivalent command and never write protected files without an explicit grant. `ask` verdicts are put to you on a terminal (yes once / no / always for this session, scoped to program + subcommand) and refused in --mode afk or without a terminal.\n\nSessions are crash-safe (append-only transcript and tool journal under $XDG_STATE_HOME/hardshell/sessions/ID/); `--resume ID` continues one and never repeats a tool step that was running when the process died.\n\nSettings: ~/.config/hardshell/agent.toml (provider, model, base_url, api_key, mode, max_retries, [budgets], [permissions] allow / write_protected); flags win. API key: api_key in the file, else ANTHROPIC_API_KEY / OPENAI_API_KEY.\n\nExamples:\n  hardshell agent -p 'fix the failing test'\n  hardshell agent --provider openai --base-url http://127.0.0.1:8000/v1 --model qwen -p 'list the TODOs'\n  hardshell agent -p 'summarise src/' --events jsonl\n  hardshell agent tools --read-only",
        after_help = AGENT_EXIT_CODES_HELP
    )]
    Agent(AgentArgs),
    /// The sandbox helper (internal: started by `run` and `sandbox`).
    #[command(name = "__exec", hide = true)]
    Exec,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum Format {
    /// Readable text.
    #[default]
    Human,
    /// One JSON object per verdict (one line each).
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum Input {
    /// One command per line.
    #[default]
    Lines,
    /// One JSON string per line (for commands that contain newlines).
    Jsonl,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ModeArg {
    /// LOW allows, MEDIUM asks, HIGH denies; allow rules may approve MEDIUM commands.
    Default,
    /// Only provably read-only (LOW) commands are allowed.
    Strict,
    /// Nobody is watching: every ask becomes a deny.
    Afk,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Default => Mode::Default,
            ModeArg::Strict => Mode::Strict,
            ModeArg::Afk => Mode::Afk,
        }
    }
}

/// Options shared by the analysis subcommands.
#[derive(Debug, Args, Clone)]
pub struct Common {
    /// Workspace directory the command would run in (default: the current directory).
    #[arg(long, value_name = "DIR")]
    pub cwd: Option<PathBuf>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// Which policy: the layers beyond the user's and the project's, the mode, the ruleset.
#[derive(Debug, Args, Clone)]
pub struct PolicyArgs {
    /// Extra policy file layered over the built-in default (repeatable; the strictest rule wins).
    #[arg(long = "policy", value_name = "FILE")]
    pub policies: Vec<PathBuf>,
    /// Policy mode (default: the policy's own setting, else `default`).
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// Built-in ruleset under every other layer: default, strict or ci (default: `ruleset` in
    /// ~/.config/hardshell/policy.toml, else `default`).
    #[arg(long, value_name = "NAME")]
    pub ruleset: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Include all 18 stages in the output (`stages` in JSON).
    #[arg(long)]
    pub explain: bool,
    /// Read commands from stdin, one per line; write one verdict per line, in order.
    #[arg(long)]
    pub batch: bool,
    /// How --batch reads stdin.
    #[arg(long, value_enum, default_value_t, requires = "batch")]
    pub input: Input,
    /// The command to check (everything after `--`; several words are joined with spaces).
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// The command to explain (everything after `--`).
    #[arg(last = true, value_name = "COMMAND", required = true)]
    pub command: Vec<String>,
}

/// Sandbox options shared by `run` and `sandbox`.
#[derive(Debug, Args, Clone)]
pub struct ConfineArgs {
    /// Wall-clock limit in seconds; then SIGTERM, a 2 s grace, and SIGKILL to the whole tree.
    #[arg(long, value_name = "S", default_value_t = 600.0)]
    pub timeout: f64,
    /// Allow network access (otherwise TCP, UDP, raw, netlink and unix sockets are refused).
    #[arg(long)]
    pub net: bool,
    /// An extra writable directory (repeatable).
    #[arg(long = "write", value_name = "DIR")]
    pub write: Vec<PathBuf>,
    /// Bytes of stdout and of stderr passed on; the rest is read and dropped.
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20)]
    pub output_cap: u64,
    /// Run even when Landlock or seccomp cannot be fully enforced (said on every run).
    #[arg(long)]
    pub danger_degraded: bool,
}

impl From<&ConfineArgs> for crate::gate::Confine {
    fn from(c: &ConfineArgs) -> Self {
        crate::gate::Confine { timeout: c.timeout, net: c.net, write: c.write.clone(), output_cap: c.output_cap, danger_degraded: c.danger_degraded }
    }
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub common: Common,
    #[command(flatten)]
    pub confine: ConfineArgs,
    /// The command (everything after `--`; several words are joined with spaces).
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

const MCP_ABOUT: &str = "A Model Context Protocol server on stdio with two tools: `bash` judges a command (18 stages) and runs it confined like `hardshell run`, or refuses it (a tool error with the reasons); `check` only returns the verdict. The workspace and the policy are fixed when the server starts (the model cannot pick them). Commands whose verdict is ask are refused: no person can answer through MCP, unless the server is started with --danger-allow-ask. Every verdict, approval and run goes to the audit log. Nothing but protocol is written to stdout.\n\nExamples (the client starts the server):\n  claude mcp add hardshell -- hardshell mcp --cwd ~/src/app\n  hardshell mcp --cwd ~/src/app --timeout 120 --write ~/.cargo\n  hardshell mcp --ruleset strict";

#[derive(Debug, Args)]
pub struct McpArgs {
    #[command(flatten)]
    pub common: Common,
    #[command(flatten)]
    pub confine: ConfineArgs,
    /// Run commands whose verdict is ask (MEDIUM risk) without a person's approval. Recorded in
    /// the audit log as a startup grant on every such command.
    #[arg(long)]
    pub danger_allow_ask: bool,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// The workspace: the writable working directory (default: the current directory).
    #[arg(long, value_name = "DIR")]
    pub cwd: Option<PathBuf>,
    #[command(flatten)]
    pub confine: ConfineArgs,
    /// The program and its arguments (everything after `--`).
    #[arg(last = true, value_name = "PROGRAM")]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum EventsArg {
    /// The model's text on stdout, notes on stderr.
    #[default]
    Human,
    /// One JSON event per line on stdout.
    Jsonl,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AgentArgs {
    #[command(subcommand)]
    pub command: Option<AgentCommand>,
    #[command(flatten)]
    pub common: Common,
    /// Run this one task to the end, then exit (0 when the model finished).
    #[arg(short = 'p', long = "prompt", value_name = "PROMPT")]
    pub prompt: Option<String>,
    /// The model provider's wire protocol.
    #[arg(long, value_enum)]
    pub provider: Option<crate::agent::provider::ProviderKind>,
    /// The provider's base URL (a local llama.cpp, Ollama or vLLM server, a proxy).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// The model name.
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// Continue the session with this id.
    #[arg(long, value_name = "ID")]
    pub resume: Option<String>,
    /// How to report progress.
    #[arg(long, value_enum, default_value_t)]
    pub events: EventsArg,
    /// The agent's settings file (default: ~/.config/hardshell/agent.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// List the tools the model may call, from their metadata (nothing is run).
    Tools(ToolsArgs),
}

#[derive(Debug, Args)]
pub struct ToolsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Only read-only tools.
    #[arg(long)]
    pub read_only: bool,
    /// Only tools of this trust tier.
    #[arg(long, value_enum)]
    pub tier: Option<crate::agent::tools::Tier>,
    /// The workspace whose `.hardshell/plugins` and `.hardshell/skills` count (default: the
    /// current directory).
    #[arg(long, value_name = "DIR")]
    pub cwd: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// `hardshell [-v...] sandbox ...` parsed by a command line that holds only that subcommand:
/// clap builds every subcommand, with its help, before it parses, which cost ~0.3 ms on the path
/// of every confined command. Same argument structs, so a successful parse is the full one's;
/// `None` for anything else (another subcommand, help, an error), which the full [`Cli`] parses
/// and words.
pub fn parse_sandbox(args: &[std::ffi::OsString]) -> Option<Cli> {
    #[derive(Parser)]
    #[command(name = "hardshell")]
    struct Fast {
        #[arg(short, long, global = true, action = clap::ArgAction::Count)]
        verbose: u8,
        #[command(subcommand)]
        command: FastCommand,
    }
    #[derive(Subcommand)]
    enum FastCommand {
        Sandbox(SandboxArgs),
    }
    if args.get(1).is_none_or(|a| a != "sandbox") {
        return None;
    }
    let fast = Fast::try_parse_from(args).ok()?;
    let FastCommand::Sandbox(a) = fast.command;
    Some(Cli { verbose: fast.verbose, command: Command::Sandbox(a) })
}

/// The sandbox helper's entry point (`hardshell __exec`); never returns.
pub fn exec_helper() -> ! {
    exec::run()
}

pub fn dispatch(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Run(a) => run::run(a),
        Command::Sandbox(a) => sandbox::run(a),
        Command::Doctor(a) => doctor::run(a),
        Command::Agent(a) => agent::run(a),
        Command::Exec => exec::run(),
        Command::Policy(c) => policy::dispatch(c),
        Command::Audit(c) => audit::dispatch(c),
        Command::Hook(a) => hook::run(a),
        Command::Mcp(a) => mcp::run(a),
    }
}

/// Appends `records` to the audit log. A log that cannot be written does not stop anything: the
/// caller goes on (its verdict stands), says so on stderr, and gets the message back to pass on.
pub(crate) fn audit(records: &[crate::audit::Record]) -> Option<String> {
    let path = crate::config::audit_path();
    crate::audit::AuditLog::open(&path).and_then(|mut log| log.append_all(records)).err().map(audit_warning)
}

/// Like [`audit`], but the records are only written: the fsync and the anchor are left to the
/// returned [`crate::audit::Deferred`] (hooks; see `crate::audit`).
pub(crate) fn audit_deferred(records: &[crate::audit::Record]) -> (Option<String>, Option<crate::audit::Deferred>) {
    let path = crate::config::audit_path();
    match crate::audit::AuditLog::open(&path).and_then(|mut log| log.append_deferred(records)) {
        Ok(d) => (None, Some(d)),
        Err(e) => (Some(audit_warning(e)), None),
    }
}

/// The warning for a record that could not be written, also said on stderr.
fn audit_warning(e: crate::audit::AuditError) -> String {
    let msg = format!("audit log not written: {e}");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("hardshell: warning: {msg}\n").as_bytes());
    msg
}

fn setup(c: &Common, explain: bool) -> crate::config::Setup {
    c.policy.setup(c.cwd.clone(), explain)
}

impl PolicyArgs {
    /// The setup for a workspace `cwd` (`None`: the current directory).
    pub(crate) fn setup(&self, cwd: Option<PathBuf>, explain: bool) -> crate::config::Setup {
        crate::config::Setup { cwd, policies: self.policies.clone(), mode: self.mode.map(Mode::from), explain, ruleset: self.ruleset.clone() }
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// The fast `sandbox` parse gives what the full one gives, and leaves everything else to it.
    #[test]
    fn fast_sandbox_parse_matches_the_full_one() {
        let cases: &[&[&str]] = &[
            &["hardshell", "sandbox", "--", "true"],
            &["hardshell", "sandbox", "-v", "--cwd", "/w", "--timeout", "5", "--net", "--write", "/a", "--write", "/b", "--", "sh", "-c", "x --net"],
            &["hardshell", "sandbox", "--danger-degraded", "--output-cap", "10", "--", "ls", "-la"],
            &["hardshell", "sandbox", "-vv", "--", "--help"],
        ];
        for argv in cases {
            let args: Vec<std::ffi::OsString> = argv.iter().map(Into::into).collect();
            let fast = parse_sandbox(&args).expect("fast parse");
            let full = Cli::try_parse_from(&args).expect("full parse");
            assert_eq!(format!("{fast:?}"), format!("{full:?}"), "{argv:?}");
        }
        for argv in [&["hardshell", "sandbox", "--help"][..], &["hardshell", "sandbox", "--bogus", "--", "x"], &["hardshell", "-v", "sandbox", "--", "x"], &["hardshell", "check", "--", "ls"], &["hardshell"]] {
            let args: Vec<std::ffi::OsString> = argv.iter().map(Into::into).collect();
            assert!(parse_sandbox(&args).is_none(), "{argv:?}");
        }
    }
}
