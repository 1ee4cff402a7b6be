//! curl, as Heroku's Dev Center articles drive the API and its stream and upload URLs: for
//! checking what a server answers to a client other than belt.

use super::env;
use std::path::Path;

use serde_json::Value;

/// What curl got: the status, the Content-Type and the body.
pub struct Curled {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

/// curl with `args`, trusting the CA certificate `ca`.
pub fn curl(ca: &Path, args: &[&str]) -> Curled {
    let out = env::command("curl")
        .args(["-sS", "--max-time", "60", "--cacert"])
        .arg(ca)
        .args(["-w", "\n%{content_type}\n%{http_code}"])
        .args(args)
        .output()
        .expect("this test needs curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (rest, status) = text.rsplit_once('\n').expect("curl's status");
    let (body, content_type) = rest.rsplit_once('\n').expect("curl's content type");
    Curled {
        status: status.parse().expect("a status"),
        content_type: content_type.to_string(),
        body: body.to_string(),
    }
}

/// An API call to the server at `base`, as the Dev Center shows them.
pub fn curl_api(
    base: &str,
    token: &str,
    ca: &Path,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Curled {
    let url = format!("{base}{path}");
    let auth = format!("Authorization: Bearer {token}");
    let mut args = vec![
        "-X",
        method,
        &url,
        "-H",
        "Accept: application/vnd.heroku+json; version=3",
        "-H",
        &auth,
    ];
    let text = body.map(Value::to_string);
    if let Some(text) = &text {
        args.extend(["-H", "Content-Type: application/json", "-d", text]);
    }
    curl(ca, &args)
}

/// Makes `file`, a gzipped tarball of the directory `dir` holding `procfile` as its
/// Procfile, with tar as the Dev Center's Build API steps do.
pub fn procfile_tarball(dir: &Path, procfile: &str, file: &Path) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::write(dir.join("Procfile"), procfile).expect("Procfile");
    let status = env::command("tar")
        .arg("czf")
        .arg(file)
        .arg("-C")
        .arg(dir)
        .arg(".")
        .status()
        .expect("tar");
    assert!(status.success());
}

/// PUTs `file` to a source's `put_url` as the Dev Center's curl does: `--data-binary` with
/// an empty Content-Type, which the presigned URL's signature has.
pub fn upload(ca: &Path, put_url: &str, file: &Path) -> Curled {
    let data = format!("@{}", file.display());
    curl(
        ca,
        &[
            "-X",
            "PUT",
            put_url,
            "-H",
            "Content-Type:",
            "--data-binary",
            &data,
        ],
    )
}
