//! Stage 10, resolve: which program is this really?
//!
//! Input: one unit (after wrappers were peeled). Output: `Unit::prog`. A program is *known* only
//! when named by its bare name (looked up on the trusted PATH) or by an absolute path in a
//! system directory; `./cat`, `/tmp/ls`, `~/bin/git` are other programs. Functions and aliases
//! defined earlier in the input shadow programs. Names computed at run time are HIGH; programs
//! not in the catalogue are MEDIUM (never LOW).

use crate::cx::Findings;
use crate::specs::Catalog;
use crate::unit::{Prog, Unit};
use crate::verdict::{Risk, Stage};

const TRUSTED_DIRS: &[&str] = &["/bin", "/usr/bin", "/usr/local/bin", "/sbin", "/usr/sbin", "/usr/local/sbin"];

/// Shell builtins and keywords hardshell models itself (risk judged in stage 12).
pub(crate) const BUILTINS: &[&str] = &[
    "cd", "pwd", "echo", "printf", "true", "false", "test", "[", "[[", ":", "export", "declare", "typeset", "local", "readonly", "unset", "set",
    "shopt", "read", "readarray", "mapfile", "type", "hash", "help", "history", "jobs", "wait", "times", "umask", "let", "shift", "return", "exit",
    "break", "continue", "getopts", "alias", "unalias", "trap", "eval", "source", ".", "exec", "builtin", "command", "enable", "ulimit", "dirs",
    "pushd", "popd", "disown", "suspend", "logout", "caller", "compgen", "complete", "compopt", "bind", "fc", "bg", "fg", "kill", "for", "if",
    "while", "until", "case", "select", "for((;;))", "coproc",
];

/// Names the input itself defines (functions, aliases): they shadow programs.
pub(crate) struct Defined<'a> {
    pub(crate) functions: &'a [String],
    pub(crate) aliases: &'a [String],
}

pub(crate) fn run(u: &mut Unit, idx: usize, defined: &Defined, catalog: &Catalog, out: &mut Findings) {
    u.prog = resolve(u, idx, defined, catalog, out);
}

fn resolve(u: &Unit, idx: usize, table: &Defined, catalog: &Catalog, out: &mut Findings) -> Prog {
    if u.opaque.is_some() {
        return Prog::Unknown { name: u.text.clone() };
    }
    let Some(first) = u.argv.first() else { return Prog::Nothing };
    if first.dynamic {
        out.add(Stage::Resolve, "resolve.dynamic", Risk::High, Some(idx), format!("the program name `{}` is only known at run time", first.text));
        return Prog::Dynamic;
    }
    let name = first.text.as_str();
    if name.is_empty() {
        out.add(Stage::Resolve, "resolve.empty", Risk::Medium, Some(idx), "empty program name");
        return Prog::Unknown { name: String::new() };
    }
    // (the last `/` by a byte scan: `rsplit_once` sets up a searcher per call)
    if let Some((dir, base)) = name.as_bytes().iter().rposition(|&b| b == b'/').map(|i| (&name[..i], &name[i + 1..])) {
        let dir = if dir.is_empty() { "/" } else { dir };
        if TRUSTED_DIRS.contains(&dir) {
            return by_name(base, idx, catalog, out);
        }
        let risky = ["/tmp", "/var/tmp", "/dev/shm", "/run/user"].iter().any(|d| dir.starts_with(d));
        if risky {
            out.add(Stage::Resolve, "resolve.untrusted_dir", Risk::High, Some(idx), format!("runs `{name}` from a world-writable directory"));
        } else {
            out.add(Stage::Resolve, "resolve.path", Risk::Medium, Some(idx), format!("runs `{name}` by path: it is not the system `{base}`; project code"));
        }
        return Prog::Unknown { name: name.to_string() };
    }
    if table.functions.iter().any(|f| f == name) {
        out.note(Stage::Resolve, || format!("`{name}` is a function defined in the input (its body is analysed)"));
        return Prog::Function(name.to_string());
    }
    if table.aliases.iter().any(|f| f == name) {
        out.note(Stage::Resolve, || format!("`{name}` is an alias defined in the input (its value is analysed)"));
        return Prog::Function(name.to_string());
    }
    by_name(name, idx, catalog, out)
}

