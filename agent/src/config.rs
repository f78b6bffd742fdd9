//! Configuration and the environment: the only module that reads environment variables.

use anyhow::{Context as _, Result};
use hardshell_engine::{Context, Engine, Layer, Mode, Policy, PolicySet};
use std::path::{Path, PathBuf};

use crate::exit::Exit;

/// What `check`, `explain` and friends need to build an engine and a context.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub cwd: Option<PathBuf>,
    pub policies: Vec<PathBuf>,
    pub mode: Option<Mode>,
    pub explain: bool,
}

/// The user's home directory (`$HOME`), or `/root` when unset.
pub fn home() -> String {
    std::env::var("HOME").ok().filter(|h| h.starts_with('/')).unwrap_or_else(|| "/root".to_string())
}

/// Loads the built-in default policy and every `--policy FILE`, and checks all their examples.
pub fn engine(setup: &Setup) -> Result<Engine> {
    let mut policies = vec![Policy::parse(hardshell_policies::DEFAULT, "<builtin>/default.toml", Layer::Builtin).map_err(|e| anyhow::Error::new(e).context(Exit::Config))?];
    for file in &setup.policies {
        let src = std::fs::read_to_string(file).with_context(|| format!("cannot read policy `{}`", file.display())).map_err(|e| e.context(Exit::Io))?;
        let p = Policy::parse(&src, &file.display().to_string(), Layer::Cli).map_err(|e| anyhow::Error::new(e).context(Exit::Config))?;
        policies.push(p);
    }
    Engine::new(PolicySet::new(policies)).map_err(|e| anyhow::Error::new(e).context(Exit::Config))
}

/// The context for evaluation: workspace, home, mode.
pub fn context(setup: &Setup, engine: &Engine) -> Result<Context> {
    let cwd = match &setup.cwd {
        Some(c) => absolute(c)?,
        None => std::env::current_dir().context("cannot determine the current directory")?,
    };
    let cwd = cwd.to_str().map(str::to_string).ok_or_else(|| anyhow::anyhow!("the working directory is not valid UTF-8").context(Exit::Usage))?;
    Ok(Context { cwd, home: home(), mode: setup.mode.or(engine.policies().mode()).unwrap_or_default(), explain: setup.explain, ..Context::default() })
}

fn absolute(p: &Path) -> Result<PathBuf> {
    if p.is_absolute() {
        Ok(p.to_path_buf())
    } else {
        Ok(std::env::current_dir().context("cannot determine the current directory")?.join(p))
    }
}
