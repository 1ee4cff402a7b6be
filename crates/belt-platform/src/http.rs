//! The HTTP conventions of the Platform API: JSON error bodies, the request body and auth
//! extractors, `Request-Id`, and Range-paginated list responses.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::api_keys::KeyCheck;
use super::domain_error::DomainError;
use super::range::{Kind, Range};
use super::users::Actor;
use super::util;
use super::{Platform, api_keys, scopes};

pub(crate) const MAX_BODY: usize = 1 << 20;

pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");
const NEXT_RANGE: HeaderName = HeaderName::from_static("next-range");
const CONTENT_RANGE: HeaderName = HeaderName::from_static("content-range");
const ACCEPT_RANGES: HeaderName = HeaderName::from_static("accept-ranges");
const RATELIMIT_REMAINING: HeaderName = HeaderName::from_static("ratelimit-remaining");
/// Requests left, as every answer's `RateLimit-Remaining` and `/account/rate-limits` say: the
/// platform limits none, so this is Heroku's full allowance.
pub(crate) const RATE_LIMIT_REMAINING: u32 = 4500;

const NOT_FOUND_ENDPOINT: &str = "The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), and did you specify your API version in the `Accept` header?";

/// An error response: `{"id", "message"}` (plus `resource` for a missing resource).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub id: &'static str,
    pub message: String,
    pub resource: Option<&'static str>,
}

impl ApiError {
    pub fn new(status: StatusCode, id: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            id,
            message: message.into(),
            resource: None,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Invalid credentials provided.",
        )
    }

    /// An expired key: Heroku's 401 (it answers `unauthorized`, "Invalid credentials
    /// provided.", for an expired token as for an unknown one), saying when it expired.
    pub fn expired(at_unix: i64) -> Self {
        let at = time::OffsetDateTime::from_unix_timestamp(at_unix)
            .map(util::timestamp)
            .unwrap_or_default();
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            format!("Invalid credentials provided. This token expired at {at}."),
        )
    }

    /// A request the key's OAuth scope does not allow.
    pub fn out_of_scope(scopes: &[String], needed: &str) -> Self {
        Self::forbidden(format!(
            "This token's scope ({}) does not allow this request; it needs the {needed} scope.",
            scopes.join(",")
        ))
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// 404 for a resource that does not exist, e.g. `("app", "Couldn't find that app.")`.
    pub fn not_found(resource: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            resource: Some(resource),
            ..Self::new(StatusCode::NOT_FOUND, "not_found", message)
        }
    }

    pub fn invalid_params(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_params", message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_server_error",
            message,
        )
    }

    /// The body for any status, for responses produced outside the handlers.
    fn for_status(status: StatusCode) -> Self {
        let (id, message): (&'static str, &str) = match status {
            StatusCode::BAD_REQUEST => ("bad_request", "The request could not be understood."),
            StatusCode::UNAUTHORIZED => ("unauthorized", "Invalid credentials provided."),
            StatusCode::FORBIDDEN => ("forbidden", "You do not have access to this resource."),
            StatusCode::NOT_FOUND => ("not_found", NOT_FOUND_ENDPOINT),
            StatusCode::METHOD_NOT_ALLOWED => (
                "method_not_allowed",
                "The requested API endpoint does not support this HTTP verb (i.e. `GET` vs. `POST`).",
            ),
            StatusCode::PAYLOAD_TOO_LARGE => (
                "request_entity_too_large",
                "The request body is too large (maximum is 1 MiB).",
            ),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                ("unsupported_media_type", "The request body must be JSON.")
            }
            StatusCode::UNPROCESSABLE_ENTITY => ("invalid_params", "The request is invalid."),
            s if s.is_server_error() => ("internal_server_error", "Internal server error."),
            _ => ("bad_request", "The request could not be processed."),
        };
        Self::new(status, id, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({"id": self.id, "message": self.message});
        if let Some(resource) = self.resource {
            body["resource"] = json!(resource);
        }
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}

/// The wire form of a domain refusal or failure.
impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::NotFound { resource, message } => ApiError::not_found(resource, message),
            DomainError::Forbidden(message) => ApiError::forbidden(message),
            DomainError::Invalid(message) => ApiError::invalid_params(message),
            DomainError::Busy => Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                e.to_string(),
            ),
            DomainError::Internal(message) => ApiError::internal(message),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        DomainError::from(e).into()
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        DomainError::from(e).into()
    }
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// 404 for any path the API does not have.
pub(crate) async fn unknown_endpoint() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", NOT_FOUND_ENDPOINT)
}

/// 405 for a known path with the wrong verb.
pub(crate) async fn wrong_method(method: Method) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!(
            "The requested API endpoint does not support `{method}`. Are you using the right HTTP verb (i.e. `GET` vs. `POST`)?"
        ),
    )
}

/// A JSON request body, read whatever the Content-Type says. An empty body is `{}`; one that
/// is not JSON is a 400, and valid JSON of the wrong shape a 422 `invalid_params` naming the
/// field, as Heroku answers (never a 500). Unknown fields are ignored.
pub(crate) struct JsonBody<T>(pub T);

