//! `hardshell agent`: the hardened agent. `-p PROMPT` runs one task to the end; on a terminal
//! without `-p` it is a line-based session with slash commands. Flags win over agent.toml.

use super::{setup, AgentArgs, AgentCommand, EventsArg};
use crate::agent::commands::SlashCommand;
use crate::agent::events::EndReason;
use crate::agent::permissions::{Grant, Permissions};
use crate::agent::provider::{Provider, ProviderKind, RetryPolicy};
use crate::agent::tools::paths;
use crate::agent::{budget::Budgets, Agent, Settings};
use crate::config::{self, AgentFile};
use crate::exit::Exit;
use anyhow::{anyhow, Context as _, Result};
use hardshell_engine::Mode;
use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::PathBuf;

pub fn run(a: AgentArgs) -> Result<Exit> {
    if let Some(AgentCommand::Tools(t)) = a.command {
        return super::agent_tools::run(t);
    }
    let tty = std::io::stdin().is_terminal();
    if a.prompt.is_none() && a.resume.is_none() && !tty {
        return Err(anyhow!("no prompt: use `hardshell agent -p 'PROMPT'`, or run it on a terminal").context(Exit::Usage));
    }
    let file = config::agent_file(a.config.as_deref())?;
    let s = setup(&a.common, false);
    let (engine, ruleset) = config::engine_and_ruleset(&s)?;
    let settings = settings(&a, &file, &s, &engine, ruleset, tty)?;
    let mut agent = match &a.resume {
        Some(id) => Agent::resume(settings, engine, id).map_err(|e| e.context(Exit::Usage))?,
        None => Agent::start(settings, engine)?,
    };
    let reason = if a.prompt.is_some() || !tty {
        finish(&mut agent, a.prompt.as_deref())
    } else {
        repl(&mut agent)
    };
    agent.end(reason)?;
    Ok(match reason {
        EndReason::EndTurn | EndReason::UserQuit => Exit::Allow,
        EndReason::Budget => Exit::AgentBudget,
        EndReason::ProviderError => Exit::AgentProvider,
        EndReason::ModelStopped => Exit::AgentStopped,
        EndReason::Crashed | EndReason::Error => Exit::Internal,
    })
}

/// Runs one task; an error of the agent itself (transcript, journal) ends it as `error`.
fn finish(agent: &mut Agent, prompt: Option<&str>) -> EndReason {
    match agent.run(prompt) {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "hardshell: error: {e:#}");
            EndReason::Error
        }
    }
}

fn settings(a: &AgentArgs, file: &AgentFile, s: &config::Setup, engine: &hardshell_engine::Engine, ruleset: String, tty: bool) -> Result<Settings> {
    let env = config::agent_env();
    let kind = a.provider.or(file.provider).unwrap_or(ProviderKind::Anthropic);
    let key = file.api_key.clone().or(match kind {
        ProviderKind::Anthropic => env.anthropic_key.clone(),
        ProviderKind::Openai => env.openai_key.clone(),
    });
    let provider = Provider::new(kind, a.base_url.as_deref().or(file.base_url.as_deref()), key).map_err(|e| anyhow!("{e}"))?;
    let model = match (a.model.clone().or(file.model.clone()), kind) {
        (Some(m), _) => m,
        (None, ProviderKind::Anthropic) => "claude-sonnet-4-5".to_string(),
        (None, ProviderKind::Openai) => return Err(anyhow!("no model: give --model or `model` in agent.toml").context(Exit::Usage)),
    };
    let mode = match (a.common.policy.mode, file.mode.as_deref()) {
        (Some(m), _) => Mode::from(m),
        (None, Some(m)) => parse_mode(m)?,
        (None, None) => engine.policies().mode().unwrap_or_default(),
    };
    let workspace = canonical(config::workspace(s)?);
    let extensions = config::extensions_checked(&workspace)?;
    let home = canonical(PathBuf::from(config::home()));
    let b = &file.budgets;
    let d = Budgets::default();
    let budgets = Budgets {
        max_turns: b.max_turns.unwrap_or(d.max_turns),
        max_tokens: b.max_tokens.unwrap_or(d.max_tokens),
        max_output_tokens: b.max_output_tokens.unwrap_or(d.max_output_tokens),
        max_tool_result_tokens: b.max_tool_result_tokens.unwrap_or(d.max_tool_result_tokens),
        compact_at: b.compact_at.unwrap_or(d.compact_at),
    };
    let grants = file.permissions.allow.iter().map(|g| Grant::parse(g)).collect::<Result<Vec<_>, String>>().map_err(|e| anyhow!("agent.toml [permissions] allow: {e}").context(Exit::Config))?;
    let write_protected = file.permissions.write_protected.iter().map(|p| paths::resolve(p, &workspace, &home)).collect::<Result<Vec<_>, String>>().map_err(|e| anyhow!("agent.toml [permissions] write_protected: {e}").context(Exit::Config))?;
    let retry = RetryPolicy { max_retries: file.max_retries.unwrap_or(RetryPolicy::default().max_retries), ..RetryPolicy::default() };
    let confine = crate::gate::Confine { timeout: 120.0, net: false, write: Vec::new(), output_cap: 1 << 20, danger_degraded: false };
    Ok(Settings {
        provider,
        model,
        mode,
        budgets,
        retry,
        confine,
        audit: config::audit_path(),
        ruleset,
        // As named; `paths::protected` also protects where they lead.
        own_dirs: vec![config::user_dir(), env.state_dir.clone()],
        sessions: env.state_dir.join("sessions"),
        workspace,
        home,
        permissions: Permissions { afk: mode == Mode::Afk, tty, grants, write_protected },
        events_jsonl: a.events == EventsArg::Jsonl,
        extensions,
    })
}

