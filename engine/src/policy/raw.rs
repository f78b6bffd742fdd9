//! The policy file as written: serde structures that mirror the TOML schema one to one, with the
//! spans that diagnostics point at. Nothing here is validated beyond types and known keys; the
//! compiler (`compile.rs`) turns these into rules, settings and tests.

use super::Action;
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPolicy {
    #[serde(default)]
    pub(crate) settings: Option<Spanned<RawSettings>>,
    #[serde(default, rename = "rule")]
    pub(crate) rules: Vec<Spanned<RawRule>>,
    #[serde(default, rename = "test")]
    pub(crate) tests: Vec<Spanned<RawTest>>,
}

/// The same file with every table left unparsed: used to find each table's span when the strict
/// parse failed, so each table can be checked on its own and every error reported.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LooseTables {
    #[serde(default)]
    pub(crate) settings: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub(crate) rule: Vec<Spanned<toml::Value>>,
    #[serde(default)]
    pub(crate) test: Vec<Spanned<toml::Value>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSettings {
    pub(crate) ruleset: Option<Spanned<String>>,
    pub(crate) mode: Option<Spanned<String>>,
    pub(crate) writable_roots: Option<Vec<Spanned<String>>>,
    pub(crate) network_allow: Option<Spanned<Vec<Spanned<String>>>>,
    pub(crate) protected_paths: Option<Vec<Spanned<String>>>,
    pub(crate) trusted_projects: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub(crate) fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub(crate) id: Spanned<String>,
    pub(crate) why: Spanned<String>,
    pub(crate) action: Spanned<Action>,
    pub(crate) risk: Option<Spanned<String>>,
    pub(crate) program: Option<Spanned<OneOrMany>>,
    pub(crate) subcommand: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    pub(crate) flags: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) all_flags: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) unless_flags: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) args: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) paths: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) effects: Vec<Spanned<String>>,
    pub(crate) regex: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) literals: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(crate) examples: RawExamples,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExamples {
    #[serde(default, rename = "match")]
    pub(crate) matches: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) not_match: Vec<Spanned<String>>,
}

/// A `[[test]]` table: a command and what the whole engine must answer for it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTest {
    pub(crate) command: Spanned<String>,
    pub(crate) decision: Option<Spanned<String>>,
    pub(crate) risk: Option<Spanned<String>>,
    pub(crate) rules: Option<Spanned<OneOrMany>>,
    pub(crate) not_rules: Option<Spanned<OneOrMany>>,
    pub(crate) mode: Option<Spanned<String>>,
}
