//! What a caller tells the engine about the world (workspace, home, mode, trust), and the
//! per-evaluation scratch state every stage writes its findings into.

use crate::verdict::{Risk, Stage};
use serde::Serialize;

/// Policy mode: how risk turns into a decision (stage 17).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// LOW allow, MEDIUM ask, HIGH deny; allow rules may turn MEDIUM into allow.
    #[default]
    Default,
    /// Only provably read-only (LOW) runs; allow rules and grants are ignored.
    Strict,
    /// Nobody is watching: every ask becomes deny.
    Afk,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "default" => Some(Mode::Default),
            "strict" => Some(Mode::Strict),
            "afk" | "ci" => Some(Mode::Afk),
            _ => None,
        }
    }
}

/// Who asks: trust tier of the caller (DESIGN.md "Agent").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trust {
    /// A person at the terminal or the agent's built-in tools.
    #[default]
    BuiltIn,
    /// A plugin: allow rules still apply, session grants do not.
    Plugin,
    /// A skill: no allow rules, no grants, ask becomes deny.
    Skill,
}

/// The world as the caller sees it. The engine never reads the environment itself.
#[derive(Clone, Debug)]
pub struct Context {
    /// Absolute path of the workspace (the working directory of the command).
    pub cwd: String,
    /// Absolute path of the user's home directory (for `~` and `$HOME`).
    pub home: String,
    pub mode: Mode,
    pub trust: Trust,
    /// Whether to fill `Verdict::stages`.
    pub explain: bool,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            cwd: "/home/dev/project".into(),
            home: "/home/dev".into(),
            mode: Mode::Default,
            trust: Trust::BuiltIn,
            explain: false,
        }
    }
}

/// A finding recorded by a stage. `id` is stable across releases.
#[derive(Clone, Debug)]
pub(crate) struct Finding {
    pub(crate) id: &'static str,
    pub(crate) stage: Stage,
    pub(crate) risk: Risk,
    pub(crate) message: String,
    /// Index into the unit table, when the finding concerns one command unit.
    pub(crate) unit: Option<usize>,
}

/// Budgets that bound the work of one evaluation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Budget {
    pub(crate) max_bytes: usize,
    pub(crate) max_depth: u32,
    pub(crate) max_units: usize,
    pub(crate) max_nodes: usize,
    pub(crate) max_fields: usize,
    /// Progress callbacks the parser may make before it is stopped (deterministic, not time).
    pub(crate) parse_steps: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_bytes: 128 * 1024,
            max_depth: 24,
            max_units: 4_096,
            max_nodes: 200_000,
            max_fields: 256,
            parse_steps: 200_000,
        }
    }
}

/// Scratch state for one evaluation: the findings, and per-stage summaries for the trace.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub(crate) list: Vec<Finding>,
    pub(crate) notes: Vec<(Stage, String)>,
    /// Whether notes for the stage trace are kept (only for `explain`: formatting costs time).
    pub(crate) keep_notes: bool,
}

impl Findings {
    pub(crate) fn add(&mut self, stage: Stage, id: &'static str, risk: Risk, unit: Option<usize>, message: impl Into<String>) {
        self.list.push(Finding { id, stage, risk, message: message.into(), unit });
    }

    pub(crate) fn note(&mut self, stage: Stage, note: impl FnOnce() -> String) {
        if self.keep_notes {
            self.notes.push((stage, note()));
        }
    }
}
