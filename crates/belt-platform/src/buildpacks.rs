//! An app's buildpack installations: the buildpacks its next build runs, in order, as
//! `buildpacks:add` and friends set them. The platform's builder runs no buildpack (it reads
//! the Procfile); the build output names them, as Heroku's does.

use rusqlite::{Connection, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};

/// Heroku's prefix for a buildpack named in its registry (`urn:buildpack:heroku/python`).
const URN: &str = "urn:buildpack:";
/// More buildpacks than any app needs: a guard against a runaway list, not Heroku's limit.
pub(crate) const MAX: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Installation {
    pub url: String,
    pub name: String,
}

impl Installation {
    /// A buildpack as an update names it: a registry name (`heroku/python`), its URN, or a
    /// URL. The error is the 422's message.
    pub fn parse(given: &str) -> DomainResult<Installation> {
        let given = given.trim();
        let registry = given.strip_prefix(URN).unwrap_or(given);
        if is_registry_name(registry) {
            return Ok(Installation {
                url: format!("{URN}{registry}"),
                name: registry.to_string(),
            });
        }
        match url::Url::parse(given) {
            Ok(u) if matches!(u.scheme(), "https" | "http") && u.host_str().is_some() => {
                Ok(Installation {
                    url: given.to_string(),
                    name: given.to_string(),
                })
            }
            _ => Err(DomainError::invalid(format!(
                "{given:?} is not a buildpack: give a registry name such as heroku/python, or an https:// URL."
            ))),
        }
    }

    pub fn to_json(&self, ordinal: usize) -> Value {
        json!({
            "buildpack": {"url": self.url, "name": self.name},
            "ordinal": ordinal,
        })
    }
}

/// `namespace/name`: lowercase letters, digits, `-` and `_` on each side of one `/`.
fn is_registry_name(text: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    matches!(text.split_once('/'), Some((ns, name)) if part(ns) && part(name))
}

/// The app's buildpacks, in the order they run.
pub(crate) fn list(conn: &Connection, app_id: &str) -> rusqlite::Result<Vec<Installation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT url, name FROM buildpack_installations WHERE app_id = ?1 ORDER BY ordinal",
    )?;
    stmt.query_map([app_id], |row| {
        Ok(Installation {
            url: row.get(0)?,
            name: row.get(1)?,
        })
    })?
    .collect()
}

/// Replaces the app's buildpacks with `installations` (none: the build detects them again).
pub(crate) fn replace(
    conn: &Connection,
    app_id: &str,
    installations: &[Installation],
) -> DomainResult<()> {
    if installations.len() > MAX {
        return Err(DomainError::invalid(format!(
            "An app can have at most {MAX} buildpacks."
        )));
    }
    for (i, a) in installations.iter().enumerate() {
        if installations[..i].iter().any(|b| b.url == a.url) {
            return Err(DomainError::invalid(format!(
                "The buildpack {} is listed more than once.",
                a.name
            )));
        }
    }
    conn.execute(
        "DELETE FROM buildpack_installations WHERE app_id = ?1",
        [app_id],
    )?;
    for (ordinal, a) in installations.iter().enumerate() {
        conn.execute(
            "INSERT INTO buildpack_installations (app_id, ordinal, url, name) VALUES (?1, ?2, ?3, ?4)",
            params![app_id, ordinal as i64, a.url, a.name],
        )?;
    }
    Ok(())
}

/// The build output's lines naming the app's buildpacks, as Heroku prints them (none when
/// the app has none set).
pub(crate) fn build_lines(conn: &Connection, app_id: &str) -> rusqlite::Result<Vec<String>> {
    let installed = list(conn, app_id)?;
    Ok(match installed.as_slice() {
        [] => vec![],
        [one] => vec![format!("-----> Using buildpack: {}", one.name)],
        many => std::iter::once("-----> Using buildpacks:".to_string())
            .chain(
                many.iter()
                    .enumerate()
                    .map(|(i, b)| format!("       {}. {}", i + 1, b.name)),
            )
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_registry_names_urns_and_urls() {
        let python = Installation::parse("heroku/python").unwrap();
        assert_eq!(python.url, "urn:buildpack:heroku/python");
        assert_eq!(python.name, "heroku/python");
        assert_eq!(
            Installation::parse("urn:buildpack:heroku/python").unwrap(),
            python
        );
        let url = "https://github.com/heroku/heroku-buildpack-ruby";
        assert_eq!(Installation::parse(url).unwrap().name, url);
        for bad in [
            "",
            "python",
            "heroku/",
            "a/b/c",
            "ftp://x/y",
            "Heroku/Python",
            "https://",
        ] {
            assert!(Installation::parse(bad).is_err(), "{bad}");
        }
    }
}
