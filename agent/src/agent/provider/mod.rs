//! Model providers: the Anthropic Messages API and OpenAI-compatible Chat Completions, both
//! streamed (SSE). A closed enum, not a trait object (STYLE.md rule 15).
//!
//! Invariants:
//! - Only a stream that finished cleanly (Anthropic `message_stop`, OpenAI a `finish_reason`)
//!   becomes a [`Response`]; one that ends in an `error` event, breaks off or carries malformed
//!   data is an error and nothing of it is kept (the text already shown is marked discarded by
//!   the `retry` event that follows).
//! - The API key is sent in a header and nowhere else: it is redacted from every error message
//!   (and, through [`Provider::redact_text`], from tool results).
//! - A response is bounded: at most [`MAX_BODY`] bytes and [`DEADLINE`] per attempt, whatever
//!   the server sends (a stream of pings, or of deltas, cannot hold the agent forever).

mod anthropic;
mod openai;
mod retry;
pub mod sse;

pub use retry::{call_with_retries, RetryNote, RetryPolicy};

use crate::agent::message::{Message, Response, ToolDef};
use futures_util::StreamExt as _;
use std::time::Duration;

/// Which wire protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// The Anthropic Messages API (`POST {base}/v1/messages`); llama.cpp and Ollama serve it too.
    Anthropic,
    /// OpenAI-compatible Chat Completions (`POST {base}/chat/completions`): vLLM and others.
    Openai,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Anthropic => "anthropic",
            ProviderKind::Openai => "openai",
        }
    }

    pub fn default_base_url(self) -> &'static str {
        match self {
            ProviderKind::Anthropic => "https://api.anthropic.com",
            ProviderKind::Openai => "https://api.openai.com/v1",
        }
    }
}

/// A configured provider.
pub struct Provider {
    kind: ProviderKind,
    base_url: String,
    api_key: Option<String>,
    http: reqwest::Client,
    /// Longest wait for the next bytes of a response before the stream counts as dropped.
    idle: Duration,
    /// Longest a whole response may take.
    deadline: Duration,
    /// Most bytes a response body may have.
    max_body: usize,
}

/// Most bytes of one response body (far above what `max_tokens` of output can produce).
pub const MAX_BODY: usize = 64 << 20;
/// Longest one attempt may stream.
pub const DEADLINE: Duration = Duration::from_secs(30 * 60);

/// What one request asks.
pub struct Request<'a> {
    pub model: &'a str,
    pub system: &'a str,
    pub messages: &'a [Message],
    pub tools: &'a [ToolDef],
    pub max_tokens: u64,
}

/// What arrives while a stream is read (for live display; the transcript only gets the
/// finished [`Response`]).
#[derive(Debug)]
pub enum Delta<'a> {
    Text(&'a str),
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProviderError {
    #[error("http status {status}: {message}")]
    Status { status: u16, retry_after: Option<Duration>, message: String },
    #[error("connection failed: {0}")]
    Transport(String),
    #[error("stream cut off: {0}")]
    Cut(String),
    #[error("model error `{kind}`: {message}")]
    Stream { kind: String, message: String },
    #[error("malformed response: {0}")]
    Protocol(String),
}

impl ProviderError {
    /// Whether trying again may help: rate limits, overload, server errors, dropped streams.
    pub fn retryable(&self) -> bool {
        match self {
            ProviderError::Status { status, .. } => matches!(status, 408 | 409 | 425 | 429) || *status >= 500,
            ProviderError::Transport(_) | ProviderError::Cut(_) => true,
            ProviderError::Stream { kind, .. } => matches!(kind.as_str(), "overloaded_error" | "api_error" | "rate_limit_error" | "timeout_error" | "server_error"),
            ProviderError::Protocol(_) => false,
        }
    }

    /// What the server asked us to wait (`retry-after`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ProviderError::Status { retry_after, .. } => *retry_after,
            ProviderError::Transport(_) | ProviderError::Cut(_) | ProviderError::Stream { .. } | ProviderError::Protocol(_) => None,
        }
    }
}

