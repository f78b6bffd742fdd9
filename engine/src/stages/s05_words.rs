//! Stage 5, words: flatten the AST into command units and give each word its static value.
//!
//! Input: a lowered [`Script`]. Output: new [`Unit`]s in the [`Table`], each with evaluated argv,
//! assignments and redirections; substitutions found in words are parked in `Unit::pending` for
//! stage 6. Evaluation follows bash: quotes, ANSI-C `$'..'`, backslash escapes, concatenation,
//! brace expansion (`{a,b}`, `{1..3}`), tilde and `$HOME`, unquoted `$IFS` splitting. Anything
//! computed at run time is marked dynamic, never guessed. Quoting tricks that hide a command name
//! (`r''m`, `$'\x72m'`, `${IFS}`) are findings.

use crate::ast::{Cmd, Part, Quote, RedirKind, Script, Simple, Word};
use crate::cx::{Budget, Context, Findings};
use crate::unit::{Origin, PipePos, Redir, RedirOp, Table, Unit, Value};
use crate::verdict::{Risk, Stage};

/// Where the commands being flattened sit.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub(crate) origin: Origin,
    pub(crate) depth: u32,
    pub(crate) pipe: Option<PipePos>,
    pub(crate) redirects: Vec<Redir>,
    pub(crate) in_function: Option<String>,
    pub(crate) background: bool,
}

impl Place {
    pub(crate) fn new(origin: Origin, depth: u32) -> Place {
        Place { origin, depth, pipe: None, redirects: Vec::new(), in_function: None, background: false }
    }
}

pub(crate) struct Words<'a> {
    pub(crate) cx: &'a Context,
    pub(crate) budget: &'a Budget,
    pub(crate) out: &'a mut Findings,
}

