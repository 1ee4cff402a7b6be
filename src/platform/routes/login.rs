//! Logging in. From the schema: `POST /oauth/authorizations` (HTTP Basic with email and
//! password, plus `Heroku-Two-Factor-Code` when the user has a second factor, as the Heroku
//! CLI's interactive login sends it) and `DELETE /oauth/authorizations/{id}`.
//!
//! Schema extensions (not in the Heroku Platform API), for belt's browser login:
//! - `POST /auth/sessions` `{hostname, client}` → 201 `{id, browser_url, secret, expires_in}`
//! - `GET /auth/sessions/{id}`: an HTML page naming the machine and client that asks, with
//!   Approve and Deny buttons (approving needs the user's email and password)
//! - `POST /auth/sessions/{id}/approve` and `/deny`: the page's form posts
//! - `POST /auth/sessions/{id}/token` `{secret}`: 202 while pending; 200 `{token, user}` once
//!   approved (the key is minted then, and only once); 401 `login_denied` or `login_expired`
//! - `DELETE /oauth/authorizations/~`: revokes the API key this request carries (logout)

use axum::extract::{Path, State};
use axum::http::header::{AUTHORIZATION, HOST};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Form, Json, Router};
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::platform::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::platform::login::{self, Refusal};
use crate::platform::{Platform, add_key, util};

/// A browser login must be approved and collected within this many seconds.
const SESSION_TTL: i64 = 600;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/oauth/authorizations", post(authorize))
        .route("/oauth/authorizations/{id}", delete(revoke))
        .route("/auth/sessions", post(start_session))
        .route("/auth/sessions/{id}", get(session_page))
        .route("/auth/sessions/{id}/approve", post(approve))
        .route("/auth/sessions/{id}/deny", post(deny))
        .route("/auth/sessions/{id}/token", post(collect))
}

/// `email:password` from HTTP Basic, when the user part is an email (not `:API_KEY`).
fn basic_login(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(http::base64_decode(rest.trim())?).ok()?;
    let (email, password) = decoded.split_once(':')?;
    email
        .contains('@')
        .then(|| (email.to_string(), password.to_string()))
}

fn refusal_error(refusal: Refusal) -> ApiError {
    match refusal {
        Refusal::BadCredentials => ApiError::unauthorized(),
        Refusal::SecondFactorRequired => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "two_factor",
            "A second authentication factor is required.",
        ),
        Refusal::BadSecondFactor => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_two_factor_code",
            "The two-factor code is incorrect.",
        ),
    }
}

#[derive(Debug, Default, Deserialize)]
struct AuthorizeBody {
    description: Option<String>,
}

