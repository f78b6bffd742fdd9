//! Stage 14, destructive: which deny and ask rules of the policy match?
//!
//! Input: every unit, and the [`RuleIndex`] built once per engine (rules by program name, plus an
//! aho-corasick automaton over the literals of regex rules). [`prepare`] looks at each unit once
//! (candidate rules, which rules' literals occur, the decoded words) for this stage and stage 15.
//! Output: rule hits. Invariant: this stage always runs over every unit, whatever earlier stages
//! found, and nothing later can undo a hit (stage 15's allow rules never override it).

use crate::cx::{Context, Findings};
use crate::policy::{Action, MatchCx, PolicySet, Rule};
use crate::unit::{Table, Unit};
use crate::verdict::Stage;
use crate::tiered::Tiered;
use rustc_hash::FxHashMap;

/// A rule that matched a unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) rule: usize,
    pub(crate) unit: usize,
}

/// Rules indexed for fast candidate selection, built once per engine.
#[derive(Debug)]
pub(crate) struct RuleTable {
    pub(crate) rules: Vec<Rule>,
    by_program: FxHashMap<String, Vec<usize>>,
    /// Rules with `program = "*"`, rules without a program, or regex-only rules without literals.
    always: Vec<usize>,
    /// One ASCII-case-insensitive automaton over the literals of every regex rule.
    literals: Option<Tiered>,
    /// Per automaton pattern: its rule, and whether a hit makes the rule a candidate (rules
    /// without a program; rules with one are candidates through their program).
    literal_rule: Vec<(usize, bool)>,
    /// Extra directories the sandbox may write (`settings.writable_roots`, as written).
    pub(crate) writable_roots: Vec<String>,
}

/// The rule table as one evaluation sees it: with the caller's context (workspace and home, for
/// path globs).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RuleIndex<'a> {
    pub(crate) rules: &'a [Rule],
    pub(crate) table: &'a RuleTable,
    pub(crate) cx: &'a Context,
}

impl RuleTable {
    pub(crate) fn new(set: &PolicySet) -> RuleTable {
        let rules: Vec<Rule> = set.rules().cloned().collect();
        let mut by_program: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut always = Vec::new();
        let mut pats = Vec::new();
        let mut literal_rule = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            let m = &r.matcher;
            let by_literal = m.programs.is_empty() && !(m.literals.is_empty() || m.regex.is_none() || m.paths.is_some() || !m.effects.is_empty() || m.hosts.is_some());
            if m.programs.iter().any(|p| p == "*") {
                always.push(i);
            } else if !m.programs.is_empty() {
                for p in &m.programs {
                    by_program.entry(p.clone()).or_default().push(i);
                }
            } else if !by_literal {
                always.push(i);
            }
            if m.regex.is_some() {
                for l in &m.literals {
                    pats.push(l.clone());
                    literal_rule.push((i, by_literal));
                }
            }
        }
        // ASCII-case-insensitive: a superset of what a `(?i)` regex can match (`dRoP`).
        let literals = if pats.is_empty() { None } else { Tiered::new(pats, true) };
        if literals.is_none() {
            // Without an automaton every literal rule must be tried (and checks its literals).
            always.extend(literal_rule.iter().filter(|(_, c)| *c).map(|(r, _)| *r));
            always.sort_unstable();
            always.dedup();
        }
        let writable_roots = set.settings().writable_roots.iter().map(|s| s.value.clone()).collect();
        RuleTable { rules, by_program, always, literals, literal_rule, writable_roots }
    }

    /// The table for one evaluation in `cx`.
    pub(crate) fn view<'a>(&'a self, cx: &'a Context) -> RuleIndex<'a> {
        RuleIndex { rules: &self.rules, table: self, cx }
    }

    /// Looks at `u` once for stages 14 and 15: the rules that might match it (a superset; the
    /// matchers decide) and, when the automaton exists, which regex rules' literals occur.
    pub(crate) fn prepare(&self, u: &Unit) -> Prepared {
        let mut candidates: Vec<usize> = self.always.clone();
        let (prog, base) = (u.prog_name(), u.base());
        // (the base is looked up only when it differs: the same rules again would be deduplicated)
        for name in [prog, base.filter(|b| Some(*b) != prog)].into_iter().flatten() {
            if let Some(v) = self.by_program.get(name) {
                candidates.extend(v);
            }
        }
        let words = std::cell::OnceCell::new();
        let mut literal_hits = None;
        if let Some(ac) = self.literals.as_ref().map(Tiered::get) {
            // Over the raw text and over the decoded words, as the regex is (`'DR''OP'`).
            let mut seen = Vec::new();
            // (one pass when the words read as written: the second would find the same literals;
            // then the words are only built if a regex rule needs them)
            let texts = if crate::policy::words_are_text(u) { [Some(u.text.as_str()), None] } else { [Some(u.text.as_str()), Some(words.get_or_init(|| crate::policy::unit_words(u)).as_str())] };
            // (a quick test first: most units hold no literal at all)
            for text in texts.into_iter().flatten().filter(|t| ac.is_match(*t)) {
                for m in ac.find_overlapping_iter(text) {
                    if let Some(&(rule, candidate)) = self.literal_rule.get(m.pattern().as_usize()) {
                        seen.push(rule);
                        if candidate {
                            candidates.push(rule);
                        }
                    }
                }
            }
            seen.sort_unstable();
            seen.dedup();
            literal_hits = Some(seen);
        }
        candidates.sort_unstable();
        candidates.dedup();
        Prepared { candidates, literal_hits, words }
    }
}