impl Words<'_> {
    pub(crate) fn run(&mut self, t: &mut Table, script: Script, place: Place) {
        for cmd in script.cmds {
            self.cmd(t, cmd, place.clone());
        }
    }

    fn cmd(&mut self, t: &mut Table, cmd: Cmd, mut place: Place) {
        match cmd {
            Cmd::Simple(s) => self.simple(t, s, place),
            Cmd::Pipeline(cmds) => {
                let group = t.pipe_groups;
                t.pipe_groups += 1;
                for (index, c) in cmds.into_iter().enumerate() {
                    let mut p = place.clone();
                    p.pipe = Some(PipePos { group, index });
                    self.cmd(t, c, p);
                }
            }
            Cmd::List(cmds) => {
                for c in cmds {
                    self.cmd(t, c, place.clone());
                }
            }
            Cmd::Subshell(s) | Cmd::Group(s) => self.run(t, s, place),
            Cmd::Compound { kind, words, body } => {
                if !words.is_empty() {
                    let mut s = Simple { text: kind.to_string(), ..Simple::default() };
                    s.words.push(crate::stages::s04_lower::lit_word(kind));
                    s.words.extend(words);
                    self.simple(t, s, place.clone());
                }
                self.run(t, body, place);
            }
            Cmd::Function { name, body } => {
                if !t.functions.contains(&name) {
                    t.functions.push(name.clone());
                }
                place.in_function = Some(name);
                self.cmd(t, *body, place);
            }
            Cmd::Redirected { body, redirects } => {
                let mut pending = Vec::new();
                for r in redirects {
                    place.redirects.push(self.redirect(r, &mut pending, None));
                }
                // Substitutions in redirection targets of a compound belong to its first unit.
                let first = t.units.len();
                self.cmd(t, *body, place.clone());
                if !pending.is_empty() {
                    if let Some(u) = t.units.get_mut(first) {
                        u.pending.extend(pending);
                    } else {
                        let mut u = Unit::new(String::new(), place.origin.clone(), place.depth);
                        u.pending = pending;
                        self.push(t, u);
                    }
                }
            }
            Cmd::Negated(b) => self.cmd(t, *b, place),
            Cmd::Background(b) => {
                place.background = true;
                self.cmd(t, *b, place);
            }
            Cmd::Test(words) => {
                let mut s = Simple { text: "[[".into(), ..Simple::default() };
                s.words.push(crate::stages::s04_lower::lit_word("[["));
                s.words.extend(words);
                self.simple(t, s, place);
            }
            Cmd::Opaque { kind, text } => {
                let mut u = Unit::new(text, place.origin.clone(), place.depth);
                u.opaque = Some(kind);
                u.pipe = place.pipe;
                self.push(t, u);
            }
        }
    }

    fn push(&mut self, t: &mut Table, u: Unit) {
        if t.units.len() >= self.budget.max_units {
            if !t.truncated {
                t.truncated = true;
                self.out.add(Stage::Words, "limits.units", Risk::High, None, format!("more than {} commands: the rest is not analysed", self.budget.max_units));
            }
            return;
        }
        t.units.push(u);
    }

    fn simple(&mut self, t: &mut Table, s: Simple, place: Place) {
        let idx = t.units.len();
        let mut u = Unit::new(s.text, place.origin.clone(), place.depth);
        u.pipe = place.pipe;
        u.background = place.background;
        u.in_function = place.in_function.clone();
        u.redirects = place.redirects.clone();
        let mut pending = Vec::new();
        for a in s.assigns {
            let v = match a.value {
                Some(w) => join(self.eval(w, &mut pending, Some(idx))),
                None => Value::default(),
            };
            u.assigns.push((a.name, v));
        }
        u.argv.reserve(s.words.len());
        u.raw.reserve(s.words.len());
        for (i, w) in s.words.into_iter().enumerate() {
            if i == 0 {
                self.name_tricks(&w, Some(idx));
            }
            let before = u.argv.len();
            let raw = self.eval_raw(w, &mut pending, Some(idx), &mut u.argv);
            u.raw.extend(std::iter::repeat_n(raw, u.argv.len() - before));
        }
        for r in s.redirects {
            let r = self.redirect(r, &mut pending, Some(idx));
            u.redirects.push(r);
        }
        u.pending = pending;
        self.push(t, u);
    }

    fn redirect(&mut self, r: crate::ast::Redirect, pending: &mut Vec<Script>, unit: Option<usize>) -> Redir {
        let op = match r.kind {
            RedirKind::In => RedirOp::Read,
            RedirKind::Out | RedirKind::ReadWrite => RedirOp::Write,
            RedirKind::Append => RedirOp::Append,
            RedirKind::Dup => RedirOp::Dup,
            RedirKind::Heredoc | RedirKind::Herestring => RedirOp::Stdin,
        };
        let target = join(self.eval(r.target, pending, unit));
        Redir { fd: r.fd, op, target }
    }

    /// Quoting tricks in a command name: `r''m`, `"r"m`, `$'\x72m'`.
    fn name_tricks(&mut self, w: &Word, unit: Option<usize>) {
        // One literal part that is not `$'..'`: nothing split, nothing encoded.
        if let [Part::Lit { quote, .. }] = w.parts.as_slice() {
            if *quote != Quote::AnsiC {
                return;
            }
        }
        let lits: Vec<(&str, Quote)> = w
            .parts
            .iter()
            .filter_map(|p| match p {
                Part::Lit { text, quote } => Some((text.as_str(), *quote)),
                _ => None,
            })
            .collect();
        if lits.len() != w.parts.len() || lits.is_empty() {
            return;
        }
        let joined: String = lits.iter().map(|(t, _)| *t).collect();
        let plain = !joined.is_empty() && joined.chars().all(|c| c.is_ascii_alphanumeric() || "_.-/+".contains(c));
        let leading_escape_only = lits.len() == 2 && lits[0].1 == Quote::Escaped && lits[1].1 == Quote::None;
        let ansi_hidden = lits.iter().any(|(t, q)| *q == Quote::AnsiC && t.chars().any(|c| c.is_ascii_alphanumeric()))
            && w.raw.contains(['\\']);
        if ansi_hidden {
            self.out.add(Stage::Words, "obfuscation.ansi_c_name", Risk::High, unit, format!("command name `{}` is spelled with escape codes (decodes to `{joined}`)", w.raw));
        } else if plain && lits.len() > 1 && !leading_escape_only {
            self.out.add(Stage::Words, "obfuscation.split_name", Risk::High, unit, format!("command name `{}` is split by quotes or escapes (it is `{joined}`)", w.raw));
        }
    }

    /// Evaluates a word into fields. Substitutions are moved into `pending`.
    pub(crate) fn eval(&mut self, w: Word, pending: &mut Vec<Script>, unit: Option<usize>) -> Vec<Value> {
        let mut fields = Vec::new();
        self.eval_raw(w, pending, unit, &mut fields);
        fields
    }

    /// [`Words::eval`] appending the fields to `fields` (no vector per word), handing back the
    /// word as written (no copy of it).
    fn eval_raw(&mut self, w: Word, pending: &mut Vec<Script>, unit: Option<usize>, fields: &mut Vec<Value>) -> String {
        if subst_in_pattern(&w.raw) {
            self.out.add(Stage::Words, "obfuscation.subst_in_expansion", Risk::High, unit, format!("a command substitution hides inside a parameter expansion pattern: `{}`", w.raw));
        }
        // Brace expansion and `$IFS` splitting need the per-character form; most words need neither.
        let mut sink = if w.parts.iter().any(needs_pieces) { Sink::Pieces(Vec::new()) } else { Sink::Direct(Value::default()) };
        let mut quoted = false;
        let first_unquoted_tilde = matches!(w.parts.first(), Some(Part::Lit { text, quote: Quote::None }) if text.starts_with('~'));
        let Word { parts, raw } = w;
        for (i, p) in parts.into_iter().enumerate() {
            match p {
                Part::Lit { text, quote } => {
                    let prot = quote != Quote::None;
                    quoted |= prot;
                    if quote == Quote::AnsiC && text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                        self.out.add(Stage::Words, "obfuscation.control_chars", Risk::High, unit, "a `$'..'` string decodes to control characters");
                    }
                    let text = if i == 0 && first_unquoted_tilde {
                        self.tilde(&text)
                    } else if i == 0 && quote == Quote::None {
                        self.assignment_tildes(text)
                    } else {
                        text
                    };
                    sink.owned_text(text, prot);
                }
                Part::Var { name, quoted: q, complex, subs } => {
                    quoted |= q;
                    pending.extend(subs);
                    match (name.as_str(), complex) {
                        ("HOME", false) => sink.text(&self.cx.home, true),
                        ("PWD", false) => sink.text(&self.cx.cwd, true),
                        ("IFS", _) if !q => {
                            self.out.add(Stage::Words, "obfuscation.ifs", Risk::High, unit, "unquoted `$IFS` used as a word separator hides the real command line");
                            sink.split();
                        }
                        _ => sink.dynamic(&format!("${{{name}}}")),
                    }
                }
                Part::Subst { script, quoted: q } => {
                    quoted |= q;
                    pending.push(script);
                    sink.dynamic("$(...)");
                }
                Part::ProcSubst { script, out } => {
                    pending.push(script);
                    sink.dynamic(if out { ">(...)" } else { "<(...)" });
                }
                Part::Arith { subs } => {
                    pending.extend(subs);
                    sink.dynamic("$((...))");
                }
                Part::Opaque { kind, subs } => {
                    pending.extend(subs);
                    sink.dynamic(&format!("<{kind}>"));
                }
            }
        }
        let pieces = match sink {
            Sink::Direct(mut v) => {
                v.quoted = quoted;
                fields.push(v);
                return raw;
            }
            Sink::Pieces(p) => p,
        };
        let start = fields.len();
        let alts = expand_braces(&pieces, self.budget.max_fields);
        if alts.len() >= self.budget.max_fields {
            self.out.add(Stage::Words, "limits.fields", Risk::High, unit, format!("brace expansion makes more than {} words: the rest is not analysed", self.budget.max_fields));
        }
        for alt in alts {
            for field in split_fields(alt) {
                fields.push(render(&field, quoted));
            }
        }
        if fields.len() == start && quoted {
            fields.push(Value { quoted: true, ..Value::default() });
        }
        raw
    }

    fn tilde(&self, text: &str) -> String {
        let rest = &text[1..];
        if rest.is_empty() || rest.starts_with('/') {
            format!("{}{rest}", self.cx.home)
        } else {
            // `~+` is $PWD, `~-` $OLDPWD (unknown: taken as the root, outside the workspace),
            // `~user/...` another user's home (`~root` is /root).
            let (user, tail) = rest.split_once('/').map(|(u, t)| (u, format!("/{t}"))).unwrap_or((rest, String::new()));
            match user {
                "+" => format!("{}{tail}", self.cx.cwd),
                "-" => format!("/{}", tail.trim_start_matches('/')),
                "root" => format!("/root{tail}"),
                _ => format!("/home/{user}{tail}"),
            }
        }
    }

    /// `of=~root/.ssh/x`, `PATH=~/bin:~/sbin`: in a word that looks like an assignment bash also
    /// expands a `~` right after the `=` and after each `:` of the value.
    fn assignment_tildes(&self, text: String) -> String {
        let Some((name, value)) = text.split_once('=') else { return text };
        let is_name = name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_') && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !is_name || !value.contains('~') {
            return text;
        }
        let parts: Vec<String> = value.split(':').map(|seg| if seg.starts_with('~') { self.tilde(seg) } else { seg.to_string() }).collect();
        format!("{name}={}", parts.join(":"))
    }
}

