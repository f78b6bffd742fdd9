//! Command-line interface: clap definitions (raw arguments) and dispatch to one file per
//! subcommand.

mod check;
mod explain;

use crate::exit::{Exit, EXIT_CODES_HELP};
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
    /// Extra policy file layered over the built-in default (repeatable; the strictest rule wins).
    #[arg(long = "policy", value_name = "FILE")]
    pub policies: Vec<PathBuf>,
    /// Policy mode (default: the policy's own setting, else `default`).
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
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

pub fn dispatch(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Explain(a) => explain::run(a),
    }
}

fn setup(c: &Common, explain: bool) -> crate::config::Setup {
    crate::config::Setup { cwd: c.cwd.clone(), policies: c.policies.clone(), mode: c.mode.map(Mode::from), explain }
}
