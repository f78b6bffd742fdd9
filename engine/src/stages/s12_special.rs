//! Stage 12's readers for programs whose arguments are a small language: `find` expressions,
//! `sed` scripts, `awk` programs, `dd` operands, `git -c` keys and `git config`, `chmod` modes,
//! `ssh -o` options, old-style `tar` bundles, `curl`/`wget` uploads, `docker run` host access and
//! `kill -1`. Each reads the unit's argv and adds effects; none judges them.

use super::s12_effects::has_any;
use crate::unit::{Effect, ExecKind, RedirOp, Unit, Value};

fn args(u: &Unit) -> impl Iterator<Item = &Value> {
    u.argv.iter().skip(1)
}

pub(crate) fn find(u: &Unit, fx: &mut Vec<Effect>) {
    let argv: Vec<&Value> = args(u).collect();
    let roots: Vec<&Value> = argv.iter().copied().take_while(|a| !a.text.starts_with('-') && a.text != "(" && a.text != "!").collect();
    let roots: Vec<Value> = if roots.is_empty() { vec![Value::lit(".")] } else { roots.into_iter().cloned().collect() };
    for r in &roots {
        fx.push(Effect::Read(r.clone()));
    }
    let filtered = super::s08_wrappers::find_filters(u);
    let mut i = 0;
    while i < argv.len() {
        match argv[i].text.as_str() {
            "-delete" => {
                for r in &roots {
                    // Filtered: some files below the root; unfiltered: everything below it.
                    let path = if filtered { Value { text: format!("{}/{{}}", r.text.trim_end_matches('/')), ..r.clone() } } else { r.clone() };
                    fx.push(Effect::Delete { path, recursive: !filtered });
                }
            }
            "-fprint" | "-fprint0" | "-fls" | "-fprintf" => {
                if let Some(f) = argv.get(i + 1) {
                    fx.push(Effect::Write((*f).clone()));
                }
                i += 1;
            }
            "-exec" | "-execdir" | "-ok" | "-okdir" => {
                // Stage 8 made the command a unit of its own; skip to its terminator.
                while i < argv.len() && !matches!(argv[i].text.as_str(), ";" | "+") {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    fx.push(Effect::ReadOnly);
}

/// The sed script(s): `-e` values, `--expression=`, `-f` files fed by a visible heredoc or
/// here-string, or the first positional. Other `-f` files are code hardshell cannot see.
fn sed_scripts(u: &Unit, fx: &mut Vec<Effect>) -> Vec<Value> {
    let mut scripts = Vec::new();
    let mut from_file = false;
    for (n, v) in &u.args.flags {
        let Some(v) = v else { continue };
        match n.as_str() {
            "-e" | "--expression" => scripts.push(v.clone()),
            "-f" | "--file" => {
                from_file = true;
                scripts.extend(program_file(u, v, "sed", fx));
            }
            _ => {}
        }
    }
    if scripts.is_empty() && !from_file {
        scripts.extend(u.args.positionals.first().cloned());
    }
    scripts
}

/// Names standard input (`awk -f -`, `sed -f /dev/stdin`).
fn names_stdin(p: &str) -> bool {
    matches!(p, "-" | "/dev/stdin" | "/dev/fd/0" | "/proc/self/fd/0")
}

/// A program file (`awk -f FILE`, `sed -f FILE`). When FILE is standard input fed by a heredoc or
/// here-string, that text is the program: it is returned to be read like an inline program.
/// Otherwise the code is not visible: a file runs as project code (judged by where it is), a
/// program from a pipe, a descriptor or a name known only at run time as an arbitrary command.
fn program_file(u: &Unit, file: &Value, prog: &str, fx: &mut Vec<Effect>) -> Option<Value> {
    if names_stdin(&file.text) {
        if let Some(text) = u.redirects.iter().rev().find(|r| r.op == RedirOp::Stdin).map(|r| &r.target) {
            return Some(text.clone());
        }
        match u.redirects.iter().rev().find(|r| r.op == RedirOp::Read && r.fd.unwrap_or(0) == 0) {
            Some(r) => fx.push(Effect::Exec { kind: ExecKind::Project, what: r.target.text.clone() }),
            None => fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("{prog} reads its program from its input (`-f {}`)", file.text) }),
        }
    } else if file.dynamic || file.text.starts_with("/dev/fd/") || file.text.starts_with("/proc/") {
        fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("{prog} program from `{}`, only known at run time", file.text) });
    } else {
        fx.push(Effect::Exec { kind: ExecKind::Project, what: file.text.clone() });
    }
    None
}

