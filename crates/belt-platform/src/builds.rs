//! Source blobs and builds as stored. A source is a tarball uploaded to a secret URL (like an
//! S3 presigned URL); a build runs the shared pipeline ([`super::slug_compiler`]) on one in the
//! background, writing its output to a file that `output_stream_url` readers follow.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::procs::{Liveness, ProcessId};
use super::users::Actor;
use super::{Platform, slug_compiler, util};

pub(crate) const PENDING: &str = "pending";
const SUCCEEDED: &str = "succeeded";
const FAILED: &str = "failed";

const SOURCES_DIR: &str = "sources";
const BUILDS_DIR: &str = "builds";

/// Where an uploaded source tarball is kept.
pub(crate) fn blob_path(platform: &Platform, id: &str) -> PathBuf {
    platform.data_dir().join(SOURCES_DIR).join(id)
}

/// Where a build's output is kept.
pub(crate) fn log_path(platform: &Platform, id: &str) -> PathBuf {
    platform
        .data_dir()
        .join(BUILDS_DIR)
        .join(format!("{id}.log"))
}

/// A new source for `user_id`: its id and the secret of its URLs.
pub(crate) fn create_source(
    conn: &Connection,
    user_id: &str,
) -> rusqlite::Result<(String, String)> {
    let (id, secret) = (util::new_id(), util::new_token());
    conn.execute(
        "INSERT INTO sources (id, secret_hash, user_id, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            id,
            util::token_hash(&secret),
            user_id,
            util::timestamp(util::now())
        ],
    )?;
    Ok((id, secret))
}

/// Whether `secret` opens source `id`.
pub(crate) fn source_secret_ok(
    conn: &Connection,
    id: &str,
    secret: &str,
) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM sources WHERE id = ?1 AND secret_hash = ?2")?
        .exists([id, &util::token_hash(secret)])
}

#[derive(Debug, Clone)]
pub(crate) struct Build {
    pub id: String,
    pub app_id: String,
    pub user_id: Option<String>,
    pub user_email: Option<String>,
    pub status: String,
    pub source_url: String,
    pub source_version: Option<String>,
    pub source_checksum: Option<String>,
    pub source_version_description: Option<String>,
    pub stack: String,
    pub slug_id: Option<String>,
    pub release_id: Option<String>,
    pub output_secret: String,
    pub created_at: String,
    pub updated_at: String,
}

/// Columns of [`Build`], in [`Build::from_row`] order; append `WHERE ...`.
pub(crate) const SELECT: &str = "SELECT b.id, b.app_id, b.user_id, users.email, b.status, \
     b.source_url, b.source_version, b.source_checksum, b.stack, b.slug_id, b.release_id, \
     b.output_secret, b.created_at, b.updated_at, b.source_version_description, \
     b.builder_pid, b.builder_started FROM builds b LEFT JOIN users ON users.id = b.user_id";

impl Build {
    pub fn from_row(row: &Row<'_>) -> rusqlite::Result<Build> {
        Ok(Build {
            id: row.get(0)?,
            app_id: row.get(1)?,
            user_id: row.get(2)?,
            user_email: row.get(3)?,
            status: effective_status(row.get(4)?, row.get(15)?, row.get(16)?),
            source_url: row.get(5)?,
            source_version: row.get(6)?,
            source_checksum: row.get(7)?,
            stack: row.get(8)?,
            slug_id: row.get(9)?,
            release_id: row.get(10)?,
            output_secret: row.get(11)?,
            created_at: row.get(12)?,
            updated_at: row.get(13)?,
            source_version_description: row.get(14)?,
        })
    }

    /// The schema's `build` object; `base` is the platform URL the caller reached.
    pub fn to_json(&self, base: &str) -> Value {
        json!({
            "app": {"id": self.app_id},
            "buildpacks": [],
            "created_at": self.created_at,
            "id": self.id,
            "output_stream_url": format!("{base}/build-output/{}/{}", self.id, self.output_secret),
            "release": self.release_id.as_ref().map(|id| json!({"id": id})),
            "slug": self.slug_id.as_ref().map(|id| json!({"id": id})),
            "source_blob": {
                "checksum": self.source_checksum,
                "url": self.source_url,
                "version": self.source_version,
                "version_description": self.source_version_description,
            },
            "stack": self.stack,
            "status": self.status,
            "updated_at": self.updated_at,
            "user": {"email": self.user_email, "id": self.user_id},
        })
    }
}

