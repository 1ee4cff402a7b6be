//! Git's smart HTTP protocol at `/{NAME}.git/...`, for `git push` to `belt serve`: belt
//! checks HTTP Basic credentials (an API key of the app's owner as the password, which belt's
//! git credential helper supplies) and hands the exchange to `git http-backend` (CGI). The
//! repository's hook then builds, and git shows its output to the pusher.

use std::process::Stdio;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::WWW_AUTHENTICATE;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use futures_util::StreamExt;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::access::Action;
use crate::http::{ApiError, ApiResult, Caller};
use crate::{Platform, git_repos};

/// The paths of git's smart protocol: ref discovery, fetch and push.
const SMART_PATHS: &[&str] = &["info/refs", "git-upload-pack", "git-receive-pack"];

pub(super) fn routes() -> Router<Platform> {
    Router::new().route("/{repo}/{*rest}", any(serve))
}

/// 401 with a Basic challenge, so git asks its credential helper.
fn challenge() -> Response {
    let mut response = ApiError::unauthorized().into_response();
    response.headers_mut().insert(
        WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"belt\""),
    );
    response
}

async fn serve(
    State(platform): State<Platform>,
    caller: Result<Caller, ApiError>,
    Path((repo, rest)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    method: Method,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let name = match repo.strip_suffix(".git") {
        Some(name) if SMART_PATHS.contains(&rest.as_str()) => name.to_string(),
        _ => return Err(crate::http::unknown_endpoint().await),
    };
    let Ok(Caller(caller)) = caller else {
        return Ok(challenge());
    };
    let email = caller.email.clone();
    let app = platform
        .find_app::<ApiError>(caller, name, Action::Deploy)
        .await?;
    if !git_repos::repo_path(&platform, &app.name).is_dir() {
        // Apps created before belt kept repositories get theirs on first use.
        let (p, name, id) = (platform.clone(), app.name.clone(), app.id.clone());
        tokio::task::spawn_blocking(move || git_repos::create_repo(&p, &name, &id))
            .await?
            .map_err(|e| ApiError::internal(e.to_string()))?;
    }
    cgi(
        &platform, &app.name, &rest, query, method, &headers, &email, body,
    )
    .await
}

/// Runs `git http-backend` for one request: the body goes to its stdin, and its CGI answer
/// (headers, a blank line, the body) becomes the response, streamed.
#[allow(clippy::too_many_arguments)]
async fn cgi(
    platform: &Platform,
    name: &str,
    rest: &str,
    query: Option<String>,
    method: Method,
    headers: &HeaderMap,
    user: &str,
    body: Body,
) -> ApiResult<Response> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let mut command = tokio::process::Command::new("git");
    command
        .arg("http-backend")
        .env("GIT_PROJECT_ROOT", git_repos::repos_dir(platform))
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("PATH_INFO", format!("/{name}.git/{rest}"))
        .env("QUERY_STRING", query.unwrap_or_default())
        .env("REQUEST_METHOD", method.as_str())
        .env("CONTENT_TYPE", header("content-type"))
        .env("REMOTE_USER", user)
        .env("REMOTE_ADDR", "127.0.0.1")
        .env("HTTP_CONTENT_ENCODING", header("content-encoding"))
        .env("HTTP_GIT_PROTOCOL", header("git-protocol"))
        .env(
            git_repos::PUBLIC_URL_ENV,
            platform.public_url().unwrap_or_default(),
        )
        // The deploy's web URL names the router this platform runs.
        .env(
            crate::settings::ROUTER_PORT,
            platform.router_port().to_string(),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let length = header("content-length");
    if !length.is_empty() {
        command.env("CONTENT_LENGTH", length);
    }
    let mut child = command
        .spawn()
        .map_err(|e| ApiError::internal(format!("Could not run git http-backend: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        let mut chunks = body.into_data_stream();
        tokio::spawn(async move {
            while let Some(Ok(chunk)) = chunks.next().await {
                if stdin.write_all(&chunk).await.is_err() {
                    return;
                }
            }
            // Dropping stdin ends the request body for git.
        });
    }
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| ApiError::internal("git http-backend has no output"))?;
    // Reaped when it exits, whether or not anyone waits.
    tokio::spawn(async move {
        let _ = child.wait().await;
    });
    let mut reader = BufReader::new(stdout);
    let mut response = Response::new(Body::empty());
    loop {
        let mut line = String::new();
        let n = reader
            .read_line(&mut line)
            .await
            .map_err(|e| ApiError::internal(format!("git http-backend failed: {e}")))?;
        let line = line.trim_end();
        if n == 0 || line.is_empty() {
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if key.eq_ignore_ascii_case("status") {
            let code = value.split_whitespace().next().unwrap_or("500");
            *response.status_mut() = code
                .parse()
                .ok()
                .and_then(|c| StatusCode::from_u16(c).ok())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        } else if let (Ok(key), Ok(value)) = (
            HeaderName::from_bytes(key.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            response.headers_mut().append(key, value);
        }
    }
    *response.body_mut() = crate::http::reader_body(reader);
    Ok(response)
}