pub(crate) fn sed(u: &Unit, fx: &mut Vec<Effect>) {
    for s in sed_scripts(u, fx) {
        if s.dynamic {
            fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: "sed script only known at run time".into() });
            continue;
        }
        let (exec, writes, reads) = scan_sed_all(&s.text);
        for r in reads {
            fx.push(Effect::Read(Value::lit(&r)));
        }
        if exec {
            fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("sed `e` command in `{}`", super::s06_substitutions::short(&s.text)) });
        }
        for w in writes {
            fx.push(Effect::Write(Value::lit(&w)));
        }
    }
}

/// Finds `e` commands, `s///e`, and `w FILE` / `s///w FILE` in a sed script.
#[cfg(test)]
pub(crate) fn scan_sed(script: &str) -> (bool, Vec<String>) {
    let (e, w, _) = scan_sed_all(script);
    (e, w)
}

/// (`e` commands?, files written, files read) of a sed script.
pub(crate) fn scan_sed_all(script: &str) -> (bool, Vec<String>, Vec<String>) {
    let mut exec = false;
    let mut writes = Vec::new();
    let mut reads = Vec::new();
    let c: Vec<char> = script.chars().collect();
    let mut i = 0;
    let mut at_cmd = true;
    while i < c.len() {
        let ch = c[i];
        if at_cmd {
            // Skip an address: numbers, `$`, `/re/`, `\cREc`, ranges, `!`, spaces.
            match ch {
                ' ' | '\t' | ',' | '!' | '$' | '~' | '+' | '0'..='9' => {
                    i += 1;
                    continue;
                }
                '/' => {
                    i = skip_delim(&c, i + 1, '/');
                    continue;
                }
                '\\' if i + 1 < c.len() => {
                    let d = c[i + 1];
                    i = skip_delim(&c, i + 2, d);
                    continue;
                }
                '{' | '}' | ';' | '\n' => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            at_cmd = false;
            match ch {
                'e' => exec = true,
                'w' | 'W' => {
                    let file: String = c[i + 1..].iter().collect::<String>().lines().next().unwrap_or("").trim().to_string();
                    writes.push(if file.is_empty() { "-".into() } else { file });
                    return (exec, writes, reads);
                }
                'r' | 'R' => {
                    let file: String = c[i + 1..].iter().collect::<String>().lines().next().unwrap_or("").trim().to_string();
                    reads.push(file);
                    while i < c.len() && c[i] != '\n' {
                        i += 1;
                    }
                    at_cmd = true;
                    continue;
                }
                'a' | 'i' | 'c' | ':' | 'b' | 't' | 'T' | 'q' | 'Q' | 'l' | 'L' => {
                    // Text/label arguments run to the end of the line.
                    while i < c.len() && c[i] != '\n' && !(matches!(ch, 'b' | 't' | 'T' | 'q' | 'Q' | 'l' | 'L' | ':') && c[i] == ';') {
                        i += 1;
                    }
                    at_cmd = true;
                    continue;
                }
                's' | 'y' if i + 1 < c.len() => {
                    let d = c[i + 1];
                    i = skip_delim(&c, i + 2, d);
                    i = skip_delim(&c, i, d);
                    if ch == 's' {
                        while i < c.len() && (c[i].is_ascii_alphanumeric()) {
                            if c[i] == 'e' {
                                exec = true;
                            }
                            if c[i] == 'w' {
                                let file: String = c[i + 1..].iter().collect::<String>().lines().next().unwrap_or("").trim().to_string();
                                writes.push(file);
                                return (exec, writes, reads);
                            }
                            i += 1;
                        }
                    }
                    at_cmd = true;
                    continue;
                }
                _ => {}
            }
        } else if ch == ';' || ch == '\n' || ch == '}' {
            at_cmd = true;
        }
        i += 1;
    }
    (exec, writes, reads)
}

fn skip_delim(c: &[char], mut i: usize, d: char) -> usize {
    while i < c.len() {
        if c[i] == '\\' {
            i += 2;
            continue;
        }
        if c[i] == d {
            return i + 1;
        }
        i += 1;
    }
    i
}

/// gawk's in-place extension (`-i inplace`): every data operand is rewritten.
fn awk_inplace(name: &str) -> bool {
    matches!(name, "inplace" | "inplace.awk")
}

pub(crate) fn awk(u: &Unit, fx: &mut Vec<Effect>) {
    let mut programs = Vec::new();
    let mut replaces_operand = false;
    let mut inplace = false;
    for (n, v) in &u.args.flags {
        let Some(v) = v else { continue };
        match n.as_str() {
            "-e" | "--source" => {
                replaces_operand = true;
                programs.push(v.clone());
            }
            // `-i FILE` adds a library; the program is still the first operand.
            "-i" if awk_inplace(&v.text) => inplace = true,
            "-i" => programs.extend(program_file(u, v, "awk", fx)),
            "-f" | "-E" => {
                replaces_operand = true;
                programs.extend(program_file(u, v, "awk", fx));
            }
            _ => {}
        }
    }
    if !replaces_operand {
        programs.extend(u.args.positionals.first().cloned());
    }
    if inplace {
        for file in u.args.positionals.iter().skip(usize::from(!replaces_operand)) {
            fx.push(Effect::Write(file.clone()));
        }
    }
    for p in &programs {
        awk_program(p, fx);
    }
}

/// Effects of one awk program text.
fn awk_program(p: &Value, fx: &mut Vec<Effect>) {
    if p.dynamic {
        fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: "awk program only known at run time".into() });
        return;
    }
    let t = p.text.as_str();
    // String literals are data: `print "system(\"sh\")"` runs nothing.
    let code = strip_strings(t);
    let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.contains("system(") || squeezed.contains("|getline") || squeezed.contains("|&") || squeezed.contains('@') && squeezed.contains('(') || print_pipe(&code) {
        fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("awk runs a command: `{}`", super::s06_substitutions::short(t)) });
    }
    for target in print_redirect(t) {
        fx.push(Effect::Write(Value { text: target, dynamic: false, ..Value::default() }));
    }
    // `getline < "FILE"` reads FILE.
    let mut rest = t;
    while let Some(i) = rest.find("getline") {
        rest = &rest[i + 7..];
        let after = rest.trim_start().trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').trim_start();
        if let Some(file) = after.strip_prefix('<').map(str::trim_start).and_then(|x| x.strip_prefix('"')).and_then(|x| x.split('"').next()) {
            fx.push(Effect::Read(Value::lit(file)));
        }
    }
}

