//! Platform users: who acts on the platform (an [`Actor`]), and the accounts themselves:
//! created by the owner's first start, by the administrator (`belt local:users:add`, which
//! comes here directly, not over HTTP: no API of Heroku's creates users) and the tests, read
//! by `GET /account`.

use crate::store::Cached;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::{Value, json};

use super::error::{Error, Result};
use super::{OWNER_EMAIL, Platform, api_keys, credentials, events, fsutil, util};

/// Where `local:users:add` writes a user's first API key unless told otherwise: beside the
/// owner's key, in a directory only the platform's user can read.
const USER_KEYS_DIR: &str = "user-keys";

/// Who acts: the user a request authenticated as, or the owner of the app a `git push`
/// deploys. Domain operations take this, never an HTTP extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    pub id: String,
    pub email: String,
}

impl Actor {
    /// Whether a `/users/{user}` path names this actor: `~`, its id or its email.
    pub fn is(&self, user: &str) -> bool {
        [self.id.as_str(), self.email.as_str(), "~"]
            .iter()
            .any(|me| me.eq_ignore_ascii_case(user))
    }
}

/// The id of the user with this email, created when there is none.
pub(crate) fn ensure(conn: &Connection, email: &str) -> rusqlite::Result<String> {
    let existing: Option<String> = conn
        .query_row("SELECT id FROM users WHERE email = ?1", [email], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = util::new_id();
    let now = util::timestamp(util::now());
    conn.execute_cached(
        "INSERT INTO users (id, email, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![id, email, now],
    )?;
    Ok(id)
}

/// Whether a user with this id or email exists.
pub(crate) fn exists(conn: &Connection, id_or_email: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM users WHERE id = ?1 OR email = ?1")?
        .exists([id_or_email])
}

/// When the actor's account was created.
pub(crate) fn created_at(conn: &Connection, actor: &Actor) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT created_at FROM users WHERE id = ?1")?
        .query_row([&actor.id], |row| row.get(0))
}

/// The schema's `account` of the actor.
pub(crate) fn account(conn: &Connection, actor: &Actor) -> rusqlite::Result<Value> {
    conn.prepare_cached(
        "SELECT id, email, name, created_at, updated_at, last_login FROM users WHERE id = ?1",
    )?
    .query_row([&actor.id], |row| {
        Ok(json!({
            "allow_tracking": true,
            "beta": false,
            "country_of_residence": null,
            "created_at": row.get::<_, String>(3)?,
            "default_organization": null,
            "default_team": null,
            "delinquent_at": null,
            "email": row.get::<_, String>(1)?,
            "federated": false,
            "id": row.get::<_, String>(0)?,
            "identity_provider": null,
            "last_login": row.get::<_, Option<String>>(5)?,
            "name": row.get::<_, Option<String>>(2)?,
            "sms_number": null,
            "suspended_at": null,
            "two_factor_authentication": false,
            "updated_at": row.get::<_, String>(4)?,
            "verified": true,
        }))
    })
}

impl Platform {
    /// Creates a user (or reuses the one with this email) and returns a new API key for it.
    pub fn create_user(&self, email: &str) -> Result<String> {
        let email = email.trim();
        if email.is_empty() || !email.contains('@') {
            return Err(Error::Platform(format!(
                "`{email}` is not an email address"
            )));
        }
        self.store().write(|tx| {
            let user_id = ensure(tx, email)?;
            Ok(api_keys::add_default(tx, &user_id)?)
        })
    }

    /// Creates a user (or updates the one with this email) who can log in with `password`,
    /// and, when `second_factor` is given, must also type that six-digit code. Returns a new
    /// API key for the user.
    pub fn create_user_with_password(
        &self,
        email: &str,
        password: &str,
        second_factor: Option<&str>,
    ) -> Result<String> {
        let email = email.trim();
        if !email.contains('@') || password.is_empty() {
            return Err(Error::Platform(
                "a user needs an email address and a non-empty password".into(),
            ));
        }
        if let Some(code) = second_factor
            && (code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(Error::Platform(
                "a second factor is a six-digit code".into(),
            ));
        }
        let password_hash = credentials::hash_secret(password);
        let second_factor_hash = second_factor.map(credentials::hash_secret);
        self.store().write(|tx| {
            let user_id = ensure(tx, email)?;
            tx.execute_cached(
                "UPDATE users SET password_hash = ?1, second_factor_hash = ?2 WHERE id = ?3",
                params![password_hash, second_factor_hash, user_id],
            )?;
            Ok(api_keys::add_default(tx, &user_id)?)
        })
    }
}

/// A user as the platform's administrator sees it (`belt local:users`).
#[derive(Debug, Clone, Serialize)]
pub struct UserSummary {
    pub email: String,
    pub created_at: String,
    /// How many API keys it has (its first one and its logins').
    pub api_keys: i64,
    /// Whether it can log in with a password (`login -i`, the browser).
    pub password: bool,
    /// The platform's owner, which cannot be removed.
    pub owner: bool,
}

