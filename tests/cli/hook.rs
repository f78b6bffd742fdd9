//! `hardshell hook claude|gemini|codex` end to end: real-shaped events on stdin (fixtures in
//! `fixtures/hooks/`), the exact answer on stdout and the exit code each agent acts on. Every
//! failure must be exit 2 (the only code these agents treat as a refusal besides a JSON deny).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "tests: a failed expectation is a failed test")]

#[path = "hookkit.rs"]
mod hookkit;

use hookkit::{json, text, Env};
use serde_json::{json, Value};
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

const ALLOW_CMD: &str = "ls -la";
const ALLOW_WHY: &str = "hardshell: ALLOW (LOW risk): effects.read_only: `ls` only reads";
const ASK_CMD: &str = "curl https://example.com/data.json";
const ASK_WHY: &str = "hardshell: ASK (MEDIUM risk): network: reaches the network: `https://example.com/data.json`";
const DENY_CMD: &str = "sort --compress-program=sh x";
const DENY_WHY: &str = "hardshell: DENY (HIGH risk): escape.exec: runs an arbitrary command: sort --compress-program = `sh`";
const CODEX_ASK_TAIL: &str = ". A person must approve this command and Codex hooks cannot ask, so hardshell refuses it: run it yourself if you want it, or allow it with a rule in ~/.config/hardshell/policy.toml";

fn claude(decision: &str, why: &str) -> Value {
    json!({"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": decision, "permissionDecisionReason": why}})
}

fn codex_deny(why: &str) -> Value {
    json!({"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": why}})
}

/// Exit 0 and exactly `expected` on stdout.
fn answers(o: &std::process::Output, expected: &Value) {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
    assert_eq!(&json(o), expected);
}

/// Exit 2, nothing on stdout, `needle` in the reason on stderr.
fn refused(o: &std::process::Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stdout: {} stderr: {}", text(&o.stdout), text(&o.stderr));
    assert!(o.stdout.is_empty(), "stdout: {}", text(&o.stdout));
    let err = text(&o.stderr);
    assert!(err.contains(needle) && err.contains("refused"), "stderr: {err}");
}

#[test]
fn claude_allow_ask_deny() {
    let env = Env::new();
    answers(&env.hook("claude", &env.event_bytes("claude_bash", ALLOW_CMD)), &claude("allow", ALLOW_WHY));
    answers(&env.hook("claude", &env.event_bytes("claude_bash", ASK_CMD)), &claude("ask", ASK_WHY));
    answers(&env.hook("claude", &env.event_bytes("claude_bash", DENY_CMD)), &claude("deny", DENY_WHY));
}

#[test]
fn gemini_allow_ask_deny() {
    let env = Env::new();
    answers(&env.hook("gemini", &env.event_bytes("gemini_shell", ALLOW_CMD)), &json!({"decision": "allow"}));
    answers(&env.hook("gemini", &env.event_bytes("gemini_shell", ASK_CMD)), &json!({"decision": "ask", "reason": ASK_WHY, "systemMessage": ASK_WHY}));
    answers(&env.hook("gemini", &env.event_bytes("gemini_shell", DENY_CMD)), &json!({"decision": "deny", "reason": DENY_WHY}));
}

#[test]
fn codex_allow_is_silent_and_ask_becomes_deny() {
    let env = Env::new();
    let o = env.hook("codex", &env.event_bytes("codex_bash", ALLOW_CMD));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty(), "Codex reports `allow` without updatedInput as unsupported: {}", text(&o.stdout));
    answers(&env.hook("codex", &env.event_bytes("codex_bash", ASK_CMD)), &codex_deny(&format!("{ASK_WHY}{CODEX_ASK_TAIL}")));
    answers(&env.hook("codex", &env.event_bytes("codex_bash", DENY_CMD)), &codex_deny(DENY_WHY));
    // The log keeps what hardshell decided and what Codex was told.
    let verdicts: Vec<Value> = env.records().into_iter().filter(|r| r["kind"] == "verdict").collect();
    assert_eq!(verdicts[1]["decision"], "ask");
    assert_eq!(verdicts[1]["answered"], "deny");
}

#[test]
fn other_tools_pass_through_untouched_and_unrecorded() {
    let env = Env::new();
    for (agent, fixture) in [("claude", "claude_write"), ("gemini", "gemini_read_file"), ("codex", "codex_apply_patch")] {
        let o = env.hook(agent, &serde_json::to_vec(&env.event(fixture, None)).expect("encode"));
        assert_eq!(o.status.code(), Some(0), "{agent}: {}", text(&o.stderr));
        assert!(o.stdout.is_empty(), "{agent}: {}", text(&o.stdout));
    }
    assert!(env.records().is_empty());
}