/// [`BUILTINS`] by name, built once (a list scan cost more than the rest of resolving).
fn builtin(name: &str) -> Option<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| BUILTINS.iter().map(|b| (*b, *b)).collect()).get(name).copied()
}

fn by_name(name: &str, idx: usize, catalog: &Catalog, out: &mut Findings) -> Prog {
    if let Some(b) = builtin(name) {
        if catalog.get(name).is_none() || matches!(name, "echo" | "printf" | "test" | "[" | "true" | "false" | "pwd") {
            return Prog::Builtin(b);
        }
    }
    match catalog.get(name).or_else(|| unversioned(name, catalog)) {
        Some(spec) => Prog::Known { name: spec.name(), spec },
        None => {
            out.add(Stage::Resolve, "resolve.unknown_program", Risk::Medium, Some(idx), crate::unit::concat(&["`", name, "` is not a program hardshell knows: treated as running arbitrary code"]));
            Prog::Unknown { name: name.to_string() }
        }
    }
}

/// `python3.11` -> `python3`, `pip3.12` -> `pip3`, `gcc-12` -> `gcc`, `clang-17` -> `clang`.
fn unversioned(name: &str, catalog: &Catalog) -> Option<&'static crate::specs::Spec> {
    let mut n = name;
    while let Some(i) = n.rfind(['.', '-']) {
        let (head, tail) = n.split_at(i);
        if tail.len() < 2 || !tail[1..].chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        if let Some(s) = catalog.get(head) {
            return Some(s);
        }
        n = head;
    }
    let bare = n.trim_end_matches(|c: char| c.is_ascii_digit());
    (bare != name && !bare.is_empty()).then(|| catalog.get(bare)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::testkit::analyse;
    use crate::unit::Prog;

    fn prog(cmd: &str) -> String {
        let a = analyse(cmd);
        match &a.table.units[0].prog {
            Prog::Known { name, .. } => format!("known:{name}"),
            Prog::Unknown { name } => format!("unknown:{name}"),
            Prog::Builtin(b) => format!("builtin:{b}"),
            Prog::Function(f) => format!("function:{f}"),
            Prog::Dynamic => "dynamic".into(),
            Prog::Nothing => "nothing".into(),
            Prog::Unresolved => "unresolved".into(),
        }
    }

    #[test]
    fn table() {
        let cases = [
            ("ls", "known:ls"),
            ("/bin/ls -la", "known:ls"),
            ("/usr/bin/git status", "known:git"),
            ("./cat x", "unknown:./cat"),
            ("/tmp/ls", "unknown:/tmp/ls"),
            ("\\rm x", "known:rm"),
            ("$cmd x", "dynamic"),
            ("cd src", "builtin:cd"),
            ("echo hi", "builtin:echo"),
            ("frobnicate --all", "unknown:frobnicate"),
            ("python3.11 -V", "known:python3"),
            ("A=1", "nothing"),
        ];
        for (cmd, want) in cases {
            assert_eq!(prog(cmd), want, "{cmd}");
        }
        let a = analyse("ls() { rm -rf ~; }; ls");
        assert!(a.table.units.iter().any(|u| matches!(&u.prog, Prog::Function(f) if f == "ls")));
    }

    #[test]
    fn findings() {
        use crate::testkit::ids;
        assert!(ids("/tmp/x --run").contains(&"resolve.untrusted_dir"));
        assert!(ids("./build.sh").contains(&"resolve.path"));
        assert!(ids("$(echo rm) -rf x").contains(&"resolve.dynamic"));
        assert!(ids("frobnicate").contains(&"resolve.unknown_program"));
    }
}
