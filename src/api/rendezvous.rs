//! Heroku's rendezvous protocol, the client side of an attached dyno: TLS to the host and port
//! of `attach_url`, the URL's path (the secret) and CRLF, a greeting line, then the command's
//! output until the dyno closes the connection, while our input goes the other way. Heroku
//! reports no exit status of its own: the command is sent with [`EXIT_STATUS_ECHO`] appended,
//! as the official CLI's `--exit-code` does, and the marker line that echo prints is taken off
//! the output. Piped input ends with EOT (`\x04`), the official CLI's end of input, not a
//! half-close; a terminal's input is relayed as typed.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::ServerName;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use crate::error::{Error, Result};

const MARKER: &[u8] = "\u{FFFF} heroku-command-exit-status: ".as_bytes();
/// What the official CLI appends to a command to learn its exit status; the space before `;`
/// keeps the first word a bare process type that Heroku's runtime can resolve.
const EXIT_STATUS_ECHO: &str = " ; echo \"\u{FFFF} heroku-command-exit-status: $?\"";
/// End of transmission: how the official CLI tells the dyno that piped input has ended.
const EOT: u8 = 0x04;

/// `command` with [`EXIT_STATUS_ECHO`] appended, as the dyno must be asked to run it.
pub fn with_exit_status(command: &str) -> String {
    format!("{command}{EXIT_STATUS_ECHO}")
}

/// How the end of our input is told to the dyno.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputEnd {
    /// Piped input: EOT, and the connection stays open for the rest of the output.
    Eot,
    /// A terminal's input, which ends only when the terminal goes away: a half-close.
    Close,
}

/// Where to attach: `rendezvous://HOST:PORT/SECRET`.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    /// What the client writes first: the URL's path without its `/`, and its query.
    pub secret: String,
}

impl Target {
    pub fn parse(attach_url: &str) -> Result<Target> {
        let bad = |why: &str| Error::Protocol {
            message: format!("the backend sent an unusable attach URL ({why})"),
            request_id: None,
        };
        let url = url::Url::parse(attach_url).map_err(|_| bad("not a URL"))?;
        if url.scheme() != "rendezvous" {
            return Err(bad("not rendezvous://"));
        }
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| bad("no host"))?;
        let port = url.port().ok_or_else(|| bad("no port"))?;
        let mut secret = url.path().trim_start_matches('/').to_string();
        if let Some(query) = url.query() {
            secret = format!("{secret}?{query}");
        }
        Ok(Target {
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string(),
            port,
            secret,
        })
    }
}

/// Attaches to a dyno: relays `input` to it and its output to `output`, calls `on_attached`
/// once the dyno answers, and returns the command's exit status, read from the marker line
/// that [`with_exit_status`] makes it print last.
pub async fn attach(
    target: &Target,
    extra_ca: &[PathBuf],
    input: impl AsyncRead + Unpin + Send + 'static,
    input_end: InputEnd,
    mut output: impl AsyncWrite + Unpin,
    on_attached: impl FnOnce(),
) -> Result<i32> {
    let where_ = format!("{}:{}", target.host, target.port);
    let network = |what: &str, e: &dyn std::fmt::Display| Error::Network {
        message: format!("{what} the dyno at {where_}: {e}"),
        request_id: None,
    };
    let config = super::client::tls_config(extra_ca, true)?;
    let name =
        ServerName::try_from(target.host.clone()).map_err(|e| network("cannot attach to", &e))?;
    let tcp = TcpStream::connect((target.host.as_str(), target.port))
        .await
        .map_err(|e| network("could not connect to", &e))?;
    let _ = tcp.set_nodelay(true);
    let mut tls = TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|e| network("could not connect securely to", &e))?;
    tls.write_all(format!("{}\r\n", target.secret).as_bytes())
        .await
        .map_err(|e| network("lost the connection to", &e))?;
    tls.flush()
        .await
        .map_err(|e| network("lost the connection to", &e))?;

    let (read, write) = tokio::io::split(tls);
    let mut reader = BufReader::new(read);
    let mut greeting = Vec::new();
    let n = reader
        .read_until(b'\n', &mut greeting)
        .await
        .map_err(|e| network("lost the connection to", &e))?;
    if n == 0 {
        return Err(Error::Failed(format!(
            "the dyno at {where_} refused the connection (its attach secret was wrong, used or expired)"
        )));
    }
    on_attached();
    // Dropped when the session is over: input that is still open (a terminal's) has no reader.
    let (_stop_input, input_stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        tokio::select! {
            () = send_input(input, write, input_end) => {}
            _ = input_stopped => {}
        }
    });

    let mut scanner = ExitScanner::default();
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match reader.read(&mut buf).await {
            Ok(n) => n,
            // A dyno's connection may end without a TLS close_notify, as Heroku's can: that is
            // its end (whether the command's status came first decides the outcome), and so
            // is any failure once the status is in.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => 0,
            Err(_) if scanner.status().is_some() => 0,
            Err(e) => return Err(network("lost the connection to", &e)),
        };
        if n == 0 {
            break;
        }
        let printable = scanner.push(&buf[..n]);
        write_out(&mut output, &printable).await?;
    }
    let (rest, status) = scanner.finish();
    write_out(&mut output, &rest).await?;
    status.ok_or_else(|| {
        Error::Failed(
            "the dyno ended without reporting the command's exit status: a command that \
             ends its own shell (`exit 7`) or is killed reports none (`sh -c 'exit 7'` does)"
                .into(),
        )
    })
}

