//! hardshell's built-in rulesets, embedded as TOML text (data only; the engine parses them).
//!
//! A ruleset is one or more files applied in order as the built-in layer: `default` is
//! default.toml; `strict` and `ci` are default.toml followed by strict.toml / ci.toml, which
//! change the mode and add rules. Select one by name with [`ruleset`]; [`NAMES`] lists them. The
//! `default` ruleset is what `hardshell check` uses on a fresh machine with no configuration.
#![forbid(unsafe_code)]

/// The default ruleset: LOW allows, MEDIUM asks, HIGH denies, plus named deny/ask/allow rules.
pub const DEFAULT: &str = include_str!("../default.toml");

/// Over the default: only provably read-only (LOW) commands run without a person.
pub const STRICT: &str = include_str!("../strict.toml");

/// Over the default: nobody to ask (ask becomes deny), and programs that wait for a terminal are
/// denied.
pub const CI: &str = include_str!("../ci.toml");

/// Names of the built-in rulesets.
pub const NAMES: &[&str] = &["default", "strict", "ci"];

/// One embedded file: the name shown in messages, and its text.
pub type File = (&'static str, &'static str);

const DEFAULT_FILES: &[File] = &[("<builtin>/default.toml", DEFAULT)];
const STRICT_FILES: &[File] = &[("<builtin>/default.toml", DEFAULT), ("<builtin>/strict.toml", STRICT)];
const CI_FILES: &[File] = &[("<builtin>/default.toml", DEFAULT), ("<builtin>/ci.toml", CI)];

/// The files of a built-in ruleset, in the order they apply.
pub fn ruleset(name: &str) -> Option<&'static [File]> {
    match name {
        "default" => Some(DEFAULT_FILES),
        "strict" => Some(STRICT_FILES),
        "ci" => Some(CI_FILES),
        _ => None,
    }
}

/// The TOML text of a ruleset's own file, by name (`strict` is strict.toml alone).
pub fn builtin(name: &str) -> Option<&'static str> {
    ruleset(name).and_then(|files| files.last()).map(|(_, text)| *text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_has_files_and_each_starts_from_the_default() {
        for name in NAMES {
            let files = ruleset(name).unwrap_or_default();
            assert_eq!(files.first().map(|f| f.1), Some(DEFAULT), "{name}");
            assert!(builtin(name).is_some_and(|t| !t.is_empty()), "{name}");
        }
        assert!(ruleset("yolo").is_none());
    }
}
