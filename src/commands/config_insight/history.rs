//! `config:history [KEY]`: every change of the app's config vars, release by release: each
//! release's config (`GET /apps/{app}/releases/{version}/config-vars`, a bounded number at a
//! time) against the one before it. A release whose config cannot be read is named, and the
//! change across it is shown at the next release that could be read.

use clap::Args;
use futures_util::StreamExt;
use serde_json::{Value, json};

use crate::api::Client;
use crate::api::models::Release;
use crate::config_diff::{ConfigDiff, MASK};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, table};
use belt_text::dotenv::ConfigMap;

/// How many releases' config vars are read at once.
const IN_FLIGHT: usize = 8;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this config var's changes
    #[arg(value_name = "KEY")]
    pub key: Option<String>,
    /// Show only the N most recent changes
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub num: Option<u32>,
    /// Show the values set, changed and removed (secrets included)
    #[arg(long)]
    pub values: bool,
}

pub async fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let releases = client.releases(&app).all().await?;
    let read = read_configs(client, &app, releases).await?;
    let mut history = History::of(&read, args.key.as_deref());
    if let Some(warning) = history.warning() {
        ctx.out.warn(warning);
    }
    if let Some(n) = args.num {
        history.changes.truncate(n as usize);
    }
    ctx.out.emit(&HistoryView {
        app,
        key: args.key,
        history,
        values: args.values,
    })
}

/// A release and its config vars, or why they could not be read.
type Read = (Release, std::result::Result<ConfigMap, String>);

/// Every release's config vars, in the releases' order, [`IN_FLIGHT`] requests at a time. A
/// release the backend will not give (403, 404, 5xx after the client's retries) or that
/// cannot be reached is kept with the reason; any other failure (a rejected login) ends it.
async fn read_configs(client: &Client, app: &str, releases: Vec<Release>) -> Result<Vec<Read>> {
    let endpoint = client.releases(app);
    let endpoint = &endpoint;
    let reads = releases.into_iter().map(|release| async move {
        let config = endpoint.config_vars(&release.version.to_string()).await;
        (release, config)
    });
    let answers: Vec<_> = futures_util::stream::iter(reads)
        .buffered(IN_FLIGHT)
        .collect()
        .await;
    answers
        .into_iter()
        .map(|(release, config)| match config {
            Ok(config) => Ok((release, Ok(config))),
            Err(e) if unreadable(&e) => Ok((release, Err(e.to_string()))),
            Err(e) => Err(e),
        })
        .collect()
}

fn unreadable(error: &Error) -> bool {
    match error {
        Error::Api { status, .. } => refused(*status),
        Error::Network { .. } | Error::Protocol { .. } => true,
        _ => false,
    }
}

/// An answer that refuses one release's config, not the whole reading (as a 401 would).
fn refused(status: u16) -> bool {
    matches!(status, 403 | 404 | 500..=599)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Set,
    Changed,
    Removed,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::Changed => "changed",
            Kind::Removed => "removed",
        }
    }
}

/// One key's change, at the release that made it (or, across releases that could not be
/// read, at the next one that could).
#[derive(Debug, Clone)]
struct Change {
    release: Release,
    /// The releases before it, after the last one read, whose config could not be read: the
    /// change may have been made in any of them.
    across: Vec<u64>,
    kind: Kind,
    key: String,
    /// The value before (none when set) and after (none when removed).
    before: Option<String>,
    after: Option<String>,
}

/// The changes, newest first, and the releases whose config could not be read.
#[derive(Debug)]
struct History {
    changes: Vec<Change>,
    /// (version, why), oldest first.
    unreadable: Vec<(u64, String)>,
    /// The newest releases, after the last one read, whose changes cannot be shown at all.
    unshown: Vec<u64>,
}

impl History {
    /// `read` oldest first; only `key`'s changes when given.
    fn of(read: &[Read], key: Option<&str>) -> History {
        let empty = ConfigMap::new();
        let mut before = &empty;
        let mut across = Vec::new();
        // Each release read's changes, oldest release first.
        let mut by_release: Vec<Vec<Change>> = Vec::new();
        let mut unreadable = Vec::new();
        for (release, config) in read {
            let config = match config {
                Ok(config) => config,
                Err(why) => {
                    unreadable.push((release.version, why.clone()));
                    across.push(release.version);
                    continue;
                }
            };
            let diff = ConfigDiff::between(before, config);
            let change =
                |kind, key: &String, before: Option<&String>, after: Option<&String>| Change {
                    release: release.clone(),
                    across: across.clone(),
                    kind,
                    key: key.clone(),
                    before: before.cloned(),
                    after: after.cloned(),
                };
            let set = diff
                .added
                .iter()
                .map(|(k, v)| change(Kind::Set, k, None, Some(v)));
            let changed = (diff.changed.iter())
                .map(|(k, (old, new))| change(Kind::Changed, k, Some(old), Some(new)));
            let removed =
                (diff.removed.iter()).map(|(k, v)| change(Kind::Removed, k, Some(v), None));
            let mut made: Vec<Change> = set
                .chain(changed)
                .chain(removed)
                .filter(|c| key.is_none_or(|key| c.key == key))
                .collect();
            made.sort_by(|a, b| a.key.cmp(&b.key));
            by_release.push(made);
            before = config;
            across.clear();
        }
        History {
            changes: by_release.into_iter().rev().flatten().collect(),
            unreadable,
            unshown: across,
        }
    }

