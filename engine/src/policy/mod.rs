//! Policies: TOML rulesets, parsed once into compiled rules, layered into one [`PolicySet`].
//!
//! A rule has a stable `id`, a `why`, an `action` (`deny`, `ask`, `allow`, optional `risk`), what
//! it matches (`program`, `subcommand`, `flags`, `all_flags`, `unless_flags`, `args` globs,
//! `paths` globs, `effects` the engine found, `regex` as a last resort) and `examples.match` /
//! `examples.not_match`, which [`crate::Engine`] checks when it loads the policy. A file may also
//! hold `[settings]` (mode, writable roots, network allowlist, protected paths, trusted projects)
//! and `[[test]]` tables (a command and the decision, risk or rule ids the engine must give it).
//! Errors name the file, line and column. The schema is documented in `policies/README.md`.
//!
//! Layering (architecture invariant): layers stack built-in < user < project < `--policy`; among
//! the rules that match, the strictest action wins (deny > ask > allow); an untrusted project
//! layer can only tighten: its allow rules and loosening settings are dropped with a note.

pub(crate) mod check;
mod compile;
mod diag;
mod effects;
mod lint;
mod matcher;
mod raw;
mod required;
mod settings;

pub(crate) use matcher::{unit_words, words_are_text, Hosts, MatchCx, Matcher};
pub use check::{CaseKind, CaseOutcome};
pub use diag::{Diagnostic, Severity};
pub(crate) use lint::lint;
pub use settings::{EffectiveSettings, Sourced};

use crate::cx::Mode;
use crate::verdict::{Decision, Risk};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// What a rule does when it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Allow,
    Ask,
    Deny,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Ask => "ask",
            Action::Deny => "deny",
        }
    }
}

/// Where a policy came from, in precedence order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Builtin,
    User,
    Project,
    Cli,
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Layer::Builtin => "builtin",
            Layer::User => "user",
            Layer::Project => "project",
            Layer::Cli => "cli",
        })
    }
}

/// A policy error, with the place it points at.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PolicyError {
    #[error("{}:{line}:{column}: {}", diag::escape(.file), diag::escape(.message))]
    Syntax { file: String, line: usize, column: usize, message: String },
    #[error("{}:{line}:{column}: rule `{}`: {}", diag::escape(.file), diag::escape(.id), diag::escape(.message))]
    Rule { file: String, line: usize, column: usize, id: String, message: String },
    #[error("{}: rule `{}`: example `{}` {}", diag::escape(.file), diag::escape(.id), diag::escape(.example), diag::escape(.problem))]
    Example { file: String, id: String, example: String, problem: String },
}

impl From<&Diagnostic> for PolicyError {
    fn from(d: &Diagnostic) -> PolicyError {
        match &d.rule {
            Some(id) => PolicyError::Rule { file: d.file.clone(), line: d.line, column: d.column, id: id.clone(), message: d.message.clone() },
            None => PolicyError::Syntax { file: d.file.clone(), line: d.line, column: d.column, message: d.message.clone() },
        }
    }
}

/// Spans of a rule's parts, for diagnostics and `policy show`.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleSpans {
    pub(crate) rule: Range<usize>,
    pub(crate) id: Range<usize>,
    /// The value of `literals`, when the rule has one.
    pub(crate) literals: Option<Range<usize>>,
    pub(crate) flags: Vec<(String, Range<usize>)>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) id: String,
    pub(crate) why: String,
    pub(crate) action: Action,
    pub(crate) risk: Risk,
    pub(crate) matcher: Matcher,
    /// Commands that must match, and that must not, with their spans.
    pub(crate) examples_match: Vec<(String, Range<usize>)>,
    pub(crate) examples_not_match: Vec<(String, Range<usize>)>,
    pub(crate) layer: Layer,
    pub(crate) spans: RuleSpans,
}

/// A `[[test]]` table: a command and what the engine must say about it.
#[derive(Debug, Clone)]
pub(crate) struct PolicyTest {
    pub(crate) command: String,
    pub(crate) span: Range<usize>,
    pub(crate) decision: Option<Decision>,
    pub(crate) risk: Option<Risk>,
    pub(crate) rules: Vec<String>,
    pub(crate) not_rules: Vec<String>,
    pub(crate) mode: Option<Mode>,
}

/// One parsed policy file.
#[derive(Debug, Clone)]
pub struct Policy {
    pub(crate) file: String,
    pub(crate) src: String,
    pub(crate) layer: Layer,
    /// Whether this layer may loosen (everything but an untrusted project).
    pub(crate) loosen: bool,
    /// Its mode is a floor no later layer may loosen (a ruleset chosen on the command line).
    pub(crate) pins_mode: bool,
    pub(crate) settings: settings::Settings,
    pub(crate) rules: Vec<Rule>,
    pub(crate) tests: Vec<PolicyTest>,
}

