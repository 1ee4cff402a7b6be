//! The app.json that apps:setup sends, read from the packed tarball itself (what the platform
//! will read, committed or not), and the dry run's account of the app it would make. The
//! manifest's rules are the platform's to check; this only reads it to show it.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::SetupArgs;
use crate::error::{Error, Result};
use crate::output::key_values;

const MANIFEST: &str = "app.json";
const REDACTED: &str = "[REDACTED]";
/// Words of a config var's name that make its value a secret the dry run does not print.
const SECRET_WORDS: &[&str] = &[
    "SECRET",
    "TOKEN",
    "PASSWORD",
    "PASS",
    "KEY",
    "PRIVATE",
    "CREDENTIALS",
    "AUTH",
    "SALT",
];

pub(super) struct Manifest {
    path: PathBuf,
    doc: Map<String, Value>,
}

impl Manifest {
    /// The `app.json` at the top of `tarball` (`dir` packed): a usage error when there is
    /// none, or it is not a JSON object.
    pub fn from_tarball(dir: &Path, tarball: &[u8]) -> Result<Manifest> {
        let path = dir.join(MANIFEST);
        let text = find_in_tarball(tarball).ok_or_else(|| {
            Error::Usage(if path.is_file() {
                format!(
                    "{} is not committed: apps:setup sends the committed tree, as `git push` \
                     would; commit it first",
                    path.display()
                )
            } else {
                format!(
                    "{} has no app.json: apps:setup creates an app from that manifest (see \
                     https://devcenter.heroku.com/articles/app-json-schema)",
                    dir.display()
                )
            })
        })?;
        match serde_json::from_slice(&text) {
            Ok(Value::Object(doc)) => Ok(Manifest { path, doc }),
            Ok(_) => Err(Error::Usage(format!(
                "{} is not an app.json manifest: it must be a JSON object",
                path.display()
            ))),
            Err(e) => Err(Error::Usage(format!(
                "{} is not valid JSON: {e}",
                path.display()
            ))),
        }
    }

    pub fn shown_path(&self) -> String {
        self.path.display().to_string()
    }

    /// What the dry run shows: the app, its env (secret values hidden), add-ons, formation,
    /// buildpacks and postdeploy script.
    pub fn preview(&self, args: &SetupArgs, given: &BTreeMap<String, String>) -> Vec<String> {
        let from_manifest = |key: &str| {
            self.doc
                .get(key)
                .and_then(Value::as_str)
                .map(|v| format!("{v} (app.json)"))
        };
        let stack = args.stack.clone().or_else(|| from_manifest("stack"));
        let buildpacks = if args.buildpacks.is_empty() {
            self.list("buildpacks", |b| {
                b.get("url").and_then(Value::as_str).map(str::to_string)
            })
        } else {
            args.buildpacks.clone()
        };
        let given_or = |value: &Option<String>| value.clone().unwrap_or_default();
        // Each line, and what it says when the manifest and the flags leave it out.
        let lines = [
            ("Name", given_or(&args.name), "(generated)"),
            ("Region", given_or(&args.region), "(default)"),
            ("Stack", stack.unwrap_or_default(), "(default)"),
            ("Env", self.env(given).join("\n"), "(none)"),
            ("Add-ons", self.list("addons", addon).join("\n"), "(none)"),
            (
                "Formation",
                self.formation().join("\n"),
                "(the Procfile's defaults)",
            ),
            ("Buildpacks", buildpacks.join("\n"), "(detected)"),
            (
                "Postdeploy",
                self.postdeploy().unwrap_or_default(),
                "(none)",
            ),
        ];
        let shown: Vec<(&str, String)> = lines
            .into_iter()
            .map(|(key, value, absent)| {
                let value = if value.is_empty() {
                    absent.to_string()
                } else {
                    value
                };
                (key, value)
            })
            .collect();
        let mut lines = vec![format!("Would set up an app from {}:", self.shown_path())];
        lines.extend(key_values(&shown).lines().map(|line| format!("  {line}")));
        lines.push(String::new());
        lines
    }

    /// `KEY=value (where it comes from)` for each key declared or given.
    fn env(&self, given: &BTreeMap<String, String>) -> Vec<String> {
        let declared = self.doc.get("env").and_then(Value::as_object);
        let mut keys: Vec<&String> = declared.into_iter().flat_map(|d| d.keys()).collect();
        keys.extend(
            given
                .keys()
                .filter(|k| declared.is_none_or(|d| !d.contains_key(*k))),
        );
        keys.sort();
        keys.into_iter()
            .map(|key| {
                let entry = declared.and_then(|d| d.get(key));
                let shown = match (given.get(key), entry) {
                    (Some(value), _) => format!("={} (--env)", shown_value(key, value)),
                    (None, Some(Value::String(value))) => {
                        format!("={} (app.json)", shown_value(key, value))
                    }
                    (None, Some(entry)) => declared_value(key, entry),
                    (None, None) => String::new(),
                };
                format!("{key}{shown}")
            })
            .collect()
    }

