//! The gate: joins a verdict (stages 1-17) to the sandbox (stage 18). Builds the `ExecSpec` for
//! an approved command (`bash --noprofile --norc -c COMMAND` confined to the workspace, the
//! writable roots the policy grants and its protected paths), runs it, and reports how it ended
//! as an exit code and an audit record. Shared by `hardshell run`, `hardshell sandbox` and
//! `hardshell mcp` (and the agent loop).

use crate::audit::{ExecRecord, ExecStatus, Source};
use crate::exit::Exit;
use anyhow::{bail, Context as _, Result};
use hardshell_engine::{Sourced, Verdict};
use hardshell_sandbox::{ExecSpec, Helper, Outcome, Status};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How to confine: the sandbox flags of `run`, `sandbox` and `mcp`.
#[derive(Clone, Debug)]
pub struct Confine {
    /// Wall-clock limit in seconds.
    pub timeout: f64,
    /// Network on even if the verdict does not grant it.
    pub net: bool,
    /// Extra writable directories.
    pub write: Vec<PathBuf>,
    /// Bytes of stdout and of stderr passed on.
    pub output_cap: u64,
    /// Run even when Landlock or seccomp cannot be fully enforced.
    pub danger_degraded: bool,
}

/// How a confined run ended.
#[derive(Clone, Debug)]
pub struct Ran {
    /// The process exit code `run` / `sandbox` exit with.
    pub exit: Exit,
    pub status: ExecStatus,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub escape: Option<String>,
    pub elapsed: Duration,
    pub truncated: bool,
}

impl Ran {
    /// The audit record of this run.
    pub fn record(&self, source: Source, session: Option<String>, call: Option<String>) -> ExecRecord {
        ExecRecord {
            source,
            session,
            call,
            status: self.status,
            exit_code: self.exit_code,
            signal: self.signal,
            duration_ms: u64::try_from(self.elapsed.as_millis()).unwrap_or(u64::MAX),
            escape: self.escape.clone(),
            output_truncated: self.truncated,
        }
    }

    fn not_run(exit: Exit, status: ExecStatus) -> Ran {
        Ran { exit, status, exit_code: None, signal: None, escape: None, elapsed: Duration::ZERO, truncated: false }
    }
}

/// The spec for PROGRAM ARGS confined to `workspace` (with the scrubbed caller environment).
pub fn spec(program: String, args: Vec<String>, workspace: &Path, c: &Confine, grant_net: bool) -> Result<ExecSpec> {
    if !(c.timeout > 0.0 && c.timeout.is_finite()) {
        bail!(anyhow::anyhow!("--timeout must be a positive number of seconds").context(Exit::Usage));
    }
    let mut spec = ExecSpec::new(program, args, workspace.to_path_buf());
    spec.write_roots = c.write.clone();
    spec.net = c.net || grant_net;
    spec.timeout = Duration::from_secs_f64(c.timeout);
    spec.output_cap = c.output_cap;
    spec.danger_degraded = c.danger_degraded;
    spec.env = hardshell_sandbox::scrub_env(crate::config::inherited_env());
    Ok(spec)
}

/// The spec for an approved shell command: `bash --noprofile --norc -c COMMAND` in `workspace`,
/// with the verdict's network grant and the policy's writable roots and protected paths.
pub fn command_spec(command: &str, v: &Verdict, protected: &[Sourced], workspace: &Path, c: &Confine) -> Result<ExecSpec> {
    let args = vec!["--noprofile".to_string(), "--norc".to_string(), "-c".to_string(), command.to_string()];
    let mut spec = spec("bash".to_string(), args, workspace, c, v.profile.network)?;
    policy_confinement(&mut spec, &v.profile.write_roots, protected, workspace);
    Ok(spec)
}

