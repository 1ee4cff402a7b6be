//! Logging in and API keys, as Heroku does them. Every API key is an OAuth authorization
//! (`api_keys`):
//! - `POST /oauth/authorizations` `{description, expires_in, scope}`: HTTP Basic with email and
//!   password (plus `Heroku-Two-Factor-Code` when the user has a second factor: without it the
//!   answer is 403 `two_factor` with `Heroku-Two-Factor-Required: true`), or a valid key
//!   `scope` is a list of Heroku's names (`global` when absent, 422 for another name; see
//!   `scopes`), `expires_in` at most thirty days
//! - `GET /oauth/authorizations`, `GET`/`PATCH`/`DELETE /oauth/authorizations/{id}`, where `~`
//!   is the account's default API key (never "the key of this request"); tokens are listed
//!   redacted, since only their hashes are kept. `PATCH` changes the description (there are no
//!   OAuth clients here, so a `client` is a 404)
//! - `POST /oauth/authorizations/{id}/actions/regenerate-tokens`: a new key, the old one
//!   refused at once
//! - `PUT /apps/{app}/pre-authorizations` with `Heroku-Two-Factor-Code`: checks the code
//!
//! Not in the schema, as on Heroku: `DELETE /oauth/sessions/~`: 404 `not_found` (`session`),
//! since no key here is an SSO session. The browser login is `cli_auth`.

use axum::extract::{Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::access::Action;
use crate::api_keys::KeyKind;
use crate::credentials::{self, Refusal};
use crate::domain_error::{DomainError, DomainResult};
use crate::http::{ApiError, ApiResult, Caller, JsonBody};
use crate::users::Actor;
use crate::{Platform, api_keys, scopes, util};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/oauth/authorizations", post(authorize).get(list))
        .route(
            "/oauth/authorizations/{id}",
            get(info).patch(update).delete(revoke),
        )
        .route(
            "/oauth/authorizations/{id}/actions/regenerate-tokens",
            post(regenerate),
        )
        .route("/oauth/sessions/{id}", delete(delete_session))
        .route("/apps/{app}/pre-authorizations", put(pre_authorize))
}

/// `email:password` from HTTP Basic, when the user part is an email (not `:API_KEY`).
fn basic_login(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(util::base64_decode(rest.trim())?).ok()?;
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
    expires_in: Option<Seconds>,
    scope: Option<Vec<String>>,
}

/// `expires_in` as a number, or as the string of digits the official CLI sends (its flag is a
/// string, passed on as is, and Heroku takes it).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Seconds {
    Number(i64),
    Text(String),
}

impl Seconds {
    fn value(&self) -> Result<i64, ApiError> {
        match self {
            Seconds::Number(n) => Ok(*n),
            Seconds::Text(text) => text.trim().parse().map_err(|_| {
                ApiError::invalid_params(format!("Invalid expires_in: {text:?} is no number."))
            }),
        }
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
    let expires_in = body.expires_in.as_ref().map(Seconds::value).transpose()?;
    if let Some(seconds) = expires_in
        && !(1..=api_keys::MAX_EXPIRES_IN).contains(&seconds)
    {
        return Err(ApiError::invalid_params(format!(
            "expires_in must be between 1 and {} seconds.",
            api_keys::MAX_EXPIRES_IN
        ))
        .into());
    }
    let scope = scopes::checked(body.scope).map_err(ApiError::invalid_params)?;
    let description = body.description.unwrap_or_default();
    let authorization = platform
        .store()
        .write_async(move |tx| {
            let user_id = match (login, caller_id) {
                (Some((email, password)), _) => {
                    credentials::check_login(tx, &email, &password, code.as_deref())?
                        .map_err(Failure::Refused)?
                }
                (None, Some(id)) => id,
                (None, None) => return Err(ApiError::unauthorized().into()),
            };
            let kind = KeyKind::Scoped {
                description: &description,
                expires_in,
                scope: &scope,
            };
            let authorization = api_keys::authorize(tx, &user_id, &kind)?;
            Ok::<_, Failure>(authorization)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(authorization)).into_response())
}

async fn list(State(platform): State<Platform>, Caller(caller): Caller) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| Ok(Json(Value::Array(api_keys::list(conn, &caller)?))))
        .await
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| Ok(Json(api_keys::find(conn, &caller, &id)?.1)))
        .await
}

/// Revokes an authorization, by id (`~`: the default API key, as on Heroku).
async fn revoke(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    change(&platform, caller, id, api_keys::revoke).await
}

/// Regenerates an authorization's key (the official CLI's `authorizations:rotate`).
async fn regenerate(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    change(&platform, caller, id, api_keys::regenerate).await
}

/// One change to the caller's authorization `id`, in a write transaction: its answer.
async fn change(
    platform: &Platform,
    caller: Actor,
    id: String,
    change: fn(&rusqlite::Connection, &Actor, &str) -> DomainResult<Value>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .write_async(move |tx| Ok(Json(change(tx, &caller, &id)?)))
        .await
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    description: Option<String>,
    client: Option<Value>,
}

/// Changes an authorization's description (what the official CLI's `authorizations:update`
/// sends); its OAuth client cannot be set, since there are none here.
async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    if body.client.is_some_and(|c| !c.is_null()) {
        return Err(ApiError::not_found(
            "client",
            "Couldn't find that OAuth client.",
        ));
    }
    platform
        .store()
        .write_async(move |tx| match body.description {
            Some(description) => Ok(Json(api_keys::describe(tx, &caller, &id, &description)?)),
            None => Ok(Json(api_keys::find(tx, &caller, &id)?.1)),
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
        .read_app(caller, app, Action::View, move |conn, _, caller| {
            credentials::check_second_factor(conn, &caller.id, code.as_deref())?
                .map_err(Failure::Refused)?;
            Ok(Json(json!({})))
        })
        .await
}
