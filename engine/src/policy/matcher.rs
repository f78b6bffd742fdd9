//! Rule matching on command units: program, subcommand path, flags (in any spelling the
//! program's spec knows: bundled, long, abbreviated), positional globs, and regex over the unit's
//! text as a last resort, with an aho-corasick literal prefilter built per engine.

use crate::specs::Spec;
use crate::unit::{Prog, Unit};
use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::Regex;
use std::ops::Range;

#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    pub(crate) programs: Vec<String>,
    /// Each entry is a subcommand path (`"remote add"` -> `["remote", "add"]`).
    pub(crate) subs: Vec<Vec<String>>,
    pub(crate) flags_any: Vec<String>,
    pub(crate) flags_all: Vec<String>,
    /// The rule does not match when any of these flags is present.
    pub(crate) flags_none: Vec<String>,
    pub(crate) args: Option<LazyGlobs>,
    /// Checked for syntax when the policy loads; compiled the first time a unit reaches it (most
    /// evaluations never need most regexes, and compiling them all would dominate start-up).
    pub(crate) regex: Option<LazyRegex>,
    /// Literals that must occur in the unit text for the regex to be tried.
    pub(crate) literals: Vec<String>,
}

type BuildError = (String, Option<Range<usize>>);

/// Globs checked when the policy loads, compiled into one set on first use.
#[derive(Debug, Clone)]
pub(crate) struct LazyGlobs {
    globs: Vec<Glob>,
    set: std::sync::OnceLock<Option<GlobSet>>,
}

impl LazyGlobs {
    /// A set that fails to build (never for globs that parsed) matches everything: fail closed.
    fn is_match(&self, text: &str) -> bool {
        let set = self.set.get_or_init(|| {
            let mut b = GlobSetBuilder::new();
            for g in &self.globs {
                b.add(g.clone());
            }
            b.build().ok()
        });
        set.as_ref().is_none_or(|s| s.is_match(text))
    }
}

/// A regex whose syntax is valid, compiled on first use.
#[derive(Debug, Clone)]
pub(crate) struct LazyRegex {
    source: String,
    compiled: std::sync::OnceLock<Option<Regex>>,
}

impl LazyRegex {
    fn new(source: &str) -> Result<LazyRegex, String> {
        regex_syntax::ParserBuilder::new().build().parse(source).map_err(|e| e.to_string().lines().last().unwrap_or("").to_string())?;
        Ok(LazyRegex { source: source.to_string(), compiled: std::sync::OnceLock::new() })
    }

    /// `None` only if the regex, though valid, is too big to compile: then it matches everything
    /// (a deny or ask rule that cannot be evaluated fails closed).
    fn is_match(&self, text: &str) -> bool {
        match self.compiled.get_or_init(|| Regex::new(&self.source).ok()) {
            Some(re) => re.is_match(text),
            None => true,
        }
    }
}

impl Matcher {
    pub(crate) fn build(
        programs: Vec<String>,
        subs: Vec<String>,
        flags_any: Vec<String>,
        flags_all: Vec<String>,
        flags_none: Vec<String>,
        args: &[toml::Spanned<String>],
        regex: Option<&toml::Spanned<String>>,
        literals: Vec<String>,
    ) -> Result<Matcher, BuildError> {
        let args = if args.is_empty() {
            None
        } else {
            let mut globs = Vec::with_capacity(args.len());
            for a in args {
                globs.push(Glob::new(a.get_ref()).map_err(|e| (format!("bad glob `{}`: {e}", a.get_ref()), Some(a.span())))?);
            }
            Some(LazyGlobs { globs, set: std::sync::OnceLock::new() })
        };
        let regex = match regex {
            Some(r) => Some(LazyRegex::new(r.get_ref()).map_err(|e| (format!("bad regex `{}`: {e}", r.get_ref()), Some(r.span())))?),
            None => None,
        };
        if programs.is_empty() && regex.is_none() {
            return Err(("a rule needs `program` or `regex`".into(), None));
        }
        if (!subs.is_empty() || !flags_any.is_empty() || !flags_all.is_empty() || !flags_none.is_empty() || args.is_some()) && programs.is_empty() {
            return Err(("`subcommand`, `flags`, `unless_flags` and `args` need `program`".into(), None));
        }
        let subs = subs.into_iter().map(|s| s.split_whitespace().map(str::to_string).collect()).collect();
        Ok(Matcher { programs, subs, flags_any, flags_all, flags_none, args, regex, literals })
    }

    pub(crate) fn matches(&self, u: &Unit) -> bool {
        // `sudo --version`, `kubectl delete --help`: prints and exits, whatever the program.
        if crate::stages::s12_effects::only_info(u) {
            return false;
        }
        if !self.programs.is_empty() {
            let name = match &u.prog {
                Prog::Known { name, .. } => Some(name.as_str()),
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
                if !pos.iter().any(|p| globs.is_match(&p.text)) {
                    return false;
                }
            }
        }
        match &self.regex {
            Some(re) => {
                if !self.literals.is_empty() && !self.literals.iter().any(|l| u.text.contains(l.as_str())) {
                    return false;
                }
                re.is_match(&u.text) || re.is_match(&u.argv.iter().map(|v| v.text.as_str()).collect::<Vec<_>>().join(" "))
            }
            None => true,
        }
    }
}

/// Whether the unit's subcommand path starts with `path`. Programs without a spec (unknown to the
/// catalogue) use their leading non-flag words.
fn has_sub_path(u: &Unit, path: &[String]) -> bool {
    // Recognised subcommands first, then the leading positional words (subcommands the catalogue
    // does not list, or programs without a spec).
    let words: Vec<&str> = if u.args.spec.is_some() {
        u.args.subs.iter().map(String::as_str).chain(u.args.positionals.iter().map(|v| v.text.as_str())).take(path.len()).collect()
    } else {
        u.argv.iter().skip(1).map(|v| v.text.as_str()).filter(|w| !w.starts_with('-')).take(path.len()).collect()
    };
    words.len() == path.len() && words.iter().zip(path).all(|(a, b)| a == b)
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
