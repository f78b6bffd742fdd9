//! Stage 11, arguments: what do the arguments mean?
//!
//! Input: a resolved unit with a catalogue spec. Output: `Unit::args` — the subcommand path, flags
//! under their canonical names (bundled short flags split, `--long=value` split, GNU unambiguous
//! abbreviations expanded, values attached to the flags that take them), positionals, and the
//! spec that applies after the subcommands. `--` ends options. Programs whose arguments are a
//! language of their own (`find`, `dd`) keep every argument positional for stage 12.

use crate::cx::Findings;
use crate::specs::{Flag, Pos, Spec, Special, Val};
use crate::unit::{Args, Prog, Unit, Value};
use crate::verdict::Stage;

/// `exported`: `NAME=VALUE` pairs exported earlier in the input (`export GOFLAGS=...; go build`).
pub(crate) fn run(u: &mut Unit, exported: &[(String, Value)], out: &mut Findings) {
    let Prog::Known { spec, .. } = u.prog else { return };
    env_options(u, spec, exported, out);
    u.args = parse(&u.argv, spec);
    let applies = u.args.spec.unwrap_or(spec);
    out.note(Stage::Arguments, || {
        let flags: Vec<&str> = u.args.flags.iter().map(|(f, _)| f.as_str()).collect();
        let mut s = format!("`{}{}{}` flags [{}], {} operand(s)", spec.name(), if u.args.subs.is_empty() { "" } else { " " }, u.args.subs.join(" "), flags.join(" "), u.args.positionals.len());
        if !applies.note.is_empty() {
            s.push_str(&format!(" (note: {})", applies.note));
        }
        s
    });
}

/// Options given through the environment (`Spec::env_args`): their words join the argv (before
/// a `--`, else at the end, after any subcommand) so every later stage judges them like the same
/// options written on the command line. A value with unbalanced quotes is taken word by word.
fn env_options(u: &mut Unit, spec: &Spec, exported: &[(String, Value)], out: &mut Findings) {
    for var in spec.env_args {
        let found = u.assigns.iter().rev().chain(exported.iter().rev()).find(|(n, _)| n == var).map(|(_, v)| v.clone());
        let Some(value) = found else { continue };
        let words = shlex::split(&value.text).unwrap_or_else(|| value.text.split_whitespace().map(str::to_string).collect());
        if words.is_empty() {
            continue;
        }
        out.note(Stage::Arguments, || format!("`{var}` adds options: {}", words.join(" ")));
        let at = u.argv.iter().position(|a| a.text == "--").unwrap_or(u.argv.len());
        let added = words.into_iter().map(|w| Value { text: w, ..value.clone() });
        u.argv.splice(at..at, added);
    }
}

pub(crate) fn parse(argv: &[Value], top: &'static Spec) -> Args {
    let mut args = Args { spec: Some(top), rest_from: 1, ..Args::default() };
    let mut spec = top;
    if matches!(top.special, Special::Find | Special::Dd) {
        args.positionals = argv.iter().skip(1).cloned().collect();
        return args;
    }
    let mut i = 1;
    let mut only_pos = false;
    while i < argv.len() {
        let v = &argv[i];
        let a = v.text.as_str();
        i += 1;
        if only_pos || v.dynamic && !a.starts_with('-') {
            args.positionals.push(v.clone());
            continue;
        }
        if a == "--" {
            only_pos = true;
            continue;
        }
        if let Some(long) = a.strip_prefix("--").filter(|l| !l.is_empty()) {
            let (name, attached) = match long.split_once('=') {
                Some((n, val)) => (n, Some(val)),
                None => (long, None),
            };
            let found = find_long(spec, name).or_else(|| (!std::ptr::eq(spec, top)).then(|| find_long(top, name)).flatten());
            let canon = found.map(|(f, n)| f.canonical(n).to_string()).unwrap_or_else(|| format!("--{name}"));
            let value = match (attached, found.map(|(f, _)| f.val)) {
                (Some(val), _) => Some(Value { text: val.to_string(), ..v.clone() }),
                (None, Some(Val::Req)) => {
                    i += 1;
                    argv.get(i - 1).cloned()
                }
                _ => None,
            };
            args.flags.push((canon, value));
            continue;
        }
        if a.starts_with('-') && a.len() > 1 && !(a.starts_with("-") && a[1..].chars().all(|c| c.is_ascii_digit()) && spec.flags.iter().all(|f| !f.names.contains(&a))) {
            // Single-dash long options (`-name`, `-toolexec=CMD` of non-GNU tools) are matched whole first.
            if let Some((name, val)) = a.split_once('=').filter(|(n, _)| n.len() > 2) {
                if let Some((f, n)) = spec.flags.iter().find_map(|f| f.names.iter().find(|n| **n == name).map(|n| (f, *n))) {
                    args.flags.push((f.canonical(n).to_string(), Some(Value { text: val.to_string(), ..v.clone() })));
                    continue;
                }
            }
            if let Some((f, n)) = spec.flags.iter().find_map(|f| f.names.iter().find(|n| **n == a).map(|n| (f, *n))) {
                let value = if f.val == Val::Req {
                    i += 1;
                    argv.get(i - 1).cloned()
                } else {
                    None
                };
                args.flags.push((f.canonical(n).to_string(), value));
                continue;
            }
            i = bundle(argv, i, a, v, spec, &mut args);
            continue;
        }
        if a.starts_with('+') && spec.name() == "cargo" && args.subs.is_empty() {
            continue; // `cargo +nightly build`
        }
        if args.positionals.is_empty() {
            if let Some(sub) = spec.sub(a) {
                spec = sub;
                args.subs.push(a.to_string());
                args.spec = Some(sub);
                args.rest_from = i;
                continue;
            }
        }
        args.positionals.push(v.clone());
        // A wrapper's options end at the command it runs (`xargs grep -a x`: `-a` is grep's).
        only_pos |= spec.pos == Pos::Command;
    }
    args
}

