//! The hardened agent: a loop around a model whose every tool call goes through hardshell.
//!
//! Codemap:
//! - `provider/`: the Anthropic Messages API and OpenAI-compatible Chat Completions, streamed
//!   (own SSE decoder), with retries;
//! - `message`: the provider-neutral conversation;
//! - `tools/`: the metadata-first tool registry and the built-in tools; `extensions`: plugins
//!   and skills (the lower trust tiers); `commands`: the slash commands of the interactive mode;
//! - `permissions`: verdict + grants + a person -> run or refuse;
//! - `session` (transcript), `journal` (tool steps), `jsonl` (their durable storage);
//! - `budget`, `context` (compaction, offloading, read dedup), `events`; `audit`: the records
//!   of the shared audit log (verdicts, approvals, runs);
//! - `driver`: the loop; `step`: one tool call.
//!
//! Architecture invariants:
//! - Every bash call is judged by stages 1-17 and runs only confined (stage 18), through the
//!   same gate as `hardshell run`; file tools are judged through an equivalent shell command.
//! - Nothing is acted on before it is durable: the assistant message with its tool_use is in
//!   the transcript, and the step is `running` in the journal, before a tool starts.
//! - A tool step that was running when the process died is never re-run unless idempotent.
//! - No model call is made that a budget forbids; every run ends with `session_end`.

mod audit;
pub mod budget;
pub mod commands;
pub mod context;
mod driver;
pub mod events;
pub mod extensions;
pub mod journal;
pub mod jsonl;
pub mod message;
pub mod permissions;
pub mod provider;
pub mod session;
mod step;
pub mod tools;

pub use driver::{Agent, Settings};

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
