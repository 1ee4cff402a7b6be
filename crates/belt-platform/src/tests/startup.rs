//! Opening the platform: reopening, a corrupt database, and `belt serve` over HTTPS.

use super::*;

#[test]
fn reopening_only_reads_and_keeps_the_owner_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = Platform::open(dir.path(), None).expect("open");
    let token = first.owner_token().to_string();
    assert_eq!(token.len(), 64);
    let path = first.owner_token_path();
    assert_eq!(fs::read_to_string(&path).expect("token file"), token);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    drop(first);

    // Opening an initialised platform is cheap because it only reads: no migration, no new
    // key. A connection kept open sees `data_version` move when any other one commits.
    let watcher = Connection::open(dir.path().join(DB_FILE)).expect("conn");
    let data_version = || -> i64 {
        watcher
            .pragma_query_value(None, "data_version", |r| r.get(0))
            .expect("data_version")
    };
    let before = data_version();
    for _ in 0..20 {
        let again = Platform::open(dir.path(), None).expect("reopen");
        assert_eq!(again.owner_token(), token);
    }
    assert_eq!(data_version(), before, "reopening wrote to the database");

    // Only the hash is stored.
    let db = fs::read(dir.path().join(DB_FILE)).expect("db");
    let wal = fs::read(dir.path().join("platform.db-wal")).unwrap_or_default();
    let needle = token.as_bytes();
    for bytes in [&db, &wal] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }

    // A lost token file gets a fresh key; a stale one is replaced.
    fs::remove_file(&path).expect("rm");
    let renewed = Platform::open(dir.path(), None).expect("reopen");
    assert_ne!(renewed.owner_token(), token);
    fs::write(&path, "stale").expect("write");
    let renewed2 = Platform::open(dir.path(), None).expect("reopen");
    assert_ne!(renewed2.owner_token(), "stale");
}

#[test]
fn corrupt_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join(DB_FILE), vec![0x42u8; 8192]).expect("write");
    let err = Platform::open(dir.path(), None).err().expect("error");
    assert!(matches!(err, Error::Platform(_)), "{err:?}");
    assert!(err.to_string().contains(DB_FILE), "{err}");
    assert!(err.to_string().contains("local:reset"), "{err}");

    // A database from a newer belt is refused rather than misread.
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Platform::open(dir.path(), None).expect("open"));
    let conn = Connection::open(dir.path().join(DB_FILE)).expect("conn");
    conn.pragma_update(None, "user_version", 99)
        .expect("pragma");
    drop(conn);
    let err = Platform::open(dir.path(), None).err().expect("error");
    assert!(err.to_string().contains("newer belt"), "{err}");
}

#[tokio::test]
async fn serve_speaks_https_with_its_own_ca() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data_dir = dir.path().to_path_buf();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let opts = ServeOptions {
        data_dir: data_dir.clone(),
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        router_port: 0,
    };
    let server = tokio::spawn(serve(opts, move |info: &ServeInfo| {
        let _ = tx.send((
            info.url.clone(),
            info.ca_path.clone(),
            info.token_path.clone(),
            info.router_url.clone(),
        ));
    }));
    let (url, ca_path, token_path, router_url) = rx.await.expect("ready");
    assert!(url.starts_with("https://localhost:"), "{url}");
    let tls = data_dir.join(TLS_DIR);
    for file in ["ca.pem", "ca-key.pem", "server.pem", "server-key.pem"] {
        assert!(tls.join(file).exists(), "{file}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["ca-key.pem", "server-key.pem"] {
            let mode = fs::metadata(tls.join(file))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }
    let token = fs::read_to_string(&token_path).expect("token");
    let _ = rustls::crypto::ring::default_provider().install_default();
    let ca = reqwest::Certificate::from_pem(&fs::read(&ca_path).expect("ca")).expect("pem");
    let client = reqwest::Client::builder()
        .no_proxy()
        .tls_certs_only([ca])
        .build()
        .expect("client");
    let port = url.rsplit(':').next().unwrap_or_default().to_string();
    for base in [url.clone(), format!("https://127.0.0.1:{port}")] {
        let res = client
            .post(format!("{base}/apps"))
            .bearer_auth(&token)
            .json(&json!({}))
            .send()
            .await
            .expect("https request");
        assert_eq!(res.status(), StatusCode::CREATED);
        let app: Value = res.json().await.expect("json");
        let name = app["name"].as_str().unwrap_or_default();
        assert_eq!(app["git_url"], format!("{url}/{name}.git"));
        assert_eq!(
            app["web_url"],
            router_url.replace('*', name),
            "the router's port, which port 0 chose"
        );
    }
    server.abort();

    // A later start reuses the CA and the certificate.
    let ca_before = fs::read(&ca_path).expect("ca");
    let cert_before = fs::read(tls.join("server.pem")).expect("cert");
    let material = tls::ensure(&tls).expect("ensure");
    assert_eq!(material.ca_path, ca_path);
    assert_eq!(fs::read(&ca_path).expect("ca"), ca_before);
    assert_eq!(fs::read(tls.join("server.pem")).expect("cert"), cert_before);

    // A broken certificate is reissued from the same CA.
    fs::write(tls.join("server.pem"), "garbage").expect("write");
    tls::ensure(&tls).expect("reissue");
    assert_eq!(fs::read(&ca_path).expect("ca"), ca_before);
    assert_ne!(fs::read(tls.join("server.pem")).expect("cert"), cert_before);
}
