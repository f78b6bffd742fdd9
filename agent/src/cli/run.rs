//! `hardshell run -- 'COMMAND'`: evaluate (stages 1-17), then refuse (deny), ask a person on a
//! TTY (ask), or run it confined (stage 18) with `bash --noprofile --norc -c`, streaming its
//! output and exiting with its status.

use super::{setup, RunArgs};
use crate::exit::Exit;
use crate::render;
use anyhow::{bail, Result};
use hardshell_engine::{Decision, Mode};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

pub fn run(a: RunArgs) -> Result<Exit> {
    if a.command.is_empty() {
        bail!(anyhow::anyhow!("no command given: use `hardshell run -- 'COMMAND'`").context(Exit::Usage));
    }
    let command = a.command.join(" ");
    let s = setup(&a.common, false);
    let engine = crate::config::engine(&s)?;
    let cx = crate::config::context(&s, &engine)?;
    let v = engine.evaluate(&command, &cx);
    match v.decision {
        Decision::Allow => {}
        Decision::Deny => {
            let mut err = std::io::stderr().lock();
            render::verdict(&mut err, &v, false)?;
            writeln!(err, "hardshell: refused (deny)")?;
            return Ok(Exit::Refused);
        }
        Decision::Ask => {
            let mut err = std::io::stderr().lock();
            render::verdict(&mut err, &v, false)?;
            if cx.mode == Mode::Afk || !std::io::stdin().is_terminal() {
                let why = if cx.mode == Mode::Afk { "mode afk" } else { "no terminal to ask on" };
                writeln!(err, "hardshell: refused (ask, {why})")?;
                return Ok(Exit::Refused);
            }
            drop(err);
            if !confirm()? {
                super::sandbox::say!("hardshell: refused (not confirmed)");
                return Ok(Exit::Refused);
            }
        }
    }
    let workspace = PathBuf::from(&cx.cwd);
    let args = vec!["--noprofile".to_string(), "--norc".to_string(), "-c".to_string(), command];
    let mut spec = super::sandbox::spec("bash".to_string(), args, &workspace, &a.confine, v.profile.network)?;
    policy_confinement(&mut spec, &v.profile.write_roots, &engine.policies().settings().protected_paths, &workspace);
    super::sandbox::execute(&spec)
}

/// What the policy adds to the confinement: its writable roots (the verdict's profile, beyond the
/// workspace and tmp the sandbox always has) and its protected paths inside the workspace (the
/// literal directory part of each glob: `secrets/**` protects `secrets`).
fn policy_confinement(spec: &mut hardshell_sandbox::ExecSpec, write_roots: &[String], protected: &[hardshell_engine::Sourced], workspace: &std::path::Path) {
    for root in write_roots.iter().map(PathBuf::from) {
        let always = root == workspace || root == std::path::Path::new("/tmp");
        if !always && root.is_dir() && !spec.write_roots.contains(&root) {
            spec.write_roots.push(root);
        }
    }
    for p in protected {
        let literal: String = p.value.chars().take_while(|c| !matches!(c, '*' | '?' | '[' | '{')).collect();
        let literal = literal.trim_end_matches('/');
        let rel = match literal.strip_prefix(&format!("{}/", workspace.display())) {
            Some(r) => r,
            None if !literal.starts_with('/') && !literal.starts_with('~') => literal,
            None => continue,
        };
        if !rel.is_empty() && !rel.split('/').any(|seg| seg == "..") {
            spec.protected.push(PathBuf::from(rel));
        }
    }
}

/// Asks on the terminal: y(es) / n(o) / a(lways for this session). `hardshell run` is one
/// command, so "always" covers this run; the agent loop keeps such grants for its session.
fn confirm() -> Result<bool> {
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        eprint!("run it confined? [y]es / [n]o / [a]lways for this session: ");
        std::io::stderr().flush()?;
        line.clear();
        if stdin.lock().read_line(&mut line)? == 0 {
            return Ok(false);
        }
        match line.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" | "a" | "always" => return Ok(true),
            "n" | "no" | "" => return Ok(false),
            _ => continue,
        }
    }
}
