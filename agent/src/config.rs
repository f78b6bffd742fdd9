//! Configuration and the environment: the only module that reads environment variables.
//!
//! Policy layers, lowest first (DESIGN.md "Policies"):
//! 1. the built-in ruleset (`default`, `strict` or `ci`: `--ruleset`, else `ruleset` in the
//!    user's settings, else `default`);
//! 2. the user's `~/.config/hardshell/policy.toml` and `policy.d/*.toml` (in name order;
//!    `$XDG_CONFIG_HOME/hardshell` when that is set);
//! 3. the project's `.hardshell/policy.toml`, the nearest one from the working directory up to
//!    the repository root (the directory holding `.git`); outside a repository only the working
//!    directory itself is looked at. It may only tighten unless the user's `trusted_projects`
//!    names the directory that holds it;
//! 4. every `--policy FILE`.
//!
//! A file that cannot be read or parsed is an error naming the file and line: never a silent
//! fallback to fewer layers.

use std::io::Write as _;
use anyhow::{anyhow, Context as _, Result};
use hardshell_engine::{Context, Engine, Layer, Mode, Policy, PolicySet, Severity};
use std::path::{Path, PathBuf};

use crate::exit::Exit;
use crate::render::clean;

/// What `check`, `explain` and friends need to build an engine and a context.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub cwd: Option<PathBuf>,
    pub policies: Vec<PathBuf>,
    pub mode: Option<Mode>,
    pub explain: bool,
    /// `--ruleset NAME`.
    pub ruleset: Option<String>,
}

/// The user's home directory (`$HOME`), or `/root` when unset.
pub fn home() -> String {
    std::env::var("HOME").ok().filter(|h| h.starts_with('/')).unwrap_or_else(|| "/root".to_string())
}

/// The user's hardshell configuration directory.
pub fn user_dir() -> PathBuf {
    match std::env::var("XDG_CONFIG_HOME").ok().filter(|d| d.starts_with('/')) {
        Some(d) => PathBuf::from(d).join("hardshell"),
        None => PathBuf::from(home()).join(".config/hardshell"),
    }
}

/// The audit log: `$XDG_STATE_HOME/hardshell/audit.jsonl`, else
/// `~/.local/state/hardshell/audit.jsonl` (see `crate::audit`).
pub fn audit_path() -> PathBuf {
    match std::env::var("XDG_STATE_HOME").ok().filter(|d| d.starts_with('/')) {
        Some(d) => PathBuf::from(d).join("hardshell/audit.jsonl"),
        None => PathBuf::from(home()).join(".local/state/hardshell/audit.jsonl"),
    }
}

/// The working directory the setup names (absolute).
pub fn workspace(setup: &Setup) -> Result<PathBuf> {
    match &setup.cwd {
        Some(c) => absolute(c),
        None => std::env::current_dir().context("cannot determine the current directory"),
    }
}

/// The nearest `.hardshell/policy.toml` from `cwd` up to the repository root.
pub fn project_policy(cwd: &Path) -> Option<PathBuf> {
    let repo = cwd.ancestors().find(|d| d.join(".git").exists());
    let dirs: Vec<&Path> = match repo {
        Some(root) => cwd.ancestors().take_while(|d| *d != root).chain([root]).collect(),
        None => vec![cwd],
    };
    // Anything there counts (a directory, a dangling link): reading it then fails loudly.
    dirs.into_iter().map(|d| d.join(".hardshell/policy.toml")).find(|f| f.symlink_metadata().is_ok())
}

