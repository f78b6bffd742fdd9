//! A structure-aware generator: bash scripts built from a small grammar with `arbitrary`, so the
//! fuzzer spends its time on well-formed, deeply nested commands (substitutions inside quotes
//! inside `bash -c` inside pipelines) instead of on bytes the parser rejects at once.
//!
//! Shared with the CI seed replay like `props.rs`. Rendering is total and bounded: depth is
//! capped, so any generated value renders to a finite string.

use arbitrary::Arbitrary;

/// Program names: ordinary, dangerous, wrappers, shells and interpreters, escapes and lookalikes.
const PROGRAMS: &[&str] = &[
    "ls", "cat", "echo", "grep", "sed", "awk", "find", "xargs", "git", "cargo", "npm", "python3", "curl", "wget", "tar",
    "rm", "mv", "cp", "chmod", "dd", "sudo", "env", "timeout", "nohup", "bash", "sh", "eval", "source", "sort", "less",
    "vim", "ssh", "nc", "base64", "tee", "docker", "kubectl", "systemctl", "crontab", "make", "./x", "/tmp/x", "\\rm",
    "command", "exec", "trap", "alias", "perl", "node", "jq", "rsync", "scp", "mkfs.ext4", "shred", "history",
];

/// Argument words: flags that matter, paths that matter, plain words.
const WORDS: &[&str] = &[
    "-rf", "-la", "-c", "-e", "-i", "--force", "--exec", "-exec", "{}", ";", "+", "--compress-program=sh", "-o",
    "/", "~", "~/.ssh/id_rsa", "/etc/passwd", "/etc/shadow", ".git/hooks/pre-commit", "src/main.rs", "*", ".",
    "..", "/dev/sda", "/tmp/x", "https://example.com/x.sh", "127.0.0.1", "4444", "status", "push", "install",
    "--global", "x", "-", "--", "HEAD", "origin", "main", "$HOME", "$IFS", "${IFS}", "'", "\"", "\\", "\n", "a b",
];

