//! Settings beside the rules (`[settings]`), and how the layers' settings merge.
//!
//! Layers are applied in order (built-in < user < project < `--policy`). A layer that may loosen
//! (built-in, user, `--policy`, and a project the user trusts) sets the mode and the network
//! allowlist, and adds writable roots. An untrusted project layer may only tighten: a laxer mode,
//! new writable roots, hosts outside the current allowlist and `trusted_projects` are ignored,
//! each with a note that names the file and line. Protected paths only ever add up.

use super::diag::{line_col, Diagnostic, Severity};
use super::Layer;
use crate::cx::Mode;
use serde::Serialize;
use std::ops::Range;

/// A value with the span it was written at.
#[derive(Clone, Debug)]
pub(crate) struct Item<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// One file's `[settings]`, compiled.
#[derive(Clone, Debug, Default)]
pub(crate) struct Settings {
    /// The built-in ruleset to start from (read by the caller, which owns the rulesets; honoured
    /// only from the user layer).
    pub(crate) ruleset: Option<Item<String>>,
    pub(crate) mode: Option<Item<Mode>>,
    pub(crate) writable_roots: Vec<Item<String>>,
    pub(crate) network_allow: Option<Item<Vec<Item<String>>>>,
    pub(crate) protected_paths: Vec<Item<String>>,
    pub(crate) trusted_projects: Vec<Item<String>>,
}

/// A setting's value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sourced {
    pub value: String,
    pub layer: Layer,
    pub file: String,
    pub line: usize,
}

/// The settings in force after merging every layer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EffectiveSettings {
    /// `default`, `strict` or `afk`, and where it was set; `None`: not set by any layer.
    pub mode: Option<Sourced>,
    /// Directories the sandbox may write besides the workspace and the private tmp.
    pub writable_roots: Vec<Sourced>,
    /// Hosts commands may reach; `None`: no allowlist (any host, subject to the rest of the policy).
    pub network_allow: Option<Vec<Sourced>>,
    /// Paths no command may write or delete (globs).
    pub protected_paths: Vec<Sourced>,
    /// Projects whose own policy may loosen (only honoured from the user layer).
    pub trusted_projects: Vec<Sourced>,
}

impl EffectiveSettings {
    /// The effective mode, if any layer set one.
    pub fn mode(&self) -> Option<Mode> {
        self.mode.as_ref().and_then(|s| Mode::parse(&s.value))
    }
}

/// Whether switching from mode `from` to `to` can only make decisions stricter. `strict` (allow
/// rules ignored: pre-approved commands ask) and `afk` (asks become denies, pre-approved commands
/// still run) each tighten `default`, but neither tightens the other.
pub(crate) fn tightens(from: Mode, to: Mode) -> bool {
    from == to || from == Mode::Default
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Default => "default",
        Mode::Strict => "strict",
        Mode::Afk => "afk",
    }
}

/// The file a layer was read from, for notes.
pub(crate) struct Source<'a> {
    pub(crate) file: &'a str,
    pub(crate) src: &'a str,
    pub(crate) layer: Layer,
    /// May this layer loosen (not an untrusted project)?
    pub(crate) loosen: bool,
}

impl Source<'_> {
    fn sourced(&self, value: String, span: &Range<usize>) -> Sourced {
        Sourced { value, layer: self.layer, file: self.file.to_string(), line: line_col(self.src, span.start).0 }
    }

    pub(crate) fn ignored(&self, span: &Range<usize>, message: String) -> Diagnostic {
        let d = Diagnostic::new(Severity::Note, "ignored", message, self.file, self.src, span.clone());
        if self.layer == Layer::Project {
            d.note("help: a project policy may only tighten; name this project in `trusted_projects` of ~/.config/hardshell/policy.toml to let it loosen")
        } else {
            d
        }
    }
}

