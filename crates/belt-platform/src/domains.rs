//! Domains: each app's own hostname (kind `heroku`, derived from its web URL, never stored)
//! and the custom hostnames added to it (kind `custom`), unique across the platform.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::users::Actor;
use super::{Platform, events, store, util};

/// The platform's own DNS name: app hostnames and DNS targets live under it.
const PLATFORM_DOMAIN: &str = "localhost";
/// Where custom domains point their CNAME: `HOSTNAME.herokudns.localhost`.
const DNS_TARGET_SUFFIX: &str = "herokudns.localhost";
const MAX_HOSTNAME_LEN: usize = 253;

#[derive(Debug, Clone)]
pub(crate) struct Domain {
    pub id: String,
    pub hostname: String,
    /// `None` for the app's own (`heroku`) domain.
    pub cname: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Domain {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Domain> {
        Ok(Domain {
            id: row.get(0)?,
            hostname: row.get(1)?,
            cname: Some(row.get(2)?),
            created_at: row.get(3)?,
            updated_at: row.get(4)?,
        })
    }

    pub fn is_custom(&self) -> bool {
        self.cname.is_some()
    }

    /// The schema's `domain` object.
    pub fn to_json(&self, app: &App) -> Value {
        json!({
            "acm_status": null,
            "acm_status_reason": null,
            "app": {"id": app.id, "name": app.name},
            "cname": self.cname,
            "created_at": self.created_at,
            "hostname": self.hostname,
            "id": self.id,
            "kind": if self.is_custom() { "custom" } else { "heroku" },
            "sni_endpoint": null,
            "status": "succeeded",
            "updated_at": self.updated_at,
        })
    }
}

/// The app's own domain: the host of its web URL, with an id derived from the app's.
fn heroku_domain(platform: &Platform, app: &App) -> Domain {
    let web_url = platform.web_url(&app.name);
    let hostname = url::Url::parse(&web_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| format!("{}.{PLATFORM_DOMAIN}", app.name));
    Domain {
        id: util::derived_id(&format!("belt-domain:{}", app.id)),
        hostname,
        cname: None,
        created_at: app.created_at.clone(),
        updated_at: app.created_at.clone(),
    }
}

const SELECT: &str = "SELECT id, hostname, cname, created_at, updated_at FROM domains";

/// The app's domains: its own first, then custom ones in the order they were added.
pub(crate) fn list(conn: &Connection, platform: &Platform, app: &App) -> DomainResult<Vec<Domain>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE app_id = ?1 ORDER BY rowid"))?;
    let custom = stmt
        .query_map([&app.id], Domain::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut all = vec![heroku_domain(platform, app)];
    all.extend(custom);
    Ok(all)
}

/// The app's domain with this id or hostname.
pub(crate) fn find(
    conn: &Connection,
    platform: &Platform,
    app: &App,
    identity: &str,
) -> DomainResult<Domain> {
    list(conn, platform, app)?
        .into_iter()
        .find(|d| d.id.eq_ignore_ascii_case(identity) || d.hostname.eq_ignore_ascii_case(identity))
        .ok_or_else(|| DomainError::not_found("domain", "Couldn't find that domain."))
}

/// A DNS name: labels of letters, digits and inner dashes (a leading `*` label for a
/// wildcard), at least two labels, not an IP address. Returns it lowercased.
pub(crate) fn validate_hostname(hostname: &str) -> Result<String, String> {
    let host = hostname.trim_end_matches('.').to_ascii_lowercase();
    let invalid = || format!("{hostname:?} is not a valid hostname.");
    if host.is_empty() || host.len() > MAX_HOSTNAME_LEN {
        return Err(invalid());
    }
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |(i, label): (usize, &&str)| {
        (i == 0 && **label == *"*")
            || (!label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    };
    let top_is_word = labels
        .last()
        .is_some_and(|t| t.bytes().any(|b| b.is_ascii_lowercase()));
    if labels.len() < 2 || !top_is_word || !labels.iter().enumerate().all(label_ok) {
        return Err(invalid());
    }
    Ok(host)
}

/// Adds a custom domain to `app`; 422 when the hostname is invalid, the platform's own, or
/// any app already has it.
pub(crate) fn create(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    hostname: &str,
) -> DomainResult<Domain> {
    let hostname = validate_hostname(hostname).map_err(DomainError::invalid)?;
    if hostname == PLATFORM_DOMAIN || hostname.ends_with(&format!(".{PLATFORM_DOMAIN}")) {
        return Err(DomainError::invalid(format!(
            "{hostname} is under the platform's own domain ({PLATFORM_DOMAIN}) and cannot be added."
        )));
    }
    let taken = || DomainError::invalid(format!("{hostname} is already in use by another app."));
    let owner: Option<String> = tx
        .prepare_cached("SELECT app_id FROM domains WHERE hostname = ?1")?
        .query_row([&hostname], |row| row.get(0))
        .optional()?;
    match owner {
        Some(owner) if owner == app.id => {
            return Err(DomainError::invalid(format!(
                "{hostname} is already a domain of {}.",
                app.name
            )));
        }
        Some(_) => return Err(taken()),
        None => {}
    }
    let id = util::new_id();
    let now = util::timestamp(util::now());
    let cname = format!("{}.{DNS_TARGET_SUFFIX}", hostname.replace('*', "wildcard"));
    tx.execute(
        "INSERT INTO domains (id, app_id, hostname, cname, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, app.id, hostname, cname, now],
    )
    .map_err(|e| {
        if store::is_unique_violation(&e) {
            taken()
        } else {
            DomainError::from(e)
        }
    })?;
    events::api(
        tx,
        &app.id,
        &format!("Add {hostname} domain by user {}", actor.email),
    )?;
    Ok(Domain {
        id,
        hostname,
        cname: Some(cname),
        created_at: now.clone(),
        updated_at: now,
    })
}

/// Removes a custom domain; the app's own cannot be removed.
pub(crate) fn destroy(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    domain: &Domain,
) -> DomainResult<()> {
    if !domain.is_custom() {
        return Err(DomainError::invalid(format!(
            "{} is the app's own domain and cannot be removed.",
            domain.hostname
        )));
    }
    tx.execute("DELETE FROM domains WHERE id = ?1", [&domain.id])?;
    let message = format!("Remove {} domain by user {}", domain.hostname, actor.email);
    events::api(tx, &app.id, &message)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate_hostname;

    #[test]
    fn hostnames_must_be_dns_names() {
        for good in [
            "staging.example.com",
            "WWW.Example.COM",
            "*.example.com",
            "a-b.c0.io",
            "x.io.",
        ] {
            assert!(validate_hostname(good).is_ok(), "{good}");
        }
        assert_eq!(
            validate_hostname("WWW.Example.COM").as_deref(),
            Ok("www.example.com")
        );
        for bad in [
            "", "example", "-a.com", "a-.com", "a..com", "a b.com", "a_b.com", "1.2.3.4",
            "a.*.com", "é.com",
        ] {
            assert!(validate_hostname(bad).is_err(), "{bad}");
        }
        assert!(validate_hostname(&format!("{}.com", "a".repeat(64))).is_err());
    }
}
