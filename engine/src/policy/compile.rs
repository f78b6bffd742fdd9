//! Raw TOML -> compiled [`Policy`], collecting every diagnostic instead of stopping at the first.
//!
//! When the strict parse fails on a schema error (unknown key, wrong type), each table is parsed
//! again on its own, with the rest of the file blanked out so spans stay true, so one run reports
//! the errors of every table. Load (`Policy::parse`) and `hardshell policy lint` share this code.

use super::diag::{line_col, Diagnostic};
use super::effects;
use super::matcher::{LazyGlobs, LazyRegex, Matcher};
use super::raw::{LooseTables, OneOrMany, RawPolicy, RawRule, RawSettings, RawTest};
use super::settings::{Item, Settings};
use super::{Action, Layer, Policy, PolicyTest, Rule, RuleSpans};
use crate::cx::Mode;
use crate::verdict::{Decision, Risk};
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

/// Parses and compiles; the policy is `None` when any diagnostic is an error.
/// The largest policy file read (1 MiB: the built-in default is about 40 KiB).
pub(crate) const MAX_POLICY_BYTES: usize = 1 << 20;
/// The most `examples.match` / `examples.not_match` commands in one file: they run every time a
/// non-built-in policy loads.
pub(crate) const MAX_EXAMPLES: usize = 2_000;

pub(crate) fn compile(src: &str, file: &str, layer: Layer) -> (Option<Policy>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    if src.len() > MAX_POLICY_BYTES {
        diags.push(Diagnostic::error("too-big", format!("the file is {} bytes; a policy file may hold at most {MAX_POLICY_BYTES} bytes", src.len()), file, "", 0..0));
        return (None, diags);
    }
    let raw = match toml::from_str::<RawPolicy>(src) {
        Ok(raw) => raw,
        Err(e) => {
            let raw = per_table(src, file, e, &mut diags);
            let (_, more) = compile_raw(raw, src, file, layer);
            diags.extend(more);
            diags.sort_by_key(|d| d.span.start);
            return (None, diags);
        }
    };
    let (policy, more) = compile_raw(raw, src, file, layer);
    diags.extend(more);
    let failed = diags.iter().any(|d| d.severity == super::Severity::Error);
    (if failed { None } else { Some(policy) }, diags)
}

fn toml_diag(src: &str, file: &str, e: &toml::de::Error) -> Diagnostic {
    let msg = e.message().trim().replace('\n', "; ");
    let code = if msg.starts_with("unknown field") {
        "unknown-key"
    } else if msg.starts_with("missing field") {
        "missing-key"
    } else {
        "schema"
    };
    let span = e.span().unwrap_or(0..0);
    Diagnostic::error(code, msg, file, src, span)
}