/// A rule as shown to people (`policy show`).
#[derive(Clone, Debug, Serialize)]
pub struct RuleSummary {
    pub id: String,
    pub why: String,
    pub action: Action,
    pub risk: Risk,
    pub layer: Layer,
    pub file: String,
    pub line: usize,
}

impl Policy {
    /// Parses and compiles a policy. `file` is used in messages only. The first error is
    /// returned; [`Policy::diagnose`] returns all of them (and warnings).
    pub fn parse(src: &str, file: &str, layer: Layer) -> Result<Policy, PolicyError> {
        let (policy, diags) = compile::compile(src, file, layer);
        match (policy, diags.iter().find(|d| d.severity == Severity::Error)) {
            (Some(p), None) => Ok(p),
            (_, Some(d)) => Err(d.into()),
            (None, None) => Err(PolicyError::Syntax { file: file.to_string(), line: 1, column: 1, message: "the policy could not be read".into() }),
        }
    }

    /// Parses and compiles, returning every diagnostic (errors and warnings). The policy is
    /// `None` when any diagnostic is an error.
    pub fn diagnose(src: &str, file: &str, layer: Layer) -> (Option<Policy>, Vec<Diagnostic>) {
        compile::compile(src, file, layer)
    }

    /// Marks a project layer as trusted by the user (its allow rules and settings then count).
    /// Other layers are always trusted.
    pub fn trusted(mut self, trusted: bool) -> Policy {
        self.loosen = trusted || self.layer != Layer::Project;
        self
    }