    /// What stderr says of the releases that could not be read; none when all were.
    fn warning(&self) -> Option<String> {
        if self.unreadable.is_empty() {
            return None;
        }
        let versions = |list: &mut dyn Iterator<Item = u64>| {
            list.map(|v| format!("v{v}")).collect::<Vec<_>>().join(", ")
        };
        let mut text = format!(
            "could not read the config of {} ({}); a change across such a release is shown at \
             the next release that could be read",
            versions(&mut self.unreadable.iter().map(|(v, _)| *v)),
            self.unreadable[0].1
        );
        if !self.unshown.is_empty() {
            text.push_str(&format!(
                "; the changes of {} are not shown, since no later release could be read",
                versions(&mut self.unshown.iter().copied())
            ));
        }
        Some(text)
    }
}

/// `config:history`: a table of the changes, newest first, for people; for `--json`
/// `{app, key, masked, changes: [...], unreadable: [...]}`, values masked unless `--values`.
struct HistoryView {
    app: String,
    key: Option<String>,
    history: History,
    values: bool,
}

impl HistoryView {
    fn shown(&self, value: &Option<String>) -> Option<String> {
        match self.values {
            true => value.clone(),
            false => value.as_ref().map(|_| MASK.to_string()),
        }
    }

    fn change_json(&self, change: &Change) -> Value {
        let release = &change.release;
        json!({
            "version": release.version,
            "release_id": release.id,
            "user": user_email(release),
            "created_at": release.created_at,
            "description": release.description,
            "kind": change.kind.name(),
            "key": change.key,
            "value": self.shown(&change.after),
            "previous_value": self.shown(&change.before),
            "unreadable_before": change.across,
        })
    }

    /// The Value column with `--values`: the new value, the change, or the removed value.
    fn value_cell(change: &Change) -> String {
        let quote = |v: &Option<String>| Value::from(v.clone().unwrap_or_default()).to_string();
        match change.kind {
            Kind::Set => quote(&change.after),
            Kind::Changed => format!("{} → {}", quote(&change.before), quote(&change.after)),
            Kind::Removed => format!("was {}", quote(&change.before)),
        }
    }
}

fn user_email(release: &Release) -> Option<String> {
    release.user.as_ref().and_then(|u| u.email.clone())
}

/// The release's description, saying when the change may come from releases before it that
/// could not be read.
fn release_cell(change: &Change) -> String {
    let description = change.release.description.clone().unwrap_or_default();
    if change.across.is_empty() {
        return description;
    }
    let versions: Vec<String> = change.across.iter().map(|v| format!("v{v}")).collect();
    format!(
        "{description} (or {}: could not be read)",
        versions.join(", ")
    )
}