#[test]
fn malformed_json_empty_stdin_and_non_object_are_refused() {
    let env = Env::new();
    for agent in ["claude", "gemini", "codex"] {
        refused(&env.hook(agent, b"{\"tool_name\": \"Bash\", "), "not valid JSON");
        refused(&env.hook(agent, b""), "empty input");
        refused(&env.hook(agent, b"  \n"), "empty input");
        refused(&env.hook(agent, b"[1, 2]"), "no `hook_event_name`");
    }
    let reasons: Vec<Value> = env.records().into_iter().map(|r| r["reason"].clone()).collect();
    assert_eq!(reasons.iter().filter(|r| *r == "hook.input.malformed").count(), 6, "{reasons:?}");
    assert_eq!(reasons.iter().filter(|r| *r == "hook.input.empty").count(), 6, "{reasons:?}");
}

#[test]
fn fields_of_the_wrong_shape_are_refused() {
    let env = Env::new();
    let mut e = env.event("claude_bash", Some("ls"));
    e["tool_input"]["command"] = json!(["rm", "-rf", "/"]);
    refused(&env.hook("claude", e.to_string().as_bytes()), "`command` is not a string");
    let mut e = env.event("claude_bash", Some("ls"));
    e["tool_input"] = json!("ls");
    refused(&env.hook("claude", e.to_string().as_bytes()), "no `tool_input` object");
    let mut e = env.event("codex_bash", Some("ls"));
    e.as_object_mut().expect("object").remove("tool_name");
    refused(&env.hook("codex", e.to_string().as_bytes()), "no `tool_name`");
}

#[test]
fn an_event_of_another_kind_is_refused() {
    let env = Env::new();
    let mut e = env.event("claude_bash", Some("ls"));
    e["hook_event_name"] = json!("PostToolUse");
    refused(&env.hook("claude", e.to_string().as_bytes()), "answers `PreToolUse` events, not `PostToolUse`");
    // A Claude event given to the Gemini hook.
    refused(&env.hook("gemini", &env.event_bytes("claude_bash", "ls")), "answers `BeforeTool` events");
}

#[test]
fn huge_input_is_refused_and_a_large_command_is_denied() {
    let env = Env::new();
    // Over the 1 MiB cap: refused unread, whatever it says.
    let huge = format!("echo {}", "a".repeat(1 << 20));
    refused(&env.hook("claude", &env.event_bytes("claude_bash", &huge)), "over 1048576 bytes");
    // Under the cap but over the engine's budget: a verdict, and it is deny.
    let large = format!("echo {}", "a".repeat(200 << 10));
    for (agent, fixture) in [("claude", "claude_bash"), ("gemini", "gemini_shell"), ("codex", "codex_bash")] {
        let o = env.hook(agent, &env.event_bytes(fixture, &large));
        assert_eq!(o.status.code(), Some(0), "{agent}: {}", text(&o.stderr));
        let answer = text(&o.stdout);
        assert!(answer.contains("\"deny\"") && answer.contains("limits.size"), "{agent}: {answer}");
    }
    // The log keeps a capped, redacted copy and the true length.
    let v = env.records().into_iter().rfind(|r| r["kind"] == "verdict").expect("verdict");
    assert_eq!(v["command"]["bytes"], large.len());
    assert_eq!(v["command"]["truncated"], true);
    assert_eq!(v["command"]["text"].as_str().map(|t| t.chars().count()), Some(4096));
}

#[test]
fn missing_relative_and_nonexistent_cwd_are_refused() {
    let env = Env::new();
    for (agent, fixture) in [("claude", "claude_bash"), ("gemini", "gemini_shell"), ("codex", "codex_bash")] {
        let mut e = env.event(fixture, Some("ls"));
        e.as_object_mut().expect("object").remove("cwd");
        refused(&env.hook(agent, e.to_string().as_bytes()), "has no `cwd`");
        e["cwd"] = json!("project");
        refused(&env.hook(agent, e.to_string().as_bytes()), "is not absolute");
        e["cwd"] = json!(env.ws.join("gone").to_str());
        refused(&env.hook(agent, e.to_string().as_bytes()), "does not exist");
    }
}

#[test]
fn gemini_dir_path_is_resolved_against_the_workspace() {
    let env = Env::new();
    std::fs::create_dir_all(env.ws.join("sub")).expect("mkdir");
    let mut e = env.event("gemini_shell", Some("ls"));
    e["tool_input"]["dir_path"] = json!("sub");
    answers(&env.hook("gemini", e.to_string().as_bytes()), &json!({"decision": "allow"}));
    let v = env.records().into_iter().rfind(|r| r["kind"] == "verdict").expect("verdict");
    assert_eq!(v["cwd"].as_str(), env.ws.join("sub").to_str());
    e["tool_input"]["dir_path"] = json!("../missing");
    refused(&env.hook("gemini", e.to_string().as_bytes()), "does not exist");
}

