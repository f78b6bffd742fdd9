//! The properties every fuzz target checks, in one file shared by the libFuzzer targets
//! (`fuzz/fuzz_targets/*.rs`) and by the plain `cargo test` that replays their seeds in CI
//! (`tests/tests/fuzz_seeds.rs` includes this file with `#[path]`).
//!
//! A property that does not hold panics with a message naming the input: that is how libFuzzer
//! learns of a finding. Nothing here may depend on libFuzzer.

use hardshell_engine::{Context, Engine, Layer, Policy, PolicySet, Risk, Verdict};

/// Commands appended or wrapped around an input by [`Harness::monotonic`].
pub const DANGER: &str = "rm -rf ~";

/// An engine with the built-in default policy and the default context.
pub struct Harness {
    pub engine: Engine,
    pub cx: Context,
}

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}

impl Harness {
    /// # Panics
    /// When the embedded default policy does not load: a bug worth stopping for.
    pub fn new() -> Harness {
        let policy = Policy::parse(hardshell_policies::DEFAULT, "<builtin>/default.toml", Layer::Builtin);
        let policy = match policy {
            Ok(p) => p,
            Err(e) => panic!("the embedded default policy does not load: {e}"),
        };
        Harness { engine: Engine::unchecked(PolicySet::new(vec![policy])), cx: Context::default() }
    }

    /// parse: any bytes give a verdict with reasons, without panicking; input that is not valid
    /// UTF-8 or contains NUL is never LOW; the bare parser does not panic either; where the
    /// parse stage's fast lane takes plain words, it builds what the parser path builds.
    pub fn parse(&self, data: &[u8]) {
        let v = self.engine.evaluate_bytes(data, &self.cx);
        assert!(!v.reasons.is_empty(), "no reasons for {data:?}");
        let text = std::str::from_utf8(data);
        if text.is_err() || data.contains(&0) {
            assert!(v.risk != Risk::Low, "invalid input judged LOW: {data:?}");
        }
        if let Ok(t) = text {
            let _ = hardshell_engine::bare_parse_baseline(t);
            if let Err(e) = hardshell_engine::fast_lane_agrees(t) {
                panic!("the plain-word fast lane disagrees with the parser: {e}");
            }
        }
    }

    /// evaluate: the same input gives the same verdict twice (no hidden state, no randomness), and
    /// a parse failure is never LOW.
    pub fn evaluate(&self, data: &[u8]) {
        let a = self.engine.evaluate_bytes(data, &self.cx);
        let b = self.engine.evaluate_bytes(data, &self.cx);
        assert_eq!(fingerprint(&a), fingerprint(&b), "nondeterministic verdict for {data:?}");
        if a.reasons.iter().any(|r| r.id.starts_with("parse.")) {
            assert!(a.risk != Risk::Low, "unparsable input judged LOW: {data:?}");
        }
    }

    /// monotonic: appending a dangerous command, wrapping in `bash -c`, or piping into `sh`
    /// never lowers the risk. The command is appended after two newlines: one could be eaten by
    /// a trailing backslash (`nl x \` + newline + `rm -rf ~` is, in bash too, `nl x rm -rf ~`,
    /// which only reads files), the second still ends the line, and a trailing comment cannot
    /// swallow it. The appended command may still be data (inside an open heredoc), so only
    /// "not lower" is asserted, not "HIGH".
    pub fn monotonic(&self, data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else { return };
        if s.contains('\0') {
            return;
        }
        let base = self.engine.evaluate(s, &self.cx).risk;
        // `bash -c '-x …'` does not run `-x …`: bash reads a command string that starts with
        // `-` or `+` as more options (and refuses the whole invocation on an unknown one), so
        // that wrapping is not the same command and may rightly be judged lower.
        let wrap = !s.starts_with(['-', '+']);
        let variants = [Some(format!("{s}\n\n{DANGER}")), wrap.then(|| format!("bash -c {}", single_quote(s))), Some(format!("{s} | sh"))];
        for v in variants.into_iter().flatten() {
            let r = self.engine.evaluate(&v, &self.cx).risk;
            assert!(r >= base, "risk fell from {base} to {r}: {s:?} -> {v:?}");
        }
    }

    /// Runs every command property over one input.
    pub fn all(&self, data: &[u8]) {
        self.parse(data);
        self.evaluate(data);
        self.monotonic(data);
    }
}

/// policy_load: arbitrary text as a policy file gives a policy or diagnostics, never a panic;
/// a policy that loads builds an engine (checking its examples) without panicking.
pub fn policy_load(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let (policy, diags) = Policy::diagnose(src, "fuzz.toml", Layer::Cli);
    for d in &diags {
        let _ = d.to_string();
        let _ = d.render(src);
    }
    if let Ok(p) = Policy::parse(src, "fuzz.toml", Layer::Cli) {
        let _ = Engine::new(PolicySet::new(vec![p]));
    }
    drop(policy);
}

/// What must not change between two evaluations of the same input.
fn fingerprint(v: &Verdict) -> String {
    let reasons: Vec<String> = v.reasons.iter().map(|r| format!("{}|{}|{:?}", r.id, r.message, r.unit)).collect();
    format!("{:?} {:?} {} {:?} {:?}", v.risk, v.decision, v.score, reasons, v.commands)
}

/// `s` as one single-quoted bash word.
pub fn single_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}
