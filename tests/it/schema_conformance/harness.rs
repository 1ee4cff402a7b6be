//! What every conformance scenario shares: `belt serve` behind the recording proxy, belt run
//! against the proxy, and the check of every recorded exchange against the schema. A new
//! area's scenario (pipelines.rs) starts a [`Conformance`] of its own, runs its lines, and
//! asserts [`Conformance::assert_conforms`] and [`Conformance::assert_covered`].

use std::process::Output;
use std::sync::{Arc, Mutex};

use super::Exchange;
use super::checker::{Schema, segments_match};
use super::proxy::start_proxy;
use crate::harness::{Sandbox, Server};

/// `belt serve` (not the in-process platform: a runner process is started from the
/// platform's own executable, which must be belt) behind a recording proxy.
pub(super) struct Conformance {
    // First, so the server stops before the sandbox's files go.
    pub server: Server,
    pub sb: Sandbox,
    pub proxy_url: String,
    log: Arc<Mutex<Vec<Exchange>>>,
    /// Runs the proxy: it stops when this goes.
    _proxy_runtime: tokio::runtime::Runtime,
}

impl Conformance {
    /// A server for `sb` and the proxy in front of it.
    pub fn start(sb: Sandbox) -> Conformance {
        let server = sb.serve();
        let log = Arc::new(Mutex::new(Vec::new()));
        let runtime = crate::harness::runtime();
        let proxy_url = runtime.block_on(start_proxy(&server, log.clone()));
        Conformance {
            server,
            sb,
            proxy_url,
            log,
            _proxy_runtime: runtime,
        }
    }

    /// belt with `args`, through the proxy, in the sandbox's working directory.
    pub fn belt(&self, args: &[&str]) -> Output {
        let mut cmd = self.sb.belt();
        cmd.args(args)
            .env("BELT_API_URL", &self.proxy_url)
            .env("BELT_API_KEY", &self.server.token)
            // For the proxy, and for log streams and `run`'s dyno connection, which go to the
            // server directly.
            .env("SSL_CERT_FILE", &self.server.ca)
            // config:edit: the editor appends a line to the dotenv file it is given.
            .env("EDITOR", "sh -c 'echo EDITED=1 >> \"$1\"' editor");
        cmd.output().expect("run belt")
    }

    /// Runs each line of `scenario`, each of which must succeed.
    pub fn run_all(&self, scenario: &[&[&str]]) {
        for args in scenario {
            let out = self.belt(args);
            assert!(
                out.status.success(),
                "belt {args:?}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    /// Runs each of `failing`, which must exit with its code and say its message on stderr.
    pub fn run_failing(&self, failing: &[(&[&str], i32, &str)]) {
        for (args, code, message) in failing {
            let out = self.belt(args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(*code), "belt {args:?}: {stderr}");
            assert!(stderr.contains(message), "belt {args:?}: {stderr}");
        }
    }

    /// Every exchange recorded so far.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.log.lock().unwrap().clone()
    }

    /// Fails listing every exchange that breaks the schema; returns the exchanges.
    pub fn assert_conforms(&self, schema: &Schema) -> Vec<Exchange> {
        let exchanges = self.exchanges();
        let problems: Vec<String> = exchanges
            .iter()
            .filter_map(|exchange| {
                let problem = schema.check(exchange).err()?;
                Some(format!("{} {}: {problem}", exchange.method, exchange.path))
            })
            .collect();
        assert!(
            problems.is_empty(),
            "{} of {} exchanges break the schema:\n{}",
            problems.len(),
            exchanges.len(),
            problems.join("\n")
        );
        exchanges
    }

    /// Fails naming the first of `links` (method, href with `{}` for a segment) the scenario
    /// sent no request for: the scenario really covered the API.
    pub fn assert_covered(&self, links: &[(&str, &str)]) {
        let exchanges = self.exchanges();
        for (method, href) in links {
            assert!(
                exchanges
                    .iter()
                    .any(|e| e.method == *method && segments_match(href, &e.path)),
                "the scenario sent no {method} {href}"
            );
        }
    }
}
