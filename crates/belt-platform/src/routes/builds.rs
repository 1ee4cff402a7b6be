//! Sources, builds and slugs: `POST /sources` (and the app-scoped form) hands out a secret
//! URL to `PUT` a tarball to, which answers as a presigned S3 URL does; `POST
//! /apps/{app}/builds` builds one in the background, with its output streamed at
//! `output_stream_url` (plain text, or Server-Sent Events on request, resumable as the
//! schema says); builds and slugs can be read back.

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;

use super::logs::stream_base;
use super::output_stream::{self, Work};
use crate::access::Action;
use crate::builds::{self, Build};
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, slug_compiler};

/// The largest source tarball accepted.
const MAX_SOURCE: usize = 200 << 20;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/sources", post(create_source))
        .route("/apps/{app}/sources", post(create_app_source))
        .route(
            "/source-blobs/{id}/{secret}",
            get(download)
                .put(upload)
                .layer(DefaultBodyLimit::max(MAX_SOURCE)),
        )
        .route("/apps/{app}/builds", get(list).post(create))
        .route("/apps/{app}/builds/{build}", get(info))
        .route("/apps/{app}/slugs/{slug}", get(slug))
        .route("/build-output/{id}/{secret}", get(output))
}

async fn new_source(
    platform: &Platform,
    headers: &HeaderMap,
    caller: Actor,
) -> ApiResult<Response> {
    let (id, secret) = platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(builds::create_source(tx, &caller.id)?))
        .await?;
    let url = format!(
        "{}/source-blobs/{id}/{secret}",
        stream_base(platform, headers)?
    );
    let body = json!({"source_blob": {"get_url": url, "put_url": url}});
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

async fn create_source(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    new_source(&platform, &headers, caller).await
}

async fn create_app_source(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let check = caller.clone();
    platform
        .find_app::<ApiError>(check, app, Action::Deploy)
        .await?;
    new_source(&platform, &headers, caller).await
}

/// 404 unless `secret` opens source `id`.
async fn check_source(platform: &Platform, id: &str, secret: &str) -> ApiResult<()> {
    let (id, secret) = (id.to_string(), secret.to_string());
    let ok = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(builds::source_secret_ok(conn, &id, &secret)?))
        .await?;
    if ok {
        Ok(())
    } else {
        Err(ApiError::not_found("source", "Couldn't find that source."))
    }
}

/// S3's answer to a presigned PUT whose headers do not match its signature.
fn signature_does_not_match() -> Response {
    let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>\
        <Message>The request signature we calculated does not match the signature you provided. \
        Check your key and signing method.</Message></Error>";
    (
        StatusCode::FORBIDDEN,
        [(CONTENT_TYPE, "application/xml")],
        body,
    )
        .into_response()
}

async fn upload(
    State(platform): State<Platform>,
    Path((id, secret)): Path<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    // The URL is signed for an empty Content-Type and is its own credential, as Heroku's
    // presigned S3 URLs are: either header breaks the signature.
    let typed = headers
        .get(CONTENT_TYPE)
        .is_some_and(|v| !v.as_bytes().trim_ascii().is_empty());
    if typed || headers.contains_key(AUTHORIZATION) {
        return Ok(signature_does_not_match());
    }
    check_source(&platform, &id, &secret).await?;
    let path = builds::blob_path(&platform, &id);
    let partial = path.with_extension("part");
    let io = |e: std::io::Error| ApiError::internal(format!("Could not store the source: {e}"));
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(io)?;
    }
    let mut file = tokio::fs::File::create(&partial).await.map_err(io)?;
    let mut stream = body.into_data_stream();
    let mut size = 0;
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::bad_request(format!("The upload broke off: {e}")))?;
        size += chunk.len();
        if size > MAX_SOURCE {
            drop(file);
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request_entity_too_large",
                format!("Source tarballs are limited to {} MiB.", MAX_SOURCE >> 20),
            ));
        }
        file.write_all(&chunk).await.map_err(io)?;
    }
    file.flush().await.map_err(io)?;
    drop(file);
    tokio::fs::rename(&partial, &path).await.map_err(io)?;
    Ok(StatusCode::OK.into_response())
}

async fn download(
    State(platform): State<Platform>,
    Path((id, secret)): Path<(String, String)>,
) -> ApiResult<Response> {
    check_source(&platform, &id, &secret).await?;
    let file = tokio::fs::File::open(builds::blob_path(&platform, &id))
        .await
        .map_err(|_| ApiError::not_found("source", "Nothing was uploaded to this source yet."))?;
    let mut response = http::reader_body(file).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
struct SourceBlob {
    url: Option<String>,
    version: Option<String>,
    version_description: Option<String>,
    checksum: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    #[serde(default)]
    source_blob: SourceBlob,
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let url = body
        .source_blob
        .url
        .ok_or_else(|| ApiError::invalid_params("source_blob.url is required."))?;
    let blob = builds::uploaded_source(&platform, &url).await?;
    let checksum = match body.source_blob.checksum {
        Some(checksum) => Some(builds::verify_checksum(&blob, checksum).await?),
        None => None,
    };
    let source = builds::SourceInfo {
        version: body.source_blob.version,
        version_description: body.source_blob.version_description,
        checksum,
    };
    let by = caller.clone();
    let (record, app) = platform
        .write_app(by, identity, Action::Deploy, move |tx, app, by| {
            let record = builds::insert(tx, &app, by, &url, &source)?;
            Ok::<_, ApiError>((record, app))
        })
        .await?;
    let json = record.to_json(&stream_base(&platform, &headers)?);
    builds::launch(platform, record, app, caller, blob).await;
    Ok((StatusCode::CREATED, Json(json)).into_response())
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    // Builds start as they are created: `started_at` is `created_at`, which the schema
    // does not offer but earlier belt clients sent.
    let range = http::range(&headers, &["started_at", "id", "created_at"])?;
    let (column, key) = if range.field == "id" {
        ("b.id", "id")
    } else {
        ("b.created_at", "created_at")
    };
    let (conditions, order, bounds) = range
        .sql(column, Kind::Text)
        .map_err(ApiError::bad_request)?;
    let sql = format!("{} WHERE b.app_id = ?{conditions}{order}", builds::SELECT);
    let rows = http::app_rows(&platform, caller, identity, sql, bounds, Build::from_row).await?;
    let base = stream_base(&platform, &headers)?;
    let rows: Vec<Value> = rows.iter().map(|b| b.to_json(&base)).collect();
    Ok(http::list_response(
        &range,
        rows,
        |v| v[key].as_str().unwrap_or_default().to_string(),
        "id, started_at",
    ))
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let record = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            builds::find(conn, &app.id, &id)
        })
        .await?;
    Ok(Json(record.to_json(&stream_base(&platform, &headers)?)))
}

async fn slug(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            slug_compiler::slug_json(conn, &app.id, &id.to_ascii_lowercase())?
                .ok_or_else(|| ApiError::not_found("slug", "Couldn't find that slug."))
        })
        .await
        .map(Json)
}

/// The build's output, sent as it is written, ending when the build does: plain text, or
/// Server-Sent Events when asked for. The official CLI sends its API key here too: it is
/// not needed, the URL's secret is the credential.
async fn output(
    State(platform): State<Platform>,
    Path((id, secret)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let path = builds::log_path(&platform, &id);
    let work = Work {
        table: "builds",
        resource: "build",
        read_status: builds::status,
    };
    output_stream::serve(platform, &headers, work, path, id, secret).await
}