impl<S, T> FromRequest<S> for JsonBody<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::for_status(StatusCode::PAYLOAD_TOO_LARGE)
            } else {
                ApiError::bad_request(format!("Could not read the request body: {e}"))
            }
        })?;
        let body = bytes.trim_ascii();
        let body = if body.is_empty() { b"{}" } else { body };
        parse_body(body).map(JsonBody)
    }
}

fn parse_body<T: DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    let syntax =
        |e: serde_json::Error| ApiError::bad_request(format!("Invalid JSON in request body: {e}."));
    // Syntax first, over the whole body, so a truncated document is a 400 even where its
    // start already has the wrong shape.
    serde_json::from_slice::<serde::de::IgnoredAny>(body).map_err(syntax)?;
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data if path != "." => {
                ApiError::invalid_params(format!("Invalid {path}: {}.", data_error(&inner)))
            }
            serde_json::error::Category::Data => {
                ApiError::invalid_params(format!("Invalid request body: {}.", data_error(&inner)))
            }
            _ => syntax(inner),
        }
    })
}

/// serde's message without its `at line 1 column 12` suffix, which means nothing to a caller
/// that named the field.
fn data_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The extractor of the authenticated user making the request: the edge's way to an
/// [`Actor`], which is what the domain modules take.
#[derive(Debug, Clone)]
pub(crate) struct Caller(pub Actor);

impl FromRequestParts<Platform> for Caller {
    type Rejection = ApiError;

    /// Every request with a key comes through here, so this is where a key's expiry and scope
    /// are enforced: an expired key is a 401 that says so, a request outside its scope a 403.
    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> ApiResult<Self> {
        let token = credentials(&parts.headers).ok_or_else(ApiError::unauthorized)?;
        let (actor, scopes) = platform
            .store()
            .read_async(move |conn| match api_keys::check(conn, &token)? {
                KeyCheck::Valid(actor, scopes) => Ok((actor, scopes)),
                KeyCheck::Expired(at) => Err(ApiError::expired(at)),
                KeyCheck::Unknown => Err(ApiError::unauthorized()),
            })
            .await?;
        let query = parts.uri.query().unwrap_or_default();
        match scopes::refusal(&scopes, &parts.method, parts.uri.path(), query) {
            None => Ok(Caller(actor)),
            Some(needed) => Err(ApiError::out_of_scope(&scopes, needed)),
        }
    }
}

/// The API key from `Authorization: Bearer KEY`, or HTTP Basic with the key as password
/// (`email:KEY` or `:KEY`, as the Heroku CLI and netrc-based tools send it).
pub(crate) fn credentials(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = value.split_once(' ')?;
    let rest = rest.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return Some(rest.to_string()).filter(|t| !t.is_empty());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = String::from_utf8(util::base64_decode(rest)?).ok()?;
        let (user, password) = decoded.split_once(':').unwrap_or((&decoded, ""));
        let token = if password.is_empty() { user } else { password };
        return Some(token.to_string()).filter(|t| !t.is_empty());
    }
    None
}

/// Outermost layer: echoes or assigns `Request-Id`, and turns any error response that is
/// not already JSON (a framework rejection) into the API's JSON error shape.
pub(crate) async fn decorate(req: Request, next: Next) -> Response {
    let request_id = req
        .headers()
        .get(&REQUEST_ID)
        .filter(|v| !v.is_empty() && v.len() <= 200)
        .cloned()
        .unwrap_or_else(|| {
            HeaderValue::from_str(&util::new_id())
                .unwrap_or_else(|_| HeaderValue::from_static("unknown"))
        });
    let mut response = next.run(req).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        // XML is S3's error shape, which the source URLs answer in.
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("application/xml"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        let (mut parts, _) = response.into_parts();
        let body = ApiError::for_status(status).into_response();
        let (body_parts, body) = body.into_parts();
        parts.headers.remove(CONTENT_LENGTH);
        for (name, value) in &body_parts.headers {
            parts.headers.insert(name, value.clone());
        }
        response = Response::from_parts(parts, body);
    }
    let headers = response.headers_mut();
    headers.insert(REQUEST_ID, request_id);
    headers.insert(RATELIMIT_REMAINING, HeaderValue::from(RATE_LIMIT_REMAINING));
    response
}

/// Parses the request's `Range` header for a list sorted by one of `fields`.
pub(crate) fn range(headers: &HeaderMap, fields: &[&str]) -> ApiResult<Range> {
    let header = match headers.get(axum::http::header::RANGE) {
        Some(v) => Some(
            v.to_str()
                .map_err(|_| ApiError::bad_request("Invalid Range header."))?,
        ),
        None => None,
    };
    Range::parse(header, fields).map_err(ApiError::bad_request)
}

/// The rows of `sql` for the app `identity` as `caller` may see it (404/403 as for the app
/// itself): the query's first parameter is the app's id, the rest are `bounds` (a Range page's).
pub(crate) async fn app_rows<T: Send + 'static>(
    platform: &Platform,
    caller: Actor,
    identity: String,
    sql: String,
    bounds: Vec<rusqlite::types::Value>,
    from_row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> ApiResult<Vec<T>> {
    platform
        .read_app(
            caller,
            identity,
            crate::access::Action::View,
            move |conn, app, _| {
                let values = std::iter::once(rusqlite::types::Value::Text(app.id)).chain(bounds);
                let mut stmt = conn.prepare_cached(&sql)?;
                let rows = stmt.query_map(rusqlite::params_from_iter(values), from_row)?;
                Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
            },
        )
        .await
}

