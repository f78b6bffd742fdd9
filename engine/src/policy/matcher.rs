//! Rule matching on command units: program, subcommand path, flags (in any spelling the
//! program's spec knows: bundled, long, abbreviated), positional globs, path globs over what the
//! unit reads / writes / deletes, effects the engine found, hosts outside a network allowlist,
//! and regex over the unit's text as a last resort (with an aho-corasick literal prefilter built
//! per engine).

use super::effects;
use super::settings::{host_allowed, host_of};
use crate::specs::Spec;
use crate::stages::s13_paths::normalize;
use crate::unit::{Effect, Prog, Unit, Value};
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use regex::Regex;
use std::ops::Range;

/// What a matcher needs besides the unit: where the command runs, and the ids of the findings
/// stages 1-13 recorded about this unit.
#[derive(Clone, Debug)]
pub(crate) struct MatchCx<'a> {
    pub(crate) cwd: &'a str,
    pub(crate) home: &'a str,
    pub(crate) findings: &'a [&'static str],
    /// The unit's decoded words joined, built on first use and shared by every rule tried on it.
    pub(crate) words: &'a std::cell::OnceCell<String>,
}

/// Network condition of a rule made from `settings.network_allow`.
#[derive(Debug, Clone)]
pub(crate) struct Hosts {
    pub(crate) allow: Vec<String>,
    /// Match units whose host is unknown (dynamic or not written), instead of known unlisted ones.
    pub(crate) unknown: bool,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    pub(crate) programs: Vec<String>,
    /// Each entry is a subcommand path (`"remote add"` -> `["remote", "add"]`).
    pub(crate) subs: Vec<Vec<String>>,
    pub(crate) flags_any: Vec<String>,
    pub(crate) flags_all: Vec<String>,
    /// The rule does not match when any of these flags is present.
    pub(crate) flags_none: Vec<String>,
    pub(crate) args: Option<LazyGlobs>,
    /// Globs over the paths the unit touches (each also matches everything under it).
    pub(crate) paths: Option<LazyGlobs>,
    /// With `paths`: only paths of these effect kinds count (empty: any).
    pub(crate) path_kinds: Vec<String>,
    /// Any of these effects (kinds, finding ids or id prefixes).
    pub(crate) effects: Vec<String>,
    pub(crate) hosts: Option<Hosts>,
    /// Checked for syntax when the policy loads; compiled the first time a unit reaches it (most
    /// evaluations never need most regexes, and compiling them all would dominate start-up).
    pub(crate) regex: Option<LazyRegex>,
    /// Literals that must occur in the unit text for the regex to be tried.
    pub(crate) literals: Vec<String>,
    /// The rule allows: a regex or glob set that cannot be evaluated makes it match nothing.
    /// Deny and ask rules match instead (fail closed both ways).
    pub(crate) allow: bool,
}

/// An error while building a matcher: message and the span it points at.
pub(crate) type BuildError = (String, Option<Range<usize>>);

/// Globs checked when the policy loads, compiled into one set on first use.
#[derive(Debug, Clone)]
pub(crate) struct LazyGlobs {
    pub(crate) sources: Vec<String>,
    globs: Vec<Glob>,
    set: std::sync::OnceLock<Option<GlobSet>>,
    /// Path globs: each pattern's literal directory part, and whether a glob component follows
    /// it. Deleting that directory (when globbed) or any directory above it deletes what the
    /// pattern names (`rm -rf config` deletes `config/prod.key`).
    prefixes: Vec<(String, bool)>,
}

impl LazyGlobs {
    /// Globs for positional arguments (`*` matches `/` too: arguments are not always paths).
    pub(crate) fn args(list: &[toml::Spanned<String>], check: bool) -> Result<LazyGlobs, BuildError> {
        let mut globs = Vec::with_capacity(list.len());
        for a in list {
            globs.push(Glob::new(a.get_ref()).map_err(|e| (format!("bad glob `{}`: {}", a.get_ref(), glob_error(&e)), Some(a.span())))?);
        }
        LazyGlobs { sources: list.iter().map(|a| a.get_ref().clone()).collect(), globs, set: std::sync::OnceLock::new(), prefixes: Vec::new() }.checked(check)
    }

    /// Globs for paths: `*` stays within one component, `**` crosses them, and each pattern also
    /// matches everything under it (`~/.ssh` protects `~/.ssh/id_rsa`).
    pub(crate) fn paths(list: &[(String, Range<usize>)], check: bool) -> Result<LazyGlobs, BuildError> {
        let mut globs = Vec::with_capacity(list.len() * 2);
        for (p, span) in list {
            let trimmed = p.trim_end_matches('/');
            let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
            let build = |g: &str| GlobBuilder::new(g).literal_separator(true).build().map_err(|e| (format!("bad glob `{p}`: {}", glob_error(&e)), Some(span.clone())));
            globs.push(build(trimmed)?);
            if !trimmed.ends_with("**") {
                globs.push(build(&format!("{}/**", trimmed.trim_end_matches('/')))?);
            }
        }
        let prefixes = list.iter().map(|(p, _)| literal_dir(p)).collect();
        LazyGlobs { sources: list.iter().map(|(p, _)| p.clone()).collect(), globs, set: std::sync::OnceLock::new(), prefixes }.checked(check)
    }