const ASSIGN_NAMES: &[&str] = &["A", "PATH", "LD_PRELOAD", "IFS", "BASH_ENV", "GIT_SSH_COMMAND", "PAGER", "HOME"];

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list.get(i as usize % list.len()).copied().unwrap_or("x")
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Word {
    Plain(u8),
    Single(u8),
    Double(Vec<Word>),
    AnsiC(Vec<u8>),
    Var(u8),
    Subst(Box<Script>),
    Backtick(Box<Script>),
    ProcIn(Box<Script>),
    Arith(u8, u8),
    Brace(Vec<u8>),
    Concat(Box<Word>, Box<Word>),
    Glob(u8),
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Redirect {
    Out(Word),
    Append(Word),
    In(Word),
    ErrToOut,
    Heredoc(Box<Script>, bool),
    Herestring(Word),
    DevTcp(u8),
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Cmd {
    Simple { assigns: Vec<(u8, Word)>, prog: u8, args: Vec<Word>, redirects: Vec<Redirect> },
    Pipeline(Vec<Cmd>),
    And(Box<Cmd>, Box<Cmd>),
    Or(Box<Cmd>, Box<Cmd>),
    Background(Box<Cmd>),
    Subshell(Box<Script>),
    Group(Box<Script>),
    If(Box<Cmd>, Box<Script>, Option<Box<Script>>),
    For(u8, Vec<Word>, Box<Script>),
    While(Box<Cmd>, Box<Script>),
    Function(u8, Box<Script>),
    BashC(Box<Script>),
    Negated(Box<Cmd>),
}

#[derive(Arbitrary, Debug, Clone)]
pub struct Script {
    pub cmds: Vec<Cmd>,
}

/// Deeper than this renders a plain `true`: bounded output for any input.
const MAX_DEPTH: u32 = 12;

impl Script {
    /// The script as bash source.
    pub fn render(&self) -> String {
        let mut out = String::new();
        script(self, 0, &mut out);
        out
    }
}

fn script(s: &Script, depth: u32, out: &mut String) {
    if s.cmds.is_empty() {
        out.push_str("true");
    }
    for (i, c) in s.cmds.iter().take(16).enumerate() {
        if i > 0 {
            out.push_str(if i % 2 == 0 { "\n" } else { "; " });
        }
        cmd(c, depth + 1, out);
    }
}

fn cmd(c: &Cmd, depth: u32, out: &mut String) {
    if depth > MAX_DEPTH {
        out.push_str("true");
        return;
    }
    let d = depth + 1;
    match c {
        Cmd::Simple { assigns, prog, args, redirects } => {
            for (n, v) in assigns.iter().take(4) {
                out.push_str(pick(ASSIGN_NAMES, *n));
                out.push('=');
                word(v, d, out);
                out.push(' ');
            }
            out.push_str(pick(PROGRAMS, *prog));
            for a in args.iter().take(12) {
                out.push(' ');
                word(a, d, out);
            }
            for r in redirects.iter().take(4) {
                out.push(' ');
                redirect(r, d, out);
            }
        }
        Cmd::Pipeline(cs) => {
            if cs.is_empty() {
                out.push_str("true");
            }
            for (i, x) in cs.iter().take(6).enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                cmd(x, d, out);
            }
        }
        Cmd::And(a, b) | Cmd::Or(a, b) => {
            cmd(a, d, out);
            out.push_str(if matches!(c, Cmd::And(..)) { " && " } else { " || " });
            cmd(b, d, out);
        }
        Cmd::Background(a) => {
            cmd(a, d, out);
            out.push_str(" &");
        }
        Cmd::Subshell(s) => wrap("( ", s, " )", d, out),
        Cmd::Group(s) => wrap("{ ", s, "; }", d, out),
        Cmd::If(cond, then, els) => {
            out.push_str("if ");
            cmd(cond, d, out);
            wrap("; then ", then, "", d, out);
            if let Some(e) = els {
                wrap("; else ", e, "", d, out);
            }
            out.push_str("; fi");
        }
        Cmd::For(v, words, body) => {
            out.push_str("for ");
            out.push_str(pick(&["f", "i", "x"], *v));
            out.push_str(" in");
            for w in words.iter().take(6) {
                out.push(' ');
                word(w, d, out);
            }
            wrap("; do ", body, "; done", d, out);
        }
        Cmd::While(cond, body) => {
            out.push_str("while ");
            cmd(cond, d, out);
            wrap("; do ", body, "; done", d, out);
        }
        Cmd::Function(n, body) => {
            out.push_str(pick(&["f", "ls", "git", "cd"], *n));
            wrap("() { ", body, "; }", d, out);
        }
        Cmd::BashC(s) => {
            let mut inner = String::new();
            script(s, d, &mut inner);
            out.push_str("bash -c ");
            out.push_str(&crate::props::single_quote(&inner));
        }
        Cmd::Negated(a) => {
            out.push_str("! ");
            cmd(a, d, out);
        }
    }
}

fn wrap(open: &str, s: &Script, close: &str, depth: u32, out: &mut String) {
    out.push_str(open);
    script(s, depth, out);
    out.push_str(close);
}

fn word(w: &Word, depth: u32, out: &mut String) {
    if depth > MAX_DEPTH {
        out.push('x');
        return;
    }
    let d = depth + 1;
    match w {
        Word::Plain(i) => out.push_str(&plain(pick(WORDS, *i))),
        Word::Single(i) => out.push_str(&crate::props::single_quote(pick(WORDS, *i))),
        Word::Double(parts) => {
            out.push('"');
            for p in parts.iter().take(4) {
                match p {
                    Word::Plain(i) | Word::Single(i) => out.push_str(&pick(WORDS, *i).replace(['"', '\\', '$', '`'], "")),
                    other => word(other, d, out),
                }
            }
            out.push('"');
        }
        Word::AnsiC(bytes) => {
            out.push_str("$'");
            for b in bytes.iter().take(8) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            out.push('\'');
        }
        Word::Var(i) => {
            out.push('$');
            out.push_str(pick(&["x", "HOME", "IFS", "{IFS}", "{PATH:0:1}", "1", "@", "{x:-$(id)}"], *i));
        }
        Word::Subst(s) => wrap("$(", s, ")", d, out),
        Word::Backtick(s) => {
            let mut inner = String::new();
            script(s, d, &mut inner);
            out.push('`');
            out.push_str(&inner.replace('`', ""));
            out.push('`');
        }
        Word::ProcIn(s) => wrap("<(", s, ")", d, out),
        Word::Arith(a, b) => out.push_str(&format!("$(({a} + {b}))")),
        Word::Brace(items) => {
            let parts: Vec<&str> = items.iter().take(4).map(|i| pick(&["rm", "-rf", "~", "a", "b", "1..3", ""], *i)).collect();
            out.push('{');
            out.push_str(&parts.join(","));
            out.push('}');
        }
        Word::Concat(a, b) => {
            word(a, d, out);
            word(b, d, out);
        }
        Word::Glob(i) => out.push_str(pick(&["*", "*.rs", ".*", "?", "[a-z]*", "**/*"], *i)),
    }
}

/// A bare word: characters that would change the syntax are escaped.
fn plain(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if " \t\n;&|<>()$`\\\"'*?[]{}#~".contains(c) && !(c == '~' && out.is_empty()) {
            out.push('\\');
        }
        out.push(c);
    }
    if out.is_empty() {
        out.push_str("''");
    }
    out
}

fn redirect(r: &Redirect, depth: u32, out: &mut String) {
    match r {
        Redirect::Out(w) => {
            out.push_str("> ");
            word(w, depth, out);
        }
        Redirect::Append(w) => {
            out.push_str(">> ");
            word(w, depth, out);
        }
        Redirect::In(w) => {
            out.push_str("< ");
            word(w, depth, out);
        }
        Redirect::ErrToOut => out.push_str("2>&1"),
        Redirect::Heredoc(s, quoted) => {
            let mut body = String::new();
            script(s, depth + 1, &mut body);
            let body = body.replace("EOF", "E0F");
            out.push_str(if *quoted { "<<'EOF'\n" } else { "<<EOF\n" });
            out.push_str(&body);
            out.push_str("\nEOF\n");
        }
        Redirect::Herestring(w) => {
            out.push_str("<<< ");
            word(w, depth, out);
        }
        Redirect::DevTcp(p) => out.push_str(&format!("> /dev/tcp/127.0.0.1/{}", 4000 + u16::from(*p))),
    }
}
