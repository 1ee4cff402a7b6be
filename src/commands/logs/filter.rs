//! `logs --since/--until/--grep/--grep-regex`. A log session has no time or text filter (the
//! schema's `log-session` takes only dyno, type, source, lines and tail, and the official CLI
//! has none either), so belt filters the lines the session returns: times are read from each
//! line's own timestamp, and text is matched against the line as printed.

use std::collections::VecDeque;

use regex_lite::Regex;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime};

use super::MAX_LINES;
use super::format::LogLine;
use crate::error::{Error, Result};

/// The furthest back a relative time may reach (ten years): far past any log buffer, and
/// well inside the dates a timestamp can hold.
const MAX_AGO_SECONDS: u64 = 10 * 365 * 86_400;

/// A `--since` or `--until` value: some time ago (`10m`), or a moment (`2026-11-23T10:00Z`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeArg {
    Ago(time::Duration),
    At(OffsetDateTime),
}

impl TimeArg {
    fn at(self, now: OffsetDateTime) -> OffsetDateTime {
        match self {
            TimeArg::Ago(ago) => now - ago,
            TimeArg::At(at) => at,
        }
    }
}

/// `30s`, `10m`, `2h`, `1d` ago; an RFC 3339 time; or an ISO 8601 date or time without an
/// offset, read as UTC (log lines are stamped in UTC).
pub fn parse_time(text: &str) -> std::result::Result<TimeArg, String> {
    relative(text)
        .or_else(|| absolute(text).map(TimeArg::At))
        .ok_or_else(|| {
            format!(
                "expected a time ago (30s, 10m, 2h, 1d, at most 3650d) or an ISO 8601 time \
                 (2026-11-23T10:00:00Z, 2026-11-23T10:00 in UTC, 2026-11-23), not {text:?}"
            )
        })
}

fn relative(text: &str) -> Option<TimeArg> {
    let unit = match text.chars().last()? {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        _ => return None,
    };
    let digits = &text[..text.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds = digits.parse::<u64>().ok()?.checked_mul(unit)?;
    if seconds > MAX_AGO_SECONDS {
        return None;
    }
    Some(TimeArg::Ago(time::Duration::seconds(
        i64::try_from(seconds).ok()?,
    )))
}

fn absolute(text: &str) -> Option<OffsetDateTime> {
    let without_offset = format_description!(
        "[year]-[month]-[day]T[hour]:[minute][optional [:[second][optional [.[subsecond]]]]]"
    );
    // `Z` says UTC, as no offset does here; RFC 3339 alone would refuse `2026-11-23T10:00Z`.
    let utc = text.strip_suffix(['Z', 'z']).unwrap_or(text);
    OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .or_else(|| {
            PrimitiveDateTime::parse(utc, without_offset)
                .ok()
                .map(PrimitiveDateTime::assume_utc)
        })
        .or_else(|| {
            Date::parse(text, format_description!("[year]-[month]-[day]"))
                .ok()
                .map(|day| day.midnight().assume_utc())
        })
}

/// A `--grep-regex` value, refused with the regex crate's own explanation.
pub fn parse_regex(text: &str) -> std::result::Result<Regex, String> {
    Regex::new(text).map_err(|e| e.to_string())
}

/// What a line must match to be shown.
#[derive(Debug, Default)]
pub struct Filter {
    since: Option<OffsetDateTime>,
    until: Option<OffsetDateTime>,
    text: Option<Text>,
}

#[derive(Debug)]
enum Text {
    Plain(String),
    Regex(Regex),
}

impl Filter {
    /// The filter of the flags given, relative times counted back from `now`.
    pub fn new(
        since: Option<TimeArg>,
        until: Option<TimeArg>,
        grep: Option<String>,
        grep_regex: Option<Regex>,
        now: OffsetDateTime,
    ) -> Result<Filter> {
        let (since, until) = (since.map(|t| t.at(now)), until.map(|t| t.at(now)));
        if let (Some(since), Some(until)) = (since, until)
            && since > until
        {
            return Err(Error::Usage(format!(
                "--since ({}) is after --until ({}): no line can be in between",
                rfc3339(since),
                rfc3339(until)
            )));
        }
        let text = grep.map(Text::Plain).or(grep_regex.map(Text::Regex));
        Ok(Filter { since, until, text })
    }

    /// Whether any filter was given: then the history is the platform's whole buffer.
    pub fn is_active(&self) -> bool {
        self.since.is_some() || self.until.is_some() || self.text.is_some()
    }

    /// Whether one buffer line (an event's data, whose first line carries the timestamp)
    /// passes. A line without a readable time passes only when no time is asked for.
    pub fn keeps(&self, entry: &str) -> bool {
        let time_ok = (self.since.is_none() && self.until.is_none())
            || stamp(entry).is_some_and(|(_, at)| {
                self.since.is_none_or(|since| at >= since)
                    && self.until.is_none_or(|until| at <= until)
            });
        time_ok
            && match &self.text {
                None => true,
                Some(Text::Plain(text)) => entry.contains(text.as_str()),
                Some(Text::Regex(regex)) => regex.is_match(entry),
            }
    }
}

/// The timestamp a line starts with and the time it says, if the line has the usual shape.
fn stamp(entry: &str) -> Option<(&str, OffsetDateTime)> {
    let first = entry.split(['\n', '\r']).find(|l| !l.is_empty())?;
    let timestamp = LogLine::parse(first).timestamp?;
    Some((timestamp, OffsetDateTime::parse(timestamp, &Rfc3339).ok()?))
}

fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_else(|_| at.to_string())
}