    /// With `check`, builds the set now (the same build evaluation uses, with the same size
    /// limits): a set too big to build is a load error, not a rule that cannot be evaluated.
    fn checked(self, check: bool) -> Result<LazyGlobs, BuildError> {
        if check && self.set().is_none() {
            return Err((format!("globs `{}` are too big to compile", self.sources.join("`, `")), None));
        }
        Ok(self)
    }

    fn set(&self) -> Option<&GlobSet> {
        self.set
            .get_or_init(|| {
                let mut b = GlobSetBuilder::new();
                for g in &self.globs {
                    b.add(g.clone());
                }
                b.build().ok()
            })
            .as_ref()
    }

    /// `None` when the set cannot be built (only when the policy was loaded without checking it).
    fn is_match(&self, text: &str) -> Option<bool> {
        self.set().map(|s| s.is_match(text))
    }
}

/// The literal directory part of a path pattern, and whether a glob component follows it:
/// `config/prod.key` -> (`config/prod.key`, false); `/etc/*.conf` -> (`/etc`, true);
/// `migrations/applied/**` -> (`migrations/applied`, true); `*.key` -> (``, true).
fn literal_dir(p: &str) -> (String, bool) {
    let p = p.trim_end_matches('/');
    match p.find(['*', '?', '[', '{', '\\']) {
        None => (p.to_string(), false),
        Some(i) => match p[..i].rfind('/') {
            Some(0) => ("/".to_string(), true),
            Some(j) => (p[..j].to_string(), true),
            None => (String::new(), true),
        },
    }
}

fn glob_error(e: &globset::Error) -> String {
    e.kind().to_string()
}

/// A regex whose syntax is valid, compiled on first use.
#[derive(Debug, Clone)]
pub(crate) struct LazyRegex {
    pub(crate) source: String,
    compiled: std::sync::OnceLock<Option<Regex>>,
    /// Literals one of which every match contains (see `required`), worked out on first use.
    required: std::sync::OnceLock<Option<super::required::Clauses>>,
}

impl LazyRegex {
    /// With `check`, checks the syntax and compiles it now (with the size limits evaluation
    /// uses), so a bad regex or one too big to compile is a load error. Built-in rulesets skip
    /// both to keep start-up fast (the syntax check alone cost a quarter of a hook's
    /// instructions); the test `builtin_regexes_and_globs_compile` checks every built-in regex,
    /// and a regex that still failed to compile would make `is_match` answer `None`, which the
    /// caller fails closed on.
    pub(crate) fn new(source: &str, check: bool) -> Result<LazyRegex, String> {
        let compiled = std::sync::OnceLock::new();
        if check {
            regex_syntax::ParserBuilder::new().build().parse(source).map_err(|e| e.to_string().lines().last().unwrap_or("").trim().trim_start_matches("error: ").to_string())?;
            let re = Regex::new(source).map_err(|e| match e {
                regex::Error::CompiledTooBig(limit) => format!("too big to compile (over the {limit}-byte size limit): use fewer or smaller repetitions"),
                other => other.to_string().lines().last().unwrap_or("").trim().to_string(),
            })?;
            let _ = compiled.set(Some(re));
        }
        Ok(LazyRegex { source: source.to_string(), compiled, required: std::sync::OnceLock::new() })
    }

    /// Whether the regex compiles (compiling it on first use).
    fn compiles(&self) -> bool {
        self.compiled.get_or_init(|| Regex::new(&self.source).ok()).is_some()
    }

    /// `false` when `text` does not hold the literals every match needs: the regex cannot match
    /// it, and need not run on it.
    fn may_match(&self, text: &str) -> bool {
        match self.required.get_or_init(|| super::required::required_literals(&self.source)) {
            Some(clauses) => super::required::holds_all(clauses, text),
            None => true,
        }
    }

    /// `None` only if the regex does not compile (only possible when it was not checked at
    /// load): the caller decides which way to fail.
    fn is_match(&self, text: &str) -> Option<bool> {
        self.compiled.get_or_init(|| Regex::new(&self.source).ok()).as_ref().map(|re| re.is_match(text))
    }
}

impl Matcher {
    /// Whether the rule needs the unit's findings (only `effects` does).
    pub(crate) fn needs_findings(&self) -> bool {
        !self.effects.is_empty()
    }