/// The program with the contents of its `"..."` literals removed (quotes kept).
fn strip_strings(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut in_str = false;
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        match (in_str, c) {
            (true, '\\') => {
                chars.next();
            }
            (_, '"') => {
                in_str = !in_str;
                out.push('"');
            }
            (true, _) => {}
            (false, c) => out.push(c),
        }
    }
    out
}

/// `print ... | "cmd"` / `printf ... | cmd`.
fn print_pipe(t: &str) -> bool {
    t.split(';').any(|stmt| {
        stmt.contains("print") && stmt[stmt.find("print").unwrap_or(0)..].contains('|') && !stmt.contains("||")
    })
}

/// Files written by `print > "file"` / `print >> file`.
fn print_redirect(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for stmt in t.split([';', '}', '\n']) {
        let s = stmt.trim();
        if !s.contains("print") {
            continue;
        }
        // Ignore comparisons inside conditions: only a `>` after the print keyword.
        let after = s.find("print").map(|i| &s[i..]).unwrap_or("");
        if let Some(pos) = after.find('>') {
            let target = after[pos..].trim_start_matches('>').trim();
            let target = target.trim_matches('"').to_string();
            out.push(if target.is_empty() { "(awk output file)".into() } else { target });
        }
    }
    out
}

pub(crate) fn dd(u: &Unit, fx: &mut Vec<Effect>) {
    if !u.argv.iter().any(|a| a.text.starts_with("of=")) {
        fx.push(Effect::ReadOnly); // output goes to stdout
    }
    for a in args(u) {
        if let Some(v) = a.text.strip_prefix("if=") {
            fx.push(Effect::Read(Value { text: v.to_string(), ..a.clone() }));
        } else if let Some(v) = a.text.strip_prefix("of=") {
            let target = Value { text: v.to_string(), ..a.clone() };
            if v.starts_with("/dev/") && !super::s12_effects::is_sink(v) {
                fx.push(Effect::Destroy(target));
            } else {
                fx.push(Effect::Write(target));
            }
        }
    }
}

/// Git configuration keys whose value is a command, a hook location, or code.
const GIT_EXEC_KEYS: &[&str] = &[
    "core.pager", "core.sshcommand", "core.editor", "core.hookspath", "core.fsmonitor", "core.askpass", "core.gitproxy", "core.alternaterefscommand",
    "credential.helper", "diff.external", "gpg.program", "gpg.ssh.program", "gpg.x509.program", "sequence.editor", "uploadpack.packobjectshook",
    "interactive.difffilter", "include.path", "sendemail.smtpserver", "sendemail.tocmd", "sendemail.cccmd", "merge.tool", "diff.tool",
    "protocol.ext.allow", "protocol.allow", "http.proxy", "remote.origin.uploadpack", "remote.origin.receivepack", "ssh.variant", "web.browser",
];