/// A filtered history while it arrives: the last `keep` matching lines, and what the
/// buffer-limit notice needs (how many lines the platform sent, and the oldest one's time).
#[derive(Debug)]
pub struct History {
    keep: usize,
    matching: VecDeque<String>,
    received: usize,
    /// The first timestamped line's timestamp, as it came and as a time.
    oldest: Option<(String, OffsetDateTime)>,
}

impl History {
    pub fn new(keep: u32) -> History {
        History {
            keep: keep as usize,
            matching: VecDeque::new(),
            received: 0,
            oldest: None,
        }
    }

    /// Notes one buffer line the platform sent, and keeps it if it matches.
    pub fn push(&mut self, filter: &Filter, entry: &str) {
        self.received += 1;
        if self.oldest.is_none() {
            self.oldest = stamp(entry).map(|(text, at)| (text.to_string(), at));
        }
        if filter.keeps(entry) {
            if self.matching.len() == self.keep {
                self.matching.pop_front();
            }
            self.matching.push_back(entry.to_string());
        }
    }

    /// The lines to show, oldest first.
    pub fn matching(&self) -> impl Iterator<Item = &str> {
        self.matching.iter().map(String::as_str)
    }

    /// The warning owed when the window may reach past the buffer: the platform sent all it
    /// keeps, and either no `--since` bounds the window or it starts before the oldest line.
    pub fn notice(&self, filter: &Filter) -> Option<String> {
        let (oldest, oldest_at) = self.oldest.as_ref()?;
        if self.received < MAX_LINES as usize || filter.since.is_some_and(|s| s >= *oldest_at) {
            return None;
        }
        Some(match filter.since {
            Some(_) => format!(
                "the platform keeps only the last 1,500 log lines and --since starts before \
                 the oldest of them ({oldest}): earlier lines cannot be shown"
            ),
            None => format!(
                "the platform keeps only the last 1,500 log lines: matching lines before the \
                 oldest of them ({oldest}) cannot be shown"
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-23 12:00 UTC);

    fn line(at: &str, message: &str) -> String {
        format!("{at} app[web.1]: {message}")
    }

    #[test]
    fn times_ago_and_iso_times() {
        let ago = |text| parse_time(text).map(|t| t.at(NOW));
        assert_eq!(ago("10m"), Ok(datetime!(2026-11-23 11:50 UTC)));
        assert_eq!(ago("2h"), Ok(datetime!(2026-11-23 10:00 UTC)));
        assert_eq!(ago("1d"), Ok(datetime!(2026-11-22 12:00 UTC)));
        assert_eq!(ago("30s"), Ok(datetime!(2026-11-23 11:59:30 UTC)));
        assert_eq!(
            ago("2026-11-23T10:00:00.5+01:00"),
            Ok(datetime!(2026-11-23 09:00:00.5 UTC))
        );
        assert_eq!(ago("2026-11-23T10:00"), Ok(datetime!(2026-11-23 10:00 UTC)));
        assert_eq!(
            ago("2026-11-23T10:00Z"),
            Ok(datetime!(2026-11-23 10:00 UTC))
        );
        assert_eq!(
            ago("2026-11-23T10:00:01"),
            Ok(datetime!(2026-11-23 10:00:01 UTC))
        );
        assert_eq!(ago("2026-11-23"), Ok(datetime!(2026-11-23 0:00 UTC)));
        for bad in [
            "",
            "m",
            "10",
            "-5m",
            "+5m",
            "1.5h",
            "10 m",
            "5w",
            "3651d",
            "99999999999999999999s",
            "yesterday",
            "2026-13-01",
            "10:00",
            "2026-11-23Z",
            "2026-11-23T10:00ZZ",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn since_after_until_is_refused() {
        let (since, until) = (parse_time("1h").ok(), parse_time("2h").ok());
        let error = Filter::new(since, until, None, None, NOW).unwrap_err();
        assert!(
            matches!(&error, Error::Usage(m) if m.contains("--since")),
            "{error}"
        );
        assert!(Filter::new(until, since, None, None, NOW).is_ok());
    }

    #[test]
    fn lines_are_kept_by_time_and_text() {
        let early = line("2026-11-23T10:00:00.000000+00:00", "GET /health");
        let late = line("2026-11-23T11:00:00.000000+00:00", "POST /orders");
        let odd = "no timestamp, POST".to_string();
        let filter = |since, until, grep: Option<&str>, re: Option<&str>| {
            let regex = re.map(|r| parse_regex(r).unwrap());
            let f = Filter::new(since, until, grep.map(String::from), regex, NOW).unwrap();
            [&early, &late, &odd].map(|l| f.keeps(l))
        };
        let at = |t| parse_time(t).ok();
        assert_eq!(filter(None, None, None, None), [true, true, true]);
        assert_eq!(filter(at("90m"), None, None, None), [false, true, false]);
        assert_eq!(
            filter(None, at("2026-11-23T10:00Z"), None, None),
            [true, false, false]
        );
        assert_eq!(filter(None, None, Some("POST"), None), [false, true, true]);
        assert_eq!(
            filter(None, None, Some("post"), None),
            [false, false, false]
        );
        assert_eq!(
            filter(None, None, None, Some(r"(?i)post /\w+$")),
            [false, true, false]
        );
        assert_eq!(
            filter(at("3h"), None, Some("POST"), None),
            [false, true, false]
        );
        assert!(parse_regex("(").is_err());
    }

    #[test]
    fn history_keeps_the_last_matching_lines_and_owes_a_notice_when_full() {
        let oldest = "2026-11-23T10:00:00.000000+00:00";
        let grep = Filter::new(None, None, Some("even".into()), None, NOW).unwrap();
        let mut history = History::new(2);
        history.push(&grep, &line(oldest, "even 0"));
        for i in 1..MAX_LINES - 1 {
            let parity = if i % 2 == 0 { "even" } else { "odd" };
            history.push(
                &grep,
                &line("2026-11-23T11:00:00Z", &format!("{parity} {i}")),
            );
        }
        assert_eq!(
            history.notice(&grep),
            None,
            "one line short of a full buffer"
        );
        history.push(&grep, &line("2026-11-23T11:00:00Z", "odd last"));
        let kept: Vec<&str> = history.matching().collect();
        assert_eq!(
            kept,
            [
                line("2026-11-23T11:00:00Z", "even 1496"),
                line("2026-11-23T11:00:00Z", "even 1498")
            ]
        );
        let notice = history.notice(&grep).unwrap();
        assert!(
            notice.contains("1,500") && notice.contains(oldest),
            "{notice}"
        );

        // A --since inside the buffer fits it; one before the oldest line does not.
        let since = |t| Filter::new(parse_time(t).ok(), None, None, None, NOW).unwrap();
        assert_eq!(history.notice(&since("2026-11-23T10:30Z")), None);
        assert_eq!(history.notice(&since(oldest)), None);
        let before = history.notice(&since("3h")).unwrap();
        assert!(
            before.contains("--since") && before.contains(oldest),
            "{before}"
        );
    }
}
