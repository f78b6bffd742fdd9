//! Stage 17, decide: allow, ask or deny?
//!
//! Input: the risk, rule hits, policy mode and the caller's trust tier. Output: the decision and
//! the sandbox profile (write roots: the workspace, /tmp and `settings.writable_roots`; network). Default mode: LOW allows, MEDIUM asks, HIGH denies;
//! a deny rule denies; an ask rule asks at least; allow rules turn an ask into an allow only when
//! every MEDIUM unit is covered by one, nothing is HIGH, no deny/ask rule fired, the mode is not
//! `strict` and the caller is not a skill. `strict` ignores allow rules; `afk` (nobody to ask:
//! CI, an unattended agent) keeps the pre-approved commands the allow rules name and turns every
//! remaining ask into a deny, as it does for skills. This is the only stage that decides.

use super::s14_destructive::{Hit, RuleIndex};
use super::s16_classify::Classified;
use crate::cx::{Context, Findings, Mode, Trust};
use crate::policy::Action;
use crate::unit::{Effect, Table};
use crate::verdict::{Decision, Risk, SandboxProfile, Stage};

pub(crate) fn run(t: &Table, c: &Classified, hits: &[Hit], allows: &[Hit], index: &RuleIndex, cx: &Context, out: &mut Findings) -> (Decision, SandboxProfile) {
    let mut d = match c.risk {
        Risk::Low => Decision::Allow,
        Risk::Medium => Decision::Ask,
        Risk::High => Decision::Deny,
    };
    // Why, for the stage trace: formatted only when the trace is kept.
    let first = d;
    let mut why: [Option<&str>; 3] = [None; 3];
    let strictest = hits.iter().map(|h| index.rules[h.rule].action).max();
    match strictest {
        Some(Action::Deny) => {
            d = Decision::Deny;
            why[0] = Some("; a deny rule matched");
        }
        Some(Action::Ask) => {
            d = d.max(Decision::Ask);
            why[0] = Some("; an ask rule matched");
        }
        _ => {}
    }
    let allow_rules_apply = cx.mode != Mode::Strict && cx.trust != Trust::Skill;
    if d == Decision::Ask && strictest.is_none() && allow_rules_apply && c.risk <= Risk::Medium && !allows.is_empty() {
        let covered = c.per_unit.iter().enumerate().all(|(i, r)| *r == Risk::Low || allows.iter().any(|h| h.unit == i));
        if covered {
            d = Decision::Allow;
            why[1] = Some("; allowed by rule");
        }
    }
    if d == Decision::Ask && (cx.mode == Mode::Afk || cx.trust == Trust::Skill) {
        d = Decision::Deny;
        why[2] = Some("; nobody to ask (afk mode or skill caller)");
    }
    if cx.mode == Mode::Strict && c.risk > Risk::Low && d == Decision::Allow {
        d = Decision::Ask;
    }
    let network = t.units.iter().any(|u| u.effects.iter().any(|e| matches!(e, Effect::Net { .. } | Effect::Upload { .. })));
    let mut write_roots = vec![cx.cwd.clone(), "/tmp".to_string()];
    for root in &index.table.writable_roots {
        let abs = match root.strip_prefix('~') {
            Some(rest) => format!("{}{rest}", cx.home.trim_end_matches('/')),
            None => root.clone(),
        };
        if !write_roots.contains(&abs) {
            write_roots.push(abs);
        }
    }
    let profile = SandboxProfile { write_roots, network };
    out.note(Stage::Decide, || format!("{} -> {first}{}", c.risk, why.iter().flatten().copied().collect::<String>()));
    (d, profile)
}

#[cfg(test)]
mod tests {
    use crate::cx::{Context, Mode, Trust};
    use crate::testkit::verdict_with;
    use crate::verdict::Decision;

    const ALLOW_CARGO: &str = "[[rule]]\nid = 'a.cargo'\nwhy = 'w'\naction = 'allow'\nprogram = 'cargo'\nsubcommand = 'test'\nexamples.match = ['cargo test']\n";

    #[test]
    fn table() {
        let d = |cmd: &str, policy: &str, mode: Mode, trust: Trust| verdict_with(cmd, policy, &Context { mode, trust, ..Context::default() }).decision;
        use Decision::*;
        let cases = [
            ("ls", "", Mode::Default, Trust::BuiltIn, Allow),
            ("cargo test", "", Mode::Default, Trust::BuiltIn, Ask),
            ("cargo test", ALLOW_CARGO, Mode::Default, Trust::BuiltIn, Allow),
            ("timeout 60 cargo test", ALLOW_CARGO, Mode::Default, Trust::BuiltIn, Allow),
            ("cargo test && cargo build", ALLOW_CARGO, Mode::Default, Trust::BuiltIn, Ask),
            ("cargo test; rm -rf ~", ALLOW_CARGO, Mode::Default, Trust::BuiltIn, Deny),
            ("cargo test", ALLOW_CARGO, Mode::Strict, Trust::BuiltIn, Ask),
            ("cargo test", "", Mode::Afk, Trust::BuiltIn, Deny),
            ("cargo test", ALLOW_CARGO, Mode::Afk, Trust::BuiltIn, Allow),
            ("cargo test && cargo build", ALLOW_CARGO, Mode::Afk, Trust::BuiltIn, Deny),
            ("cargo test", ALLOW_CARGO, Mode::Default, Trust::Skill, Deny),
            ("rm -rf ~", "", Mode::Default, Trust::BuiltIn, Deny),
        ];
        for (cmd, policy, mode, trust, want) in cases {
            assert_eq!(d(cmd, policy, mode, trust), want, "{cmd} {mode:?} {trust:?}");
        }
    }
}
