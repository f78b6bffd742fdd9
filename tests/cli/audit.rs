//! The audit log end to end: concurrent appends from many processes stay one valid chain, and
//! `hardshell audit verify` names the first bad line for every kind of tampering (exit 30), a
//! torn tail (exit 31) and its repair by the next append.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "tests: a failed expectation is a failed test")]

#[path = "hookkit.rs"]
mod hookkit;

use hookkit::{text, Env};
use serde_json::Value;

/// Fills the log with `calls` hook decisions (two records each: context_loaded, verdict).
fn filled(calls: usize) -> Env {
    let env = Env::new();
    for i in 0..calls {
        let o = env.hook("claude", &env.event_bytes("claude_bash", &format!("ls dir{i}")));
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    }
    // Each hook's flush child moves the anchor after the hook exits: wait for the last one, so
    // that the tests below tamper with a settled log.
    assert_eq!(env.anchor_reaches(calls as u64 * 2), Some(calls as u64 * 2));
    assert_eq!(env.verify().0, 0);
    env
}

fn lines(env: &Env) -> Vec<String> {
    std::fs::read_to_string(env.audit_path()).expect("log").lines().map(str::to_string).collect()
}

fn write_lines(env: &Env, lines: &[String]) {
    std::fs::write(env.audit_path(), lines.iter().map(|l| format!("{l}\n")).collect::<String>()).expect("write log");
}

/// Verify must exit 30 and name `line` with `kind`.
fn broken_at(env: &Env, line: u64, kind: &str) -> Value {
    let (code, report) = env.verify();
    assert_eq!(code, 30, "{report}");
    assert_eq!(report["problem"]["line"], line, "{report}");
    assert_eq!(report["problem"]["kind"], kind, "{report}");
    report
}

#[test]
fn concurrent_appends_from_many_processes_form_one_chain() {
    let env = Env::new();
    let (procs, calls) = (8, 6);
    std::thread::scope(|s| {
        for p in 0..procs {
            let env = &env;
            s.spawn(move || {
                for c in 0..calls {
                    let o = env.hook("codex", &env.event_bytes("codex_bash", &format!("cat p{p}c{c}.txt")));
                    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
                    assert!(!text(&o.stderr).contains("audit"), "{}", text(&o.stderr));
                }
            });
        }
    });
    // The last hooks' flush children may still be syncing: the anchor lags until they are done.
    assert_eq!(env.anchor_reaches(procs * calls * 2), Some(procs * calls * 2));
    let (code, report) = env.verify();
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["records"], procs * calls * 2);
    assert_eq!(report["anchor"]["status"], "matches");
    let records = env.records();
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["seq"], i as u64 + 1);
    }
    // Each process's two records are adjacent: an append is one locked write.
    for pair in records.chunks(2) {
        assert_eq!((pair[0]["kind"].as_str(), pair[1]["kind"].as_str()), (Some("context_loaded"), Some("verdict")));
    }
}

#[test]
fn an_edited_record_is_named() {
    let env = filled(3);
    let mut l = lines(&env);
    l[3] = l[3].replace("\"decision\":\"allow\"", "\"decision\":\"deny\"");
    write_lines(&env, &l);
    broken_at(&env, 4, "edited");
}

#[test]
fn an_edit_that_breaks_the_json_is_named() {
    let env = filled(3);
    let mut l = lines(&env);
    l[2].truncate(40);
    write_lines(&env, &l);
    broken_at(&env, 3, "unreadable");
}

#[test]
fn a_record_rewritten_with_a_recomputed_hash_breaks_the_next_link() {
    let env = filled(3);
    let mut l = lines(&env);
    let mut v: Value = serde_json::from_str(&l[3]).expect("json");
    v["decision"] = Value::from("deny");
    let map = v.as_object_mut().expect("object");
    map.remove("hash");
    // The forger knows the format: canonical JSON (serde_json's map is sorted), SHA-256.
    let canonical = serde_json::to_string(&v).expect("encode");
    let hash = sha256_hex(canonical.as_bytes());
    v["hash"] = Value::from(hash);
    l[3] = serde_json::to_string(&v).expect("encode");
    write_lines(&env, &l);
    broken_at(&env, 5, "unchained");
}

#[test]
fn a_deleted_record_is_named() {
    let env = filled(3);
    let mut l = lines(&env);
    l.remove(2);
    write_lines(&env, &l);
    let report = broken_at(&env, 3, "deleted");
    assert_eq!(report["records"], 2);
}

#[test]
fn reordered_records_are_named() {
    let env = filled(3);
    let mut l = lines(&env);
    l.swap(2, 3);
    write_lines(&env, &l);
    broken_at(&env, 3, "reordered");
    let env = filled(3);
    let mut l = lines(&env);
    l.swap(4, 1);
    write_lines(&env, &l);
    broken_at(&env, 2, "reordered");
}

#[test]
fn an_inserted_copy_is_named() {
    let env = filled(3);
    let mut l = lines(&env);
    let copy = l[1].clone();
    l.insert(2, copy);
    write_lines(&env, &l);
    broken_at(&env, 3, "reordered");
}