pub(crate) fn git_key_runs_code(key: &str, value: &str) -> bool {
    let k = key.to_ascii_lowercase();
    GIT_EXEC_KEYS.contains(&k.as_str())
        || k.ends_with(".cmd")
        || k.ends_with("command")
        || k.ends_with(".program")
        || k.ends_with(".viewer")
        || k.ends_with(".browser")
        || k.ends_with(".tool")
        || k == "core.worktree"
        || k == "init.templatedir"
        || k.ends_with("keylogfile")
        || (k.starts_with("submodule.") && k.ends_with(".update") && value.trim_start().starts_with('!'))
        || (k.starts_with("remote.") && k.ends_with(".url") && value.contains("ext::"))
        || (k.starts_with("alias.") && value.trim_start().starts_with('!'))
        || k.starts_with("pager.")
        || k.starts_with("includeif.")
        || (k.starts_with("filter.") && (k.ends_with(".clean") || k.ends_with(".smudge") || k.ends_with(".process")))
        || (k.starts_with("diff.") && (k.ends_with(".textconv") || k.ends_with(".command")))
        || (k.starts_with("merge.") && k.ends_with(".driver"))
        || (k.starts_with("mergetool.") && k.ends_with(".cmd"))
        || (k.starts_with("difftool.") && k.ends_with(".cmd"))
        || (k.starts_with("remote.") && (k.ends_with(".uploadpack") || k.ends_with(".receivepack") || k.ends_with(".proxy")))
        || (k.starts_with("url.") && k.ends_with(".insteadof"))
        || (k.starts_with("credential.") && k.ends_with(".helper"))
        || k.starts_with("protocol.") && value.contains("always")
}

