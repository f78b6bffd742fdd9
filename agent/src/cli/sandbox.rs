//! `hardshell sandbox -- PROGRAM ARGS...`: the confinement of stage 18 alone, no analysis (like
//! bwrap). Also the shared plumbing of `run`: flags -> `ExecSpec`, the helper, outcome -> exit.

use super::{ConfineArgs, SandboxArgs};
use crate::exit::Exit;
use anyhow::{bail, Context as _, Result};
use hardshell_sandbox::{ExecSpec, Helper, Outcome, Status};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub fn run(a: SandboxArgs) -> Result<Exit> {
    let Some((program, args)) = a.command.split_first() else {
        bail!(anyhow::anyhow!("no program given: use `hardshell sandbox -- PROGRAM ARGS...`").context(Exit::Usage));
    };
    let workspace = match &a.cwd {
        Some(c) => c.clone(),
        None => std::env::current_dir().context("cannot determine the current directory")?,
    };
    let spec = spec(program.clone(), args.to_vec(), &workspace, &a.confine, false)?;
    execute(&spec)
}

/// Builds the spec shared by `run` and `sandbox`.
pub(crate) fn spec(program: String, args: Vec<String>, workspace: &Path, c: &ConfineArgs, grant_net: bool) -> Result<ExecSpec> {
    if !(c.timeout > 0.0 && c.timeout.is_finite()) {
        bail!(anyhow::anyhow!("--timeout must be a positive number of seconds").context(Exit::Usage));
    }
    let mut spec = ExecSpec::new(program, args, workspace.to_path_buf());
    spec.write_roots = c.write.iter().map(PathBuf::from).collect();
    spec.net = c.net || grant_net;
    spec.timeout = Duration::from_secs_f64(c.timeout);
    spec.output_cap = c.output_cap;
    spec.danger_degraded = c.danger_degraded;
    spec.env = hardshell_sandbox::scrub_env(inherited_env());
    Ok(spec)
}

/// The caller's environment, for `scrub_env` to filter (only the allowlist passes).
fn inherited_env() -> Vec<(String, String)> {
    std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))).collect()
}

/// Runs the spec confined, streaming output; maps the outcome to an exit code.
pub(super) fn execute(spec: &ExecSpec) -> Result<Exit> {
    let helper = helper()?;
    if spec.danger_degraded {
        eprintln!("hardshell: warning: --danger-degraded: the command runs even if Landlock or seccomp cannot be fully enforced");
    }
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr();
    let outcome = match hardshell_sandbox::run(spec, &helper, &mut out, &mut err) {
        Ok(o) => o,
        Err(e) => return Ok(refusal(e)),
    };
    Ok(report(&outcome))
}

/// The sandbox helper: the small `hardshell-exec` installed next to this executable (faster to
/// start), else this executable's hidden `__exec` subcommand.
pub(crate) fn helper() -> Result<Helper> {
    let exe = std::env::current_exe().context("cannot find the hardshell executable for the sandbox helper")?;
    let small = exe.with_file_name("hardshell-exec");
    if small.is_file() {
        return Ok(Helper { exe: small, args: vec![] });
    }
    Ok(Helper { exe, args: vec!["__exec".to_string()] })
}

fn refusal(e: hardshell_sandbox::Error) -> Exit {
    use hardshell_sandbox::Error as E;
    eprintln!("hardshell: {e}");
    match e {
        E::NotEnforced { .. } => {
            eprintln!("hardshell: refusing to run unconfined; see `hardshell doctor` (or accept a degraded sandbox with --danger-degraded)");
            Exit::SandboxUnavailable
        }
        E::Exec { .. } => Exit::CannotExec,
        E::Spec(_) => Exit::Usage,
        E::Setup(_) => Exit::SandboxUnavailable,
        _ => Exit::Internal,
    }
}

fn report(o: &Outcome) -> Exit {
    for d in &o.degraded {
        eprintln!("hardshell: warning: DEGRADED sandbox: {d}");
    }
    for n in &o.notes {
        tracing::info!("{n}");
    }
    for q in &o.quarantined {
        let what = if q.created { "created" } else { "replaced" };
        match &q.moved_to {
            Ok(to) => eprintln!("hardshell: blocked write: the command {what} protected path `{}`; moved aside to `{}`", q.path.display(), to.display()),
            Err(e) => eprintln!("hardshell: blocked write FAILED: the command {what} protected path `{}` and it could not be moved aside ({e}); inspect it before running git or an agent here", q.path.display()),
        }
    }
    if o.stdout_truncated || o.stderr_truncated {
        eprintln!("hardshell: output truncated at the --output-cap limit");
    }
    if let Some(sys) = &o.escape {
        eprintln!("hardshell: escape attempt: `{sys}`; the whole process tree was killed");
        return Exit::Escape;
    }
    if o.timed_out {
        eprintln!("hardshell: timed out; the whole process tree was killed");
        return Exit::TimedOut;
    }
    match o.status {
        Status::Exited(c) => Exit::Command((c & 0xff) as u8),
        Status::Signaled(s) => Exit::Command((128 + s).min(255) as u8),
        _ => {
            eprintln!("hardshell: the sandbox was killed before the command reported a status");
            Exit::Internal
        }
    }
}