    /// Makes this policy's mode (if it sets one) a floor: a later layer's mode that would loosen
    /// it is ignored, with a note. For the built-in ruleset chosen on the command line
    /// (`--ruleset ci` stays `afk` whatever `mode` a policy file sets; `--mode` still wins).
    pub fn pin_mode(mut self) -> Policy {
        self.pins_mode = true;
        self
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    /// The text the policy was parsed from (for rendering diagnostics).
    pub fn source(&self) -> &str {
        &self.src
    }

    pub fn layer(&self) -> Layer {
        self.layer
    }

    pub fn is_trusted(&self) -> bool {
        self.loosen
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Number of `[[test]]` tables.
    pub fn test_count(&self) -> usize {
        self.tests.len()
    }

    pub fn mode(&self) -> Option<Mode> {
        self.settings.mode.as_ref().map(|m| m.value)
    }

    /// The built-in ruleset this file asks for (`settings.ruleset`), with its line and column.
    pub fn ruleset(&self) -> Option<(String, usize, usize)> {
        self.settings.ruleset.as_ref().map(|r| {
            let (l, c) = diag::line_col(&self.src, r.span.start);
            (r.value.clone(), l, c)
        })
    }

    /// Projects this file trusts (`settings.trusted_projects`, as written; honoured only from the
    /// user layer).
    pub fn trusted_projects(&self) -> Vec<String> {
        self.settings.trusted_projects.iter().map(|t| t.value.clone()).collect()
    }

    pub fn summaries(&self) -> Vec<RuleSummary> {
        self.rules.iter().map(|r| self.summary(r)).collect()
    }

    fn summary(&self, r: &Rule) -> RuleSummary {
        let line = diag::line_col(&self.src, r.spans.rule.start).0;
        RuleSummary { id: r.id.clone(), why: r.why.clone(), action: r.action, risk: r.risk, layer: r.layer, file: self.file.clone(), line }
    }
}

/// Policies in layer order, with the settings they add up to and the notes about what an
/// untrusted layer was not allowed to change.
#[derive(Debug, Clone, Default)]
pub struct PolicySet {
    pub(crate) policies: Vec<Policy>,
    settings: EffectiveSettings,
    notes: Vec<Diagnostic>,
    /// Rules made from settings (protected paths, network allowlist).
    pub(crate) synthetic: Vec<Rule>,
}

impl PolicySet {
    /// Layers the policies (sorted by layer, stable) and applies the tighten-only guarantee.
    pub fn new(mut policies: Vec<Policy>) -> PolicySet {
        policies.sort_by_key(|p| p.layer);
        let mut eff = EffectiveSettings::default();
        let mut notes = Vec::new();
        let mut floor: Option<Mode> = None;
        for p in &mut policies {
            let from = settings::Source { file: &p.file, src: &p.src, layer: p.layer, loosen: p.loosen };
            match (&p.settings.mode, floor) {
                (Some(m), Some(f)) if !p.pins_mode && !settings::tightens(f, m.value) => {
                    let (name, at) = (settings::mode_name(m.value), m.span.clone());
                    notes.push(from.ignored(&at, format!("ignored `mode = \"{name}\"`: the ruleset chosen on the command line sets mode `{}`, which a policy file may not loosen (use --mode)", settings::mode_name(f))));
                    settings::apply(&mut eff, &settings::Settings { mode: None, ..p.settings.clone() }, &from, &mut notes);
                }
                _ => settings::apply(&mut eff, &p.settings, &from, &mut notes),
            }
            if p.pins_mode {
                floor = p.settings.mode.as_ref().map(|m| m.value).or(floor);
            }
            if !p.loosen {
                for r in p.rules.iter().filter(|r| r.action == Action::Allow) {
                    notes.push(from.ignored(&r.spans.id, format!("ignored allow rule `{}`: an untrusted project cannot allow commands", r.id)));
                }
                p.rules.retain(|r| r.action != Action::Allow);
            }
        }
        let synthetic = synthetic_rules(&eff);
        PolicySet { policies, settings: eff, notes, synthetic }
    }

    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// The mode of the settings in force, if any layer set one.
    pub fn mode(&self) -> Option<Mode> {
        self.settings.mode()
    }

    pub fn settings(&self) -> &EffectiveSettings {
        &self.settings
    }

    /// What untrusted layers asked for and did not get (each names its file and line).
    pub fn notes(&self) -> &[Diagnostic] {
        &self.notes
    }

    /// Every rule in force, in layer order, with where it came from; then the rules made from
    /// settings.
    pub fn summaries(&self) -> Vec<RuleSummary> {
        let mut out: Vec<RuleSummary> = self.policies.iter().flat_map(|p| p.rules.iter().map(move |r| p.summary(r))).collect();
        for r in &self.synthetic {
            let from = if r.id.starts_with("settings.protected") { self.settings.protected_paths.iter().find(|p| p.layer == r.layer) } else { self.settings.network_allow.as_ref().and_then(|l| l.first()) };
            out.push(RuleSummary { id: r.id.clone(), why: r.why.clone(), action: r.action, risk: r.risk, layer: r.layer, file: from.map(|s| s.file.clone()).unwrap_or_default(), line: from.map_or(0, |s| s.line) });
        }
        out
    }

    pub(crate) fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.policies.iter().flat_map(|p| p.rules.iter()).chain(self.synthetic.iter())
    }
}

/// Rules that enforce settings: protected paths (deny writes and deletes), the network allowlist
/// (deny a known host that is not listed, ask when the host is unknown).
fn synthetic_rules(eff: &EffectiveSettings) -> Vec<Rule> {
    let mut out = Vec::new();
    let top = |list: &[Sourced]| list.iter().map(|s| s.layer).max().unwrap_or(Layer::Builtin);
    // One rule per layer, so a hit names the layer that protected the path.
    let mut layers: Vec<Layer> = eff.protected_paths.iter().map(|p| p.layer).collect();
    layers.sort();
    layers.dedup();
    for layer in layers {
        let mine: Vec<&Sourced> = eff.protected_paths.iter().filter(|p| p.layer == layer).collect();
        let list: Vec<(String, Range<usize>)> = mine.iter().map(|p| (p.value.clone(), 0..0)).collect();
        if let Ok(paths) = matcher::LazyGlobs::paths(&list, false) {
            let why = format!("writes or deletes a protected path ({})", mine.iter().map(|p| format!("`{}`", p.value)).collect::<Vec<_>>().join(", "));
            let matcher = Matcher { paths: Some(paths), path_kinds: vec!["write".into(), "delete".into(), "destroy".into()], ..Matcher::default() };
            out.push(synthetic("settings.protected_paths", why, Action::Deny, matcher, layer));
        }
    }
    if let Some(list) = &eff.network_allow {
        let allow: Vec<String> = list.iter().map(|s| s.value.clone()).collect();
        let shown = if allow.is_empty() { "nothing".to_string() } else { allow.join(", ") };
        let layer = top(list);
        let m = |unknown| Matcher { hosts: Some(Hosts { allow: allow.clone(), unknown }), ..Matcher::default() };
        out.push(synthetic("settings.network_allow", format!("reaches a host that is not on the network allowlist ({shown})"), Action::Deny, m(false), layer));
        out.push(synthetic("settings.network_allow.unknown_host", format!("reaches the network, and the host cannot be checked against the allowlist ({shown})"), Action::Ask, m(true), layer));
    }
    out
}

fn synthetic(id: &str, why: String, action: Action, matcher: Matcher, layer: Layer) -> Rule {
    let risk = if action == Action::Deny { Risk::High } else { Risk::Medium };
    Rule { id: id.into(), why, action, risk, matcher, examples_match: Vec::new(), examples_not_match: Vec::new(), layer, spans: RuleSpans::default() }
}

#[cfg(test)]
mod tests;
