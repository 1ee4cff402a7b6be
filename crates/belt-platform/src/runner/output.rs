//! A dyno's output and input: lines to the app's log, bytes to and from the attached client.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::{mpsc, oneshot};

use crate::domain_error::DomainError;
use crate::{Platform, events};

use super::Spec;

/// End of transmission: a terminal's end of input, which the Heroku CLI sends when its stdin
/// ends (it never half-closes). A terminal handles it itself; on pipes it ends the input.
pub(super) const EOT: u8 = 0x04;
pub(super) async fn relay(
    platform: &Platform,
    spec: &Spec,
    lines: &mut LineBuffer,
    output: &mut Option<Box<dyn AsyncWrite + Unpin + Send>>,
    chunk: &[u8],
) {
    write_output(output, chunk).await;
    let complete = lines.push(chunk);
    if !complete.is_empty() {
        append_lines(platform, spec, complete).await;
    }
}

/// Copies to the attached client; a client that went away stops getting output (and
/// `supervise` stops the command: its output still reaches the log meanwhile).
pub(super) async fn write_output(
    output: &mut Option<Box<dyn AsyncWrite + Unpin + Send>>,
    bytes: &[u8],
) {
    if let Some(out) = output {
        let sent = async {
            out.write_all(bytes).await?;
            out.flush().await
        };
        if sent.await.is_err() {
            *output = None;
        }
    }
}

pub(super) async fn read_chunks(mut pipe: impl AsyncRead + Unpin, tx: mpsc::Sender<Vec<u8>>) {
    let mut buf = vec![0u8; 16 * 1024];
    while let Ok(n) = pipe.read(&mut buf).await {
        if n == 0 || tx.send(buf[..n].to_vec()).await.is_err() {
            break;
        }
    }
}

/// Copies the client's input to the command's stdin until it ends. On pipes it ends with EOT
/// (the Heroku CLI's end of input) or the client's half-close; a terminal gets every byte, EOT
/// included, and does with it what a terminal does (the end of input for a program reading
/// lines), so its input ends only with the client's. Reports on `gone` when that shows the
/// client is gone: input failing, or ending at all on a terminal.
pub(super) async fn feed_stdin(
    mut input: Box<dyn AsyncRead + Unpin + Send>,
    stdin: impl AsyncWrite + Unpin,
    on_terminal: bool,
    gone: oneshot::Sender<()>,
) {
    // Input keeps being read after the command stops taking it, to see where it ends.
    let mut stdin = Some(stdin);
    let mut buf = vec![0u8; 16 * 1024];
    let client_gone = loop {
        let n = match input.read(&mut buf).await {
            Ok(0) => break on_terminal,
            Ok(n) => n,
            Err(_) => break true,
        };
        let chunk = &buf[..n];
        let eot = (!on_terminal)
            .then(|| chunk.iter().position(|b| *b == EOT))
            .flatten();
        let end = eot.unwrap_or(n);
        if let Some(pipe) = &mut stdin
            && (pipe.write_all(&chunk[..end]).await.is_err() || pipe.flush().await.is_err())
        {
            stdin = None;
        }
        if eot.is_some() {
            break false;
        }
    };
    if client_gone {
        let _ = gone.send(());
    }
    // Dropping stdin closes it: the command sees end of input.
}

/// Splits output into log lines, keeping a partial last line until it is complete.
#[derive(Default)]
pub(super) struct LineBuffer {
    pending: Vec<u8>,
}

/// A line longer than this is logged in pieces rather than held back forever.
pub(super) const MAX_LINE: usize = 64 * 1024;

impl LineBuffer {
    pub(super) fn push(&mut self, chunk: &[u8]) -> Vec<String> {
        self.pending.extend_from_slice(chunk);
        let mut lines = Vec::new();
        while let Some(at) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=at).collect();
            lines.push(text(&line[..at]));
        }
        if self.pending.len() > MAX_LINE {
            lines.push(text(&std::mem::take(&mut self.pending)));
        }
        lines
    }

    pub(super) fn rest(&mut self) -> Option<String> {
        (!self.pending.is_empty()).then(|| text(&std::mem::take(&mut self.pending)))
    }
}

pub(super) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim_end_matches('\r')
        .to_string()
}

pub(super) async fn append_lines(platform: &Platform, spec: &Spec, lines: Vec<String>) {
    let app_id = spec.app_id.clone();
    let dyno = spec.dyno_name.clone();
    // Logging is best effort: a busy or vanished store must not stop the command.
    let _ = platform
        .store()
        .write_async(move |tx| {
            for line in &lines {
                events::append(tx, &app_id, events::SOURCE_APP, &dyno, line)?;
            }
            Ok::<_, DomainError>(())
        })
        .await;
}

pub(super) async fn log_line(
    platform: &Platform,
    spec: &Spec,
    source: &'static str,
    message: &str,
) {
    let app_id = spec.app_id.clone();
    let dyno = spec.dyno_name.clone();
    let message = message.to_string();
    let _ = platform
        .store()
        .write_async(move |tx| {
            events::append(tx, &app_id, source, &dyno, &message)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

#[cfg(test)]
mod tests {
    use super::LineBuffer;

    #[test]
    fn lines_are_split_and_partial_ones_kept() {
        let mut buffer = LineBuffer::default();
        assert_eq!(buffer.push(b"one\ntw"), vec!["one"]);
        assert_eq!(buffer.push(b"o\r\nthree"), vec!["two"]);
        assert_eq!(buffer.rest().as_deref(), Some("three"));
        assert_eq!(buffer.rest(), None);
    }
}
