//! Why the platform refused or failed what it was asked, in its own terms: the domain
//! modules (apps, add-ons, releases, ...) answer with these and know nothing of HTTP. The
//! route edge turns each into the API's status and `{id, message, resource}` body
//! (`http::ApiError`'s `From<DomainError>`).

use super::store;

pub(crate) type DomainResult<T> = Result<T, DomainError>;

/// Each one displays as the message the caller reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum DomainError {
    /// There is no such `resource` (e.g. "app"), or none this actor may see.
    #[error("{message}")]
    NotFound {
        resource: &'static str,
        message: String,
    },
    /// The thing exists but this actor may not act on it.
    #[error("{0}")]
    Forbidden(String),
    /// The request names something impossible or breaks a rule (a taken name, a bad size).
    #[error("{0}")]
    Invalid(String),
    /// The store stayed locked by other work past its busy timeout; trying again may work.
    #[error("The platform is busy with other requests; try again.")]
    Busy,
    /// The platform failed (its store, a file, an encoding), phrased for the caller.
    #[error("{0}")]
    Internal(String),
}

impl DomainError {
    /// E.g. `("app", "Couldn't find that app.")`.
    pub fn not_found(resource: &'static str, message: impl Into<String>) -> Self {
        DomainError::NotFound {
            resource,
            message: message.into(),
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        DomainError::Forbidden(message.into())
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        DomainError::Invalid(message.into())
    }

    pub fn internal(message: impl Into<String>) -> Self {
        DomainError::Internal(message.into())
    }
}

impl From<rusqlite::Error> for DomainError {
    fn from(e: rusqlite::Error) -> Self {
        if store::is_busy(&e) {
            return DomainError::Busy;
        }
        Self::internal(format!("The platform's store failed: {e}"))
    }
}

impl From<tokio::task::JoinError> for DomainError {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::internal(format!("The request was interrupted: {e}"))
    }
}
