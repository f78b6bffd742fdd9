//! hardshell-engine: a bash command string in, a verdict with reasons out.
//!
//! The engine is pure: no I/O, no processes, no environment, no clock. [`Engine::evaluate`] runs
//! stages 1-17 of the pipeline (DESIGN.md) and always returns a [`Verdict`]: it never panics, and
//! anything it cannot parse or does not understand is at least MEDIUM, usually HIGH.
//!
//! ```
//! use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet, Risk};
//! let policy = Policy::parse(hardshell_policies::DEFAULT, "default.toml", Layer::Builtin)?;
//! let engine = Engine::new(PolicySet::new(vec![policy]))?;
//! let v = engine.evaluate("sort --compress-program=sh x", &Context::default());
//! assert_eq!(v.risk, Risk::High);
//! # Ok::<(), hardshell_engine::PolicyError>(())
//! ```
//!
//! API themes: constructors that can fail return `Result<_, PolicyError>`; evaluation cannot
//! fail. Policies are layered with [`PolicySet`]; the strictest matching rule wins.

mod ast;
mod cx;
mod engine;
mod pipeline;
mod policy;
mod specs;
mod stages;
#[cfg(test)]
mod testkit;
mod tiered;
mod unit;
mod verdict;

pub use cx::{Context, Mode, Trust};
pub use engine::{Analysed, Engine, Stats};
pub use policy::{Action, CaseKind, CaseOutcome, Diagnostic, EffectiveSettings, Layer, Policy, PolicyError, PolicySet, RuleSummary, Severity, Sourced};
pub use verdict::{Decision, Reason, Risk, RuleHit, SandboxProfile, Stage, StageTrace, Verdict};

/// The tree-sitter parse alone, without analysis: the baseline that benches measure the whole
/// pipeline against. Returns the number of syntax nodes (so the work cannot be optimised away).
pub fn bare_parse_baseline(source: &str) -> usize {
    stages::parse::baseline(source)
}

/// For fuzz targets and tests: `Err` when the parse stage's fast lane for plain words would build
/// something else than tree-sitter and the lowering build for `text` (it must never); `Ok(true)`
/// when the fast lane takes `text`.
#[doc(hidden)]
pub fn fast_lane_agrees(text: &str) -> Result<bool, String> {
    stages::s03_lex::agrees(text)
}
