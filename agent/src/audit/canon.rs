//! The canonical form a record is hashed in, and the hash itself.
//!
//! Canonical JSON here: no whitespace, object keys sorted by their UTF-8 bytes at every depth,
//! strings and numbers exactly as `serde_json` writes them. It does not depend on the order in
//! which a map was built (or on whether some crate turned on serde_json's `preserve_order`), so
//! the writer and any later reader compute the same bytes from the same value. Records never
//! hold floating-point numbers, so number formatting cannot drift between versions.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// The `prev` of the first record: there is nothing before it.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// `value` as canonical JSON text.
pub fn canonical(value: &Value) -> String {
    let mut out = String::with_capacity(256);
    write(&mut out, value);
    out
}

fn write(out: &mut String, value: &Value) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_unstable();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                if let Some(v) = map.get(key) {
                    write(out, v);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, v);
            }
            out.push(']');
        }
        // Scalars: serde_json's own text (escapes, integer forms).
        other => out.push_str(&other.to_string()),
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest.iter() {
        hex.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(b & 0xf)]));
    }
    hex
}

/// The hash of an entry: SHA-256 of the canonical form of the entry without its `hash` field.
pub fn entry_hash(entry_without_hash: &Value) -> String {
    sha256_hex(canonical(entry_without_hash).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_at_every_depth_and_whitespace_is_gone() {
        let v: Value = serde_json::from_str(r#"{ "b": 1, "a": {"z": [true, null, "x\n"], "y": -2} }"#).unwrap_or_default();
        assert_eq!(canonical(&v), r#"{"a":{"y":-2,"z":[true,null,"x\n"]},"b":1}"#);
    }

    #[test]
    fn sha256_of_empty_input_is_the_known_value() {
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
