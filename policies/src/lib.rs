//! hardshell's built-in rulesets, embedded as TOML text (data only; the engine parses them).
//!
//! Select one by name with [`builtin`]; [`NAMES`] lists them. The `default` ruleset is what
//! `hardshell check` uses on a fresh machine with no configuration.
#![forbid(unsafe_code)]

/// The default ruleset: LOW allows, MEDIUM asks, HIGH denies, plus named deny/ask/allow rules.
pub const DEFAULT: &str = include_str!("../default.toml");

/// Names of the built-in rulesets.
pub const NAMES: &[&str] = &["default"];

/// The TOML text of a built-in ruleset, by name.
pub fn builtin(name: &str) -> Option<&'static str> {
    match name {
        "default" => Some(DEFAULT),
        _ => None,
    }
}
