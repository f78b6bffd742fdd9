//! Lint checks that need more than one rule or the program catalogue: rules shadowed by another
//! rule (they can never change a verdict), flags the program does not have (usually a typo), and
//! `[[test]]` tables that name rules nobody defines. Load-time checks (schema, regex, globs,
//! duplicate ids, examples) live in `compile.rs` and `Engine`; `hardshell policy lint` runs all.

use super::diag::{line_col, Diagnostic};
use super::effects::covers;
use super::{Matcher, Policy, Rule};
use crate::specs::{Catalog, Spec};

/// Warnings about `policy` given every rule in force (`all`, each with its policy's file and
/// source text; `synthetic`: the rules made from settings) and the catalogue.
pub(crate) fn lint(policy: &Policy, all: &[(&Policy, &Rule)], synthetic: &[Rule], catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, b) in policy.rules.iter().enumerate() {
        if let Some(d) = shadowed(policy, i, b, all) {
            out.push(d);
        }
        out.extend(unknown_flags(policy, b, catalog));
        out.extend(uncovered_literals(policy, b));
    }
    for t in &policy.tests {
        for id in t.rules.iter().chain(&t.not_rules) {
            if !all.iter().any(|(_, r)| &r.id == id) && !synthetic.iter().any(|r| &r.id == id) {
                out.push(Diagnostic::warning("unknown-rule", format!("test names rule `{id}`, which no policy in force defines"), &policy.file, &policy.src, t.span.start..t.span.start + 8));
            }
        }
    }
    out
}

/// `b` (rule `i` of `policy`) is shadowed when another rule matches whenever it does, with an
/// action and risk at least as strict: `b` can never change a verdict.
fn shadowed(policy: &Policy, i: usize, b: &Rule, all: &[(&Policy, &Rule)]) -> Option<Diagnostic> {
    for (p, a) in all {
        let same = std::ptr::eq(*a, b);
        if same || a.action < b.action || a.risk < b.risk || !implies(&b.matcher, &a.matcher) {
            continue;
        }
        // Two rules that imply each other in the same file: report only the later one.
        let same_file = std::ptr::eq(*p, policy);
        if same_file && implies(&a.matcher, &b.matcher) && a.action == b.action && a.risk == b.risk && policy.rules.iter().position(|r| std::ptr::eq(r, *a)).is_some_and(|j| j > i) {
            continue;
        }
        let (l, c) = line_col(&p.src, a.spans.id.start);
        let whom = if a.spans.rule.is_empty() { format!("note: `{}` comes from the settings", a.id) } else { format!("note: shadowed by `{}` ({}, {} layer) at {}:{l}:{c}", a.id, a.action.as_str(), a.layer, p.file) };
        return Some(
            Diagnostic::warning("shadowed", format!("never changes a verdict: `{}` matches everything this rule matches and is at least as strict", a.id), &policy.file, &policy.src, b.spans.id.clone())
                .rule(&b.id)
                .note(whom)
                .note("help: remove this rule, or narrow the other one"),
        );
    }
    None
}

/// Whether every unit `b` matches is also matched by `a` (conservative: `false` when unsure).
fn implies(b: &Matcher, a: &Matcher) -> bool {
    let subset = |x: &[String], y: &[String]| x.iter().all(|v| y.contains(v));
    let programs = a.programs.is_empty() || (!b.programs.is_empty() && (a.programs.iter().any(|p| p == "*") || subset(&b.programs, &a.programs)));
    let subs = a.subs.is_empty() || (!b.subs.is_empty() && b.subs.iter().all(|bs| a.subs.iter().any(|s| bs.starts_with(s))));
    let flags_any = a.flags_any.is_empty() || (!b.flags_any.is_empty() && subset(&b.flags_any, &a.flags_any)) || b.flags_all.iter().any(|f| a.flags_any.contains(f));
    let flags = flags_any && subset(&a.flags_all, &b.flags_all) && subset(&a.flags_none, &b.flags_none);
    let args = match (&a.args, &b.args) {
        (None, _) => true,
        (Some(x), Some(y)) => subset(&y.sources, &x.sources),
        (Some(_), None) => false,
    };
    let paths = match (&a.paths, &b.paths) {
        (None, _) => true,
        (Some(x), Some(y)) => subset(&y.sources, &x.sources) && (a.path_kinds.is_empty() || (!b.path_kinds.is_empty() && subset(&b.path_kinds, &a.path_kinds))),
        (Some(_), None) => false,
    };
    let effects = a.effects.is_empty() || (!b.effects.is_empty() && b.effects.iter().all(|e| a.effects.iter().any(|x| covers(x, e))));
    let regex = match (&a.regex, &b.regex) {
        (None, _) => true,
        (Some(x), Some(y)) => x.source == y.source && (a.literals.is_empty() || (!b.literals.is_empty() && subset(&b.literals, &a.literals))),
        (Some(_), None) => false,
    };
    programs && subs && flags && args && paths && effects && regex && a.hosts.is_none() && b.hosts.is_none()
}

