//! Small helpers shared by the platform: timestamps, tokens and their hashes.

use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;

/// Heroku's timestamp format: whole seconds, UTC, `Z`.
const SECONDS: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
/// Event (log line) timestamps keep microseconds so lines sort and display like Heroku's.
const MICROS: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

pub(crate) fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// `2026-11-23T10:00:00Z`.
pub(crate) fn timestamp(t: OffsetDateTime) -> String {
    // Formatting a UTC datetime with a fixed description cannot fail for years 0..=9999.
    t.format(SECONDS).unwrap_or_default()
}

/// `2026-11-23T10:00:00.123456Z`.
pub(crate) fn timestamp_micros(t: OffsetDateTime) -> String {
    t.format(MICROS).unwrap_or_default()
}

/// A new API key: 32 random bytes from the thread CSPRNG, hex encoded.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    hex(&bytes)
}

/// What the store keeps instead of an API key: its SHA-256, hex encoded.
pub(crate) fn token_hash(token: &str) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, token.as_bytes()).as_ref())
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A stable UUID for `seed` (its SHA-256, shaped as a v4 id): the same on every install.
pub(crate) fn derived_id(seed: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, seed.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest.as_ref()[..16]);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// Whether `s` looks like a UUID, so an identity is looked up by id rather than by name.
pub(crate) fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

/// The bytes of a hex string; `None` if it is not one.
pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Standard base64, padding optional; `None` on anything else.
pub(crate) fn base64_decode(input: &str) -> Option<Vec<u8>> {
    let input = input.trim_end_matches('=');
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in input.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_timestamps() {
        let t = time::macros::datetime!(2026-11-23 10:00:00.5 UTC);
        assert_eq!(timestamp(t), "2026-11-23T10:00:00Z");
        assert_eq!(timestamp_micros(t), "2026-11-23T10:00:00.500000Z");
    }

    #[test]
    fn tokens_are_random_hex_and_hash_is_sha256() {
        let a = new_token();
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, new_token());
        assert_eq!(unhex(&hex(&[0, 171, 255])), Some(vec![0, 171, 255]));
        assert_eq!(unhex("0g"), None);
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn decodes_base64() {
        assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(base64_decode("").as_deref(), Some(&b""[..]));
        assert_eq!(base64_decode("a b"), None);
    }
}
