//! [`Engine`]: the catalogue and the compiled policy, built once; `evaluate` per command.

use crate::cx::{Budget, Context};
use crate::pipeline;
use crate::policy::{PolicyError, PolicySet};
use crate::specs::Catalog;
use crate::stages::s14_destructive::RuleIndex;
use crate::verdict::Verdict;

/// The verdict engine. `Send + Sync`: share one across threads.
#[derive(Debug)]
pub struct Engine {
    catalog: Catalog,
    index: RuleIndex,
    set: PolicySet,
    budget: Budget,
}

/// Sizes of what an engine knows.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Stats {
    pub programs: usize,
    pub rules: usize,
}

impl Engine {
    /// Builds an engine and checks the examples of every rule that is not built in: each
    /// `examples.match` command must match the rule, each `examples.not_match` must not. A policy
    /// whose examples fail is an error. The built-in rulesets' examples are checked by the test
    /// suite over the very bytes that are embedded (`check_examples` covers every layer), so a
    /// one-off `hardshell check` does not pay for them on every start.
    pub fn new(set: PolicySet) -> Result<Engine, PolicyError> {
        let engine = Engine::unchecked(set);
        engine.check_layers(|l| l != crate::policy::Layer::Builtin)?;
        Ok(engine)
    }

    /// Builds an engine without running the examples (for policies already checked, e.g. in tests
    /// of the very bytes that are embedded).
    pub fn unchecked(set: PolicySet) -> Engine {
        let index = RuleIndex::new(&set);
        Engine { catalog: Catalog::new(), index, set, budget: Budget::default() }
    }

    pub fn policies(&self) -> &PolicySet {
        &self.set
    }

    pub fn stats(&self) -> Stats {
        Stats { programs: self.catalog.len(), rules: self.index.rules.len() }
    }

    /// Stages 1-17. Never panics; always a verdict.
    pub fn evaluate(&self, command: &str, cx: &Context) -> Verdict {
        self.evaluate_bytes(command.as_bytes(), cx)
    }

    /// Like [`Engine::evaluate`] for input that may not be UTF-8 (which is HIGH).
    pub fn evaluate_bytes(&self, command: &[u8], cx: &Context) -> Verdict {
        let _span = tracing::debug_span!("evaluate", bytes = command.len()).entered();
        let analysis = pipeline::analyse(command, cx, &self.catalog, &self.budget);
        pipeline::decide(&String::from_utf8_lossy(command), analysis, cx, &self.index)
    }

    /// Runs every rule's examples, built-in ones included; the first failure is the error.
    pub fn check_examples(&self) -> Result<(), PolicyError> {
        self.check_layers(|_| true)
    }

    fn check_layers(&self, which: impl Fn(crate::policy::Layer) -> bool) -> Result<(), PolicyError> {
        let cx = Context::default();
        for policy in self.set.policies.iter().filter(|p| which(p.layer)) {
            for rule in &policy.rules {
                for (examples, want) in [(&rule.examples_match, true), (&rule.examples_not_match, false)] {
                    for ex in examples.iter() {
                        let a = pipeline::analyse(ex.as_bytes(), &cx, &self.catalog, &self.budget);
                        let hit = a.table.units.iter().any(|u| rule.matcher.matches(u));
                        if hit != want {
                            return Err(PolicyError::Example {
                                file: policy.file.clone(),
                                id: rule.id.clone(),
                                example: ex.clone(),
                                problem: if want { "should match but does not".into() } else { "should not match but does".into() },
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_is_send_sync() {
        fn assert<T: Send + Sync>() {}
        assert::<Engine>();
    }
}