#[test]
fn decisions_are_recorded_with_session_and_call_ids() {
    let env = Env::new();
    answers(&env.hook("claude", &env.event_bytes("claude_bash", DENY_CMD)), &claude("deny", DENY_WHY));
    let records = env.records();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["kind"], "context_loaded");
    assert_eq!(records[0]["source"], "hook-claude");
    assert_eq!(records[0]["cwd"].as_str(), env.ws.to_str());
    let v = &records[1];
    assert_eq!((v["kind"].as_str(), v["source"].as_str()), (Some("verdict"), Some("hook-claude")));
    assert_eq!(v["session"], "3f6c1e2a-7b7e-4c5d-9a0e-2f1d8c4b5a61");
    assert_eq!(v["call"], "toolu_01ABCDEFGHJKMNPQRSTVWXYZ");
    assert_eq!((v["risk"].as_str(), v["decision"].as_str()), (Some("HIGH"), Some("deny")));
    assert_eq!(v["reasons"], json!(["escape.exec"]));
    assert_eq!(v["command"]["text"], DENY_CMD);
    assert_eq!(env.verify().0, 0);
}

#[test]
fn the_record_is_anchored_before_the_answer_or_with_defer_after_it() {
    let env = Env::new();
    let head = || serde_json::from_slice::<Value>(&std::fs::read(env.audit_path().with_extension("head")).expect("anchor")).expect("anchor json")["seq"].as_u64();
    // By default: synced and anchored before the answer.
    answers(&env.hook("claude", &env.event_bytes("claude_bash", DENY_CMD)), &claude("deny", DENY_WHY));
    assert_eq!(head(), Some(2));
    // --defer-audit-sync: in the log as soon as the hook has exited; the flush child only
    // syncs and anchors.
    let o = env.run(&["hook", "claude", "--defer-audit-sync"], &env.event_bytes("claude_bash", ALLOW_CMD));
    answers(&o, &claude("allow", ALLOW_WHY));
    assert_eq!(env.records().len(), 4);
    assert_eq!(env.anchor_reaches(4), Some(4), "the flush child anchors the last record");
    let (code, report) = env.verify();
    assert_eq!(code, 0, "{report}");
}

#[test]
fn the_flush_command_anchors_only_the_logs_last_record() {
    let env = Env::new();
    answers(&env.hook("claude", &env.event_bytes("claude_bash", ALLOW_CMD)), &claude("allow", ALLOW_WHY));
    assert_eq!(env.anchor_reaches(2), Some(2));
    let (log, head) = (env.audit_path(), env.audit_path().with_extension("head"));
    let before = std::fs::read(&head).expect("anchor");
    let records = env.records();
    let hash = |i: usize| records[i]["hash"].as_str().expect("hash").to_string();
    let flush = |log: &str, seq: &str, hash: &str| env.run(&["__audit-flush", log, seq, hash], b"").status.code();
    let log = log.to_str().unwrap();
    assert_eq!(flush(log, "two", &hash(1)), Some(1), "not a number");
    assert_eq!(flush(log, "2", &"0".repeat(64)), Some(1), "not the last record's hash");
    assert_eq!(flush(log, "1120", &hash(1)), Some(1), "a record the log does not have");
    assert_eq!(flush(log, "1", &hash(0)), Some(0), "an earlier record: a no-op");
    assert_eq!(std::fs::read(&head).expect("anchor"), before, "the anchor is unchanged");
    // Not an audit log: refused, and nothing written beside it.
    let other = env.home.join("notes.txt");
    std::fs::write(&other, "hello\n").expect("write");
    assert_eq!(flush(other.to_str().unwrap(), "1", &hash(0)), Some(1));
    assert!(!other.with_extension("head").exists());
    // A forged (or stale) anchor is replaced by the next append's flush.
    std::fs::write(&head, format!("{{\"seq\":1120,\"hash\":\"{}\"}}\n", "0".repeat(64))).expect("forge");
    assert_eq!(env.verify().0, 30, "the forged anchor is reported");
    answers(&env.run(&["hook", "claude", "--defer-audit-sync"], &env.event_bytes("claude_bash", ALLOW_CMD)), &claude("allow", ALLOW_WHY));
    assert_eq!(env.anchor_reaches(4), Some(4));
    assert_eq!(env.verify().0, 0);
}

