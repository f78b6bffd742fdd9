//! A server-sent events decoder (the WHATWG `text/event-stream` format), fed raw bytes as they
//! arrive. Chunks may split anywhere: inside a UTF-8 sequence, between `\r` and `\n`, inside a
//! field name. Lines end in `\r\n`, `\n` or `\r`; a blank line dispatches the event; `:` starts a
//! comment. Bytes are kept until their line is complete, so UTF-8 is checked per whole line:
//! invalid UTF-8 or an over-long line is an error (fail closed), never a silently mangled event.

/// One dispatched event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field (empty when absent: the type is then `message`).
    pub event: String,
    /// The `data:` lines joined with `\n`.
    pub data: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum SseError {
    #[error("event stream line is not valid UTF-8")]
    Utf8,
    #[error("event stream line is over {0} bytes")]
    TooLong(usize),
}

/// The most bytes one line (or one event's data) may hold.
pub const MAX_LINE: usize = 8 << 20;

#[derive(Debug, Default)]
pub struct SseDecoder {
    /// Bytes of the current, unfinished line.
    line: Vec<u8>,
    /// The previous chunk ended in `\r`: a `\n` starting this one belongs to it.
    after_cr: bool,
    event: String,
    data: String,
    has_data: bool,
}

impl SseDecoder {
    pub fn new() -> SseDecoder {
        SseDecoder::default()
    }

    /// Feeds bytes; returns the events completed by them, in order.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<SseEvent>, SseError> {
        let mut out = Vec::new();
        let mut rest = chunk;
        if self.after_cr && !rest.is_empty() {
            self.after_cr = false;
            if let Some(r) = rest.strip_prefix(b"\n") {
                rest = r;
            }
        }
        while let Some(pos) = rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            self.push(&rest[..pos])?;
            let cr = rest[pos] == b'\r';
            rest = &rest[pos + 1..];
            if cr {
                match rest.first() {
                    Some(b'\n') => rest = &rest[1..],
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            let line = std::mem::take(&mut self.line);
            if let Some(ev) = self.line_done(&line)? {
                out.push(ev);
            }
        }
        self.push(rest)?;
        Ok(out)
    }

    fn push(&mut self, bytes: &[u8]) -> Result<(), SseError> {
        if self.line.len() + bytes.len() > MAX_LINE {
            return Err(SseError::TooLong(MAX_LINE));
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    fn line_done(&mut self, line: &[u8]) -> Result<Option<SseEvent>, SseError> {
        let line = std::str::from_utf8(line).map_err(|_| SseError::Utf8)?;
        if line.is_empty() {
            if !self.has_data {
                self.event.clear();
                return Ok(None);
            }
            self.has_data = false;
            return Ok(Some(SseEvent { event: std::mem::take(&mut self.event), data: std::mem::take(&mut self.data) }));
        }
        if line.starts_with(':') {
            return Ok(None);
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => self.event = value.to_string(),
            "data" => {
                if self.data.len() + value.len() > MAX_LINE {
                    return Err(SseError::TooLong(MAX_LINE));
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            // `id` and `retry` are for reconnecting EventSource clients; unknown fields are ignored
            // as the format requires.
            _ => {}
        }
        Ok(None)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn all_at_once(input: &[u8]) -> Vec<SseEvent> {
        SseDecoder::new().feed(input).unwrap()
    }

    const STREAM: &str = "event: message_start\r\ndata: {\"a\":\"h\u{e9}llo \u{1F600}\"}\r\n\r\n: keep-alive\r\n\r\nevent: ping\ndata: {}\n\nevent: x\rdata: one\rdata: two\r\r";

    #[test]
    fn every_split_point_gives_the_same_events() {
        let bytes = STREAM.as_bytes();
        let whole = all_at_once(bytes);
        assert_eq!(whole.len(), 3);
        assert_eq!(whole[0].event, "message_start");
        assert_eq!(whole[0].data, "{\"a\":\"h\u{e9}llo \u{1F600}\"}");
        assert_eq!(whole[2].data, "one\ntwo");
        for i in 0..=bytes.len() {
            for j in i..=bytes.len() {
                let mut d = SseDecoder::new();
                let mut got = d.feed(&bytes[..i]).unwrap();
                got.extend(d.feed(&bytes[i..j]).unwrap());
                got.extend(d.feed(&bytes[j..]).unwrap());
                assert_eq!(got, whole, "split at {i} and {j}");
            }
        }
    }

    #[test]
    fn byte_by_byte() {
        let mut d = SseDecoder::new();
        let mut got = Vec::new();
        for b in STREAM.as_bytes() {
            got.extend(d.feed(std::slice::from_ref(b)).unwrap());
        }
        assert_eq!(got, all_at_once(STREAM.as_bytes()));
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        let mut d = SseDecoder::new();
        assert_eq!(d.feed(b"data: \xff\xfe\n\n"), Err(SseError::Utf8));
    }

    #[test]
    fn an_unterminated_event_is_not_dispatched() {
        let mut d = SseDecoder::new();
        assert!(d.feed(b"event: a\ndata: {\"partial\"").unwrap().is_empty());
        assert!(d.feed(b"\n").unwrap().is_empty());
    }

    #[test]
    fn over_long_lines_fail() {
        let mut d = SseDecoder::new();
        let big = vec![b'a'; MAX_LINE + 1];
        assert_eq!(d.feed(&big), Err(SseError::TooLong(MAX_LINE)));
    }
}
