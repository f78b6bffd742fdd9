//! `hardshell policy show`: the effective merged policy for a workspace — the built-in ruleset,
//! every layer found, the settings in force with their origin, every rule with the file and line
//! it came from, and what an untrusted project layer was not allowed to change.

use super::policy::ShowArgs;
use super::{setup, Format};
use crate::exit::Exit;
use crate::render::clean;
use anyhow::Result;
use hardshell_engine::{PolicySet, Sourced};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct LayerOut<'a> {
    layer: String,
    file: &'a str,
    rules: usize,
    tests: usize,
    trusted: bool,
}

#[derive(Serialize)]
struct NoteOut {
    file: String,
    line: usize,
    column: usize,
    message: String,
}

pub fn run(a: ShowArgs) -> Result<Exit> {
    let s = setup(&a.common, false);
    let (set, ruleset) = crate::config::policy_set(&s)?;
    let cwd = crate::config::workspace(&s)?;
    let mode = s.mode.or(set.mode()).unwrap_or_default();
    let layers: Vec<LayerOut> = set.policies().iter().map(|p| LayerOut { layer: p.layer().to_string(), file: p.file(), rules: p.len(), tests: p.test_count(), trusted: p.is_trusted() }).collect();
    let notes: Vec<NoteOut> = set.notes().iter().map(|n| NoteOut { file: n.file.clone(), line: n.line, column: n.column, message: n.message.clone() }).collect();
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => {
            let v = serde_json::json!({
                "workspace": cwd.display().to_string(),
                "ruleset": ruleset,
                "mode": mode,
                "layers": layers,
                "settings": set.settings(),
                "rules": set.summaries(),
                "notes": notes,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Human => human(&mut out, &set, &ruleset, &cwd.display().to_string(), &format!("{mode:?}").to_lowercase(), &layers)?,
    }
    Ok(Exit::Allow)
}

fn human(out: &mut impl Write, set: &PolicySet, ruleset: &str, cwd: &str, mode: &str, layers: &[LayerOut]) -> Result<()> {
    writeln!(out, "workspace: {}", clean(cwd))?;
    writeln!(out, "ruleset:   {}", clean(ruleset))?;
    writeln!(out, "mode:      {mode}")?;
    writeln!(out, "\nlayers (lowest first; among matching rules the strictest wins):")?;
    for l in layers {
        let trust = if l.layer == "project" && !l.trusted { "  (untrusted: may only tighten)" } else { "" };
        writeln!(out, "  {:<8} {}  {} rule{}{trust}", l.layer, clean(l.file), l.rules, if l.rules == 1 { "" } else { "s" })?;
    }
    let st = set.settings();
    let one = |s: &Sourced| format!("{}  ({}, {}:{})", clean(&s.value), s.layer, clean(&s.file), s.line);
    let many = |v: &[Sourced], none: &str| if v.is_empty() { vec![none.to_string()] } else { v.iter().map(one).collect() };
    writeln!(out, "\nsettings:")?;
    let network = match &st.network_allow {
        None => vec!["any host (no allowlist)".to_string()],
        Some(l) => many(l, "no host"),
    };
    for (name, values) in [
        ("mode", vec![st.mode.as_ref().map(one).unwrap_or_else(|| "default (not set)".into())]),
        ("writable_roots", many(&st.writable_roots, "none besides the workspace and /tmp")),
        ("network_allow", network),
        ("protected_paths", many(&st.protected_paths, "none (besides the engine's own)")),
        ("trusted_projects", many(&st.trusted_projects, "none")),
    ] {
        for (i, v) in values.iter().enumerate() {
            writeln!(out, "  {:<17} {v}", if i == 0 { name } else { "" })?;
        }
    }
    let rules = set.summaries();
    writeln!(out, "\nrules ({}):", rules.len())?;
    for r in &rules {
        writeln!(out, "  {:<5} {:<36} {:<8} {}:{}", r.action.as_str(), clean(&r.id), r.layer.to_string(), clean(&r.file), r.line)?;
    }
    if !set.notes().is_empty() {
        writeln!(out, "\nnotes:")?;
        for n in set.notes() {
            writeln!(out, "  {n}")?;
        }
    }
    Ok(())
}
