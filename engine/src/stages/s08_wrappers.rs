//! Stage 8, wrappers: what runs behind `sudo`, `env`, `nice`, `timeout`, `xargs`, `find -exec` ...?
//!
//! Input: one unit. Output: the inner command(s) as new units (origin `Wrapped`, keeping the
//! wrapper's assignments, redirections and pipeline place), or code strings for wrappers that
//! hand their arguments to `sh -c` (`watch`, `parallel`, `env -S`). Wrapper options are data in
//! [`WRAPPERS`]. Invariants: a wrapper whose inner command cannot be located is HIGH
//! (`wrapper.opaque`); privilege wrappers (`sudo`, `doas`, `pkexec`, `su`, `chroot` ...) are HIGH.

use super::s07_nested::Nested;
use crate::cx::Findings;
use crate::unit::{Origin, Unit, Value};
use crate::verdict::{Risk, Stage};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// How a wrapper's options look.
pub(crate) struct Wrapper {
    pub(crate) names: &'static [&'static str],
    /// Options that take a separate value.
    pub(crate) value_opts: &'static [&'static str],
    /// Operands between the options and the command (`timeout DURATION`, `chroot DIR`).
    pub(crate) operands: usize,
    pub(crate) privilege: bool,
    /// The command is joined and run by `sh -c` (`watch`), not exec'd.
    pub(crate) via_shell: bool,
}

const fn w(names: &'static [&'static str], value_opts: &'static [&'static str], operands: usize, privilege: bool, via_shell: bool) -> Wrapper {
    Wrapper { names, value_opts, operands, privilege, via_shell }
}

pub(crate) static WRAPPERS: &[Wrapper] = &[
    w(&["sudo"], &["-u", "-g", "-p", "-C", "-D", "-h", "-r", "-t", "-U", "-T", "-R", "--user", "--group", "--prompt", "--chdir", "--host", "--role", "--type", "--other-user", "--close-from", "--command-timeout", "--chroot"], 0, true, false),
    w(&["doas"], &["-u", "-C"], 0, true, false),
    w(&["pkexec"], &["--user"], 0, true, false),
    w(&["run0"], &["-u", "--user", "-g", "--group", "-D", "--chdir", "--setenv", "--property", "--unit", "--description", "--slice", "--nice", "--machine"], 0, true, false),
    w(&["runuser"], &["-u", "-g", "-G", "--user", "--group", "--supp-group", "-s", "--shell", "-w", "--whitelist-environment"], 0, true, false),
    w(&["chroot"], &["--userspec", "--groups"], 1, true, false),
    w(&["unshare"], &["--map-user", "--map-group", "--setgroups", "-S", "--setuid", "-G", "--setgid", "-R", "--root", "-w", "--wd", "--propagation"], 0, true, false),
    w(&["nsenter"], &["-t", "--target", "-S", "--setuid", "-G", "--setgid", "-r", "--root", "-w", "--wd"], 0, true, false),
    w(&["setpriv"], &["--reuid", "--regid", "--groups", "--inh-caps", "--ambient-caps", "--bounding-set", "--securebits", "--selinux-label", "--apparmor-profile"], 0, true, false),
    w(&["capsh"], &[], 0, true, false),
    w(&["env"], &["-u", "--unset", "-C", "--chdir", "-S", "--split-string", "-a", "--argv0", "--default-signal", "--ignore-signal", "--block-signal"], 0, false, false),
    w(&["nice"], &["-n", "--adjustment"], 0, false, false),
    w(&["renice"], &["-n", "-p", "-g", "-u"], 0, false, false),
    w(&["ionice"], &["-c", "--class", "-n", "--classdata", "-p", "--pid", "-P", "--pgid", "-u", "--uid"], 0, false, false),
    w(&["nohup"], &[], 0, false, false),
    w(&["time"], &["-f", "--format", "-o", "--output"], 0, false, false),
    w(&["stdbuf"], &["-i", "-o", "-e", "--input", "--output", "--error"], 0, false, false),
    w(&["timeout"], &["-s", "--signal", "-k", "--kill-after"], 1, false, false),
    w(&["setsid"], &[], 0, false, false),
    w(&["chrt"], &["-T", "-P", "-D"], 1, false, false),
    w(&["taskset"], &[], 1, false, false),
    w(&["flock"], &["-w", "--wait", "--timeout", "-E", "--conflict-exit-code"], 1, false, false),
    w(&["command"], &[], 0, false, false),
    w(&["builtin"], &[], 0, false, false),
    w(&["exec"], &["-a"], 0, false, false),
    w(&["xargs"], &["-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L", "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars", "--process-slot-var", "--max-lines", "--replace", "--eof"], 0, false, false),
    w(&["watch"], &["-n", "--interval", "-d", "-q", "--equexit", "--differences"], 0, false, true),
    w(&["parallel"], &["-j", "--jobs", "-S", "--sshlogin", "--joblog", "-a", "--arg-file", "--delay", "--timeout", "-I", "--colsep", "-d", "--delimiter", "--results", "--tmpdir"], 0, false, true),
    w(&["strace"], &["-o", "-e", "-p", "-s", "-u", "-E", "-a", "-b", "-I", "-O", "-S", "-P", "-X"], 0, false, false),
    w(&["ltrace"], &["-o", "-e", "-p", "-s", "-u", "-n", "-a", "-A", "-D", "-F", "-l", "-L", "-x"], 0, false, false),
    w(&["valgrind"], &["--tool", "--log-file"], 0, false, false),
    w(&["fakeroot"], &["-l", "--lib", "--faked", "-s", "-i"], 0, false, false),
    w(&["proxychains", "proxychains4"], &["-f"], 0, false, false),
    w(&["torsocks"], &["-u", "-p", "-a", "-P"], 0, false, false),
    w(&["firejail"], &[], 0, false, false),
    w(&["busybox", "toybox"], &[], 0, false, false),
    w(&["sshpass"], &["-p", "-f", "-d", "-P"], 0, false, false),
    w(&["eatmydata", "ifne", "tsocks"], &[], 0, false, false),
    w(&["caffeinate", "catchsegv", "unbuffer", "dbus-launch", "dbus-run-session", "linux32", "linux64", "setarch", "numactl", "systemd-inhibit", "cgexec", "xvfb-run", "nocache", "rlwrap", "chronic", "ts", "pv", "sem"], &["-a", "-s", "-w", "-g", "--what", "--who", "--why", "--mode", "-f", "-n", "-e"], 0, false, false),
];