/// The user layer's files: `policy.toml`, then `policy.d/*.toml` by name.
pub fn user_files() -> Result<Vec<PathBuf>> {
    let dir = user_dir();
    let mut files: Vec<PathBuf> = Vec::new();
    // Whatever is named `policy.toml` or `policy.d/*.toml` is read: a directory or a dangling
    // link there is an error naming it, never a layer silently skipped.
    let main = dir.join("policy.toml");
    if main.symlink_metadata().is_ok() {
        files.push(main);
    }
    let d = dir.join("policy.d");
    if d.is_dir() {
        let mut more: Vec<PathBuf> = Vec::new();
        for p in std::fs::read_dir(&d).with_context(|| format!("cannot read `{}`", clean(&d.display().to_string()))).map_err(|e| e.context(Exit::Io))?.filter_map(|e| e.ok().map(|e| e.path())) {
            match p.extension().and_then(|x| x.to_str()) {
                Some("toml") => more.push(p),
                Some(x) if x.eq_ignore_ascii_case("toml") => {
                    let _ = writeln!(std::io::stderr().lock(), "hardshell: note: ignored `{}`: only files ending in `.toml` (lowercase) are read", clean(&p.display().to_string()));
                }
                _ => {}
            }
        }
        more.sort();
        files.extend(more);
    }
    Ok(files)
}

/// Reads and parses one policy file; errors render every diagnostic with a caret.
pub fn read_policy(path: &Path, layer: Layer) -> Result<Policy> {
    let src = read_policy_text(path)?;
    parse_policy(&src, &path.display().to_string(), layer)
}

/// The engine refuses larger policy files; reading stops just past this.
const MAX_POLICY_BYTES: u64 = 1 << 20;

