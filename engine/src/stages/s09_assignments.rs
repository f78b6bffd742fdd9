//! Stage 9, assignments: which variables change what a command does?
//!
//! Input: one unit's prefix assignments (`A=1 cmd`), `export`/`declare` operands and `env`
//! operands (moved here by stage 8). Output: findings. Variables that load code (`LD_PRELOAD`,
//! `BASH_ENV`, `PYTHONSTARTUP` ...) or name a program to run (`PAGER`, `GIT_SSH_COMMAND`,
//! `EDITOR` ...) are HIGH unless the value is a well-known harmless one; `PATH` that puts a
//! relative or world-writable directory first is HIGH; `IFS` changes are obfuscation.

use crate::cx::Findings;
use crate::unit::{Unit, Value};
use crate::verdict::{Risk, Stage};

/// Variables whose value is loaded or executed as code.
const LOADS_CODE: &[&str] = &[
    "LD_PRELOAD", "LD_AUDIT", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "DYLD_LIBRARY_PATH", "BASH_ENV", "ENV", "PROMPT_COMMAND",
    "PS0", "PS1", "PS4", "SHELLOPTS", "BASHOPTS", "PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONINSPECT", "PERL5OPT", "PERL5LIB", "PERLLIB",
    "PERL5DB", "RUBYOPT", "RUBYLIB", "NODE_OPTIONS", "NODE_PATH", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "LUA_INIT",
    "GIT_EXEC_PATH", "GIT_TEMPLATE_DIR", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_CONFIG",
    "ZDOTDIR", "HISTFILE", "HISTSIZE", "HISTFILESIZE", "INPUTRC", "GCONV_PATH", "LOCPATH", "MALLOC_CHECK_", "GLIBC_TUNABLES",
    "RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "RUSTC", "CARGO_TARGET_DIR_RUNNER", "CARGO_BUILD_RUSTC_WRAPPER",
];

/// Variables whose value names a program to run; harmless values are listed.
const RUNS_PROGRAM: &[&str] = &[
    "PAGER", "GIT_PAGER", "MANPAGER", "SYSTEMD_PAGER", "PSQL_PAGER", "MYSQL_PAGER", "BAT_PAGER", "DELTA_PAGER", "EDITOR", "VISUAL", "GIT_EDITOR",
    "SUDO_EDITOR", "FCEDIT", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_ASKPASS", "SSH_ASKPASS", "SUDO_ASKPASS", "LESSOPEN", "LESSCLOSE", "GIT_PROXY_COMMAND",
    "RSYNC_RSH", "CVS_RSH", "BROWSER", "TAR_OPTIONS", "GZIP", "XZ_OPT", "ZSTD_CLEVEL", "MAKEFLAGS", "CC", "CXX", "LD", "AR", "CPP", "SHELL", "TERMINAL",
    "GPG_TTY", "DIFF", "GIT_EXTERNAL_DIFF", "GIT_SEQUENCE_EDITOR", "GIT_TRACE", "GIT_TRACE2", "GIT_TRACE2_EVENT", "GIT_TRACE_PACKET", "GIT_TRACE_PERFORMANCE", "SSLKEYLOGFILE", "NPM_CONFIG_SCRIPT_SHELL", "npm_config_script_shell", "PARALLEL_SHELL",
];

/// Values of program-naming variables and options that are harmless: pagers, editors,
/// compressors and compilers that do nothing but their job with the input they are given.
pub(crate) const HARMLESS_PROGRAMS: &[&str] = &[
    "cat", "less", "more", "less -R", "less -r", "less -FRX", "less -FR", "less -RFX", "less -S", "most", "bat", "delta", "head", "tail", "tee /dev/null",
    "vim", "vi", "nvim", "nano", "emacs", "code --wait", "code -w", "true", "", "gzip", "gzip -1", "gzip -9", "xz", "xz -T0", "zstd", "bzip2", "lz4", "pigz", "lzop",
    "brotli", "gcc", "g++", "clang", "clang++", "cc", "c++", "ssh", "-j4", "-j2", "-j8", "-9",
];
const SHELL_PATHS: &[&str] = &["/bin/bash", "/bin/sh", "/bin/zsh", "/usr/bin/bash", "/usr/bin/zsh", "/usr/bin/fish", "bash", "sh", "zsh", "fish"];

/// Builtins whose arguments are variable names (evaluated as array subscripts: `a[$(cmd)]` runs).
const NAME_TAKERS: &[&str] = &["printf", "read", "test", "[", "[[", "declare", "typeset", "local", "export", "readonly", "let", "unset", "mapfile", "readarray", "getopts", "for"];

