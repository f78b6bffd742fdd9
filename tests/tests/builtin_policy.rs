//! The built-in policy: it parses, and every rule's examples hold. The binary does not re-run the
//! built-in examples at start-up (see `Engine::new`); this test is what makes that safe.

use hardshell_engine::{Engine, Layer, Policy, PolicySet};

#[test]
fn builtin_policy_examples_hold() {
    let engine = hardshell_tests::engine();
    assert!(engine.stats().rules >= 40, "{} rules", engine.stats().rules);
    assert!(engine.stats().programs >= 150, "{} programs", engine.stats().programs);
}

#[test]
fn user_policy_examples_are_checked_at_load() {
    let bad = "[[rule]]\nid = 'x'\nwhy = 'w'\naction = 'deny'\nprogram = 'rm'\nexamples.match = ['ls']\n";
    let p = Policy::parse(bad, "user.toml", Layer::User).expect("parses");
    let err = Engine::new(PolicySet::new(vec![p])).expect_err("the example `ls` does not match `rm`");
    assert!(err.to_string().contains("should match but does not"), "{err}");
}