/// A policy file's text: an error naming the file when it cannot be read (exit 74), or is not a
/// directory or a dangling link, is over 1 MiB or is not UTF-8 (exit 78). Pipes are read.
pub fn read_policy_text(path: &Path) -> Result<String> {
    use std::io::Read as _;
    let name = clean(&path.display().to_string()).into_owned();
    let config = |what: String| anyhow!("policy `{name}` {what}").context(Exit::Config);
    if path.symlink_metadata().is_ok() && std::fs::metadata(path).is_err() {
        return Err(config("is a dangling symbolic link".into()));
    }
    let meta = std::fs::metadata(path).with_context(|| format!("cannot read policy `{name}`")).map_err(|e| e.context(Exit::Io))?;
    if meta.is_dir() {
        return Err(config("is a directory".into()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(MAX_POLICY_BYTES + 1).read_to_end(&mut bytes)).with_context(|| format!("cannot read policy `{name}`")).map_err(|e| e.context(Exit::Io))?;
    if bytes.len() as u64 > MAX_POLICY_BYTES {
        return Err(config(format!("is over {MAX_POLICY_BYTES} bytes, the most a policy file may hold")));
    }
    String::from_utf8(bytes).map_err(|e| {
        let hint = if e.as_bytes().starts_with(&[0xff, 0xfe]) || e.as_bytes().starts_with(&[0xfe, 0xff]) { " (it looks like UTF-16: save it as UTF-8)" } else { "" };
        config(format!("is not UTF-8: invalid byte at offset {}{hint}", e.utf8_error().valid_up_to()))
    })
}

/// Parses policy text; errors render every diagnostic with a caret.
pub fn parse_policy(src: &str, name: &str, layer: Layer) -> Result<Policy> {
    let (policy, diags) = Policy::diagnose(src, name, layer);
    match policy {
        Some(p) => Ok(p),
        None => {
            let text: Vec<String> = diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.render(src)).collect();
            Err(anyhow!("invalid policy `{}`:\n{}", clean(name), text.join("\n").trim_end()).context(Exit::Config))
        }
    }
}

/// The built-in ruleset's files as the built-in layer.
pub fn builtin_policies(name: &str) -> Result<Vec<Policy>> {
    let files = hardshell_policies::ruleset(name).ok_or_else(|| anyhow!("unknown ruleset `{name}` (expected one of: {})", hardshell_policies::NAMES.join(", ")).context(Exit::Usage))?;
    files.iter().map(|(file, text)| parse_policy(text, file, Layer::Builtin)).collect()
}

/// Every layer in force for `setup`, and the name of the built-in ruleset used.
pub fn policy_set(setup: &Setup) -> Result<(PolicySet, String)> {
    let user: Vec<Policy> = user_files()?.iter().map(|f| read_policy(f, Layer::User)).collect::<Result<_>>()?;
    let ruleset = match &setup.ruleset {
        Some(r) => r.clone(),
        None => match user.iter().rev().find_map(|p| p.ruleset().map(|r| (p.file().to_string(), r))) {
            Some((file, (name, line, col))) if hardshell_policies::ruleset(&name).is_none() => {
                return Err(anyhow!("{}:{line}:{col}: unknown ruleset `{}` (expected one of: {})", clean(&file), clean(&name), hardshell_policies::NAMES.join(", ")).context(Exit::Config));
            }
            Some((_, (name, _, _))) => name,
            None => "default".to_string(),
        },
    };
    let mut layers = builtin_policies(&ruleset)?;
    if setup.ruleset.is_some() {
        // `--ruleset ci|strict`: its mode holds against every layer's (only `--mode` overrides it).
        layers = layers.into_iter().map(Policy::pin_mode).collect();
    }
    let home = home();
    let trusted: Vec<PathBuf> = user.iter().flat_map(|p| p.trusted_projects()).map(|t| canonical(expand(&t, &home))).collect();
    layers.extend(user);
    let cwd = workspace(setup)?;
    if let Some(file) = project_policy(&cwd) {
        let root = file.parent().and_then(Path::parent).map(canonical).unwrap_or_default();
        let is_trusted = trusted.contains(&root);
        layers.push(read_policy(&file, Layer::Project)?.trusted(is_trusted));
    }
    for file in &setup.policies {
        layers.push(read_policy(file, Layer::Cli)?);
    }
    Ok((PolicySet::new(layers), ruleset))
}

/// Loads every layer, checks the examples of all but the built-in ones, and prints the notes
/// about what an untrusted project layer was not allowed to change (on stderr).
pub fn engine(setup: &Setup) -> Result<Engine> {
    engine_and_ruleset(setup).map(|(e, _)| e)
}

/// [`engine`], and the name of the built-in ruleset under it (for the audit log).
pub fn engine_and_ruleset(setup: &Setup) -> Result<(Engine, String)> {
    let (set, ruleset) = policy_set(setup)?;
    print_notes(&set);
    let engine = Engine::new(set).map_err(|e| anyhow::Error::new(e).context(Exit::Config))?;
    Ok((engine, ruleset))
}

/// The caller's environment as UTF-8 pairs, for the sandbox to filter (`scrub_env` lets only
/// its allowlist through).
pub fn inherited_env() -> Vec<(String, String)> {
    std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect()
}

/// Notes on stderr, one line each (plus their help line).
pub fn print_notes(set: &PolicySet) {
    // `writeln!` and not `eprintln!`: a closed stderr must not panic.
    let mut err = std::io::stderr().lock();
    for n in set.notes() {
        let _ = writeln!(err, "hardshell: {n}");
        for extra in &n.notes {
            let _ = writeln!(err, "  {}", clean(extra));
        }
    }
}

/// The context for evaluation: workspace, home, mode.
pub fn context(setup: &Setup, engine: &Engine) -> Result<Context> {
    let cwd = workspace(setup)?;
    let cwd = cwd.to_str().map(str::to_string).ok_or_else(|| anyhow!("the working directory is not valid UTF-8").context(Exit::Usage))?;
    Ok(Context { cwd, home: home(), mode: setup.mode.or(engine.policies().mode()).unwrap_or_default(), explain: setup.explain, ..Context::default() })
}

/// `~` and `~/x` against `home`.
fn expand(p: &str, home: &str) -> PathBuf {
    match p.strip_prefix('~') {
        Some(rest) => PathBuf::from(format!("{}{rest}", home.trim_end_matches('/'))),
        None => PathBuf::from(p),
    }
}

/// The canonical form of a path when it exists, else the path as given.
fn canonical(p: impl AsRef<Path>) -> PathBuf {
    std::fs::canonicalize(p.as_ref()).unwrap_or_else(|_| p.as_ref().to_path_buf())
}

fn absolute(p: &Path) -> Result<PathBuf> {
    if p.is_absolute() {
        Ok(p.to_path_buf())
    } else {
        Ok(std::env::current_dir().context("cannot determine the current directory")?.join(p))
    }
}

/// `agent.toml` (`~/.config/hardshell/agent.toml`, or `--config FILE`): the agent's settings.
/// Every key is optional; command-line flags win over the file.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentFile {
    pub provider: Option<crate::agent::provider::ProviderKind>,
    pub model: Option<String>,
    pub base_url: Option<String>,
    /// The API key (else `ANTHROPIC_API_KEY` / `OPENAI_API_KEY`). Never logged.
    pub api_key: Option<String>,
    pub mode: Option<String>,
    pub max_retries: Option<u32>,
    #[serde(default)]
    pub budgets: AgentBudgets,
    #[serde(default)]
    pub permissions: AgentPermissions,
}

