//! `pipelines:diff`: what the app's slug has that each app of the next stage's lacks. The
//! official CLI compares the slugs' commits on GitHub (through Kolkrabbi); belt reads them from
//! the local git repository, and says so when they are not there. Beyond the official one, it
//! names the config var keys that differ (values with `--values`).

use clap::Args;
use serde_json::{Value, json};

use super::pipeline_apps;
use super::stages::PROMOTION_ORDER;
use crate::api::Client;
use crate::api::models::{Release, decode};
use crate::config_diff::ConfigDiff;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, key_values, table};
use crate::project;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Show the differing config vars' values, not only their names
    #[arg(long)]
    pub values: bool,
}

/// One app's name and the commit of its newest succeeded release's slug.
struct Compared {
    name: String,
    /// Whether it has a succeeded release with a slug.
    released: bool,
    /// The slug's commit; none for a slug built from a source without a version.
    commit: Option<String>,
}

/// One commit the app has and the downstream app lacks, as `git log` reads it.
struct Commit {
    sha: String,
    date: String,
    author: String,
    message: String,
}

/// How the app's commit stands against one downstream app's.
enum Verdict {
    UpToDate,
    Ahead(Vec<Commit>),
    /// Downstream has no release with a slug (the official CLI's words).
    NoReleases,
    /// Downstream's slug records no commit.
    NoCommit,
    /// The local repository lacks one of the two commits (belt's words: the official CLI
    /// asks GitHub instead).
    NotHere {
        source: String,
        downstream: String,
    },
}

impl Verdict {
    /// Why `to` was not compared to `from`, names as `name` shows them; none when it was.
    fn reason(&self, to: &str, from: &str) -> Option<String> {
        match self {
            Verdict::UpToDate | Verdict::Ahead(_) => None,
            Verdict::NoReleases => Some(format!(
                "{to} was not compared to {from} as {from} does not have any releases"
            )),
            Verdict::NoCommit => Some(format!(
                "{to} was not compared to {from} as the slug of {from} records no commit"
            )),
            Verdict::NotHere { source, downstream } => Some(format!(
                "{to} was not compared to {from} because the local git repository does not \
                 have both commits ({} and {}): run this in the app's repository, fetched",
                short(source),
                short(downstream)
            )),
        }
    }
}

/// One downstream app: how its code and its config vars differ from the app's.
struct Downstream {
    app: Compared,
    verdict: Verdict,
    config: ConfigDiff,
}

pub async fn run(ctx: &Context, args: DiffArgs) -> Result<()> {
    let name = ctx.app().await?;
    let client = ctx.client().await?;
    let coupling = match client.pipelines().coupling_of(&name).await {
        Err(Error::Api { status: 404, .. }) => {
            return Err(Error::NotFound(format!(
                "This app ({name}) does not seem to be a part of any pipeline"
            )));
        }
        answer => answer?.model,
    };
    let action = ctx.out.action("Fetching apps from pipeline");
    let pipeline_id = coupling.pipeline.id.as_deref().unwrap_or_default();
    let apps = pipeline_apps(client, pipeline_id).await?;
    action.done();
    let next = PROMOTION_ORDER
        .iter()
        .position(|stage| *stage == coupling.stage)
        .and_then(|i| PROMOTION_ORDER.get(i + 1))
        .ok_or_else(|| Error::Usage(format!("Unable to diff {name}")))?;
    let downstream: Vec<(String, String)> = apps
        .iter()
        .filter(|(_, c)| c.stage == *next)
        .map(|(app, _)| (app.model.id.clone(), app.model.name.clone()))
        .collect();
    if downstream.is_empty() {
        return Err(Error::Failed(format!(
            "Cannot diff {name} as there are no downstream apps configured"
        )));
    }
    let action = ctx.out.action("Fetching release info for all apps");
    let app_id = coupling.app.id.as_deref().unwrap_or(&name);
    let source = released(client, &name, app_id).await?;
    let source_config = client.config_vars(app_id).info().await?.model;
    let mut compared = Vec::new();
    for (id, downstream_name) in downstream {
        let app = released(client, &downstream_name, &id).await?;
        let config = client.config_vars(&id).info().await?.model;
        compared.push((app, config));
    }
    action.done();
    if !source.released {
        return Err(Error::Failed(format!(
            "No release was found for {name}, unable to diff"
        )));
    }
    let Some(source_commit) = source.commit.clone() else {
        return Err(Error::Failed(format!(
            "The slug of {name} records no commit (it was built from a source without a \
             version), unable to diff"
        )));
    };
    let downstream = compared
        .into_iter()
        .map(|(app, config)| Downstream {
            verdict: verdict(&source_commit, &app),
            config: ConfigDiff::between(&config, &source_config),
            app,
        })
        .collect();
    ctx.out.emit(&Diff {
        source,
        downstream,
        values: args.values,
    })
}