/// Copies `input` to the dyno, then tells it the input has ended. The remote command may end
/// first: a failed write only means it stopped listening.
async fn send_input(
    mut input: impl AsyncRead + Unpin,
    mut write: impl AsyncWrite + Unpin,
    input_end: InputEnd,
) {
    if tokio::io::copy(&mut input, &mut write).await.is_err() {
        return;
    }
    match input_end {
        InputEnd::Eot => {
            let _ = write.write_all(&[EOT]).await;
            let _ = write.flush().await;
        }
        InputEnd::Close => {
            let _ = write.shutdown().await;
        }
    }
}

async fn write_out(output: &mut (impl AsyncWrite + Unpin), bytes: &[u8]) -> Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    let written = async {
        output.write_all(bytes).await?;
        output.flush().await
    };
    match written.await {
        // The reader went away (`belt run ... | head -1`): stop printing quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| Error::io("<stdout>", e)),
    }
}

/// Passes output through, holding back what may be the exit marker line: the marker, digits,
/// an optional CR and LF, and nothing after it. Only the last such line of the output is the
/// status (the echo runs after the command), so a command that prints one itself has it
/// printed as soon as more output follows. The marker may start mid-line (the command's last
/// line had no newline) and is taken off with its line end.
#[derive(Default)]
struct ExitScanner {
    held: Vec<u8>,
}

/// What follows the marker in the held bytes.
#[derive(Debug, PartialEq, Eq)]
enum Tail {
    /// Still a marker line, complete or not.
    Marker,
    /// Something a marker line cannot hold: the held marker is output.
    Output,
}

impl ExitScanner {
    /// Takes a chunk of output; returns what is certainly output.
    fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        self.held.extend_from_slice(chunk);
        let mut out = Vec::new();
        loop {
            let Some(at) = find(&self.held, MARKER) else {
                // Keep only an end that may be the start of a marker split across reads.
                let keep = (1..MARKER.len().min(self.held.len() + 1))
                    .rev()
                    .find(|&k| self.held.ends_with(&MARKER[..k]))
                    .unwrap_or(0);
                out.extend(self.held.drain(..self.held.len() - keep));
                return out;
            };
            out.extend(self.held.drain(..at));
            if tail(&self.held[MARKER.len()..]) == Tail::Marker {
                return out;
            }
            // The marker cannot overlap itself: the search resumes after it.
            out.extend(self.held.drain(..MARKER.len()));
        }
    }

    /// The status, when the held bytes are a marker line with its digits.
    fn status(&self) -> Option<i32> {
        let rest = self.held.strip_prefix(MARKER)?;
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()
    }

    /// The output is over: what is left to print, and the status if the marker line came.
    fn finish(self) -> (Vec<u8>, Option<i32>) {
        match self.status() {
            Some(status) => (Vec::new(), Some(status)),
            None => (self.held, None),
        }
    }
}

