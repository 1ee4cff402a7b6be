//! Tables and aligned key/value blocks, the two shapes of human output, laid out as the Heroku
//! CLI lays them out so that people's eyes (and their old scripts) find things where they were.

use tabled::builder::Builder;
use tabled::settings::style::Style;
use tabled::settings::{Padding, Settings};

/// A borderless table: a two-space margin, three spaces between columns, and one rule under the
/// header:
///
/// ```text
///   Name   Region
///  ───────────────
///   demo   us
/// ```
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut builder = Builder::default();
    builder.push_record(headers.iter().copied());
    for row in rows {
        builder.push_record(row.iter().map(String::as_str));
    }
    let mut table = builder.build();
    table.with(Settings::new(Style::empty(), Padding::new(0, 3, 0, 0)));
    let rendered = table.to_string();
    let mut lines: Vec<String> = rendered
        .lines()
        .map(|line| format!("  {}", line.trim_end()))
        .collect();
    let width = rendered.lines().next().map_or(0, |l| l.chars().count());
    // The rule spans every column and the gaps between them, one space in from the margin.
    let rule = format!(" {}", "─".repeat(width.saturating_sub(1)));
    lines.insert(1.min(lines.len()), rule);
    lines.join("\n")
}

/// `Key:   value` lines with the values aligned two columns past the longest key, as in
/// `apps:info` and `config`. Continuation lines of a multi-line value line up under it.
pub fn key_values(pairs: &[(&str, String)]) -> String {
    let width = pairs
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    pairs
        .iter()
        .map(|(key, value)| {
            let pad = width - key.chars().count();
            let mut lines = value.lines();
            let first = lines.next().unwrap_or("");
            let mut text = format!("{key}:{} {first}", " ".repeat(pad));
            for more in lines {
                text.push('\n');
                text.push_str(&" ".repeat(width + 2));
                text.push_str(more);
            }
            text.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_layout() {
        let text = table(
            &["Name", "Region"],
            &[
                vec!["demo".into(), "us".into()],
                vec!["a-longer-name".into(), "eu".into()],
            ],
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], "  Name            Region");
        assert!(lines[1].starts_with(" ─"), "{text}");
        assert!(lines[1].trim_start().chars().all(|c| c == '─'), "{text}");
        assert_eq!(lines[3], "  a-longer-name   eu");
        assert!(lines.iter().all(|l| !l.ends_with(' ')));
    }

    #[test]
    fn key_values_align() {
        let text = key_values(&[("Git URL", "x".into()), ("Region", "us".into())]);
        assert_eq!(text, "Git URL: x\nRegion:  us");
        let multi = key_values(&[("Addons", "a\nb".into()), ("Dynos", String::new())]);
        assert_eq!(multi, "Addons: a\n        b\nDynos:");
    }
}
