//! Domains on the embedded default: the app's own hostname, custom domains, and a hostname
//! belonging to one app only.

use crate::harness::Sandbox;
use serde_json::Value;

#[test]
fn add_list_and_remove_custom_domains() {
    let sb = Sandbox::new();
    sb.ok(&["create", "site"]);
    let out = sb
        .belt()
        .args(["domains:add", "staging.example.com", "-a", "site"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Adding staging.example.com to ⬢ site... done"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("DNS Target staging.example.com.herokudns.localhost."),
        "{stdout}"
    );

    // The schema's domain create requires sni_endpoint: belt sends null.
    let dry = sb.ok(&["domains:add", "dry.example.com", "-a", "site", "--dry-run"]);
    assert!(
        dry.contains(r#"{"hostname":"dry.example.com","sni_endpoint":null}"#),
        "{dry}"
    );

    let list = sb.ok(&["domains", "-a", "site"]);
    assert!(
        list.starts_with("=== site Heroku Domain\n\nsite.localhost\n"),
        "{list}"
    );
    assert!(list.contains("=== site Custom Domains"), "{list}");
    let row = list
        .lines()
        .find(|l| l.contains("staging.example.com"))
        .unwrap();
    assert!(row.contains("CNAME"), "{row}");

    let domains = sb.json(&["domains", "-a", "site"]);
    let domains = domains.as_array().unwrap();
    assert_eq!(domains.len(), 2);
    assert_eq!(domains[0]["kind"], "heroku");
    assert_eq!(domains[0]["hostname"], "site.localhost");
    assert_eq!(domains[1]["kind"], "custom");
    assert_eq!(
        domains[1]["cname"],
        "staging.example.com.herokudns.localhost"
    );
    // The app's own domain keeps its id across reads.
    assert_eq!(
        sb.json(&["domains", "-a", "site"])[0]["id"],
        domains[0]["id"]
    );

    // An apex domain needs an ALIAS record; the same name twice is refused.
    sb.ok(&["domains:add", "Example.COM", "-a", "site"]);
    let list = sb.ok(&["domains", "-a", "site"]);
    let apex = list
        .lines()
        .find(|l| l.trim_start().starts_with("example.com"))
        .unwrap();
    assert!(apex.contains("ALIAS or ANAME"), "{list}");
    let (code, _, stderr) = sb.fails(&["domains:add", "example.com", "-a", "site"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already a domain of site"), "{stderr}");

    sb.ok(&["domains:remove", "STAGING.example.com", "-a", "site"]);
    let left = sb.json(&["domains", "-a", "site"]);
    assert_eq!(left.as_array().unwrap().len(), 2);
    let (code, _, _) = sb.fails(&["domains:remove", "staging.example.com", "-a", "site"]);
    assert_eq!(code, 4);
    // The app's own hostname stays.
    let (code, _, stderr) = sb.fails(&["domains:remove", "site.localhost", "-a", "site"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot be removed"), "{stderr}");
}

#[test]
fn a_hostname_belongs_to_one_app_and_must_be_valid() {
    let sb = Sandbox::new();
    sb.ok(&["create", "first"]);
    sb.ok(&["create", "second"]);
    sb.ok(&["domains:add", "staging.example.com", "-a", "first"]);
    let (code, _, stderr) = sb.fails(&["domains:add", "Staging.Example.com", "-a", "second"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already in use by another app"), "{stderr}");
    assert_eq!(
        sb.json(&["domains", "-a", "second"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    for bad in [
        "not a host",
        "nodots",
        "bad-.example.com",
        "a..b.com",
        "10.0.0.1",
        "first.localhost",
    ] {
        let (code, _, stderr) = sb.fails(&["domains:add", bad, "-a", "second"]);
        assert_eq!(code, 1, "{bad}: {stderr}");
    }
    assert_eq!(
        sb.json(&["domains", "-a", "second"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Once the first app lets go, the second may have it; destroying an app frees its names.
    sb.ok(&["domains:remove", "staging.example.com", "-a", "first"]);
    sb.ok(&["domains:add", "staging.example.com", "-a", "second"]);
    sb.ok(&["destroy", "second", "--confirm", "second"]);
    sb.ok(&["domains:add", "staging.example.com", "-a", "first"]);
}

/// Heroku's paging: 200 items without a Range header (206 and Next-Range when more follow),
/// up to 1,000 with `max=1000`; `belt domains` follows Next-Range to the last page.
#[test]
fn domains_longer_than_a_page_are_listed_whole() {
    let sb = Sandbox::new();
    let server = sb.serve();
    server.belt_ok(&sb, &["create", "many-domains", "--no-remote"]);
    for i in 0..205 {
        let body = format!(r#"{{"hostname": "h{i:03}.example.com", "sni_endpoint": null}}"#);
        let (status, _, json) = server.call("POST", "/apps/many-domains/domains", &[], Some(&body));
        assert_eq!(status, 201, "{json}");
    }
    // 205 custom domains and the app's own.
    let (status, headers, page) = server.call("GET", "/apps/many-domains/domains", &[], None);
    assert_eq!(status, 206);
    assert_eq!(page.as_array().unwrap().len(), 200);
    let next = headers["next-range"].to_str().unwrap().to_string();
    assert!(headers.contains_key("content-range"), "{headers:?}");
    let (status, headers, rest) = server.call(
        "GET",
        "/apps/many-domains/domains",
        &[("Range", &next)],
        None,
    );
    assert_eq!(status, 200);
    assert!(!headers.contains_key("next-range"));
    assert_eq!(rest.as_array().unwrap().len(), 6);
    let (status, _, all) = server.call(
        "GET",
        "/apps/many-domains/domains",
        &[("Range", "hostname ..; max=1000")],
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(all.as_array().unwrap().len(), 206);

    let listed: Value =
        serde_json::from_str(&server.belt_ok(&sb, &["domains", "--json", "-a", "many-domains"]))
            .unwrap();
    let mut hostnames: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["hostname"].as_str().unwrap())
        .collect();
    assert_eq!(hostnames.len(), 206);
    hostnames.sort_unstable();
    hostnames.dedup();
    assert_eq!(hostnames.len(), 206, "a domain was listed twice");
    assert!(hostnames.contains(&"h204.example.com"));
}
