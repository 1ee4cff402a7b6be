//! Heroku's `Range` / `Next-Range` pagination for list endpoints.
//!
//! A request names the sort field and an optional window, then options:
//! `name ..`, `name ]my-app..; max=10`, `id a..b[; order=desc, max=5`. `]` before the start
//! excludes it (that is how `Next-Range` continues after the last item of a page) and `[`
//! after the end excludes the end. Pure parsing here; the HTTP side builds the headers. The
//! `Next-Range` a page gives parses back to the same range, continuing after the page's last
//! key, for any key without whitespace, `[`, `]`, `;` or `..` (names, ids, versions, times).

pub const DEFAULT_MAX: usize = 200;
pub const MAX_MAX: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub value: String,
    pub exclusive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    pub field: String,
    /// Where iteration starts: a lower bound ascending, an upper bound descending.
    pub start: Option<Bound>,
    pub end: Option<Bound>,
    pub max: usize,
    pub desc: bool,
}

/// A value to bind to one of [`Range::sql`]'s placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlValue {
    Text(String),
    Integer(i64),
}

/// How a field's bound values compare in SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Numbers, such as release versions.
    Integer,
}

impl Range {
    /// The whole list in `field` order, default page size.
    pub fn all(field: &str) -> Range {
        Range {
            field: field.to_string(),
            start: None,
            end: None,
            max: DEFAULT_MAX,
            desc: false,
        }
    }

    /// Parses a `Range` header. `fields` are the sortable fields; the first one is used when
    /// there is no header. The error is a message for a 400 response.
    pub fn parse(header: Option<&str>, fields: &[&str]) -> Result<Range, String> {
        let default = fields.first().copied().unwrap_or("id");
        let Some(header) = header.map(str::trim).filter(|h| !h.is_empty()) else {
            return Ok(Range::all(default));
        };
        let (spec, options) = match header.split_once(';') {
            Some((spec, options)) => (spec.trim(), options),
            None => (header, ""),
        };
        let (field, window) = match spec.split_once(char::is_whitespace) {
            Some((field, window)) => (field, window.trim()),
            None => (spec, ""),
        };
        if !fields.contains(&field) {
            return Err(format!(
                "Invalid Range header `{header}`: the range field must be one of: {}.",
                fields.join(", ")
            ));
        }
        let mut range = Range::all(field);
        if !window.is_empty() {
            let Some((start, end)) = window.split_once("..") else {
                return Err(format!(
                    "Invalid Range header `{header}`: expected `{field} START..END`."
                ));
            };
            range.start = bound(start.trim(), header, |s| s.strip_prefix(']'))?;
            range.end = bound(end.trim(), header, |s| s.strip_suffix('['))?;
        }
        for option in options.split([',', ';']).map(str::trim) {
            if option.is_empty() {
                continue;
            }
            let (key, value) = option.split_once('=').unwrap_or((option, ""));
            match (key.trim(), value.trim()) {
                ("max", value) => match value.parse::<usize>() {
                    Ok(0) | Err(_) => {
                        return Err(format!(
                            "Invalid Range header `{header}`: max must be a number from 1 to {MAX_MAX}."
                        ));
                    }
                    Ok(n) => range.max = n.min(MAX_MAX),
                },
                ("order", "asc") => range.desc = false,
                ("order", "desc") => range.desc = true,
                ("order", _) => {
                    return Err(format!(
                        "Invalid Range header `{header}`: order must be `asc` or `desc`."
                    ));
                }
                // Unknown options are ignored, as unknown body fields are.
                _ => {}
            }
        }
        Ok(range)
    }

    /// The `Next-Range` value that continues after `last`, the key of this page's last item.
    pub fn next_range(&self, last: &str) -> String {
        let end = match &self.end {
            Some(b) if b.exclusive => format!("{}[", b.value),
            Some(b) => b.value.clone(),
            None => String::new(),
        };
        format!("{} ]{last}..{end}; {}", self.field, self.options())
    }

    /// The `Content-Range` value for a page running from `first` to `last`.
    pub fn content_range(&self, first: &str, last: &str) -> String {
        format!("{} {first}..{last}; {}", self.field, self.options())
    }

    fn options(&self) -> String {
        if self.desc {
            format!("max={}, order=desc", self.max)
        } else {
            format!("max={}", self.max)
        }
    }

