//! The tool registry, metadata first: every tool declares its name, description, JSON input
//! schema, trust tier and whether it is read-only and idempotent, so the registry can be listed
//! and filtered (`hardshell agent tools`) without running anything. Tools are a closed enum
//! (STYLE.md rule 15); plugins and skills would add tiers, not trait objects.
//!
//! A call goes: [`Call::parse`] (typed input, or a refusal) -> [`Call::gate_command`] (the shell
//! command the engine judges: the command itself for bash, an equivalent such as `cat -- PATH`
//! for file tools, so stage 13's workspace / protected / secret judgement applies to them too)
//! -> permission -> [`Call::run`].

mod bash;
mod files;
pub mod paths;
mod search;

use serde::Serialize;
use serde_json::{json, Value};
use std::path::PathBuf;

/// The built-in tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Bash,
    ReadFile,
    WriteFile,
    EditFile,
    Glob,
    Grep,
    /// Loads a skill's instructions (offered when there are skills).
    Skill,
}

/// Who provides a tool; a higher tier is trusted more (built-in > plugin > skill).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    Skill,
    Plugin,
    BuiltIn,
}

/// What the registry says about a tool.
#[derive(Clone, Debug, Serialize)]
pub struct ToolMeta {
    pub name: String,
    pub description: String,
    pub input_schema: Value,
    pub tier: Tier,
    pub read_only: bool,
    pub idempotent: bool,
}

impl Tool {
    pub const ALL: [Tool; 7] = [Tool::Bash, Tool::ReadFile, Tool::WriteFile, Tool::EditFile, Tool::Glob, Tool::Grep, Tool::Skill];

    pub fn name(self) -> &'static str {
        match self {
            Tool::Bash => "bash",
            Tool::ReadFile => "read_file",
            Tool::WriteFile => "write_file",
            Tool::EditFile => "edit_file",
            Tool::Glob => "glob",
            Tool::Grep => "grep",
            Tool::Skill => "skill",
        }
    }

    pub fn from_name(name: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn meta(self) -> ToolMeta {
        let (description, input_schema, read_only, idempotent) = match self {
            Tool::Bash => (
                "Run a bash command in the workspace. hardshell checks it first (allow / ask / deny, with reasons) and runs approved commands confined: writes only in the workspace and /tmp, no network unless the check grants it, a timeout.",
                schema(&[("command", "string", "the bash command"), ("timeout", "number", "seconds (default 120, at most 600)")], &["command"]),
                false,
                false,
            ),
            Tool::ReadFile => ("Read a text file (lines numbered from 1). An unchanged file read again is not re-sent.", schema(&[("path", "string", "file path, relative to the workspace or absolute"), ("offset", "integer", "first line (1-based)"), ("limit", "integer", "number of lines")], &["path"]), true, true),
            Tool::WriteFile => ("Create or overwrite a file with the given content.", schema(&[("path", "string", "file path"), ("content", "string", "the whole new content")], &["path", "content"]), false, true),
            Tool::EditFile => ("Replace an exact string in a file (it must occur once unless replace_all).", schema(&[("path", "string", "file path"), ("old_string", "string", "text to find"), ("new_string", "string", "replacement"), ("replace_all", "boolean", "replace every occurrence")], &["path", "old_string", "new_string"]), false, false),
            Tool::Glob => ("List files matching a glob pattern (e.g. `src/**/*.rs`), honouring .gitignore.", schema(&[("pattern", "string", "glob pattern"), ("path", "string", "directory to search (default: the workspace)")], &["pattern"]), true, true),
            Tool::Grep => ("Search file contents with a regular expression; prints path:line:text.", schema(&[("pattern", "string", "regular expression"), ("path", "string", "file or directory (default: the workspace)"), ("glob", "string", "only files matching this glob"), ("ignore_case", "boolean", "case-insensitive")], &["pattern"]), true, true),
            Tool::Skill => ("Load the instructions of a skill (a SKILL.md the user installed) by name.", schema(&[("name", "string", "the skill's name")], &["name"]), true, true),
        };
        ToolMeta { name: self.name().to_string(), description: description.to_string(), input_schema, tier: Tier::BuiltIn, read_only, idempotent }
    }

    /// Whether the tool writes files itself (not through the sandbox).
    pub fn writes_files(self) -> bool {
        matches!(self, Tool::WriteFile | Tool::EditFile)
    }
}

fn schema(props: &[(&str, &str, &str)], required: &[&str]) -> Value {
    let mut p = serde_json::Map::new();
    for (name, ty, desc) in props {
        p.insert((*name).to_string(), json!({"type": ty, "description": desc}));
    }
    json!({"type": "object", "properties": p, "required": required, "additionalProperties": false})
}

/// A parsed tool call.
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    Bash { command: String, timeout: f64 },
    ReadFile { path: PathBuf, offset: usize, limit: usize },
    /// `names`: every name the written path goes by (see [`paths::resolve_names`]).
    WriteFile { path: PathBuf, names: Vec<PathBuf>, content: String },
    EditFile { path: PathBuf, names: Vec<PathBuf>, old: String, new: String, all: bool },
    Glob { pattern: String, dir: PathBuf },
    Grep { pattern: String, dir: PathBuf, glob: Option<String>, ignore_case: bool },
    Skill { file: PathBuf, text: String },
}

/// A tool's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub content: String,
    pub is_error: bool,
}

impl Output {
    pub fn ok(content: impl Into<String>) -> Output {
        Output { content: content.into(), is_error: false }
    }
    pub fn error(content: impl Into<String>) -> Output {
        Output { content: content.into(), is_error: true }
    }
}