pub(crate) fn git(u: &Unit, fx: &mut Vec<Effect>) {
    // Global `-c key=value` and `--config-env`, and `clone -c` / `--config`.
    let mut it = u.argv.iter().skip(1).peekable();
    while let Some(a) = it.next() {
        let kv = match a.text.as_str() {
            "-c" | "--config" => it.next().map(|v| v.text.clone()),
            t if t.starts_with("--config=") => Some(t["--config=".len()..].to_string()),
            t if t.starts_with("--config-env=") => Some(t["--config-env=".len()..].to_string()),
            t if t.starts_with("-c") && t.len() > 2 && t.contains('=') => Some(t[2..].to_string()),
            _ => None,
        };
        if let Some(kv) = kv {
            let (k, v) = kv.split_once('=').unwrap_or((kv.as_str(), ""));
            let harmless = super::s09_assignments::HARMLESS_PROGRAMS.contains(&v.trim()) && !k.to_ascii_lowercase().starts_with("alias.");
            if (git_key_runs_code(k, v) && !harmless) || a.dynamic {
                fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("git -c {k}={v}") });
            }
        }
        if a.text.starts_with("ext::") || a.text.contains("::ext::") {
            fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("git ext:: transport runs `{}`", a.text) });
        }
    }
    // `git -C DIR`, `--git-dir=DIR`, `--work-tree=DIR`: another repository, whose hooks and
    // configuration run (judged by where DIR is; the workspace itself is fine).
    // Every global option before the subcommand counts, in any order: the values of `-c`,
    // `--namespace` ... are skipped, not taken for the subcommand.
    let mut it = u.argv.iter().skip(1);
    while let Some(a) = it.next() {
        let dir = match a.text.as_str() {
            "-C" | "--git-dir" | "--work-tree" => it.next().cloned(),
            t if t.starts_with("--git-dir=") || t.starts_with("--work-tree=") => t.split_once('=').map(|(_, d)| Value { text: d.to_string(), ..a.clone() }),
            t if t.starts_with("-C") && t.len() > 2 => Some(Value { text: t[2..].to_string(), ..a.clone() }),
            "-c" | "--config-env" | "--namespace" | "--super-prefix" | "--list-cmds" | "--attr-source" | "--exec-path" | "--upload-pack" | "--receive-pack" => {
                it.next();
                None
            }
            t if !t.starts_with('-') => break,
            _ => None,
        };
        if let Some(d) = dir.filter(|d| d.dynamic || d.text.starts_with('/') || d.text.starts_with('~') || d.text.split('/').any(|c| c == "..")) {
            fx.push(Effect::Exec { kind: ExecKind::Project, what: d.text.clone() });
            fx.push(Effect::Write(d));
        }
    }
    let sub = u.args.subs.first().map(String::as_str);
    let pos = &u.args.positionals;
    match sub {
        Some("clone") if pos.len() >= 2 => fx.push(Effect::Write(pos[1].clone())),
        Some("checkout-index") | Some("worktree") => {
            for (n, v) in &u.args.flags {
                if let Some(v) = v.as_ref().filter(|_| n.starts_with("--prefix")) {
                    fx.push(Effect::Write(v.clone()));
                }
            }
            if let Some(p) = u.argv.iter().find_map(|a| a.text.strip_prefix("--prefix=")) {
                fx.push(Effect::Write(Value::lit(p)));
            }
            if sub == Some("worktree") {
                if let Some(p) = pos.get(1) {
                    fx.push(Effect::Write(p.clone()));
                }
            }
        }
        Some("config") => git_config(u, fx),
        Some("branch" | "tag") if !u.args.positionals.is_empty() && !has_any(&u.args, &["-l", "--list", "--contains", "--merged", "--no-merged", "--points-at", "-v", "-vv", "--verbose", "--show-current"]) => {
            fx.retain(|e| !matches!(e, Effect::ReadOnly));
            fx.push(Effect::Write(Value::lit(super::s12_effects::REPO)));
        }
        Some("branch") if has_any(&u.args, &["-m", "-M", "--move", "-c", "-C", "--copy", "-u", "--set-upstream-to", "--unset-upstream", "--edit-description"]) => {
            fx.retain(|e| !matches!(e, Effect::ReadOnly));
            fx.push(Effect::Write(Value::lit(super::s12_effects::REPO)));
        }
        // `-i` takes its answers from stdin, and `-c clean.requireForce=false` lifts the need for
        // `-f`: both delete like `-f`.
        Some("clean") if !has_any(&u.args, &["-n", "--dry-run"]) && !has_any(&u.args, &["-f", "--force"]) && (has_any(&u.args, &["-i", "--interactive"]) || git_config_off(u, "clean.requireforce")) => {
            fx.retain(|e| !matches!(e, Effect::ReadOnly));
            fx.push(Effect::Force("git clean deletes untracked files without `-f` (`-i` or clean.requireForce=false)".into()));
        }
        Some("clean") if !has_any(&u.args, &["-f", "--force"]) || has_any(&u.args, &["-n", "--dry-run"]) => {
            fx.retain(|e| !matches!(e, Effect::Delete { .. } | Effect::Force(_)));
            fx.push(Effect::ReadOnly);
        }
        Some("checkout" | "restore") => {
            let discards = u.argv.iter().any(|a| a.text == "--") && pos.iter().any(|p| matches!(p.text.as_str(), "." | "*" | ":/"))
                || (sub == Some("restore") && pos.iter().any(|p| matches!(p.text.as_str(), "." | "*" | ":/")) && !has_any(&u.args, &["--staged", "-S"]))
                || (sub == Some("checkout") && pos.len() == 1 && pos[0].text == ".")
                || has_any(&u.args, &["-f", "--force"]);
            if discards {
                fx.push(Effect::Force(format!("git {} discards uncommitted changes", sub.unwrap_or(""))));
            }
        }
        _ => {}
    }
}

/// A boolean configuration `key` (lower case) turned off on the command line (`-c key=false`).
fn git_config_off(u: &Unit, key: &str) -> bool {
    let mut it = u.argv.iter().skip(1);
    while let Some(a) = it.next() {
        let kv = match a.text.as_str() {
            "-c" => it.next().map(|v| v.text.as_str()),
            t if t.starts_with("-c") && t.len() > 2 => Some(&t[2..]),
            t if !t.starts_with('-') => break,
            _ => None,
        };
        if let Some((k, v)) = kv.and_then(|kv| kv.split_once('=')) {
            if k.eq_ignore_ascii_case(key) && matches!(v.trim().to_ascii_lowercase().as_str(), "false" | "no" | "off" | "0" | "") {
                return true;
            }
        }
    }
    false
}

