//! An aho-corasick automaton that starts cheap to build and becomes fast to search once it is
//! used a lot.
//!
//! A contiguous NFA costs a quarter to a third of a DFA to build, and about 1.7 times as many
//! instructions per search. A one-off `check` or hook process evaluates one command: there the
//! DFA's build (1.3-2 M instructions per automaton, a sixth of the whole process) is pure loss. A
//! batch, a bench or a long-lived server evaluates thousands of commands: there the DFA wins. So
//! searches use the NFA for the first [`PROMOTE_AFTER`] calls, then the DFA is built once and
//! used from then on. Both kinds report exactly the same matches (aho-corasick guarantees it for
//! a given match kind), so a verdict never depends on which one ran.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// Searches served by the NFA before the DFA is built: about where the DFA's extra build cost is
/// paid back by its cheaper searches.
pub(crate) const PROMOTE_AFTER: u32 = 2_000;

#[derive(Debug)]
pub(crate) struct Tiered {
    nfa: AhoCorasick,
    dfa: OnceLock<Option<AhoCorasick>>,
    uses: AtomicU32,
    patterns: Vec<String>,
    ascii_case_insensitive: bool,
}

impl Tiered {
    /// The automaton over `patterns`; `None` when it cannot be built (the caller fails closed).
    pub(crate) fn new(patterns: Vec<String>, ascii_case_insensitive: bool) -> Option<Tiered> {
        let nfa = build(&patterns, ascii_case_insensitive, AhoCorasickKind::ContiguousNFA)?;
        Some(Tiered { nfa, dfa: OnceLock::new(), uses: AtomicU32::new(0), patterns, ascii_case_insensitive })
    }

    /// The automaton to search with now.
    pub(crate) fn get(&self) -> &AhoCorasick {
        if let Some(Some(dfa)) = self.dfa.get() {
            return dfa;
        }
        if self.uses.fetch_add(1, Ordering::Relaxed) < PROMOTE_AFTER {
            return &self.nfa;
        }
        match self.dfa.get_or_init(|| build(&self.patterns, self.ascii_case_insensitive, AhoCorasickKind::DFA)) {
            Some(dfa) => dfa,
            None => &self.nfa,
        }
    }
}

fn build(patterns: &[String], ascii_case_insensitive: bool, kind: AhoCorasickKind) -> Option<AhoCorasick> {
    AhoCorasick::builder().ascii_case_insensitive(ascii_case_insensitive).kind(Some(kind)).build(patterns).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tiers_report_the_same_matches() {
        let pats: Vec<String> = ["DROP", "drop", "token", ".ssh", "*", "find-"].iter().map(|s| s.to_string()).collect();
        let t = Tiered::new(pats, true).expect("builds");
        let texts = ["psql -c 'dRoP table x'", "cat ~/.ssh/id_rsa", "ls *.rs", "aws find-token", "git status"];
        let hits = |ac: &AhoCorasick| texts.iter().map(|x| ac.find_overlapping_iter(x).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect::<Vec<_>>()).collect::<Vec<_>>();
        let before = hits(t.get());
        assert!(t.dfa.get().is_none(), "no DFA before {PROMOTE_AFTER} searches");
        for _ in 0..PROMOTE_AFTER {
            t.get();
        }
        let after = hits(t.get());
        assert!(matches!(t.dfa.get(), Some(Some(_))), "the DFA is built after {PROMOTE_AFTER} searches");
        assert_eq!(before, after);
        assert!(before.iter().map(Vec::len).sum::<usize>() >= 6, "{before:?}");
    }
}
