//! `Range` headers as the platform reads them, and the `Next-Range` built from them. Input:
//! `HEADER` or `HEADER\0LAST`, LAST being the key of a page's last item. A valid header gives
//! a bounded page size, SQL bounds that build or fail cleanly, and a `Next-Range` that parses
//! back to the same range continuing after LAST, for any key the platform uses (names, ids,
//! versions, timestamps: no whitespace, `[`, `]`, `;` or `..`, no `.` at either end).
#![no_main]

use belt_text::range::{Bound, Kind, MAX_MAX, Range};
use libfuzzer_sys::fuzz_target;

const FIELDS: &[&str] = &["id", "name", "version"];

fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && !key.contains(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | ';'))
        && !key.contains("..")
        && !key.starts_with('.')
        && !key.ends_with('.')
}

fuzz_target!(|data: &str| {
    let (header, last) = data.split_once('\0').unwrap_or((data, "last"));
    let Ok(range) = Range::parse(Some(header), FIELDS) else {
        return;
    };
    assert!((1..=MAX_MAX).contains(&range.max), "{header:?}: {range:?}");
    assert!(FIELDS.contains(&range.field.as_str()));
    for kind in [Kind::Text, Kind::Integer] {
        if let Ok((conditions, order, values)) = range.sql("col", kind) {
            assert_eq!(conditions.matches('?').count(), values.len());
            assert!(order.starts_with(" ORDER BY col "));
        }
    }
    let _ = range.content_range("first", last);
    if plain_key(last) {
        let next = range.next_range(last);
        let again = Range::parse(Some(&next), FIELDS)
            .unwrap_or_else(|e| panic!("Next-Range {next:?} from {header:?}: {e}"));
        let expected = Range {
            start: Some(Bound {
                value: last.to_string(),
                exclusive: true,
            }),
            ..range
        };
        assert_eq!(again, expected, "Next-Range {next:?} from {header:?}");
    }
});
