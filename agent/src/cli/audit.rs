//! `hardshell audit verify`: check the hash chain of the audit log and its anchor.

use super::Format;
use crate::audit::{self, Anchor, Report};
use crate::exit::{Exit, AUDIT_EXIT_CODES_HELP};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

pub const ABOUT: &str = "Inspect the audit log: every verdict, approval and confined run that the hooks, `hardshell mcp`, `hardshell run` and the agent recorded, as a hash-chained JSONL file (default: $XDG_STATE_HOME/hardshell/audit.jsonl, else ~/.local/state/hardshell/audit.jsonl).\n\nExamples:\n  hardshell audit verify\n  hardshell audit verify --format json\n  hardshell audit verify --file /backup/audit.jsonl";

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Verify the hash chain: name the first edited, deleted, reordered or inserted record.
    #[command(
        long_about = "Walk the whole log: each record must match its own hash, follow the record before it (`prev`) and carry the next `seq`. The anchor file beside the log (`audit.head`) names the last record written, so records deleted from the end are detected too, as long as the anchor itself was not rewritten: copy the `head` printed here somewhere safe to compare later.\n\nExamples:\n  hardshell audit verify\n  hardshell audit verify --format json | jq .problem",
        after_help = AUDIT_EXIT_CODES_HELP
    )]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The log to verify (default: the audit log hardshell writes).
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn dispatch(c: AuditCommand) -> Result<Exit> {
    match c {
        AuditCommand::Verify(a) => verify(a),
    }
}

fn verify(a: VerifyArgs) -> Result<Exit> {
    let path = a.file.unwrap_or_else(crate::config::audit_path);
    let report = audit::verify(&path).map_err(|e| anyhow::Error::new(e).context(Exit::Io))?;
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&report)?)?,
        Format::Human => human(&mut out, &report)?,
    }
    Ok(if report.broken() {
        Exit::AuditBroken
    } else if report.torn_tail.is_some() {
        Exit::AuditTorn
    } else {
        Exit::Allow
    })
}

fn human(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let head = match &r.head {
        Some(h) => format!("head seq {} {}", h.seq, h.hash),
        None => "no records".to_string(),
    };
    match &r.problem {
        Some(p) => {
            writeln!(out, "BROKEN  {}: line {}: {:?}: {}", r.path, p.line, p.kind, p.message)?;
            writeln!(out, "  intact before it: {} record(s), {head}", r.records)?;
        }
        None => writeln!(out, "{}  {}: {} record(s) in {} line(s), {head}", if r.intact() { "INTACT" } else { "CHECK " }, r.path, r.records, r.lines)?,
    }
    match &r.anchor {
        Anchor::Matches => writeln!(out, "  anchor: names the last record")?,
        Anchor::Behind { seq } => writeln!(out, "  anchor: names seq {seq}, an earlier intact record (an append was interrupted before updating it)")?,
        Anchor::Missing => writeln!(out, "  anchor: MISSING: records deleted from the end cannot be detected")?,
        Anchor::NotChecked => writeln!(out, "  anchor: not compared (the chain is already broken)")?,
        Anchor::Mismatch { message, .. } => writeln!(out, "  anchor: MISMATCH: {message}")?,
    }
    for t in &r.repaired {
        writeln!(out, "  repaired torn write: line(s) {}..={} (described by the torn_tail record after them)", t.line, t.line + t.lines - 1)?;
    }
    if let Some(t) = &r.torn_tail {
        writeln!(out, "  TORN TAIL: line(s) {}..={}: the last write was interrupted; the records before it chain correctly and the next append will describe it", t.line, t.line + t.lines - 1)?;
    }
    Ok(())
}