fn parse_mode(m: &str) -> Result<Mode> {
    match m {
        "default" => Ok(Mode::Default),
        "strict" => Ok(Mode::Strict),
        "afk" => Ok(Mode::Afk),
        _ => Err(anyhow!("agent.toml: unknown mode `{}` (expected default, strict or afk)", crate::render::clean(m)).context(Exit::Config)),
    }
}

/// The canonical form of a path (its own parents resolved when it does not exist yet).
fn canonical(p: PathBuf) -> PathBuf {
    std::fs::canonicalize(&p).unwrap_or(p)
}

/// The interactive session: one line per prompt; `/` starts a slash command.
fn repl(agent: &mut Agent) -> EndReason {
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        let _ = write!(std::io::stderr().lock(), "\n> ");
        let _ = std::io::stderr().flush();
        line.clear();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => return EndReason::UserQuit,
            Ok(_) => {}
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        if !text.starts_with('/') {
            if finish(agent, Some(text)) == EndReason::Error {
                return EndReason::Error;
            }
            continue;
        }
        match SlashCommand::parse(text) {
            Some(SlashCommand::Quit) => return EndReason::UserQuit,
            Some(c) => {
                if let Err(e) = slash(agent, c) {
                    let _ = writeln!(std::io::stderr().lock(), "hardshell: error: {e:#}");
                }
            }
            None => {
                let _ = writeln!(std::io::stderr().lock(), "unknown command `{}`: /help lists them", crate::render::clean(text));
            }
        }
    }
}

fn slash(agent: &mut Agent, c: SlashCommand) -> Result<()> {
    let mut err = std::io::stderr().lock();
    match c {
        SlashCommand::Help => {
            for c in SlashCommand::ALL {
                writeln!(err, "/{:<12} {}", c.name(), c.about())?;
            }
        }
        SlashCommand::Cost => {
            let u = agent.totals.usage;
            writeln!(err, "model calls {}; input {} (cache writes {}, cache reads {}); output {}", agent.totals.turns, u.input_tokens, u.cache_creation_input_tokens, u.cache_read_input_tokens, u.output_tokens)?;
        }
        SlashCommand::Compact => {
            let done = agent.compact_now()?;
            writeln!(err, "{}", if done { "compacted" } else { "nothing to compact" })?;
        }
        SlashCommand::Permissions => {
            let p = agent.permissions();
            writeln!(err, "mode {:?}; ask on a terminal: {}", agent.settings().mode, !p.afk && p.tty)?;
            for g in &p.grants {
                writeln!(err, "  grant: {}", g.describe())?;
            }
            for f in &p.write_protected {
                writeln!(err, "  protected file granted: {}", f.display())?;
            }
        }
        SlashCommand::Resume => {
            let dir = &agent.settings().sessions;
            let mut ids: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(dir).with_context(|| format!("cannot read `{}`", dir.display()))?.flatten().filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.file_name().into_string().ok()?))).collect();
            ids.sort();
            for (_, id) in ids.iter().rev().take(10) {
                writeln!(err, "  {id}{}", if id == agent.id() { " (this session)" } else { "" })?;
            }
            writeln!(err, "resume one with `hardshell agent --resume ID`")?;
        }
        SlashCommand::Tools => {
            for m in agent.settings().extensions.metas() {
                let tier = serde_json::to_value(m.tier)?.as_str().unwrap_or("").to_string();
                writeln!(err, "  {:<15} {:<9} read-only {:<5} idempotent {:<5} {}", m.name, tier, m.read_only, m.idempotent, m.description.lines().next().unwrap_or(""))?;
            }
        }
        SlashCommand::Quit => {}
    }
    Ok(())
}
