//! Stage 1, limits: is the input bounded?
//!
//! Input: raw bytes. Output: the text to analyse, or `None` when it must not be parsed at all.
//! Invariant: oversized input, NUL bytes, invalid UTF-8 and nesting deeper than the budget are
//! HIGH findings, and stop the pipeline before the parser sees them, so every later stage works on
//! bounded input.

use crate::cx::{Budget, Findings};
use crate::verdict::{Risk, Stage};

pub(crate) fn run<'a>(input: &'a [u8], budget: &Budget, out: &mut Findings) -> Option<&'a str> {
    if input.len() > budget.max_bytes {
        out.add(Stage::Limits, "limits.size", Risk::High, None, format!("command is {} bytes, over the {}-byte limit", input.len(), budget.max_bytes));
        return None;
    }
    // (`contains` on bytes is a memchr; the position is looked for only when there is a NUL)
    if let Some(at) = input.contains(&0).then(|| input.iter().position(|&b| b == 0)).flatten() {
        out.add(Stage::Limits, "limits.nul", Risk::High, None, format!("NUL byte at offset {at}: bash would see a different command than this text"));
        return None;
    }
    let text = match std::str::from_utf8(input) {
        Ok(t) => t,
        Err(e) => {
            out.add(Stage::Limits, "limits.utf8", Risk::High, None, format!("invalid UTF-8 at byte {}", e.valid_up_to()));
            return None;
        }
    };
    let depth = nesting(text);
    let max = budget.max_depth as usize * 4;
    if depth > max {
        out.add(Stage::Limits, "limits.nesting", Risk::High, None, format!("brackets nest {depth} deep, over the limit of {max}"));
        return None;
    }
    out.note(Stage::Limits, || format!("{} bytes, nesting {depth}", input.len()));
    Some(text)
}

/// Maximum nesting of `(`, `{`, `[` and backticks, ignoring quotes (an over-estimate is fine).
fn nesting(s: &str) -> usize {
    let (mut depth, mut max, mut tick) = (0usize, 0usize, false);
    for b in s.bytes() {
        match b {
            b'(' | b'{' | b'[' => {
                depth += 1;
                max = max.max(depth + tick as usize);
            }
            b')' | b'}' | b']' => depth = depth.saturating_sub(1),
            b'`' => tick = !tick,
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let b = Budget::default();
        let big = "a".repeat(b.max_bytes + 1);
        let deep = format!("{}{}", "$(".repeat(500), ")".repeat(500));
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"ls", None),
            (b"ls\0rm", Some("limits.nul")),
            (b"ls \xff", Some("limits.utf8")),
            (big.as_bytes(), Some("limits.size")),
            (deep.as_bytes(), Some("limits.nesting")),
            (b"echo $(( (1+2) * (3) ))", None),
        ];
        for (input, want) in cases {
            let mut f = Findings::default();
            let got = run(input, &b, &mut f);
            assert_eq!(f.list.first().map(|x| x.id), *want);
            assert_eq!(got.is_some(), want.is_none());
        }
    }
}
