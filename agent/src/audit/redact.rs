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
use std::sync::LazyLock;

/// (pattern, replacement). Order matters: whole headers before the tokens inside them.
const RULES: &[(&str, &str)] = &[
    (r"(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\z)", "[REDACTED PRIVATE KEY]"),
    (r#"(?i)\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|cookie)(\s*:\s*)[^'"\n]+"#, "$1$2[REDACTED]"),
    (r"(?i)\b(bearer|token)(\s+)[A-Za-z0-9._~+/=-]{12,}", "$1$2[REDACTED]"),
    (r"\b(gh[pousr]_)[A-Za-z0-9]{20,}", "${1}[REDACTED]"),
    (r"\b(github_pat_)[A-Za-z0-9_]{20,}", "${1}[REDACTED]"),
    (r"\b(sk-)[A-Za-z0-9_-]{16,}", "${1}[REDACTED]"),
    (r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", "[REDACTED]"),
    (r"\b(xox[abposr]-)[A-Za-z0-9-]{10,}", "${1}[REDACTED]"),
    (r"\b(glpat-)[A-Za-z0-9_-]{20,}", "${1}[REDACTED]"),
    (r"\bAIza[0-9A-Za-z_-]{35}", "[REDACTED]"),
    (r"\b(npm_)[A-Za-z0-9]{36}", "${1}[REDACTED]"),
    (r#"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'"]*):[^@/\s'"]+@"#, "$1:[REDACTED]@"),
    (
        r#"(?i)(^|[\s;&|(){}`"'=?])((?:[A-Za-z0-9]+_)*(?:[A-Za-z0-9]*(?:PASSWORD|PASSWD|PASSPHRASE|TOKEN|SECRET)|APIKEY|KEY|PASS|CREDENTIALS?|AUTH|PAT)(?:_[A-Za-z0-9]+)*|MYSQL_PWD)=("[^"]*"|'[^']*'|[^\s;&|'"]+)"#,
        "$1$2=[REDACTED]",
    ),
    (r#"(?i)("(?:password|passwd|secret|token|api_?key|access_?token|client_secret)"\s*:\s*)"[^"]*""#, "$1\"[REDACTED]\""),
    (
        r#"(?i)(--(?:[a-z0-9]+-)*(?:password|passwd|passphrase|token|secret|api-?key|access-key|secret-key|auth)(?:=|\s+))("[^"]*"|'[^']*'|[^\s;&|]+)"#,
        "$1[REDACTED]",
    ),
    (r"\b((?i:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mariadb|mariadb-dump)\b[^\n;&|]*?\s-p)[^\s;&|]+", "$1[REDACTED]"),
    (r"\b(sshpass\b[^\n;&|]*?\s-p\s*)[^\s;&|]+", "$1[REDACTED]"),
    (r#"(\s(?:-u\s*|--user(?:=|\s+))['"]?[^:\s'"]+:)[^\s'"]+"#, "$1[REDACTED]"),
];

static COMPILED: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| RULES.iter().filter_map(|(p, r)| Regex::new(p).ok().map(|re| (re, *r))).collect());

/// `text` with every secret this module knows the shape of replaced by `[REDACTED]`.
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    for (re, rep) in COMPILED.iter() {
        if let Cow::Owned(s) = re.replace_all(&out, *rep) {
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
        assert_eq!(COMPILED.len(), RULES.len());
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
