//! `hardshell sandbox -- PROGRAM ARGS...`: the confinement of stage 18 alone, no analysis (like
//! bwrap). Also the shared plumbing of `run`: flags -> `ExecSpec`, the helper, outcome -> exit.

use super::{ConfineArgs, SandboxArgs};
use crate::exit::Exit;
use anyhow::{bail, Context as _, Result};
use hardshell_sandbox::{ExecSpec, Helper, Outcome, Status};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A line on stderr; never `eprintln!`, which panics when stderr is closed.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}
pub(super) use say;

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
pub(super) fn spec(program: String, args: Vec<String>, workspace: &Path, c: &ConfineArgs, grant_net: bool) -> Result<ExecSpec> {
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
        say!("hardshell: warning: --danger-degraded: the command runs even if Landlock or seccomp cannot be fully enforced");
    }
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr();
    let outcome = match hardshell_sandbox::run(spec, &helper, &mut out, &mut err) {
        Ok(o) => o,
        Err(e) => return Ok(refusal(e)),
    };
    Ok(report(&outcome))
}

/// The sandbox helper: forked from this process (no exec) when it has one thread, which is the
/// case for `run` and `sandbox`; else the small `hardshell-exec` installed next to this
/// executable, or this executable's hidden `__exec` subcommand.
fn helper() -> Result<Helper> {
    let exe = std::env::current_exe().context("cannot find the hardshell executable for the sandbox helper")?;
    let small = exe.with_file_name("hardshell-exec");
    if small.is_file() {
        return Ok(Helper { exe: small, args: vec![], fork: true });
    }
    Ok(Helper { exe, args: vec!["__exec".to_string()], fork: true })
}

fn refusal(e: hardshell_sandbox::Error) -> Exit {
    use hardshell_sandbox::Error as E;
    say!("hardshell: {e}");
    match e {
        E::NotEnforced { .. } => {
            say!("hardshell: refusing to run unconfined; see `hardshell doctor` (or accept a degraded sandbox with --danger-degraded)");
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
        say!("hardshell: warning: DEGRADED sandbox: {d}");
    }
    for n in &o.notes {
        tracing::info!("{n}");
    }
    for q in &o.quarantined {
        let what = if q.created { "created" } else { "replaced" };
        match &q.moved_to {
            Ok(to) => say!("hardshell: blocked write: the command {what} protected path `{}`; moved aside to `{}`", q.path.display(), to.display()),
            Err(e) => say!("hardshell: blocked write FAILED: the command {what} protected path `{}` and it could not be moved aside ({e}); inspect it before running git or an agent here", q.path.display()),
        }
    }
    if o.stdout_truncated || o.stderr_truncated {
        say!("hardshell: output truncated at the --output-cap limit");
    }
    if let Some(sys) = &o.escape {
        say!("hardshell: escape attempt: `{sys}`; the whole process tree was killed");
        return Exit::Escape;
    }
    if o.timed_out {
        say!("hardshell: timed out; the whole process tree was killed");
        return Exit::TimedOut;
    }
    match o.status {
        Status::Exited(c) => Exit::Command((c & 0xff) as u8),
        Status::Signaled(s) => Exit::Command((128 + s).min(255) as u8),
        _ => {
            say!("hardshell: the sandbox was killed before the command reported a status");
            Exit::Internal
        }
    }
}