/// `${PATH/$(id)/x}`, `${x#`cmd`}`: a substitution inside a pattern operator of `${...}`.
fn subst_in_pattern(raw: &str) -> bool {
    let mut rest = raw;
    while let Some(i) = find_dollar_brace(rest) {
        let body = &rest[i + 2..];
        let end = body.find('}').unwrap_or(body.len());
        let inner = &body[..end];
        if let Some(s) = inner.find("$(").or_else(|| inner.find('`')) {
            if inner[..s].contains(['/', '#', '%', '^', ',']) {
                return true;
            }
        }
        rest = &body[end.min(body.len())..];
    }
    false
}

/// `s.find("${")`, without setting up a substring searcher per word (most words have no `$`).
fn find_dollar_brace(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&c| c == b'$') {
        let at = from + i;
        if b.get(at + 1) == Some(&b'{') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `s` has a glob character (`*`, `?`, `[`): ASCII, so a byte scan says it.
fn has_glob_char(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'*' | b'?' | b'['))
}

#[derive(Clone, Debug, PartialEq)]
enum Piece {
    /// A character; `true` when quoted (no brace/glob meaning).
    C(char, bool),
    /// A dynamic part, rendered as written.
    D(String),
    /// A field split point (unquoted `$IFS`).
    Split,
}

