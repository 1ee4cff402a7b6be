//! TLS material for `belt serve`: a local CA and a server certificate for `localhost`,
//! `127.0.0.1` and `::1`, generated on first start and kept in `DATA_DIR/tls/`. Users add
//! `ca.pem` to their trust store (or belt's account settings) once; the server certificate
//! is reissued from the same CA before it expires.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SerialNumber,
};
use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use crate::error::{Error, Result};
use belt_fs as fsutil;

pub(crate) const CA_FILE: &str = "ca.pem";
const CA_KEY_FILE: &str = "ca-key.pem";
const CERT_FILE: &str = "server.pem";
const KEY_FILE: &str = "server-key.pem";

const CA_DAYS: i64 = 3650;
/// Within what clients accept for a server certificate (825 days).
const CERT_DAYS: i64 = 820;
/// Reissue the server certificate once it is this old, well before it expires.
const REISSUE_AFTER: Duration = Duration::from_secs(700 * 24 * 3600);

const CA_COMMON_NAME: &str = "belt local platform CA";

pub(crate) struct Material {
    pub ca_path: PathBuf,
    pub config: Arc<ServerConfig>,
}

/// Loads the TLS material in `dir`, creating or renewing what is missing, stale or broken.
/// Holds a lock on the directory so two first starts do not generate two CAs.
pub(crate) fn ensure(dir: &Path) -> Result<Material> {
    fsutil::with_lock(dir, || {
        let ca_path = dir.join(CA_FILE);
        let ca_key_path = dir.join(CA_KEY_FILE);
        let cert_path = dir.join(CERT_FILE);
        let key_path = dir.join(KEY_FILE);

        let existing_ca = match fs::read_to_string(&ca_key_path) {
            Ok(pem) if ca_path.exists() => KeyPair::from_pem(&pem).ok(),
            _ => None,
        };
        let new_ca = existing_ca.is_none();
        let ca_key = match existing_ca {
            Some(key) => key,
            None => create_ca(&ca_path, &ca_key_path)?,
        };

        // A new CA, a certificate near expiry, or a missing or mismatched pair: reissue.
        let current = (!new_ca && fresh(&cert_path)).then(|| load(&cert_path, &key_path));
        let config = match current {
            Some(Ok(config)) => config,
            _ => {
                issue_server_cert(&ca_key, &cert_path, &key_path)?;
                load(&cert_path, &key_path)?
            }
        };
        Ok(Material { ca_path, config })
    })
}

fn tls_error(context: &str, e: impl std::fmt::Display) -> Error {
    Error::Platform(format!("{context}: {e}"))
}

fn validity(days: i64) -> (time::OffsetDateTime, time::OffsetDateTime) {
    let now = time::OffsetDateTime::now_utc();
    // Backdated a day so a client with a slightly slow clock accepts it at once.
    (
        now - time::Duration::days(1),
        now + time::Duration::days(days),
    )
}

fn random_serial() -> SerialNumber {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    // A positive DER integer.
    bytes[0] &= 0x7f;
    SerialNumber::from_slice(&bytes)
}

/// The CA's parameters. Also rebuilt to sign with an existing CA key: the issuer only needs
/// the subject, key usages and key id method, which are always these.
fn ca_params() -> CertificateParams {
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, CA_COMMON_NAME);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "belt");
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params
}

fn create_ca(ca_path: &Path, ca_key_path: &Path) -> Result<KeyPair> {
    let key = KeyPair::generate().map_err(|e| tls_error("cannot generate the CA key", e))?;
    let mut params = ca_params();
    (params.not_before, params.not_after) = validity(CA_DAYS);
    params.serial_number = Some(random_serial());
    let cert = params
        .self_signed(&key)
        .map_err(|e| tls_error("cannot create the CA certificate", e))?;
    fsutil::write_atomic(ca_key_path, key.serialize_pem().as_bytes())?;
    write_public(ca_path, cert.pem().as_bytes())?;
    Ok(key)
}

fn issue_server_cert(ca_key: &KeyPair, cert_path: &Path, key_path: &Path) -> Result<()> {
    let issuer = Issuer::new(ca_params(), ca_key);
    let key = KeyPair::generate().map_err(|e| tls_error("cannot generate the server key", e))?;
    let mut params = CertificateParams::new(vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ])
    .map_err(|e| tls_error("cannot create the server certificate", e))?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    params.serial_number = Some(random_serial());
    (params.not_before, params.not_after) = validity(CERT_DAYS);
    let cert = params
        .signed_by(&key, &issuer)
        .map_err(|e| tls_error("cannot sign the server certificate", e))?;
    // Key first: a crash in between leaves a pair that fails to load and is reissued.
    fsutil::write_atomic(key_path, key.serialize_pem().as_bytes())?;
    write_public(cert_path, cert.pem().as_bytes())
}

/// Certificates are public: readable by others, unlike the keys (0600).
fn write_public(path: &Path, contents: &[u8]) -> Result<()> {
    fsutil::write_atomic(path, contents)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o644))
            .map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

fn fresh(cert_path: &Path) -> bool {
    fs::metadata(cert_path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age < REISSUE_AFTER)
}

fn load(cert_path: &Path, key_path: &Path) -> Result<Arc<ServerConfig>> {
    let certs = CertificateDer::pem_file_iter(cert_path)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| tls_error(&format!("cannot read {}", cert_path.display()), e))?;
    let key = PrivateKeyDer::from_pem_file(key_path)
        .map_err(|e| tls_error(&format!("cannot read {}", key_path.display()), e))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_error("TLS setup failed", e))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| tls_error("the server certificate and key do not match", e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