/// The first entry of [`WRAPPERS`] that names `base` (through a table built once).
pub(crate) fn find(base: &str) -> Option<&'static Wrapper> {
    static BY_NAME: OnceLock<FxHashMap<&'static str, &'static Wrapper>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = FxHashMap::default();
        for w in WRAPPERS {
            for n in w.names {
                m.entry(*n).or_insert(w);
            }
        }
        m
    });
    by_name.get(base).copied()
}

/// What a wrapper hides.
pub(crate) enum Inner {
    /// Not a wrapper.
    None,
    Units(Vec<Unit>),
    Code(Nested),
}

pub(crate) fn run(u: &mut Unit, idx: usize, out: &mut Findings) -> Inner {
    // Most units wrap nothing: answer them before copying the name.
    let Some(base) = u.base().filter(|b| matches!(*b, "find" | "coproc") || find(b).is_some()).map(str::to_string) else { return Inner::None };
    if base == "find" {
        return find_exec(u, idx);
    }
    if base == "coproc" {
        // `coproc [NAME] { CMD; }` (read by the parser as words) or `coproc CMD ARGS`.
        u.wrapper = true;
        let start = u.argv.iter().position(|a| a.text == "{").map_or(1, |p| p + 1);
        let mut c = child(u, idx, "coproc", start, Vec::new(), None);
        while c.argv.last().is_some_and(|a| a.text == "}") {
            c.argv.pop();
            c.raw.pop();
        }
        if let Some(last) = c.argv.last_mut() {
            if let Some(t) = last.text.strip_suffix(';') {
                last.text = t.to_string();
            }
        }
        c.text = c.raw.join(" ");
        return if c.argv.is_empty() { Inner::None } else { Inner::Units(vec![c]) };
    }
    if base == "command" && u.argv.get(1).is_some_and(|a| a.text == "-v" || a.text == "-V") {
        return Inner::None;
    }
    let Some(wr) = find(&base) else { return Inner::None };
    if u.argv.len() == 2 && matches!(u.argv[1].text.as_str(), "-V" | "--version" | "--help" | "-h") {
        return Inner::None; // `sudo -V`, `flock --help`: prints and exits
    }
    u.wrapper = true;
    if matches!(base.as_str(), "strace" | "ltrace" | "time") {
        // `strace -o '|sh' ls`: output to a pipe runs a command.
        if let Some(v) = u.argv.windows(2).find(|w| matches!(w[0].text.as_str(), "-o" | "--output")).map(|w| &w[1]).filter(|v| v.text.starts_with('|') || v.text.starts_with('!')) {
            out.add(Stage::Wrappers, "escape.exec", Risk::High, Some(idx), format!("`{base} -o {}` pipes its output into a command", v.text));
        }
    }
    if wr.privilege {
        out.add(Stage::Wrappers, "wrapper.privilege", Risk::High, Some(idx), crate::unit::concat(&["`", &base, "` runs a command with other privileges"]));
    }
    let (start, env_assigns, split) = match locate(u, wr, &base) {
        Ok(x) => x,
        Err(why) => {
            out.add(Stage::Wrappers, "wrapper.opaque", Risk::High, Some(idx), format!("cannot tell what `{base}` runs: {why}"));
            return Inner::None;
        }
    };
    if let Some(s) = split {
        return Inner::Code(Nested { text: s.text, how: "env -S" });
    }
    if start >= u.argv.len() {
        return match base.as_str() {
            "env" | "printenv" => {
                u.wrapper = false;
                Inner::None
            }
            "xargs" => Inner::Units(vec![child(u, idx, &base, start, env_assigns, Some(Value::lit("echo")))]),
            "sudo" | "doas" | "su" | "pkexec" | "run0" => {
                out.add(Stage::Wrappers, "wrapper.root_shell", Risk::High, Some(idx), format!("`{base}` without a command opens a privileged shell"));
                Inner::None
            }
            "exec" | "command" | "builtin" | "time" | "nohup" | "nice" => Inner::None,
            _ => {
                out.add(Stage::Wrappers, "wrapper.opaque", Risk::High, Some(idx), format!("`{base}` with no command to run"));
                Inner::None
            }
        };
    }
    out.note(Stage::Wrappers, || format!("`{base}` runs `{}`", u.argv[start].text));
    if wr.via_shell && !(base == "watch" && u.argv.iter().any(|a| a.text == "-x" || a.text == "--exec")) {
        let mut parts = if base == "parallel" {
            u.argv[start..].iter().take_while(|a| !a.text.starts_with(":::")).collect::<Vec<_>>()
        } else {
            u.argv[start..].iter().collect()
        };
        if parts.is_empty() && base == "parallel" {
            // `parallel ::: CMD1 CMD2`: each argument is a command line.
            parts = u.argv[start..].iter().filter(|a| !a.text.starts_with(":::")).collect();
            let dynamic = parts.iter().any(|a| a.dynamic);
            let text = parts.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("\n");
            if dynamic {
                out.add(Stage::Wrappers, "nested.dynamic_code", Risk::High, Some(idx), "`parallel` runs command lines only known at run time".to_string());
            }
            return Inner::Code(Nested { text, how: "watch/parallel" });
        }
        let text = parts.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
        if parts.iter().any(|a| a.dynamic) {
            out.add(Stage::Wrappers, "nested.dynamic_code", Risk::High, Some(idx), format!("`{base}` runs a command line only known at run time"));
        }
        return Inner::Code(Nested { text, how: "watch/parallel" });
    }
    let extra = (base == "xargs").then(|| Value { text: "{input}".into(), dynamic: true, ..Value::default() });
    Inner::Units(vec![child(u, idx, &base, start, env_assigns, extra)])
}

