//! Diagnostics about policy files: one type for load errors, lint findings and layering notes,
//! rendered rustc / cedar style with the file, line, column and a caret under the span:
//!
//! ```text
//! error[bad-regex]: rule `db.drop`: bad regex `(`: unclosed group
//!  --> policy.toml:5:9
//!   |
//! 5 | regex = '('
//!   |         ^^^
//!   = help: regex syntax: https://docs.rs/regex/latest/regex/#syntax
//! ```

use serde::Serialize;
use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::ops::Range;

/// How bad a diagnostic is. Errors stop a policy from loading; warnings and notes do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing to say about a policy file, pointing at a span of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case code (`bad-regex`, `duplicate-id`, `shadowed` ...).
    pub code: &'static str,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Byte range in the file's text.
    #[serde(skip)]
    pub span: Range<usize>,
    /// The rule the diagnostic is about, if any.
    pub rule: Option<String>,
    /// Extra lines: `note: ...` or `help: ...`.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub(crate) fn new(severity: Severity, code: &'static str, message: String, file: &str, src: &str, mut span: Range<usize>) -> Diagnostic {
        // An error at the very end of a file that ends in a newline: point at the last line's end.
        if span.start >= src.len() && src.ends_with('\n') {
            span = src.len() - 1..src.len() - 1;
        }
        let (line, column) = line_col(src, span.start);
        Diagnostic { severity, code, message, file: file.to_string(), line, column, span, rule: None, notes: Vec::new() }
    }

    pub(crate) fn error(code: &'static str, message: String, file: &str, src: &str, span: Range<usize>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message, file, src, span)
    }

    pub(crate) fn warning(code: &'static str, message: String, file: &str, src: &str, span: Range<usize>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message, file, src, span)
    }

    pub(crate) fn rule(mut self, id: &str) -> Diagnostic {
        self.rule = Some(id.to_string());
        self
    }

    pub(crate) fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// The rustc-style rendering: header, location, the source line with a caret under the span,
    /// then notes. `src` must be the text the diagnostic was made from. Control characters from
    /// the file are escaped ([`Diagnostic::escape`]); the caret line reuses the source line's
    /// tabs, so the caret sits under the span however tabs are shown.
    pub fn render(&self, src: &str) -> String {
        let mut out = String::new();
        let what = match &self.rule {
            Some(id) => format!("rule `{id}`: {}", self.message),
            None => self.message.clone(),
        };
        let _ = writeln!(out, "{}[{}]: {}", self.severity.as_str(), self.code, escape(&what));
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        let _ = writeln!(out, "{pad}--> {}:{}:{}", escape(&self.file), self.line, self.column);
        if let Some(text) = src.split('\n').nth(self.line.saturating_sub(1)) {
            let text = text.strip_suffix('\r').unwrap_or(text);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{} | {}", self.line, escape_keep_tabs(text));
            // The caret line: the line up to the span, with tabs kept and everything else a space.
            let start: String = text.chars().take(self.column.saturating_sub(1)).collect();
            let indent: String = escape_keep_tabs(&start).chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            let rest: String = text.chars().skip(self.column.saturating_sub(1)).collect();
            // The span may run past the line (a multi-line table): underline to the line's end.
            let span_chars = src.get(self.span.clone()).map(|s| s.split('\n').next().unwrap_or("").chars().count()).unwrap_or(1);
            let shown: usize = rest.chars().take(span_chars.max(1)).map(|c| escape_keep_tabs(&c.to_string()).chars().count()).sum();
            let _ = writeln!(out, "{pad} | {indent}{}", "^".repeat(shown.max(1)));
        }
        for n in &self.notes {
            let _ = writeln!(out, "{pad} = {}", escape(n));
        }
        out
    }

    /// Text from a policy file as every human-readable rendering shows it: control characters
    /// (and bidirectional overrides) escaped, so a file cannot drive the terminal
    /// (`\u{1b}[2K`, `\r`). JSON output needs no escaping: serde escapes control characters.
    pub fn escape(text: &str) -> Cow<'_, str> {
        escape(text)
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `file:line:column: severity[code]: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}[{}]: ", escape(&self.file), self.line, self.column, self.severity.as_str(), self.code)?;
        if let Some(id) = &self.rule {
            write!(f, "rule `{}`: ", escape(id))?;
        }
        f.write_str(&escape(&self.message))
    }
}

fn unsafe_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Escapes control characters (tabs and newlines too) and bidirectional overrides as `\u{..}`.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    escape_but(text, |_| false)
}

/// [`escape`], keeping tabs (source lines).
fn escape_keep_tabs(text: &str) -> Cow<'_, str> {
    escape_but(text, |c| c == '\t')
}

fn escape_but(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| unsafe_char(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if unsafe_char(c) && !keep(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect())
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let upto = &src[..at];
    let line = upto.matches('\n').count() + 1;
    let column = upto.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_sits_under_the_span() {
        let src = "[[rule]]\nregex = '('\n";
        let d = Diagnostic::error("bad-regex", "bad regex".into(), "p.toml", src, 17..20).rule("x");
        let text = d.render(src);
        assert_eq!(text, "error[bad-regex]: rule `x`: bad regex\n --> p.toml:2:9\n  |\n2 | regex = '('\n  |         ^^^\n");
        assert_eq!(d.to_string(), "p.toml:2:9: error[bad-regex]: rule `x`: bad regex");
    }

    #[test]
    fn line_col_counts_characters_and_survives_bad_offsets() {
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("é=1", 2), (1, 2));
        assert_eq!(line_col("x", 99), (1, 2));
        assert_eq!(line_col("é", 1), (1, 1));
    }
}