/// What the policy adds to the confinement: its writable roots (the verdict's profile, beyond the
/// workspace and tmp the sandbox always has) and its protected paths inside the workspace (the
/// literal directory part of each glob: `secrets/**` protects `secrets`).
fn policy_confinement(spec: &mut ExecSpec, write_roots: &[String], protected: &[Sourced], workspace: &Path) {
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

/// Runs `spec` confined: the command's output to `out` / `err` (each capped), hardshell's own
/// notes about the run (degraded layers, blocked writes, truncation, timeout, escape) to `err`.
pub fn execute(spec: &ExecSpec, out: &mut dyn Write, err: &mut dyn Write) -> Result<Ran> {
    let helper = helper()?;
    if spec.danger_degraded {
        writeln!(err, "hardshell: warning: --danger-degraded: the command runs even if Landlock or seccomp cannot be fully enforced")?;
    }
    match hardshell_sandbox::run(spec, &helper, out, err) {
        Ok(o) => report(&o, err),
        Err(e) => refusal(e, err),
    }
}

/// The sandbox helper: forked from this process (no exec) when it has one thread, which is the
/// case for `run` and `sandbox`; else (the MCP server's runtime, say) the small `hardshell-exec`
/// installed next to this executable, or this executable's hidden `__exec` subcommand.
fn helper() -> Result<Helper> {
    let exe = std::env::current_exe().context("cannot find the hardshell executable for the sandbox helper")?;
    let small = exe.with_file_name("hardshell-exec");
    if small.is_file() {
        return Ok(Helper { exe: small, args: vec![], fork: true });
    }
    Ok(Helper { exe, args: vec!["__exec".to_string()], fork: true })
}

fn refusal(e: hardshell_sandbox::Error, err: &mut dyn Write) -> Result<Ran> {
    use hardshell_sandbox::Error as E;
    writeln!(err, "hardshell: {e}")?;
    Ok(match e {
        E::NotEnforced { .. } => {
            writeln!(err, "hardshell: refusing to run unconfined; see `hardshell doctor` (or accept a degraded sandbox with --danger-degraded)")?;
            Ran::not_run(Exit::SandboxUnavailable, ExecStatus::SandboxUnavailable)
        }
        E::Exec { .. } => Ran::not_run(Exit::CannotExec, ExecStatus::CannotExec),
        E::Spec(_) => Ran::not_run(Exit::Usage, ExecStatus::Error),
        E::Setup(_) => Ran::not_run(Exit::SandboxUnavailable, ExecStatus::SandboxUnavailable),
        _ => Ran::not_run(Exit::Internal, ExecStatus::Error),
    })
}

fn report(o: &Outcome, err: &mut dyn Write) -> Result<Ran> {
    for d in &o.degraded {
        writeln!(err, "hardshell: warning: DEGRADED sandbox: {d}")?;
    }
    for n in &o.notes {
        tracing::info!("{n}");
    }
    for q in &o.quarantined {
        let what = if q.created { "created" } else { "replaced" };
        match &q.moved_to {
            Ok(to) => writeln!(err, "hardshell: blocked write: the command {what} protected path `{}`; moved aside to `{}`", q.path.display(), to.display())?,
            Err(e) => writeln!(err, "hardshell: blocked write FAILED: the command {what} protected path `{}` and it could not be moved aside ({e}); inspect it before running git or an agent here", q.path.display())?,
        }
    }
    let truncated = o.stdout_truncated || o.stderr_truncated;
    if truncated {
        writeln!(err, "hardshell: output truncated at the --output-cap limit")?;
    }
    let mut ran = Ran { exit: Exit::Internal, status: ExecStatus::Error, exit_code: None, signal: None, escape: o.escape.clone(), elapsed: o.elapsed, truncated };
    match o.status {
        Status::Exited(c) => (ran.exit_code, ran.exit, ran.status) = (Some(c), Exit::Command((c & 0xff) as u8), ExecStatus::Exited),
        Status::Signaled(s) => (ran.signal, ran.exit, ran.status) = (Some(s), Exit::Command((128 + s).min(255) as u8), ExecStatus::Signaled),
        _ => {}
    }
    if let Some(sys) = &o.escape {
        writeln!(err, "hardshell: escape attempt: `{sys}`; the whole process tree was killed")?;
        (ran.exit, ran.status) = (Exit::Escape, ExecStatus::Escape);
    } else if o.timed_out {
        writeln!(err, "hardshell: timed out; the whole process tree was killed")?;
        (ran.exit, ran.status) = (Exit::TimedOut, ExecStatus::TimedOut);
    } else if ran.status == ExecStatus::Error {
        writeln!(err, "hardshell: the sandbox was killed before the command reported a status")?;
    }
    Ok(ran)
}