impl Provider {
    pub fn new(kind: ProviderKind, base_url: Option<&str>, api_key: Option<String>) -> Result<Provider, ProviderError> {
        let http = reqwest::Client::builder().connect_timeout(Duration::from_secs(30)).build().map_err(|e| ProviderError::Transport(e.to_string()))?;
        let base_url = base_url.unwrap_or(kind.default_base_url()).trim_end_matches('/').to_string();
        Ok(Provider { kind, base_url, api_key: api_key.filter(|k| !k.is_empty()), http, idle: Duration::from_secs(300), deadline: DEADLINE, max_body: MAX_BODY })
    }

    /// Other bounds than the defaults (tests).
    pub fn with_limits(mut self, idle: Duration, deadline: Duration, max_body: usize) -> Provider {
        (self.idle, self.deadline, self.max_body) = (idle, deadline, max_body);
        self
    }

    /// `s` without the API key.
    pub fn redact_text<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.api_key {
            Some(k) if s.contains(k.as_str()) => std::borrow::Cow::Owned(s.replace(k.as_str(), "[redacted]")),
            _ => std::borrow::Cow::Borrowed(s),
        }
    }

    pub fn kind(&self) -> ProviderKind {
        self.kind
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// One streamed call, no retries.
    pub async fn stream(&self, req: &Request<'_>, on: &mut dyn FnMut(Delta<'_>)) -> Result<Response, ProviderError> {
        let r = match self.kind {
            ProviderKind::Anthropic => anthropic::call(self, req, on).await,
            ProviderKind::Openai => openai::call(self, req, on).await,
        };
        r.map_err(|e| self.redact(e))
    }

    /// Sends a JSON body; a non-success status becomes [`ProviderError::Status`].
    async fn post(&self, url: &str, headers: &[(&str, &str)], body: &serde_json::Value) -> Result<reqwest::Response, ProviderError> {
        let mut rb = self.http.post(url).header("content-type", "application/json").header("accept", "text/event-stream");
        for (k, v) in headers {
            rb = rb.header(*k, *v);
        }
        let resp = rb.json(body).send().await.map_err(|e| ProviderError::Transport(e.without_url().to_string()))?;
        let status = resp.status();
        if status.is_success() {
            return Ok(resp);
        }
        let retry_after = retry::parse_retry_after(resp.headers());
        let text = tokio::time::timeout(Duration::from_secs(30), resp.text()).await.ok().and_then(Result::ok).unwrap_or_default();
        let message = error_message(&text);
        Err(ProviderError::Status { status: status.as_u16(), retry_after, message })
    }

    /// Reads the body of a streaming response into `feed` chunk by chunk; a read error, a
    /// silence longer than the idle limit or a response past its deadline is a cut stream; a
    /// body over the size limit is malformed.
    async fn read_body(&self, resp: reqwest::Response, feed: &mut dyn FnMut(&[u8]) -> Result<bool, ProviderError>) -> Result<(), ProviderError> {
        let mut body = resp.bytes_stream();
        let end = tokio::time::Instant::now() + self.deadline;
        let mut total = 0usize;
        loop {
            let wait = self.idle.min(end.saturating_duration_since(tokio::time::Instant::now()));
            let next = tokio::time::timeout(wait, body.next()).await.map_err(|_| match tokio::time::Instant::now() >= end {
                true => ProviderError::Cut(format!("the response took over {} s", self.deadline.as_secs())),
                false => ProviderError::Cut(format!("no data for {} s", self.idle.as_secs())),
            })?;
            match next {
                None => return Ok(()),
                Some(Err(e)) => return Err(ProviderError::Cut(e.without_url().to_string())),
                Some(Ok(bytes)) => {
                    total += bytes.len();
                    if total > self.max_body {
                        return Err(ProviderError::Protocol(format!("the response is over {} bytes", self.max_body)));
                    }
                    if feed(&bytes)? {
                        return Ok(());
                    }
                }
            }
        }
    }

    fn redact(&self, e: ProviderError) -> ProviderError {
        let Some(key) = &self.api_key else { return e };
        let r = |s: String| s.replace(key.as_str(), "[redacted]");
        match e {
            ProviderError::Status { status, retry_after, message } => ProviderError::Status { status, retry_after, message: r(message) },
            ProviderError::Transport(m) => ProviderError::Transport(r(m)),
            ProviderError::Cut(m) => ProviderError::Cut(r(m)),
            ProviderError::Stream { kind, message } => ProviderError::Stream { kind: r(kind), message: r(message) },
            ProviderError::Protocol(m) => ProviderError::Protocol(r(m)),
        }
    }
}

