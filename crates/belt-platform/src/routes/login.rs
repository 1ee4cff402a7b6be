//! Logging in and API keys, as Heroku does them. Every API key is an OAuth authorization:
//! - `POST /oauth/authorizations` `{description, expires_in, scope}`: HTTP Basic with email and
//!   password (plus `Heroku-Two-Factor-Code` when the user has a second factor: without it the
//!   answer is 403 `two_factor` with `Heroku-Two-Factor-Required: true`), or a valid key
//! - `GET /oauth/authorizations`, `GET`/`DELETE /oauth/authorizations/{id}`, where `~` is the
//!   account's default API key (never "the key of this request"); tokens are listed redacted,
//!   since only their hashes are kept
//! - `PUT /apps/{app}/pre-authorizations` with `Heroku-Two-Factor-Code`: checks the code
//!
//! Not in the schema, as on Heroku:
//! - `DELETE /oauth/sessions/~`: 404 `not_found` (`session`), since no key here is an SSO session
//! - the browser login of Heroku's login host (cli-auth), served by the platform itself:
//!   `POST /auth` `{description}` → `{browser_url, cli_url, token}`; `GET {browser_url}` is an
//!   HTML page naming what asks, with Approve (email and password) and Deny forms posting to
//!   `{browser_url}/approve` and `/deny`; `GET {cli_url}` with `Authorization: Bearer {token}`
//!   is held until the login is answered, then says `{access_token}` or `{error}`.

use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Form, Json, Router};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::domain_error::DomainError;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::login::{self, KeyKind, Refusal};
use crate::users::Actor;
use crate::{Platform, apps, util};

/// A browser login must be approved and collected within this many seconds.
const SESSION_TTL: i64 = 600;
/// How often a held `GET {cli_url}` looks whether its login was answered.
const POLL_EVERY: Duration = Duration::from_millis(200);
/// The longest an authorization may last: Heroku's thirty days.
const MAX_EXPIRES_IN: i64 = 2_592_000;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/oauth/authorizations", post(authorize).get(list))
        .route("/oauth/authorizations/{id}", get(info).delete(revoke))
        .route("/oauth/sessions/{id}", delete(delete_session))
        .route("/apps/{app}/pre-authorizations", put(pre_authorize))
        .route("/auth", post(start_login))
        .route("/auth/cli/browser/{id}", get(login_page))
        .route("/auth/cli/browser/{id}/approve", post(approve))
        .route("/auth/cli/browser/{id}/deny", post(deny))
        .route("/auth/cli/{id}", get(collect))
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

fn two_factor_code(headers: &HeaderMap) -> Option<String> {
    headers
        .get("heroku-two-factor-code")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A refused login or second factor, as Heroku answers it.
struct Refused(Refusal);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self.0 {
            Refusal::BadCredentials => ApiError::unauthorized().into_response(),
            Refusal::SecondFactorRequired => {
                let mut response = ApiError::new(
                    StatusCode::FORBIDDEN,
                    "two_factor",
                    "A second authentication factor or pre-authorization is required for this \
                     request. Your account has either two-factor or a Yubikey registered.",
                )
                .into_response();
                response.headers_mut().insert(
                    "heroku-two-factor-required",
                    HeaderValue::from_static("true"),
                );
                response
            }
            Refusal::BadSecondFactor => ApiError::new(
                StatusCode::FORBIDDEN,
                "invalid_two_factor_code",
                "The two-factor code is incorrect.",
            )
            .into_response(),
        }
    }
}

fn refusal_message(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::BadCredentials => "Invalid credentials provided.",
        Refusal::SecondFactorRequired => "Enter your two-factor code.",
        Refusal::BadSecondFactor => "The two-factor code is incorrect.",
    }
}

/// The API error of a store failure, or the refusal.
enum Failure {
    Api(ApiError),
    Refused(Refusal),
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Api(e.into())
    }
}

