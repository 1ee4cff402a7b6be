//! Config vars as text: the dotenv format that `config:import` reads and `config:export`
//! writes, and shell quoting for `--shell`. What [`format`] writes, [`parse`] reads back to the
//! identical map, whatever the values hold (newlines, quotes, `=`, `$`, unicode, spaces).
//!
//! Accepted dotenv: blank lines and `#` comments; an optional `export ` prefix; `KEY=value`
//! (spaces around `=` allowed); unquoted values end at the line's end or at ` #`, and are
//! trimmed; `'single quoted'` values are literal; `"double quoted"` values know the escapes
//! `\n \r \t \" \\ \$ \'`; quoted values may span lines. No variable interpolation.

use std::collections::BTreeMap;
use std::fmt;

pub type ConfigMap = BTreeMap<String, String>;

/// A malformed line, numbered from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Whether `key` is a config var name (`^\w+$`, ASCII).
pub fn valid_key(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Reads dotenv text; a key given twice keeps its last value.
pub fn parse(text: &str) -> Result<ConfigMap, ParseError> {
    let text = text.replace("\r\n", "\n");
    let mut parser = Parser {
        chars: text.chars().collect(),
        pos: 0,
        line: 1,
    };
    let mut map = ConfigMap::new();
    while let Some((key, value)) = parser.entry()? {
        map.insert(key, value);
    }
    Ok(map)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    line: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn error(&self, line: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            line,
            message: message.into(),
        }
    }

    /// The rest of the current line, without its newline (which is consumed).
    fn rest_of_line(&mut self) -> String {
        let mut text = String::new();
        while let Some(c) = self.bump() {
            if c == '\n' {
                break;
            }
            text.push(c);
        }
        text
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.pos += 1;
        }
    }

    /// The next `KEY=value`, skipping blank lines and comments; `None` at the end.
    fn entry(&mut self) -> Result<Option<(String, String)>, ParseError> {
        loop {
            match self.peek() {
                None => return Ok(None),
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('#') => {
                    self.rest_of_line();
                }
                Some(_) => break,
            }
        }
        let line = self.line;
        let mut head = String::new();
        loop {
            match self.peek() {
                Some('=') => break,
                None | Some('\n') => {
                    return Err(
                        self.error(line, format!("expected KEY=VALUE, found {:?}", head.trim()))
                    );
                }
                Some(c) => {
                    head.push(c);
                    self.pos += 1;
                }
            }
        }
        self.pos += 1; // '='
        let head = head.trim();
        let key = head
            .strip_prefix("export")
            .filter(|rest| rest.starts_with([' ', '\t']))
            .map_or(head, str::trim_start);
        if !valid_key(key) {
            return Err(self.error(
                line,
                format!(
                    "invalid key {key:?}: keys may contain only letters, digits and underscores"
                ),
            ));
        }
        self.skip_spaces();
        let value = match self.peek() {
            Some(quote @ ('\'' | '"')) => {
                self.pos += 1;
                let value = self.quoted(quote, line)?;
                self.end_of_quoted()?;
                value
            }
            _ => unquoted(&self.rest_of_line()),
        };
        Ok(Some((key.to_string(), value)))
    }

    /// A value after its opening quote, up to and including the closing one.
    fn quoted(&mut self, quote: char, line: usize) -> Result<String, ParseError> {
        let mut value = String::new();
        loop {
            let Some(c) = self.bump() else {
                let kind = if quote == '"' { "double" } else { "single" };
                return Err(self.error(line, format!("unterminated {kind}-quoted value")));
            };
            match c {
                c if c == quote => return Ok(value),
                '\\' if quote == '"' => match self.bump() {
                    Some('n') => value.push('\n'),
                    Some('r') => value.push('\r'),
                    Some('t') => value.push('\t'),
                    Some(c @ ('"' | '\\' | '$' | '\'')) => value.push(c),
                    Some(other) => {
                        value.push('\\');
                        value.push(other);
                    }
                    None => value.push('\\'),
                },
                c => value.push(c),
            }
        }
    }

    /// After a closing quote only spaces and a comment may follow on the line.
    fn end_of_quoted(&mut self) -> Result<(), ParseError> {
        let line = self.line;
        let rest = self.rest_of_line();
        let rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with('#') {
            Ok(())
        } else {
            Err(self.error(line, format!("unexpected {rest:?} after the closing quote")))
        }
    }
}

/// An unquoted value: up to a ` #` comment, trimmed.
fn unquoted(text: &str) -> String {
    let mut end = text.len();
    let mut previous_blank = true;
    for (i, c) in text.char_indices() {
        if c == '#' && previous_blank {
            end = i;
            break;
        }
        previous_blank = c == ' ' || c == '\t';
    }
    text[..end].trim().to_string()
}