type Located = (usize, Vec<(String, Value)>, Option<Value>);

/// Index of the inner command in argv, `env`'s NAME=VALUE operands, and `env -S`'s string.
fn locate(u: &Unit, wr: &Wrapper, base: &str) -> Result<Located, String> {
    let mut i = 1;
    let mut assigns = Vec::new();
    while let Some(v) = u.argv.get(i) {
        let a = v.text.as_str();
        if v.dynamic && a.starts_with('$') && i == 1 && base != "xargs" {
            return Err(format!("option `{}` is only known at run time", v.text));
        }
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        if base == "env" && matches!(a, "-S" | "--split-string") {
            return Ok((i, assigns, Some(u.argv.get(i + 1).cloned().unwrap_or_default())));
        }
        if base == "env" && a.starts_with("-S") && a.len() > 2 {
            return Ok((i, assigns, Some(Value { text: a[2..].to_string(), ..v.clone() })));
        }
        if let Some(s) = a.strip_prefix("--split-string=").filter(|_| base == "env") {
            return Ok((i, assigns, Some(Value { text: s.to_string(), ..v.clone() })));
        }
        if wr.value_opts.contains(&a) {
            i += 2;
        } else {
            i += 1;
        }
    }
    if base == "env" {
        while let Some(v) = u.argv.get(i) {
            match v.text.split_once('=') {
                Some((name, value)) if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '%') => {
                    assigns.push((name.to_string(), Value { text: value.to_string(), ..v.clone() }));
                    i += 1;
                }
                _ => break,
            }
        }
    }
    if base == "chrt" && u.argv.iter().any(|a| a.text == "-p") {
        return Err("`chrt -p` changes another process".into());
    }
    i += wr.operands;
    Ok((i, assigns, None))
}