    /// Whether the rule matches `u`. `literal` is the answer of the caller's literal prefilter
    /// (one automaton for every rule), if it ran: whether one of this rule's literals occurs.
    pub(crate) fn matches(&self, u: &Unit, cx: &MatchCx<'_>, literal: Option<bool>) -> bool {
        // `sudo --version`, `kubectl delete --help`: prints and exits, whatever the program.
        if crate::stages::s12_effects::only_info(u) {
            return false;
        }
        if !self.programs.is_empty() && !self.program_matches(u) {
            return false;
        }
        if !self.effects.is_empty() && !self.effects.iter().any(|e| effects::unit_has(u, cx.findings, e)) {
            return false;
        }
        if let Some(globs) = &self.paths {
            let hit = u.effects.iter().filter_map(effects::path).any(|(kind, v)| (self.path_kinds.is_empty() || self.path_kinds.iter().any(|k| k == kind)) && (path_matches(globs, v, cx, !self.allow) || (matches!(kind, "delete" | "destroy") && deletes_above(globs, v, cx))));
            if !hit {
                return false;
            }
        }
        if let Some(h) = &self.hosts {
            if !hosts_match(h, u) {
                return false;
            }
        }
        match &self.regex {
            Some(re) => {
                let words = cx.words.get_or_init(|| unit_words(u));
                // A superset of what the regex matches: in any ASCII case, over both texts.
                let literal_ok = || literal.unwrap_or_else(|| self.literals.iter().any(|l| contains_ascii_ci(&u.text, l) || contains_ascii_ci(words, l)));
                if !self.literals.is_empty() && !literal_ok() {
                    return false;
                }
                // Neither text holds the literals every match needs: no match. A deny or ask rule's
                // regex is compiled first all the same, because one that does not compile must
                // match (fail closed); an allow rule's would match nothing either way.
                let same = *words == u.text;
                if (self.allow || re.compiles()) && !re.may_match(&u.text) && (same || !re.may_match(words)) {
                    return false;
                }
                // (`None` only when the regex does not compile, for both texts alike; the words
                // are searched only when they differ from the text and the text did not match)
                match re.is_match(&u.text) {
                    Some(true) => true,
                    Some(false) if same => false,
                    Some(false) => re.is_match(words).unwrap_or(!self.allow),
                    None => !self.allow,
                }
            }
            None => true,
        }
    }

    fn program_matches(&self, u: &Unit) -> bool {
        let name = match &u.prog {
            Prog::Known { name, .. } => Some(*name),
            Prog::Unknown { name } => Some(name.rsplit('/').next().unwrap_or(name)),
            Prog::Builtin(b) => Some(*b),
            _ => None,
        };
        let Some(name) = name else { return false };
        if !self.programs.iter().any(|p| p == name || p == "*" || u.base() == Some(p.as_str())) {
            return false;
        }
        if !self.subs.is_empty() && !self.subs.iter().any(|s| has_sub_path(u, s)) {
            return false;
        }
        let spec = match &u.prog {
            Prog::Known { spec, .. } => Some(*spec),
            _ => None,
        };
        let has = |f: &String| has_flag(u, spec, f);
        if !self.flags_any.is_empty() && !self.flags_any.iter().any(has) {
            return false;
        }
        if !self.flags_all.iter().all(has) || self.flags_none.iter().any(has) {
            return false;
        }
        if let Some(globs) = &self.args {
            let pos = if u.args.spec.is_some() { &u.args.positionals } else { &u.argv };
            if !pos.iter().any(|p| globs.is_match(&p.text).unwrap_or(!self.allow)) {
                return false;
            }
        }
        true
    }
}

