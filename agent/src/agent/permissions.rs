//! Permissions: the engine's verdict on a tool call, and what happens to an `ask`.
//!
//! - allow runs; deny refuses with the verdict's reasons (nothing overrides a deny, except an
//!   explicit `write_protected` grant naming the very file);
//! - ask runs when a grant covers it (agent.toml `[permissions] allow`, or an earlier "always"
//!   answer); else `--mode afk` or no terminal refuses; else the person is asked: yes once, no,
//!   or always for this session, scoped to program + subcommand (bash: offered only when every
//!   command in the call has a plain subcommand word, so never a whole program) or to the tool
//!   in one directory (file tools): never "anything". A grant can never cover the bash tool as a
//!   whole;
//! - a protected file (see `tools::paths::protected`) is written only with an explicit grant:
//!   `write_protected` in agent.toml or a "yes" on the terminal (once, never always).

use super::events::PermissionBy;
use super::tools::Tool;
use hardshell_engine::{Decision, Verdict};
use std::path::{Path, PathBuf};

/// A pre-approval that turns an `ask` into an allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Grant {
    /// Every simple command in the call is this program (with this first argument word).
    Command { program: String, sub: Option<String> },
    /// A file or search tool (its `ask` verdicts; never protected files, never a deny).
    Tool(Tool),
    /// A file or search tool acting in this directory or below (an "always" answer).
    ToolIn { tool: Tool, dir: PathBuf },
}

impl Grant {
    /// `cargo test`, `echo`, or a tool name such as `write_file`.
    pub fn parse(s: &str) -> Result<Grant, String> {
        let s = s.trim();
        if let Some(t) = Tool::from_name(s) {
            return match t {
                Tool::Bash => Err("`bash` cannot be granted as a whole: name a program (and subcommand)".into()),
                Tool::ReadFile | Tool::WriteFile | Tool::EditFile | Tool::Glob | Tool::Grep | Tool::Skill => Ok(Grant::Tool(t)),
            };
        }
        let mut words = s.split_whitespace();
        let program = words.next().ok_or("empty grant")?;
        if !plain(program) || program == "*" {
            return Err(format!("`{s}`: a grant names a program (and a subcommand), no patterns"));
        }
        let sub = words.next().map(str::to_string);
        if words.next().is_some() || sub.as_deref().is_some_and(|w| !plain(w)) {
            return Err(format!("`{s}`: a grant is a program and at most one subcommand"));
        }
        Ok(Grant::Command { program: program.to_string(), sub })
    }

    pub fn describe(&self) -> String {
        match self {
            Grant::Command { program, sub: Some(s) } => format!("{program} {s}"),
            Grant::Command { program, sub: None } => program.clone(),
            Grant::Tool(t) => t.name().to_string(),
            Grant::ToolIn { tool, dir } => format!("{} in {}", tool.name(), dir.display()),
        }
    }
}

/// A word that is only a name: no quoting, expansion or path tricks.
fn plain(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'+')) && !w.starts_with('-')
}

/// The (program, first argument word) of one simple command's text, when it is plain.
fn scope(unit: &str) -> Option<(String, Option<String>)> {
    let mut words = unit.split_whitespace();
    let program = words.next().filter(|p| plain(p))?;
    let sub = words.next().filter(|w| plain(w)).map(str::to_string);
    Some((program.to_string(), sub))
}

/// A person's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Always,
}

/// The outcome for one call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Permit {
    pub allowed: bool,
    pub by: PermissionBy,
    pub rule: Option<String>,
    pub reasons: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Permissions {
    /// `--mode afk`: never ask.
    pub afk: bool,
    /// A terminal to ask on.
    pub tty: bool,
    pub grants: Vec<Grant>,
    /// Protected files explicitly granted to the file tools (resolved paths).
    pub write_protected: Vec<PathBuf>,
}

impl Permissions {
    /// Decides a plugin's rendered command (the plugin trust tier): session grants do not apply
    /// and "always" is never offered, so an `ask` is put to a person every time.
    pub fn decide_plugin(&mut self, v: &Verdict, ask: &mut dyn FnMut(&str, bool) -> Answer) -> Permit {
        let grants = std::mem::take(&mut self.grants);
        let p = self.decide(Tool::Bash, v, None, None, &mut |q, _| ask(q, false));
        self.grants = grants;
        p
    }
}

fn permit(allowed: bool, by: PermissionBy, rule: Option<String>, reasons: Vec<String>) -> Permit {
    Permit { allowed, by, rule, reasons }
}