/// Whether `rest`, what follows a marker, may still be (the start of) the marker line's end:
/// digits, then `\r`, `\r\n` or `\n` after at least one, and nothing else.
fn tail(rest: &[u8]) -> Tail {
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let end = &rest[digits..];
    // More digits than any status has: not a marker line.
    let short = digits <= 9;
    let line_end = end.is_empty() || (digits > 0 && matches!(end, b"\r" | b"\r\n" | b"\n"));
    if short && line_end {
        Tail::Marker
    } else {
        Tail::Output
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(chunks: &[&[u8]]) -> (Vec<u8>, Option<i32>) {
        let mut scanner = ExitScanner::default();
        let mut out = Vec::new();
        for chunk in chunks {
            out.extend(scanner.push(chunk));
        }
        let (rest, status) = scanner.finish();
        out.extend(rest);
        (out, status)
    }

    const LINE: &str = "\u{FFFF} heroku-command-exit-status: 7\n";

    #[test]
    fn exit_marker_is_found_and_stripped_even_when_split() {
        for whole in [
            format!("hello\n{LINE}"),
            format!("hello\n{}", LINE.replace('\n', "\r\n")),
            // A last line without a newline: the marker follows it on the same line.
            format!("hello{LINE}"),
            format!("hello\n{}", LINE.trim_end()),
        ] {
            let expected = whole.as_bytes()[..whole.find('\u{FFFF}').unwrap()].to_vec();
            let whole = whole.as_bytes();
            assert_eq!(scan(&[whole]), (expected.clone(), Some(7)));
            for split in 1..whole.len() {
                let (a, b) = whole.split_at(split);
                assert_eq!(scan(&[a, b]), (expected.clone(), Some(7)), "{split}");
            }
        }
    }

    #[test]
    fn only_the_last_marker_line_is_the_status() {
        let text = format!("a\n{LINE}b\n{}", LINE.replace('7', "0"));
        let (out, status) = scan(&[text.as_bytes()]);
        assert_eq!(status, Some(0));
        assert_eq!(out, format!("a\n{LINE}b\n").into_bytes());
        // Byte by byte too.
        let bytes: Vec<&[u8]> = text.as_bytes().chunks(1).collect();
        assert_eq!(
            scan(&bytes),
            (format!("a\n{LINE}b\n").into_bytes(), Some(0))
        );
    }

    #[test]
    fn output_without_marker_line_has_no_status() {
        assert_eq!(scan(&[b"abc\xef\xbf"]), (b"abc\xef\xbf".to_vec(), None));
        for text in [
            "\u{FFFF} heroku-command-exit-status: \n".to_string(),
            "\u{FFFF} heroku-command-exit-status: 7x\n".to_string(),
            format!("{LINE}more"),
            "\u{FFFF} heroku-command-exit-status: 12345678901\n".to_string(),
        ] {
            assert_eq!(
                scan(&[text.as_bytes()]),
                (text.clone().into_bytes(), None),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_command_gets_the_official_echo() {
        assert_eq!(
            with_exit_status("rake db:migrate"),
            "rake db:migrate ; echo \"\u{FFFF} heroku-command-exit-status: $?\""
        );
    }

    #[test]
    fn targets_parse() {
        let t = Target::parse("rendezvous://127.0.0.1:5000/abc123").unwrap();
        assert_eq!(
            t,
            Target {
                host: "127.0.0.1".into(),
                port: 5000,
                secret: "abc123".into()
            }
        );
        assert_eq!(
            Target::parse("rendezvous://rendezvous.runtime.heroku.com:5000/x?y=1")
                .unwrap()
                .secret,
            "x?y=1"
        );
        assert!(Target::parse("https://x:1/y").is_err());
        assert!(Target::parse("rendezvous://x/y").is_err());
    }
}