/// The unit's decoded words joined by spaces: the second text regex rules and their literal
/// prefilter look at (`psql -c 'DR''OP'` is `psql -c DROP`).
pub(crate) fn unit_words(u: &Unit) -> String {
    u.argv.iter().map(|v| v.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// Whether [`unit_words`] of `u` is the unit's text, without building it.
pub(crate) fn words_are_text(u: &Unit) -> bool {
    let mut rest = u.text.as_str();
    for (i, v) in u.argv.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix(' ') else { return false };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(v.text.as_str()) else { return false };
        rest = r;
    }
    rest.is_empty()
}

/// `needle` occurs in `hay`, ASCII letters compared without case.
fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// A path as written, made absolute against the workspace, and as `~/...` and workspace-relative
/// forms: absolute patterns, `~/` patterns and relative patterns each find their form. `broken`
/// is the answer when the glob set cannot be built.
fn path_matches(globs: &LazyGlobs, v: &Value, cx: &MatchCx<'_>, broken: bool) -> bool {
    if v.dynamic || v.text.is_empty() {
        return false;
    }
    let is_match = |text: &str| globs.is_match(text).unwrap_or(broken);
    let abs = if v.text.starts_with('/') { normalize(&v.text) } else { normalize(&format!("{}/{}", cx.cwd, v.text)) };
    if is_match(&abs) {
        return true;
    }
    let rel = |base: &str| -> Option<String> {
        let base = base.trim_end_matches('/');
        if base.is_empty() {
            return None;
        }
        if abs == base {
            Some(String::new())
        } else {
            abs.strip_prefix(base).and_then(|r| r.strip_prefix('/')).map(str::to_string)
        }
    };
    if let Some(r) = rel(cx.home) {
        if is_match(&if r.is_empty() { "~".to_string() } else { format!("~/{r}") }) {
            return true;
        }
    }
    rel(cx.cwd).is_some_and(|r| is_match(if r.is_empty() { "." } else { &r }))
}

/// Whether deleting the path `v` deletes something a pattern names: `v` is a directory above the
/// pattern's literal directory (or that directory itself, when a glob component follows).
fn deletes_above(globs: &LazyGlobs, v: &Value, cx: &MatchCx<'_>) -> bool {
    if v.dynamic || v.text.is_empty() {
        return false;
    }
    let absolute = |p: &str| -> String {
        if p.starts_with('/') {
            normalize(p)
        } else if p == "~" || p.starts_with("~/") {
            normalize(&format!("{}{}", cx.home.trim_end_matches('/'), &p[1..]))
        } else if p.is_empty() {
            normalize(cx.cwd)
        } else {
            normalize(&format!("{}/{p}", cx.cwd))
        }
    };
    let target = absolute(&v.text);
    let under = format!("{}/", target.trim_end_matches('/'));
    globs.prefixes.iter().any(|(dir, globbed)| {
        let dir = absolute(dir);
        (dir.starts_with(&under) && dir != target) || (*globbed && dir == target)
    })
}

fn hosts_match(h: &Hosts, u: &Unit) -> bool {
    u.effects.iter().any(|e| match e {
        Effect::Net { target } => {
            let host = target.as_ref().filter(|t| !t.dynamic).and_then(|t| host_of(&t.text));
            match host {
                Some(host) => !h.unknown && !h.allow.iter().any(|p| host_allowed(p, &host)),
                None => h.unknown,
            }
        }
        _ => false,
    })
}

/// Whether the unit's subcommand path starts with `path`. Programs without a spec (unknown to the
/// catalogue) use their leading non-flag words.
fn has_sub_path(u: &Unit, path: &[String]) -> bool {
    // Recognised subcommands first, then the leading positional words (subcommands the catalogue
    // does not list, or programs without a spec).
    // (compared word by word as they come: no list of them is built)
    if u.args.spec.is_some() {
        starts_with_path(u.args.subs.iter().map(String::as_str).chain(u.args.positionals.iter().map(|v| v.text.as_str())), path)
    } else {
        starts_with_path(u.argv.iter().skip(1).map(|v| v.text.as_str()).filter(|w| !w.starts_with('-')), path)
    }
}

/// Whether the first `path.len()` of `words` are `path`.
fn starts_with_path<'a>(mut words: impl Iterator<Item = &'a str>, path: &[String]) -> bool {
    path.iter().all(|p| words.next() == Some(p.as_str()))
}

/// Whether the unit has `flag` in any spelling its spec knows.
fn has_flag(u: &Unit, spec: Option<&'static Spec>, flag: &str) -> bool {
    let canon = [u.args.spec, spec]
        .into_iter()
        .flatten()
        .flat_map(|s| s.flags.iter())
        .find_map(|f| f.names.iter().find(|n| **n == flag).map(|n| f.canonical(n)))
        .unwrap_or(flag);
    if u.args.flags.iter().any(|(n, _)| n == canon || n == flag) {
        return true;
    }
    // Programs without a spec: look at the raw words, splitting short bundles.
    if u.args.spec.is_none() {
        return u.argv.iter().skip(1).any(|a| {
            a.text == flag || (flag.len() == 2 && flag.starts_with('-') && a.text.starts_with('-') && !a.text.starts_with("--") && a.text[1..].contains(&flag[1..]))
        });
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_are_text_agrees_with_building_the_words() {
        for cmd in ["git status", "ls  -la", "echo 'a b'", "psql -c 'DR''OP x'", "x=1 env", "cat a|wc", "printf '%s' \"$x\"", "a\tb", "sudo rm -rf ~", "echo é ü", ""] {
            let a = crate::testkit::analyse(cmd);
            for u in &a.table.units {
                assert_eq!(super::words_are_text(u), super::unit_words(u) == u.text, "{cmd:?}: {:?}", u.text);
            }
        }
    }
}
