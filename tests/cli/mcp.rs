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