/// Where and as whom tools run.
pub struct Env<'a> {
    pub workspace: &'a std::path::Path,
    pub home: &'a std::path::Path,
    pub engine: &'a hardshell_engine::Engine,
    pub confine: &'a crate::gate::Confine,
    pub skills: &'a [super::extensions::Skill],
}

impl Call {
    /// Typed input, or a message for the model.
    pub fn parse(tool: Tool, input: &Value, env: &Env<'_>) -> Result<Call, String> {
        if let Some(raw) = input.get("_invalid_input") {
            return Err(format!("the tool input was not a JSON object (cut off?): {}", raw.as_str().unwrap_or("").chars().take(200).collect::<String>()));
        }
        let s = |k: &str| input.get(k).and_then(Value::as_str);
        let req = |k: &str| s(k).map(str::to_string).ok_or_else(|| format!("missing string field `{k}`"));
        let path = |k: &str| -> Result<PathBuf, String> { paths::resolve(&req(k)?, env.workspace, env.home) };
        let target = |k: &str| -> Result<paths::Resolved, String> { paths::resolve_names(&req(k)?, env.workspace, env.home) };
        let dir = || -> Result<PathBuf, String> { s("path").map_or(Ok(env.workspace.to_path_buf()), |p| paths::resolve(p, env.workspace, env.home)) };
        let num = |k: &str, d: u64| input.get(k).and_then(Value::as_u64).unwrap_or(d);
        Ok(match tool {
            Tool::Bash => {
                let timeout = input.get("timeout").and_then(Value::as_f64).unwrap_or(120.0);
                if !(timeout > 0.0 && timeout <= 600.0) {
                    return Err("`timeout` must be between 0 and 600 seconds".into());
                }
                Call::Bash { command: req("command")?, timeout }
            }
            Tool::ReadFile => Call::ReadFile { path: path("path")?, offset: num("offset", 1).max(1) as usize, limit: num("limit", 2000).clamp(1, 100_000) as usize },
            Tool::WriteFile => {
                let t = target("path")?;
                Call::WriteFile { path: t.real, names: t.names, content: req("content")? }
            }
            Tool::EditFile => {
                let t = target("path")?;
                Call::EditFile { path: t.real, names: t.names, old: req("old_string")?, new: req("new_string")?, all: input.get("replace_all").and_then(Value::as_bool).unwrap_or(false) }
            }
            Tool::Glob => Call::Glob { pattern: req("pattern")?, dir: dir()? },
            Tool::Grep => Call::Grep { pattern: req("pattern")?, dir: dir()?, glob: s("glob").map(str::to_string), ignore_case: input.get("ignore_case").and_then(Value::as_bool).unwrap_or(false) },
            Tool::Skill => {
                let name = req("name")?;
                let skill = env.skills.iter().find(|s| s.name == name).ok_or_else(|| format!("no skill `{name}`"))?;
                Call::Skill { file: skill.file.clone(), text: skill.text.clone() }
            }
        })
    }

    /// The shell command whose verdict decides this call.
    pub fn gate_command(&self) -> String {
        let q = |p: &std::path::Path| paths::quote(&p.to_string_lossy());
        match self {
            Call::Bash { command, .. } => command.clone(),
            Call::ReadFile { path, .. } | Call::Skill { file: path, .. } => format!("cat -- {}", q(path)),
            Call::WriteFile { path, .. } | Call::EditFile { path, .. } => format!("tee -- {} >/dev/null", q(path)),
            Call::Glob { dir, .. } => format!("ls -R -- {}", q(dir)),
            Call::Grep { pattern, dir, .. } => format!("grep -r -e {} -- {}", paths::quote(pattern), q(dir)),
        }
    }

    /// The file or directory a file or search tool acts on.
    pub fn target_path(&self) -> Option<&std::path::Path> {
        match self {
            Call::ReadFile { path, .. } | Call::WriteFile { path, .. } | Call::EditFile { path, .. } => Some(path),
            Call::Glob { dir, .. } | Call::Grep { dir, .. } => Some(dir),
            Call::Bash { .. } | Call::Skill { .. } => None,
        }
    }

    /// The file a file tool writes and every name it goes by.
    pub fn written(&self) -> Option<(&std::path::Path, &[PathBuf])> {
        match self {
            Call::WriteFile { path, names, .. } | Call::EditFile { path, names, .. } => Some((path, names)),
            Call::Bash { .. } | Call::ReadFile { .. } | Call::Glob { .. } | Call::Grep { .. } | Call::Skill { .. } => None,
        }
    }

    /// Runs an approved call. `verdict` is the engine's verdict on [`Call::gate_command`].
    pub fn run(&self, env: &Env<'_>, verdict: &hardshell_engine::Verdict, on_exec: &mut dyn FnMut(bash::ExecNote)) -> Output {
        match self {
            Call::Bash { command, timeout } => bash::run(command, *timeout, verdict, env, on_exec),
            Call::ReadFile { path, offset, limit } => files::read(path, *offset, *limit),
            Call::WriteFile { path, content, .. } => files::write(path, content),
            Call::EditFile { path, old, new, all, .. } => files::edit(path, old, new, *all),
            Call::Glob { pattern, dir } => search::glob(pattern, dir),
            Call::Grep { pattern, dir, glob, ignore_case } => search::grep(pattern, dir, glob.as_deref(), *ignore_case),
            Call::Skill { text, .. } => Output::ok(text.clone()),
        }
    }
}

pub use bash::ExecNote;
