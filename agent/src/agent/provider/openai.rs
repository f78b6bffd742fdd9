//! OpenAI-compatible Chat Completions, streamed: `POST {base}/chat/completions` with
//! `stream: true` (vLLM, llama.cpp, Ollama and others serve it).
//!
//! Each SSE `data:` line is a chunk: `choices[0].delta.content` (text),
//! `choices[0].delta.tool_calls[]` (by `index`: `id` and `function.name` first, then pieces of
//! `function.arguments`), `choices[0].finish_reason`, and `usage` (with
//! `stream_options.include_usage`); `data: [DONE]` ends it. A stream that ends without a
//! finish_reason is cut.

use super::sse::SseDecoder;
use super::{stream_error, Delta, Provider, ProviderError, Request};
use crate::agent::message::{Block, Message, Response, Role, StopReason, Usage};
use serde_json::{json, Value};

pub(super) async fn call(p: &Provider, req: &Request<'_>, on: &mut dyn FnMut(Delta<'_>)) -> Result<Response, ProviderError> {
    let tools: Vec<Value> = req.tools.iter().map(|t| json!({"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.input_schema}})).collect();
    let mut body = json!({
        "model": req.model,
        "max_tokens": req.max_tokens,
        "messages": wire_messages(req.system, req.messages),
        "stream": true,
        "stream_options": {"include_usage": true},
    });
    if !tools.is_empty() {
        body["tools"] = Value::Array(tools);
    }
    let url = format!("{}/chat/completions", p.base_url);
    let auth = p.api_key.as_ref().map(|k| format!("Bearer {k}"));
    let headers: Vec<(&str, &str)> = auth.iter().map(|a| ("authorization", a.as_str())).collect();
    let resp = p.post(&url, &headers, &body).await?;
    let mut dec = SseDecoder::new();
    let mut st = State::default();
    p.read_body(resp, &mut |chunk| {
        for ev in dec.feed(chunk).map_err(|e| ProviderError::Protocol(e.to_string()))? {
            if st.chunk(&ev.data, on)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .await?;
    st.finish()
}

/// The conversation in Chat Completions form: tool results become `tool` messages.
pub(super) fn wire_messages(system: &str, messages: &[Message]) -> Vec<Value> {
    let mut out = Vec::new();
    if !system.is_empty() {
        out.push(json!({"role": "system", "content": system}));
    }
    for m in messages {
        let text: String = m.content.iter().filter_map(|b| if let Block::Text { text } = b { Some(text.as_str()) } else { None }).collect::<Vec<_>>().join("\n");
        match m.role {
            Role::Assistant => {
                let calls: Vec<Value> = m.tool_uses().map(|(id, name, input)| json!({"id": id, "type": "function", "function": {"name": name, "arguments": input.to_string()}})).collect();
                let mut a = json!({"role": "assistant", "content": if text.is_empty() { Value::Null } else { json!(text) }});
                if !calls.is_empty() {
                    a["tool_calls"] = Value::Array(calls);
                }
                out.push(a);
            }
            Role::User => {
                for b in &m.content {
                    if let Block::ToolResult { tool_use_id, content, is_error } = b {
                        let content = if *is_error { format!("error: {content}") } else { content.clone() };
                        out.push(json!({"role": "tool", "tool_call_id": tool_use_id, "content": content}));
                    }
                }
                if !text.is_empty() {
                    out.push(json!({"role": "user", "content": text}));
                }
            }
        }
    }
    out
}

#[derive(Debug, Default)]
struct Call {
    id: String,
    name: String,
    args: String,
}

#[derive(Debug, Default)]
struct State {
    text: String,
    calls: Vec<Call>,
    usage: Usage,
    stop: Option<StopReason>,
    model: String,
    done: bool,
}

impl State {
    /// Handles one `data:` payload; true at `[DONE]`.
    fn chunk(&mut self, data: &str, on: &mut dyn FnMut(Delta<'_>)) -> Result<bool, ProviderError> {
        if data.trim() == "[DONE]" {
            self.done = true;
            return Ok(true);
        }
        let v: Value = serde_json::from_str(data).map_err(|e| ProviderError::Protocol(format!("chunk is not JSON: {e}")))?;
        if v.get("error").is_some() {
            return Err(stream_error(&v));
        }
        if let Some(m) = v.get("model").and_then(Value::as_str) {
            self.model = m.to_string();
        }
        if let Some(u) = v.get("usage").filter(|u| u.is_object()) {
            let get = |p: &str| u.pointer(p).and_then(Value::as_u64).unwrap_or(0);
            let cached = get("/prompt_tokens_details/cached_tokens");
            self.usage = Usage { input_tokens: get("/prompt_tokens").saturating_sub(cached), output_tokens: get("/completion_tokens"), cache_creation_input_tokens: 0, cache_read_input_tokens: cached };
        }
        let Some(choice) = v.pointer("/choices/0") else { return Ok(false) };
        if let Some(t) = choice.pointer("/delta/content").and_then(Value::as_str) {
            self.text.push_str(t);
            on(Delta::Text(t));
        }
        for tc in choice.pointer("/delta/tool_calls").and_then(Value::as_array).into_iter().flatten() {
            self.tool_call(tc)?;
        }
        if let Some(r) = choice.get("finish_reason").and_then(Value::as_str) {
            self.stop = Some(StopReason::from_openai(r));
        }
        Ok(false)
    }

    fn tool_call(&mut self, tc: &Value) -> Result<(), ProviderError> {
        let i = tc.get("index").and_then(Value::as_u64).unwrap_or(self.calls.len().saturating_sub(1) as u64);
        let i = usize::try_from(i).ok().filter(|i| *i < 256).ok_or_else(|| ProviderError::Protocol("tool call index out of range".into()))?;
        if self.calls.len() <= i {
            self.calls.resize_with(i + 1, Call::default);
        }
        let c = &mut self.calls[i];
        if let Some(id) = tc.get("id").and_then(Value::as_str) {
            c.id = id.to_string();
        }
        if let Some(n) = tc.pointer("/function/name").and_then(Value::as_str) {
            c.name.push_str(n);
        }
        if let Some(a) = tc.pointer("/function/arguments").and_then(Value::as_str) {
            c.args.push_str(a);
        }
        Ok(())
    }

    fn finish(self) -> Result<Response, ProviderError> {
        let Some(stop) = self.stop else {
            let what = if self.done { "[DONE] without a finish_reason" } else { "the stream ended without a finish_reason" };
            return Err(ProviderError::Cut(what.to_string()));
        };
        let mut content = Vec::new();
        if !self.text.is_empty() {
            content.push(Block::Text { text: self.text });
        }
        for (n, c) in self.calls.into_iter().enumerate() {
            if c.name.is_empty() {
                return Err(ProviderError::Protocol(format!("tool call {n} without a name")));
            }
            let id = if c.id.is_empty() { format!("call_{n}") } else { c.id };
            content.push(Block::ToolUse { id, name: c.name, input: super::anthropic::tool_input(&c.args) });
        }
        Ok(Response { content, stop, usage: self.usage, model: self.model })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn assembles_tool_call_deltas() {
        let mut st = State::default();
        let chunks = [
            r#"{"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"ok "}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","type":"function","function":{"name":"bash","arguments":""}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"command\":"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"ls\"}"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#,
            r#"{"choices":[],"usage":{"prompt_tokens":20,"completion_tokens":5,"prompt_tokens_details":{"cached_tokens":4}}}"#,
            "[DONE]",
        ];
        for c in chunks {
            st.chunk(c, &mut |_| {}).unwrap();
        }
        let r = st.finish().unwrap();
        assert_eq!(r.stop, StopReason::ToolUse);
        assert_eq!(r.usage.input_tokens, 16);
        assert_eq!(r.usage.cache_read_input_tokens, 4);
        assert_eq!(r.content[1], Block::ToolUse { id: "c1".into(), name: "bash".into(), input: json!({"command": "ls"}) });
    }

    #[test]
    fn tool_results_become_tool_messages() {
        let msgs = vec![
            Message { role: Role::Assistant, content: vec![Block::ToolUse { id: "c1".into(), name: "bash".into(), input: json!({"command": "ls"}) }] },
            Message { role: Role::User, content: vec![Block::ToolResult { tool_use_id: "c1".into(), content: "denied".into(), is_error: true }] },
        ];
        let w = wire_messages("sys", &msgs);
        assert_eq!(w[0]["role"], "system");
        assert_eq!(w[1]["tool_calls"][0]["function"]["arguments"], "{\"command\":\"ls\"}");
        assert_eq!(w[2]["role"], "tool");
        assert_eq!(w[2]["content"], "error: denied");
    }
}
