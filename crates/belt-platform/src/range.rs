//! Heroku's `Range` / `Next-Range` pagination for list endpoints. The header grammar and the
//! `Next-Range` it builds are belt-text's (`crates/belt-text/src/range.rs`, fuzzed there);
//! this wrapper binds a range's SQL bounds as rusqlite values for the routes.

use std::ops::Deref;

use rusqlite::types::Value;

pub(crate) use belt_text::range::Kind;
use belt_text::range::SqlValue;

/// A parsed `Range` header: belt-text's, with [`Range::sql`] giving rusqlite values. Reads
/// of its fields and the other methods (`next_range`, `content_range`) go to belt-text's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Range(belt_text::range::Range);

impl Deref for Range {
    type Target = belt_text::range::Range;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Range {
    /// Parses a `Range` header; see [`belt_text::range::Range::parse`].
    pub fn parse(header: Option<&str>, fields: &[&str]) -> Result<Range, String> {
        belt_text::range::Range::parse(header, fields).map(Range)
    }

    /// See [`belt_text::range::Range::sql`]; the values are bound after the caller's own.
    pub fn sql(&self, column: &str, kind: Kind) -> Result<(String, String, Vec<Value>), String> {
        let (conditions, order, values) = self.0.sql(column, kind)?;
        let values = values
            .into_iter()
            .map(|v| match v {
                SqlValue::Text(s) => Value::Text(s),
                SqlValue::Integer(n) => Value::Integer(n),
            })
            .collect();
        Ok((conditions, order, values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SQL itself is tested in belt-text; here, that its bounds bind as rusqlite values.
    #[test]
    fn binds_sql_bounds_as_rusqlite_values() {
        let r = Range::parse(Some("name ]b..d; max=2"), &["name", "id"]).unwrap();
        let (_, _, values) = r.sql("apps.name", Kind::Text).unwrap();
        assert_eq!(
            values,
            vec![Value::Text("b".into()), Value::Text("d".into())]
        );
        let r = Range::parse(Some("version ]5..; order=desc"), &["version"]).unwrap();
        let (_, _, values) = r.sql("version", Kind::Integer).unwrap();
        assert_eq!(values, vec![Value::Integer(5)]);
    }
}