/// The app `name` (`id`) with the commit of its newest succeeded release's slug, as the
/// official CLI finds it.
async fn released(client: &Client, name: &str, id: &str) -> Result<Compared> {
    let (released, commit) = match slug_of_newest_release(client, id).await? {
        Some(slug) => (true, client.slugs(id).info(&slug).await?.commit),
        None => (false, None),
    };
    Ok(Compared {
        name: name.to_string(),
        released,
        commit,
    })
}

/// The slug id of the app's newest succeeded release, when it has one.
async fn slug_of_newest_release(client: &Client, app: &str) -> Result<Option<String>> {
    let releases = client.releases(app).newest(200).await?;
    let release = releases
        .iter()
        .filter_map(|raw| decode::<Release>(raw).ok())
        .find(|r| r.status.as_deref() == Some("succeeded"));
    Ok(release.and_then(|r| r.slug).and_then(|s| s.id))
}

fn verdict(source_commit: &str, downstream: &Compared) -> Verdict {
    if !downstream.released {
        return Verdict::NoReleases;
    }
    let Some(downstream_commit) = downstream.commit.as_deref() else {
        return Verdict::NoCommit;
    };
    if downstream_commit == source_commit {
        return Verdict::UpToDate;
    }
    let known = |sha: &str| project::git(&["cat-file", "-e", &format!("{sha}^{{commit}}")]);
    if known(source_commit).is_none() || known(downstream_commit).is_none() {
        return Verdict::NotHere {
            source: source_commit.to_string(),
            downstream: downstream_commit.to_string(),
        };
    }
    let range = format!("{downstream_commit}..{source_commit}");
    let log = project::git(&["log", "--format=%H%x1f%aI%x1f%an%x1f%s", &range]);
    Verdict::Ahead(
        log.unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\u{1f}');
                Some(Commit {
                    sha: short(fields.next()?).to_string(),
                    date: fields.next()?.to_string(),
                    author: fields.next()?.to_string(),
                    message: fields.next().unwrap_or_default().to_string(),
                })
            })
            .collect(),
    )
}

fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

/// The diff of the app against each downstream app: the official CLI's lines (`A is up to
/// date with B`, `=== A is ahead of B by N commits` and a table), then belt's config var
/// differences; `--json` is `{"app", "commit", "downstream": [...]}`.
struct Diff {
    source: Compared,
    downstream: Vec<Downstream>,
    values: bool,
}

