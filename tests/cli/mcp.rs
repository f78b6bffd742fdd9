//! `hardshell mcp` driven by a client we did not write: the Python `mcp` package from PyPI,
//! installed by `.ci/run` into `target/mcp-venv`. The script is `tests/mcp/client.py`.
//! Without the venv the test fails under CI (env `CI` set) and prints a loud SKIP otherwise.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "tests: a failed expectation is a failed test")]

#[path = "hookkit.rs"]
mod hookkit;

use hookkit::{text, Env, BIN};
use serde_json::Value;
use std::path::Path;

fn venv_python() -> Option<std::path::PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/mcp-venv/bin/python");
    if python.is_file() {
        return Some(python);
    }
    let hint = "create it with `python3 -m venv target/mcp-venv && target/mcp-venv/bin/pip install -q mcp` (as .ci/run does)";
    if std::env::var_os("CI").is_some() {
        panic!("the MCP client venv is missing at {}: {hint}", python.display());
    }
    eprintln!("\n==== SKIP: mcp: no Python MCP client at {}: {hint} ====\n", python.display());
    None
}

fn sandbox_ready() -> bool {
    let o = std::process::Command::new(BIN).args(["doctor", "--format", "json"]).output().expect("doctor");
    serde_json::from_slice::<Value>(&o.stdout).map(|v| v["ready"] == true).unwrap_or(false)
}

#[test]
fn the_python_mcp_client_lists_runs_is_refused_and_checks() {
    let Some(python) = venv_python() else { return };
    let env = Env::new();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/mcp/client.py");
    let ready = sandbox_ready();
    let o = std::process::Command::new(python)
        .arg(script)
        .args([BIN, env.ws.to_str().expect("utf-8"), if ready { "1" } else { "0" }])
        .env("HOME", &env.home)
        .env("XDG_STATE_HOME", &env.state)
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .expect("run the client");
    assert!(o.status.success() && text(&o.stdout).ends_with("OK\n"), "client failed:\n{}\n{}", text(&o.stdout), text(&o.stderr));

    // The session, every verdict, the refused ask and the run are in one valid chain.
    let records = env.records();
    let kinds: Vec<&str> = records.iter().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds.first(), Some(&"session_start"), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&"session_end"), "{kinds:?}");
    assert!(records.iter().all(|r| r["source"] == "mcp"), "{records:?}");
    let verdicts: Vec<&Value> = records.iter().filter(|r| r["kind"] == "verdict").collect();
    let decisions: Vec<&str> = verdicts.iter().filter_map(|v| v["decision"].as_str()).collect();
    assert_eq!(decisions, ["allow", "deny", "ask", "deny"], "{records:?}");
    let approval = records.iter().find(|r| r["kind"] == "approval").expect("approval");
    assert_eq!((approval["granted"].as_bool(), approval["by"].as_str()), (Some(false), Some("no_person")));
    assert_eq!(approval["call"], verdicts[2]["call"]);
    let exec = records.iter().find(|r| r["kind"] == "exec").expect("exec");
    assert_eq!(exec["call"], verdicts[0]["call"]);
    if ready {
        assert_eq!((exec["status"].as_str(), exec["exit_code"].as_i64()), (Some("exited"), Some(0)), "{exec}");
    }
    assert_eq!(env.verify().0, 0);
}

#[test]
fn stdout_carries_nothing_but_protocol() {
    // Without any client: a bad first line gets a JSON-RPC answer or nothing, never log text.
    let env = Env::new();
    let o = env.run(&["mcp", "--cwd", env.ws.to_str().expect("utf-8"), "-vvv"], b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n");
    for line in text(&o.stdout).lines() {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {line}"));
        assert_eq!(v["jsonrpc"], "2.0", "{line}");
    }
}

/// With `--danger-allow-ask`, a command whose verdict is ask runs (here it writes in the
/// workspace) and the approval is recorded as a startup grant for the server's lifetime.
#[test]
fn danger_allow_ask_runs_asks_and_records_the_grant() {
    if !sandbox_ready() {
        eprintln!("SKIP: danger_allow_ask: the sandbox cannot be fully enforced here");
        return;
    }
    let env = Env::new();
    let mut child = env
        .command(&["mcp", "--cwd", env.ws.to_str().expect("utf-8"), "--danger-allow-ask"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    // Owns stdin: dropping `send` closes it, which ends the session.
    let mut send = move |v: Value| std::io::Write::write_all(&mut stdin, format!("{v}\n").as_bytes()).expect("send");
    send(serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "hardshell-test", "version": "1"}}}));
    let init: Value = serde_json::from_str(&lines.next().expect("initialize answer").expect("read")).expect("json");
    assert_eq!(init["result"]["serverInfo"]["name"], "hardshell", "{init}");
    send(serde_json::json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
    send(serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "bash", "arguments": {"command": "touch made-by-mcp.txt && echo done"}}}));
    let answer: Value = serde_json::from_str(&lines.next().expect("call answer").expect("read")).expect("json");
    drop(send);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(answer["result"]["isError"], false, "{answer} / {}", text(&o.stderr));
    assert!(answer["result"]["content"][0]["text"].as_str().is_some_and(|t| t.contains("done")), "{answer}");
    assert!(env.ws.join("made-by-mcp.txt").exists());
    let records = env.records();
    let verdict = records.iter().find(|r| r["kind"] == "verdict").expect("verdict");
    assert_eq!(verdict["decision"], "ask");
    let approval = records.iter().find(|r| r["kind"] == "approval").expect("approval");
    assert_eq!((approval["granted"].as_bool(), approval["by"].as_str(), approval["scope"].as_str()), (Some(true), Some("startup_grant"), Some("server")), "{approval}");
    assert_eq!(approval["call"], verdict["call"]);
    assert_eq!(env.verify().0, 0);
}
