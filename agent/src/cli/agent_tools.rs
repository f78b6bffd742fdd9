//! `hardshell agent tools [--format json] [--read-only] [--tier T]`: the tool registry, listed
//! and filtered from its metadata; nothing is run.

use super::{Format, ToolsArgs};
use crate::agent::tools::{Tool, ToolMeta};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;

pub fn run(a: ToolsArgs) -> Result<Exit> {
    let tools: Vec<ToolMeta> = Tool::ALL.iter().map(|t| t.meta()).filter(|m| (!a.read_only || m.read_only) && a.tier.is_none_or(|t| m.tier == t)).collect();
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&tools)?)?,
        Format::Human => {
            for m in &tools {
                let flags = [(m.read_only, "read-only"), (m.idempotent, "idempotent")].iter().filter(|(on, _)| *on).map(|(_, n)| *n).collect::<Vec<_>>().join(", ");
                let tier = serde_json::to_value(m.tier)?.as_str().unwrap_or("").to_string();
                writeln!(out, "{:<11} {:<9} {:<22} {}", m.name, tier, flags, m.description)?;
            }
        }
    }
    Ok(Exit::Allow)
}
