//! Secret redaction for anything written to the audit log.
//!
//! Best effort, by shape: well-known token formats (GitHub, OpenAI / Anthropic `sk-`, AWS access
//! key ids, Slack, GitLab, Google, npm), `Authorization:` / `Bearer` headers, URL user:password,
//! `NAME=value` where the name says password / token / secret / key / credentials, long options
//! such as `--password=...` / `--token ...`, `mysql -pSECRET`, `sshpass -p`, `curl -u user:pass`,
//! JSON `"password": "..."` and private key blocks. Each secret becomes `[REDACTED]`; the text
//! around it stays so a person can still read what ran. A secret in a shape not listed here is
//! not caught: the log is not a place to put secrets in the first place.

use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// One redaction: its pattern and replacement, the lowercase needles at least one of which a
/// text must contain for the pattern to be worth compiling and running at all, and the ones it
/// must contain all of (every match has them: `@` in a URL with credentials).
struct Rule {
    needles: &'static [&'static str],
    all: &'static [&'static str],
    pattern: &'static str,
    replacement: &'static str,
}

const fn rule(needles: &'static [&'static str], pattern: &'static str, replacement: &'static str) -> Rule {
    Rule { needles, all: &[], pattern, replacement }
}

const fn rule_all(needles: &'static [&'static str], all: &'static [&'static str], pattern: &'static str, replacement: &'static str) -> Rule {
    Rule { needles, all, pattern, replacement }
}

/// Words that name a secret in a variable or an option.
const SECRET_WORDS: &[&str] = &["pass", "token", "secret", "key", "credential", "auth", "pat", "pwd"];