fn child(u: &Unit, idx: usize, wrapper: &str, start: usize, env: Vec<(String, Value)>, extra: Option<Value>) -> Unit {
    let mut c = Unit::new(String::new(), Origin::Wrapped { parent: idx, wrapper: wrapper.to_string() }, u.depth + 1);
    c.argv = u.argv.get(start..).map(|s| s.to_vec()).unwrap_or_default();
    c.raw = u.raw.get(start..).map(|s| s.to_vec()).unwrap_or_default();
    if c.argv.is_empty() {
        if let Some(e) = &extra {
            c.argv.push(e.clone());
            c.raw.push(e.text.clone());
        }
    } else if let Some(e) = extra {
        if !c.argv.iter().any(|a| a.text.contains("{}") || a.text.contains("{input}")) {
            c.raw.push(e.text.clone());
            c.argv.push(e);
        }
    }
    c.text = c.raw.join(" ");
    c.assigns = u.assigns.clone();
    c.assigns.extend(env);
    c.redirects = u.redirects.clone();
    c.pipe = u.pipe;
    c.background = u.background;
    c.in_function = u.in_function.clone();
    c
}

/// Whether a `find` expression narrows what it matches (by name, time, size, owner ...).
pub(crate) fn find_filters(u: &Unit) -> bool {
    const FILTERS: &[&str] = &[
        "-name", "-iname", "-path", "-ipath", "-regex", "-iregex", "-wholename", "-iwholename", "-lname", "-ilname", "-newer", "-mtime", "-mmin", "-ctime",
        "-cmin", "-atime", "-amin", "-size", "-user", "-group", "-uid", "-gid", "-perm", "-empty", "-links", "-inum", "-samefile", "-used", "-nouser", "-nogroup",
    ];
    u.argv.iter().any(|a| FILTERS.contains(&a.text.as_str()))
}

