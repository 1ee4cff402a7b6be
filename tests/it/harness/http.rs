//! HTTP clients for talking to a platform at the wire, and a runtime to run them on.

use std::path::Path;

/// A small multi-threaded runtime for tests that run the platform in process.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// A reqwest client for talking to an in-process platform (`belt_platform::start_embedded`)
/// over loopback, for bulk setup and API-level checks.
pub fn http_client() -> reqwest::Client {
    http_client_with_roots(rustls::RootCertStore::empty())
}

/// Like [`http_client`], trusting the CA certificates in the PEM file `ca` (a `belt serve`'s).
pub fn http_client_trusting(ca: &Path) -> reqwest::Client {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).expect("CA file") {
        roots.add(cert.expect("CA certificate")).expect("CA root");
    }
    http_client_with_roots(roots)
}

fn http_client_with_roots(roots: rustls::RootCertStore) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .tls_backend_preconfigured(
            rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth(),
        )
        .build()
        .expect("HTTP client")
}
