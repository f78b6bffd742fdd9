//! Test helpers: run the pipeline on a command and look at units, findings and verdicts.

use crate::cx::{Budget, Context};
use crate::pipeline::{self, Analysis};
use crate::policy::{Layer, Policy, PolicySet};
use crate::specs::Catalog;
use crate::stages::s14_destructive::RuleTable;
use crate::verdict::Verdict;
use std::sync::OnceLock;

pub(crate) fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(Catalog::new)
}

/// Stages 1-13 with the default context.
pub(crate) fn analyse(cmd: &str) -> Analysis {
    pipeline::analyse(cmd.as_bytes(), &Context::default(), catalog(), &Budget::default())
}

/// Finding ids of stages 1-13.
pub(crate) fn ids(cmd: &str) -> Vec<&'static str> {
    analyse(cmd).findings.list.iter().map(|f| f.id).collect()
}

/// The full verdict under a policy given as TOML text (empty = no rules).
pub(crate) fn verdict_with(cmd: &str, policy: &str, cx: &Context) -> Verdict {
    let set = if policy.is_empty() { PolicySet::default() } else { PolicySet::new(vec![Policy::parse(policy, "test.toml", Layer::User).expect("policy")]) };
    let table = RuleTable::new(&set);
    pipeline::decide(cmd, pipeline::analyse(cmd.as_bytes(), cx, catalog(), &Budget::default()), cx, &table.view(cx))
}

/// The full verdict under a set of layered policies.
pub(crate) fn verdict_set(cmd: &str, set: &PolicySet, cx: &Context) -> Verdict {
    let table = RuleTable::new(set);
    pipeline::decide(cmd, pipeline::analyse(cmd.as_bytes(), cx, catalog(), &Budget::default()), cx, &table.view(cx))
}
