//! `hardshell policy lint|test|show`: arguments, and loading policy files given on the command
//! line beside the built-in ruleset. One file per subcommand: `policy_lint.rs`, `policy_test.rs`,
//! `policy_show.rs`.

use super::{Common, Format};
use crate::exit::Exit;
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use hardshell_engine::{Diagnostic, Engine, Layer, Policy, PolicySet};
use std::path::PathBuf;

pub const ABOUT: &str = "Write, check and inspect hardshell policies (TOML rulesets; the schema is in policies/README.md).

Examples:
  hardshell policy lint ~/.config/hardshell/policy.toml      # errors and warnings with file:line:column
  hardshell policy lint --layer project .hardshell/policy.toml  # as a project file: what would be ignored
  hardshell policy test .hardshell/policy.toml                # run its examples and [[test]] tables
  hardshell policy test --ruleset ci my-rules.toml            # ... over the `ci` ruleset
  hardshell policy show                                       # the merged policy in force here, and where each rule came from
  hardshell policy show --format json --cwd ~/src/app";

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Check policy files: schema, unknown keys, bad regex or glob, duplicate ids, failing
    /// examples (errors); shadowed rules, flags the program does not have, rules that can never
    /// match (warnings). Exit 78 on any error.
    #[command(after_help = "Examples:\n  hardshell policy lint my-rules.toml\n  hardshell policy lint --deny-warnings --format json a.toml b.toml\n\nExit codes: 0 no errors, 78 errors (or warnings with --deny-warnings), 74 a file could not be read.")]
    Lint(LintArgs),
    /// Run the examples of every rule and every [[test]] table of policy files, and report each
    /// case. Exit 78 when a case fails.
    #[command(after_help = "A [[test]] table names a command and what the engine must answer, over the built-in ruleset and the files given (workspace /home/dev/project, home /home/dev, so results do not depend on the machine):\n\n  [[test]]\n  command = \"git push --force origin main\"\n  decision = \"deny\"          # allow | ask | deny\n  risk = \"HIGH\"              # LOW | MEDIUM | HIGH\n  rules = \"git.push.force\"   # rule ids that must fire (string or list)\n  not_rules = []             # rule ids that must not fire\n\nExamples:\n  hardshell policy test .hardshell/policy.toml\n  hardshell policy test --alone policies/default.toml policies/ci.toml\n\nExit codes: 0 every case passed, 78 a case failed or a file is invalid, 74 a file could not be read.")]
    Test(TestArgs),
    /// Print the effective policy here: the built-in ruleset, every layer found (user, project,
    /// --policy), the merged settings and every rule with the file and line it came from.
    #[command(after_help = "Examples:\n  hardshell policy show\n  hardshell policy show --cwd ~/src/app --policy extra.toml\n  hardshell policy show --format json | jq '.rules[] | select(.layer == \"project\")'")]
    Show(ShowArgs),
}

/// Which layer files given to `lint` / `test` are loaded as.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum LayerArg {
    /// The user's own configuration: may loosen.
    #[default]
    User,
    /// An untrusted project file: allow rules and loosening settings are ignored (with a note).
    Project,
    /// A `--policy FILE` given on the command line.
    Cli,
}

impl From<LayerArg> for Layer {
    fn from(l: LayerArg) -> Layer {
        match l {
            LayerArg::User => Layer::User,
            LayerArg::Project => Layer::Project,
            LayerArg::Cli => Layer::Cli,
        }
    }
}

#[derive(Debug, Args)]
pub struct FilesArgs {
    /// Policy files (loaded together, in this order, as one layer).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// The layer the files are loaded as.
    #[arg(long, value_enum, default_value_t)]
    pub layer: LayerArg,
    /// The built-in ruleset underneath the files.
    #[arg(long, value_name = "NAME", default_value = "default")]
    pub ruleset: String,
    /// Load the files alone, without a built-in ruleset underneath (to check the built-in files
    /// themselves).
    #[arg(long)]
    pub alone: bool,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    #[command(flatten)]
    pub files: FilesArgs,
    /// Treat warnings as errors (exit 78).
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub files: FilesArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn dispatch(c: PolicyCommand) -> Result<Exit> {
    match c {
        PolicyCommand::Lint(a) => super::policy_lint::run(a),
        PolicyCommand::Test(a) => super::policy_test::run(a),
        PolicyCommand::Show(a) => super::policy_show::run(a),
    }
}

/// One file given on the command line: its name as given, its text, and what parsing said.
pub struct Given {
    pub name: String,
    pub src: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Index in the engine's policies, when the file parsed.
    pub index: Option<usize>,
}

/// Reads the files, parses each (collecting every diagnostic), and builds an engine of the
/// built-in ruleset (unless `--alone`) and the files that parsed. Examples are not run here:
/// `lint` and `test` report them case by case.
pub fn load(a: &FilesArgs) -> Result<(Vec<Given>, Engine)> {
    // The ruleset named here holds its mode against the files' (as `check --ruleset` does).
    let mut policies: Vec<Policy> = if a.alone { Vec::new() } else { crate::config::builtin_policies(&a.ruleset)?.into_iter().map(Policy::pin_mode).collect() };
    let mut given = Vec::new();
    for path in &a.files {
        let name = path.display().to_string();
        let src = crate::config::read_policy_text(path)?;
        let (policy, diagnostics) = Policy::diagnose(&src, &name, a.layer.into());
        if let Some(p) = policy {
            policies.push(p);
        }
        given.push(Given { name, src, diagnostics, index: None });
    }
    let set = PolicySet::new(policies);
    for g in &mut given {
        g.index = set.policies().iter().position(|p| p.file() == g.name && p.layer() == Layer::from(a.layer));
        g.diagnostics.extend(set.notes().iter().filter(|n| n.file == g.name).cloned());
    }
    Ok((given, Engine::unchecked(set)))
}
