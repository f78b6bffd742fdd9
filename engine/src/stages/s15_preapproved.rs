//! Stage 15, preapproved: which allow rules match?
//!
//! Input: every unit and the rule index. Output: allow hits. An allow hit can only turn an *ask*
//! into an *allow* in stage 17, and only when every unit of the command is covered by an allow
//! rule and no deny or ask rule and no HIGH finding exists: it can never override a destructive
//! or ask hit.

use super::s14_destructive::{hits, Hit, Prepared, RuleIndex};
use crate::cx::Findings;
use crate::policy::Action;
use crate::unit::Table;
use crate::verdict::Stage;

pub(crate) fn run(t: &Table, index: &RuleIndex, prepared: &[Prepared], out: &mut Findings) -> Vec<Hit> {
    hits(t, index, prepared, out, Stage::Preapproved, |a| a == Action::Allow)
}

#[cfg(test)]
mod tests {
    use crate::cx::Context;
    use crate::testkit::verdict_with;

    const POLICY: &str = "[[rule]]\nid = 'ok.test'\nwhy = 'w'\naction = 'allow'\nprogram = 'cargo'\nsubcommand = 'test'\nexamples.match = ['cargo test']\n\n[[rule]]\nid = 'no.test'\nwhy = 'w'\naction = 'ask'\nprogram = 'cargo'\nflags = ['--release']\nexamples.match = ['cargo test --release']\n";

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("cargo test", &["ok.test"]),
            ("cargo test -p engine", &["ok.test"]),
            ("nice cargo test", &["ok.test"]),
            ("cargo build", &[]),
            ("cargo test --release", &["no.test", "ok.test"]),
        ];
        for (cmd, want) in cases {
            let v = verdict_with(cmd, POLICY, &Context::default());
            let got: Vec<&str> = v.rules.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(&got, want, "{cmd}");
        }
        // An allow rule never overrides an ask rule that matched the same command.
        let v = verdict_with("cargo test --release", POLICY, &Context::default());
        assert_eq!(v.decision, crate::verdict::Decision::Ask);
    }
}
