//! The vocabulary of `effects = [...]` in rules: what the engine found a command does.
//!
//! An entry is either an effect kind from stage 12 (`write`, `network`, `exec` ...) or the id of
//! a finding of stages 1-13 (`write.outside`, `secrets.read`, `remote.pipe_to_shell`), or a
//! dotted prefix of such ids (`exfil` matches `exfil.secret`, `exfil.pipe` ...). A rule with
//! `effects` matches a command unit that has at least one of them. The list of finding ids is
//! kept honest by a test that reads the stages' sources.

use crate::unit::{Effect, Unit, Value};

/// Effect kinds recorded by stage 12, by name.
pub(crate) const EFFECT_KINDS: &[&str] = &["read", "write", "delete", "exec", "network", "upload", "privilege", "system", "destroy", "signal", "force", "global"];

/// Finding ids the stages record (stable; new ones may be added).
pub(crate) const FINDING_IDS: &[&str] = &[
    "assign.deferred_code", "assign.history_off", "assign.loads_code", "assign.path", "assign.path_hijack", "assign.redirects_config",
    "assign.runs_program", "classify.not_understood", "delete.broad", "delete.dynamic", "delete.dynamic_file", "delete.from_input",
    "delete.outside", "delete.protected", "delete.tmp", "delete.workspace", "destroy", "destroy.device", "destroy.fork_bomb", "destroy.sql",
    "effects.read_only", "escape.db_shell", "escape.exec", "escape.fed_commands", "escape.shell", "escape.shell_via_wrapper", "exec.dynamic_script", "exec.inline",
    "exec.outside", "exec.project", "exec.stdin", "exec.untrusted", "exfil.bulk", "exfil.computed_target", "exfil.database", "exfil.inline_env", "exfil.outside",
    "exfil.pipe", "exfil.repo", "exfil.secret", "exfil.secret_env", "force", "global.install", "limits.depth", "limits.fields", "limits.nesting",
    "limits.nul", "limits.size", "limits.units", "limits.utf8", "lower.opaque", "nested.dynamic_code", "nested.inline_delete",
    "nested.inline_dynamic", "nested.inline_network", "nested.inline_shell", "nested.source_dynamic", "network", "network.metadata",
    "network.raw_socket", "network.upload", "obfuscation.ansi_c_name", "obfuscation.control_chars", "obfuscation.decode_to_shell",
    "obfuscation.ifs", "obfuscation.inline_decode_exec", "obfuscation.split_name", "obfuscation.subscript_injection",
    "obfuscation.subst_in_expansion", "parse.budget", "parse.error", "parse.redirect_split", "parse.line_split", "parse.skipped", "reverse_shell.fd", "parse.redirect_words", "persistence.autorun_payload", "privilege", "remote.download_exec",
    "remote.args", "remote.inline_eval", "remote.pipe_to_shell", "resolve.dynamic", "resolve.empty", "resolve.path", "resolve.unknown_program",
    "resolve.untrusted_dir", "reverse_shell.inline", "reverse_shell.pipe", "secrets.broad_search", "secrets.env_file",
    "secrets.environment", "secrets.hunt", "secrets.inline", "secrets.read", "signal", "signal.all", "subst.command_name",
    "system.change", "wrapper.opaque", "wrapper.privilege", "wrapper.root_shell", "write.dynamic", "write.outside", "write.protected",
    "write.tmp", "write.workspace",
];

/// Whether `name` means something: an effect kind, a finding id, or a dotted prefix of one.
pub(crate) fn known(name: &str) -> bool {
    EFFECT_KINDS.contains(&name) || FINDING_IDS.iter().any(|id| covers(name, id))
}

/// `name` equals `id` or is a dotted prefix of it (`exfil` covers `exfil.pipe`, not `exfiltrate`).
pub(crate) fn covers(name: &str, id: &str) -> bool {
    id == name || (id.len() > name.len() && id.starts_with(name) && id.as_bytes()[name.len()] == b'.')
}

/// The effect kind's name; `None` for read-only, which rules name by its finding instead.
pub(crate) fn kind(e: &Effect) -> Option<&'static str> {
    (!matches!(e, Effect::ReadOnly)).then(|| e.kind())
}

/// The path an effect touches, with its kind (reads, writes, deletes, destroys, uploads).
pub(crate) fn path(e: &Effect) -> Option<(&'static str, &Value)> {
    match e {
        Effect::Read(v) => Some(("read", v)),
        Effect::Write(v) => Some(("write", v)),
        Effect::Delete { path, .. } => Some(("delete", path)),
        Effect::Destroy(v) => Some(("destroy", v)),
        Effect::Upload { source } => Some(("upload", source)),
        Effect::Exec { .. } | Effect::Net { .. } | Effect::Privilege(_) | Effect::System(_) | Effect::Signal { .. } | Effect::Force(_) | Effect::Global(_) | Effect::ReadOnly => None,
    }
}

/// Whether the unit has effect `name` (a kind, or a finding id or prefix among `findings`).
pub(crate) fn unit_has(u: &Unit, findings: &[&str], name: &str) -> bool {
    findings.iter().any(|id| covers(name, id)) || u.effects.iter().any(|e| kind(e) == Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_dotted() {
        assert!(covers("exfil", "exfil.pipe"));
        assert!(covers("write.outside", "write.outside"));
        assert!(!covers("exfi", "exfil.pipe"));
        assert!(known("exfil") && known("write") && known("remote.pipe_to_shell"));
        assert!(!known("writes") && !known("remote.pipe"));
    }

    /// Every finding id the stages record is in the vocabulary (a tidy check: a stage that adds a
    /// finding id must add it here, or rules could not name it without a lint error).
    #[test]
    fn vocabulary_lists_every_finding_id_in_the_stages() {
        // Every stage file, and the pipeline: a new stage file is scanned without editing this test.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join("stages")).expect("stages dir").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "rs")).collect();
        files.push(dir.join("pipeline.rs"));
        assert!(files.len() > 20, "{files:?}");
        let sources: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).expect("read")).collect();
        let re = regex::Regex::new(r#"add\(\s*(?:Stage::\w+,\s*)?"([a-z0-9_]+(?:\.[a-z0-9_]+)*)""#).expect("regex");
        let mut missing = Vec::new();
        for src in &sources {
            for c in re.captures_iter(src) {
                let id = &c[1];
                if !FINDING_IDS.contains(&id) && !missing.contains(&id.to_string()) {
                    missing.push(id.to_string());
                }
            }
        }
        assert!(missing.is_empty(), "finding ids missing from policy/effects.rs FINDING_IDS: {missing:?}");
    }
}
