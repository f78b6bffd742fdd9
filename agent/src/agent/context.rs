//! Keeping the context small: compaction, large tool results offloaded to disk, and unchanged
//! file re-reads not re-sent.
//!
//! Compaction replaces the oldest messages with one summary message. It cuts only before an
//! assistant message, so a tool_use and its tool_result (the next message) always stay together
//! and the conversation still alternates user / assistant.

use super::message::{Block, Message, Role};
use sha2::{Digest as _, Sha256};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// Where to cut so that the kept tail is at most `keep` estimated tokens: the index of an
/// assistant message (>= 1), or None when nothing can be removed.
pub fn cut_point(messages: &[Message], keep: u64) -> Option<usize> {
    let mut tail = 0u64;
    let mut best = None;
    for i in (1..messages.len()).rev() {
        tail += super::budget::estimate(messages[i].chars());
        if tail > keep {
            break;
        }
        if messages[i].role == Role::Assistant {
            best = Some(i);
        }
    }
    // Keep at least the last exchange: never cut at the very last assistant message when it is
    // the only one left to keep (the caller's conversation would lose its latest answer).
    best.or_else(|| (1..messages.len()).rev().find(|&i| messages[i].role == Role::Assistant))
}

/// Replaces `messages[..cut]` with a summary message (what replay does too).
pub fn apply(messages: &mut Vec<Message>, cut: usize, summary: &str) {
    let cut = cut.min(messages.len());
    messages.drain(..cut);
    messages.insert(0, Message::user_text(summary));
}

/// A mechanical summary of the removed messages: the requests, the tools called and how they
/// ended, the assistant's last words. Bounded.
pub fn summarize(removed: &[Message]) -> String {
    let mut s = format!("[Earlier conversation compacted: {} messages removed. Summary:]\n", removed.len());
    for m in removed {
        for b in &m.content {
            let line = match (m.role, b) {
                (Role::User, Block::Text { text }) => format!("- user asked: {}", short(text, 300)),
                (Role::Assistant, Block::Text { text }) => format!("- assistant: {}", short(text, 200)),
                (_, Block::ToolUse { name, input, .. }) => format!("- called {name} {}", short(&input.to_string(), 150)),
                (_, Block::ToolResult { content, is_error, .. }) => format!("  -> {}{}", if *is_error { "error: " } else { "" }, short(content.lines().next().unwrap_or(""), 120)),
            };
            if s.len() + line.len() > 6000 {
                s.push_str("- ...\n");
                return s;
            }
            let _ = writeln!(s, "{line}");
        }
    }
    s
}

fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if out.len() < s.len() {
        out.push_str("...");
    }
    out.replace('\n', " ")
}

/// A tool result over `max_tokens` is written to `dir/ID.txt`; the model gets a preview and the
/// path. Returns the content for the context and the file written, if any.
pub fn offload(dir: &Path, id: &str, content: &str, max_tokens: u64) -> (String, Option<String>) {
    if super::budget::estimate(content.len()) <= max_tokens {
        return (content.to_string(), None);
    }
    let safe: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(100).collect();
    let path = dir.join(format!("{safe}.txt"));
    let written = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, content));
    let preview_bytes = (max_tokens as usize * 3 / 2).clamp(200, 8000);
    let mut end = preview_bytes.min(content.len());
    while !content.is_char_boundary(end) {
        end -= 1;
    }
    let preview = &content[..end];
    match written {
        Ok(()) => {
            let p = path.display().to_string();
            (format!("{preview}\n[... result of {} bytes cut here; the whole of it is in {p} (read it with read_file offset/limit or grep)]", content.len()), Some(p))
        }
        Err(e) => (format!("{preview}\n[... result of {} bytes cut here; writing the rest to disk failed: {e}]", content.len()), None),
    }
}

/// File reads already in the context: (path, offset, limit) -> (content hash, tool_use id).
#[derive(Debug, Default)]
pub struct ReadCache {
    seen: HashMap<String, ([u8; 32], String)>,
}

impl ReadCache {
    /// The content to send for a read: a short note instead when the same read with the same
    /// content is still in `messages`.
    pub fn dedup(&mut self, key: &str, id: &str, content: String, messages: &[Message]) -> String {
        let hash: [u8; 32] = Sha256::digest(content.as_bytes()).into();
        if let Some((h, earlier)) = self.seen.get(key) {
            let present = messages.iter().any(|m| m.result_ids().any(|r| r == earlier));
            if *h == hash && present {
                return format!("[unchanged since the read in tool result {earlier}: content not repeated]");
            }
        }
        self.seen.insert(key.to_string(), (hash, id.to_string()));
        content
    }

    pub fn clear(&mut self) {
        self.seen.clear();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn tool_round(n: usize) -> Vec<Message> {
        let mut v = vec![Message::user_text("do it")];
        for i in 0..n {
            v.push(Message { role: Role::Assistant, content: vec![Block::ToolUse { id: format!("t{i}"), name: "bash".into(), input: serde_json::json!({"command": "x".repeat(300)}) }] });
            v.push(Message { role: Role::User, content: vec![Block::ToolResult { tool_use_id: format!("t{i}"), content: "y".repeat(300), is_error: false }] });
        }
        v
    }

    #[test]
    fn compaction_never_splits_a_tool_use_from_its_result() {
        for keep in [0, 150, 400, 1000, 5000] {
            let mut m = tool_round(10);
            if let Some(cut) = cut_point(&m, keep) {
                let removed = m[..cut].to_vec();
                apply(&mut m, cut, &summarize(&removed));
                assert_eq!(m[0].role, Role::User);
                for w in m.windows(2) {
                    assert_ne!(w[0].role, w[1].role, "alternation");
                    let uses: Vec<&str> = w[0].tool_uses().map(|(id, _, _)| id).collect();
                    if !uses.is_empty() {
                        assert_eq!(uses, w[1].result_ids().collect::<Vec<_>>());
                    }
                }
                let results: Vec<&str> = m.iter().flat_map(|x| x.result_ids()).collect();
                let uses: Vec<&str> = m.iter().flat_map(|x| x.tool_uses().map(|(id, _, _)| id)).collect();
                assert_eq!(results, uses, "keep {keep}");
            }
        }
    }

    #[test]
    fn large_results_go_to_disk_with_a_preview() {
        let d = tempfile::tempdir().unwrap();
        let big = "z".repeat(10_000);
        let (ctx, path) = offload(d.path(), "t/1", &big, 100);
        let path = path.unwrap();
        assert!(ctx.len() < 1000 && ctx.contains(&path), "{ctx}");
        assert_eq!(std::fs::read_to_string(path).unwrap(), big);
        assert_eq!(offload(d.path(), "t2", "small", 100), ("small".to_string(), None));
    }

    #[test]
    fn unchanged_rereads_are_not_resent() {
        let mut c = ReadCache::default();
        let mut msgs = vec![];
        assert_eq!(c.dedup("f", "t1", "abc".into(), &msgs), "abc");
        msgs.push(Message { role: Role::User, content: vec![Block::ToolResult { tool_use_id: "t1".into(), content: "abc".into(), is_error: false }] });
        assert!(c.dedup("f", "t2", "abc".into(), &msgs).contains("unchanged"));
        assert_eq!(c.dedup("f", "t3", "abd".into(), &msgs), "abd");
    }
}
