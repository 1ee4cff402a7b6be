//! Heroku's rendezvous protocol, the client side of an attached dyno: TLS to the host and port
//! of `attach_url`, the URL's path (the secret) and CRLF, a greeting line, then the command's
//! output until the exit marker `\uFFFF heroku-command-exit-status: N`, while our input goes
//! the other way (its end is a half-close; so is the marker's arrival, which tells the dyno
//! that no more input is coming and it can close the connection at once).

use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::ServerName;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use crate::error::{Error, Result};

const MARKER: &[u8] = "\u{FFFF} heroku-command-exit-status: ".as_bytes();

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
/// once the dyno answers, and returns the command's exit status.
pub async fn attach(
    target: &Target,
    extra_ca: &[PathBuf],
    input: impl AsyncRead + Unpin + Send + 'static,
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

    let (read, mut write) = tokio::io::split(tls);
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
    let (stop_input, input_stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let mut input = input;
        tokio::select! {
            // The remote command may end first; a failed copy only means it stopped listening.
            _ = tokio::io::copy(&mut input, &mut write) => {}
            // The command is over: input that is still open (a terminal's) has no reader.
            _ = input_stopped => {}
        }
        let _ = write.shutdown().await;
    });
    let mut stop_input = Some(stop_input);

    let mut scanner = ExitScanner::default();
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = reader
            .read(&mut buf)
            .await
            .map_err(|e| network("lost the connection to", &e))?;
        if n == 0 {
            break;
        }
        let printable = scanner.push(&buf[..n]);
        write_out(&mut output, &printable).await?;
        if scanner.found
            && let Some(stop) = stop_input.take()
        {
            let _ = stop.send(());
        }
    }
    let (rest, status) = scanner.finish();
    write_out(&mut output, &rest).await?;
    status.ok_or_else(|| Error::Network {
        message: format!("the connection to the dyno at {where_} ended before its exit status"),
        request_id: None,
    })
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

/// Passes output through until the exit marker, holding back only bytes that may be the start
/// of one split across reads.
#[derive(Default)]
struct ExitScanner {
    held: Vec<u8>,
    found: bool,
}

impl ExitScanner {
    fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        self.held.extend_from_slice(chunk);
        if self.found {
            return Vec::new();
        }
        if let Some(at) = find(&self.held, MARKER) {
            self.found = true;
            return self.held.drain(..at).collect();
        }
        let keep = (1..MARKER.len().min(self.held.len() + 1))
            .rev()
            .find(|&k| self.held.ends_with(&MARKER[..k]))
            .unwrap_or(0);
        let cut = self.held.len() - keep;
        self.held.drain(..cut).collect()
    }

    /// What is left to print, and the status if the marker came.
    fn finish(self) -> (Vec<u8>, Option<i32>) {
        if !self.found {
            return (self.held, None);
        }
        let digits: String = self.held[MARKER.len()..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .map(|b| char::from(*b))
            .collect();
        (Vec::new(), digits.parse().ok())
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

    #[test]
    fn exit_marker_is_found_and_stripped_even_when_split() {
        let marker = "\u{FFFF} heroku-command-exit-status: 7".as_bytes();
        let mut whole = b"hello\n".to_vec();
        whole.extend_from_slice(marker);
        assert_eq!(scan(&[&whole]), (b"hello\n".to_vec(), Some(7)));
        for split in 1..whole.len() {
            let (a, b) = whole.split_at(split);
            assert_eq!(scan(&[a, b]), (b"hello\n".to_vec(), Some(7)), "{split}");
        }
    }

    #[test]
    fn output_without_marker_has_no_status() {
        assert_eq!(scan(&[b"abc\xef\xbf"]), (b"abc\xef\xbf".to_vec(), None));
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