impl Permissions {
    /// Decides a call. `target`: the file or directory a file tool acts on; `protected`: why
    /// the file it writes is protected, if it is; `ask` puts a question to the person (the
    /// bool: whether "always" may be offered).
    pub fn decide(&mut self, tool: Tool, v: &Verdict, target: Option<&Path>, protected: Option<String>, ask: &mut dyn FnMut(&str, bool) -> Answer) -> Permit {
        let reasons: Vec<String> = v.reasons.iter().map(|r| format!("{} {}: {}", r.risk.as_str(), r.id, r.message)).collect();
        if let (Some(why), Some(path)) = (protected, target) {
            if self.write_protected.iter().any(|p| p == path) {
                return permit(true, PermissionBy::Grant, Some(format!("write_protected {}", path.display())), vec![why]);
            }
            if v.decision == Decision::Deny {
                return permit(false, PermissionBy::VerdictDeny, None, reasons);
            }
            let reasons = vec![format!("protected file: {why}; it is written only with an explicit grant")];
            return match self.nobody() {
                Some(by) => permit(false, by, None, reasons),
                None => match ask(&format!("{} writes a protected file, {}", tool.name(), path.display()), false) {
                    Answer::Yes => permit(true, PermissionBy::UserOnce, None, reasons),
                    Answer::No | Answer::Always => permit(false, PermissionBy::UserNo, None, reasons),
                },
            };
        }
        match v.decision {
            Decision::Allow => permit(true, PermissionBy::Verdict, None, reasons),
            Decision::Deny => permit(false, PermissionBy::VerdictDeny, None, reasons),
            Decision::Ask => self.ask(tool, v, target, reasons, ask),
        }
    }

    fn nobody(&self) -> Option<PermissionBy> {
        if self.afk {
            Some(PermissionBy::ModeAfk)
        } else if !self.tty {
            Some(PermissionBy::NoTerminal)
        } else {
            None
        }
    }

    fn ask(&mut self, tool: Tool, v: &Verdict, target: Option<&Path>, reasons: Vec<String>, ask: &mut dyn FnMut(&str, bool) -> Answer) -> Permit {
        if let Some(rule) = covered(&self.grants, tool, v, target) {
            return permit(true, PermissionBy::Grant, Some(rule), reasons);
        }
        if let Some(by) = self.nobody() {
            return permit(false, by, None, reasons);
        }
        let offered = always_grants(tool, v, target);
        match ask(&format!("{}: {}", tool.name(), v.command), !offered.is_empty()) {
            Answer::Yes => permit(true, PermissionBy::UserOnce, None, reasons),
            Answer::Always if !offered.is_empty() => {
                let rule = offered.iter().map(Grant::describe).collect::<Vec<_>>().join(", ");
                self.grants.extend(offered);
                permit(true, PermissionBy::UserAlways, Some(rule), reasons)
            }
            Answer::Always | Answer::No => permit(false, PermissionBy::UserNo, None, reasons),
        }
    }
}

/// The grants that together cover the call (each simple command by one of them), named.
fn covered(grants: &[Grant], tool: Tool, v: &Verdict, target: Option<&Path>) -> Option<String> {
    if tool != Tool::Bash {
        let fits = |g: &&Grant| match g {
            Grant::Tool(t) => *t == tool,
            Grant::ToolIn { tool: t, dir } => *t == tool && target.is_some_and(|p| p.starts_with(dir)),
            Grant::Command { .. } => false,
        };
        return grants.iter().find(fits).map(Grant::describe);
    }
    if v.commands.is_empty() {
        return None;
    }
    let mut used: Vec<String> = Vec::new();
    for unit in &v.commands {
        let (p, s) = scope(unit)?;
        let g = grants.iter().find(|g| matches!(g, Grant::Command { program, sub } if *program == p && (sub.is_none() || *sub == s)))?;
        let name = g.describe();
        if !used.contains(&name) {
            used.push(name);
        }
    }
    Some(used.join(", "))
}