pub(crate) fn run(u: &Unit, idx: usize, cwd: &str, out: &mut Findings) {
    for (name, value) in &u.assigns {
        // `PATH[0]=/tmp`: an element of the variable.
        let name = name.split('[').next().unwrap_or(name);
        // `IFS=, read -ra parts`: splitting what `read` reads is the idiom, not a trick.
        if name == "IFS" && matches!(u.base(), Some("read" | "mapfile" | "readarray")) {
            continue;
        }
        judge(name, value, idx, cwd, out);
        if !value.dynamic && (value.text.contains("$(") || value.text.contains('`')) && value.quoted {
            out.add(Stage::Assignments, "assign.deferred_code", Risk::High, Some(idx), format!("`{name}` holds command-substitution text that runs when it is expanded again (`${{x@P}}`, arithmetic, eval)"));
        }
    }
    if u.base().is_some_and(|b| NAME_TAKERS.contains(&b)) {
        if let Some(a) = u.argv.iter().skip(1).find(|a| a.text.contains('[') && (a.text.contains("$(") || a.text.contains('`'))) {
            out.add(Stage::Assignments, "obfuscation.subscript_injection", Risk::High, Some(idx), format!("`{}` names an array element whose subscript runs a command: `{}`", u.base().unwrap_or(""), a.text));
        }
        // `read LD_PRELOAD`, `export LD_PRELOAD`, `declare -x BASH_ENV`: set without `NAME=VALUE`.
        if let Some(a) = u.argv.iter().skip(1).find(|a| {
            let n = a.text.split(['=', '[']).next().unwrap_or("");
            u.base() != Some("unset") && !a.text.starts_with('-') && !a.text.contains('=') && (LOADS_CODE.contains(&n) || RUNS_PROGRAM.contains(&n) && n != "SHELL" || n == "PATH" && u.base() == Some("read") || n.starts_with("BASH_FUNC_"))
        }) {
            out.add(Stage::Assignments, "assign.loads_code", Risk::High, Some(idx), format!("`{}` sets or exports `{}`, which makes programs load or run other code", u.base().unwrap_or(""), a.text));
        }
    }
    // `export NAME=VALUE` / `declare -x NAME=VALUE` are assignments too, and so are `make VAR=VALUE`
    // operands (make exports them to every recipe).
    if matches!(u.base(), Some("export" | "declare" | "typeset" | "local" | "readonly" | "make" | "gmake")) {
        for v in u.argv.iter().skip(1) {
            if let Some((name, value)) = v.text.split_once('=') {
                if u.assigns.iter().any(|(n, _)| n == name) {
                    continue;
                }
                judge(name, &Value { text: value.to_string(), ..v.clone() }, idx, cwd, out);
            }
        }
    }
}

