//! The Anthropic Messages API, streamed: `POST {base}/v1/messages` with `stream: true`.
//!
//! Events: `message_start` (id, model, input usage incl. cache tokens), `content_block_start`
//! (text or tool_use), `content_block_delta` (`text_delta`, `input_json_delta`),
//! `content_block_stop`, `message_delta` (stop_reason, output usage), `message_stop`, `ping`,
//! `error`. Unknown event, block and delta types are skipped, as the API asks of clients.

use super::sse::SseDecoder;
use super::{stream_error, Delta, Provider, ProviderError, Request};
use crate::agent::message::{Block, Response, StopReason, Usage};
use serde_json::{json, Value};

const VERSION: &str = "2023-06-01";

pub(super) async fn call(p: &Provider, req: &Request<'_>, on: &mut dyn FnMut(Delta<'_>)) -> Result<Response, ProviderError> {
    let mut body = json!({
        "model": req.model,
        "max_tokens": req.max_tokens,
        "messages": req.messages,
        "stream": true,
    });
    if !req.system.is_empty() {
        body["system"] = json!(req.system);
    }
    if !req.tools.is_empty() {
        body["tools"] = json!(req.tools);
    }
    let url = format!("{}/v1/messages", p.base_url);
    let mut headers = vec![("anthropic-version", VERSION)];
    if let Some(k) = &p.api_key {
        headers.push(("x-api-key", k.as_str()));
    }
    let resp = p.post(&url, &headers, &body).await?;
    let mut dec = SseDecoder::new();
    let mut st = State::default();
    p.read_body(resp, &mut |chunk| {
        for ev in dec.feed(chunk).map_err(|e| ProviderError::Protocol(e.to_string()))? {
            if st.event(&ev.event, &ev.data, on)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .await?;
    st.finish()
}

/// A content block being streamed.
#[derive(Debug)]
enum Partial {
    Text(String),
    Tool { id: String, name: String, json: String },
    /// A block type this client does not use (e.g. `thinking`): skipped.
    Skipped,
}

#[derive(Debug, Default)]
struct State {
    blocks: Vec<Option<Partial>>,
    done: Vec<Block>,
    usage: Usage,
    stop: Option<StopReason>,
    model: String,
    started: bool,
    stopped: bool,
}

impl State {
    /// Handles one event; true when the message is complete.
    fn event(&mut self, event: &str, data: &str, on: &mut dyn FnMut(Delta<'_>)) -> Result<bool, ProviderError> {
        let v: Value = serde_json::from_str(data).map_err(|e| ProviderError::Protocol(format!("`{event}` event is not JSON: {e}")))?;
        let kind = v.get("type").and_then(Value::as_str).unwrap_or(event);
        match kind {
            "message_start" => {
                let m = v.get("message").ok_or_else(|| bad("message_start without message"))?;
                self.model = m.get("model").and_then(Value::as_str).unwrap_or("").to_string();
                if let Some(u) = m.get("usage") {
                    merge_usage(&mut self.usage, u);
                }
                self.started = true;
            }
            "content_block_start" => self.block_start(&v)?,
            "content_block_delta" => self.block_delta(&v, on)?,
            "content_block_stop" => self.block_stop(&v)?,
            "message_delta" => {
                if let Some(r) = v.pointer("/delta/stop_reason").and_then(Value::as_str) {
                    self.stop = Some(StopReason::from_anthropic(r));
                }
                if let Some(u) = v.get("usage") {
                    merge_usage(&mut self.usage, u);
                }
            }
            "message_stop" => {
                self.stopped = true;
                return Ok(true);
            }
            "error" => return Err(stream_error(&v)),
            // `ping` and event types added after this client was written.
            _ => {}
        }
        Ok(false)
    }

    fn index(v: &Value) -> Result<usize, ProviderError> {
        let i = v.get("index").and_then(Value::as_u64).ok_or_else(|| bad("content block event without index"))?;
        usize::try_from(i).ok().filter(|i| *i < 4096).ok_or_else(|| bad("content block index out of range"))
    }

    fn block_start(&mut self, v: &Value) -> Result<(), ProviderError> {
        let i = Self::index(v)?;
        let b = v.get("content_block").ok_or_else(|| bad("content_block_start without content_block"))?;
        let partial = match b.get("type").and_then(Value::as_str) {
            Some("text") => Partial::Text(b.get("text").and_then(Value::as_str).unwrap_or("").to_string()),
            Some("tool_use") => {
                let id = b.get("id").and_then(Value::as_str).ok_or_else(|| bad("tool_use without id"))?.to_string();
                let name = b.get("name").and_then(Value::as_str).ok_or_else(|| bad("tool_use without name"))?.to_string();
                Partial::Tool { id, name, json: String::new() }
            }
            _ => Partial::Skipped,
        };
        if self.blocks.len() <= i {
            self.blocks.resize_with(i + 1, || None);
        }
        if self.blocks[i].is_some() {
            return Err(bad("content block started twice"));
        }
        self.blocks[i] = Some(partial);
        Ok(())
    }

    fn block_delta(&mut self, v: &Value, on: &mut dyn FnMut(Delta<'_>)) -> Result<(), ProviderError> {
        let i = Self::index(v)?;
        let d = v.get("delta").ok_or_else(|| bad("content_block_delta without delta"))?;
        let block = self.blocks.get_mut(i).and_then(Option::as_mut).ok_or_else(|| bad("delta for a block that was not started"))?;
        match (block, d.get("type").and_then(Value::as_str)) {
            (Partial::Text(t), Some("text_delta")) => {
                let s = d.get("text").and_then(Value::as_str).ok_or_else(|| bad("text_delta without text"))?;
                t.push_str(s);
                on(Delta::Text(s));
            }
            (Partial::Tool { json, .. }, Some("input_json_delta")) => {
                json.push_str(d.get("partial_json").and_then(Value::as_str).ok_or_else(|| bad("input_json_delta without partial_json"))?);
            }
            (Partial::Text(_), Some("input_json_delta")) | (Partial::Tool { .. }, Some("text_delta")) => return Err(bad("delta type does not match its block")),
            // citations, thinking and signature deltas, skipped blocks.
            _ => {}
        }
        Ok(())
    }

    fn block_stop(&mut self, v: &Value) -> Result<(), ProviderError> {
        let i = Self::index(v)?;
        let block = self.blocks.get_mut(i).and_then(Option::take).ok_or_else(|| bad("stop for a block that was not started"))?;
        match block {
            Partial::Text(text) => self.done.push(Block::Text { text }),
            Partial::Tool { id, name, json } => self.done.push(Block::ToolUse { id, name, input: tool_input(&json) }),
            Partial::Skipped => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<Response, ProviderError> {
        if !self.stopped {
            let what = if self.started { "before message_stop" } else { "before message_start" };
            return Err(ProviderError::Cut(format!("the event stream ended {what}")));
        }
        if self.blocks.iter().any(Option::is_some) {
            return Err(bad("message_stop with a content block still open"));
        }
        let stop = self.stop.ok_or_else(|| bad("message_stop without a stop_reason"))?;
        Ok(Response { content: self.done, stop, usage: self.usage, model: self.model })
    }
}

/// The tool input: a JSON object; empty means `{}`. Anything else (a cut-off input at
/// `max_tokens`) is kept as `{"_invalid_input": raw}` so the tool refuses it with a reason.
pub(super) fn tool_input(json: &str) -> Value {
    if json.trim().is_empty() {
        return json!({});
    }
    match serde_json::from_str::<Value>(json) {
        Ok(v @ Value::Object(_)) => v,
        _ => json!({ "_invalid_input": json }),
    }
}

/// Usage fields present in `u` replace those seen before (message_delta carries cumulative counts).
fn merge_usage(into: &mut Usage, u: &Value) {
    let get = |k: &str| u.get(k).and_then(Value::as_u64);
    if let Some(n) = get("input_tokens") {
        into.input_tokens = n;
    }
    if let Some(n) = get("output_tokens") {
        into.output_tokens = n;
    }
    if let Some(n) = get("cache_creation_input_tokens") {
        into.cache_creation_input_tokens = n;
    }
    if let Some(n) = get("cache_read_input_tokens") {
        into.cache_read_input_tokens = n;
    }
}

fn bad(what: &str) -> ProviderError {
    ProviderError::Protocol(what.to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn run(events: &[(&str, &str)]) -> Result<Response, ProviderError> {
        let mut st = State::default();
        let mut text = String::new();
        for (e, d) in events {
            if st.event(e, d, &mut |Delta::Text(t)| text.push_str(t))? {
                break;
            }
        }
        st.finish()
    }

    #[test]
    fn assembles_text_and_tool_use_with_cache_usage() {
        let r = run(&[
            ("message_start", r#"{"type":"message_start","message":{"id":"m","model":"claude-x","usage":{"input_tokens":10,"cache_creation_input_tokens":3,"cache_read_input_tokens":7,"output_tokens":1}}}"#),
            ("content_block_start", r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            ("ping", r#"{"type":"ping"}"#),
            ("content_block_delta", r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}"#),
            ("content_block_stop", r#"{"type":"content_block_stop","index":0}"#),
            ("content_block_start", r#"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"t1","name":"bash","input":{}}}"#),
            ("content_block_delta", r#"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"comm"}}"#),
            ("content_block_delta", r#"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"and\":\"ls\"}"}}"#),
            ("content_block_stop", r#"{"type":"content_block_stop","index":1}"#),
            ("message_delta", r#"{"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":12}}"#),
            ("message_stop", r#"{"type":"message_stop"}"#),
        ])
        .unwrap();
        assert_eq!(r.stop, StopReason::ToolUse);
        assert_eq!(r.usage, Usage { input_tokens: 10, output_tokens: 12, cache_creation_input_tokens: 3, cache_read_input_tokens: 7 });
        assert_eq!(r.content[1], Block::ToolUse { id: "t1".into(), name: "bash".into(), input: json!({"command": "ls"}) });
    }

    #[test]
    fn a_stream_without_message_stop_is_cut() {
        let r = run(&[("message_start", r#"{"type":"message_start","message":{"model":"m"}}"#)]);
        assert!(matches!(r, Err(ProviderError::Cut(_))), "{r:?}");
    }

    #[test]
    fn an_error_event_fails_the_stream() {
        let r = run(&[("error", r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#)]);
        let e = r.unwrap_err();
        assert!(e.retryable(), "{e}");
    }
}