/// A user just added, and the file its first API key was written to.
#[derive(Debug, Clone, Serialize)]
pub struct AddedUser {
    #[serde(flatten)]
    pub user: UserSummary,
    pub key_file: PathBuf,
}

/// A user just removed, and how many API keys stopped working with it.
#[derive(Debug, Clone, Serialize)]
pub struct RemovedUser {
    pub email: String,
    pub revoked_api_keys: usize,
}

/// `alice@example.com` as a file name: anything but letters, digits and `@._+-` becomes `_`.
fn key_file_name(email: &str) -> String {
    let safe: String = email
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '@' | '.' | '_' | '+' | '-' => c,
            _ => '_',
        })
        .collect();
    format!("{safe}.key")
}

/// An email the platform accepts for a new user: something@something, no spaces or controls.
fn checked_email(email: &str) -> Result<&str> {
    let email = email.trim();
    let well_formed = email
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty())
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if !well_formed {
        return Err(Error::Usage(format!("`{email}` is not an email address")));
    }
    Ok(email)
}

fn summaries(conn: &Connection, only_email: Option<&str>) -> rusqlite::Result<Vec<UserSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT email, created_at, password_hash IS NOT NULL,
                (SELECT count(*) FROM api_keys WHERE api_keys.user_id = users.id)
         FROM users WHERE ?1 IS NULL OR email = ?1 ORDER BY created_at, rowid",
    )?;
    stmt.query_map([only_email], |row| {
        let email: String = row.get(0)?;
        Ok(UserSummary {
            owner: email == OWNER_EMAIL,
            email,
            created_at: row.get(1)?,
            password: row.get(2)?,
            api_keys: row.get(3)?,
        })
    })?
    .collect()
}

impl Platform {
    /// Where [`Platform::add_user`] writes `email`'s first API key when not given a file.
    pub fn default_key_file(&self, email: &str) -> PathBuf {
        self.data_dir()
            .join(USER_KEYS_DIR)
            .join(key_file_name(email.trim()))
    }

    /// Adds a user who does not exist yet, with a password when one is given, and writes its
    /// first API key to `key_file` (mode 0600, never overwriting a file): the key is never
    /// returned, so whoever adds users never has it on a screen or in a log. The user exists
    /// only if the file was written.
    pub fn add_user(
        &self,
        email: &str,
        password: Option<&str>,
        key_file: &Path,
    ) -> Result<AddedUser> {
        let email = checked_email(email)?;
        if password.is_some_and(str::is_empty) {
            return Err(Error::Usage("the password is empty".into()));
        }
        if self.store().read(|conn| exists(conn, email))? {
            return Err(Error::Failed(format!("a user {email} already exists")));
        }
        if key_file.symlink_metadata().is_ok() {
            return Err(Error::Failed(format!(
                "{} already exists: give another --key-file, or remove it first",
                key_file.display()
            )));
        }
        if let Some(dir) = key_file.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        let password_hash = password.map(credentials::hash_secret);
        let added = self.store().write(|tx| {
            if exists(tx, email)? {
                return Err(Error::Failed(format!("a user {email} already exists")));
            }
            let user_id = ensure(tx, email)?;
            tx.execute_cached(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![password_hash, user_id],
            )?;
            let token = api_keys::add_default(tx, &user_id)?;
            // Written before the commit: if it cannot be, the user is not added either.
            fsutil::write_new(key_file, format!("{token}\n").as_bytes())?;
            let user = summaries(tx, Some(email))?.into_iter().next();
            user.ok_or_else(|| Error::Platform(format!("the new user {email} vanished")))
        });
        match added {
            Ok(user) => Ok(AddedUser {
                user,
                key_file: key_file.to_path_buf(),
            }),
            Err(e) => {
                // The commit itself failed after the file was written: its key opens nothing.
                if !matches!(&e, Error::Io { path, .. } if path == key_file) {
                    let _ = std::fs::remove_file(key_file);
                }
                Err(e)
            }
        }
    }

    /// Every user, oldest first.
    pub fn users(&self) -> Result<Vec<UserSummary>> {
        self.store().read(|conn| Ok(summaries(conn, None)?))
    }

    /// Removes a user and revokes all its API keys in one transaction (see
    /// [`Platform::removable_user`] for who cannot be removed).
    pub fn remove_user(&self, email: &str) -> Result<RemovedUser> {
        let email = email.trim();
        let removed = self.store().write(|tx| {
            let (user_id, _) = removable(tx, email)?;
            let revoked_api_keys = api_keys::revoke_all(tx, &user_id)?;
            // Their places on apps go with them: each app's log says so, as access:remove does.
            let apps: Vec<String> = tx
                .prepare("SELECT app_id FROM collaborators WHERE user_id = ?1 ORDER BY app_id")?
                .query_map([&user_id], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for app_id in apps {
                let message = format!(
                    "Remove {email} as collaborator by user {OWNER_EMAIL} (the user was removed)"
                );
                events::api(tx, &app_id, &message)?;
            }
            tx.execute_cached("DELETE FROM users WHERE id = ?1", [&user_id])?;
            Ok::<_, Error>(RemovedUser {
                email: email.to_string(),
                revoked_api_keys,
            })
        })?;
        // Its first key, where `add_user` put it by default, opens nothing any more; a file
        // the administrator chose is theirs to delete.
        match std::fs::remove_file(self.default_key_file(email)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(Error::io(self.default_key_file(email), e))
            }
            _ => Ok(removed),
        }
    }

