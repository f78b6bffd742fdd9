//! `hardshell sandbox -- PROGRAM ARGS...`: the confinement of stage 18 alone, no analysis (like
//! bwrap). The spec and the run itself are the gate's (`crate::gate`), shared with `run`.

use super::SandboxArgs;
use crate::exit::Exit;
use anyhow::{bail, Context as _, Result};

pub fn run(a: SandboxArgs) -> Result<Exit> {
    let Some((program, args)) = a.command.split_first() else {
        bail!(anyhow::anyhow!("no program given: use `hardshell sandbox -- PROGRAM ARGS...`").context(Exit::Usage));
    };
    let workspace = match &a.cwd {
        Some(c) => c.clone(),
        None => std::env::current_dir().context("cannot determine the current directory")?,
    };
    let spec = crate::gate::spec(program.clone(), args.to_vec(), &workspace, &(&a.confine).into(), false)?;
    let ran = crate::gate::execute(&spec, &mut std::io::stdout().lock(), &mut std::io::stderr())?;
    Ok(ran.exit)
}