/// The app's build `id`: 404 when there is none.
pub(crate) fn find(conn: &Connection, app_id: &str, id: &str) -> DomainResult<Build> {
    conn.prepare_cached(&format!("{SELECT} WHERE b.app_id = ?1 AND b.id = ?2"))?
        .query_row([app_id, &id.to_ascii_lowercase()], Build::from_row)
        .optional()?
        .ok_or_else(|| DomainError::not_found("build", "Couldn't find that build."))
}

/// The status of build `id`, if it exists.
pub(crate) fn status(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT status, builder_pid, builder_started FROM builds WHERE id = ?1")?
        .query_row([id], |row| {
            Ok(effective_status(row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()
}

/// A build still pending after the process running it has gone (killed mid-build) will never
/// finish: it reads as failed, so lists are right and output streams end.
fn effective_status(status: String, pid: Option<i64>, started: Option<String>) -> String {
    let builder = ProcessId::from_columns(pid, started);
    match builder {
        Some(builder) if status == PENDING && builder.liveness() == Liveness::Gone => {
            FAILED.to_string()
        }
        _ => status,
    }
}

/// What a build request says about its source, besides where it is.
#[derive(Debug, Default)]
pub(crate) struct SourceInfo {
    pub version: Option<String>,
    pub version_description: Option<String>,
    /// `SHA256:hex` of the tarball, checked against the upload before the build starts.
    pub checksum: Option<String>,
}

/// Records a pending build of `app` from the uploaded source at `source_url`.
pub(crate) fn insert(
    conn: &Connection,
    app: &App,
    by: &Actor,
    source_url: &str,
    source: &SourceInfo,
) -> DomainResult<Build> {
    let id = util::new_id();
    // The build runs in this process (see `start`).
    let builder = ProcessId::current();
    // Microseconds, so builds started within a second still list in order.
    let now = util::timestamp_micros(util::now());
    conn.execute(
        "INSERT INTO builds (id, app_id, user_id, status, source_url, source_version,
                             source_checksum, stack, output_secret, created_at, updated_at,
                             source_version_description, builder_pid, builder_started)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)",
        params![
            id,
            app.id,
            by.id,
            PENDING,
            source_url,
            source.version,
            source.checksum,
            app.build_stack,
            util::new_token(),
            now,
            source.version_description,
            builder.as_ref().map(|p| p.pid),
            builder.map(|p| p.started),
        ],
    )?;
    super::events::api(
        conn,
        &app.id,
        &format!("Build started by user {}", by.email),
    )?;
    find(conn, &app.id, &id)
}

/// The tarball an uploaded source's URL (`.../source-blobs/{id}/{secret}` from `POST
/// /sources` on this platform) names, once its secret is checked and something was uploaded.
pub(crate) async fn uploaded_source(platform: &Platform, url: &str) -> DomainResult<PathBuf> {
    let (id, secret) = own_source(url).ok_or_else(|| {
        DomainError::invalid("source_blob.url must be a URL from POST /sources on this platform.")
    })?;
    let known = {
        let id = id.clone();
        platform
            .store()
            .read_async(move |conn| Ok::<_, DomainError>(source_secret_ok(conn, &id, &secret)?))
            .await?
    };
    if !known {
        return Err(DomainError::not_found(
            "source",
            "Couldn't find that source.",
        ));
    }
    let blob = blob_path(platform, &id);
    if !tokio::fs::try_exists(&blob).await.unwrap_or(false) {
        return Err(DomainError::invalid(
            "Nothing was uploaded to source_blob.url yet.",
        ));
    }
    Ok(blob)
}

/// The uploaded source a URL names: `.../source-blobs/{id}/{secret}`, on any host (the
/// embedded platform is reached through whatever address its client used).
fn own_source(url: &str) -> Option<(String, String)> {
    let parsed = url::Url::parse(url).ok()?;
    let mut segments = parsed.path_segments()?;
    match (
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
    ) {
        (Some("source-blobs"), Some(id), Some(secret), None) => {
            Some((id.to_string(), secret.to_string()))
        }
        _ => None,
    }
}

/// `SHA256:hex` of the tarball must be the one the request names (422 otherwise); returns it
/// in its canonical (lowercase) spelling.
pub(crate) async fn verify_checksum(blob: &Path, checksum: String) -> DomainResult<String> {
    let expected = match checksum.split_once(':') {
        Some((algorithm, hex))
            if algorithm.eq_ignore_ascii_case("sha256")
                && hex.len() == 64
                && hex.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            hex.to_ascii_lowercase()
        }
        _ => {
            return Err(DomainError::invalid(
                "source_blob.checksum must be SHA256: followed by 64 hexadecimal digits.",
            ));
        }
    };
    let path = blob.to_path_buf();
    let unreadable = |e: &dyn std::fmt::Display| {
        DomainError::internal(format!("Could not read the source: {e}"))
    };
    let actual = tokio::task::spawn_blocking(move || -> std::io::Result<String> {
        use std::io::Read;
        let mut file = std::fs::File::open(&path)?;
        let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match file.read(&mut buf)? {
                0 => break,
                n => digest.update(&buf[..n]),
            }
        }
        Ok(util::hex(digest.finish().as_ref()))
    })
    .await
    .map_err(|e| unreadable(&e))?
    .map_err(|e| unreadable(&e))?;
    if actual != expected {
        return Err(DomainError::invalid(format!(
            "source_blob.checksum does not match the uploaded source (SHA256:{actual})."
        )));
    }
    Ok(format!("SHA256:{actual}"))
}