/// Applies one layer's settings over `eff`, recording what an untrusted layer may not change.
pub(crate) fn apply(eff: &mut EffectiveSettings, s: &Settings, from: &Source<'_>, notes: &mut Vec<Diagnostic>) {
    if let Some(m) = &s.mode {
        let current = eff.mode().unwrap_or_default();
        if from.loosen || tightens(current, m.value) {
            eff.mode = Some(from.sourced(mode_name(m.value).to_string(), &m.span));
        } else {
            notes.push(from.ignored(&m.span, format!("ignored `mode = \"{}\"`: it would loosen some decisions of `{}`", mode_name(m.value), mode_name(current))));
        }
    }
    for root in &s.writable_roots {
        if eff.writable_roots.iter().any(|r| r.value == root.value) {
            continue;
        }
        if from.loosen {
            eff.writable_roots.push(from.sourced(root.value.clone(), &root.span));
        } else {
            notes.push(from.ignored(&root.span, format!("ignored writable root `{}`: it widens what commands may write", root.value)));
        }
    }
    if let Some(list) = &s.network_allow {
        let mut next = Vec::new();
        for host in &list.value {
            let within = match &eff.network_allow {
                None => true,
                Some(cur) => cur.iter().any(|c| host_pattern_covers(&c.value, &host.value)),
            };
            // A layer that may only tighten and re-lists a host already allowed keeps the earlier
            // layer's entry: that layer is where the permission comes from.
            let earlier = eff.network_allow.as_ref().and_then(|cur| cur.iter().find(|c| c.value == host.value)).filter(|_| !from.loosen).cloned();
            if let Some(e) = earlier {
                next.push(e);
            } else if from.loosen || within {
                next.push(from.sourced(host.value.clone(), &host.span));
            } else {
                notes.push(from.ignored(&host.span, format!("ignored network host `{}`: it is not on the allowlist already in force", host.value)));
            }
        }
        eff.network_allow = Some(next);
    }
    for p in &s.protected_paths {
        if !eff.protected_paths.iter().any(|x| x.value == p.value) {
            eff.protected_paths.push(from.sourced(p.value.clone(), &p.span));
        }
    }
    if let Some(r) = s.ruleset.as_ref().filter(|_| !matches!(from.layer, Layer::User | Layer::Builtin)) {
        notes.push(from.ignored(&r.span, format!("ignored `ruleset = \"{}\"`: only the user's own config (~/.config/hardshell/) chooses the built-in ruleset", r.value)));
    }
    for t in &s.trusted_projects {
        if from.layer == Layer::User {
            eff.trusted_projects.push(from.sourced(t.value.clone(), &t.span));
        } else {
            notes.push(from.ignored(&t.span, format!("ignored trusted project `{}`: only the user's own config (~/.config/hardshell/) can trust a project", t.value)));
        }
    }
}

/// Whether a host pattern (`example.com`, `*.example.com`) allows `host`.
pub(crate) fn host_allowed(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(domain) => host.len() > domain.len() + 1 && host.ends_with(domain) && host.as_bytes()[host.len() - domain.len() - 1] == b'.',
        None => pattern.eq_ignore_ascii_case(host),
    }
}

/// Whether everything `inner` allows is also allowed by `outer`.
fn host_pattern_covers(outer: &str, inner: &str) -> bool {
    if outer == inner {
        return true;
    }
    match inner.strip_prefix("*.") {
        Some(domain) => outer.strip_prefix("*.").is_some_and(|o| host_allowed(&format!("*.{o}"), domain)),
        None => host_allowed(outer, inner),
    }
}

