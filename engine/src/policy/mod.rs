//! Policies: TOML rulesets, parsed once into compiled rules.
//!
//! A rule has a stable `id`, a `why`, an `action` (`deny`, `ask`, `allow`), what it matches
//! (`program`, `subcommand`, `flags`, `all_flags`, `unless_flags`, `args` globs, `regex` as a last resort) and
//! `examples.match` / `examples.not_match`, which [`crate::Engine`] checks when it loads the
//! policy. Errors name the file, line and column. Layers stack in a [`PolicySet`]; among the
//! rules that match, the strictest action wins (deny > ask > allow).

mod matcher;

pub(crate) use matcher::Matcher;

use crate::cx::Mode;
use crate::verdict::Risk;
use serde::{Deserialize, Serialize};
use std::fmt;

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
    #[error("{file}:{line}:{column}: {message}")]
    Syntax { file: String, line: usize, column: usize, message: String },
    #[error("{file}:{line}:{column}: rule `{id}`: {message}")]
    Rule { file: String, line: usize, column: usize, id: String, message: String },
    #[error("{file}: rule `{id}`: example `{example}` {problem}")]
    Example { file: String, id: String, example: String, problem: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    #[serde(default)]
    settings: RawSettings,
    #[serde(default, rename = "rule")]
    rules: Vec<toml::Spanned<RawRule>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    mode: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    why: String,
    action: Action,
    risk: Option<toml::Spanned<String>>,
    program: Option<OneOrMany>,
    subcommand: Option<OneOrMany>,
    #[serde(default)]
    flags: Vec<String>,
    #[serde(default)]
    all_flags: Vec<String>,
    #[serde(default)]
    unless_flags: Vec<String>,
    #[serde(default)]
    args: Vec<toml::Spanned<String>>,
    regex: Option<toml::Spanned<String>>,
    #[serde(default)]
    literals: Vec<String>,
    #[serde(default)]
    examples: RawExamples,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExamples {
    #[serde(default, rename = "match")]
    matches: Vec<String>,
    #[serde(default)]
    not_match: Vec<String>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) id: String,
    pub(crate) why: String,
    pub(crate) action: Action,
    pub(crate) risk: Risk,
    pub(crate) matcher: Matcher,
    pub(crate) examples_match: Vec<String>,
    pub(crate) examples_not_match: Vec<String>,
    pub(crate) layer: Layer,
}

/// One parsed policy file.
#[derive(Debug, Clone)]
pub struct Policy {
    pub(crate) file: String,
    pub(crate) layer: Layer,
    pub(crate) mode: Option<Mode>,
    pub(crate) rules: Vec<Rule>,
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
}

pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let upto = &src[..offset.min(src.len())];
    let line = upto.matches('\n').count() + 1;
    let column = upto.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, column)
}