impl From<tokio::task::JoinError> for Failure {
    fn from(e: tokio::task::JoinError) -> Self {
        Failure::Api(e.into())
    }
}

impl From<DomainError> for Failure {
    fn from(e: DomainError) -> Self {
        Failure::Api(e.into())
    }
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        Failure::Api(e)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::Api(e) => e.into_response(),
            Failure::Refused(r) => Refused(r).into_response(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
struct AuthorizeBody {
    description: Option<String>,
    expires_in: Option<i64>,
}

const COLUMNS: &str = "api_keys.id, api_keys.description, api_keys.redacted, \
    api_keys.expires_unix, api_keys.created_at, users.id, users.email, users.name";
const FROM: &str = "api_keys JOIN users ON users.id = api_keys.user_id";

/// The schema's `oauth-authorization` of a row of [`COLUMNS`]; `token` is the key itself
/// when it was just minted, else its redacted form.
fn authorization_json(row: &Row, token: Option<&str>) -> rusqlite::Result<Value> {
    let id: String = row.get(0)?;
    let redacted: String = row.get(2)?;
    let expires_in = row
        .get::<_, Option<i64>>(3)?
        .map(|at| (at - util::now().unix_timestamp()).max(0));
    let created_at: String = row.get(4)?;
    Ok(json!({
        "id": id,
        "access_token": {
            "id": util::derived_id(&format!("oauth-token:{id}")),
            "token": token.unwrap_or(&redacted),
            "expires_in": expires_in,
        },
        "client": null,
        "created_at": created_at,
        "description": row.get::<_, String>(1)?,
        "grant": null,
        "refresh_token": null,
        "scope": ["global"],
        "session": null,
        "updated_at": created_at,
        "user": {
            "id": row.get::<_, String>(5)?,
            "email": row.get::<_, String>(6)?,
            "full_name": row.get::<_, Option<String>>(7)?,
        },
    }))
}

/// The caller's authorization `id` (`~`: the default API key).
fn find_authorization(conn: &Connection, caller: &Actor, id: &str) -> ApiResult<(String, Value)> {
    let filter = if id == "~" {
        "api_keys.is_default = 1"
    } else {
        "api_keys.id = ?2"
    };
    let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE api_keys.user_id = ?1 AND {filter}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = if id == "~" {
        stmt.query(params![caller.id])?
    } else {
        stmt.query(params![caller.id, id])?
    };
    match rows.next()? {
        Some(row) => Ok((row.get(0)?, authorization_json(row, None)?)),
        None => Err(ApiError::not_found(
            "authorization",
            "Couldn't find that authorization.",
        )),
    }
}

/// A new API key, for an email and password or for the holder of a valid key.
async fn authorize(
    State(platform): State<Platform>,
    caller: Result<Caller, ApiError>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<AuthorizeBody>,
) -> Result<Response, Failure> {
    let login = basic_login(&headers);
    let code = two_factor_code(&headers);
    let caller_id = match (&login, caller) {
        (Some(_), _) => None,
        (None, Ok(Caller(caller))) => Some(caller.id),
        (None, Err(e)) => return Err(e.into()),
    };
    if let Some(seconds) = body.expires_in
        && !(1..=MAX_EXPIRES_IN).contains(&seconds)
    {
        return Err(ApiError::invalid_params(format!(
            "expires_in must be between 1 and {MAX_EXPIRES_IN} seconds."
        ))
        .into());
    }
    let description = body.description.unwrap_or_default();
    let authorization = platform
        .store()
        .write_async(move |tx| {
            let user_id = match (login, caller_id) {
                (Some((email, password)), _) => {
                    login::check_login(tx, &email, &password, code.as_deref())?
                        .map_err(Failure::Refused)?
                }
                (None, Some(id)) => id,
                (None, None) => return Err(ApiError::unauthorized().into()),
            };
            let token = login::mint_key(
                tx,
                &user_id,
                &KeyKind::Login {
                    description: &description,
                    expires_in: body.expires_in,
                },
            )?;
            let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE api_keys.hash = ?1");
            Ok::<_, Failure>(tx.query_row(&sql, [util::token_hash(&token)], |row| {
                authorization_json(row, Some(&token))
            })?)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(authorization)).into_response())
}

async fn list(State(platform): State<Platform>, Caller(caller): Caller) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| {
            let sql = format!(
                "SELECT {COLUMNS} FROM {FROM} WHERE api_keys.user_id = ?1 \
                 ORDER BY api_keys.created_at, api_keys.id"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let all = stmt
                .query_map([&caller.id], |row| authorization_json(row, None))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Json(Value::Array(all)))
        })
        .await
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| Ok(Json(find_authorization(conn, &caller, &id)?.1)))
        .await
}