/// What stages 14 and 15 share about one unit.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Rules that might match, in rule order.
    candidates: Vec<usize>,
    /// Regex rules one of whose literals occurs in the unit; `None` without an automaton (each
    /// matcher then checks its own literals).
    literal_hits: Option<Vec<usize>>,
    /// The unit's decoded words joined (see [`crate::policy::unit_words`]).
    words: std::cell::OnceCell<String>,
}

/// [`RuleTable::prepare`] for every unit of `t`.
pub(crate) fn prepare(t: &Table, index: &RuleIndex) -> Vec<Prepared> {
    t.units.iter().map(|u| index.table.prepare(u)).collect()
}

/// Ids of the findings about unit `ui`, and those about the whole input.
pub(crate) fn finding_ids(out: &Findings, ui: usize) -> Vec<&'static str> {
    out.list.iter().filter(|f| f.unit.is_none_or(|u| u == ui)).map(|f| f.id).collect()
}

/// Whether `rule` matches unit `ui` of `t` in the evaluation context `cx`.
pub(crate) fn rule_matches(rule: &Rule, t: &Table, ui: usize, out: &Findings, cx: &Context) -> bool {
    let Some(u) = t.units.get(ui) else { return false };
    let ids = if rule.matcher.needs_findings() { finding_ids(out, ui) } else { Vec::new() };
    let words = std::cell::OnceCell::new();
    rule.matcher.matches(u, &MatchCx { cwd: &cx.cwd, home: &cx.home, findings: &ids, words: &words }, None)
}

pub(crate) fn run(t: &Table, index: &RuleIndex, prepared: &[Prepared], out: &mut Findings) -> Vec<Hit> {
    hits(t, index, prepared, out, Stage::Destructive, |a| a != Action::Allow)
}

pub(crate) fn hits(t: &Table, index: &RuleIndex, prepared: &[Prepared], out: &mut Findings, stage: Stage, want: impl Fn(Action) -> bool) -> Vec<Hit> {
    let mut found = Vec::new();
    for ((ui, u), p) in t.units.iter().enumerate().zip(prepared) {
        let mut candidates = p.candidates.iter().copied().filter(|&ri| want(index.rules[ri].action)).peekable();
        if candidates.peek().is_none() {
            continue;
        }
        let ids = if p.candidates.iter().any(|&ri| want(index.rules[ri].action) && index.rules[ri].matcher.needs_findings()) { finding_ids(out, ui) } else { Vec::new() };
        let mcx = MatchCx { cwd: &index.cx.cwd, home: &index.cx.home, findings: &ids, words: &p.words };
        for ri in candidates {
            let r = &index.rules[ri];
            let literal = p.literal_hits.as_ref().map(|seen| seen.binary_search(&ri).is_ok());
            if r.matcher.matches(u, &mcx, literal) {
                found.push(Hit { rule: ri, unit: ui });
                out.note(stage, || format!("rule `{}` ({}, {} layer) matches `{}`", r.id, r.action.as_str(), r.layer, super::s06_substitutions::short(&u.text)));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::cx::Context;
    use crate::testkit::verdict_with;

    const POLICY: &str = r#"
[[rule]]
id = "t.push"
why = "w"
action = "deny"
program = "git"
subcommand = "push"
flags = ["--force"]
examples.match = ["git push --force"]

[[rule]]
id = "t.rm"
why = "w"
action = "ask"
program = "rm"
flags = ["-r"]
args = ["build*"]
examples.match = ["rm -r build"]

[[rule]]
id = "t.re"
why = "w"
action = "deny"
regex = "(?i)drop\\s+table"
literals = ["drop", "DROP"]
examples.match = ["psql -c 'DROP TABLE x'"]
"#;

    fn rules(cmd: &str) -> Vec<String> {
        verdict_with(cmd, POLICY, &Context::default()).rules.iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("git push --force origin main", &["t.push"]),
            ("git push -f", &["t.push"]),
            ("git push origin main --force", &["t.push"]),
            ("git push --forc", &[]), // ambiguous for git: --force or --force-with-lease
            ("git push origin main", &[]),
            ("sudo git push --force", &["t.push"]),
            ("bash -c 'git push --force'", &["t.push"]),
            ("echo $(git push --force)", &["t.push"]),
            ("rm -rf build/", &["t.rm"]),
            ("rm -Rf buildx", &["t.rm"]),
            ("rm -rf src", &[]),
            ("psql -c 'DROP TABLE users'", &["t.re"]),
            // Issue 4 finding 5: the prefilter sees what the regex sees, in any case.
            ("psql -c 'DR''OP TABLE users'", &["t.re"]),
            ("psql -c 'dRoP TABLE users'", &["t.re"]),
            ("psql -c \"D\"ROP' TABLE users'", &["t.re"]),
            ("psql -c 'select 1'", &[]),
        ];
        for (cmd, want) in cases {
            assert_eq!(rules(cmd), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{cmd}");
        }
    }
}
