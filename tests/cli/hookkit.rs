//! Shared by the hook, audit and MCP tests: a throwaway HOME, workspace and state directory (so
//! no test touches the real audit log or the user's policy), real-shaped agent events from
//! `fixtures/hooks/`, and helpers to run `hardshell` and read the audit log.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_hardshell");

pub struct Env {
    _dir: tempfile::TempDir,
    pub home: PathBuf,
    pub ws: PathBuf,
    pub state: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let home = dir.path().join("home");
        let ws = home.join("project");
        let state = dir.path().join("state");
        std::fs::create_dir_all(&ws).expect("mkdir workspace");
        Env { home, ws, state, _dir: dir }
    }

    /// `hardshell ARGS` with this HOME and XDG_STATE_HOME, `stdin` written then closed.
    pub fn run(&self, args: &[&str], stdin: &[u8]) -> Output {
        let mut child = self.command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn hardshell");
        let mut pipe = child.stdin.take().expect("stdin");
        // A child that refuses early closes its stdin: a broken pipe here is part of the test.
        let _ = pipe.write_all(stdin);
        drop(pipe);
        child.wait_with_output().expect("wait")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args).env("HOME", &self.home).env("XDG_STATE_HOME", &self.state).env_remove("XDG_CONFIG_HOME").current_dir(&self.ws);
        c
    }

    /// `hardshell hook AGENT` on `stdin`.
    pub fn hook(&self, agent: &str, stdin: &[u8]) -> Output {
        self.run(&["hook", agent], stdin)
    }

    /// The fixture `fixtures/hooks/NAME.json` with `WORKSPACE` replaced by this workspace and
    /// `tool_input.command` set to `command` (when given).
    pub fn event(&self, name: &str, command: Option<&str>) -> Value {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cli/fixtures/hooks").join(format!("{name}.json"));
        let text = std::fs::read_to_string(&path).expect("fixture").replace("WORKSPACE", self.ws.to_str().expect("utf-8 workspace"));
        let mut v: Value = serde_json::from_str(&text).expect("fixture json");
        if let Some(c) = command {
            v["tool_input"]["command"] = Value::from(c);
        }
        v
    }

    pub fn event_bytes(&self, name: &str, command: &str) -> Vec<u8> {
        serde_json::to_vec(&self.event(name, Some(command))).expect("encode")
    }

    pub fn audit_path(&self) -> PathBuf {
        self.state.join("hardshell/audit.jsonl")
    }

    /// Every line of the audit log, parsed.
    pub fn records(&self) -> Vec<Value> {
        match std::fs::read_to_string(self.audit_path()) {
            Ok(text) => text.lines().map(|l| serde_json::from_str(l).expect("audit line is JSON")).collect(),
            Err(_) => Vec::new(),
        }
    }

    /// The anchor's seq once it names `seq`: waits up to 10 s for the hooks' flush children,
    /// which sync the log and move the anchor after the hook has exited.
    pub fn anchor_reaches(&self, seq: u64) -> Option<u64> {
        let head = self.audit_path().with_extension("head");
        let read = || std::fs::read(&head).ok().and_then(|t| serde_json::from_slice::<Value>(&t).ok()).and_then(|v| v["seq"].as_u64());
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(10) && read() != Some(seq) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        read()
    }

    /// `hardshell audit verify --format json`: exit code and report.
    pub fn verify(&self) -> (i32, Value) {
        let o = self.run(&["audit", "verify", "--format", "json"], b"");
        let report = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("verify output is not JSON ({e}): {} / {}", text(&o.stdout), text(&o.stderr)));
        (o.status.code().unwrap_or(-1), report)
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// stdout as JSON (panics with both streams when it is not).
pub fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {:?} / stderr {}", text(&o.stdout), text(&o.stderr)))
}