/// `literals` only let the regex run when one of them occurs (in any ASCII case): a regex that
/// can match text holding none of them would silently never fire on that text.
fn uncovered_literals(policy: &Policy, r: &Rule) -> Option<Diagnostic> {
    let re = r.matcher.regex.as_ref().filter(|_| !r.matcher.literals.is_empty())?;
    let hir = regex_syntax::ParserBuilder::new().build().parse(&re.source).ok()?;
    let lits: Vec<String> = r.matcher.literals.iter().map(|l| l.to_ascii_lowercase()).collect();
    if covered(&hir, &lits) {
        return None;
    }
    // The `literals` key in front of its value (a table's own span is not relied on: it
    // differs between TOML parser versions), else the rule's id.
    let key = r.spans.literals.as_ref().and_then(|v| policy.src.get(..v.start)?.rfind("literals"));
    let at = key.map_or(r.spans.id.clone(), |i| i..i + 8);
    Some(
        Diagnostic::warning("uncovered-literals", "the regex can match text that holds none of `literals`: the rule never fires on it".into(), &policy.file, &policy.src, at)
            .rule(&r.id)
            .note("help: every branch of the regex must contain one of the literals (compared without ASCII case); add a literal or drop `literals`"),
    )
}

/// Whether every text `h` matches contains one of `lits` (lowercase; conservative: `false` when
/// unsure). Runs of literal characters (a `(?i)` letter is a two-case class) are joined first.
fn covered(h: &regex_syntax::hir::Hir, lits: &[String]) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    let has = |text: &str| lits.iter().any(|l| text.contains(l.as_str()));
    let one_char = |h: &regex_syntax::hir::Hir| -> Option<String> {
        match h.kind() {
            HirKind::Literal(l) => std::str::from_utf8(&l.0).ok().map(str::to_ascii_lowercase),
            HirKind::Class(Class::Unicode(c)) => {
                let chars: Vec<char> = c.ranges().iter().flat_map(|r| r.start()..=r.end()).take(3).collect();
                match chars.as_slice() {
                    [a] => Some(a.to_ascii_lowercase().to_string()),
                    [a, b] if a.eq_ignore_ascii_case(b) => Some(a.to_ascii_lowercase().to_string()),
                    // `(?i)s` and `(?i)k` also hold `ſ` and the Kelvin sign, which no program
                    // reads as `s` or `k`: counted as the ASCII letter.
                    [a, b, c] if a.eq_ignore_ascii_case(b) && matches!(c, '\u{17f}' | '\u{212a}') => Some(a.to_ascii_lowercase().to_string()),
                    _ => None,
                }
            }
            _ => None,
        }
    };
    match h.kind() {
        HirKind::Literal(_) | HirKind::Class(_) => one_char(h).is_some_and(|t| has(&t)),
        HirKind::Capture(c) => covered(&c.sub, lits),
        HirKind::Repetition(r) => r.min >= 1 && covered(&r.sub, lits),
        HirKind::Alternation(alts) => alts.iter().all(|a| covered(a, lits)),
        HirKind::Concat(parts) => {
            let mut run = String::new();
            for p in parts {
                match one_char(p) {
                    Some(t) => run.push_str(&t),
                    None => {
                        if has(&run) || covered(p, lits) {
                            return true;
                        }
                        run.clear();
                    }
                }
            }
            has(&run)
        }
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Long flags that no spec of the rule's programs knows but that are one or two edits from one it
/// does: the rule still matches them written exactly so, but a typo (`--forse`) means the rule
/// silently never fires.
fn unknown_flags(policy: &Policy, r: &Rule, catalog: &Catalog) -> Vec<Diagnostic> {
    let specs: Vec<&'static Spec> = r.matcher.programs.iter().filter_map(|p| catalog.get(p)).collect();
    if specs.is_empty() || specs.len() < r.matcher.programs.len() {
        return Vec::new();
    }
    // With a subcommand, only the flags of the program and of that subcommand; without one, every
    // flag of the program's tree. A subcommand the catalogue does not list: nothing to compare.
    let mut names: Vec<&'static str> = Vec::new();
    for s in specs {
        if r.matcher.subs.is_empty() {
            collect_flags(s, &mut names, 0);
            continue;
        }
        names.extend(s.flags.iter().flat_map(|f| f.names.iter().copied()));
        for path in &r.matcher.subs {
            let mut at = Some(s);
            for word in path {
                at = at.and_then(|spec| spec.sub(word));
                let Some(spec) = at else { return Vec::new() };
                names.extend(spec.flags.iter().flat_map(|f| f.names.iter().copied()));
            }
        }
    }
    let mut out = Vec::new();
    for (flag, span) in &r.spans.flags {
        // Short flags are all one edit apart, and catalogue entries do not list every flag:
        // only a long flag one or two edits from a known one is reported (a likely typo).
        if names.contains(&flag.as_str()) || flag.len() <= 3 || ["--help", "--version"].contains(&flag.as_str()) {
            continue;
        }
        let limit = if flag.len() < 9 { 1 } else { 2 };
        let Some(best) = names.iter().filter(|n| n.len() > 2).min_by_key(|n| distance(n, flag)).filter(|n| distance(n, flag) <= limit) else { continue };
        let programs = r.matcher.programs.join("`, `");
        out.push(
            Diagnostic::warning("unknown-flag", format!("`{programs}` has no flag `{flag}`; the rule fires only when it is written exactly so"), &policy.file, &policy.src, span.clone())
                .rule(&r.id)
                .note(format!("help: did you mean `{best}`?")),
        );
    }
    out
}

fn collect_flags(s: &'static Spec, names: &mut Vec<&'static str>, depth: usize) {
    names.extend(s.flags.iter().flat_map(|f| f.names.iter().copied()));
    if depth < 4 {
        for sub in s.subs {
            collect_flags(sub, names, depth + 1);
        }
    }
}

/// Levenshtein distance (short strings only).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("--force", "--forse"), 1);
        assert_eq!(distance("", "ab"), 2);
        assert_eq!(distance("abc", "abc"), 0);
    }
}
