//! A scripted model server on 127.0.0.1 for the agent's end-to-end tests. It speaks HTTP/1.1
//! (one request per connection, `Connection: close`) and answers each request with the next
//! scripted reply: an SSE stream sent in the given chunks (each flushed separately, so the
//! client sees them split where the test says), a stream cut off early, or an error status.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub enum Reply {
    /// 200 with `text/event-stream`, written chunk by chunk.
    Sse(Vec<Vec<u8>>),
    /// A status with headers and a JSON body.
    Status(u16, Vec<(&'static str, String)>, String),
}

#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Value,
    pub at: Instant,
}

pub struct Mock {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl Mock {
    pub fn start(replies: Vec<Reply>) -> Mock {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut replies = replies.into_iter();
            // Bounded: the server stops after its script (and a few extra requests) is used.
            for _ in 0..64 {
                let Ok((stream, _)) = listener.accept() else { return };
                let reply = replies.next().unwrap_or(Reply::Status(500, vec![], r#"{"type":"error","error":{"type":"invalid_request_error","message":"no more scripted replies"}}"#.into()));
                serve(stream, reply, &log);
            }
        });
        Mock { url, seen }
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

fn serve(stream: TcpStream, reply: Reply, log: &Mutex<Vec<Seen>>) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut r = BufReader::new(stream.try_clone().expect("clone"));
    let mut line = String::new();
    if r.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = Vec::new();
    let mut len = 0usize;
    loop {
        line.clear();
        if r.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.trim_end().split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_string());
            if k == "content-length" {
                len = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0u8; len];
    if r.read_exact(&mut body).is_err() {
        return;
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    log.lock().expect("lock").push(Seen { path, headers, body, at: Instant::now() });
    let mut w = stream;
    match reply {
        Reply::Status(code, hs, body) => {
            let mut head = format!("HTTP/1.1 {code} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
            for (k, v) in hs {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            let _ = w.write_all(format!("{head}\r\n{body}").as_bytes());
        }
        Reply::Sse(chunks) => {
            let _ = w.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n");
            for c in chunks {
                if w.write_all(&c).and_then(|()| w.flush()).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
        }
    }
    let _ = w.flush();
}

/// Anthropic SSE text for events (name, data), with `\r\n` line ends when `crlf`.
pub fn sse(events: &[Value], crlf: bool) -> String {
    let nl = if crlf { "\r\n" } else { "\n" };
    events.iter().map(|e| format!("event: {}{nl}data: {}{nl}{nl}", e["type"].as_str().unwrap_or("message"), e)).collect()
}

/// Splits bytes into chunks of 1, 2, 3 ... 7 bytes in turn: every kind of boundary (inside UTF-8
/// sequences, between `\r` and `\n`, inside JSON) occurs.
pub fn awkward(s: &str) -> Vec<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut n) = (0, 1);
    while i < b.len() {
        let end = (i + n).min(b.len());
        out.push(b[i..end].to_vec());
        i = end;
        n = n % 7 + 1;
    }
    out
}

fn start(input_tokens: u64) -> Value {
    json!({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant", "model": "mock-model", "content": [], "stop_reason": null, "usage": {"input_tokens": input_tokens, "output_tokens": 1, "cache_creation_input_tokens": 2, "cache_read_input_tokens": 3}}})
}

/// A complete answer of text.
pub fn text_events(text: &str) -> Vec<Value> {
    let mut ev = vec![start(50), json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}), json!({"type": "ping"})];
    let chars: Vec<char> = text.chars().collect();
    for piece in chars.chunks(5) {
        ev.push(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece.iter().collect::<String>()}}));
    }
    ev.push(json!({"type": "content_block_stop", "index": 0}));
    ev.push(json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null}, "usage": {"output_tokens": 9}}));
    ev.push(json!({"type": "message_stop"}));
    ev
}

/// A complete answer calling one tool (its input JSON sent in small pieces).
pub fn tool_events(id: &str, name: &str, input: &Value) -> Vec<Value> {
    let mut ev = vec![
        start(100),
        json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Let me run that."}}),
        json!({"type": "content_block_stop", "index": 0}),
        json!({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": id, "name": name, "input": {}}}),
    ];
    let s = input.to_string();
    let chars: Vec<char> = s.chars().collect();
    for piece in chars.chunks(4) {
        ev.push(json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": piece.iter().collect::<String>()}}));
    }
    ev.push(json!({"type": "content_block_stop", "index": 1}));
    ev.push(json!({"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": null}, "usage": {"output_tokens": 20}}));
    ev.push(json!({"type": "message_stop"}));
    ev
}

pub fn text(t: &str) -> Reply {
    Reply::Sse(awkward(&sse(&text_events(t), false)))
}

pub fn tool(id: &str, name: &str, input: Value) -> Reply {
    Reply::Sse(awkward(&sse(&tool_events(id, name, &input), false)))
}
