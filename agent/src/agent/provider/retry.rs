//! Retries: exponential backoff with jitter for rate limits (429), overload (529), server errors
//! (5xx), connection failures and dropped streams. A server's `retry-after` (or
//! `retry-after-ms`) is honoured: never retried sooner; when it asks for longer than
//! [`RetryPolicy::max_retry_after`] the call fails instead. Each failed attempt is discarded whole.

use super::{Delta, Provider, ProviderError, Request};
use crate::agent::message::Response;
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Attempts after the first.
    pub max_retries: u32,
    /// Backoff before the first retry (doubled per attempt, then jittered).
    pub base: Duration,
    /// Longest computed backoff.
    pub cap: Duration,
    /// Longest server-requested wait we accept.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { max_retries: 6, base: Duration::from_millis(500), cap: Duration::from_secs(30), max_retry_after: Duration::from_secs(300) }
    }
}

impl RetryPolicy {
    /// The wait before retry number `attempt` (1-based): half fixed, half random.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self.base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16)).min(self.cap);
        let half = exp / 2;
        let jitter_ms = fastrand::u64(0..=half.as_millis().min(u128::from(u64::MAX)) as u64);
        half + Duration::from_millis(jitter_ms)
    }
}

/// What the caller hears about a failed attempt.
#[derive(Debug)]
pub struct RetryNote<'a> {
    pub attempt: u32,
    pub delay: Duration,
    pub error: &'a ProviderError,
}

/// Calls the model until a stream completes, a non-retryable error comes, or retries run out.
/// `on_retry` runs before each wait; text deltas of a failed attempt have already been shown
/// and are discarded (the caller marks them so).
pub async fn call_with_retries(p: &Provider, req: &Request<'_>, policy: RetryPolicy, on_delta: &mut dyn FnMut(u32, Delta<'_>), on_retry: &mut dyn FnMut(RetryNote<'_>)) -> Result<Response, ProviderError> {
    let mut attempt = 0u32;
    loop {
        let a = attempt;
        let result = p.stream(req, &mut |d| on_delta(a, d)).await;
        let err = match result {
            Ok(r) => return Ok(r),
            Err(e) => e,
        };
        attempt += 1;
        if !err.retryable() || attempt > policy.max_retries {
            return Err(err);
        }
        let delay = match err.retry_after() {
            Some(d) if d > policy.max_retry_after => return Err(err),
            Some(d) => d,
            None => policy.backoff(attempt),
        };
        on_retry(RetryNote { attempt, delay, error: &err });
        tokio::time::sleep(delay).await;
    }
}

/// `retry-after-ms` (milliseconds), else `retry-after` in seconds (an HTTP date is not used:
/// the backoff applies then).
pub(super) fn parse_retry_after(h: &reqwest::header::HeaderMap) -> Option<Duration> {
    let num = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).and_then(|s| s.trim().parse::<f64>().ok()).filter(|n| n.is_finite() && *n >= 0.0 && *n < 1e9);
    if let Some(ms) = num("retry-after-ms") {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    num("retry-after").map(Duration::from_secs_f64)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_within_bounds() {
        let p = RetryPolicy { max_retries: 10, base: Duration::from_millis(100), cap: Duration::from_secs(2), max_retry_after: Duration::from_secs(60) };
        for attempt in 1..=10 {
            let exp = Duration::from_millis(100 * (1u64 << (attempt - 1))).min(Duration::from_secs(2));
            for _ in 0..50 {
                let d = p.backoff(attempt);
                assert!(d >= exp / 2 && d <= exp, "attempt {attempt}: {d:?} not in [{:?}, {exp:?}]", exp / 2);
            }
        }
    }

    #[test]
    fn retry_after_headers() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("retry-after", "2".parse().unwrap());
        assert_eq!(parse_retry_after(&h), Some(Duration::from_secs(2)));
        h.insert("retry-after-ms", "150".parse().unwrap());
        assert_eq!(parse_retry_after(&h), Some(Duration::from_millis(150)));
        let mut bad = reqwest::header::HeaderMap::new();
        bad.insert("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap());
        assert_eq!(parse_retry_after(&bad), None);
    }
}