impl View for HistoryView {
    fn json(&self) -> Value {
        let changes: Vec<Value> = (self.history.changes.iter())
            .map(|c| self.change_json(c))
            .collect();
        let unreadable: Vec<Value> = (self.history.unreadable.iter())
            .map(|(version, why)| json!({"version": version, "error": why}))
            .collect();
        json!({
            "app": self.app,
            "key": self.key,
            "masked": !self.values,
            "changes": changes,
            "unreadable": unreadable,
        })
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = out.style.app(&self.app);
        match &self.key {
            Some(key) => out.header(format!("{app} Config Var History: {key}"))?,
            None => out.header(format!("{app} Config Var History"))?,
        }
        if self.history.changes.is_empty() {
            return out.line("No config var changes.");
        }
        let rows: Vec<Vec<String>> = (self.history.changes.iter())
            .map(|change| {
                let release = &change.release;
                let mut row = vec![
                    format!("v{}", release.version),
                    change.kind.name().to_string(),
                    change.key.clone(),
                ];
                if self.values {
                    row.push(Self::value_cell(change));
                }
                row.push(user_email(release).unwrap_or_default());
                row.push(release.created_at.clone().unwrap_or_default());
                row.push(release_cell(change));
                row
            })
            .collect();
        let mut headers = vec!["Version", "Change", "Key"];
        if self.values {
            headers.push("Value");
        }
        headers.extend(["By", "When", "Release"]);
        out.line(table(&headers, &rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn release(version: u64, email: &str) -> Release {
        serde_json::from_value(json!({
            "id": format!("id-{version}"),
            "version": version,
            "description": format!("release {version}"),
            "user": {"email": email},
        }))
        .unwrap()
    }

    fn config(pairs: &[(&str, &str)]) -> std::result::Result<ConfigMap, String> {
        Ok(pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect())
    }

    /// (version, kind, key, across) of each change, newest first.
    fn summary(history: &History) -> Vec<(u64, &'static str, &str, Vec<u64>)> {
        (history.changes.iter())
            .map(|c| {
                (
                    c.release.version,
                    c.kind.name(),
                    c.key.as_str(),
                    c.across.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn each_change_is_at_its_release_newest_first_keys_in_order() {
        let read = vec![
            (release(1, "a@x"), config(&[])),
            (release(2, "a@x"), config(&[("B", "1"), ("A", "1")])),
            (release(3, "b@x"), config(&[("A", "2"), ("B", "1")])),
            (release(4, "c@x"), config(&[("B", "1")])),
        ];
        let history = History::of(&read, None);
        assert_eq!(
            summary(&history),
            vec![
                (4, "removed", "A", vec![]),
                (3, "changed", "A", vec![]),
                (2, "set", "A", vec![]),
                (2, "set", "B", vec![]),
            ]
        );
        let removed = &history.changes[0];
        assert_eq!(
            (removed.before.as_deref(), removed.after.as_deref()),
            (Some("2"), None)
        );
        assert_eq!(user_email(&removed.release).as_deref(), Some("c@x"));
        assert!(history.warning().is_none());
        let only_b = History::of(&read, Some("B"));
        assert_eq!(summary(&only_b), vec![(2, "set", "B", vec![])]);
    }

    #[test]
    fn a_change_across_unreadable_releases_is_shown_at_the_next_readable_one() {
        let read = vec![
            (release(1, "a@x"), Err("HTTP 500".to_string())),
            (release(2, "a@x"), config(&[("A", "1")])),
            (
                release(3, "a@x"),
                Err("Couldn't find that release.".to_string()),
            ),
            (release(4, "a@x"), Err("HTTP 500".to_string())),
            (release(5, "a@x"), config(&[("A", "2")])),
            (release(6, "a@x"), Err("HTTP 503".to_string())),
        ];
        let history = History::of(&read, None);
        assert_eq!(
            summary(&history),
            vec![(5, "changed", "A", vec![3, 4]), (2, "set", "A", vec![1])]
        );
        assert_eq!(history.unshown, vec![6]);
        let unreadable: Vec<u64> = history.unreadable.iter().map(|(v, _)| *v).collect();
        assert_eq!(unreadable, vec![1, 3, 4, 6]);
        let warning = history.warning().unwrap();
        assert!(
            warning.starts_with("could not read the config of v1, v3, v4, v6 (HTTP 500)"),
            "{warning}"
        );
        assert!(
            warning.contains("the changes of v6 are not shown"),
            "{warning}"
        );
        assert_eq!(
            release_cell(&history.changes[0]),
            "release 5 (or v3, v4: could not be read)"
        );
    }

    #[test]
    fn values_are_masked_unless_asked_for() {
        let read = vec![
            (release(1, "a@x"), config(&[("S", "secret")])),
            (release(2, "a@x"), config(&[("S", "other")])),
        ];
        let view = |values| HistoryView {
            app: "demo".into(),
            key: None,
            history: History::of(&read, None),
            values,
        };
        let masked = view(false).json().to_string();
        assert!(
            !masked.contains("secret") && !masked.contains("other"),
            "{masked}"
        );
        assert_eq!(view(false).json()["changes"][0]["value"], MASK);
        let shown = view(true).json();
        assert_eq!(shown["changes"][0]["value"], "other");
        assert_eq!(shown["changes"][0]["previous_value"], "secret");
        assert_eq!(
            HistoryView::value_cell(&view(true).history.changes[0]),
            "\"secret\" → \"other\""
        );
    }

    #[test]
    fn only_a_rejected_login_ends_the_reading() {
        assert!([403, 404, 500, 503].into_iter().all(refused));
        assert!(!refused(401));
        assert!(!unreadable(&Error::Interrupted));
        assert!(unreadable(&Error::Network {
            message: "reset".into(),
            request_id: None,
        }));
    }
}