/// `find ... -exec CMD {} ;` / `-execdir` / `-ok` / `-okdir`: each is an inner unit.
fn find_exec(u: &Unit, idx: usize) -> Inner {
    let mut units = Vec::new();
    let mut i = 1;
    while i < u.argv.len() {
        let a = u.argv[i].text.as_str();
        if matches!(a, "-exec" | "-execdir" | "-ok" | "-okdir") {
            let start = i + 1;
            let mut end = start;
            while end < u.argv.len() && !matches!(u.argv[end].text.as_str(), ";" | "+") {
                end += 1;
            }
            let mut c = child(u, idx, "find -exec", start, Vec::new(), None);
            c.argv.truncate(end - start);
            c.raw.truncate(end - start);
            // `{}` is a file found under the search root: render it as `ROOT/{}` so stage 13 can
            // judge where it is; an unknown root stays dynamic.
            let root = u.argv.get(1).filter(|r| !r.text.starts_with('-') && r.text != "(" && r.text != "!");
            let filtered = find_filters(u);
            for v in &mut c.argv {
                if v.text == "{}" {
                    match root {
                        Some(r) if !r.dynamic && filtered => v.text = format!("{}/{{}}", r.text.trim_end_matches('/')),
                        Some(r) if !r.dynamic => {
                            // No filter: every file under the root.
                            v.text = format!("{}/*", r.text.trim_end_matches('/'));
                            v.glob = true;
                        }
                        _ => v.dynamic = true,
                    }
                } else if v.text.contains("{}") {
                    v.dynamic = true;
                }
            }
            c.text = c.raw.join(" ");
            c.redirects.clear();
            if !c.argv.is_empty() {
                units.push(c);
            }
            i = end;
        }
        i += 1;
    }
    if units.is_empty() {
        Inner::None
    } else {
        Inner::Units(units)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(argv: &[&str]) -> Unit {
        let mut u = Unit::new(argv.join(" "), Origin::TopLevel, 0);
        u.argv = argv.iter().map(|a| Value::lit(a)).collect();
        u.raw = argv.iter().map(|a| a.to_string()).collect();
        u
    }

    fn inner(argv: &[&str]) -> (Vec<String>, Vec<&'static str>) {
        let mut f = Findings::default();
        let mut u = unit(argv);
        let got = match run(&mut u, 0, &mut f) {
            Inner::Units(us) => us.iter().map(|c| c.argv.iter().map(|v| v.text.clone()).collect::<Vec<_>>().join(" ")).collect(),
            Inner::Code(n) => vec![format!("code:{}", n.text)],
            Inner::None => vec![],
        };
        (got, f.list.iter().map(|x| x.id).collect())
    }

    #[test]
    fn table() {
        let cases: &[(&[&str], &[&str], &[&str])] = &[
            (&["sudo", "-u", "root", "rm", "-rf", "/"], &["rm -rf /"], &["wrapper.privilege"]),
            (&["sudo", "-E", "--", "ls"], &["ls"], &["wrapper.privilege"]),
            (&["sudo", "-s"], &[], &["wrapper.privilege", "wrapper.root_shell"]),
            (&["env", "A=1", "B=2", "make"], &["make"], &[]),
            (&["env", "-i", "PATH=/bin", "sh", "-c", "id"], &["sh -c id"], &[]),
            (&["env"], &[], &[]),
            (&["env", "-S", "sh -c id"], &["code:sh -c id"], &[]),
            (&["nice", "-n", "10", "cargo", "build"], &["cargo build"], &[]),
            (&["timeout", "-s", "KILL", "10", "sh"], &["sh"], &[]),
            (&["timeout", "5s", "curl", "x"], &["curl x"], &[]),
            (&["nohup", "./server", "&"], &["./server &"], &[]),
            (&["xargs", "-0", "rm", "-f"], &["rm -f {input}"], &[]),
            (&["xargs", "-I", "{}", "mv", "{}", "/tmp"], &["mv {} /tmp"], &[]),
            (&["xargs"], &["echo"], &[]),
            (&["watch", "-n", "1", "ls", "-l"], &["code:ls -l"], &[]),
            (&["find", ".", "-name", "*.o", "-exec", "rm", "{}", ";"], &["rm ./{}"], &[]),
            (&["busybox", "sh", "-c", "id"], &["sh -c id"], &[]),
            (&["find", ".", "-exec", "sh", "-c", "id", ";", "-execdir", "cat", "{}", "+"], &["sh -c id", "cat ./*"], &[]),
            (&["command", "-v", "ls"], &[], &[]),
            (&["chroot", "/mnt", "sh"], &["sh"], &["wrapper.privilege"]),
            (&["stdbuf", "-oL", "tail", "-f", "x"], &["tail -f x"], &[]),
        ];
        for (argv, want, ids) in cases {
            let (got, fids) = inner(argv);
            assert_eq!(got, want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{argv:?}");
            assert_eq!(&fids[..], *ids, "{argv:?}");
        }
    }
}
