//! Passwords and second factors of platform users: stored as salted PBKDF2 hashes, checked by
//! the interactive login (`POST /oauth/authorizations`) and the browser login page. API keys:
//! minted here, each one an OAuth authorization with an id, as on Heroku.

use std::num::NonZeroU32;

use ring::pbkdf2;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Platform, add_key, ensure_user, util};
use crate::error::{Error, Result};

const ITERATIONS: u32 = 20_000;
const ALGORITHM: pbkdf2::Algorithm = pbkdf2::PBKDF2_HMAC_SHA256;

/// `pbkdf2-sha256$ITERATIONS$SALT$HASH`, salt and hash hex encoded.
pub(crate) fn hash_secret(secret: &str) -> String {
    let mut salt = [0u8; 16];
    rand::fill(&mut salt);
    let iterations = NonZeroU32::new(ITERATIONS).unwrap_or(NonZeroU32::MIN);
    let mut out = [0u8; 32];
    pbkdf2::derive(ALGORITHM, iterations, &salt, secret.as_bytes(), &mut out);
    format!(
        "pbkdf2-sha256${ITERATIONS}${}${}",
        util::hex(&salt),
        util::hex(&out)
    )
}

/// Whether `secret` matches a hash made by [`hash_secret`]; a malformed hash matches nothing.
pub(crate) fn verify_secret(hash: &str, secret: &str) -> bool {
    let mut parts = hash.split('$');
    let (Some("pbkdf2-sha256"), Some(iterations), Some(salt), Some(expected), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Some(iterations), Some(salt), Some(expected)) = (
        iterations.parse().ok().and_then(NonZeroU32::new),
        util::unhex(salt),
        util::unhex(expected),
    ) else {
        return false;
    };
    pbkdf2::verify(ALGORITHM, iterations, &salt, secret.as_bytes(), &expected).is_ok()
}

/// Why a login was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Unknown email, no password set, or a wrong password.
    BadCredentials,
    /// The password was right; the user has a second factor and none was given.
    SecondFactorRequired,
    /// The second factor given was wrong.
    BadSecondFactor,
}

/// Checks an email, password and (when the user has one) second-factor code; the user's id.
pub(crate) fn check_login(
    conn: &Connection,
    email: &str,
    password: &str,
    code: Option<&str>,
) -> rusqlite::Result<Result<String, Refusal>> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT id, password_hash FROM users WHERE email = ?1",
            [email.trim()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((id, Some(password_hash))) = row else {
        return Ok(Err(Refusal::BadCredentials));
    };
    if !verify_secret(&password_hash, password) {
        return Ok(Err(Refusal::BadCredentials));
    }
    Ok(check_second_factor(conn, &id, code)?.map(|()| id))
}

/// What an API key is minted for.
pub(crate) enum KeyKind<'a> {
    /// The account's default API key (Heroku's `~`, the dashboard's "API Key") when it has
    /// none yet; otherwise a plain authorization.
    Default,
    /// A login's authorization: its description, and the seconds it is valid for.
    Login {
        description: &'a str,
        expires_in: Option<i64>,
    },
}

/// How a token is shown once only its hash is kept: Heroku's redaction, the first and last
/// characters around ten asterisks, which the official CLI's logout matches against.
fn redact(token: &str) -> String {
    let keep = |range: std::ops::Range<usize>| token.get(range).unwrap_or_default().to_string();
    let n = token.len();
    format!("{}**********{}", keep(0..6), keep(n.saturating_sub(4)..n))
}

/// A new API key for `user_id`; only its hash and redacted form are stored.
pub(crate) fn mint_key(
    conn: &Connection,
    user_id: &str,
    kind: &KeyKind,
) -> rusqlite::Result<String> {
    let token = util::new_token();
    let now = util::now();
    let (description, expires_unix, default) = match kind {
        KeyKind::Default => {
            let has_default = conn
                .prepare_cached("SELECT 1 FROM api_keys WHERE user_id = ?1 AND is_default = 1")?
                .exists([user_id])?;
            ("", None, !has_default)
        }
        KeyKind::Login {
            description,
            expires_in,
        } => (
            *description,
            expires_in.map(|s| now.unix_timestamp() + s),
            false,
        ),
    };
    conn.execute(
        "INSERT INTO api_keys (hash, user_id, created_at, id, description, redacted, expires_unix, is_default)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            util::token_hash(&token),
            user_id,
            util::timestamp(now),
            util::new_id(),
            description,
            redact(&token),
            expires_unix,
            default,
        ],
    )?;
    Ok(token)
}

/// Whether the user must give a second factor, and if so whether `code` is it.
pub(crate) fn check_second_factor(
    conn: &Connection,
    user_id: &str,
    code: Option<&str>,
) -> rusqlite::Result<Result<(), Refusal>> {
    let hash: Option<String> = conn.query_row(
        "SELECT second_factor_hash FROM users WHERE id = ?1",
        [user_id],
        |r| r.get(0),
    )?;
    Ok(
        match (hash, code.map(str::trim).filter(|c| !c.is_empty())) {
            (None, _) => Ok(()),
            (Some(_), None) => Err(Refusal::SecondFactorRequired),
            (Some(hash), Some(code)) if verify_secret(&hash, code) => Ok(()),
            (Some(_), Some(_)) => Err(Refusal::BadSecondFactor),
        },
    )
}

impl Platform {
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
        let password_hash = hash_secret(password);
        let second_factor_hash = second_factor.map(hash_secret);
        self.store().write(|tx| {
            let user_id = ensure_user(tx, email)?;
            tx.execute(
                "UPDATE users SET password_hash = ?1, second_factor_hash = ?2 WHERE id = ?3",
                params![password_hash, second_factor_hash, user_id],
            )?;
            Ok(add_key(tx, &user_id)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_and_malformed_hashes_match_nothing() {
        let hash = hash_secret("hunter2");
        assert!(verify_secret(&hash, "hunter2"));
        assert!(!verify_secret(&hash, "hunter3"));
        assert_ne!(hash, hash_secret("hunter2"), "salted");
        for bad in [
            "",
            "pbkdf2-sha256$x$00$00",
            "plain",
            "pbkdf2-sha256$0$00$00",
        ] {
            assert!(!verify_secret(bad, ""), "{bad}");
        }
    }

    #[test]
    fn logins_with_and_without_second_factor() {
        let dir = tempfile::tempdir().unwrap();
        let platform = Platform::open(dir.path(), None).unwrap();
        platform
            .create_user_with_password("a@x.io", "pw", None)
            .unwrap();
        platform
            .create_user_with_password("b@x.io", "pw", Some("123456"))
            .unwrap();
        let check = |email: &str, password: &str, code: Option<&str>| {
            platform
                .store()
                .read(|c| check_login(c, email, password, code))
                .unwrap()
        };
        assert!(check("a@x.io", "pw", None).is_ok());
        assert_eq!(check("a@x.io", "no", None), Err(Refusal::BadCredentials));
        assert_eq!(
            check("owner@belt.local", "", None),
            Err(Refusal::BadCredentials)
        );
        assert_eq!(
            check("b@x.io", "pw", None),
            Err(Refusal::SecondFactorRequired)
        );
        assert_eq!(
            check("b@x.io", "pw", Some("000000")),
            Err(Refusal::BadSecondFactor)
        );
        assert!(check("b@x.io", "pw", Some("123456")).is_ok());
    }

    #[test]
    fn redacted_tokens_keep_only_their_ends() {
        let token = "0123456789abcdef0123456789abcdef";
        assert_eq!(redact(token), "012345**********cdef");
        assert_eq!(redact(""), "**********");
    }
}