/// Where [`Words::eval`] puts a word's pieces: straight into the value, or per character when
/// brace expansion or field splitting must look at them.
enum Sink {
    Direct(Value),
    Pieces(Vec<Piece>),
}

impl Sink {
    fn text(&mut self, s: &str, prot: bool) {
        match self {
            Sink::Direct(v) => {
                v.text.push_str(s);
                v.glob |= !prot && has_glob_char(s);
            }
            Sink::Pieces(p) => p.extend(s.chars().map(|c| Piece::C(c, prot))),
        }
    }

    /// [`Sink::text`] that keeps `s`'s buffer when it is the value's first text.
    fn owned_text(&mut self, s: String, prot: bool) {
        match self {
            Sink::Direct(v) if v.text.is_empty() => {
                v.glob |= !prot && has_glob_char(&s);
                v.text = s;
            }
            _ => self.text(&s, prot),
        }
    }

    fn dynamic(&mut self, s: &str) {
        match self {
            Sink::Direct(v) => {
                v.text.push_str(s);
                v.dynamic = true;
            }
            Sink::Pieces(p) => p.push(Piece::D(s.to_string())),
        }
    }

    fn split(&mut self) {
        if let Sink::Pieces(p) = self {
            p.push(Piece::Split);
        }
    }
}