impl Policy {
    /// Parses and compiles a policy. `file` is used in error messages only.
    pub fn parse(src: &str, file: &str, layer: Layer) -> Result<Policy, PolicyError> {
        let raw: RawPolicy = toml::from_str(src).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(src, s.start)).unwrap_or((1, 1));
            PolicyError::Syntax { file: file.to_string(), line, column, message: e.message().to_string() }
        })?;
        let mode = match raw.settings.mode.as_deref() {
            None => None,
            Some(m) => Some(Mode::parse(m).ok_or_else(|| PolicyError::Syntax { file: file.to_string(), line: 1, column: 1, message: format!("unknown mode `{m}` (expected default, strict or afk)") })?),
        };
        let mut rules = Vec::with_capacity(raw.rules.len());
        let mut seen = std::collections::HashSet::new();
        for spanned in raw.rules {
            let start = spanned.span().start;
            let r = spanned.into_inner();
            // Line and column are computed only for an error (counting lines is not free).
            let err = |message: String, at: Option<std::ops::Range<usize>>| {
                let (line, column) = line_col(src, at.map_or(start, |s| s.start));
                PolicyError::Rule { file: file.to_string(), line, column, id: r.id.clone(), message }
            };
            if !seen.insert(r.id.clone()) {
                return Err(err("duplicate rule id".into(), None));
            }
            if r.id.is_empty() || !r.id.chars().all(|c| c.is_ascii_alphanumeric() || "._-:".contains(c)) {
                return Err(err("ids are made of letters, digits and `._-:`".into(), None));
            }
            if r.why.trim().is_empty() {
                return Err(err("`why` must say why the rule exists".into(), None));
            }
            let risk = match &r.risk {
                Some(s) => Risk::parse(s.get_ref()).ok_or_else(|| err(format!("unknown risk `{}` (LOW, MEDIUM or HIGH)", s.get_ref()), Some(s.span())))?,
                None => match r.action {
                    Action::Deny => Risk::High,
                    Action::Ask => Risk::Medium,
                    Action::Allow => Risk::Low,
                },
            };
            let matcher = Matcher::build(
                r.program.map(OneOrMany::into_vec).unwrap_or_default(),
                r.subcommand.map(OneOrMany::into_vec).unwrap_or_default(),
                r.flags,
                r.all_flags,
                r.unless_flags,
                &r.args,
                r.regex.as_ref(),
                r.literals,
            )
            .map_err(|(m, at)| err(m, at))?;
            if r.examples.matches.is_empty() {
                return Err(err("needs at least one `examples.match` command".into(), None));
            }
            rules.push(Rule { id: r.id, why: r.why, action: r.action, risk, matcher, examples_match: r.examples.matches, examples_not_match: r.examples.not_match, layer });
        }
        Ok(Policy { file: file.to_string(), layer, mode, rules })
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn layer(&self) -> Layer {
        self.layer
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    pub fn mode(&self) -> Option<Mode> {
        self.mode
    }

    pub fn summaries(&self) -> Vec<RuleSummary> {
        self.rules.iter().map(|r| RuleSummary { id: r.id.clone(), why: r.why.clone(), action: r.action, risk: r.risk, layer: r.layer, file: self.file.clone() }).collect()
    }
}

/// Policies in layer order.
#[derive(Debug, Clone, Default)]
pub struct PolicySet {
    pub(crate) policies: Vec<Policy>,
}

impl PolicySet {
    pub fn new(mut policies: Vec<Policy>) -> PolicySet {
        policies.sort_by_key(|p| p.layer);
        PolicySet { policies }
    }

    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// The mode of the highest layer that sets one.
    pub fn mode(&self) -> Option<Mode> {
        self.policies.iter().rev().find_map(|p| p.mode)
    }

    pub(crate) fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.policies.iter().flat_map(|p| p.rules.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_point_at_place() {
        let e = Policy::parse("[[rule]]\nid = 'x'\nwhy = 'y'\naction = 'nope'\n", "p.toml", Layer::User).unwrap_err();
        assert!(e.to_string().starts_with("p.toml:4:"), "{e}");
        let e = Policy::parse("[[rule]]\nid = 'x'\nwhy = 'y'\naction = 'deny'\nregex = '('\nexamples.match = ['x']\n", "p.toml", Layer::User).unwrap_err();
        assert!(e.to_string().starts_with("p.toml:5:9: rule `x`"), "{e}");
        let e = Policy::parse("[[rule]]\nid = 'x'\nwhy = 'y'\naction = 'deny'\nprogram = 'rm'\nbogus = 1\n", "p.toml", Layer::User).unwrap_err();
        assert!(e.to_string().contains("bogus"), "{e}");
        let dup = "[[rule]]\nid='a'\nwhy='w'\naction='deny'\nprogram='rm'\nexamples.match=['rm']\n";
        let e = Policy::parse(&format!("{dup}{dup}"), "p.toml", Layer::User).unwrap_err();
        assert!(e.to_string().contains("duplicate"), "{e}");
    }
}