/// Dotenv text for `config`, one `KEY="value"` line per var, that [`parse`] reads back to
/// the same map; `$` is escaped too, so tools that interpolate read it literally.
pub fn format(config: &ConfigMap) -> String {
    config
        .iter()
        .map(|(key, value)| {
            let mut line = format!("{key}=\"");
            for c in value.chars() {
                match c {
                    '\\' => line.push_str("\\\\"),
                    '"' => line.push_str("\\\""),
                    '$' => line.push_str("\\$"),
                    '\n' => line.push_str("\\n"),
                    '\r' => line.push_str("\\r"),
                    c => line.push(c),
                }
            }
            line.push_str("\"\n");
            line
        })
        .collect()
}

/// `value` as one POSIX shell word: single-quoted, with `'` written as `'\''`.
pub fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// `KEY='value'` lines that `sh` can source.
pub fn shell_lines(config: &ConfigMap) -> String {
    config
        .iter()
        .map(|(key, value)| format!("{key}={}\n", shell_quote(value)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> ConfigMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_plain_lines_comments_and_export() {
        let text = "# a comment\n\nFOO=bar\nexport BAZ=qux\n  SPACED = value with spaces  \nEMPTY=\nINLINE=x # note\nHASH=a#b\n";
        assert_eq!(
            parse(text).unwrap(),
            map(&[
                ("BAZ", "qux"),
                ("EMPTY", ""),
                ("FOO", "bar"),
                ("HASH", "a#b"),
                ("INLINE", "x"),
                ("SPACED", "value with spaces"),
            ])
        );
    }

    #[test]
    fn reads_quotes_and_escapes() {
        let text = concat!(
            "SINGLE='it''s literal \\n $HOME'\n",
            "DOUBLE=\"a\\nb \\\"q\\\" \\\\ \\$x \\t end\"\n",
            "KEEP=\"\\q\"\n",
            "EQ=\"a=b=c\"\n",
            "TRAIL='  padded  ' # comment\n",
        );
        let parsed = parse(text);
        // `'it''s...` is two quoted words glued together: not allowed.
        assert_eq!(parsed.unwrap_err().line, 1);
        let text = text.replacen("'it''s", "'its", 1);
        assert_eq!(
            parse(&text).unwrap(),
            map(&[
                ("DOUBLE", "a\nb \"q\" \\ $x \t end"),
                ("EQ", "a=b=c"),
                ("KEEP", "\\q"),
                ("SINGLE", "its literal \\n $HOME"),
                ("TRAIL", "  padded  "),
            ])
        );
    }

    #[test]
    fn reads_multi_line_values_and_crlf() {
        let text = "CERT=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT='x\ny'\r\nLAST=1\r\n";
        assert_eq!(
            parse(text).unwrap(),
            map(&[
                ("CERT", "-----BEGIN-----\nabc\n-----END-----"),
                ("LAST", "1"),
                ("NEXT", "x\ny"),
            ])
        );
    }

    #[test]
    fn later_keys_win() {
        assert_eq!(parse("A=1\nA=2").unwrap(), map(&[("A", "2")]));
    }

    #[test]
    fn malformed_lines_name_their_number() {
        let cases = [
            ("A=1\nJUST_A_WORD\n", 2, "expected KEY=VALUE"),
            ("A=1\n\n# c\nBAD-KEY=1\n", 4, "invalid key"),
            (
                "A=1\nB=\"open\nstill open\n",
                2,
                "unterminated double-quoted",
            ),
            ("A='never closed", 1, "unterminated single-quoted"),
            ("A=\"x\" junk\n", 1, "after the closing quote"),
            ("A=\"x\ny\" junk\n", 2, "after the closing quote"),
            ("=value\n", 1, "invalid key"),
            ("export BAD KEY=1\n", 1, "invalid key"),
        ];
        for (text, line, message) in cases {
            let error = parse(text).unwrap_err();
            assert_eq!(error.line, line, "{text:?}: {error}");
            assert!(error.message.contains(message), "{text:?}: {error}");
        }
    }

    #[test]
    fn format_round_trips_awkward_values() {
        let config = map(&[
            ("EQ", "a=b=c"),
            ("SPACES", "  leading and trailing  "),
            ("NEWLINES", "line1\nline2\r\nline3\n"),
            ("EMOJI", "🚀 déjà vu"),
            ("QUOTES", r#"it's "quoted" \ back\slash"#),
            ("DOLLAR", "$HOME ${X} `cmd`"),
            ("HASH", "a #not a comment"),
            ("EMPTY", ""),
            ("TAB", "a\tb"),
        ]);
        let text = format(&config);
        assert_eq!(text.lines().count(), config.len(), "{text}");
        assert_eq!(parse(&text).unwrap(), config);
    }

    #[test]
    fn export_keyword_as_a_key() {
        assert_eq!(parse("export=1").unwrap(), map(&[("export", "1")]));
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(shell_quote("plain"), "'plain'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
        assert_eq!(
            shell_lines(&map(&[("A", "x y"), ("B", "1")])),
            "A='x y'\nB='1'\n"
        );
    }
}