/// Whether a part may take part in brace expansion or `$IFS` splitting.
fn needs_pieces(p: &Part) -> bool {
    match p {
        Part::Lit { text, quote: Quote::None } => text.contains('{'),
        Part::Var { name, quoted: false, .. } => name == "IFS",
        _ => false,
    }
}

fn render(p: &[Piece], quoted: bool) -> Value {
    let mut v = Value { quoted, ..Value::default() };
    for x in p {
        match x {
            Piece::C(c, prot) => {
                v.text.push(*c);
                if !prot && matches!(c, '*' | '?' | '[') {
                    v.glob = true;
                }
            }
            Piece::D(s) => {
                v.text.push_str(s);
                v.dynamic = true;
            }
            Piece::Split => {}
        }
    }
    v
}

fn split_fields(p: Vec<Piece>) -> Vec<Vec<Piece>> {
    if !p.contains(&Piece::Split) {
        return vec![p];
    }
    p.split(|x| *x == Piece::Split).filter(|f| !f.is_empty()).map(|f| f.to_vec()).collect()
}

/// Joins fields back into one value (assignment values and redirect targets are not split).
pub(crate) fn join(fields: Vec<Value>) -> Value {
    let mut it = fields.into_iter();
    let Some(mut first) = it.next() else { return Value::default() };
    for f in it {
        first.text.push(' ');
        first.text.push_str(&f.text);
        first.dynamic |= f.dynamic;
        first.glob |= f.glob;
        first.quoted |= f.quoted;
    }
    first
}

/// Bash brace expansion over unquoted `{a,b}` and `{1..3}` / `{a..c}`, at most `max` results.
fn expand_braces(p: &[Piece], max: usize) -> Vec<Vec<Piece>> {
    let mut out = Vec::new();
    expand_into(p, max, &mut out, 0);
    if out.is_empty() {
        out.push(p.to_vec());
    }
    out
}

fn expand_into(p: &[Piece], max: usize, out: &mut Vec<Vec<Piece>>, depth: u32) {
    if out.len() >= max {
        return;
    }
    let Some((open, close, alts)) = (if depth < 8 { find_brace(p) } else { None }) else {
        out.push(p.to_vec());
        return;
    };
    for alt in alts {
        let mut v = p[..open].to_vec();
        v.extend(alt);
        v.extend_from_slice(&p[close + 1..]);
        expand_into(&v, max, out, depth + 1);
        if out.len() >= max {
            return;
        }
    }
}

/// First expandable unquoted brace group: (open index, close index, alternatives).
fn find_brace(p: &[Piece]) -> Option<(usize, usize, Vec<Vec<Piece>>)> {
    let unq = |i: usize, ch: char| matches!(p.get(i), Some(Piece::C(c, false)) if *c == ch);
    for open in 0..p.len() {
        if !unq(open, '{') || (open > 0 && unq(open - 1, '$')) {
            continue;
        }
        let mut level = 0;
        let mut commas = Vec::new();
        for j in open + 1..p.len() {
            if unq(j, '{') {
                level += 1;
            } else if unq(j, '}') {
                if level == 0 {
                    if !commas.is_empty() {
                        let mut alts = Vec::new();
                        let mut start = open + 1;
                        for c in commas.iter().copied().chain(std::iter::once(j)) {
                            alts.push(p[start..c].to_vec());
                            start = c + 1;
                        }
                        return Some((open, j, alts));
                    }
                    if let Some(seq) = sequence(&p[open + 1..j]) {
                        return Some((open, j, seq));
                    }
                    break;
                }
                level -= 1;
            } else if level == 0 && unq(j, ',') {
                commas.push(j);
            }
        }
    }
    None
}

