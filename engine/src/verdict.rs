//! The engine's answer: risk, decision, reasons, the sandbox profile, and the stage trace.
//!
//! These types are the machine interface (DESIGN.md "Machine interface"): their serde names are
//! stable; add fields, never rename them.

use serde::Serialize;
use std::fmt;

/// How dangerous a command is. Ordered: `Low < Medium < High`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Risk {
    Low,
    Medium,
    High,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "LOW",
            Risk::Medium => "MEDIUM",
            Risk::High => "HIGH",
        }
    }

    /// Parses `LOW`, `MEDIUM`, `HIGH` (any case).
    pub fn parse(s: &str) -> Option<Risk> {
        match s.to_ascii_uppercase().as_str() {
            "LOW" => Some(Risk::Low),
            "MEDIUM" => Some(Risk::Medium),
            "HIGH" => Some(Risk::High),
            _ => None,
        }
    }
}

impl fmt::Display for Risk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to do with the command. Ordered by strictness: `Allow < Ask < Deny`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Allow,
    Ask,
    Deny,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Ask => "ask",
            Decision::Deny => "deny",
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The 18 stages of the pipeline (18, execute, lives in the sandbox crate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Limits,
    Normalize,
    Parse,
    Lower,
    Words,
    Substitutions,
    Nested,
    Wrappers,
    Assignments,
    Resolve,
    Arguments,
    Effects,
    Targets,
    Destructive,
    Preapproved,
    Classify,
    Decide,
    Execute,
}

impl Stage {
    pub const ALL: [Stage; 18] = [
        Stage::Limits,
        Stage::Normalize,
        Stage::Parse,
        Stage::Lower,
        Stage::Words,
        Stage::Substitutions,
        Stage::Nested,
        Stage::Wrappers,
        Stage::Assignments,
        Stage::Resolve,
        Stage::Arguments,
        Stage::Effects,
        Stage::Targets,
        Stage::Destructive,
        Stage::Preapproved,
        Stage::Classify,
        Stage::Decide,
        Stage::Execute,
    ];

    /// 1-based stage number as in DESIGN.md.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn name(self) -> &'static str {
        match self {
            Stage::Limits => "limits",
            Stage::Normalize => "normalize",
            Stage::Parse => "parse",
            Stage::Lower => "lower",
            Stage::Words => "words",
            Stage::Substitutions => "substitutions",
            Stage::Nested => "nested",
            Stage::Wrappers => "wrappers",
            Stage::Assignments => "assignments",
            Stage::Resolve => "resolve",
            Stage::Arguments => "arguments",
            Stage::Effects => "effects",
            Stage::Targets => "targets",
            Stage::Destructive => "destructive",
            Stage::Preapproved => "preapproved",
            Stage::Classify => "classify",
            Stage::Decide => "decide",
            Stage::Execute => "execute",
        }
    }

    /// The one question the stage answers (for `explain`).
    pub fn question(self) -> &'static str {
        match self {
            Stage::Limits => "is the input bounded?",
            Stage::Normalize => "does it hide anything?",
            Stage::Parse => "does it parse as bash?",
            Stage::Lower => "what is its structure?",
            Stage::Words => "what does each word evaluate to?",
            Stage::Substitutions => "what runs inside substitutions?",
            Stage::Nested => "which strings run as code?",
            Stage::Wrappers => "what runs behind wrappers?",
            Stage::Assignments => "which variables change behaviour?",
            Stage::Resolve => "which program is it really?",
            Stage::Arguments => "what do the arguments mean?",
            Stage::Effects => "what does each command do?",
            Stage::Targets => "are the effects acceptable?",
            Stage::Destructive => "which deny/ask rules match?",
            Stage::Preapproved => "which allow rules match?",
            Stage::Classify => "how risky is it?",
            Stage::Decide => "allow, ask or deny?",
            Stage::Execute => "run it confined (sandbox crate)",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02} {}", self.number(), self.name())
    }
}

/// One reason behind a verdict: a finding of a stage or a rule that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Stable identifier (`escape.exec_value`, `rule:git.push.force`).
    pub id: String,
    /// Stage name (`targets`, `destructive` ...).
    pub stage: Stage,
    /// The risk this reason alone implies.
    pub risk: Risk,
    /// For people.
    pub message: String,
    /// The command unit (simple command) it is about, as text, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// What one stage found (for `--explain` and `hardshell explain`).
#[derive(Clone, Debug, Serialize)]
pub struct StageTrace {
    pub number: u8,
    pub stage: Stage,
    pub question: &'static str,
    /// One-line summary of what the stage saw.
    pub summary: String,
    /// Ids of the findings this stage recorded.
    pub findings: Vec<String>,
}

/// What the sandbox must allow for this command (stage 17's output for stage 18).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SandboxProfile {
    /// Directories the command may write (the workspace, plus the private tmp).
    pub write_roots: Vec<String>,
    /// Whether the command needs the network.
    pub network: bool,
}

/// The verdict on one command string.
#[derive(Clone, Debug, Serialize)]
pub struct Verdict {
    pub command: String,
    pub risk: Risk,
    pub decision: Decision,
    /// Sum of the weights of all findings: orders verdicts of the same risk (higher = worse).
    pub score: u32,
    pub reasons: Vec<Reason>,
    pub profile: SandboxProfile,
    /// The simple commands found anywhere in the input, after unwrapping (for people and audits).
    pub commands: Vec<String>,
    /// All 18 stages; filled only when asked for (`Options::explain`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<StageTrace>,
    /// Policy rule ids that matched, with their layer.
    pub rules: Vec<RuleHit>,
}

/// A policy rule that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleHit {
    pub id: String,
    pub action: crate::policy::Action,
    pub layer: String,
}