/// `settings = 1`, `rule = "x"`: a top-level key of the wrong type, reported at its value (serde's
/// own message for these points past the end of the line). True when one was found.
fn top_level_types(src: &str, file: &str, diags: &mut Vec<Diagnostic>) -> bool {
    type Top = std::collections::BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>;
    let Ok(top) = toml::from_str::<Top>(src) else { return false };
    let before = diags.len();
    for (k, v) in &top {
        let (want, ok) = match k.get_ref().as_str() {
            "settings" => ("a table (`[settings]`)", v.get_ref().is_table()),
            "rule" => ("an array of tables (`[[rule]]`)", v.get_ref().as_array().is_some_and(|a| a.iter().all(toml::Value::is_table))),
            "test" => ("an array of tables (`[[test]]`)", v.get_ref().as_array().is_some_and(|a| a.iter().all(toml::Value::is_table))),
            _ => continue,
        };
        if !ok {
            let msg = format!("invalid type: `{}` is {} {}, expected {want}", k.get_ref(), article(v.get_ref().type_str()), v.get_ref().type_str());
            diags.push(Diagnostic::error("schema", msg, file, src, v.span()));
        }
    }
    diags.len() > before
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// The strict parse failed: find each table and parse it alone, keeping the ones that parse.
fn per_table(src: &str, file: &str, whole: toml::de::Error, diags: &mut Vec<Diagnostic>) -> RawPolicy {
    let mut out = RawPolicy { settings: None, rules: Vec::new(), tests: Vec::new() };
    if let Err(e) = toml::from_str::<toml::Table>(src) {
        let mut d = toml_diag(src, file, &e);
        d.code = "syntax";
        diags.push(d);
        return out;
    }
    if top_level_types(src, file, diags) {
        return out;
    }
    let Ok(loose) = toml::from_str::<LooseTables>(src) else {
        diags.push(toml_diag(src, file, &whole));
        return out;
    };
    let mut starts: Vec<usize> = loose.settings.iter().chain(&loose.rule).chain(&loose.test).map(|t| t.span().start).collect();
    starts.sort_unstable();
    let before = diags.len();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(src.len());
        // Masked byte for byte (a multi-byte character becomes as many spaces), so spans stay
        // byte offsets into `src`.
        let mut masked = String::with_capacity(src.len());
        for (at, c) in src.char_indices() {
            if (start..end).contains(&at) || c == '\n' {
                masked.push(c);
            } else {
                masked.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        match toml::from_str::<RawPolicy>(&masked) {
            Ok(one) => {
                out.settings = out.settings.or(one.settings);
                out.rules.extend(one.rules);
                out.tests.extend(one.tests);
            }
            Err(e) => diags.push(toml_diag(src, file, &e)),
        }
    }
    if diags.len() == before {
        diags.push(toml_diag(src, file, &whole));
    }
    out
}

/// Compiles what parsed. Always returns the valid parts; errors are in the diagnostics.
pub(crate) fn compile_raw(raw: RawPolicy, src: &str, file: &str, layer: Layer) -> (Policy, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let settings = match raw.settings {
        Some(s) => settings(s.into_inner(), src, file, layer != Layer::Builtin, &mut diags),
        None => Settings::default(),
    };
    let mut rules = Vec::with_capacity(raw.rules.len());
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for spanned in raw.rules {
        let span = spanned.span();
        if let Some(rule) = rule(spanned.into_inner(), span, src, file, layer, &mut seen, &mut diags) {
            rules.push(rule);
        }
    }
    let examples: usize = rules.iter().map(|r| r.examples_match.len() + r.examples_not_match.len()).sum();
    if examples > MAX_EXAMPLES {
        let at = rules.iter().scan(0, |n, r| { *n += r.examples_match.len() + r.examples_not_match.len(); Some((*n, r.spans.rule.start)) }).find(|(n, _)| *n > MAX_EXAMPLES).map_or(0, |(_, at)| at);
        diags.push(Diagnostic::error("too-many-examples", format!("{examples} examples; a policy file may hold at most {MAX_EXAMPLES} (they run each time the policy loads)"), file, src, at..at + 8));
    }
    let tests = raw.tests.into_iter().filter_map(|t| test(t, src, file, &mut diags)).collect();
    let policy = Policy { file: file.to_string(), src: src.to_string(), layer, loosen: layer != Layer::Project, pins_mode: false, settings, rules, tests };
    (policy, diags)
}

/// `check`: compile globs now (all but the built-in layer; see [`LazyRegex::new`]).
fn settings(s: RawSettings, src: &str, file: &str, check: bool, diags: &mut Vec<Diagnostic>) -> Settings {
    let mut out = Settings { ruleset: s.ruleset.map(|r| Item { value: r.get_ref().clone(), span: r.span() }), ..Settings::default() };
    if let Some(m) = s.mode {
        match Mode::parse(m.get_ref()) {
            Some(mode) => out.mode = Some(Item { value: mode, span: m.span() }),
            None => diags.push(Diagnostic::error("bad-value", format!("unknown mode `{}` (expected default, strict or afk)", m.get_ref()), file, src, m.span())),
        }
    }
    let dirs = |list: Option<Vec<Spanned<String>>>, what: &str, diags: &mut Vec<Diagnostic>| -> Vec<Item<String>> {
        let mut v = Vec::new();
        for d in list.unwrap_or_default() {
            if d.get_ref().starts_with('/') || d.get_ref() == "~" || d.get_ref().starts_with("~/") {
                v.push(Item { value: d.get_ref().clone(), span: d.span() });
            } else {
                diags.push(Diagnostic::error("bad-value", format!("{what} `{}` must be absolute or start with `~/`", d.get_ref()), file, src, d.span()));
            }
        }
        v
    };
    out.writable_roots = dirs(s.writable_roots, "writable root", diags);
    out.trusted_projects = dirs(s.trusted_projects, "trusted project", diags);
    if let Some(list) = s.network_allow {
        let span = list.span();
        let mut hosts = Vec::new();
        for h in list.into_inner() {
            let body = h.get_ref().strip_prefix("*.").unwrap_or(h.get_ref());
            if body.is_empty() || !body.chars().all(|c| c.is_ascii_alphanumeric() || "-.:".contains(c)) {
                diags.push(Diagnostic::error("bad-value", format!("network host `{}` is not a host name, an address or `*.domain`", h.get_ref()), file, src, h.span()));
            } else {
                hosts.push(Item { value: h.get_ref().to_ascii_lowercase(), span: h.span() });
            }
        }
        out.network_allow = Some(Item { value: hosts, span });
    }
    for p in s.protected_paths.unwrap_or_default() {
        match LazyGlobs::paths(&[(p.get_ref().clone(), p.span())], check) {
            Ok(_) => out.protected_paths.push(Item { value: p.get_ref().clone(), span: p.span() }),
            Err((m, _)) => diags.push(Diagnostic::error("bad-glob", m, file, src, p.span())),
        }
    }
    out
}

fn rule(r: RawRule, span: Range<usize>, src: &str, file: &str, layer: Layer, seen: &mut HashMap<String, Range<usize>>, diags: &mut Vec<Diagnostic>) -> Option<Rule> {
    let id = r.id.get_ref().clone();
    let errors_before = diags.iter().filter(|d| d.severity == super::Severity::Error).count();
    let err = |code: &'static str, message: String, at: Range<usize>| Diagnostic::error(code, message, file, src, at).rule(&id);
    if let Some(first) = seen.get(&id) {
        let (l, c) = line_col(src, first.start);
        diags.push(err("duplicate-id", "duplicate rule id".into(), r.id.span()).note(format!("note: first used at {file}:{l}:{c}")));
    } else {
        seen.insert(id.clone(), r.id.span());
    }
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || "._-:".contains(c)) {
        diags.push(err("bad-id", "ids are made of letters, digits and `._-:`".into(), r.id.span()));
    }
    if r.why.get_ref().trim().is_empty() {
        diags.push(err("empty-why", "`why` must say why the rule exists".into(), r.why.span()));
    }
    let action = *r.action.get_ref();
    let risk = match &r.risk {
        Some(s) => Risk::parse(s.get_ref()).unwrap_or_else(|| {
            diags.push(err("bad-value", format!("unknown risk `{}` (LOW, MEDIUM or HIGH)", s.get_ref()), s.span()));
            Risk::High
        }),
        None => match action {
            Action::Deny => Risk::High,
            Action::Ask => Risk::Medium,
            Action::Allow => Risk::Low,
        },
    };
    let spans = RuleSpans { rule: span.clone(), id: r.id.span(), literals: r.literals.as_ref().map(|l| l.span()), flags: r.flags.iter().chain(&r.all_flags).chain(&r.unless_flags).map(|f| (f.get_ref().clone(), f.span())).collect() };
    let matcher = matcher(&r, &span, src, file, &id, layer != Layer::Builtin, diags);
    if r.examples.matches.is_empty() {
        diags.push(err("no-examples", "needs at least one `examples.match` command".into(), span.start..span.start + 8));
    }
    let failed = diags.iter().filter(|d| d.severity == super::Severity::Error).count() > errors_before;
    let matcher = matcher?;
    if failed {
        return None;
    }
    let spanned = |v: Vec<Spanned<String>>| v.into_iter().map(|s| (s.get_ref().clone(), s.span())).collect();
    let examples_match = spanned(r.examples.matches);
    let examples_not_match = spanned(r.examples.not_match);
    Some(Rule { id, why: r.why.into_inner(), action, risk, matcher, examples_match, examples_not_match, layer, spans })
}

/// The matcher of a rule, with errors for what cannot work and warnings for what never matches.
/// `check`: compile regexes and globs now, so one too big to compile is an error (all layers but
/// the built-in one, whose regexes a test compiles: start-up stays fast).
fn matcher(r: &RawRule, span: &Range<usize>, src: &str, file: &str, id: &str, check: bool, diags: &mut Vec<Diagnostic>) -> Option<Matcher> {
    let err = |code: &'static str, message: String, at: Range<usize>| Diagnostic::error(code, message, file, src, at).rule(id);
    let warn = |code: &'static str, message: String, at: Range<usize>| Diagnostic::warning(code, message, file, src, at).rule(id);
    let header = span.start..span.start + 8;
    let mut ok = true;
    let mut push = |d: Diagnostic, diags: &mut Vec<Diagnostic>| {
        ok &= d.severity != super::Severity::Error;
        diags.push(d);
    };
    let list = |v: &Option<Spanned<OneOrMany>>| v.as_ref().map(|s| match s.get_ref() {
        OneOrMany::One(x) => vec![x.clone()],
        OneOrMany::Many(x) => x.clone(),
    }).unwrap_or_default();
    let programs = list(&r.program);
    let subs = list(&r.subcommand);
    let strings = |v: &[Spanned<String>]| v.iter().map(|s| s.get_ref().clone()).collect::<Vec<_>>();
    for f in r.flags.iter().chain(&r.all_flags).chain(&r.unless_flags) {
        if !f.get_ref().starts_with('-') || f.get_ref().len() < 2 {
            push(err("bad-flag", format!("`{}` is not a flag: flags start with `-`", f.get_ref()), f.span()), diags);
        }
    }
    for f in &r.all_flags {
        if r.unless_flags.iter().any(|u| u.get_ref() == f.get_ref()) {
            push(warn("never-matches", format!("`{}` is both required (`all_flags`) and excluded (`unless_flags`): the rule can never match", f.get_ref()), f.span()), diags);
        }
    }
    if !r.flags.is_empty() && r.flags.iter().all(|f| r.unless_flags.iter().any(|u| u.get_ref() == f.get_ref())) {
        push(warn("never-matches", "every flag in `flags` is also in `unless_flags`: the rule can never match".into(), r.flags[0].span()), diags);
    }
    if let Some(p) = &r.program {
        if let Some(bad) = programs.iter().find(|p| p.contains('/')) {
            push(warn("never-matches", format!("program `{bad}` contains `/`: programs are matched by name (`{}`), never by path", bad.rsplit('/').next().unwrap_or(bad)), p.span()), diags);
        }
    }
    let args = if r.args.is_empty() { None } else { LazyGlobs::args(&r.args, check).map_err(|(m, at)| push(err("bad-glob", m, at.unwrap_or(header.clone())), diags)).ok() };
    let kinds = ["read", "write", "delete", "destroy", "upload"];
    let mut effects_list = Vec::new();
    let mut path_kinds = Vec::new();
    for e in &r.effects {
        if !effects::known(e.get_ref()) {
            push(err("unknown-effect", format!("unknown effect `{}`", e.get_ref()), e.span()).note(format!("help: effects are kinds ({}) or finding ids and their prefixes (`write.outside`, `secrets`, `remote.pipe_to_shell` ...); see policies/README.md", effects::EFFECT_KINDS.join(", "))), diags);
        } else if !r.paths.is_empty() && kinds.contains(&e.get_ref().as_str()) {
            path_kinds.push(e.get_ref().clone());
        } else {
            effects_list.push(e.get_ref().clone());
        }
    }
    let paths = if r.paths.is_empty() { None } else { LazyGlobs::paths(&r.paths.iter().map(|p| (p.get_ref().clone(), p.span())).collect::<Vec<_>>(), check).map_err(|(m, at)| push(err("bad-glob", m, at.unwrap_or(header.clone())), diags)).ok() };
    let regex = r.regex.as_ref().and_then(|re| LazyRegex::new(re.get_ref(), check).map_err(|e| push(err("bad-regex", format!("bad regex `{}`: {e}", re.get_ref()), re.span()), diags)).ok());
    let literals = r.literals.as_ref().map(|l| l.get_ref().clone()).unwrap_or_default();
    if let (Some(l), None) = (&r.literals, &r.regex) {
        push(warn("unused-literals", "`literals` only prefilter a `regex`; without one they are ignored".into(), l.span()), diags);
    }
    if programs.is_empty() && r.regex.is_none() && r.paths.is_empty() && r.effects.is_empty() {
        push(err("no-matcher", "a rule needs `program`, `paths`, `effects` or `regex`".into(), header.clone()), diags);
    }
    if (!subs.is_empty() || !r.flags.is_empty() || !r.all_flags.is_empty() || !r.unless_flags.is_empty() || !r.args.is_empty()) && programs.is_empty() {
        push(err("needs-program", "`subcommand`, `flags`, `all_flags`, `unless_flags` and `args` need `program`".into(), header.clone()), diags);
    }
    let subs = subs.into_iter().map(|s| s.split_whitespace().map(str::to_string).collect()).collect();
    ok.then(|| Matcher { programs, subs, flags_any: strings(&r.flags), flags_all: strings(&r.all_flags), flags_none: strings(&r.unless_flags), args, paths, path_kinds, effects: effects_list, hosts: None, regex, literals, allow: r.action.get_ref() == &super::Action::Allow })
}

fn test(t: Spanned<RawTest>, src: &str, file: &str, diags: &mut Vec<Diagnostic>) -> Option<PolicyTest> {
    let span = t.span();
    let t = t.into_inner();
    let mut ok = true;
    let mut bad = |what: &str, value: &Spanned<String>, expected: &str, diags: &mut Vec<Diagnostic>| {
        ok = false;
        diags.push(Diagnostic::error("bad-value", format!("unknown {what} `{}` (expected {expected})", value.get_ref()), file, src, value.span()));
    };
    let decision = t.decision.as_ref().and_then(|d| match d.get_ref().as_str() {
        "allow" => Some(Decision::Allow),
        "ask" => Some(Decision::Ask),
        "deny" => Some(Decision::Deny),
        _ => {
            bad("decision", d, "allow, ask or deny", diags);
            None
        }
    });
    let risk = t.risk.as_ref().and_then(|r| Risk::parse(r.get_ref()).or_else(|| {
        bad("risk", r, "LOW, MEDIUM or HIGH", diags);
        None
    }));
    let mode = t.mode.as_ref().and_then(|m| Mode::parse(m.get_ref()).or_else(|| {
        bad("mode", m, "default, strict or afk", diags);
        None
    }));
    let ids = |v: Option<Spanned<OneOrMany>>| v.map(|s| s.into_inner().into_vec()).unwrap_or_default();
    let (rules, not_rules) = (ids(t.rules), ids(t.not_rules));
    if decision.is_none() && risk.is_none() && rules.is_empty() && not_rules.is_empty() && ok {
        ok = false;
        diags.push(Diagnostic::error("empty-test", "a test needs at least one of `decision`, `risk`, `rules`, `not_rules`".into(), file, src, span.start..span.start + 8));
    }
    ok.then(|| PolicyTest { command: t.command.get_ref().clone(), span, decision, risk, rules, not_rules, mode })
}