/// Revokes an authorization, by id (`~`: the default API key, as on Heroku).
async fn revoke(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .write_async(move |tx| {
            let (id, authorization) = find_authorization(tx, &caller, &id)?;
            tx.execute("DELETE FROM api_keys WHERE id = ?1", [&id])?;
            Ok(Json(authorization))
        })
        .await
}

/// No key here comes from an SSO session, so there is never one to end (Heroku answers the
/// same for a token that is no session).
async fn delete_session(_caller: Caller, Path(_id): Path<String>) -> ApiError {
    ApiError::not_found("session", "Couldn't find that session.")
}

/// The official CLI's answer to a `two_factor` error naming an app: it checks the code here,
/// then repeats its request.
async fn pre_authorize(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
    Path(app): Path<String>,
) -> Result<Json<Value>, Failure> {
    let code = two_factor_code(&headers);
    platform
        .store()
        .read_async(move |conn| {
            apps::find_for(conn, &app, &caller)?;
            login::check_second_factor(conn, &caller.id, code.as_deref())?
                .map_err(Failure::Refused)?;
            Ok(Json(json!({})))
        })
        .await
}

#[derive(Debug, Default, Deserialize)]
struct StartBody {
    description: Option<String>,
}

fn unix_now() -> i64 {
    util::now().unix_timestamp()
}

async fn start_login(
    State(platform): State<Platform>,
    JsonBody(body): JsonBody<StartBody>,
) -> ApiResult<Response> {
    let description = body.description.unwrap_or_default();
    let description = match description.trim() {
        "" => "an unnamed client".to_string(),
        d => d.chars().take(200).collect(),
    };
    let id = util::new_id();
    let token = util::new_token();
    let token_hash = util::token_hash(&token);
    let row_id = id.clone();
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "INSERT INTO login_sessions (id, secret_hash, hostname, client, description, created_unix)
                 VALUES (?1, ?2, '', '', ?3, ?4)",
                params![row_id, token_hash, description, unix_now()],
            )?;
            Ok::<_, ApiError>(())
        })
        .await?;
    let body = json!({
        "browser_url": format!("/auth/cli/browser/{id}"),
        "cli_url": format!("/auth/cli/{id}"),
        "token": token,
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

struct Session {
    description: String,
    state: String,
    user_id: Option<String>,
    expired: bool,
    token_hash: String,
}

fn load_session(conn: &Connection, id: &str) -> ApiResult<Session> {
    conn.query_row(
        "SELECT description, state, user_id, created_unix, secret_hash FROM login_sessions WHERE id = ?1",
        [id],
        |r| {
            Ok(Session {
                description: r.get(0)?,
                state: r.get(1)?,
                user_id: r.get(2)?,
                expired: unix_now() - r.get::<_, i64>(3)? > SESSION_TTL,
                token_hash: r.get(4)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::not_found("login", "Couldn't find that login."))
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

/// The page a person sees: what asks, and a form to approve or deny it.
fn approval_page(id: &str, session: &Session, error: Option<&str>) -> Html<String> {
    let error = error.map_or(String::new(), |e| {
        format!(
            "<p id=\"error\" style=\"color: #b00\">{}</p>",
            escape_html(e)
        )
    });
    let base = format!("/auth/cli/browser/{}", escape_html(id));
    page(
        "Log in",
        &format!(
            "<p id=\"request\"><b id=\"description\">{description}</b> asks to log in to your \
             account.</p>{error}\
             <form method=\"post\" action=\"{base}/approve\">\
             <p><label>Email <input id=\"email\" name=\"email\" type=\"email\"></label></p>\
             <p><label>Password <input id=\"password\" name=\"password\" type=\"password\"></label></p>\
             <p><label>Two-factor code (if enabled) <input id=\"code\" name=\"code\"></label></p>\
             <p><button id=\"approve\" type=\"submit\">Approve</button></p></form>\
             <form method=\"post\" action=\"{base}/deny\">\
             <p><button id=\"deny\" type=\"submit\">Deny</button></p></form>",
            description = escape_html(&session.description),
        ),
    )
}

/// An answer for a login that can no longer be approved or denied.
fn closed_page(session: &Session) -> Option<Html<String>> {
    if session.expired {
        return Some(message_page(
            "Login expired",
            "This login request has expired. Log in again from your terminal.",
        ));
    }
    (session.state != "pending").then(|| {
        message_page(
            "Login already answered",
            "This login request was already approved or denied.",
        )
    })
}

async fn login_page(
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

/// Runs `answer` on a login still waiting for the person, in one transaction; one already
/// answered or expired gets the page saying so.
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
                    "{} is now logged in. You can close this window.",
                    session.description
                ),
            ))
        }
        Err(refusal) => Ok(approval_page(&id, session, Some(refusal_message(refusal)))),
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
            &format!("The login of {} was denied.", session.description),
        ))
    })
    .await
}

