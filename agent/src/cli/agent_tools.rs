//! `hardshell agent tools [--format json] [--read-only] [--tier T] [--cwd DIR]`: the tool
//! registry (built-in tools, plugins, skills), listed and filtered from its metadata; nothing is
//! run. Plugin or skill files that cannot be loaded are listed on stderr (exit 78).

use super::{Format, ToolsArgs};
use crate::agent::tools::ToolMeta;
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;

pub fn run(a: ToolsArgs) -> Result<Exit> {
    let ws = crate::config::workspace(&crate::config::Setup { cwd: a.cwd.clone(), ..Default::default() })?;
    let ext = crate::config::extensions(&ws);
    let tools: Vec<ToolMeta> = ext.metas().into_iter().filter(|m| (!a.read_only || m.read_only) && a.tier.is_none_or(|t| m.tier == t)).collect();
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&tools)?)?,
        Format::Human => {
            for m in &tools {
                let flags = [(m.read_only, "read-only"), (m.idempotent, "idempotent")].iter().filter(|(on, _)| *on).map(|(_, n)| *n).collect::<Vec<_>>().join(", ");
                let tier = serde_json::to_value(m.tier)?.as_str().unwrap_or("").to_string();
                writeln!(out, "{:<15} {:<9} {:<22} {}", m.name, tier, flags, m.description.lines().next().unwrap_or(""))?;
            }
        }
    }
    let mut err = std::io::stderr().lock();
    for p in &ext.problems {
        writeln!(err, "hardshell: not loaded: {}", crate::render::clean(p))?;
    }
    Ok(if ext.problems.is_empty() { Exit::Allow } else { Exit::Config })
}