    fn formation(&self) -> Vec<String> {
        let Some(formation) = self.doc.get("formation").and_then(Value::as_object) else {
            return Vec::new();
        };
        formation
            .iter()
            .map(|(kind, entry)| {
                let field = |name: &str| {
                    entry.get(name).map(|v| match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                };
                let quantity = field("quantity").unwrap_or_else(|| "1".into());
                match field("size") {
                    Some(size) => format!("{kind}={quantity}:{size}"),
                    None => format!("{kind}={quantity}"),
                }
            })
            .collect()
    }

    /// `scripts.postdeploy`: a command, or `{"command": ..., "size": ...}`.
    fn postdeploy(&self) -> Option<String> {
        let script = self.doc.get("scripts")?.get("postdeploy")?;
        match script {
            Value::String(command) => Some(command.clone()),
            other => other.get("command")?.as_str().map(str::to_string),
        }
    }

    /// The entries of the array `key` that `show` can read.
    fn list(&self, key: &str, show: impl Fn(&Value) -> Option<String>) -> Vec<String> {
        self.doc
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(show)
            .collect()
    }
}

/// An add-on entry: `"plan"` or `{"plan": ..., "as": ..., "options": {...}}`.
fn addon(entry: &Value) -> Option<String> {
    if let Some(plan) = entry.as_str() {
        return Some(plan.to_string());
    }
    let mut shown = entry.get("plan")?.as_str()?.to_string();
    if let Some(name) = entry.get("as").and_then(Value::as_str) {
        shown.push_str(&format!(" as {name}"));
    }
    if let Some(options) = entry.get("options").and_then(Value::as_object) {
        let names: Vec<&str> = options.keys().map(String::as_str).collect();
        shown.push_str(&format!(" (options: {})", names.join(", ")));
    }
    Some(shown)
}

/// An env entry given as an object: its value, its generator, or whether one must be given.
fn declared_value(key: &str, entry: &Value) -> String {
    if entry.get("generator").and_then(Value::as_str) == Some("secret") {
        return " (a generated secret)".into();
    }
    if let Some(value) = entry.get("value").and_then(Value::as_str) {
        return format!("={} (app.json)", shown_value(key, value));
    }
    // Heroku: every env entry is required unless it says `"required": false`.
    match entry.get("required").and_then(Value::as_bool) {
        Some(false) => " (optional, not set)".into(),
        _ => format!(" (required: give it with --env {key}=VALUE)"),
    }
}

fn shown_value(key: &str, value: &str) -> String {
    if looks_secret(key) {
        REDACTED.to_string()
    } else {
        value.to_string()
    }
}

fn looks_secret(key: &str) -> bool {
    key.to_ascii_uppercase()
        .split('_')
        .any(|word| SECRET_WORDS.contains(&word))
}

/// `env` with the values of secret-looking keys hidden, for the dry run's request listing.
pub(super) fn redacted(env: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    env.iter()
        .map(|(key, value)| (key.clone(), shown_value(key, value)))
        .collect()
}

/// The bytes of `app.json` at the top of a `.tar.gz`, if it has one.
fn find_in_tarball(tarball: &[u8]) -> Option<Vec<u8>> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tarball));
    let entries = archive.entries().ok()?;
    for entry in entries {
        let mut entry = entry.ok()?;
        let at_top = entry
            .path()
            .is_ok_and(|p| p.strip_prefix(".").unwrap_or(&p) == Path::new(MANIFEST));
        if at_top {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).ok()?;
            return Some(bytes);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;

    use super::*;

    fn manifest(doc: Value) -> Manifest {
        let Value::Object(doc) = doc else {
            panic!("an object")
        };
        Manifest {
            path: PathBuf::from("./app.json"),
            doc,
        }
    }

    #[test]
    fn env_shows_where_each_value_comes_from_and_hides_secrets() {
        let m = manifest(json!({"env": {
            "GREETING": "hello",
            "WEB_CONCURRENCY": {"value": "5"},
            "SECRET_KEY_BASE": {"generator": "secret"},
            "API_TOKEN": {"description": "the API's token"},
            "OPTIONAL": {"required": false},
            "REGION_NAME": {"required": true},
        }}));
        let given: BTreeMap<String, String> = [
            ("API_TOKEN".to_string(), "tok-123".to_string()),
            ("EXTRA".to_string(), "1".to_string()),
        ]
        .into();
        assert_eq!(
            m.env(&given),
            [
                "API_TOKEN=[REDACTED] (--env)",
                "EXTRA=1 (--env)",
                "GREETING=hello (app.json)",
                "OPTIONAL (optional, not set)",
                "REGION_NAME (required: give it with --env REGION_NAME=VALUE)",
                "SECRET_KEY_BASE (a generated secret)",
                "WEB_CONCURRENCY=5 (app.json)",
            ]
        );
        assert_eq!(redacted(&given)["API_TOKEN"], REDACTED);
        assert_eq!(redacted(&given)["EXTRA"], "1");
    }

    #[test]
    fn addons_formation_and_postdeploy_in_both_forms() {
        let m = manifest(json!({
            "addons": ["heroku-redis", {"plan": "heroku-postgresql:essential-0", "as": "DB",
                                       "options": {"version": "16"}}],
            "formation": {"web": {"quantity": 2, "size": "standard-1x"}, "worker": {}},
            "scripts": {"postdeploy": {"command": "./seed", "size": "basic"}},
        }));
        assert_eq!(
            m.list("addons", addon),
            [
                "heroku-redis",
                "heroku-postgresql:essential-0 as DB (options: version)"
            ]
        );
        assert_eq!(m.formation(), ["web=2:standard-1x", "worker=1"]);
        assert_eq!(m.postdeploy().as_deref(), Some("./seed"));
        let plain = manifest(json!({"scripts": {"postdeploy": "bin/setup"}}));
        assert_eq!(plain.postdeploy().as_deref(), Some("bin/setup"));
    }
}