/// In order: whole headers before the tokens inside them.
const RULES: &[Rule] = &[
    rule(&["private key-----"], r"(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\z)", "[REDACTED PRIVATE KEY]"),
    rule(&["authorization", "api-key", "auth-token", "cookie"], r#"(?i)\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|cookie)(\s*:\s*)[^'"\n]+"#, "$1$2[REDACTED]"),
    rule(&["bearer", "token"], r"(?i)\b(bearer|token)(\s+)[A-Za-z0-9._~+/=-]{12,}", "$1$2[REDACTED]"),
    rule(&["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], r"\b(gh[pousr]_)[A-Za-z0-9]{20,}", "${1}[REDACTED]"),
    rule(&["github_pat_"], r"\b(github_pat_)[A-Za-z0-9_]{20,}", "${1}[REDACTED]"),
    rule(&["sk-"], r"\b(sk-)[A-Za-z0-9_-]{16,}", "${1}[REDACTED]"),
    rule(&["akia", "asia"], r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", "[REDACTED]"),
    rule(&["xox"], r"\b(xox[abposr]-)[A-Za-z0-9-]{10,}", "${1}[REDACTED]"),
    rule(&["glpat-"], r"\b(glpat-)[A-Za-z0-9_-]{20,}", "${1}[REDACTED]"),
    rule(&["aiza"], r"\bAIza[0-9A-Za-z_-]{35}", "[REDACTED]"),
    rule(&["npm_"], r"\b(npm_)[A-Za-z0-9]{36}", "${1}[REDACTED]"),
    rule_all(&["://"], &["@"], r#"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'"]*):[^@/\s'"]+@"#, "$1:[REDACTED]@"),
    rule_all(
        SECRET_WORDS,
        &["="],
        r#"(?i)(^|[\s;&|(){}`"'=?])((?:[A-Za-z0-9]+_)*(?:[A-Za-z0-9]*(?:PASSWORD|PASSWD|PASSPHRASE|TOKEN|SECRET)|APIKEY|KEY|PASS|CREDENTIALS?|AUTH|PAT)(?:_[A-Za-z0-9]+)*|MYSQL_PWD)=("[^"]*"|'[^']*'|[^\s;&|'"]+)"#,
        "$1$2=[REDACTED]",
    ),
    rule_all(SECRET_WORDS, &["\"", ":"], r#"(?i)("(?:password|passwd|secret|token|api_?key|access_?token|client_secret)"\s*:\s*)"[^"]*""#, "$1\"[REDACTED]\""),
    rule_all(
        SECRET_WORDS,
        &["--"],
        r#"(?i)(--(?:[a-z0-9]+-)*(?:password|passwd|passphrase|token|secret|api-?key|access-key|secret-key|auth)(?:=|\s+))("[^"]*"|'[^']*'|[^\s;&|]+)"#,
        "$1[REDACTED]",
    ),
    rule(&["mysql", "mariadb"], r"\b((?i:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mariadb|mariadb-dump)\b[^\n;&|]*?\s-p)[^\s;&|]+", "$1[REDACTED]"),
    rule(&["sshpass"], r"\b(sshpass\b[^\n;&|]*?\s-p\s*)[^\s;&|]+", "$1[REDACTED]"),
    rule_all(&["-u", "--user"], &[":"], r#"(\s(?:-u\s*|--user(?:=|\s+))['"]?[^:\s'"]+:)[^\s'"]+"#, "$1[REDACTED]"),
];

/// Each rule's regex, compiled the first time a text has one of its needles (most commands have
/// none, so a hook pays for no regex compilation at all). `None`: it does not compile (a bug the
/// unit tests catch).
static COMPILED: [OnceLock<Option<Regex>>; RULES.len()] = [const { OnceLock::new() }; RULES.len()];

/// `text` with every secret this module knows the shape of replaced by `[REDACTED]`.
pub fn redact(text: &str) -> Cow<'_, str> {
    let lower = text.to_ascii_lowercase();
    let mut out = Cow::Borrowed(text);
    for (rule, compiled) in RULES.iter().zip(COMPILED.iter()) {
        if !rule.needles.iter().any(|n| lower.contains(n)) || !rule.all.iter().all(|n| lower.contains(n)) {
            continue;
        }
        let Some(re) = compiled.get_or_init(|| Regex::new(rule.pattern).ok()) else {
            continue;
        };
        if let Cow::Owned(s) = re.replace_all(&out, rule.replacement) {
            out = Cow::Owned(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        for r in RULES {
            assert!(Regex::new(r.pattern).is_ok(), "{}", r.pattern);
            assert!(r.needles.iter().all(|n| *n == n.to_ascii_lowercase()), "needles must be lowercase: {:?}", r.needles);
        }
    }

    #[test]
    fn secrets_are_redacted() {
        let cases = [
            ("git clone https://ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/x/y", "ghp_abcdefghijklmnop"),
            ("gh auth login --with-token github_pat_11ABCDEFG0123456789_abcdefghijklmnop", "github_pat_11ABCDEFG"),
            ("OPENAI_API_KEY=sk-proj-abcdefghijklmnop1234 python x.py", "abcdefghijklmnop1234"),
            ("curl -H 'x' https://a/?k=sk-ant-api03-abcdefghijklmnopqrstu", "abcdefghijklmnopqrstu"),
            ("aws s3 ls # AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
            ("curl -d token=xoxb-1234567890-abcdefghij https://slack.com/api", "xoxb-1234567890-abcdefghij"),
            ("curl -H 'Authorization: Bearer eyJhbGciOi.abc.def' https://api", "eyJhbGciOi"),
            ("curl -H \"Authorization: token s3cr3t-value\" x", "s3cr3t-value"),
            ("mysql -u root -phunter2 db", "hunter2"),
            ("mysqldump --password=hunter2 db", "hunter2"),
            ("PGPASSWORD=hunter2 psql -h db", "hunter2"),
            ("export GITHUB_TOKEN=abc123def456", "abc123def456"),
            ("SECRET='two words' ./deploy", "two words"),
            ("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG ./x", "wJalrXUtnFEMI"),
            ("KEY=value1234 make", "value1234"),
            ("git push https://bob:hunter2@example.com/repo.git", "hunter2"),
            ("psql postgres://app:pa55word@db:5432/x", "pa55word"),
            ("curl -u alice:hunter2 https://x", "hunter2"),
            ("sshpass -p hunter2 ssh host", "hunter2"),
            ("tool --api-key abcdef123456 run", "abcdef123456"),
            ("echo '{\"password\": \"hunter2\"}' > c.json", "hunter2"),
            ("cat <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----\nEOF", "b3BlbnNzaC1rZXktdjEAAAA"),
        ];
        for (input, secret) in cases {
            let out = redact(input);
            assert!(!out.contains(secret), "{input:?} -> {out:?}");
            assert!(out.contains("[REDACTED"), "{input:?} -> {out:?}");
        }
    }

    #[test]
    fn ordinary_commands_are_untouched() {
        for cmd in ["git status", "sort --key=2 -u file", "mysql -P 3306 -p db", "ls -la ~/.ssh", "cargo test -p hardshell", "grep -r token src/", "echo $HOME"] {
            assert_eq!(redact(cmd), cmd);
        }
    }
}