/// What a held `GET {cli_url}` answers once there is something to say.
enum Outcome {
    Pending,
    Answer(Value),
}

/// Looks at the login once: mints its key when it was approved (once only).
fn collect_once(tx: &rusqlite::Transaction, id: &str, token_hash: &str) -> ApiResult<Outcome> {
    let session = load_session(tx, id)?;
    if session.token_hash != token_hash {
        return Err(ApiError::not_found("login", "Couldn't find that login."));
    }
    let error = |message: &str| Ok(Outcome::Answer(json!({"error": message})));
    match (session.state.as_str(), session.user_id) {
        ("denied", _) => error("The login was denied in the browser."),
        _ if session.expired => error("The login request expired before it was approved."),
        ("approved", Some(user_id)) => {
            let token = login::mint_key(
                tx,
                &user_id,
                &KeyKind::Login {
                    description: &session.description,
                    expires_in: Some(MAX_EXPIRES_IN),
                },
            )?;
            tx.execute(
                "UPDATE login_sessions SET state = 'collected' WHERE id = ?1",
                [id],
            )?;
            Ok(Outcome::Answer(json!({"access_token": token})))
        }
        ("pending", _) => Ok(Outcome::Pending),
        _ => error("This login's API key was already handed out."),
    }
}

/// The requesting client's one long poll: held until the login is answered or expires.
async fn collect(
    State(platform): State<Platform>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let token_hash = util::token_hash(&http::credentials(&headers).unwrap_or_default());
    loop {
        // Looked at without the write lock while nothing happens.
        let key = id.clone();
        let session = platform
            .store()
            .read_async(move |conn| load_session(conn, &key))
            .await?;
        if session.token_hash != token_hash {
            return Err(ApiError::not_found("login", "Couldn't find that login."));
        }
        if session.state == "pending" && !session.expired {
            tokio::time::sleep(POLL_EVERY).await;
            continue;
        }
        let (id, token_hash) = (id.clone(), token_hash.clone());
        let outcome = platform
            .store()
            .write_async(move |tx| collect_once(tx, &id, &token_hash))
            .await?;
        match outcome {
            Outcome::Answer(body) => return Ok(Json(body)),
            Outcome::Pending => tokio::time::sleep(POLL_EVERY).await,
        }
    }
}