#[test]
fn an_unwritable_audit_log_still_gets_an_answer_and_says_so() {
    let env = Env::new();
    std::fs::write(&env.state, b"a file where the state directory should be").expect("write");
    let o = env.hook("claude", &env.event_bytes("claude_bash", DENY_CMD));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let answer = json(&o);
    assert_eq!(answer["hookSpecificOutput"], claude("deny", DENY_WHY)["hookSpecificOutput"]);
    assert!(answer["systemMessage"].as_str().is_some_and(|m| m.contains("audit log not written")), "{answer}");
    assert!(text(&o.stderr).contains("audit log not written"));
    let o = env.hook("codex", &env.event_bytes("codex_bash", ALLOW_CMD));
    assert_eq!(o.status.code(), Some(0));
    assert!(json(&o)["systemMessage"].as_str().is_some_and(|m| m.contains("audit log not written")));
}

#[test]
fn the_deadline_turns_a_stalled_input_into_a_deny() {
    let env = Env::new();
    let mut child = env.command(&["hook", "claude", "--deadline", "0.3"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    // Half an event, and stdin left open: the agent stalled.
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"{\"hook_event_name\": \"PreToolUse\", ").expect("write");
    let start = Instant::now();
    let o = child.wait_with_output().expect("wait");
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
    drop(stdin);
    refused(&o, "internal deadline");
}

#[test]
fn bad_arguments_still_refuse() {
    let env = Env::new();
    let o = env.run(&["hook", "claude", "--no-such-flag"], &env.event_bytes("claude_bash", ALLOW_CMD));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    let o = env.run(&["hook", "copilot"], b"{}");
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
}

#[test]
fn a_policy_that_does_not_load_is_a_refusal() {
    let env = Env::new();
    let dir = env.home.join(".config/hardshell");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("policy.toml"), "[[rule]]\nid = \n").expect("write");
    refused(&env.hook("claude", &env.event_bytes("claude_bash", ALLOW_CMD)), "cannot load the policy");
    refused(&env.hook("codex", &env.event_bytes("codex_bash", ALLOW_CMD)), "policy.toml");
}

#[test]
fn the_users_policy_and_mode_apply() {
    let env = Env::new();
    let o = env.run(&["hook", "claude", "--mode", "afk"], &env.event_bytes("claude_bash", ASK_CMD));
    assert_eq!(json(&o)["hookSpecificOutput"]["permissionDecision"], "deny");
    let dir = env.home.join(".config/hardshell");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("policy.toml"),
        "[[rule]]\nid = \"no.ls\"\nwhy = \"this test forbids ls\"\naction = \"deny\"\nprogram = \"ls\"\nexamples.match = [\"ls -la\"]\nexamples.not_match = [\"cat x\"]\n",
    )
    .expect("write");
    let o = env.hook("gemini", &env.event_bytes("gemini_shell", ALLOW_CMD));
    let answer = json(&o);
    assert_eq!(answer["decision"], "deny", "{answer}");
    assert!(answer["reason"].as_str().is_some_and(|r| r.contains("no.ls")), "{answer}");
}

#[test]
fn secrets_never_reach_the_log() {
    let env = Env::new();
    let secrets = ["ghp_0123456789abcdefghijABCDEFGHIJ012345", "hunter2hunter2", "AKIAIOSFODNN7EXAMPLE", "xoxb-1234567890-abcdefghijkl", "sup3rs3cr3t"];
    let cmd = format!(
        "GITHUB_TOKEN={} git push https://bob:{}@example.com/r.git; echo {} | mysql -u root -p{} db; curl -H 'Authorization: Bearer {}' https://x",
        secrets[0], secrets[1], secrets[2], secrets[4], secrets[3]
    );
    let o = env.hook("claude", &env.event_bytes("claude_bash", &cmd));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let log = std::fs::read_to_string(env.audit_path()).expect("log");
    for s in secrets {
        assert!(!log.contains(s), "{s} leaked into the log: {log}");
    }
    let v = env.records().into_iter().rfind(|r| r["kind"] == "verdict").expect("verdict");
    assert_eq!(v["command"]["redacted"], true);
    assert!(v["command"]["text"].as_str().is_some_and(|t| t.starts_with("GITHUB_TOKEN=[REDACTED] git push https://bob:[REDACTED]@example.com")), "{v}");
}

#[test]
fn print_config_gives_each_agents_snippet() {
    let env = Env::new();
    for (agent, event, matcher) in [("claude", "PreToolUse", "Bash"), ("gemini", "BeforeTool", "run_shell_command"), ("codex", "PreToolUse", "Bash")] {
        let o = env.run(&["hook", "--print-config", agent], b"");
        assert_eq!(o.status.code(), Some(0));
        let v = json(&o);
        let group = &v["hooks"][event][0];
        assert_eq!(group["matcher"], matcher, "{v}");
        assert_eq!(group["hooks"][0]["command"], format!("hardshell hook {agent}"), "{v}");
        assert_eq!(group["hooks"][0]["type"], "command");
    }
}