fn git_config(u: &Unit, fx: &mut Vec<Effect>) {
    let a = &u.args;
    let reading = has_any(a, &["--get", "--get-all", "--get-regexp", "--list", "-l", "--show-origin", "--get-urlmatch", "--name-only"])
        || a.subs.get(1).is_some_and(|s| matches!(s.as_str(), "get" | "list"))
        || (a.positionals.len() == 1 && !has_any(a, &["--unset", "--unset-all", "--add", "--replace-all", "--remove-section", "--rename-section", "-e", "--edit"]));
    if reading {
        fx.retain(|e| !matches!(e, Effect::Write(_) | Effect::Global(_)));
        fx.push(Effect::ReadOnly);
        return;
    }
    let scope_global = has_any(a, &["--global", "--system"]);
    let file = a.flags.iter().find(|(n, _)| n == "-f" || n == "--file").and_then(|(_, v)| v.clone());
    let (key, value) = match (a.positionals.first(), a.positionals.get(1)) {
        (Some(k), v) => (k.text.clone(), v.map(|v| v.text.clone()).unwrap_or_default()),
        _ => (String::new(), String::new()),
    };
    fx.retain(|e| !matches!(e, Effect::Write(_)));
    if git_key_runs_code(&key, &value) || has_any(a, &["-e", "--edit"]) {
        fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("git config {key} makes git run `{value}`") });
    }
    if let Some(f) = file {
        fx.push(Effect::Write(f));
    } else if scope_global {
        fx.push(Effect::Write(Value::lit("~/.gitconfig")));
    } else {
        fx.push(Effect::Write(Value::lit(".")));
    }
}

pub(crate) fn chmod(u: &Unit, fx: &mut Vec<Effect>) {
    let Some(mode) = u.args.positionals.first() else { return };
    let m = mode.text.as_str();
    let setid = if m.chars().all(|c| c.is_ascii_digit()) {
        // Octal with any number of leading zeros (`04755`): the setuid/setgid bits.
        u32::from_str_radix(m, 8).is_ok_and(|bits| bits & 0o6000 != 0)
    } else {
        m.split(',').any(|clause| clause.contains('+') && (clause.contains('s') || clause.contains('t')) || clause.contains("=s"))
    };
    if setid {
        fx.push(Effect::Privilege(format!("chmod {m} sets the setuid/setgid bit")));
    }
}

pub(crate) fn ssh(u: &Unit, fx: &mut Vec<Effect>) {
    let mut it = u.argv.iter().skip(1);
    while let Some(a) = it.next() {
        let opt = if a.text == "-o" { it.next().map(|v| v.text.clone()) } else { a.text.strip_prefix("-o").map(str::to_string) };
        let Some(opt) = opt else { continue };
        let key = opt.split(['=', ' ']).next().unwrap_or("").to_ascii_lowercase();
        if matches!(key.as_str(), "proxycommand" | "localcommand" | "permitlocalcommand" | "knownhostscommand" | "remotecommand" | "match") {
            fx.push(Effect::Exec { kind: ExecKind::ShellEscape, what: format!("ssh option `{opt}` runs a local command") });
        }
    }
}

pub(crate) fn env(u: &Unit, fx: &mut Vec<Effect>) {
    if u.argv.len() == 1 || u.args.positionals.is_empty() && u.args.flags.iter().all(|(n, _)| n == "-0" || n == "--null") {
        fx.push(Effect::Read(Value::lit("<environment>")));
    }
}

pub(crate) fn tar(u: &Unit, fx: &mut Vec<Effect>) {
    let old = u.argv.get(1).map(|v| v.text.as_str()).filter(|t| !t.starts_with('-') && t.chars().all(|c| c.is_ascii_alphabetic()));
    let mode_has = |c: char, long: &[&str]| old.is_some_and(|o| o.contains(c)) || has_any(&u.args, long) || u.args.flags.iter().any(|(n, _)| n == &format!("-{c}"));
    let extract = mode_has('x', &["-x", "--extract", "--get"]);
    let create = mode_has('c', &["-c", "--create"]) || mode_has('r', &["-r", "--append"]) || mode_has('u', &["-u", "--update"]);
    let archive = u.args.value("-f").or_else(|| u.args.value("--file")).cloned().or_else(|| {
        // Old style: `tar czf ARCHIVE files`: the archive is the first positional after the bundle.
        old.filter(|o| o.contains('f')).and_then(|_| u.args.positionals.get(1).cloned())
    });
    let into = u.args.value("-C").or_else(|| u.args.value("--directory")).cloned().unwrap_or_else(|| Value::lit("."));
    fx.retain(|e| !matches!(e, Effect::Read(_) | Effect::ReadOnly | Effect::Write(_)));
    if extract {
        fx.push(Effect::Write(into));
        if let Some(a) = archive {
            fx.push(Effect::Read(a));
        }
    } else if create {
        if let Some(a) = archive.filter(|a| a.text != "-") {
            fx.push(Effect::Write(a));
        }
        let skip = usize::from(old.is_some_and(|o| o.contains('f'))) + usize::from(old.is_some());
        // `--remove-files` deletes what it archived (not something in the workspace at large).
        let removes = has_any(&u.args, &["--remove-files"]);
        if removes {
            fx.retain(|e| !matches!(e, Effect::Delete { .. }));
        }
        for p in u.args.positionals.iter().skip(skip) {
            fx.push(Effect::Read(p.clone()));
            if removes {
                fx.push(Effect::Delete { path: p.clone(), recursive: true });
            }
        }
    } else {
        if let Some(a) = archive {
            fx.push(Effect::Read(a));
        }
        fx.push(Effect::ReadOnly);
    }
}