    /// SQL for this window on `column`: conditions to append after a `WHERE` (each starting
    /// with ` AND`, with `?` placeholders for the returned values, to bind after the
    /// caller's own), then an `ORDER BY ... LIMIT` that fetches one extra row so the caller
    /// can tell whether another page follows. `column` is trusted SQL, never user input.
    /// The caller converts the values to its database library's type.
    pub fn sql(&self, column: &str, kind: Kind) -> Result<(String, String, Vec<SqlValue>), String> {
        let mut conditions = String::new();
        let mut values = Vec::new();
        let (start_op, end_op) = match (self.desc, &self.start, &self.end) {
            (false, s, e) => (lower(s), upper(e)),
            (true, s, e) => (upper(s), lower(e)),
        };
        for (bound, op) in [(&self.start, start_op), (&self.end, end_op)] {
            if let Some(b) = bound {
                conditions.push_str(&format!(" AND {column} {op} ?"));
                values.push(match kind {
                    Kind::Text => SqlValue::Text(b.value.clone()),
                    Kind::Integer => SqlValue::Integer(b.value.parse::<i64>().map_err(|_| {
                        format!(
                            "Invalid Range header: `{}` is not a valid {}.",
                            b.value, self.field
                        )
                    })?),
                });
            }
        }
        let order = format!(
            " ORDER BY {column} {} LIMIT {}",
            if self.desc { "DESC" } else { "ASC" },
            self.max + 1
        );
        Ok((conditions, order, values))
    }
}

impl Range {
    /// This window of an in-memory list, for lists not read from SQL: the items within the
    /// bounds, in range order, at most `max + 1` of them (the extra one, as for [`Range::sql`],
    /// only tells that another page follows). `key` gives an item's value of the range field;
    /// `Kind::Integer` keys compare as numbers (a key that is no number sorts first). The
    /// error is a message for a 400 response, as for [`Range::sql`].
    pub fn window<T>(
        &self,
        items: Vec<T>,
        key: impl Fn(&T) -> String,
        kind: Kind,
    ) -> Result<Vec<T>, String> {
        let sort_key = |raw: &str| -> (i64, String) {
            match kind {
                Kind::Integer => (raw.parse().unwrap_or(i64::MIN), String::new()),
                Kind::Text => (0, raw.to_string()),
            }
        };
        let bound_key = |b: &Bound| match kind {
            Kind::Integer => b
                .value
                .parse::<i64>()
                .map(|n| (n, String::new()))
                .map_err(|_| {
                    format!(
                        "Invalid Range header: `{}` is not a valid {}.",
                        b.value, self.field
                    )
                }),
            Kind::Text => Ok((0, b.value.clone())),
        };
        let start = self
            .start
            .as_ref()
            .map(|b| bound_key(b).map(|k| (k, b.exclusive)))
            .transpose()?;
        let end = self
            .end
            .as_ref()
            .map(|b| bound_key(b).map(|k| (k, b.exclusive)))
            .transpose()?;
        let mut keyed: Vec<((i64, String), T)> = items
            .into_iter()
            .map(|item| (sort_key(&key(&item)), item))
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        if self.desc {
            keyed.reverse();
        }
        // Ascending, `start` is a lower bound and `end` an upper one; descending, the reverse.
        let within = |k: &(i64, String)| {
            let after_start = start.as_ref().is_none_or(|(s, exclusive)| {
                let order = if self.desc { s.cmp(k) } else { k.cmp(s) };
                order.is_gt() || (!exclusive && order.is_eq())
            });
            let before_end = end.as_ref().is_none_or(|(e, exclusive)| {
                let order = if self.desc { k.cmp(e) } else { e.cmp(k) };
                order.is_gt() || (!exclusive && order.is_eq())
            });
            after_start && before_end
        };
        Ok(keyed
            .into_iter()
            .filter(|(k, _)| within(k))
            .map(|(_, item)| item)
            .take(self.max + 1)
            .collect())
    }
}

fn lower(b: &Option<Bound>) -> &'static str {
    match b {
        Some(Bound {
            exclusive: true, ..
        }) => ">",
        _ => ">=",
    }
}

fn upper(b: &Option<Bound>) -> &'static str {
    match b {
        Some(Bound {
            exclusive: true, ..
        }) => "<",
        _ => "<=",
    }
}

