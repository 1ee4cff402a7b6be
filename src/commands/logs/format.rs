//! Log lines (`TIMESTAMP SOURCE[DYNO]: MESSAGE`) as belt prints them: unchanged into a pipe,
//! coloured per dyno on a terminal, or as NDJSON objects.

use serde::{Serialize, Serializer};

use crate::output::{Record, Style};

/// One line of a log stream as it came, printed through [`crate::output::Output::record`].
pub struct Logged<'a>(pub &'a str);

/// A line's parts; a line that does not have the usual shape is all message.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct LogLine<'a> {
    pub timestamp: Option<&'a str>,
    pub source: Option<&'a str>,
    pub dyno: Option<&'a str>,
    pub message: &'a str,
}

impl<'a> LogLine<'a> {
    pub fn parse(line: &'a str) -> LogLine<'a> {
        Self::split(line).unwrap_or(LogLine {
            timestamp: None,
            source: None,
            dyno: None,
            message: line,
        })
    }

    fn split(line: &'a str) -> Option<LogLine<'a>> {
        let (timestamp, rest) = line.split_once(' ')?;
        let (prefix, message) = rest.split_once("]: ").or_else(|| {
            // An empty message: `... heroku[web.1]:` with nothing after it.
            rest.strip_suffix("]:").map(|p| (p, ""))
        })?;
        let (source, dyno) = prefix.split_once('[')?;
        let plain = |s: &str| !s.is_empty() && !s.contains([' ', '[', ']']);
        (plain(source) && plain(dyno)).then_some(LogLine {
            timestamp: Some(timestamp),
            source: Some(source),
            dyno: Some(dyno),
            message,
        })
    }
}

/// The colours dynos are told apart by; a dyno keeps its colour for the whole stream.
const PALETTE: [fn(&Style, &str) -> String; 5] = [
    Style::cyan,
    Style::green,
    Style::yellow,
    Style::magenta,
    Style::red,
];

impl Serialize for Logged<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        LogLine::parse(self.0).serialize(serializer)
    }
}

impl Record for Logged<'_> {
    /// Unchanged, or coloured per dyno on a colour terminal.
    fn human(&self, style: &Style, out: &mut Vec<u8>) {
        if style.enabled() {
            coloured(style, self.0, out);
        } else {
            out.extend_from_slice(self.0.as_bytes());
        }
    }
}

fn coloured(style: &Style, line: &str, out: &mut Vec<u8>) {
    let parsed = LogLine::parse(line);
    let (Some(timestamp), Some(source), Some(dyno)) =
        (parsed.timestamp, parsed.source, parsed.dyno)
    else {
        out.extend_from_slice(line.as_bytes());
        return;
    };
    let hash = dyno
        .bytes()
        .fold(0usize, |h, b| h.wrapping_mul(31) + usize::from(b));
    let paint = PALETTE[hash % PALETTE.len()];
    let text = format!(
        "{} {} {}",
        style.dim(timestamp),
        paint(style, &format!("{source}[{dyno}]:")),
        parsed.message
    );
    out.extend_from_slice(text.trim_end_matches(' ').as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str =
        "2026-11-23T10:00:00.123456+00:00 heroku[web.1]: State changed from starting to up";

    #[test]
    fn parses_heroku_lines() {
        assert_eq!(
            LogLine::parse(LINE),
            LogLine {
                timestamp: Some("2026-11-23T10:00:00.123456+00:00"),
                source: Some("heroku"),
                dyno: Some("web.1"),
                message: "State changed from starting to up",
            }
        );
        let line = LogLine::parse("2026-11-23T10:00:00+00:00 app[run.1]: a]: b");
        assert_eq!(
            (line.source, line.dyno, line.message),
            (Some("app"), Some("run.1"), "a]: b")
        );
        let empty = LogLine::parse("2026-11-23T10:00:00+00:00 app[router]:");
        assert_eq!((empty.dyno, empty.message), (Some("router"), ""));
    }

    #[test]
    fn odd_lines_are_all_message() {
        for odd in [
            "",
            "no brackets here",
            "t x[]: y",
            "t [api]: y",
            "t a b[c]: d",
        ] {
            assert_eq!(LogLine::parse(odd).message, odd);
            assert_eq!(LogLine::parse(odd).timestamp, None);
        }
    }

    fn format(json: bool, colour: bool, line: &str) -> String {
        let (mut output, _) = crate::output::Output::captured(json);
        output.style = Style::new(colour);
        let mut out = Vec::new();
        output.record(&Logged(line), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plain_json_and_coloured_output() {
        assert_eq!(format(false, false, LINE), format!("{LINE}\n"));
        let json: serde_json::Value = serde_json::from_str(&format(true, true, LINE)).unwrap();
        assert_eq!(json["dyno"], "web.1");
        assert_eq!(json["message"], "State changed from starting to up");
        let coloured = format(false, true, LINE);
        assert!(coloured.contains("\x1b[") && coloured.contains("heroku[web.1]:"));
        assert!(coloured.ends_with("starting to up\n"));
        // The same dyno always gets the same colour.
        assert_eq!(coloured, format(false, true, LINE));
    }
}
