//! Plugins and skills: the tiers below the built-in tools (built-in > plugin > skill).
//!
//! - A plugin is a tool the user declares in a TOML file (`plugins/*.toml` in hardshell's
//!   configuration directory, or `.hardshell/plugins/*.toml` in the workspace; the directories
//!   come from `crate::config`): `name`, `description`, `command` (a bash template whose
//!   `{arg}` placeholders are the input's properties), an `[input_schema]` and optional
//!   `read_only` / `idempotent`. A call is rendered into a bash command with every argument
//!   shell-quoted, and that command goes through the bash tool's gate (stages 1-18) with the
//!   plugin trust tier: never a bypass. After a crash a plugin step is never re-run.
//! - A skill is a directory with a `SKILL.md` whose header (between `---` lines) holds `name`
//!   and `description`; the model loads its text through the read-only `skill` tool.
//!
//! Invariants: no plugin or skill takes a built-in tool's name, and no skill a plugin's; a file
//! that cannot be read or is invalid is a diagnostic naming it (the agent refuses to start),
//! never a panic and never a silent skip.

use super::message::ToolDef;
use super::tools::{Tier, Tool, ToolMeta};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A user-declared tool.
#[derive(Clone, Debug, PartialEq)]
pub struct Plugin {
    pub name: String,
    pub description: String,
    pub input_schema: Value,
    pub command: String,
    pub read_only: bool,
    pub idempotent: bool,
    pub file: PathBuf,
}

/// Instructions the model may load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skill {
    pub name: String,
    pub description: String,
    pub text: String,
    pub file: PathBuf,
}

/// Everything loaded, and what could not be.
#[derive(Clone, Debug, Default)]
pub struct Extensions {
    pub plugins: Vec<Plugin>,
    pub skills: Vec<Skill>,
    pub problems: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PluginFile {
    name: String,
    description: String,
    command: String,
    input_schema: toml::Table,
    #[serde(default)]
    read_only: bool,
    #[serde(default)]
    idempotent: bool,
}

/// Files bigger than this are refused.
const MAX_FILE: u64 = 256 << 10;

fn valid_name(n: &str) -> bool {
    (1..=64).contains(&n.len()) && n.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && n.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Whether two tool names are the same or could be taken for each other (`read-file` and
/// `read_file`): names are lowercase, so only `-` and `_` can differ.
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y || matches!((x, y), (b'-', b'_') | (b'_', b'-')))
}

impl Extensions {
    /// Loads `plugin_dirs/*.toml` and `skill_dirs/*/SKILL.md` (directories that do not exist are
    /// fine); `builtin` are the names no extension may take.
    pub fn load(plugin_dirs: &[PathBuf], skill_dirs: &[PathBuf], builtin: &[&str]) -> Extensions {
        let mut x = Extensions::default();
        for file in entries(plugin_dirs, &mut x.problems, |p| p.extension().is_some_and(|e| e == "toml")) {
            match read(&file).and_then(|text| parse_plugin(&text, &file)) {
                Ok(p) if builtin.iter().any(|b| same_name(b, &p.name)) => x.problems.push(format!("{}: plugin `{}` would shadow the built-in tool of that name", file.display(), p.name)),
                Ok(p) if x.plugins.iter().any(|q| same_name(&q.name, &p.name)) => x.problems.push(format!("{}: plugin `{}` is already declared", file.display(), p.name)),
                Ok(p) => x.plugins.push(p),
                Err(e) => x.problems.push(e),
            }
        }
        let skill_files = entries(skill_dirs, &mut x.problems, |p| p.is_dir()).into_iter().map(|d| d.join("SKILL.md"));
        for file in skill_files {
            match read(&file).and_then(|text| parse_skill(&text, &file)) {
                Ok(s) if builtin.iter().any(|b| same_name(b, &s.name)) || x.plugins.iter().any(|p| same_name(&p.name, &s.name)) => x.problems.push(format!("{}: skill `{}` would shadow a tool of that name", file.display(), s.name)),
                Ok(s) if x.skills.iter().any(|t| same_name(&t.name, &s.name)) => x.problems.push(format!("{}: skill `{}` is already declared", file.display(), s.name)),
                Ok(s) => x.skills.push(s),
                Err(e) => x.problems.push(e),
            }
        }
        x
    }

