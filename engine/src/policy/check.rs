//! Running a policy's own cases: every rule's `examples.match` / `examples.not_match` (the rule
//! alone must match / must not match some unit of the command) and every `[[test]]` table (the
//! whole engine, every layer in force, must give the expected decision, risk and rule ids).

use super::diag::line_col;
use super::{Policy, PolicyTest, Rule};
use crate::cx::Mode;
use crate::verdict::Verdict;
use serde::Serialize;
use std::ops::Range;

/// What kind of case was run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// `examples.match`: the rule must match.
    ExampleMatch,
    /// `examples.not_match`: the rule must not match.
    ExampleNotMatch,
    /// A `[[test]]` table.
    Test,
}

/// The outcome of one case.
#[derive(Clone, Debug, Serialize)]
pub struct CaseOutcome {
    pub kind: CaseKind,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The rule whose example this is (none for `[[test]]`).
    pub rule: Option<String>,
    pub command: String,
    pub passed: bool,
    /// What was expected and what the engine said, when they differ (empty when passed).
    pub problem: String,
    #[serde(skip)]
    pub span: Range<usize>,
}

/// The examples of one rule; `matches(cmd)` says whether the rule matches some unit of `cmd`.
pub(crate) fn examples(policy: &Policy, rule: &Rule, matches: &mut dyn FnMut(&str) -> bool) -> Vec<CaseOutcome> {
    let mut out = Vec::new();
    for (list, want, kind) in [(&rule.examples_match, true, CaseKind::ExampleMatch), (&rule.examples_not_match, false, CaseKind::ExampleNotMatch)] {
        for (cmd, span) in list {
            let hit = matches(cmd);
            let problem = match (want, hit) {
                (true, false) => "should match but does not".to_string(),
                (false, true) => "should not match but does".to_string(),
                _ => String::new(),
            };
            out.push(outcome(policy, kind, Some(&rule.id), cmd, span.clone(), problem));
        }
    }
    out
}

/// One `[[test]]` table; `evaluate(cmd, mode)` is the whole engine.
pub(crate) fn test(policy: &Policy, t: &PolicyTest, evaluate: &mut dyn FnMut(&str, Option<Mode>) -> Verdict) -> CaseOutcome {
    let v = evaluate(&t.command, t.mode);
    let mut problems = Vec::new();
    if let Some(d) = t.decision.filter(|d| *d != v.decision) {
        problems.push(format!("expected decision {}, got {}", d.as_str(), v.decision.as_str()));
    }
    if let Some(r) = t.risk.filter(|r| *r != v.risk) {
        problems.push(format!("expected risk {r}, got {}", v.risk));
    }
    let fired: Vec<&str> = v.rules.iter().map(|r| r.id.as_str()).collect();
    for id in t.rules.iter().filter(|id| !fired.contains(&id.as_str())) {
        problems.push(format!("expected rule `{id}` to fire (fired: {})", if fired.is_empty() { "none".to_string() } else { fired.join(", ") }));
    }
    for id in t.not_rules.iter().filter(|id| fired.contains(&id.as_str())) {
        problems.push(format!("expected rule `{id}` not to fire"));
    }
    outcome(policy, CaseKind::Test, None, &t.command, t.span.clone(), problems.join("; "))
}

fn outcome(policy: &Policy, kind: CaseKind, rule: Option<&str>, cmd: &str, span: Range<usize>, problem: String) -> CaseOutcome {
    let (line, column) = line_col(&policy.src, span.start);
    CaseOutcome { kind, file: policy.file.clone(), line, column, rule: rule.map(str::to_string), command: cmd.to_string(), passed: problem.is_empty(), problem, span }
}
