//! Human-readable rendering of verdicts.

use hardshell_engine::{Decision, Diagnostic, Reason, Risk, Stage, Verdict};
use std::borrow::Cow;
use std::io::{self, Write};

/// Text that may come from a policy file (a rule's `why`, a setting, an example), as a terminal
/// shows it: control characters escaped.
pub fn clean(text: &str) -> Cow<'_, str> {
    Diagnostic::escape(text)
}

fn mark(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "ALLOW",
        Decision::Ask => "ASK  ",
        Decision::Deny => "DENY ",
    }
}

fn reason_line(out: &mut impl Write, r: &Reason) -> io::Result<()> {
    write!(out, "  {:<6} {:<28} {}", r.risk.as_str(), clean(&r.id), clean(&r.message))?;
    if let Some(u) = &r.unit {
        write!(out, "   [in: {u}]")?;
    }
    writeln!(out)
}

/// The verdict on one command.
pub fn verdict(out: &mut impl Write, v: &Verdict, explain: bool) -> io::Result<()> {
    writeln!(out, "{} {} risk: {}", mark(v.decision), v.risk, v.command)?;
    for r in &v.reasons {
        reason_line(out, r)?;
    }
    if !v.rules.is_empty() {
        let rules: Vec<String> = v.rules.iter().map(|r| format!("{} ({}, {})", r.id, r.action.as_str(), r.layer)).collect();
        writeln!(out, "  rules: {}", rules.join(", "))?;
    }
    let net = if v.profile.network { "on" } else { "off" };
    writeln!(out, "  sandbox: writes {}; network {net}", clean(&v.profile.write_roots.join(", ")))?;
    if explain {
        stages(out, v)?;
    }
    Ok(())
}

/// One line per command for `--batch --format human`.
pub fn line(out: &mut impl Write, v: &Verdict) -> io::Result<()> {
    let top = v.reasons.first().map(|r| r.id.as_str()).unwrap_or("");
    writeln!(out, "{} {:<6} {:<24} {}", mark(v.decision), v.risk.as_str(), top, v.command.replace('\n', "\\n"))
}

fn stages(out: &mut impl Write, v: &Verdict) -> io::Result<()> {
    writeln!(out, "  stages:")?;
    for s in &v.stages {
        let f = if s.findings.is_empty() { String::new() } else { format!("  -> {}", s.findings.join(", ")) };
        writeln!(out, "  {:>2} {:<14} {:<36} {}{f}", s.number, s.stage.name(), s.question, s.summary)?;
    }
    Ok(())
}

/// The full trace for `hardshell explain`.
pub fn explain(out: &mut impl Write, v: &Verdict) -> io::Result<()> {
    writeln!(out, "command: {}", v.command)?;
    writeln!(out)?;
    for s in &v.stages {
        writeln!(out, "{:>2}. {} — {}", s.number, s.stage.name(), s.question)?;
        writeln!(out, "    {}", s.summary)?;
        for r in v.reasons.iter().filter(|r| r.stage == s.stage) {
            write!(out, "    {} {}: {}", r.risk.as_str(), clean(&r.id), clean(&r.message))?;
            if let Some(u) = &r.unit {
                write!(out, " [in: {u}]")?;
            }
            writeln!(out)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "verdict: {} risk -> {} (score {})", v.risk, v.decision, v.score)?;
    if !v.commands.is_empty() {
        writeln!(out, "commands analysed: {}", v.commands.len())?;
    }
    Ok(())
}

/// A deny verdict for input that could not be read as a command.
pub fn input_error(raw: &str, message: &str) -> Verdict {
    Verdict {
        command: raw.to_string(),
        risk: Risk::High,
        decision: Decision::Deny,
        score: 100,
        reasons: vec![Reason { id: "input.invalid".into(), stage: Stage::Limits, risk: Risk::High, message: message.to_string(), unit: None }],
        profile: Default::default(),
        commands: Vec::new(),
        stages: Vec::new(),
        rules: Vec::new(),
    }
}