    pub fn plugin(&self, name: &str) -> Option<&Plugin> {
        self.plugins.iter().find(|p| p.name == name)
    }

    pub fn skill(&self, name: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.name == name)
    }
}

impl Extensions {
    /// The registry as metadata: the built-in tools (the `skill` tool only when there are
    /// skills), then plugins, then skills (each loaded through the `skill` tool).
    pub fn metas(&self) -> Vec<ToolMeta> {
        let mut out: Vec<ToolMeta> = Tool::ALL.iter().filter(|t| **t != Tool::Skill || !self.skills.is_empty()).map(|t| t.meta()).collect();
        if let Some(m) = out.iter_mut().find(|m| m.name == Tool::Skill.name()) {
            for s in &self.skills {
                m.description.push_str(&format!("\n- {}: {}", s.name, s.description));
            }
        }
        out.extend(self.plugins.iter().map(|p| ToolMeta { name: p.name.clone(), description: p.description.clone(), input_schema: p.input_schema.clone(), tier: Tier::Plugin, read_only: p.read_only, idempotent: p.idempotent }));
        out.extend(self.skills.iter().map(|s| ToolMeta { name: s.name.clone(), description: s.description.clone(), input_schema: serde_json::json!({}), tier: Tier::Skill, read_only: true, idempotent: true }));
        out
    }

    /// The tools offered to the model: built-ins and plugins (skills are loaded through `skill`).
    pub fn tool_defs(&self) -> Vec<ToolDef> {
        self.metas().into_iter().filter(|m| m.tier != Tier::Skill).map(|m| ToolDef { name: m.name, description: m.description, input_schema: m.input_schema }).collect()
    }
}

/// The entries of each existing directory that `keep` accepts, in name order.
fn entries(dirs: &[PathBuf], problems: &mut Vec<String>, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs.iter().filter(|d| d.symlink_metadata().is_ok()) {
        match std::fs::read_dir(d) {
            Ok(rd) => {
                let mut found: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| keep(p)).collect();
                found.sort();
                out.extend(found);
            }
            Err(e) => problems.push(format!("{}: cannot read: {e}", d.display())),
        }
    }
    out
}

fn read(file: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    if meta.len() > MAX_FILE {
        return Err(format!("{}: over {MAX_FILE} bytes", file.display()));
    }
    std::fs::read_to_string(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))
}

fn parse_plugin(text: &str, file: &Path) -> Result<Plugin, String> {
    let f = file.display();
    let p: PluginFile = toml::from_str(text).map_err(|e| format!("{f}: {}", e.to_string().trim_end()))?;
    if !valid_name(&p.name) {
        return Err(format!("{f}: plugin name `{}`: 1-64 of a-z, 0-9, `_`, `-`, starting with a letter", p.name));
    }
    let schema = serde_json::to_value(&p.input_schema).map_err(|e| format!("{f}: input_schema: {e}"))?;
    if schema.get("type").and_then(Value::as_str) != Some("object") {
        return Err(format!("{f}: input_schema must have type = \"object\""));
    }
    let props = schema.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
    for hole in placeholders(&p.command).map_err(|e| format!("{f}: command: {e}"))? {
        if !props.contains_key(&hole) {
            return Err(format!("{f}: command uses `{{{hole}}}`, which input_schema.properties does not declare"));
        }
    }
    let mut schema = schema;
    schema["additionalProperties"] = Value::Bool(false);
    Ok(Plugin { name: p.name, description: p.description, input_schema: schema, command: p.command, read_only: p.read_only, idempotent: p.idempotent, file: file.to_path_buf() })
}