/// The grants an "always" answer creates: the tool in the directory it acts on (file tools:
/// the file's directory, or the directory searched), or each command's program + subcommand
/// (bash). None when that cannot be named narrowly: a command with no plain subcommand word
/// (`make`, `rm -f x`, `env A=1 x`) would otherwise grant the whole program.
fn always_grants(tool: Tool, v: &Verdict, target: Option<&Path>) -> Vec<Grant> {
    if tool != Tool::Bash {
        let dir = match tool {
            Tool::Glob | Tool::Grep => target,
            Tool::ReadFile | Tool::WriteFile | Tool::EditFile | Tool::Bash | Tool::Skill => target.and_then(Path::parent),
        };
        return dir.map(|d| Grant::ToolIn { tool, dir: d.to_path_buf() }).into_iter().collect();
    }
    let scopes: Option<Vec<(String, String)>> = v.commands.iter().map(|u| scope(u).and_then(|(p, s)| Some((p, s?)))).collect();
    let mut out: Vec<Grant> = Vec::new();
    for (program, sub) in scopes.unwrap_or_default() {
        let g = Grant::Command { program, sub: Some(sub) };
        if !out.contains(&g) {
            out.push(g);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn verdict(decision: Decision, commands: &[&str]) -> Verdict {
        let mut v = crate::render::input_error("x", "m");
        v.decision = decision;
        v.commands = commands.iter().map(|c| c.to_string()).collect();
        v
    }

    #[test]
    fn grants_are_scoped_never_anything() {
        assert!(Grant::parse("bash").is_err());
        assert!(Grant::parse("*").is_err());
        assert!(Grant::parse("$x").is_err());
        assert!(Grant::parse("git push origin").is_err());
        let mut p = Permissions { tty: true, ..Permissions::default() };
        let v = verdict(Decision::Ask, &["cargo test --release"]);
        let got = p.decide(Tool::Bash, &v, None, None, &mut |_, always| {
            assert!(always);
            Answer::Always
        });
        assert_eq!((got.allowed, got.by, got.rule.as_deref()), (true, PermissionBy::UserAlways, Some("cargo test")));
        let mut never = |_: &str, _: bool| -> Answer { panic!("must not ask") };
        assert!(p.decide(Tool::Bash, &verdict(Decision::Ask, &["cargo test -p x"]), None, None, &mut never).allowed);
        let mut no = |_: &str, _: bool| Answer::No;
        assert!(!p.decide(Tool::Bash, &verdict(Decision::Ask, &["cargo publish"]), None, None, &mut no).allowed);
        assert!(!p.decide(Tool::Bash, &verdict(Decision::Ask, &["cargo test", "curl x"]), None, None, &mut no).allowed);
        p.grants.push(Grant::parse("sleep").unwrap());
        let both = p.decide(Tool::Bash, &verdict(Decision::Ask, &["cargo test", "sleep 1"]), None, None, &mut never);
        assert_eq!(both.rule.as_deref(), Some("cargo test, sleep"), "each command covered by some grant");
        assert!(!p.decide(Tool::Bash, &verdict(Decision::Deny, &["cargo test"]), None, None, &mut never).allowed);
    }

    /// Review finding: "always" on a command without a plain subcommand word granted the whole
    /// program (`rm -f x` -> every later `rm` ask; `make` -> `make anything`), and "always" on a
    /// file tool granted that tool everywhere.
    #[test]
    fn always_is_never_a_whole_program_or_a_whole_tool() {
        let mut p = Permissions { tty: true, ..Permissions::default() };
        for cmd in [&["rm -f build.log"][..], &["make"], &["env A=1 make", "make"], &["git -C x status"], &["cargo test", "rm -rf target"]] {
            let got = p.decide(Tool::Bash, &verdict(Decision::Ask, cmd), None, None, &mut |_, always| {
                assert!(!always, "always offered for {cmd:?}");
                Answer::Always
            });
            assert!(!got.allowed, "{cmd:?}");
        }
        assert!(p.grants.is_empty());
        let (src, docs) = (Path::new("/w/src/a.rs"), Path::new("/w/docs/b.md"));
        let got = p.decide(Tool::WriteFile, &verdict(Decision::Ask, &[]), Some(src), None, &mut |_, _| Answer::Always);
        assert_eq!((got.allowed, got.rule.as_deref()), (true, Some("write_file in /w/src")));
        let mut never = |_: &str, _: bool| -> Answer { panic!("must not ask") };
        assert!(p.decide(Tool::WriteFile, &verdict(Decision::Ask, &[]), Some(Path::new("/w/src/x/c.rs")), None, &mut never).allowed);
        let mut no = |_: &str, _: bool| Answer::No;
        assert!(!p.decide(Tool::WriteFile, &verdict(Decision::Ask, &[]), Some(docs), None, &mut no).allowed, "another directory is asked again");
        assert!(!p.decide(Tool::EditFile, &verdict(Decision::Ask, &[]), Some(src), None, &mut no).allowed, "another tool is asked again");
    }

    #[test]
    fn afk_and_no_terminal_refuse_asks_and_protected_files() {
        let mut never = |_: &str, _: bool| -> Answer { panic!("must not ask") };
        let mut p = Permissions { afk: true, tty: true, ..Permissions::default() };
        let got = p.decide(Tool::Bash, &verdict(Decision::Ask, &["make"]), None, None, &mut never);
        assert_eq!((got.allowed, got.by), (false, PermissionBy::ModeAfk));
        let path = Path::new("/h/.bashrc");
        let got = p.decide(Tool::WriteFile, &verdict(Decision::Allow, &[]), Some(path), Some("rc".into()), &mut never);
        assert_eq!((got.allowed, got.by), (false, PermissionBy::ModeAfk));
        p.write_protected.push(path.to_path_buf());
        assert!(p.decide(Tool::WriteFile, &verdict(Decision::Deny, &[]), Some(path), Some("rc".into()), &mut never).allowed);
        let mut q = Permissions { tty: false, ..Permissions::default() };
        assert_eq!(q.decide(Tool::Bash, &verdict(Decision::Ask, &["make"]), None, None, &mut never).by, PermissionBy::NoTerminal);
    }
}
