//! `verify`: walk the whole chain, name the first line that breaks it, check the anchor.

use super::canon::sha256_hex;
use super::log::check_line;
use super::record::Record;
use super::{AuditError, Result};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// What `verify` found.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub path: String,
    /// Lines in the file (a last line without a newline counts).
    pub lines: u64,
    /// Intact records (the chain up to the first problem, or all of them).
    pub records: u64,
    /// The last intact record: copy this somewhere else to detect later truncation.
    pub head: Option<Head>,
    pub anchor: Anchor,
    /// Runs of torn lines that a later append described with a `torn_tail` record.
    pub repaired: Vec<TornRun>,
    /// Torn lines at the end that no append has described yet (an interrupted write).
    pub torn_tail: Option<TornRun>,
    /// The first thing that breaks the chain.
    pub problem: Option<Problem>,
}

/// A chain position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Head {
    pub seq: u64,
    pub hash: String,
}

/// Lines `line ..= line + lines - 1`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TornRun {
    pub line: u64,
    pub lines: u64,
}

/// The anchor (`<log>.head`) against the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Anchor {
    /// It names the last record.
    Matches,
    /// It names an earlier record, still intact (the process stopped between its append and
    /// the anchor update, or the log was appended by a writer that keeps no anchor).
    Behind { seq: u64 },
    /// There is none: records deleted from the end cannot be detected.
    Missing,
    /// Not compared: the chain is already broken.
    NotChecked,
    /// It names a record that is gone or different: records were deleted from the end, or the
    /// log was rewritten.
    Mismatch { seq: u64, message: String },
}

/// Why the chain is broken, at which line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub line: u64,
    pub kind: ProblemKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Not JSON, and no `torn_tail` record accounts for it.
    Unreadable,
    /// JSON, but not a record hardshell writes (unknown kind, missing fields, bad torn_tail).
    Invalid,
    /// The record does not match its own hash.
    Edited,
    /// `seq` jumps forward: records before this line were deleted.
    Deleted,
    /// `seq` goes back or repeats: records were reordered, copied or inserted.
    Reordered,
    /// `seq` is right but `prev` is not the hash of the record before: a record was replaced
    /// (with its hash recomputed) or inserted.
    Unchained,
}

impl Report {
    /// The chain is intact and ends cleanly (no torn tail, anchor not contradicted).
    pub fn intact(&self) -> bool {
        self.problem.is_none() && self.torn_tail.is_none() && !matches!(self.anchor, Anchor::Mismatch { .. })
    }

    /// Broken: a problem in the chain or an anchor that contradicts it (a torn tail alone is not).
    pub fn broken(&self) -> bool {
        self.problem.is_some() || matches!(self.anchor, Anchor::Mismatch { .. })
    }
}

/// Verifies the log at `path` (and its anchor `<log>.head`), holding a shared lock so that no
/// append is half-seen. A missing log is an error; an empty one is intact.
pub fn verify(path: &Path) -> Result<Report> {
    let io = |e| AuditError::Io { path: path.to_path_buf(), source: e };
    let file = std::fs::File::open(path).map_err(io)?;
    file.lock_shared().map_err(io)?;
    let bytes = std::fs::read(path).map_err(io)?;
    let anchor_text = std::fs::read(super::head_path(path)).ok();
    let _ = file.unlock();
    let mut lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    if bytes.ends_with(b"\n") || bytes.is_empty() {
        lines.pop();
    }
    let mut report = Report { path: path.display().to_string(), lines: lines.len() as u64, records: 0, head: None, anchor: Anchor::NotChecked, repaired: vec![], torn_tail: None, problem: None };
    let hashes = walk(&lines, &mut report);
    if report.problem.is_none() {
        report.anchor = check_anchor(anchor_text.as_deref(), &hashes);
    }
    Ok(report)
}

/// Torn runs that a `torn_tail` record claims: first line -> (claiming line, lines, bytes, sha).
fn claims(lines: &[&[u8]]) -> HashMap<u64, (u64, u64, u64, String)> {
    let mut out = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.windows(11).any(|w| w == b"\"torn_tail\"") {
            continue;
        }
        if let Ok(Record::TornTail { line: first, lines: n, bytes, sha256 }) = serde_json::from_slice::<Record>(line) {
            out.insert(first, (i as u64 + 1, n, bytes, sha256));
        }
    }
    out
}