/// Runs the build in the background: creates its (empty) log first, so its output stream can
/// be opened at once, then unpacks `blob`, and marks the build succeeded (with its slug and
/// release) or failed once its whole output is in the log. The handle resolves once the
/// build's status is recorded.
pub(crate) async fn launch(
    platform: Platform,
    record: Build,
    app: App,
    by: Actor,
    blob: PathBuf,
) -> tokio::task::JoinHandle<()> {
    let log_file = log_path(&platform, &record.id);
    if let Some(dir) = log_file.parent() {
        let _ = tokio::fs::create_dir_all(dir).await;
    }
    let _ = tokio::fs::File::create(&log_file).await;
    tokio::task::spawn_blocking(move || {
        let mut log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_file)
            .ok();
        let mut write_line = |line: &str| {
            if let Some(file) = log.as_mut() {
                let _ = writeln!(file, "{line}");
            }
        };
        let source = slug_compiler::SourceInfo {
            commit: record.source_version.clone(),
            commit_description: None,
        };
        let outcome = match open_blob(&blob) {
            Ok(tar) => {
                let input = slug_compiler::Input::Tarball(tar);
                slug_compiler::run(&platform, &app, &by, input, source, &mut write_line)
            }
            Err(reason) => {
                write_line(&format!(" !     {reason}"));
                Err(reason)
            }
        };
        let (status, slug_id, release_id) = match outcome {
            Ok(built) => {
                // The build is over; its release may still wait for its release command.
                if let Some(pending) = built.pending {
                    super::release_phase::start_blocking(&platform, pending);
                }
                (SUCCEEDED, Some(built.slug_id), Some(built.release.id))
            }
            Err(_) => (FAILED, None, None),
        };
        // A build left pending would keep its output stream open: retry a busy store.
        for _ in 0..50 {
            let done =
                platform.store().write(|tx| {
                    tx.execute(
                    "UPDATE builds SET status = ?1, slug_id = ?2, release_id = ?3, updated_at = ?4
                     WHERE id = ?5",
                    params![status, slug_id, release_id, util::timestamp(util::now()), record.id],
                )
                });
            if done.is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    })
}

/// The tar stream of a source blob, gzip-compressed (as Heroku expects) or not.
pub(crate) fn open_blob(path: &Path) -> Result<Box<dyn std::io::Read>, String> {
    let unreadable = |e: std::io::Error| format!("The source blob cannot be read: {e}");
    let mut reader = BufReader::new(std::fs::File::open(path).map_err(unreadable)?);
    let gzip = reader
        .fill_buf()
        .map_err(unreadable)?
        .starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(flate2::bufread::GzDecoder::new(reader))
    } else {
        Box::new(reader)
    })
}