    /// The user [`Platform::remove_user`] would remove, changing nothing (for `--dry-run`):
    /// the owner cannot be removed, nor a user who still owns apps or pipelines (removing it
    /// would destroy them without stopping their dynos): those are transferred or destroyed
    /// first.
    pub fn removable_user(&self, email: &str) -> Result<UserSummary> {
        self.store()
            .read(|conn| Ok(removable(conn, email.trim())?.1))
    }
}

/// The id and summary of the user `email`, if it may be removed.
fn removable(conn: &Connection, email: &str) -> Result<(String, UserSummary)> {
    if email.eq_ignore_ascii_case(OWNER_EMAIL) {
        return Err(Error::Failed(format!(
            "{OWNER_EMAIL} is the platform's owner and cannot be removed"
        )));
    }
    let user_id: Option<String> = conn
        .query_row("SELECT id FROM users WHERE email = ?1", [email], |r| {
            r.get(0)
        })
        .optional()?;
    let (Some(user_id), Some(user)) = (user_id, summaries(conn, Some(email))?.pop()) else {
        return Err(Error::NotFound(format!("no user {email} on this platform")));
    };
    let owned = owned_names(conn, &user_id)?;
    if !owned.is_empty() {
        return Err(Error::Failed(format!(
            "{email} still owns {}: transfer or destroy them (or make another team admin) first",
            owned.join(", ")
        )));
    }
    Ok((user_id, user))
}

/// The apps and pipelines `user_id` owns, as `app NAME` and `pipeline NAME`, and the teams it
/// is the last admin of, as `team NAME` (a team always keeps an admin).
fn owned_names(conn: &Connection, user_id: &str) -> rusqlite::Result<Vec<String>> {
    conn.prepare(
        "SELECT 'app ' || name FROM apps WHERE owner_id = ?1
         UNION ALL SELECT 'pipeline ' || name FROM pipelines WHERE owner_id = ?1
         UNION ALL SELECT 'team ' || t.name FROM teams t
             JOIN team_members m ON m.team_id = t.id AND m.user_id = ?1 AND m.role = 'admin'
             WHERE NOT EXISTS (SELECT 1 FROM team_members o WHERE o.team_id = t.id
                               AND o.role = 'admin' AND o.user_id <> ?1)
         ORDER BY 1",
    )?
    .query_map([user_id], |row| row.get(0))?
    .collect()
}

/// Creates `dir` (and its parents) readable by this user only, for the keys it will hold.
fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_names_keep_only_safe_characters() {
        assert_eq!(key_file_name("alice@example.com"), "alice@example.com.key");
        assert_eq!(key_file_name("../x/y@z"), ".._x_y@z.key");
    }

    #[test]
    fn emails_need_both_halves_and_no_spaces() {
        assert_eq!(checked_email(" a@b ").unwrap(), "a@b");
        for bad in ["", "ab", "@b", "a@", "a b@c", "a@b\n c"] {
            assert!(checked_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_user_is_added_once_listed_and_removed_with_its_keys() {
        let dir = tempfile::tempdir().unwrap();
        let platform = Platform::open(dir.path(), None).unwrap();
        let key_file = platform.default_key_file("a@x.io");
        let added = platform.add_user("a@x.io", Some("pw"), &key_file).unwrap();
        assert!(added.user.password && !added.user.owner);
        let token = std::fs::read_to_string(&key_file).unwrap();
        let opens = |token: &str| {
            let token = token.trim().to_string();
            platform
                .store()
                .read(|c| api_keys::check(c, &token).map(|k| k.actor()))
                .unwrap()
        };
        assert_eq!(opens(&token).map(|a| a.email), Some("a@x.io".into()));
        let again = platform.add_user("a@x.io", None, &dir.path().join("other.key"));
        assert!(matches!(again, Err(Error::Failed(_))));
        assert!(!dir.path().join("other.key").exists());
        assert!(matches!(
            platform.remove_user(OWNER_EMAIL),
            Err(Error::Failed(_))
        ));
        assert_eq!(platform.remove_user("a@x.io").unwrap().revoked_api_keys, 1);
        assert_eq!(opens(&token), None);
        assert!(!key_file.exists());
        assert_eq!(platform.users().unwrap().len(), 1);
    }
}