/// Walks the chain, filling `report`; returns the hash of each intact record by seq - 1.
fn walk(lines: &[&[u8]], report: &mut Report) -> Vec<String> {
    let claimed = claims(lines);
    // Every seq some line claims: a jump forward to a seq that shows up later is a reordering.
    let seqs: std::collections::HashSet<u64> = lines.iter().filter_map(|l| serde_json::from_slice::<Value>(l).ok()?.get("seq")?.as_u64()).collect();
    let mut hashes: Vec<String> = Vec::new();
    let mut i = 0usize;
    while i < lines.len() {
        let n = i as u64 + 1;
        if let Some((by, count, bytes, sha)) = claimed.get(&n) {
            // `count` comes from the file: bounded before any arithmetic trusts it.
            let end = i.saturating_add(usize::try_from(*count).unwrap_or(usize::MAX)).min(lines.len());
            let run = lines[i..end].join(&b'\n');
            if *by != n.saturating_add(*count) || run.len() as u64 != *bytes || sha256_hex(&run) != *sha {
                report.problem = Some(Problem { line: n, kind: ProblemKind::Unreadable, message: format!("the torn lines here do not match the torn_tail record at line {by}") });
                break;
            }
            report.repaired.push(TornRun { line: n, lines: *count });
            i = end;
            continue;
        }
        match check_line(lines[i]) {
            Ok(Some((seq, hash, value))) => {
                if let Some(p) = chain_problem(n, seq, &value, &hashes, &seqs) {
                    report.problem = Some(p);
                    break;
                }
                hashes.push(hash.clone());
                report.records += 1;
                report.head = Some(Head { seq, hash });
            }
            Ok(None) if lines[i..].iter().all(|l| matches!(check_line(l), Ok(None))) => {
                report.torn_tail = Some(TornRun { line: n, lines: (lines.len() - i) as u64 });
                break;
            }
            Ok(None) => {
                report.problem = Some(Problem { line: n, kind: ProblemKind::Unreadable, message: "not a JSON record, and no torn_tail record accounts for it".into() });
                break;
            }
            Err(why) => {
                let kind = if why.contains("edited") { ProblemKind::Edited } else { ProblemKind::Invalid };
                report.problem = Some(Problem { line: n, kind, message: format!("the record {why}") });
                break;
            }
        }
        i += 1;
    }
    hashes
}

/// Checks one intact-by-hash record against the chain so far.
fn chain_problem(line: u64, seq: u64, value: &Value, hashes: &[String], seqs: &std::collections::HashSet<u64>) -> Option<Problem> {
    let problem = |kind, message: String| Some(Problem { line, kind, message });
    let expected = hashes.len() as u64 + 1;
    let prev_ok = value.get("prev").and_then(Value::as_str) == Some(hashes.last().map(String::as_str).unwrap_or(super::canon::GENESIS));
    if value.get("ts").and_then(Value::as_str).is_none() {
        return problem(ProblemKind::Invalid, "the record has no `ts`".into());
    }
    if let Err(e) = serde_json::from_value::<Record>(value.clone()) {
        return problem(ProblemKind::Invalid, format!("not a record hardshell writes: {e}"));
    }
    if seq > expected && seqs.contains(&expected) {
        return problem(ProblemKind::Reordered, format!("seq {seq} comes where seq {expected} should: records were reordered"));
    }
    if seq > expected {
        return problem(ProblemKind::Deleted, format!("seq {seq} follows seq {}: {} record(s) before this line were deleted", expected - 1, seq - expected));
    }
    if seq < expected {
        return problem(ProblemKind::Reordered, format!("seq {seq} comes after seq {}: records were reordered, copied or inserted", expected - 1));
    }
    if !prev_ok {
        return problem(ProblemKind::Unchained, "`prev` is not the hash of the record before: a record was replaced or inserted".into());
    }
    None
}

fn check_anchor(text: Option<&[u8]>, hashes: &[String]) -> Anchor {
    let Some(text) = text else {
        return if hashes.is_empty() { Anchor::Matches } else { Anchor::Missing };
    };
    let Ok(head) = serde_json::from_slice::<Head>(text) else {
        return Anchor::Mismatch { seq: 0, message: "the anchor is not readable".into() };
    };
    let last = hashes.len() as u64;
    match head.seq.checked_sub(1).and_then(|i| hashes.get(i as usize)) {
        Some(h) if *h == head.hash && head.seq == last => Anchor::Matches,
        Some(h) if *h == head.hash => Anchor::Behind { seq: head.seq },
        Some(_) => Anchor::Mismatch { seq: head.seq, message: format!("record {} is not the one the anchor names: the log was rewritten", head.seq) },
        None if head.seq == 0 && last == 0 => Anchor::Matches,
        None => Anchor::Mismatch { seq: head.seq, message: format!("the anchor names seq {} but the log ends at seq {last}: records were deleted from the end", head.seq) },
    }
}