#[test]
fn deleting_the_last_records_is_caught_by_the_anchor_unless_it_is_deleted_too() {
    let env = filled(3);
    let mut l = lines(&env);
    l.truncate(4);
    write_lines(&env, &l);
    let (code, report) = env.verify();
    assert_eq!(code, 30, "{report}");
    assert_eq!(report["problem"], Value::Null);
    assert_eq!(report["anchor"]["status"], "mismatch", "{report}");
    // The documented limit: whoever also deletes the anchor is not detected here.
    std::fs::remove_file(env.audit_path().with_extension("head")).expect("rm anchor");
    let (code, report) = env.verify();
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["anchor"]["status"], "missing");
    let o = env.run(&["audit", "verify"], b"");
    assert!(text(&o.stdout).contains("MISSING"), "{}", text(&o.stdout));
}

#[test]
fn a_torn_tail_is_reported_then_repaired_by_the_next_append() {
    let env = filled(2);
    let mut bytes = std::fs::read(env.audit_path()).expect("log");
    let last_line_start = bytes[..bytes.len() - 1].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    // An append that died halfway: the first half of a copy of the last line, no newline.
    let half: Vec<u8> = bytes[last_line_start..last_line_start + 60].to_vec();
    bytes.extend_from_slice(&half);
    std::fs::write(env.audit_path(), &bytes).expect("write");
    let (code, report) = env.verify();
    assert_eq!(code, 31, "{report}");
    assert_eq!(report["torn_tail"]["line"], 5, "{report}");
    assert_eq!(report["records"], 4);
    // The next append keeps the fragment, describes it, and chains after the last intact record.
    let o = env.hook("claude", &env.event_bytes("claude_bash", "ls again"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let (code, report) = env.verify();
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["repaired"][0]["line"], 5, "{report}");
    assert_eq!(report["records"], 7);
    let after: Vec<String> = lines(&env);
    assert_eq!(after[4].as_bytes(), &half[..], "the fragment is kept as it was");
    let torn: Value = serde_json::from_str(&after[5]).expect("json");
    assert_eq!((torn["kind"].as_str(), torn["seq"].as_u64(), torn["lines"].as_u64()), (Some("torn_tail"), Some(5), Some(1)));
    assert_eq!(torn["bytes"], 60);
}

#[test]
fn a_torn_line_that_the_torn_tail_record_does_not_describe_is_named() {
    let env = filled(2);
    let mut bytes = std::fs::read(env.audit_path()).expect("log");
    bytes.extend_from_slice(b"{\"kind\":\"verd");
    std::fs::write(env.audit_path(), &bytes).expect("write");
    let o = env.hook("claude", &env.event_bytes("claude_bash", "ls again"));
    assert_eq!(o.status.code(), Some(0));
    let mut l = lines(&env);
    l[4] = "{\"kind\":\"verX".into();
    write_lines(&env, &l);
    broken_at(&env, 5, "unreadable");
}

#[test]
fn a_forged_torn_tail_record_with_absurd_counts_is_named_not_a_crash() {
    let env = filled(2);
    let mut l = lines(&env);
    l.push("{\"kind\":\"verd".into());
    l.push(format!("{{\"bytes\":1,\"kind\":\"torn_tail\",\"line\":5,\"lines\":{},\"sha256\":\"00\"}}", u64::MAX));
    write_lines(&env, &l);
    broken_at(&env, 5, "unreadable");
}

#[test]
fn append_refuses_to_chain_onto_an_edited_last_record_but_the_hook_still_answers() {
    let env = filled(2);
    let mut l = lines(&env);
    let last = l.len() - 1;
    l[last] = l[last].replace("\"risk\":\"LOW\"", "\"risk\":\"HIGH\"");
    write_lines(&env, &l);
    let o = env.hook("claude", &env.event_bytes("claude_bash", "sort --compress-program=sh x"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let answer: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(answer["hookSpecificOutput"]["permissionDecision"], "deny");
    assert!(answer["systemMessage"].as_str().is_some_and(|m| m.contains("nothing was appended")), "{answer}");
    assert_eq!(lines(&env).len(), 4, "nothing appended to a broken chain");
    broken_at(&env, 4, "edited");
}

#[test]
fn verify_of_a_missing_log_is_an_io_error_and_the_log_is_private() {
    let env = Env::new();
    let o = env.run(&["audit", "verify"], b"");
    assert_eq!(o.status.code(), Some(74), "{}", text(&o.stderr));
    let env = filled(1);
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&env.audit_path()), 0o600);
    assert_eq!(mode(env.audit_path().parent().expect("dir")), 0o700);
    assert_eq!(mode(&env.audit_path().with_extension("head")), 0o600);
}

fn sha256_hex(bytes: &[u8]) -> String {
    // Shell out to a tool the tests already rely on (coreutils), to stay independent of the
    // implementation under test.
    let mut child = std::process::Command::new("sha256sum").stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().expect("sha256sum");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), bytes).expect("write");
    let out = child.wait_with_output().expect("wait");
    text(&out.stdout).split_whitespace().next().expect("digest").to_string()
}