/// A Range-paginated answer for a list held in memory, as [`list_response`] answers one read
/// from SQL: `fields` are the fields it sorts by (the first is the default) and how they
/// compare; an item's key is its top-level JSON value of the range's field.
pub(crate) fn paged(
    headers: &HeaderMap,
    fields: &[(&str, Kind)],
    items: Vec<serde_json::Value>,
) -> ApiResult<Response> {
    let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
    let range = range(headers, &names)?;
    let kind = fields
        .iter()
        .find(|(name, _)| *name == range.field)
        .map_or(Kind::Text, |(_, kind)| *kind);
    let field = range.field.clone();
    let key = |item: &serde_json::Value| match &item[field.as_str()] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let rows = range
        .window(items, key, kind)
        .map_err(ApiError::bad_request)?;
    Ok(list_response(&range, rows, key, &names.join(", ")))
}

/// A page of a list: `rows` holds up to `range.max + 1` items in range order (the extra one
/// only signals that more follow). 206 with `Next-Range` when more remain, else 200.
pub(crate) fn list_response<T: Serialize>(
    range: &Range,
    mut rows: Vec<T>,
    key: impl Fn(&T) -> String,
    accept_ranges: &str,
) -> Response {
    let more = rows.len() > range.max;
    rows.truncate(range.max);
    let first = rows.first().map(&key);
    let last = rows.last().map(&key);
    let status = if more {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut response = (status, Json(rows)).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(accept_ranges) {
        headers.insert(ACCEPT_RANGES, v);
    }
    if let (Some(first), Some(last)) = (first, last) {
        if let Ok(v) = HeaderValue::from_str(&range.content_range(&first, &last)) {
            headers.insert(CONTENT_RANGE, v);
        }
        if more && let Ok(v) = HeaderValue::from_str(&range.next_range(&last)) {
            headers.insert(NEXT_RANGE, v);
        }
    }
    response
}

/// A response body read from `reader` as the client takes it, without holding it in memory.
pub(crate) fn reader_body(
    reader: impl tokio::io::AsyncRead + Send + Unpin + 'static,
) -> axum::body::Body {
    use tokio::io::AsyncReadExt;
    let chunks = futures_util::stream::unfold(reader, |mut reader| async move {
        let mut buf = vec![0u8; 64 * 1024];
        match reader.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), reader))
            }
            Err(e) => Some((Err(e), reader)),
        }
    });
    axum::body::Body::from_stream(chunks)
}

/// A reference to another resource in a request body: `"name-or-id"` as the schema says,
/// or `{"id": ..}` / `{"name": ..}` as some clients send it.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(untagged)]
pub(crate) enum IdentityRef {
    Plain(String),
    Object {
        id: Option<String>,
        name: Option<String>,
    },
}

impl IdentityRef {
    pub fn as_str(&self) -> &str {
        match self {
            IdentityRef::Plain(s) => s,
            IdentityRef::Object { id, name } => {
                id.as_deref().or(name.as_deref()).unwrap_or_default()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn reads_bearer_and_basic_credentials() {
        assert_eq!(credentials(&auth("Bearer abc")).as_deref(), Some("abc"));
        assert_eq!(credentials(&auth("bearer  abc ")).as_deref(), Some("abc"));
        // ":abc" and "me@x.io:abc"
        assert_eq!(credentials(&auth("Basic OmFiYw==")).as_deref(), Some("abc"));
        assert_eq!(
            credentials(&auth("Basic bWVAeC5pbzphYmM=")).as_deref(),
            Some("abc")
        );
        assert_eq!(
            credentials(&auth("Basic bWVAeC5pbzphYmM")).as_deref(),
            Some("abc")
        );
        assert_eq!(credentials(&auth("Bearer ")), None);
        assert_eq!(credentials(&auth("Basic !!!")), None);
        assert_eq!(credentials(&auth("Token abc")), None);
        assert_eq!(credentials(&HeaderMap::new()), None);
    }

    #[test]
    fn wrong_types_name_the_field_and_bad_json_is_a_bad_request() {
        #[derive(Debug, serde::Deserialize)]
        struct Body {
            #[allow(dead_code)]
            name: Option<String>,
        }
        let error = parse_body::<Body>(br#"{"name": 5}"#).unwrap_err();
        assert_eq!(error.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            error.message,
            "Invalid name: invalid type: integer `5`, expected a string."
        );
        let error = parse_body::<Body>(br#"{"name": "x"} trailing"#).unwrap_err();
        assert_eq!(error.id, "bad_request");
        let error = parse_body::<Body>(b"{").unwrap_err();
        assert_eq!(error.id, "bad_request");
        assert!(parse_body::<Body>(br#"{"name": "x", "other": 1}"#).is_ok());
    }
}