/// A new API key, for an email and password or for the holder of a valid key.
async fn authorize(
    State(platform): State<Platform>,
    caller: Result<Caller, ApiError>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<AuthorizeBody>,
) -> ApiResult<Response> {
    let login = basic_login(&headers);
    let code = headers
        .get("heroku-two-factor-code")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let caller_id = match (&login, caller) {
        (Some(_), _) => None,
        (None, Ok(caller)) => Some(caller.id),
        (None, Err(e)) => return Err(e),
    };
    let (token, user_id, email) = platform
        .store()
        .write_async(move |tx| {
            let user_id = match (login, caller_id) {
                (Some((email, password)), _) => {
                    login::check_login(tx, &email, &password, code.as_deref())?
                        .map_err(refusal_error)?
                }
                (None, Some(id)) => id,
                (None, None) => return Err(ApiError::unauthorized()),
            };
            let token = add_key(tx, &user_id)?;
            let email: String =
                tx.query_row("SELECT email FROM users WHERE id = ?1", [&user_id], |r| {
                    r.get(0)
                })?;
            Ok((token, user_id, email))
        })
        .await?;
    let hash = util::token_hash(&token);
    let mut body = authorization_json(
        &hash,
        &util::timestamp(util::now()),
        &body.description.unwrap_or_default(),
        (&user_id, &email),
    );
    body["access_token"] = json!({"id": body["id"], "token": token, "expires_in": null});
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// The schema's `oauth-authorization` of the API key with this hash; the key itself
/// (`access_token`) is left out. Keys have no id of their own: it derives from the hash.
fn authorization_json(
    hash: &str,
    created_at: &str,
    description: &str,
    user: (&str, &str),
) -> Value {
    json!({
        "id": util::derived_id(&format!("oauth-authorization:{hash}")),
        "access_token": null,
        "client": null,
        "created_at": created_at,
        "description": description,
        "grant": null,
        "refresh_token": null,
        "scope": ["global"],
        "session": null,
        "updated_at": created_at,
        "user": {"id": user.0, "email": user.1, "full_name": null},
    })
}

/// Only `~`, the key this request carries, can be revoked: keys have no other id here.
async fn revoke(
    State(platform): State<Platform>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    if id != "~" {
        return Err(ApiError::not_found(
            "oauth_authorization",
            "Couldn't find that authorization.",
        ));
    }
    let hash = http::credentials(&headers)
        .map(|t| util::token_hash(&t))
        .ok_or_else(ApiError::unauthorized)?;
    let key = hash.clone();
    let created_at = platform
        .store()
        .write_async(move |tx| {
            let created_at: Option<String> = tx
                .query_row(
                    "SELECT created_at FROM api_keys WHERE hash = ?1",
                    [&key],
                    |row| row.get(0),
                )
                .optional()?;
            tx.execute("DELETE FROM api_keys WHERE hash = ?1", [&key])?;
            Ok::<_, ApiError>(created_at)
        })
        .await?;
    // The key that authenticated this request was there a moment ago.
    let created_at = created_at.unwrap_or_else(|| util::timestamp(util::now()));
    Ok(Json(authorization_json(
        &hash,
        &created_at,
        "",
        (&caller.id, &caller.email),
    )))
}

#[derive(Debug, Default, Deserialize)]
struct SessionBody {
    hostname: Option<String>,
    client: Option<String>,
}

/// Where a browser reaches this platform: `belt serve`'s public URL, or the Host asked for.
fn public_base(platform: &Platform, headers: &HeaderMap) -> String {
    match platform.public_url() {
        Some(url) => url.to_string(),
        None => {
            let host = headers
                .get(HOST)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("127.0.0.1");
            format!("http://{host}")
        }
    }
}

fn unix_now() -> i64 {
    util::now().unix_timestamp()
}

async fn start_session(
    State(platform): State<Platform>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<SessionBody>,
) -> ApiResult<Response> {
    let clip = |s: Option<String>, default: &str| {
        let s = s.unwrap_or_default();
        let s = s.trim();
        if s.is_empty() {
            default.to_string()
        } else {
            s.chars().take(100).collect()
        }
    };
    let hostname = clip(body.hostname, "an unnamed machine");
    let client = clip(body.client, "an unnamed client");
    let id = util::new_id();
    let secret = util::new_token();
    let secret_hash = util::token_hash(&secret);
    let row_id = id.clone();
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "INSERT INTO login_sessions (id, secret_hash, hostname, client, created_unix)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row_id, secret_hash, hostname, client, unix_now()],
            )?;
            Ok::<_, ApiError>(())
        })
        .await?;
    let browser_url = format!("{}/auth/sessions/{id}", public_base(&platform, &headers));
    let body = json!({
        "id": id,
        "browser_url": browser_url,
        "secret": secret,
        "expires_in": SESSION_TTL,
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

struct Session {
    hostname: String,
    client: String,
    state: String,
    user_id: Option<String>,
    expired: bool,
}

fn load_session(conn: &rusqlite::Connection, id: &str) -> ApiResult<Session> {
    conn.query_row(
        "SELECT hostname, client, state, user_id, created_unix FROM login_sessions WHERE id = ?1",
        [id],
        |r| {
            Ok(Session {
                hostname: r.get(0)?,
                client: r.get(1)?,
                state: r.get(2)?,
                user_id: r.get(3)?,
                expired: unix_now() - r.get::<_, i64>(4)? > SESSION_TTL,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::not_found("login_session", "Couldn't find that login session."))
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body style=\"font-family: sans-serif; max-width: 32em; margin: 3em auto\">\
         <h1>{title}</h1>{body}</body></html>\n"
    ))
}

fn message_page(title: &str, message: &str) -> Html<String> {
    page(
        title,
        &format!("<p id=\"message\">{}</p>", escape_html(message)),
    )
}

/// The page a person sees: which machine asks, and a form to approve or deny it.
fn approval_page(id: &str, session: &Session, error: Option<&str>) -> Html<String> {
    let error = error.map_or(String::new(), |e| {
        format!(
            "<p id=\"error\" style=\"color: #b00\">{}</p>",
            escape_html(e)
        )
    });
    let id = escape_html(id);
    page(
        "Log in to belt",
        &format!(
            "<p id=\"request\"><b>{client}</b> on <b id=\"hostname\">{hostname}</b> asks to log \
             in to your account.</p>{error}\
             <form method=\"post\" action=\"/auth/sessions/{id}/approve\">\
             <p><label>Email <input id=\"email\" name=\"email\" type=\"email\"></label></p>\
             <p><label>Password <input id=\"password\" name=\"password\" type=\"password\"></label></p>\
             <p><label>Two-factor code (if enabled) <input id=\"code\" name=\"code\"></label></p>\
             <p><button id=\"approve\" type=\"submit\">Approve</button></p></form>\
             <form method=\"post\" action=\"/auth/sessions/{id}/deny\">\
             <p><button id=\"deny\" type=\"submit\">Deny</button></p></form>",
            client = escape_html(&session.client),
            hostname = escape_html(&session.hostname),
        ),
    )
}

/// An answer for a session that can no longer be approved or denied.
fn closed_page(session: &Session) -> Option<Html<String>> {
    if session.expired {
        return Some(message_page(
            "Login expired",
            "This login request has expired. Run `belt login` again.",
        ));
    }
    (session.state != "pending").then(|| {
        message_page(
            "Login already answered",
            "This login request was already approved or denied.",
        )
    })
}

async fn session_page(
    State(platform): State<Platform>,
    Path(id): Path<String>,
) -> ApiResult<Html<String>> {
    let key = id.clone();
    let session = platform
        .store()
        .read_async(move |conn| load_session(conn, &key))
        .await?;
    Ok(closed_page(&session).unwrap_or_else(|| approval_page(&id, &session, None)))
}

#[derive(Debug, Deserialize)]
struct ApproveForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: Option<String>,
}

/// Runs `answer` on a session still waiting for the person, in one transaction; a session
/// already answered or expired gets the page saying so.
async fn answer_session(
    platform: Platform,
    id: String,
    answer: impl FnOnce(&rusqlite::Transaction, &Session) -> ApiResult<Html<String>> + Send + 'static,
) -> ApiResult<Html<String>> {
    platform
        .store()
        .write_async(move |tx| {
            let session = load_session(tx, &id)?;
            match closed_page(&session) {
                Some(page) => Ok(page),
                None => answer(tx, &session),
            }
        })
        .await
}

async fn approve(
    State(platform): State<Platform>,
    Path(id): Path<String>,
    Form(form): Form<ApproveForm>,
) -> ApiResult<Html<String>> {
    let key = id.clone();
    answer_session(platform, key, move |tx, session| match login::check_login(
        tx,
        &form.email,
        &form.password,
        form.code.as_deref(),
    )? {
        Ok(user_id) => {
            tx.execute(
                "UPDATE login_sessions SET state = 'approved', user_id = ?1 WHERE id = ?2",
                params![user_id, id],
            )?;
            Ok(message_page(
                "Login approved",
                &format!(
                    "{} on {} is now logged in. You can close this window.",
                    session.client, session.hostname
                ),
            ))
        }
        Err(refusal) => Ok(approval_page(
            &id,
            session,
            Some(&refusal_error(refusal).message),
        )),
    })
    .await
}

async fn deny(State(platform): State<Platform>, Path(id): Path<String>) -> ApiResult<Html<String>> {
    let key = id.clone();
    answer_session(platform, key, move |tx, session| {
        tx.execute(
            "UPDATE login_sessions SET state = 'denied' WHERE id = ?1",
            [&id],
        )?;
        Ok(message_page(
            "Login denied",
            &format!(
                "The login of {} on {} was denied.",
                session.client, session.hostname
            ),
        ))
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
struct CollectBody {
    secret: Option<String>,
}

/// The requesting client's poll: only it knows the session's secret.
async fn collect(
    State(platform): State<Platform>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<CollectBody>,
) -> ApiResult<Response> {
    let secret_hash = util::token_hash(body.secret.as_deref().unwrap_or_default());
    platform
        .store()
        .write_async(move |tx| {
            let stored: Option<String> = tx
                .query_row(
                    "SELECT secret_hash FROM login_sessions WHERE id = ?1",
                    [&id],
                    |r| r.get(0),
                )
                .optional()?;
            if stored.as_deref() != Some(secret_hash.as_str()) {
                return Err(ApiError::not_found(
                    "login_session",
                    "Couldn't find that login session.",
                ));
            }
            let session = load_session(tx, &id)?;
            let refused = |id: &'static str, message: &str| {
                Err(ApiError::new(StatusCode::UNAUTHORIZED, id, message))
            };
            match (session.state.as_str(), session.user_id) {
                ("denied", _) => refused("login_denied", "The login was denied in the browser."),
                _ if session.expired => refused(
                    "login_expired",
                    "The login request expired before it was approved.",
                ),
                ("approved", Some(user_id)) => {
                    let token = add_key(tx, &user_id)?;
                    tx.execute(
                        "UPDATE login_sessions SET state = 'collected' WHERE id = ?1",
                        [&id],
                    )?;
                    let email: String =
                        tx.query_row("SELECT email FROM users WHERE id = ?1", [&user_id], |r| {
                            r.get(0)
                        })?;
                    let body = json!({"token": token, "user": {"id": user_id, "email": email}});
                    Ok((StatusCode::OK, Json(body)).into_response())
                }
                ("pending", _) => Ok((
                    StatusCode::ACCEPTED,
                    Json(json!({"state": "pending", "id": id})),
                )
                    .into_response()),
                _ => refused(
                    "login_collected",
                    "This login's API key was already handed out.",
                ),
            }
        })
        .await
}
