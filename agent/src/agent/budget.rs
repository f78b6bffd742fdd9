//! Budgets: max model calls (turns), max input+output tokens for the session, max tokens of one
//! tool result, and the context size at which to compact. The check runs *before* a call: the
//! loop stops with a structured `budget` event instead of making a call that would exceed a
//! limit, and each call's `max_tokens` is capped so that its output cannot exceed it either.
//!
//! Token counts come from the provider's usage; what is not counted yet (new messages since the
//! last call) is estimated conservatively at one token per 3 bytes.

use super::events::BudgetKind;
use super::session::Totals;
use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budgets {
    /// Model calls per session.
    pub max_turns: u32,
    /// Input (incl. cache) plus output tokens per session.
    pub max_tokens: u64,
    /// Output tokens one call may produce.
    pub max_output_tokens: u64,
    /// A tool result over this is written to disk; the model gets a preview and the path.
    pub max_tool_result_tokens: u64,
    /// Compact when the context would exceed this many tokens.
    pub compact_at: u64,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets { max_turns: 100, max_tokens: 5_000_000, max_output_tokens: 8192, max_tool_result_tokens: 8000, compact_at: 120_000 }
    }
}

/// A budget the next call would break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    pub kind: BudgetKind,
    pub limit: u64,
    pub used: u64,
    pub needed: u64,
}

/// The smallest output a call is worth making for.
const MIN_OUTPUT: u64 = 64;

/// Tokens for `bytes` of text, rounded up (an over-estimate for ordinary text and code).
pub fn estimate(bytes: usize) -> u64 {
    (bytes as u64).div_ceil(3)
}

impl Budgets {
    /// Checks the next call, whose input is estimated at `input` tokens. Ok: the `max_tokens`
    /// to ask for.
    pub fn before_call(&self, totals: &Totals, input: u64) -> Result<u64, Stop> {
        if totals.turns >= self.max_turns {
            return Err(Stop { kind: BudgetKind::Turns, limit: u64::from(self.max_turns), used: u64::from(totals.turns), needed: 1 });
        }
        let used = totals.usage.all_input() + totals.usage.output_tokens;
        let left = self.max_tokens.saturating_sub(used);
        let needed = input + MIN_OUTPUT.min(self.max_output_tokens);
        if needed > left {
            return Err(Stop { kind: BudgetKind::Tokens, limit: self.max_tokens, used, needed });
        }
        Ok(self.max_output_tokens.min(left - input))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::agent::message::Usage;

    #[test]
    fn stops_before_the_call_that_would_exceed() {
        let b = Budgets { max_turns: 2, max_tokens: 1000, max_output_tokens: 500, ..Budgets::default() };
        let mut t = Totals::default();
        assert_eq!(b.before_call(&t, 100), Ok(500));
        t.usage = Usage { input_tokens: 600, output_tokens: 100, ..Usage::default() };
        assert_eq!(b.before_call(&t, 100), Ok(200), "max_tokens capped to what is left");
        assert_eq!(b.before_call(&t, 290).map_err(|s| s.kind), Err(BudgetKind::Tokens));
        t.turns = 2;
        assert_eq!(b.before_call(&t, 1).map_err(|s| s.kind), Err(BudgetKind::Turns));
    }
}
