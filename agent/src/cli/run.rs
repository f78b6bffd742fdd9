//! `hardshell run -- 'COMMAND'`: evaluate (stages 1-17), then refuse (deny), ask a person on a
//! TTY (ask), or run it confined (stage 18, `crate::gate`) with `bash --noprofile --norc -c`,
//! streaming its output and exiting with its status. The policy loaded, the verdict, the
//! approval and how the run ended go to the audit log.

use super::{audit, setup, RunArgs};
use crate::audit::{ApprovalRecord, Approver, ContextRecord, Record, Scope, Source, VerdictRecord};
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
    let (engine, ruleset) = crate::config::engine_and_ruleset(&s)?;
    let cx = crate::config::context(&s, &engine)?;
    let v = engine.evaluate(&command, &cx);
    let mut records = vec![
        Record::ContextLoaded(ContextRecord::new(Source::Run, None, &cx.cwd, cx.mode, &ruleset, engine.policies())),
        Record::Verdict(VerdictRecord::new(Source::Run, None, None, &cx.cwd, &v, v.decision)),
    ];
    let approval = |granted, by, scope| Record::Approval(ApprovalRecord { source: Source::Run, session: None, call: None, granted, by, scope, rule: None });
    let mut err = std::io::stderr().lock();
    match v.decision {
        Decision::Allow => {}
        Decision::Deny => {
            render::verdict(&mut err, &v, false)?;
            writeln!(err, "hardshell: refused (deny)")?;
            drop(err);
            audit(&records);
            return Ok(Exit::Refused);
        }
        Decision::Ask => {
            render::verdict(&mut err, &v, false)?;
            let nobody = if cx.mode == Mode::Afk {
                Some(("mode afk", Approver::AfkMode))
            } else if !std::io::stdin().is_terminal() {
                Some(("no terminal to ask on", Approver::NoPerson))
            } else {
                None
            };
            if let Some((why, by)) = nobody {
                writeln!(err, "hardshell: refused (ask, {why})")?;
                drop(err);
                records.push(approval(false, by, Scope::Once));
                audit(&records);
                return Ok(Exit::Refused);
            }
            let answer = confirm(&mut err)?;
            records.push(approval(answer.is_some(), Approver::Person, answer.unwrap_or(Scope::Once)));
            if answer.is_none() {
                writeln!(err, "hardshell: refused (not confirmed)")?;
                drop(err);
                audit(&records);
                return Ok(Exit::Refused);
            }
        }
    }
    drop(err);
    audit(&records);
    let workspace = PathBuf::from(&cx.cwd);
    let spec = crate::gate::command_spec(&command, &v, &engine.policies().settings().protected_paths, &workspace, &(&a.confine).into())?;
    let ran = crate::gate::execute(&spec, &mut std::io::stdout().lock(), &mut std::io::stderr())?;
    audit(&[Record::Exec(ran.record(Source::Run, None, None))]);
    Ok(ran.exit)
}

/// Asks on the terminal: y(es) / n(o) / a(lways for this session). `hardshell run` is one
/// command, so "always" covers this run; the agent loop keeps such grants for its session.
/// `None` is a no.
fn confirm(err: &mut impl Write) -> Result<Option<Scope>> {
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        write!(err, "run it confined? [y]es / [n]o / [a]lways for this session: ")?;
        err.flush()?;
        line.clear();
        if stdin.lock().read_line(&mut line)? == 0 {
            return Ok(None);
        }
        match line.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => return Ok(Some(Scope::Once)),
            "a" | "always" => return Ok(Some(Scope::Session)),
            "n" | "no" | "" => return Ok(None),
            _ => continue,
        }
    }
}
