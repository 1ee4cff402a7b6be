//! The browser login of Heroku's login host (cli-auth), served by the platform itself
//! (`login_sessions` keeps its state):
//! - `POST /auth` `{description}` → `{browser_url, cli_url, token}`
//! - `GET {browser_url}`: an HTML page naming what asks, with Approve (email and password) and
//!   Deny forms posting to `{browser_url}/approve` and `/deny`
//! - `GET {cli_url}` with `Authorization: Bearer {token}` is held until the login is answered,
//!   then says `{access_token}` or `{error}`.

use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::credentials::{self, Refusal};
use crate::domain_error::{DomainError, DomainResult};
use crate::http::{self, ApiResult, JsonBody};
use crate::login_sessions::{self, Outcome, Session};
use crate::{Platform, util};

/// How often a held `GET {cli_url}` looks whether its login was answered.
const POLL_EVERY: Duration = Duration::from_millis(200);

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/auth", post(start_login))
        .route("/auth/cli/browser/{id}", get(login_page))
        .route("/auth/cli/browser/{id}/approve", post(approve))
        .route("/auth/cli/browser/{id}/deny", post(deny))
        .route("/auth/cli/{id}", get(collect))
}

fn refusal_message(refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::BadCredentials => "Invalid credentials provided.",
        Refusal::SecondFactorRequired => "Enter your two-factor code.",
        Refusal::BadSecondFactor => "The two-factor code is incorrect.",
    }
}

#[derive(Debug, Default, Deserialize)]
struct StartBody {
    description: Option<String>,
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
    let (id, token) = platform
        .store()
        .write_async(move |tx| Ok::<_, DomainError>(login_sessions::start(tx, &description)?))
        .await?;
    let body = json!({
        "browser_url": format!("/auth/cli/browser/{id}"),
        "cli_url": format!("/auth/cli/{id}"),
        "token": token,
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
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
            "<p id=\"request\"><b id=\"description\">{description}</b> asks to log in. Approving \
             logs it in as the user whose email and password you enter.</p>{error}\
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

/// The answer to an approval: names the user the client is now logged in as, the one whose
/// email and password were given, so a person approving on a shared platform sees whose
/// account they opened.
fn approved_page(session: &Session, email: &str) -> Html<String> {
    page(
        "Login approved",
        &format!(
            "<p id=\"message\">{} is now logged in as <b id=\"user\">{}</b>. You can close \
             this window.</p>",
            escape_html(&session.description),
            escape_html(email)
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
        .read_async(move |conn| login_sessions::load(conn, &key))
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
    answer: impl FnOnce(&rusqlite::Transaction, &Session) -> DomainResult<Html<String>> + Send + 'static,
) -> ApiResult<Html<String>> {
    let page = platform
        .store()
        .write_async(move |tx| {
            let session = login_sessions::load(tx, &id)?;
            match closed_page(&session) {
                Some(page) => Ok(page),
                None => answer(tx, &session),
            }
        })
        .await?;
    Ok(page)
}

async fn approve(
    State(platform): State<Platform>,
    Path(id): Path<String>,
    Form(form): Form<ApproveForm>,
) -> ApiResult<Html<String>> {
    let key = id.clone();
    answer_session(
        platform,
        key,
        move |tx, session| match credentials::check_login(
            tx,
            &form.email,
            &form.password,
            form.code.as_deref(),
        )? {
            Ok(user_id) => {
                login_sessions::approve(tx, &id, &user_id)?;
                Ok(approved_page(session, form.email.trim()))
            }
            Err(refusal) => Ok(approval_page(&id, session, Some(refusal_message(refusal)))),
        },
    )
    .await
}

async fn deny(State(platform): State<Platform>, Path(id): Path<String>) -> ApiResult<Html<String>> {
    let key = id.clone();
    answer_session(platform, key, move |tx, session| {
        login_sessions::deny(tx, &id)?;
        Ok(message_page(
            "Login denied",
            &format!("The login of {} was denied.", session.description),
        ))
    })
    .await
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
        let hash = token_hash.clone();
        let session = platform
            .store()
            .read_async(move |conn| login_sessions::load_for_client(conn, &key, &hash))
            .await?;
        if session.is_pending() {
            tokio::time::sleep(POLL_EVERY).await;
            continue;
        }
        let (id, token_hash) = (id.clone(), token_hash.clone());
        let outcome = platform
            .store()
            .write_async(move |tx| login_sessions::collect(tx, &id, &token_hash))
            .await?;
        match outcome {
            Outcome::Answer(body) => return Ok(Json(body)),
            Outcome::Pending => tokio::time::sleep(POLL_EVERY).await,
        }
    }
}
