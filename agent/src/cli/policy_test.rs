//! `hardshell policy test FILE...`: run every rule's examples and every `[[test]]` table, and
//! report each case as PASS or FAIL with the file and line it is written at.

use super::policy::{load, TestArgs};
use super::Format;
use crate::exit::Exit;
use crate::render::clean;
use anyhow::{anyhow, Result};
use hardshell_engine::{CaseKind, Context, Severity};
use std::io::Write;

pub fn run(a: TestArgs) -> Result<Exit> {
    let (given, engine) = load(&a.files)?;
    let invalid: Vec<String> = given.iter().flat_map(|g| g.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.render(&g.src))).collect();
    if !invalid.is_empty() {
        return Err(anyhow!("cannot test invalid policy files:\n{}", invalid.join("\n").trim_end()).context(Exit::Config));
    }
    // A fixed workspace and home, so a policy's tests give the same answer on every machine.
    let cx = Context { mode: engine.policies().mode().unwrap_or_default(), ..Context::default() };
    let mut out = std::io::stdout().lock();
    let (mut passed, mut failed) = (0usize, 0usize);
    for g in &given {
        let Some(i) = g.index else { continue };
        for case in engine.test_policy(i, &cx) {
            if case.passed {
                passed += 1;
            } else {
                failed += 1;
            }
            match a.files.format {
                Format::Json => writeln!(out, "{}", serde_json::to_string(&case)?)?,
                Format::Human => {
                    let what = match (case.kind, &case.rule) {
                        (CaseKind::ExampleMatch, Some(id)) => format!("rule `{}` matches", clean(id)),
                        (CaseKind::ExampleNotMatch, Some(id)) => format!("rule `{}` does not match", clean(id)),
                        _ => "test".to_string(),
                    };
                    let mark = if case.passed { "PASS" } else { "FAIL" };
                    write!(out, "{mark} {}:{}:{} {what}: `{}`", clean(&case.file), case.line, case.column, clean(&case.command))?;
                    if case.passed {
                        writeln!(out)?;
                    } else {
                        writeln!(out, "\n     {}", clean(&case.problem))?;
                    }
                }
            }
        }
    }
    if a.files.format == Format::Human {
        writeln!(out, "policy test: {passed} passed, {failed} failed")?;
    }
    Ok(if failed > 0 { Exit::Config } else { Exit::Allow })
}
