//! Command units: every simple command found anywhere in the input — top level, pipelines,
//! substitutions, nested `bash -c` strings, behind wrappers, in function bodies — flattened into
//! one table that stages 5-16 fill in. A unit is the granularity of effects, rules and risk.

use crate::ast::Script;
use crate::specs::Spec;

/// How a unit came to be analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    TopLevel,
    /// Inside `$(...)`, backticks, `<(...)`, `>(...)` or `${x:-$(...)}` of unit `parent`.
    Substitution { parent: usize },
    /// A string run as code by unit `parent` (`bash -c`, `eval`, heredoc into a shell, alias value).
    Nested { parent: usize, how: &'static str },
    /// The command run by wrapper unit `parent` (`sudo`, `env`, `xargs`, `find -exec` ...).
    Wrapped { parent: usize, wrapper: String },
}


/// The static value of one word (one field after brace expansion / `$IFS` splitting).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Value {
    /// Best static rendering: literal text, `~` and `$HOME` expanded, unknown parts as written.
    pub(crate) text: String,
    /// Some part is unknown until run time (`$x`, `$(...)`).
    pub(crate) dynamic: bool,
    /// Has an unquoted glob character (`*`, `?`, `[`).
    pub(crate) glob: bool,
    /// Any part was quoted or escaped.
    pub(crate) quoted: bool,
}

impl Value {
    pub(crate) fn lit(s: &str) -> Value {
        Value { text: s.to_string(), ..Value::default() }
    }

