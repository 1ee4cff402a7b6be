//! Passwords and second factors of platform users: stored as salted PBKDF2 hashes, checked by
//! the interactive login (`POST /oauth/authorizations`) and the browser login page.

use std::num::NonZeroU32;

use ring::pbkdf2;
use rusqlite::{Connection, OptionalExtension};

use super::util;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Platform;

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
}
