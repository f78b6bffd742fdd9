//! [`Engine`]: the catalogue and the compiled policy, built once; `evaluate` per command.

use crate::cx::{Budget, Context};
use crate::pipeline;
use crate::policy::{check, CaseOutcome, Diagnostic, Layer, Policy, PolicyError, PolicySet, Severity};
use crate::specs::Catalog;
use crate::stages::s14_destructive::{rule_matches, RuleTable};
use crate::verdict::Verdict;

/// The verdict engine. `Send + Sync`: share one across threads.
#[derive(Debug)]
pub struct Engine {
    catalog: Catalog,
    index: RuleTable,
    set: PolicySet,
    budget: Budget,
}

/// The result of stages 1-13, for the phase benches only.
#[doc(hidden)]
pub struct Analysed(pipeline::Analysis);

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
        let index = RuleTable::new(&set);
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
        // (valid UTF-8, the usual case, is checked by the faster of the two routines)
        let text = match std::str::from_utf8(command) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(command),
        };
        pipeline::decide(&text, analysis, cx, &self.index.view(cx))
    }

    /// Benches only (not a stable API): stages 1-3, limits, normalise and parse; the node count.
    #[doc(hidden)]
    pub fn bench_intake(&self, command: &str) -> usize {
        let mut f = crate::cx::Findings::default();
        let Some(text) = crate::stages::s01_limits::run(command.as_bytes(), &self.budget, &mut f) else { return 0 };
        crate::stages::s02_normalize::run(text, &mut f, None);
        crate::stages::s03_parse::run(text, &self.budget, &mut f, None).map_or(0, |p| p.node_count())
    }

    /// Benches only: stages 1-13, everything that does not depend on the policy.
    #[doc(hidden)]
    pub fn bench_analyse(&self, command: &str, cx: &Context) -> Analysed {
        Analysed(pipeline::analyse(command.as_bytes(), cx, &self.catalog, &self.budget))
    }

    /// Benches only: stages 14-15 (rule matching) on an analysis; the number of rule hits.
    #[doc(hidden)]
    pub fn bench_match(&self, a: Analysed, cx: &Context) -> usize {
        let pipeline::Analysis { table, mut findings } = a.0;
        let view = self.index.view(cx);
        let prepared = crate::stages::s14_destructive::prepare(&table, &view);
        crate::stages::s14_destructive::run(&table, &view, &prepared, &mut findings).len() + crate::stages::s15_preapproved::run(&table, &view, &prepared, &mut findings).len()
    }

    /// Benches only: stages 14-17 and the verdict, on an analysis.
    #[doc(hidden)]
    pub fn bench_decide(&self, command: &str, a: Analysed, cx: &Context) -> Verdict {
        pipeline::decide(command, a.0, cx, &self.index.view(cx))
    }

    /// Runs every rule's examples, built-in ones included; the first failure is the error.
    pub fn check_examples(&self) -> Result<(), PolicyError> {
        self.check_layers(|_| true)
    }

    fn check_layers(&self, which: impl Fn(Layer) -> bool) -> Result<(), PolicyError> {
        for policy in self.set.policies.iter().filter(|p| which(p.layer)) {
            if let Some(bad) = self.examples(policy).into_iter().find(|o| !o.passed) {
                return Err(PolicyError::Example { file: bad.file, id: bad.rule.unwrap_or_default(), example: bad.command, problem: bad.problem });
            }
        }
        Ok(())
    }

    fn examples(&self, policy: &Policy) -> Vec<CaseOutcome> {
        let cx = Context::default();
        let mut out = Vec::new();
        for rule in &policy.rules {
            let mut matches = |cmd: &str| {
                let a = pipeline::analyse(cmd.as_bytes(), &cx, &self.catalog, &self.budget);
                (0..a.table.units.len()).any(|ui| rule_matches(rule, &a.table, ui, &a.findings, &cx))
            };
            out.extend(check::examples(policy, rule, &mut matches));
        }
        out
    }

    /// Runs the examples and `[[test]]` tables of the policy at `index` in [`Engine::policies`];
    /// tests see every layer in force, under `cx` (its mode unless a test sets one).
    pub fn test_policy(&self, index: usize, cx: &Context) -> Vec<CaseOutcome> {
        let Some(policy) = self.set.policies.get(index) else { return Vec::new() };
        let mut out = self.examples(policy);
        let mut evaluate = |cmd: &str, mode: Option<crate::cx::Mode>| {
            let cx = Context { mode: mode.unwrap_or(cx.mode), ..cx.clone() };
            self.evaluate(cmd, &cx)
        };
        out.extend(policy.tests.iter().map(|t| check::test(policy, t, &mut evaluate)));
        out
    }

    /// Everything `hardshell policy lint` says about the policy at `index` beyond what loading
    /// said: failing examples (errors), shadowed rules, unknown flags, tests naming unknown rules.
    pub fn lint(&self, index: usize) -> Vec<Diagnostic> {
        let Some(policy) = self.set.policies.get(index) else { return Vec::new() };
        let mut out: Vec<Diagnostic> = self
            .examples(policy)
            .into_iter()
            .filter(|o| !o.passed)
            .map(|o| Diagnostic::new(Severity::Error, "example-fails", format!("example `{}` {}", o.command, o.problem), &policy.file, &policy.src, o.span).rule(o.rule.as_deref().unwrap_or("")))
            .collect();
        let all: Vec<(&Policy, &crate::policy::Rule)> = self.set.policies.iter().flat_map(|p| p.rules.iter().map(move |r| (p, r))).collect();
        out.extend(crate::policy::lint(policy, &all, &self.set.synthetic, &self.catalog));
        out.sort_by_key(|d| d.span.start);
        out
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
