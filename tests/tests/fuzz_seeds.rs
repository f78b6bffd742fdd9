//! The fuzz targets as plain tests: every property of `fuzz/src/props.rs` over the seeds
//! (labeled and held-out corpus cases, a sample of tldr, the built-in policies, every committed
//! regression input in `fuzz/regressions/<target>/`) and over scripts from the grammar generator
//! driven by a fixed pseudo-random stream. CI runs this without nightly features or libFuzzer.

#[path = "../../fuzz/src/grammar.rs"]
mod grammar;
#[path = "../../fuzz/src/props.rs"]
mod props;

use arbitrary::{Arbitrary, Unstructured};
use hardshell_tests::{cases, corpus_ext, heldout, repo_root};
use props::Harness;

fn regressions(target: &str) -> Vec<Vec<u8>> {
    let dir = repo_root().join("fuzz/regressions").join(target);
    let Ok(rd) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut files: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

#[test]
fn command_properties_hold_on_seeds() {
    let h = Harness::new();
    let mut n = 0;
    for c in cases().iter().chain(heldout().iter()) {
        h.all(c.cmd.as_bytes());
        n += 1;
    }
    if let Some(ext) = corpus_ext() {
        let tldr = std::fs::read_to_string(ext.join("tldr.txt")).unwrap_or_default();
        for line in tldr.lines().step_by(7) {
            h.all(line.as_bytes());
            n += 1;
        }
    }
    for target in ["parse", "evaluate", "monotonic"] {
        for input in regressions(target) {
            h.all(&input);
            n += 1;
        }
    }
    // Grammar regressions are the fuzzer's raw bytes: decode them the way the target does.
    for input in regressions("grammar") {
        if let Ok(script) = grammar::Script::arbitrary_take_rest(Unstructured::new(&input)) {
            h.all(script.render().as_bytes());
            n += 1;
        }
    }
    println!("fuzz properties (parse, evaluate, monotonic) held on {n} seed inputs");
    assert!(n > 3000, "too few seeds: {n}");
}

#[test]
fn policy_load_never_panics_on_seeds() {
    let mut n = 0;
    for src in [hardshell_policies::DEFAULT.as_bytes()].into_iter().map(<[u8]>::to_vec).chain(regressions("policy_load")) {
        props::policy_load(&src);
        // Truncations of a real policy: every prefix is a plausible half-written file.
        for cut in (0..src.len()).step_by(97) {
            props::policy_load(&src[..cut]);
            n += 1;
        }
    }
    println!("policy_load held on {n} inputs");
}

#[test]
fn grammar_scripts_keep_every_property() {
    let h = Harness::new();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rendered = 0;
    for _ in 0..1500 {
        let bytes: Vec<u8> = (0..512)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let Ok(script) = grammar::Script::arbitrary(&mut Unstructured::new(&bytes)) else { continue };
        let text = script.render();
        h.all(text.as_bytes());
        rendered += 1;
    }
    println!("grammar: {rendered} generated scripts kept every property");
    assert!(rendered > 1000);
}
