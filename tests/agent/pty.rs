//! The ask prompt on a real terminal: `hardshell agent` runs with a pseudo-terminal as its stdin
//! and stderr (`nix::pty::openpty`), against the mock model; the test answers n, y and always
//! like a person, then checks what ran and what the audit log recorded.

use super::mock::{text, tool, Mock};
use super::{explain, lines, World};
use serde_json::json;
use std::io::{Read as _, Write as _};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PROMPT: &str = "[y]es once / [n]o";

/// Waits until the terminal has shown `n` prompts (or 60 s).
fn wait_prompts(seen: &Mutex<String>, n: usize) -> String {
    let start = Instant::now();
    loop {
        let s = seen.lock().expect("lock").clone();
        if s.matches(PROMPT).count() >= n || start.elapsed() > Duration::from_secs(60) {
            return s;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ask_prompt_answered_no_yes_always_on_a_pty() {
    let w = World::new("");
    let mock = Mock::start(vec![
        tool("t1", "bash", json!({"command": "echo one > a.txt"})),
        tool("t2", "bash", json!({"command": "echo two > b.txt"})),
        tool("t3", "bash", json!({"command": "echo three > c.txt"})),
        tool("t4", "bash", json!({"command": "echo three >> c.txt"})),
        text("done"),
    ]);
    let pty = nix::pty::openpty(None, None).expect("openpty");
    let mut c = w.cmd(&mock, &["-p", "write three files"]);
    let slave_in = pty.slave.try_clone().expect("dup");
    c.stdin(Stdio::from(slave_in)).stderr(Stdio::from(pty.slave));
    let child = c.spawn().expect("spawn");
    drop(c);
    let mut master_r = std::fs::File::from(pty.master);
    let mut master_w = master_r.try_clone().expect("dup master");
    let seen = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&seen);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = master_r.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("lock").push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    for (i, answer) in ["n", "y", "always"].iter().enumerate() {
        let screen = wait_prompts(&seen, i + 1);
        assert!(screen.matches(PROMPT).count() > i, "prompt {} never shown:\n{screen}", i + 1);
        master_w.write_all(format!("{answer}\r").as_bytes()).expect("answer");
    }
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}\nterminal:\n{}", explain(&o), seen.lock().expect("lock"));
    let screen = seen.lock().expect("lock").clone();
    assert_eq!(screen.matches(PROMPT).count(), 3, "the fourth call was covered by the grant, not asked:\n{screen}");
    assert!(screen.contains("allow bash: echo one > a.txt?") && screen.contains("[a]lways for this session"), "{screen}");
    // What ran: not the refused one, the others once each.
    assert!(!w.ws.join("a.txt").exists());
    assert_eq!(std::fs::read_to_string(w.ws.join("b.txt")).expect("b.txt"), "two\n");
    assert_eq!(std::fs::read_to_string(w.ws.join("c.txt")).expect("c.txt"), "three\nthree\n");
    // What the audit log recorded: who approved what, for how long, and what ran.
    let audit = lines(&std::fs::read_to_string(w.root.join("state/hardshell/audit.jsonl")).expect("audit log"));
    let approvals: Vec<(&str, bool, &str, &str, &str)> = audit
        .iter()
        .filter(|r| r["kind"] == "approval")
        .map(|r| (r["call"].as_str().unwrap_or(""), r["granted"].as_bool().unwrap_or(false), r["by"].as_str().unwrap_or(""), r["scope"].as_str().unwrap_or(""), r["rule"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(approvals, [("t1", false, "person", "once", ""), ("t2", true, "person", "once", ""), ("t3", true, "person", "session", "echo three"), ("t4", true, "startup_grant", "session", "echo three")], "{audit:?}");
    let execs: Vec<&str> = audit.iter().filter(|r| r["kind"] == "exec").filter_map(|r| r["call"].as_str()).collect();
    assert_eq!(execs, ["t2", "t3", "t4"]);
    assert!(hardshell::audit::verify(&w.root.join("state/hardshell/audit.jsonl")).expect("verify").intact());
}
