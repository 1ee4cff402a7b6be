//! The one error type of belt, and how each failure maps to an exit code.
//!
//! The exit codes are documented once, in [`EXIT_CODES`]: the help's line and the README's table
//! are rendered from it (the README's is checked by tests/generated.rs). `run` exits with the
//! remote status instead.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub const EXIT_SUCCESS: i32 = 0;
pub const EXIT_FAILURE: i32 = 1;
pub const EXIT_USAGE: i32 = 2;
pub const EXIT_AUTH: i32 = 3;
pub const EXIT_NOT_FOUND: i32 = 4;
pub const EXIT_INTERRUPTED: i32 = 130;

/// What an exit code means, as the help says it and as the README explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitCodeMeaning {
    pub code: i32,
    /// The few words the help shows.
    pub summary: &'static str,
    /// What the README adds after the summary.
    pub detail: &'static str,
}

/// Every exit code belt itself chooses, in order.
pub const EXIT_CODES: &[ExitCodeMeaning] = &[
    ExitCodeMeaning {
        code: EXIT_SUCCESS,
        summary: "success",
        detail: " (also a `--dry-run`)",
    },
    ExitCodeMeaning {
        code: EXIT_FAILURE,
        summary: "failure",
        detail: " (the backend refused, could not be reached, or answered nonsense; for \
                 `config:diff`, the two apps' config vars differ)",
    },
    ExitCodeMeaning {
        code: EXIT_USAGE,
        summary: "usage error",
        detail: " (bad arguments, invalid names, no app found, missing `--confirm`)",
    },
    ExitCodeMeaning {
        code: EXIT_AUTH,
        summary: "not logged in",
        detail: ", or the token was rejected",
    },
    ExitCodeMeaning {
        code: EXIT_NOT_FOUND,
        summary: "not found or no access",
        detail: "",
    },
    ExitCodeMeaning {
        code: EXIT_INTERRUPTED,
        summary: "interrupted",
        detail: " (Ctrl-C)",
    },
];

/// "Exit codes: 0 success, 1 failure, ...", the line `belt --help` and `belt help` end with.
pub fn exit_codes_line() -> String {
    let codes: Vec<String> = EXIT_CODES
        .iter()
        .map(|exit| format!("{} {}", exit.code, exit.summary))
        .collect();
    format!("Exit codes: {}.", codes.join(", "))
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input caught before any request is sent.
    #[error("{0}")]
    Usage(String),

    /// The API answered with an error body `{id, message}`.
    #[error("{message}")]
    Api {
        status: u16,
        id: String,
        message: String,
        /// What the error is about (`app`, `plan`, ...), when the backend says.
        resource: Option<String>,
        request_id: Option<String>,
    },

    /// No usable credentials for the account.
    #[error("{0}")]
    NotLoggedIn(String),

    /// Something named on the command line does not exist (found out locally).
    #[error("{0}")]
    NotFound(String),

    /// The backend could not be reached or the exchange broke off.
    #[error("{message}")]
    Network {
        message: String,
        request_id: Option<String>,
    },

    /// The backend answered something belt cannot understand.
    #[error("{message}")]
    Protocol {
        message: String,
        request_id: Option<String>,
    },

    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A config, accounts or project file that cannot be read; says how to fix it.
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },

    /// The embedded platform could not start or its store failed.
    #[error("local platform: {0}")]
    Platform(String),

    /// Any other failure, already phrased for the user.
    #[error("{0}")]
    Failed(String),

    #[error("interrupted")]
    Interrupted,

    /// `--dry-run` stopped a command before its first change; nothing went wrong.
    #[error("dry run: nothing was sent")]
    DryRun,

    /// Stdout was closed under belt (`belt apps | head -1`): it ends quietly, with status 0,
    /// as other Unix tools do.
    #[error("stdout was closed")]
    BrokenPipe,

    /// Exit with this status and print nothing: a plugin's or a dyno command's own status,
    /// which already said why it failed.
    #[error("exit status {0}")]
    Exit(i32),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => EXIT_USAGE,
            Error::Api { status, .. } => match status {
                401 => EXIT_AUTH,
                403 | 404 => EXIT_NOT_FOUND,
                _ => EXIT_FAILURE,
            },
            Error::NotLoggedIn(_) => EXIT_AUTH,
            Error::NotFound(_) => EXIT_NOT_FOUND,
            Error::Interrupted => EXIT_INTERRUPTED,
            Error::DryRun | Error::BrokenPipe => EXIT_SUCCESS,
            Error::Exit(code) => *code,
            _ => EXIT_FAILURE,
        }
    }

    /// A stable machine-readable id, used in `--json` errors.
    pub fn id(&self) -> &str {
        match self {
            Error::Usage(_) => "usage",
            Error::Api { id, .. } => id,
            Error::NotLoggedIn(_) => "unauthorized",
            Error::NotFound(_) => "not_found",
            Error::Network { .. } => "network",
            Error::Protocol { .. } => "bad_response",
            Error::Io { .. } => "io",
            Error::Config { .. } => "config",
            Error::Platform(_) => "platform",
            Error::Failed(_) => "failed",
            Error::Interrupted => "interrupted",
            Error::DryRun => "dry_run",
            Error::BrokenPipe => "broken_pipe",
            Error::Exit(_) => "exit",
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. }
            | Error::Network { request_id, .. }
            | Error::Protocol { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// A next step for the user, printed under the message.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            // An expired token (the platform says so): how to make a new one.
            Error::Api {
                status: 401,
                message,
                ..
            } if message.contains("expired") => Some(crate::auth::expiry::RENEW_HINT),
            Error::NotLoggedIn(message) if message.contains("expired") => None,
            Error::Api { status: 401, .. } | Error::NotLoggedIn(_) => {
                Some("Log in again with `belt login`, or set BELT_API_KEY.")
            }
            Error::Network { .. } => {
                Some("Check that the backend is up and reachable, then try again.")
            }
            _ => None,
        }
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

/// The platform's failures as belt reports them: same words, belt's exit codes.
impl From<belt_platform::Error> for Error {
    fn from(e: belt_platform::Error) -> Self {
        use belt_platform::Error as P;
        match e {
            P::Io { path, source } => Error::Io { path, source },
            P::Platform(message) => Error::Platform(message),
            P::Failed(message) => Error::Failed(message),
            P::NotFound(message) => Error::NotFound(message),
            P::Usage(message) => Error::Usage(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_table_covers_every_code_an_error_maps_to() {
        let api = |status| Error::Api {
            status,
            id: "x".into(),
            message: "x".into(),
            resource: None,
            request_id: None,
        };
        let errors = [
            Error::Usage("x".into()),
            api(401),
            api(404),
            api(500),
            Error::NotLoggedIn("x".into()),
            Error::NotFound("x".into()),
            Error::Failed("x".into()),
            Error::Interrupted,
            Error::DryRun,
        ];
        for error in errors {
            let code = error.exit_code();
            assert!(
                EXIT_CODES.iter().any(|exit| exit.code == code),
                "{error:?} exits {code}, which EXIT_CODES does not document"
            );
        }
        let codes: Vec<i32> = EXIT_CODES.iter().map(|exit| exit.code).collect();
        assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "{codes:?}");
    }
}
