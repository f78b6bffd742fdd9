//! The gate: joins a verdict of stages 1-17 to the confinement of stage 18. Shared by
//! `hardshell run` and the agent's bash tool, so both confine an approved command the same way:
//! `bash --noprofile --norc -c COMMAND` in the sandbox, with the network the verdict grants, the
//! policy's writable roots and its protected paths inside the workspace.

use crate::cli::ConfineArgs;
use anyhow::Result;
use hardshell_engine::{Engine, Verdict};
use hardshell_sandbox::{ExecSpec, Outcome};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The sandbox spec for running an approved `command` (its verdict `v`) in `workspace`.
pub fn bash_spec(command: &str, v: &Verdict, engine: &Engine, workspace: &Path, confine: &ConfineArgs) -> Result<ExecSpec> {
    let args = vec!["--noprofile".to_string(), "--norc".to_string(), "-c".to_string(), command.to_string()];
    let mut spec = crate::cli::sandbox::spec("bash".to_string(), args, workspace, confine, v.profile.network)?;
    policy_confinement(&mut spec, &v.profile.write_roots, &engine.policies().settings().protected_paths, workspace);
    Ok(spec)
}

/// Runs a spec confined with the hardshell helper, writing its output to `out` and `err`.
pub fn run(spec: &ExecSpec, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let helper = crate::cli::sandbox::helper()?;
    Ok(hardshell_sandbox::run(spec, &helper, out, err)?)
}

/// What the policy adds to the confinement: its writable roots (the verdict's profile, beyond the
/// workspace and tmp the sandbox always has) and its protected paths inside the workspace (the
/// literal directory part of each glob: `secrets/**` protects `secrets`).
fn policy_confinement(spec: &mut hardshell_sandbox::ExecSpec, write_roots: &[String], protected: &[hardshell_engine::Sourced], workspace: &Path) {
    for root in write_roots.iter().map(PathBuf::from) {
        let always = root == workspace || root == Path::new("/tmp");
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