/// `[budgets]`: each key overrides its default.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentBudgets {
    pub max_turns: Option<u32>,
    pub max_tokens: Option<u64>,
    pub max_output_tokens: Option<u64>,
    pub max_tool_result_tokens: Option<u64>,
    pub compact_at: Option<u64>,
}

/// `[permissions]`: pre-approvals.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentPermissions {
    /// Grants that turn an `ask` into an allow: `"cargo test"`, `"echo"`, `"write_file"`.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Protected files the file tools may write (`~/.bashrc` ...): explicit grants.
    #[serde(default)]
    pub write_protected: Vec<String>,
}

/// Reads agent.toml: `path`, else the user's if it exists, else the defaults. A file that cannot
/// be read or parsed is an error naming it (exit 78).
pub fn agent_file(path: Option<&Path>) -> Result<AgentFile> {
    let default = user_dir().join("agent.toml");
    let (path, required) = match path {
        Some(p) => (p.to_path_buf(), true),
        None => (default, false),
    };
    let name = clean(&path.display().to_string()).into_owned();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return Ok(AgentFile::default()),
        Err(e) => return Err(anyhow!("cannot read `{name}`: {e}").context(Exit::Config)),
    };
    toml::from_str(&text).map_err(|e| anyhow!("invalid `{name}`: {e}").context(Exit::Config))
}

/// What the agent takes from the environment.
#[derive(Default)]
pub struct AgentEnv {
    pub anthropic_key: Option<String>,
    pub openai_key: Option<String>,
    /// `$XDG_STATE_HOME/hardshell`, else `~/.local/state/hardshell`.
    pub state_dir: PathBuf,
}

impl std::fmt::Debug for AgentEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgentEnv").field("state_dir", &self.state_dir).finish_non_exhaustive()
    }
}

pub fn agent_env() -> AgentEnv {
    let key = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let state_dir = match std::env::var("XDG_STATE_HOME").ok().filter(|d| d.starts_with('/')) {
        Some(d) => PathBuf::from(d).join("hardshell"),
        None => PathBuf::from(home()).join(".local/state/hardshell"),
    };
    AgentEnv { anthropic_key: key("ANTHROPIC_API_KEY"), openai_key: key("OPENAI_API_KEY"), state_dir }
}

/// Plugins (`plugins/*.toml`) and skills (`skills/*/SKILL.md`): the user's, in hardshell's
/// configuration directory, then the workspace's under `.hardshell/`. No plugin or skill may
/// take a built-in tool's name.
pub fn extensions(workspace: &Path) -> crate::agent::extensions::Extensions {
    let dirs = |sub: &str| vec![user_dir().join(sub), workspace.join(".hardshell").join(sub)];
    let builtin: Vec<&str> = crate::agent::tools::Tool::ALL.iter().map(|t| t.name()).collect();
    crate::agent::extensions::Extensions::load(&dirs("plugins"), &dirs("skills"), &builtin)
}

/// [`extensions`], or a configuration error listing every file that could not be loaded.
pub fn extensions_checked(workspace: &Path) -> Result<crate::agent::extensions::Extensions> {
    let x = extensions(workspace);
    if x.problems.is_empty() {
        return Ok(x);
    }
    let list: Vec<String> = x.problems.iter().map(|p| format!("  {}", clean(p))).collect();
    Err(anyhow!("invalid plugins or skills (fix or remove these files):\n{}", list.join("\n")).context(Exit::Config))
}