/// `@file`, `name=@file`, `name=<file` (curl forms) give the file; inline data gives `<data>`.
pub(crate) fn upload_source(v: &Value) -> Value {
    let t = v.text.as_str();
    let file = t.strip_prefix('@').or_else(|| t.split_once("=@").map(|(_, f)| f)).or_else(|| t.split_once("=<").map(|(_, f)| f));
    match file {
        Some(f) => Value { text: f.split(';').next().unwrap_or(f).to_string(), ..v.clone() },
        None if v.dynamic => v.clone(),
        None if t.starts_with('/') || t.starts_with('~') || t.starts_with('.') => v.clone(),
        None => Value::lit("<data>"),
    }
}

pub(crate) fn http(u: &Unit, fx: &mut Vec<Effect>) {
    let wget = u.base().is_some_and(|b| b.starts_with("wget"));
    for p in &u.args.positionals {
        if let Some(path) = p.text.strip_prefix("file://") {
            fx.push(Effect::Read(Value { text: path.to_string(), ..p.clone() }));
        }
    }
    let to_stdout = u.args.flags.iter().any(|(n, v)| (n == "-O" || n == "--output-document") && v.as_ref().is_some_and(|v| v.text == "-"));
    if wget && !to_stdout && !has_any(&u.args, &["-O", "--output-document", "--spider"]) {
        fx.push(Effect::Write(Value::lit(".")));
    }
    if !wget && has_any(&u.args, &["-O", "--remote-name", "--remote-name-all", "-J"]) {
        fx.push(Effect::Write(Value::lit(".")));
    }
    // Every host the command reaches: each URL operand, and each proxy or address an option or a
    // proxy variable names (the network allowlist checks them all).
    for t in http_targets(u, wget) {
        if !fx.iter().any(|e| matches!(e, Effect::Net { target: Some(x) } if x.text == t.text)) {
            fx.push(Effect::Net { target: Some(t) });
        }
    }
    if fx.iter().all(|e| !matches!(e, Effect::Net { .. })) {
        fx.push(Effect::Net { target: None });
    }
}

/// URL operands, `--url`, proxies (`-x`, `--preproxy`, `--socks5` ..., wget `-e https_proxy=`),
/// the address of `--connect-to HOST1:PORT1:HOST2:PORT2` / `--resolve HOST:PORT:ADDR`, and
/// `http_proxy=` / `https_proxy=` / `all_proxy=` assignments.
fn http_targets(u: &Unit, wget: bool) -> Vec<Value> {
    let with = |v: &Value, text: &str| Value { text: text.to_string(), ..v.clone() };
    let is_proxy_var = |n: &str| ["http_proxy", "https_proxy", "all_proxy", "ftp_proxy"].iter().any(|p| p.eq_ignore_ascii_case(n));
    let mut out: Vec<Value> = u.args.positionals.iter().filter(|p| !p.text.starts_with("file://")).cloned().collect();
    for (n, v) in &u.args.flags {
        let Some(v) = v else { continue };
        match n.as_str() {
            "--url" | "-x" | "--proxy" | "--preproxy" | "--socks4" | "--socks4a" | "--socks5" | "--socks5-hostname" if !wget => out.push(v.clone()),
            "--connect-to" | "--resolve" if !wget => {
                let addr = v.text.splitn(3, ':').nth(2).unwrap_or("");
                out.extend(addr.split(',').map(|a| with(v, a)));
            }
            "-e" | "--execute" if wget => {
                if let Some((_, value)) = v.text.split_once('=').filter(|(n, _)| is_proxy_var(n.trim())) {
                    out.push(with(v, value.trim()));
                }
            }
            _ => {}
        }
    }
    out.extend(u.assigns.iter().filter(|(n, _)| is_proxy_var(n)).map(|(_, v)| v.clone()));
    out
}