/// The message of an error body (`{"error":{"message":..}}` in both APIs), else its first bytes.
fn error_message(text: &str) -> String {
    let v: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let m = v.as_ref().and_then(|v| v.pointer("/error/message")).and_then(|m| m.as_str()).map(str::to_string);
    m.unwrap_or_else(|| text.chars().take(300).collect())
}

/// An error event's (kind, message) from its JSON (`{"error":{"type":..,"message":..}}`).
fn stream_error(v: &serde_json::Value) -> ProviderError {
    let kind = v.pointer("/error/type").or_else(|| v.pointer("/error/code")).map(|k| k.as_str().map(str::to_string).unwrap_or_else(|| k.to_string())).unwrap_or_else(|| "error".into());
    let message = v.pointer("/error/message").and_then(|m| m.as_str()).unwrap_or("").to_string();
    ProviderError::Stream { kind, message }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use std::io::{Read as _, Write as _};

    /// A server on loopback that answers one request with 200 and then writes `chunk` forever.
    fn endless(prefix: &'static [u8], chunk: &'static [u8]) -> String {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", l.local_addr().unwrap());
        std::thread::spawn(move || {
            let (mut s, _) = l.accept().unwrap();
            let mut buf = [0u8; 65536];
            let _ = s.read(&mut buf);
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n");
            let _ = s.write_all(prefix);
            while s.write_all(chunk).is_ok() {
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        url
    }

    fn call(p: &Provider) -> (Result<Response, ProviderError>, Duration) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let req = Request { model: "m", system: "", messages: &[], tools: &[], max_tokens: 10 };
        let t = std::time::Instant::now();
        let r = rt.block_on(p.stream(&req, &mut |_| {}));
        (r, t.elapsed())
    }

    /// Review finding: a server sending pings (or deltas) forever held the agent forever: only
    /// silence was bounded.
    #[test]
    fn endless_streams_are_bounded_in_time_and_size() {
        let pings = endless(b"", b"event: ping\ndata: {\"type\":\"ping\"}\n\n");
        let p = Provider::new(ProviderKind::Anthropic, Some(&pings), Some("sk-test-123".into())).unwrap().with_limits(Duration::from_secs(5), Duration::from_secs(1), MAX_BODY);
        let (r, took) = call(&p);
        assert!(matches!(&r, Err(ProviderError::Cut(m)) if m.contains("took over")), "{r:?}");
        assert!(took < Duration::from_secs(4), "{took:?}");
        let deltas = endless(b"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{}}\n\nevent: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n", b"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}}\n\n");
        let p = Provider::new(ProviderKind::Anthropic, Some(&deltas), None).unwrap().with_limits(Duration::from_secs(5), Duration::from_secs(60), 4096);
        let (r, _) = call(&p);
        assert!(matches!(&r, Err(ProviderError::Protocol(m)) if m.contains("over 4096 bytes")), "{r:?}");
    }

    #[test]
    fn the_key_is_redacted_from_text() {
        let p = Provider::new(ProviderKind::Anthropic, None, Some("sk-123".into())).unwrap();
        assert_eq!(p.redact_text("api_key = \"sk-123\""), "api_key = \"[redacted]\"");
    }
}