/// The `{name}` placeholders of a template (`{{` and `}}` are literal braces).
fn placeholders(t: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for piece in pieces(t)? {
        if let Piece::Hole(h) = piece {
            out.push(h.to_string());
        }
    }
    Ok(out)
}

enum Piece<'a> {
    Lit(&'a str),
    Hole(&'a str),
}

fn pieces(t: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find(['{', '}']) {
        out.push(Piece::Lit(&rest[..i]));
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push(Piece::Lit(&tail[..1]));
            rest = &tail[2..];
        } else if let Some(name) = tail.strip_prefix('{').and_then(|t| t.split_once('}')).map(|(n, _)| n).filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')) {
            out.push(Piece::Hole(name));
            rest = &tail[name.len() + 2..];
        } else {
            return Err(format!("a lone `{}` (write `{{{{` or `}}}}` for a literal brace, `{{name}}` for an argument)", &tail[..1]));
        }
    }
    out.push(Piece::Lit(rest));
    Ok(out)
}

impl Plugin {
    /// The bash command for a call: each `{arg}` replaced by the argument's value, single-quoted.
    /// Strings, numbers and booleans only; a missing argument, one the schema does not declare,
    /// or a required one left out is an error.
    pub fn render(&self, input: &Value) -> Result<String, String> {
        let obj = input.as_object().ok_or("the input is not a JSON object")?;
        if let Some(raw) = obj.get("_invalid_input") {
            return Err(format!("the tool input was not a JSON object (cut off?): {}", raw.as_str().unwrap_or("").chars().take(200).collect::<String>()));
        }
        let props = self.input_schema.get("properties").and_then(Value::as_object);
        if let Some(k) = obj.keys().find(|k| props.is_none_or(|p| !p.contains_key(*k))) {
            return Err(format!("unknown argument `{k}`"));
        }
        for r in self.input_schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !obj.contains_key(r) {
                return Err(format!("missing argument `{r}`"));
            }
        }
        let mut out = String::new();
        for piece in pieces(&self.command)? {
            match piece {
                Piece::Lit(s) => out.push_str(s),
                Piece::Hole(h) => {
                    let v = match obj.get(h) {
                        Some(Value::String(s)) => s.clone(),
                        Some(v @ (Value::Number(_) | Value::Bool(_))) => v.to_string(),
                        Some(_) => return Err(format!("argument `{h}` must be a string, number or boolean")),
                        None => return Err(format!("missing argument `{h}`")),
                    };
                    if v.contains('\0') {
                        return Err(format!("argument `{h}` contains a NUL byte"));
                    }
                    out.push_str(&super::tools::paths::quote(&v));
                }
            }
        }
        Ok(out)
    }
}

