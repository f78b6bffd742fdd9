//! hardshell's own typed, owned syntax tree (output of stage 4, `lower`).
//!
//! Everything after stage 4 works on these types; none of them refers to tree-sitter.
//! Invariant: a node kind the lowering does not know becomes [`Cmd::Opaque`] or
//! [`Part::Opaque`], which later stages treat as never LOW.

/// A list of statements run in order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Script {
    pub(crate) cmds: Vec<Cmd>,
}

#[derive(Clone, Debug)]
pub(crate) enum Cmd {
    Simple(Simple),
    /// `a | b | c`: stdin of each is the stdout of the previous one.
    Pipeline(Vec<Cmd>),
    /// `a && b || c`, `a; b`: run in sequence.
    List(Vec<Cmd>),
    /// `( ... )`
    Subshell(Script),
    /// `{ ...; }`
    Group(Script),
    /// `if`, `while`, `until`, `for`, `case`, `select`, `((..))`: the words it evaluates and every
    /// statement inside, all assumed to run.
    Compound { kind: &'static str, words: Vec<Word>, body: Script },
    /// `name() { ... }`: the body is analysed as if it runs.
    Function { name: String, body: Box<Cmd> },
    /// A statement with redirections (`{ a; b; } > f`, `cat <<EOF`).
    Redirected { body: Box<Cmd>, redirects: Vec<Redirect> },
    /// `! cmd`
    Negated(Box<Cmd>),
    /// `[[ ... ]]`, `[ ... ]` as a test command: words only (their substitutions run).
    Test(Vec<Word>),
    /// `cmd &`
    Background(Box<Cmd>),
    /// Anything the lowering does not understand (including parse errors).
    Opaque { kind: String, text: String },
}

/// A simple command: assignments, words, redirections.
#[derive(Clone, Debug, Default)]
pub(crate) struct Simple {
    pub(crate) assigns: Vec<Assign>,
    pub(crate) words: Vec<Word>,
    pub(crate) redirects: Vec<Redirect>,
    /// Source text of the whole command.
    pub(crate) text: String,
}

#[derive(Clone, Debug)]
pub(crate) struct Assign {
    pub(crate) name: String,
    pub(crate) value: Option<Word>,
}

/// A word as written: parts that concatenate.
#[derive(Clone, Debug, Default)]
pub(crate) struct Word {
    pub(crate) parts: Vec<Part>,
    pub(crate) raw: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quote {
    /// Unquoted: subject to brace, tilde, glob expansion and field splitting.
    None,
    /// A backslash-escaped character outside quotes.
    Escaped,
    Single,
    Double,
    /// `$'...'`, already decoded.
    AnsiC,
}

#[derive(Clone, Debug)]
pub(crate) enum Part {
    Lit { text: String, quote: Quote },
    /// `$name`, `${name...}`; `subs` are substitutions inside `${x:-$(cmd)}`.
    Var { name: String, quoted: bool, complex: bool, subs: Vec<Script> },
    /// `$(...)` or backticks.
    Subst { script: Script, quoted: bool },
    /// `<(...)` (`out == false`) or `>(...)`.
    ProcSubst { script: Script, out: bool },
    /// `$((...))` with any substitutions inside it.
    Arith { subs: Vec<Script> },
    /// Unknown word syntax; `subs` are substitutions found inside it.
    Opaque { kind: String, subs: Vec<Script> },
}

#[derive(Clone, Debug)]
pub(crate) enum RedirKind {
    /// `<`
    In,
    /// `>`, `>|`, `&>`, `>&` with a file
    Out,
    /// `>>`, `&>>`
    Append,
    /// `<>`
    ReadWrite,
    /// `2>&1`, `<&3`: duplicates a descriptor
    Dup,
    /// `<<`, `<<-`: the body is the word (literal when the delimiter was quoted)
    Heredoc,
    /// `<<<`
    Herestring,
}

#[derive(Clone, Debug)]
pub(crate) struct Redirect {
    pub(crate) fd: Option<u32>,
    pub(crate) kind: RedirKind,
    pub(crate) target: Word,
}
