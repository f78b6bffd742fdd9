//! `hardshell policy lint FILE...`: every diagnostic about each file, rustc style with a caret
//! under the span (or one JSON object per diagnostic).

use super::policy::{load, LintArgs};
use super::Format;
use crate::exit::Exit;
use anyhow::Result;
use hardshell_engine::Severity;
use std::io::Write;

pub fn run(a: LintArgs) -> Result<Exit> {
    let (mut given, engine) = load(&a.files)?;
    let mut out = std::io::stdout().lock();
    let (mut errors, mut warnings) = (0usize, 0usize);
    for g in &mut given {
        if let Some(i) = g.index {
            g.diagnostics.extend(engine.lint(i));
        }
        g.diagnostics.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.severity)));
        g.diagnostics.dedup();
        errors += g.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        warnings += g.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
        for d in &g.diagnostics {
            match a.files.format {
                Format::Human => writeln!(out, "{}", d.render(&g.src))?,
                Format::Json => writeln!(out, "{}", serde_json::to_string(d)?)?,
            }
        }
    }
    if a.files.format == Format::Human {
        let files = given.len();
        writeln!(out, "{files} file{} checked: {errors} error{}, {warnings} warning{}", plural(files), plural(errors), plural(warnings))?;
    }
    Ok(if errors > 0 || (a.deny_warnings && warnings > 0) { Exit::Config } else { Exit::Allow })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