/// `{1..5}`, `{a..e}` (at most 64 items, so a huge range stays bounded).
fn sequence(inner: &[Piece]) -> Option<Vec<Vec<Piece>>> {
    let s: String = inner.iter().map(|x| match x { Piece::C(c, false) => Some(*c), _ => None }).collect::<Option<String>>()?;
    let (a, b) = s.split_once("..")?;
    let b = b.split("..").next()?;
    let lit = |s: String| s.chars().map(|c| Piece::C(c, true)).collect::<Vec<_>>();
    if let (Ok(x), Ok(y)) = (a.parse::<i64>(), b.parse::<i64>()) {
        let step = if x <= y { 1 } else { -1 };
        let n = ((y - x).abs() + 1).min(64);
        return Some((0..n).map(|i| lit((x + i * step).to_string())).collect());
    }
    let (mut ca, mut cb) = (a.chars(), b.chars());
    if let (Some(x), None, Some(y), None) = (ca.next(), ca.next(), cb.next(), cb.next()) {
        if x.is_ascii_alphabetic() && y.is_ascii_alphabetic() {
            let (lo, hi) = (x.min(y) as u8, x.max(y) as u8);
            return Some((lo..=hi).take(64).map(|c| lit((c as char).to_string())).collect());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::{s03_parse, s04_lower};

    fn units(src: &str) -> (Vec<Vec<String>>, Vec<&'static str>) {
        let cx = Context::default();
        let b = Budget::default();
        let mut f = Findings::default();
        let p = s03_parse::run(src, &b, &mut f, None).expect("parse");
        let s = s04_lower::run(&p, src, &b, &mut f, None);
        let mut t = Table::default();
        Words { cx: &cx, budget: &b, out: &mut f }.run(&mut t, s, Place::new(Origin::TopLevel, 0));
        let argv = t.units.iter().map(|u| u.argv.iter().map(|v| v.text.clone()).collect()).collect();
        (argv, f.list.iter().map(|x| x.id).collect())
    }

    #[test]
    fn values() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("ls -la", &["ls", "-la"], &[]),
            ("r''m -rf x", &["rm", "-rf", "x"], &["obfuscation.split_name"]),
            ("\\rm x", &["rm", "x"], &[]),
            ("$'\\x72m' x", &["rm", "x"], &["obfuscation.ansi_c_name"]),
            ("echo a{b,c}d", &["echo", "abd", "acd"], &[]),
            ("echo {1..3}", &["echo", "1", "2", "3"], &[]),
            ("echo '{a,b}'", &["echo", "{a,b}"], &[]),
            ("rm -rf ~", &["rm", "-rf", "/home/dev"], &[]),
            ("cat ~/.ssh/id_rsa", &["cat", "/home/dev/.ssh/id_rsa"], &[]),
            ("cat $HOME/.aws/credentials", &["cat", "/home/dev/.aws/credentials"], &[]),
            ("cat${IFS}/etc/passwd", &["cat", "/etc/passwd"], &["obfuscation.ifs"]),
            ("echo \"a b\" 'c'", &["echo", "a b", "c"], &[]),
            ("echo $x", &["echo", "${x}"], &[]),
            ("echo \"$(id)\"", &["echo", "$(...)"], &[]),
            ("\"r\"m x", &["rm", "x"], &["obfuscation.split_name"]),
        ];
        for (src, argv, ids) in cases {
            let (u, got) = units(src);
            assert_eq!(u[0], argv.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{src}");
            assert_eq!(&got[..], *ids, "{src}");
        }
    }

    #[test]
    fn flatten_counts() {
        assert_eq!(units("a | b && c; (d; e)").0.len(), 5);
        assert_eq!(units("f() { g; }; f").0.len(), 2);
        assert_eq!(units("echo {a,b}{c,d}{e,f}").0[0].len(), 9);
    }
}
