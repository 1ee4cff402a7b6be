//! The platform's own failures outside a request: it could not start, its store failed, an
//! internal command (the dyno runner, the git hook) was misused. A request's failures are
//! `domain_error::DomainError` (answered to the client as `http::ApiError`); these reach
//! whoever started the platform.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    /// The platform could not start, or its store failed.
    #[error("local platform: {0}")]
    Platform(String),

    /// Something the platform was asked to do failed, already phrased for the user.
    #[error("{0}")]
    Failed(String),

    /// A thing the platform was pointed at (an app) does not exist.
    #[error("{0}")]
    NotFound(String),

    /// An internal command was called with the wrong arguments.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Platform(e.to_string())
    }
}

impl From<belt_fs::Error> for Error {
    fn from(e: belt_fs::Error) -> Self {
        Error::Io {
            path: e.path,
            source: e.source,
        }
    }
}