fn bound(
    raw: &str,
    header: &str,
    strip: impl Fn(&str) -> Option<&str>,
) -> Result<Option<Bound>, String> {
    let (value, exclusive) = match strip(raw) {
        Some(rest) => (rest.trim(), true),
        None => (raw, false),
    };
    if value.is_empty() {
        return if exclusive {
            Err(format!(
                "Invalid Range header `{header}`: an exclusive bound needs a value."
            ))
        } else {
            Ok(None)
        };
    }
    if value.contains(char::is_whitespace) || value.contains(['[', ']']) {
        return Err(format!("Invalid Range header `{header}`."));
    }
    Ok(Some(Bound {
        value: value.to_string(),
        exclusive,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["name", "id"];

    fn b(value: &str, exclusive: bool) -> Option<Bound> {
        Some(Bound {
            value: value.into(),
            exclusive,
        })
    }

    #[test]
    fn absent_or_empty_header_is_everything_by_the_default_field() {
        assert_eq!(Range::parse(None, FIELDS), Ok(Range::all("name")));
        assert_eq!(Range::parse(Some("  "), FIELDS), Ok(Range::all("name")));
    }

    #[test]
    fn parses_heroku_forms() {
        let r = Range::parse(Some("name ..; max=10"), FIELDS).unwrap();
        assert_eq!((r.field.as_str(), r.max, r.desc), ("name", 10, false));
        assert_eq!((r.start, r.end), (None, None));

        let r = Range::parse(Some("id ]abc..; max=2, order=desc"), FIELDS).unwrap();
        assert_eq!(r.field, "id");
        assert_eq!(r.start, b("abc", true));
        assert!(r.desc);
        assert_eq!(r.max, 2);

        let r = Range::parse(Some("name a..m["), FIELDS).unwrap();
        assert_eq!((r.start, r.end), (b("a", false), b("m", true)));

        let r = Range::parse(Some("name ..; order=desc; max=3;"), FIELDS).unwrap();
        assert!(r.desc);
        assert_eq!(r.max, 3);

        let r = Range::parse(Some("id"), FIELDS).unwrap();
        assert_eq!(r, Range::all("id"));

        // Unknown options are ignored.
        let r = Range::parse(Some("name ..; foo=bar, max=4"), FIELDS).unwrap();
        assert_eq!(r.max, 4);
    }

    #[test]
    fn caps_max() {
        let r = Range::parse(Some("name ..; max=5000"), FIELDS).unwrap();
        assert_eq!(r.max, MAX_MAX);
    }

    #[test]
    fn rejects_bad_headers() {
        for header in [
            "version ..",
            "name abc",
            "name ..; max=0",
            "name ..; max=-1",
            "name ..; max=lots",
            "name ..; order=sideways",
            "name ]..",
            "name a b..c",
            "bytes=0-100",
        ] {
            assert!(Range::parse(Some(header), FIELDS).is_err(), "{header}");
        }
    }

    #[test]
    fn next_range_round_trips() {
        let r = Range::parse(Some("name ..; max=2"), FIELDS).unwrap();
        let next = r.next_range("app-b");
        assert_eq!(next, "name ]app-b..; max=2");
        let again = Range::parse(Some(&next), FIELDS).unwrap();
        assert_eq!(again.start, b("app-b", true));
        assert_eq!(again.max, 2);

        let r = Range::parse(Some("id ..z[; order=desc, max=7"), FIELDS).unwrap();
        let next = r.next_range("q");
        assert_eq!(next, "id ]q..z[; max=7, order=desc");
        assert_eq!(Range::parse(Some(&next), FIELDS).unwrap().end, b("z", true));
        assert_eq!(r.content_range("y", "q"), "id y..q; max=7, order=desc");
    }

    #[test]
    fn windows_in_memory_lists_as_sql_would() {
        let items: Vec<u32> = (1..=12).rev().collect();
        let r = Range::parse(Some("version ..; max=5"), &["version"]).unwrap();
        let page = r
            .window(items.clone(), u32::to_string, Kind::Integer)
            .unwrap();
        // Numbers sort as numbers (10 after 9), one extra item tells that more follow.
        assert_eq!(page, [1, 2, 3, 4, 5, 6]);
        let next = Range::parse(Some(&r.next_range("5")), &["version"]).unwrap();
        let page = next
            .window(items.clone(), u32::to_string, Kind::Integer)
            .unwrap();
        assert_eq!(page, [6, 7, 8, 9, 10, 11]);

        let r = Range::parse(Some("version ]10..3[; order=desc"), &["version"]).unwrap();
        let page = r
            .window(items.clone(), u32::to_string, Kind::Integer)
            .unwrap();
        assert_eq!(page, [9, 8, 7, 6, 5, 4]);

        let names = vec!["b".to_string(), "a".into(), "c".into()];
        let r = Range::parse(Some("name a..b"), FIELDS).unwrap();
        assert_eq!(
            r.window(names, String::clone, Kind::Text).unwrap(),
            ["a", "b"]
        );

        let r = Range::parse(Some("version x.."), &["version"]).unwrap();
        assert!(r.window(items, u32::to_string, Kind::Integer).is_err());
    }

    #[test]
    fn builds_sql() {
        use SqlValue as Value;

        let r = Range::parse(Some("name ]b..d; max=2"), FIELDS).unwrap();
        let (cond, order, values) = r.sql("apps.name", Kind::Text).unwrap();
        assert_eq!(cond, " AND apps.name > ? AND apps.name <= ?");
        assert_eq!(order, " ORDER BY apps.name ASC LIMIT 3");
        assert_eq!(
            values,
            vec![Value::Text("b".into()), Value::Text("d".into())]
        );

        let r = Range::parse(Some("version ]5..; order=desc"), &["version"]).unwrap();
        let (cond, order, values) = r.sql("version", Kind::Integer).unwrap();
        assert_eq!(cond, " AND version < ?");
        assert_eq!(order, " ORDER BY version DESC LIMIT 201");
        assert_eq!(values, vec![Value::Integer(5)]);

        let r = Range::parse(Some("version x.."), &["version"]).unwrap();
        assert!(r.sql("version", Kind::Integer).is_err());
    }
}
