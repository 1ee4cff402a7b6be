//! Platform users: who acts on the platform (an [`Actor`]), and the accounts themselves.

/// Who acts: the user a request authenticated as, or the owner of the app a `git push`
/// deploys. Domain operations take this, never an HTTP extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    pub id: String,
    pub email: String,
}