fn judge(name: &str, value: &Value, idx: usize, _cwd: &str, out: &mut Findings) {
    let unit = Some(idx);
    let shown = super::s06_substitutions::short(&value.text);
    if name.starts_with("BASH_FUNC_") {
        out.add(Stage::Assignments, "assign.loads_code", Risk::High, unit, format!("`{name}` exports a shell function that replaces a command in child shells"));
    } else if LOADS_CODE.contains(&name) {
        let anti_forensic = matches!(name, "HISTFILE" | "HISTSIZE" | "HISTFILESIZE");
        if anti_forensic {
            if value.text.is_empty() || value.text == "/dev/null" || value.text == "0" {
                out.add(Stage::Assignments, "assign.history_off", Risk::High, unit, format!("`{name}={shown}` turns off shell history (covering tracks)"));
            }
            return;
        }
        if matches!(name, "PS1" | "PS0") && !value.text.contains("$(") && !value.text.contains('`') {
            return;
        }
        out.add(Stage::Assignments, "assign.loads_code", Risk::High, unit, format!("`{name}={shown}` makes programs load or run other code"));
    } else if RUNS_PROGRAM.contains(&name) {
        let trace_level = name.starts_with("GIT_TRACE") && matches!(value.text.trim(), "0" | "1" | "2" | "true" | "false" | "");
        if !value.dynamic && (trace_level || HARMLESS_PROGRAMS.contains(&value.text.trim()) || matches!(name, "SHELL" | "PARALLEL_SHELL") && SHELL_PATHS.contains(&value.text.trim())) {
            return;
        }
        out.add(Stage::Assignments, "assign.runs_program", Risk::High, unit, format!("`{name}={shown}` names a program that will be run"));
    } else if name.starts_with("CARGO_TARGET_") && (name.ends_with("_RUNNER") || name.ends_with("_LINKER")) || matches!(name, "RUSTFLAGS" | "CARGO_ENCODED_RUSTFLAGS" | "RUSTDOCFLAGS" | "CARGO_BUILD_RUSTFLAGS") && (value.text.contains("linker") || value.text.contains("/tmp")) || matches!(name, "LDFLAGS" | "CFLAGS" | "CXXFLAGS") && value.text.contains("/tmp") {
        out.add(Stage::Assignments, "assign.runs_program", Risk::High, unit, format!("`{name}={shown}` makes the build run another program"));
    } else if name == "PATH" {
        path(&value.text, value.dynamic, idx, out);
    } else if name == "IFS" {
        // `IFS= read -r line` and `IFS=$'\n'` are idioms; anything else re-splits every later word.
        if !matches!(value.text.as_str(), "" | "\n" | "\t" | "\n\t" | " \t\n") {
            out.add(Stage::Assignments, "obfuscation.ifs", Risk::High, unit, "changing `IFS` changes how every later word splits");
        }
    } else if name.starts_with("GIT_CONFIG_KEY_") || name.starts_with("GIT_CONFIG_VALUE_") {
        out.add(Stage::Assignments, "assign.loads_code", Risk::High, unit, format!("`{name}` injects git configuration (can set core.pager, core.sshCommand ...)"));
    } else if matches!(name, "GIT_DIR" | "GIT_WORK_TREE" | "GIT_INDEX_FILE" | "HOME" | "XDG_CONFIG_HOME" | "CARGO_HOME" | "RUSTUP_HOME" | "npm_config_prefix" | "NPM_CONFIG_PREFIX" | "PIP_INDEX_URL" | "PIP_EXTRA_INDEX_URL" | "npm_config_registry" | "NPM_CONFIG_REGISTRY" | "http_proxy" | "https_proxy" | "HTTP_PROXY" | "HTTPS_PROXY" | "ALL_PROXY") {
        out.add(Stage::Assignments, "assign.redirects_config", Risk::Medium, unit, format!("`{name}={shown}` changes where programs find their configuration, packages or network"));
    }
}

/// `PATH` with an empty, relative or world-writable entry before the system directories.
fn path(value: &str, dynamic: bool, idx: usize, out: &mut Findings) {
    let bad = value.split(':').find(|e| {
        e.is_empty() || !e.starts_with('/') && !e.starts_with("${") || e.starts_with("/tmp") || e.starts_with("/var/tmp") || e.starts_with("/dev/shm")
    });
    match bad {
        Some(e) => out.add(Stage::Assignments, "assign.path_hijack", Risk::High, Some(idx), format!("`PATH` includes `{}`: commands can be replaced by files there", if e.is_empty() { "(empty = current directory)" } else { e })),
        None if dynamic => {}
        // Only the standard system directories: nothing new can run.
        None if value.split(':').all(|e| matches!(e, "/usr/local/sbin" | "/usr/local/bin" | "/usr/sbin" | "/usr/bin" | "/sbin" | "/bin")) => {}
        None => out.add(Stage::Assignments, "assign.path", Risk::Medium, Some(idx), "`PATH` changes which programs run"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unit::Origin;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("LD_PRELOAD", "./x.so", Some("assign.loads_code")),
            ("PAGER", "cat", None),
            ("PAGER", "sh -c id", Some("assign.runs_program")),
            ("GIT_SSH_COMMAND", "ssh -i key", Some("assign.runs_program")),
            ("PATH", ".:$PATH", Some("assign.path_hijack")),
            ("PATH", "/tmp/bin:/usr/bin", Some("assign.path_hijack")),
            ("PATH", "/opt/bin:/usr/bin", Some("assign.path")),
            ("HISTFILE", "/dev/null", Some("assign.history_off")),
            ("RUST_LOG", "debug", None),
            ("IFS", ",", Some("obfuscation.ifs")),
            ("CC", "clang", None),
            ("PARALLEL_SHELL", "/tmp/x", Some("assign.runs_program")),
            ("PARALLEL_SHELL", "/bin/bash", None),
        ];
        for (name, value, want) in cases {
            let mut u = Unit::new(String::new(), Origin::TopLevel, 0);
            u.assigns.push((name.to_string(), Value::lit(value)));
            let mut f = Findings::default();
            run(&u, 0, "/w", &mut f);
            assert_eq!(f.list.first().map(|x| x.id), *want, "{name}={value}");
        }
    }
}
