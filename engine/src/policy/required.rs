//! Literals a regex cannot match without: a cheap pre-check before a rule's regex is compiled
//! or run.
//!
//! The requirement is a list of clauses, each a list of literals: a text can only match when it
//! holds one literal of every clause. From the regex's syntax tree: a literal requires itself; a
//! concatenation requires what each of its parts requires (every clause of every part); an
//! alternation requires one of the literals of a clause of each branch (the most selective
//! clause of each, when every branch requires something); a repetition of at least once and a
//! group require what their inside requires; classes, look-arounds, the empty regex and optional
//! repetitions require nothing. So every text the regex matches holds a literal of each clause,
//! and a text that does not cannot match: the regex need not run on it (most rules are reached
//! by commands they never match), and an allow rule's regex need not even be compiled.
//!
//! Invariant: the answer is only ever "cannot match" or "may match"; "may match" is the answer
//! when the regex does not parse or nothing is required. A deny or ask rule's regex is still
//! compiled before the answer is used, so one that does not compile fails closed as before.

use memchr::memmem::Finder;
use regex_syntax::hir::{Hir, HirKind};

/// At most this many literals are kept: a longer list costs more to test than it saves.
const MAX_LITERALS: usize = 64;

/// One literal of each clause occurs in every match (each literal with its searcher built once).
pub(crate) type Clauses = Vec<Vec<Finder<'static>>>;

/// What every match of `source` holds; `None` when nothing is required or the regex does not
/// parse.
pub(crate) fn required_literals(source: &str) -> Option<Clauses> {
    // The same syntax the `regex` crate's `Regex::new` parses with (its defaults).
    let hir = regex_syntax::ParserBuilder::new().build().parse(source).ok()?;
    let clauses = required(&hir);
    let fits = !clauses.is_empty() && clauses.iter().map(Vec::len).sum::<usize>() <= MAX_LITERALS;
    fits.then(|| clauses.into_iter().map(|c| c.iter().map(|l| Finder::new(l).into_owned()).collect()).collect())
}

/// The clauses of `hir` (none: nothing is required).
fn required(hir: &Hir) -> Vec<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(lit) if !lit.0.is_empty() => vec![vec![lit.0.to_vec()]],
        HirKind::Literal(_) | HirKind::Empty | HirKind::Class(_) | HirKind::Look(_) => Vec::new(),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => Vec::new(),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Concat(parts) => parts.iter().flat_map(required).collect(),
        HirKind::Alternation(branches) => {
            let mut one = Vec::new();
            for b in branches {
                match required(b).into_iter().max_by_key(|c| selectivity(c)) {
                    Some(clause) => one.extend(clause),
                    None => return Vec::new(),
                }
            }
            vec![one]
        }
    }
}

/// Orders literal sets by how rarely a text holds one: longer shortest literal first, then fewer.
fn selectivity(set: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
    (set.iter().map(Vec::len).min().unwrap_or(0), std::cmp::Reverse(set.len()))
}

/// Whether `text` holds one literal of every clause (byte for byte, as the regex compares).
pub(crate) fn holds_all(clauses: &Clauses, text: &str) -> bool {
    clauses.iter().all(|c| holds_one(c, text))
}

/// Whether `text` holds one of `literals`.
fn holds_one(literals: &[Finder<'static>], text: &str) -> bool {
    literals.iter().any(|l| l.find(text.as_bytes()).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clauses as text.
    fn all(re: &str) -> Option<Vec<Vec<String>>> {
        required_literals(re).map(|c| c.iter().map(|v| v.iter().map(|l| String::from_utf8(l.needle().to_vec()).expect("utf8")).collect()).collect())
    }

    /// The clauses, for a regex whose requirement is one clause.
    fn lits(re: &str) -> Option<Vec<String>> {
        let c = all(re)?;
        assert_eq!(c.len(), 1, "{re}: {c:?}");
        c.into_iter().next()
    }

    fn finders(lits: &[&str]) -> Vec<Finder<'static>> {
        lits.iter().map(|l| Finder::new(l.as_bytes()).into_owned()).collect()
    }

    #[test]
    fn what_each_form_requires() {
        assert_eq!(all("--restart[= ](always|unless-stopped|on-failure)"), Some(vec![vec!["--restart".to_string()], vec!["always".into(), "unless-stopped".into(), "on-failure".into()]]));
        assert_eq!(lits("abc"), Some(vec!["abc".to_string()]));
        assert_eq!(all("a(bcd|ef)"), Some(vec![vec!["a".to_string()], vec!["bcd".into(), "ef".into()]]));
        assert_eq!(all(r"\s(-u|--user)[= ]?(0|root)\b"), Some(vec![vec!["-u".to_string(), "--user".into()], vec!["0".into(), "root".into()]]));
        assert_eq!(lits("(x|yz)w|(q)"), Some(vec!["w".to_string(), "q".into()]), "the most selective clause of each branch");
        assert_eq!(lits("x?"), None);
        assert_eq!(lits("(ab)*"), None);
        assert_eq!(all("(ab)+c"), Some(vec![vec!["ab".to_string()], vec!["c".into()]]));
        assert_eq!(lits("ab|c*"), None, "a branch that requires nothing");
        assert_eq!(lits(r"\w+"), None);
        assert_eq!(lits("(?i)drop"), None, "case-insensitive letters are classes");
        assert_eq!(lits("(unclosed"), None, "does not parse");
    }

    #[test]
    fn every_match_of_a_builtin_regex_holds_a_required_literal() {
        // Every built-in regex rule over its own examples, and hand-made texts around them.
        let mut checked = 0;
        for name in hardshell_policies::NAMES {
            for (file, text) in hardshell_policies::ruleset(name).expect("ruleset") {
                let raw: toml::Value = toml::from_str(text).expect("toml");
                let rules = raw.get("rule").and_then(|r| r.as_array()).cloned().unwrap_or_default();
                for r in rules {
                    let Some(src) = r.get("regex").and_then(|x| x.as_str()) else { continue };
                    let re = regex::Regex::new(src).expect("builtin regex compiles");
                    let Some(req) = required_literals(src) else { continue };
                    let examples = r.get("examples").and_then(|e| e.get("match")).and_then(|m| m.as_array()).cloned().unwrap_or_default();
                    for ex in examples.iter().filter_map(|e| e.as_str()) {
                        if re.is_match(ex) {
                            assert!(holds_all(&req, ex), "{file}: `{src}` matches `{ex}` without a required literal");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked >= 10, "only {checked} examples checked");
    }

    #[test]
    fn holds_is_a_substring_test_per_clause() {
        let l = finders(&["--restart", "ab"]);
        assert!(holds_one(&l, "docker run --restart=always x"));
        assert!(holds_one(&l, "xab"));
        assert!(holds_one(&l, "ab"));
        assert!(!holds_one(&l, "a"));
        assert!(!holds_one(&l, "docker run -d x"));
        assert!(!holds_one(&l, ""));
        assert!(!holds_one(&[], "anything"));
        let c = vec![l, finders(&["x"])];
        assert!(holds_all(&c, "--restart x"));
        assert!(!holds_all(&c, "--restart"));
    }
}

