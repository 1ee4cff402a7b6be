//! The supervisor's doorbell: a Unix datagram socket in the data directory that whoever
//! committed something the supervisor must act on (a release, a formation change, a restart)
//! rings, from any process, so the supervisor looks at the store at once instead of at its
//! next tick. Best effort on both sides: a ring nobody hears (no supervisor, one not yet bound,
//! a data directory whose path is too long for a socket's) is lost, and the tick, which stays,
//! finds the change anyway. Waiting on the socket costs nothing while nobody rings.

use std::path::{Path, PathBuf};

/// The socket's file in the data directory.
const SOCKET_FILE: &str = "supervisor.wake";

fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET_FILE)
}

/// The supervisor's end, bound for as long as it runs; its file is removed when dropped.
pub(super) struct Doorbell {
    #[cfg(unix)]
    socket: tokio::net::UnixDatagram,
    path: PathBuf,
}

impl Doorbell {
    /// Binds the doorbell of `data_dir`, or None where it cannot be (the tick is all then).
    /// Only the holder of the supervisor's lock may: a file left by one that died is replaced.
    pub(super) fn bind(data_dir: &Path) -> Option<Doorbell> {
        let path = socket_path(data_dir);
        #[cfg(unix)]
        {
            let _ = std::fs::remove_file(&path);
            let socket = tokio::net::UnixDatagram::bind(&path).ok()?;
            Some(Doorbell { socket, path })
        }
        // Nowhere to listen: a doorbell that never rings.
        #[cfg(not(unix))]
        Some(Doorbell { path })
    }

    /// Resolves once someone rang, taking every ring that is waiting: rings that came while
    /// the supervisor was busy make one more look, not one each.
    pub(super) async fn rung(&self) {
        #[cfg(unix)]
        {
            let mut byte = [0u8; 1];
            if self.socket.recv(&mut byte).await.is_err() {
                // A socket that fails keeps failing: leave the waking to the tick.
                return std::future::pending().await;
            }
            while self.socket.try_recv(&mut byte).is_ok() {}
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await
    }
}

impl Drop for Doorbell {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Rings `data_dir`'s supervisor, if one listens: one datagram, never waited on (a full
/// socket already has a ring waiting).
pub(crate) fn ring(data_dir: &Path) {
    #[cfg(unix)]
    if let Ok(socket) = std::os::unix::net::UnixDatagram::unbound()
        && socket.set_nonblocking(true).is_ok()
    {
        let _ = socket.send_to(&[1], socket_path(data_dir));
    }
    #[cfg(not(unix))]
    let _ = data_dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_ring_from_anyone_wakes_the_bound_doorbell_and_rings_are_taken_together() {
        let dir = tempfile::tempdir().unwrap();
        // A file left behind by a supervisor that died does not stop the next one.
        std::fs::write(socket_path(dir.path()), b"stale").unwrap();
        let bell = Doorbell::bind(dir.path()).expect("bound");
        ring(dir.path());
        ring(dir.path());
        bell.rung().await;
        // Both rings were taken by that one wake: nothing is left to wake for.
        let again = tokio::time::timeout(std::time::Duration::from_millis(50), bell.rung());
        assert!(again.await.is_err());
        ring(dir.path());
        bell.rung().await;
        drop(bell);
        assert!(!socket_path(dir.path()).exists());
        // Nobody listens now: ringing is harmless.
        ring(dir.path());
    }
}