impl Diff {
    /// Each differing key and how it differs, values JSON-quoted with `--values`.
    fn config_lines(&self, downstream: &Downstream, to: &str, from: &str) -> Vec<(String, String)> {
        let quote = |v: &str| Value::from(v).to_string();
        let config = &downstream.config;
        let only_to = config.added.iter().map(|(key, value)| {
            let shown = self.values.then(|| format!(" {}", quote(value)));
            (key, format!("only in {to}{}", shown.unwrap_or_default()))
        });
        let only_from = config.removed.iter().map(|(key, value)| {
            let shown = self.values.then(|| format!(" {}", quote(value)));
            (key, format!("only in {from}{}", shown.unwrap_or_default()))
        });
        let changed = config.changed.iter().map(|(key, (old, new))| {
            let detail = match self.values {
                true => format!("{to} {}, {from} {}", quote(new), quote(old)),
                false => format!("differs between {to} and {from}"),
            };
            (key, detail)
        });
        let mut lines: Vec<(String, String)> = only_to
            .chain(only_from)
            .chain(changed)
            .map(|(key, detail)| (key.clone(), detail))
            .collect();
        lines.sort();
        lines
    }

    fn downstream_json(&self, downstream: &Downstream) -> Value {
        let (status, commits) = match &downstream.verdict {
            Verdict::UpToDate => ("up_to_date", Vec::new()),
            Verdict::Ahead(commits) => ("ahead", commits.iter().map(commit_json).collect()),
            Verdict::NoReleases | Verdict::NoCommit | Verdict::NotHere { .. } => {
                ("not_compared", Vec::new())
            }
        };
        let reason = downstream
            .verdict
            .reason(&self.source.name, &downstream.app.name);
        let config = &downstream.config;
        let keys = |map: &std::collections::BTreeMap<String, String>| -> Value {
            match self.values {
                true => json!(map),
                false => json!(map.keys().collect::<Vec<_>>()),
            }
        };
        let changed = match self.values {
            true => config.to_json()["changed"].clone(),
            false => json!(config.changed.keys().collect::<Vec<_>>()),
        };
        json!({
            "app": downstream.app.name,
            "commit": downstream.app.commit,
            "status": status,
            "reason": reason,
            "commits": commits,
            "config_vars": {
                "only_in_app": keys(&config.added),
                "only_in_downstream": keys(&config.removed),
                "different": changed,
            },
        })
    }
}

fn commit_json(commit: &Commit) -> Value {
    json!({"sha": commit.sha, "date": commit.date, "author": commit.author,
           "message": commit.message})
}

impl View for Diff {
    fn json(&self) -> Value {
        let downstream: Vec<Value> = self
            .downstream
            .iter()
            .map(|d| self.downstream_json(d))
            .collect();
        json!({"app": self.source.name, "commit": self.source.commit, "downstream": downstream})
    }

    fn human(&self, out: &Output) -> Result<()> {
        let to = out.style.app(&self.source.name);
        for downstream in &self.downstream {
            let from = out.style.app(&downstream.app.name);
            out.line("")?;
            match &downstream.verdict {
                Verdict::UpToDate => out.line(format!("{to} is up to date with {from}"))?,
                Verdict::NoReleases | Verdict::NoCommit | Verdict::NotHere { .. } => {
                    out.line(downstream.verdict.reason(&to, &from).unwrap_or_default())?
                }
                Verdict::Ahead(commits) => {
                    let plural = if commits.len() == 1 { "" } else { "s" };
                    out.header(format!(
                        "{to} is ahead of {from} by {} commit{plural}",
                        commits.len()
                    ))?;
                    let rows: Vec<Vec<String>> = commits
                        .iter()
                        .map(|c| {
                            vec![
                                c.sha.clone(),
                                c.date.clone(),
                                c.author.clone(),
                                c.message.clone(),
                            ]
                        })
                        .collect();
                    out.line(table(&["SHA", "Date", "Author", "Message"], &rows))?;
                }
            }
            let lines = self.config_lines(downstream, &to, &from);
            out.line("")?;
            if lines.is_empty() {
                out.line(format!("{to} and {from} have the same config vars"))?;
                continue;
            }
            out.header(format!("Config vars that differ between {to} and {from}"))?;
            let pairs: Vec<(&str, String)> = lines
                .iter()
                .map(|(key, detail)| (key.as_str(), detail.clone()))
                .collect();
            out.line(key_values(&pairs))?;
        }
        Ok(())
    }
}