/// The host of a network target as written: a URL, `user@host:path`, `host:port` or a bare host.
pub(crate) fn host_of(target: &str) -> Option<String> {
    let t = target.trim();
    let (t, had_scheme) = match t.find("://") {
        Some(i) => (&t[i + 3..], true),
        None => (t, false),
    };
    let t = t.split(['/', '?', '#']).next().unwrap_or("");
    let t = t.rsplit('@').next().unwrap_or(t);
    let host = if let Some(rest) = t.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        t.split(':').next().unwrap_or("")
    };
    let ok = !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || "-._:".contains(c)) && (had_scheme || host.contains('.') || host == "localhost");
    ok.then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://user:pw@Example.COM:8443/x?y").as_deref(), Some("example.com"));
        assert_eq!(host_of("git@github.com:o/r.git").as_deref(), Some("github.com"));
        assert_eq!(host_of("10.0.0.1:4444").as_deref(), Some("10.0.0.1"));
        assert_eq!(host_of("http://[::1]:80/").as_deref(), Some("::1"));
        assert_eq!(host_of("$HOST"), None);
        assert_eq!(host_of("origin"), None);
        assert!(host_allowed("*.crates.io", "static.crates.io"));
        assert!(!host_allowed("*.crates.io", "crates.io"));
        assert!(!host_allowed("*.crates.io", "evilcrates.io"));
        assert!(host_allowed("github.com", "GitHub.com"));
        assert!(host_pattern_covers("*.example.com", "a.example.com"));
        assert!(host_pattern_covers("*.example.com", "*.a.example.com"));
        assert!(!host_pattern_covers("a.example.com", "*.example.com"));
    }

    fn item<T>(value: T) -> Item<T> {
        Item { value, span: 0..1 }
    }

    #[test]
    fn a_host_relisted_by_an_untrusted_layer_keeps_its_source() {
        let mut eff = EffectiveSettings::default();
        let mut notes = Vec::new();
        let user = Settings { network_allow: Some(item(vec![item("github.com".to_string()), item("crates.io".to_string())])), ..Settings::default() };
        apply(&mut eff, &user, &Source { file: "u.toml", src: "x", layer: Layer::User, loosen: true }, &mut notes);
        let project = Settings { network_allow: Some(item(vec![item("github.com".to_string())])), ..Settings::default() };
        apply(&mut eff, &project, &Source { file: "p.toml", src: "x", layer: Layer::Project, loosen: false }, &mut notes);
        let list = eff.network_allow.as_ref().map(|l| l.iter().map(|s| (s.value.as_str(), s.layer, s.file.as_str())).collect::<Vec<_>>());
        assert_eq!(list, Some(vec![("github.com", Layer::User, "u.toml")]));
    }

    #[test]
    fn untrusted_layers_only_tighten() {
        let mut eff = EffectiveSettings::default();
        let mut notes = Vec::new();
        let user = Settings { network_allow: Some(item(vec![item("github.com".to_string()), item("*.crates.io".to_string())])), writable_roots: vec![item("~/.cache".into())], ..Settings::default() };
        apply(&mut eff, &user, &Source { file: "u.toml", src: "x", layer: Layer::User, loosen: true }, &mut notes);
        let project = Settings {
            mode: Some(item(Mode::Strict)),
            writable_roots: vec![item("/".into()), item("~/.cache".into())],
            network_allow: Some(item(vec![item("evil.example".to_string()), item("index.crates.io".to_string())])),
            protected_paths: vec![item("secrets/**".into())],
            trusted_projects: vec![item("/".into())],
            ruleset: Some(item("default".into())),
        };
        apply(&mut eff, &project, &Source { file: "p.toml", src: "x", layer: Layer::Project, loosen: false }, &mut notes);
        assert_eq!(eff.mode(), Some(Mode::Strict));
        assert_eq!(eff.writable_roots.iter().map(|s| s.value.as_str()).collect::<Vec<_>>(), ["~/.cache"]);
        assert_eq!(eff.network_allow.as_ref().map(|l| l.iter().map(|s| s.value.as_str()).collect::<Vec<_>>()), Some(vec!["index.crates.io"]));
        assert_eq!(eff.protected_paths.len(), 1);
        assert!(eff.trusted_projects.is_empty());
        let msgs: Vec<&str> = notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(msgs.len(), 4, "{msgs:?}");
        assert!(msgs[0].contains("writable root `/`") && msgs[1].contains("`evil.example`") && msgs[2].contains("ruleset") && msgs[3].contains("trusted project"), "{msgs:?}");
        // A laxer mode from an untrusted layer is ignored.
        apply(&mut eff, &Settings { mode: Some(item(Mode::Default)), ..Settings::default() }, &Source { file: "p.toml", src: "x", layer: Layer::Project, loosen: false }, &mut notes);
        assert_eq!(eff.mode(), Some(Mode::Strict));
        assert!(notes.last().is_some_and(|n| n.message.contains("loosen")));
        // strict and afk do not tighten each other.
        apply(&mut eff, &Settings { mode: Some(item(Mode::Afk)), ..Settings::default() }, &Source { file: "p.toml", src: "x", layer: Layer::Project, loosen: false }, &mut notes);
        assert_eq!(eff.mode(), Some(Mode::Strict));
        assert!(tightens(Mode::Default, Mode::Afk) && !tightens(Mode::Afk, Mode::Strict));
    }
}