/// Splits `-abc`, `-ofile`, `-kn2` into flags; returns the next argv index.
fn bundle(argv: &[Value], mut i: usize, a: &str, v: &Value, spec: &Spec, args: &mut Args) -> usize {
    let body: Vec<char> = a[1..].chars().collect();
    let mut j = 0;
    while j < body.len() {
        let name = format!("-{}", body[j]);
        let flag = find_short(spec, &name);
        let takes = flag.map(|(f, _)| f.val).unwrap_or(if spec.short_vals.contains(body[j]) { Val::Req } else { Val::No });
        let canon = flag.map(|(f, n)| f.canonical(n).to_string()).unwrap_or_else(|| name.clone());
        j += 1;
        match takes {
            Val::Req | Val::Opt if j < body.len() => {
                let rest: String = body[j..].iter().collect();
                args.flags.push((canon, Some(Value { text: rest, ..v.clone() })));
                return i;
            }
            Val::Req => {
                let value = argv.get(i).cloned();
                i += 1;
                args.flags.push((canon, value));
                return i;
            }
            _ => args.flags.push((canon, None)),
        }
    }
    i
}

type Found<'s> = Option<(&'s Flag, &'static str)>;

fn find_short<'s>(spec: &'s Spec, name: &str) -> Found<'s> {
    spec.flags.iter().find_map(|f| f.names.iter().find(|n| **n == name).map(|n| (f, *n)))
}

/// `n` without its leading `--` (a long name), compared without building `--NAME`.
fn long(n: &str) -> Option<&str> {
    n.strip_prefix("--")
}

/// Exact long name, or (GNU) the one long name that starts with `name`.
fn find_long<'s>(spec: &'s Spec, name: &str) -> Found<'s> {
    if let Some(hit) = spec.flags.iter().find_map(|f| f.names.iter().find(|n| long(n) == Some(name)).map(|n| (f, *n))) {
        return Some(hit);
    }
    if !spec.gnu || name.len() < 2 {
        return None;
    }
    let mut hits = spec.flags.iter().flat_map(|f| f.names.iter().filter(|n| long(n).is_some_and(|l| l.starts_with(name))).map(move |n| (f, *n)));
    let first = hits.next()?;
    // Ambiguous prefixes are an error for getopt_long unless they all mean the same flag.
    if hits.any(|(f, n)| f.canonical(n) != first.0.canonical(first.1)) {
        return None;
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::specs::Catalog;

    fn p(cmd: &str) -> Args {
        let c = Catalog::new();
        let argv: Vec<Value> = cmd.split(' ').map(Value::lit).collect();
        let spec = c.get(&argv[0].text).expect("spec");
        parse(&argv, spec)
    }

    fn flags(a: &Args) -> Vec<String> {
        a.flags.iter().map(|(n, v)| match v {
            Some(v) => format!("{n}={}", v.text),
            None => n.clone(),
        }).collect()
    }

    #[test]
    fn long_forms_and_abbreviations() {
        assert_eq!(flags(&p("sort --compress-program=sh x")), ["--compress-program=sh"]);
        assert_eq!(flags(&p("sort --compress-prog=sh x")), ["--compress-program=sh"]);
        assert_eq!(flags(&p("sort --compress-program sh x")), ["--compress-program=sh"]);
        assert_eq!(p("sort --compress-program sh x").positionals.len(), 1);
    }

    #[test]
    fn bundles() {
        let a = p("rm -rf x");
        assert!(a.flags.iter().any(|(n, _)| n == "-r"), "{:?}", flags(&a));
        assert_eq!(a.positionals.len(), 1);
        let s = p("sort -ofile x");
        assert_eq!(s.positionals.len(), 1, "{:?}", flags(&s));
    }

    #[test]
    fn subcommands() {
        let a = p("git -C dir push --force origin main");
        assert_eq!(a.subs, ["push"]);
        assert_eq!(a.positionals.len(), 2);
        let b = p("git status");
        assert_eq!(b.subs, ["status"]);
    }

    #[test]
    fn options_from_the_environment() {
        let c = Catalog::new();
        let spec = c.get("go").expect("spec");
        let mut u = Unit::new("go build".into(), crate::unit::Origin::TopLevel, 0);
        u.argv = vec![Value::lit("go"), Value::lit("build"), Value::lit("--"), Value::lit("x")];
        u.prog = Prog::Known { name: "go", spec };
        u.assigns.push(("GOFLAGS".into(), Value::lit("-toolexec=/tmp/x -mod=mod")));
        run(&mut u, &[], &mut Findings::default());
        let words: Vec<&str> = u.argv.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(words, ["go", "build", "-toolexec=/tmp/x", "-mod=mod", "--", "x"]);
        assert_eq!(u.args.subs, ["build"]);
        let mut m = Unit::new("man ls".into(), crate::unit::Origin::TopLevel, 0);
        m.argv = vec![Value::lit("man"), Value::lit("ls")];
        m.prog = Prog::Known { name: "man", spec: c.get("man").expect("spec") };
        run(&mut m, &[("MANOPT".into(), Value::lit("--pager='sh -c id'"))], &mut Findings::default());
        assert_eq!(flags(&m.args), ["-P=sh -c id"]);
    }

    #[test]
    fn double_dash() {
        let a = p("rm -- -rf");
        assert!(a.flags.is_empty());
        assert_eq!(a.positionals[0].text, "-rf");
    }
}