fn parse_skill(text: &str, file: &Path) -> Result<Skill, String> {
    let f = file.display();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return Err(format!("{f}:1: a SKILL.md starts with a `---` header holding name and description"));
    }
    let (mut name, mut description) = (None, None);
    let mut closed = false;
    for (i, line) in lines.by_ref().enumerate() {
        if line.trim_end() == "---" {
            closed = true;
            break;
        }
        match line.split_once(':') {
            Some((k, v)) if k.trim() == "name" => name = Some(v.trim().trim_matches('"').to_string()),
            Some((k, v)) if k.trim() == "description" => description = Some(v.trim().trim_matches('"').to_string()),
            Some(_) => {}
            None if line.trim().is_empty() => {}
            None => return Err(format!("{f}:{}: expected `key: value` in the header", i + 2)),
        }
    }
    if !closed {
        return Err(format!("{f}: the header is not closed by a `---` line"));
    }
    let name = name.ok_or_else(|| format!("{f}: the header has no `name`"))?;
    if !valid_name(&name) {
        return Err(format!("{f}: skill name `{name}`: 1-64 of a-z, 0-9, `_`, `-`, starting with a letter"));
    }
    let description = description.filter(|d| !d.is_empty()).ok_or_else(|| format!("{f}: the header has no `description`"))?;
    Ok(Skill { name, description, text: lines.collect::<Vec<_>>().join("\n").trim().to_string(), file: file.to_path_buf() })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use serde_json::json;

    const PLUGIN: &str = "name = \"cargo_check\"\ndescription = \"Type-check one package\"\ncommand = \"cargo check -p {package} --message-format {{short}}\"\nidempotent = true\n[input_schema]\ntype = \"object\"\nrequired = [\"package\"]\nproperties.package = { type = \"string\", description = \"the package\" }\n";

    fn load(files: &[(&str, &str)], builtin: &[&str]) -> (tempfile::TempDir, Extensions) {
        let d = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let p = d.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let x = Extensions::load(&[d.path().join("plugins"), d.path().join("none")], &[d.path().join("skills")], builtin);
        (d, x)
    }

    #[test]
    fn plugin_arguments_are_shell_quoted() {
        let (_d, x) = load(&[("plugins/a.toml", PLUGIN)], &["bash"]);
        assert_eq!(x.problems, Vec::<String>::new());
        let p = x.plugin("cargo_check").unwrap();
        assert_eq!(p.render(&json!({"package": "core"})).unwrap(), "cargo check -p 'core' --message-format {short}");
        assert_eq!(p.render(&json!({"package": "x'; rm -rf ~; '"})).unwrap(), r"cargo check -p 'x'\''; rm -rf ~; '\''' --message-format {short}");
        assert!(p.render(&json!({})).unwrap_err().contains("missing argument `package`"));
        assert!(p.render(&json!({"package": "a", "extra": 1})).unwrap_err().contains("unknown argument"));
        assert!(p.render(&json!({"package": ["a"]})).is_err());
        assert_eq!(p.input_schema["additionalProperties"], false);
    }

    #[test]
    fn bad_files_and_shadowing_are_diagnosed() {
        let shadow = PLUGIN.replace("cargo_check", "bash");
        let lookalike = PLUGIN.replace("cargo_check", "read-file");
        let unknown_hole = PLUGIN.replace("{package}", "{pkg}");
        let lone = PLUGIN.replace("{{short}}", "{short");
        let skill = "---\nname: release-notes\ndescription: How we write release notes\n---\nUse the changelog.\n";
        let skill_shadow = "---\nname: cargo_check\ndescription: x\n---\nbody\n";
        let (_d, x) = load(
            &[("plugins/a.toml", PLUGIN), ("plugins/b.toml", &shadow), ("plugins/c.toml", &unknown_hole), ("plugins/d.toml", &lone), ("plugins/e.toml", "name = 1"), ("plugins/f.toml", PLUGIN), ("plugins/g.toml", &lookalike), ("plugins/notes.txt", "ignored: not .toml"), ("skills/rn/SKILL.md", skill), ("skills/s2/SKILL.md", skill_shadow), ("skills/s3/SKILL.md", "no header"), ("skills/s4/README.md", "no SKILL.md")],
            &["bash", "read_file"],
        );
        assert_eq!(x.plugins.len(), 1);
        assert_eq!(x.skills.len(), 1);
        assert_eq!(x.skill("release-notes").unwrap().text, "Use the changelog.");
        let problems = x.problems.join("\n");
        for want in ["b.toml: plugin `bash` would shadow the built-in", "c.toml: command uses `{pkg}`", "d.toml: command: a lone `{`", "e.toml: ", "f.toml: plugin `cargo_check` is already declared", "g.toml: plugin `read-file` would shadow the built-in", "s2/SKILL.md: skill `cargo_check` would shadow", "s3/SKILL.md:1:", "s4/SKILL.md: cannot read"] {
            assert!(problems.contains(want), "missing `{want}` in:\n{problems}");
        }
        assert_eq!(x.problems.len(), 9, "{problems}");
    }
}