    /// The text when fully static.
    pub(crate) fn known(&self) -> Option<&str> {
        (!self.dynamic).then_some(self.text.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RedirOp {
    Read,
    Write,
    Append,
    Dup,
    /// Heredoc or here-string: the value is fed on stdin.
    Stdin,
}

#[derive(Clone, Debug)]
pub(crate) struct Redir {
    pub(crate) fd: Option<u32>,
    pub(crate) op: RedirOp,
    pub(crate) target: Value,
}

/// Where a unit sits in a pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PipePos {
    pub(crate) group: usize,
    pub(crate) index: usize,
}

/// What stage 10 decided the program is.
#[derive(Clone, Debug, Default)]
pub(crate) enum Prog {
    #[default]
    Unresolved,
    /// No words: only assignments or redirections.
    Nothing,
    /// A shell builtin or keyword (`cd`, `echo`, `export`, `[[`).
    Builtin(&'static str),
    /// A function defined earlier in the input.
    Function(String),
    /// A known program from the catalogue, found on the trusted PATH (or by a trusted absolute path).
    Known { name: &'static str, spec: &'static Spec },
    /// A program by a path we do not trust (`./cat`, `/tmp/ls`), or not in the catalogue.
    Unknown { name: String },
    /// The program name is computed at run time (`$cmd`, `$(echo rm)`).
    Dynamic,
}

/// Normalised arguments (stage 11).
#[derive(Clone, Debug, Default)]
pub(crate) struct Args {
    /// Subcommand path (`["remote", "add"]` for `git remote add`).
    pub(crate) subs: Vec<String>,
    /// The spec that applies after subcommands.
    pub(crate) spec: Option<&'static Spec>,
    /// Flags by canonical spelling (first name in the spec, or as written when unknown), with value.
    pub(crate) flags: Vec<(String, Option<Value>)>,
    pub(crate) positionals: Vec<Value>,
    /// Index into argv where the positionals start (after global flags and subcommands).
    pub(crate) rest_from: usize,
}

impl Args {
    pub(crate) fn value(&self, name: &str) -> Option<&Value> {
        self.flags.iter().find(|(n, _)| n == name).and_then(|(_, v)| v.as_ref())
    }
}

/// Kinds of code execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExecKind {
    /// A shell or arbitrary command line given in an argument (GTFOBins escape class).
    ShellEscape,
    /// Project code: builds, tests, scripts from the workspace.
    Project,
    /// Inline code in another language (`python -c`).
    Inline,
    /// A script read from stdin (`... | sh`).
    Stdin,
}

/// What a unit does (stage 12).
#[derive(Clone, Debug)]
pub(crate) enum Effect {
    Read(Value),
    Write(Value),
    Delete { path: Value, recursive: bool },
    Exec { kind: ExecKind, what: String },
    Net { target: Option<Value> },
    Upload { source: Value },
    Privilege(String),
    System(String),
    Destroy(Value),
    Signal { all: bool },
    Force(String),
    /// Installs or writes outside the project (`npm -g`, `cargo install`).
    Global(String),
    /// Nothing risky beyond reading (recorded so explain can say why LOW).
    ReadOnly,
}

impl Effect {
    /// The effect kind's name (also the name policy rules use in `effects = [...]`).
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Effect::Read(_) => "read",
            Effect::Write(_) => "write",
            Effect::Delete { .. } => "delete",
            Effect::Exec { .. } => "exec",
            Effect::Net { .. } => "network",
            Effect::Upload { .. } => "upload",
            Effect::Privilege(_) => "privilege",
            Effect::System(_) => "system",
            Effect::Destroy(_) => "destroy",
            Effect::Signal { .. } => "signal",
            Effect::Force(_) => "force",
            Effect::Global(_) => "global",
            Effect::ReadOnly => "read-only",
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// Source text (or a synthesised rendering for units made by stages 7 and 8).
    pub(crate) text: String,
    pub(crate) origin: Origin,
    pub(crate) depth: u32,
    pub(crate) assigns: Vec<(String, Value)>,
    pub(crate) argv: Vec<Value>,
    /// Raw argv words as written (for regex rules and reporting).
    pub(crate) raw: Vec<String>,
    pub(crate) redirects: Vec<Redir>,
    pub(crate) pipe: Option<PipePos>,
    pub(crate) background: bool,
    /// Lowered substitutions still to be flattened by stage 6.
    pub(crate) pending: Vec<Script>,
    /// Name of the function whose body this unit is in.
    pub(crate) in_function: Option<String>,
    /// Set when lowering gave up on this command (`Cmd::Opaque`).
    pub(crate) opaque: Option<String>,
    /// Stage 8 found this unit to be a wrapper; its inner command is a separate unit.
    pub(crate) wrapper: bool,
    pub(crate) prog: Prog,
    pub(crate) args: Args,
    pub(crate) effects: Vec<Effect>,
}

impl Unit {
    pub(crate) fn new(text: String, origin: Origin, depth: u32) -> Unit {
        Unit {
            text,
            origin,
            depth,
            assigns: Vec::new(),
            argv: Vec::new(),
            raw: Vec::new(),
            redirects: Vec::new(),
            pipe: None,
            background: false,
            pending: Vec::new(),
            in_function: None,
            opaque: None,
            wrapper: false,
            prog: Prog::Unresolved,
            args: Args::default(),
            effects: Vec::new(),
        }
    }

    /// The program name as written (static text of argv[0]), if static.
    pub(crate) fn name(&self) -> Option<&str> {
        self.argv.first().and_then(|v| v.known())
    }

    /// Basename of argv[0].
    pub(crate) fn base(&self) -> Option<&str> {
        self.name().map(basename)
    }

    /// The program's catalogue name after resolution.
    pub(crate) fn prog_name(&self) -> Option<&str> {
        match &self.prog {
            Prog::Unknown { name } | Prog::Function(name) => Some(name),
            Prog::Known { name, .. } | Prog::Builtin(name) => Some(name),
            _ => None,
        }
    }
}

/// The last `/`-separated segment of `s` (all of it without a `/`): what `s.rsplit('/').next()`
/// gives, without the searcher's set-up cost on these short strings.
pub(crate) fn basename(s: &str) -> &str {
    match s.as_bytes().iter().rposition(|&b| b == b'/') {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

/// `parts` joined, in one allocation: what `format!` gives for plain pieces of text, without the
/// formatting machinery (for the messages of the most frequent findings).
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// The unit table and what the script defines, shared by stages 5-16.
#[derive(Debug, Default)]
pub(crate) struct Table {
    pub(crate) units: Vec<Unit>,
    pub(crate) pipe_groups: usize,
    /// Function names defined anywhere in the input.
    pub(crate) functions: Vec<String>,
    /// Alias names defined anywhere in the input.
    pub(crate) aliases: Vec<String>,
    /// Alias definitions seen so far (name, value), for expanding later uses.
    pub(crate) alias_values: Vec<(String, String)>,
    /// Set when the unit budget ran out: later units were dropped.
    pub(crate) truncated: bool,
}

#[cfg(test)]
mod tests {
    #[test]
    fn concat_is_format_of_the_pieces() {
        assert_eq!(super::concat(&["`", "ls", "` only reads"]), format!("`{}` only reads", "ls"));
        assert_eq!(super::concat(&[]), "");
    }

    #[test]
    fn basename_is_the_last_segment() {
        for s in ["", "/", "a", "/a", "a/", "a/b", "/usr/bin/rm", "./x", "a//b", "é/ü"] {
            assert_eq!(super::basename(s), s.rsplit('/').next().unwrap_or(s), "{s:?}");
        }
    }
}
