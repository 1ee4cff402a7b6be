//! A scripted HTTP backend on 127.0.0.1 for fault injection: each connection carries one
//! request, which is counted, and answered with whatever the script says: a status, bytes
//! cut short, a stall, a dropped connection.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the backend does with the `n`th request (0-based).
pub enum Reply {
    /// Exactly these bytes, then close.
    Raw(Vec<u8>),
    /// Wait, then reply.
    After(Duration, Box<Reply>),
    /// Close the connection without a byte.
    Close,
}

impl Reply {
    /// A complete JSON response with a `Request-Id` of `fake-N` and any `extra` headers.
    pub fn json(status: u16, extra: &[(&str, &str)], body: &str) -> Reply {
        Reply::Raw(response_bytes(status, extra, body, body.len()))
    }

    /// Headers promising `body` in full, then only its first `sent` bytes.
    pub fn cut(status: u16, body: &str, sent: usize) -> Reply {
        let mut bytes = response_bytes(status, &[], body, body.len());
        bytes.truncate(bytes.len() - body.len() + sent);
        Reply::Raw(bytes)
    }
}

fn response_bytes(status: u16, extra: &[(&str, &str)], body: &str, length: usize) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\nRequest-Id: fake-{status}\r\n"
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    bytes
}

type Script = dyn Fn(usize, &str) -> Reply + Send + Sync;

/// One request as it arrived: `METHOD /path`, its header lines and its body.
#[derive(Debug, Clone)]
pub struct Sent {
    pub request: String,
    pub head: String,
    pub body: String,
}

pub struct FakeBackend {
    pub url: String,
    /// Every request received, in order.
    requests: Arc<Mutex<Vec<Sent>>>,
    _runtime: tokio::runtime::Runtime,
}

impl FakeBackend {
    /// Serves `script(n, "METHOD /path")` for the `n`th request.
    pub fn start(script: impl Fn(usize, &str) -> Reply + Send + Sync + 'static) -> FakeBackend {
        let runtime = super::runtime();
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let seen = requests.clone();
        runtime.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (seen, script) = (seen.clone(), script.clone());
                tokio::spawn(async move {
                    let Some(request) = read_request(&stream).await else {
                        return;
                    };
                    let n = {
                        let mut seen = seen.lock().unwrap();
                        seen.push(request.clone());
                        seen.len() - 1
                    };
                    answer(stream, script(n, &request.request)).await;
                });
            }
        });
        FakeBackend {
            url,
            requests,
            _runtime: runtime,
        }
    }

    pub fn requests(&self) -> Vec<String> {
        self.sent().into_iter().map(|sent| sent.request).collect()
    }

    /// Every request received, with its headers and body.
    pub fn sent(&self) -> Vec<Sent> {
        self.requests.lock().unwrap().clone()
    }

    /// The first request `METHOD /path` received, with its body read as JSON (`null` when it
    /// is not JSON); panics naming what was received when there is none.
    pub fn find_sent(&self, request: &str) -> (Sent, serde_json::Value) {
        let sent = self
            .sent()
            .into_iter()
            .find(|s| s.request == request)
            .unwrap_or_else(|| panic!("no {request} in {:?}", self.requests()));
        let body = serde_json::from_str(&sent.body).unwrap_or(serde_json::Value::Null);
        (sent, body)
    }

    /// `belt ARGS` of `sb` against this backend with a test API key: exit code, stdout, stderr.
    pub fn run_belt(&self, sb: &super::Sandbox, args: &[&str]) -> (i32, String, String) {
        super::run_guarded(
            sb.belt()
                .args(args)
                .args(["--api-url", &self.url])
                .env("BELT_API_KEY", "test-token"),
        )
    }

    /// How many requests started with `prefix` (e.g. `"PATCH "`).
    pub fn count(&self, prefix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.starts_with(prefix))
            .count()
    }
}

/// Reads one request (head and Content-Length body).
async fn read_request(stream: &TcpStream) -> Option<Sent> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        stream.readable().await.ok()?;
        match stream.try_read(&mut buf) {
            Ok(0) => return None,
            Ok(n) => data.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(_) => return None,
        }
        let text = String::from_utf8_lossy(&data);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                let mut words = text.split_whitespace();
                return Some(Sent {
                    request: format!("{} {}", words.next()?, words.next()?),
                    head: text[..end].to_string(),
                    body: String::from_utf8_lossy(&data[end + 4..end + 4 + length]).into_owned(),
                });
            }
        }
    }
}

async fn answer(mut stream: TcpStream, reply: Reply) {
    let mut reply = reply;
    loop {
        match reply {
            Reply::After(delay, next) => {
                tokio::time::sleep(delay).await;
                reply = *next;
            }
            Reply::Raw(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.shutdown().await;
                // Drain what the client still sends so the close is not a reset.
                let mut sink = [0u8; 1024];
                let _ = tokio::time::timeout(Duration::from_secs(1), stream.read(&mut sink)).await;
                return;
            }
            Reply::Close => return,
        }
    }
}