pub(crate) fn container(u: &Unit, fx: &mut Vec<Effect>) {
    let mut it = u.argv.iter().skip(1).peekable();
    while let Some(a) = it.next() {
        let t = a.text.as_str();
        let (opt, val) = match t.split_once('=') {
            Some((o, v)) if o.starts_with("--") => (o, Some(v.to_string())),
            _ => (t, None),
        };
        let take = |it: &mut std::iter::Peekable<std::iter::Skip<std::slice::Iter<'_, Value>>>| val.clone().or_else(|| it.next().map(|v| v.text.clone())).unwrap_or_default();
        match opt {
            "-v" | "--volume" | "--mount" => {
                let v = take(&mut it);
                let src = v.split(':').next().unwrap_or("").trim_start_matches("type=bind,").trim_start_matches("source=").trim_start_matches("src=");
                if src.starts_with('/') || src.starts_with('~') {
                    let sensitive = matches!(src, "/" | "/etc" | "/root" | "/home" | "/var/run/docker.sock" | "/run/docker.sock" | "/proc" | "/sys" | "/dev" | "/boot" | "/var" | "/usr")
                        || src.starts_with("/etc") || src.contains("docker.sock") || src.contains("/.ssh") || src.starts_with("/root") || src.starts_with("/var/run") || src.starts_with("/run");
                    if sensitive {
                        fx.push(Effect::Privilege(format!("container mounts host path `{src}`")));
                    } else {
                        // The container can write what it mounts: judged like any other write.
                        fx.push(Effect::Write(Value::lit(src)));
                    }
                }
            }
            "--pid" | "--net" | "--network" | "--ipc" | "--uts" | "--userns" | "--cgroupns" => {
                let value = take(&mut it);
                if value == "host" {
                    fx.push(Effect::Privilege(format!("container shares the host's {}", opt.trim_start_matches("--"))));
                }
            }
            "--security-opt" => {
                let v = take(&mut it);
                if v.contains("unconfined") || v.contains("no-new-privileges=false") || v.contains("no-new-privileges:false") {
                    fx.push(Effect::Privilege(format!("container security option `{v}`")));
                }
            }
            _ => {}
        }
    }
}

pub(crate) fn kill(u: &Unit, fx: &mut Vec<Effect>) {
    let all = u.argv.iter().skip(1).any(|a| a.text == "-1") && (u.base() == Some("kill"))
        && u.argv.iter().skip(1).filter(|a| !a.text.starts_with('-') || a.text == "-1").any(|a| a.text == "-1")
        && (u.argv.len() == 2 || u.argv.iter().skip(1).any(|a| a.text.starts_with('-') && a.text != "-1"));
    let init = u.argv.iter().skip(1).any(|a| a.text == "1" || a.text == "-1" && u.argv.len() > 2);
    if all || init || (u.base() == Some("killall5")) {
        fx.retain(|e| !matches!(e, Effect::Signal { .. }));
        fx.push(Effect::Signal { all: true });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sed_scripts() {
        let cases: &[(&str, bool, &[&str])] = &[
            ("s/a/b/g", false, &[]),
            ("s/a/b/e", true, &[]),
            ("1e id", true, &[]),
            ("w /etc/passwd", false, &["/etc/passwd"]),
            ("s/x/y/w out.txt", false, &["out.txt"]),
            ("/foo/d", false, &[]),
            ("1,10p", false, &[]),
            ("s|/usr|/opt|g", false, &[]),
            ("$!N;s/\\n/ /", false, &[]),
            ("/^$/d; s/echo/print/", false, &[]),
            ("a\\hello", false, &[]),
            ("y/abc/xyz/", false, &[]),
        ];
        for (s, e, w) in cases {
            let (exec, writes) = scan_sed(s);
            assert_eq!(exec, *e, "{s}");
            assert_eq!(writes, w.iter().map(|x| x.to_string()).collect::<Vec<_>>(), "{s}");
        }
    }

    #[test]
    fn git_keys() {
        assert!(git_key_runs_code("core.pager", "sh"));
        assert!(git_key_runs_code("alias.x", "!sh"));
        assert!(!git_key_runs_code("alias.co", "checkout"));
        assert!(!git_key_runs_code("user.name", "x"));
        assert!(git_key_runs_code("core.sshCommand", "x"));
        assert!(git_key_runs_code("filter.lfs.smudge", "x"));
    }

    #[test]
    fn uploads() {
        assert_eq!(upload_source(&Value::lit("@/home/dev/.ssh/id_rsa")).text, "/home/dev/.ssh/id_rsa");
        assert_eq!(upload_source(&Value::lit("file=@secret.txt")).text, "secret.txt");
        assert_eq!(upload_source(&Value::lit("a=1&b=2")).text, "<data>");
    }
}
