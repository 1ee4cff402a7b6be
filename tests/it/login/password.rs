//! The password prompt with a second factor, and pre-authorizations, on `belt serve` and a stand-in.

use super::*;

/// Item 2, platform side: a second factor is asked for with 403 `two_factor` and
/// `Heroku-Two-Factor-Required: true`, as Heroku does; the authorization lasts what the
/// password login asked (thirty days); pre-authorizations check the code.
#[test]
fn password_login_second_factor_and_pre_authorizations_on_belt_serve() {
    let sb = Sandbox::new();
    let server = sb.serve();
    password_user(&server, Some(CODE));
    let http = crate::harness::http_client_trusting(&server.ca);
    let rt = crate::harness::runtime();
    let create = |code: Option<&str>| {
        rt.block_on(async {
            let mut request = http
                .post(format!("{}/oauth/authorizations", server.url))
                .basic_auth(EMAIL, Some(PASSWORD))
                .json(&json!({"description": "d", "expires_in": 2592000, "scope": ["global"]}));
            if let Some(code) = code {
                request = request.header("Heroku-Two-Factor-Code", code);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let required = response
                .headers()
                .get("heroku-two-factor-required")
                .map(|v| v.to_str().unwrap().to_string());
            (status, required, response.json::<Value>().await.unwrap())
        })
    };
    let (status, required, body) = create(None);
    assert_eq!((status, required.as_deref()), (403, Some("true")), "{body}");
    assert_eq!(body["id"], "two_factor");
    let (status, _, body) = create(Some("000000"));
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["id"], "invalid_two_factor_code");
    let (status, _, body) = create(Some(CODE));
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["access_token"]["expires_in"], 2592000);
    // An authorization lasts what it asked for: two seconds here.
    let short: Value = rt.block_on(async {
        http.post(format!("{}/oauth/authorizations", server.url))
            .basic_auth(EMAIL, Some(PASSWORD))
            .header("Heroku-Two-Factor-Code", CODE)
            .json(&json!({"expires_in": 2, "scope": ["global"]}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    let short = short["access_token"]["token"].as_str().unwrap();
    assert_eq!(account_of(&server, short), Ok(EMAIL.to_string()));
    std::thread::sleep(Duration::from_millis(3100));
    assert_eq!(account_of(&server, short), Err(401));

    // Through belt on a terminal: the code is asked for, and the authorization is the
    // official CLI's: described, thirty days.
    let (code, text) = on_terminal(&sb, &server, email_password_code());
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains(CODE), "the code is not echoed: {text}");
    let token = sb
        .ok(&["auth:token", "--account", "tty"])
        .trim()
        .to_string();
    let (_, _, listed) = server.call_as(&token, "GET", "/oauth/authorizations", &[], None);
    let mine = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["description"]
                .as_str()
                .unwrap()
                .starts_with("belt login from ")
        })
        .unwrap_or_else(|| panic!("{listed}"))
        .clone();
    let expires = mine["access_token"]["expires_in"].as_i64().unwrap();
    assert!((2_591_000..=2_592_000).contains(&expires), "{mine}");

    // PUT /apps/{app}/pre-authorizations checks the code.
    sb.belt()
        .args(["create", "preauth-app", "--no-remote", "--account", "tty"])
        .assert()
        .success();
    let path = "/apps/preauth-app/pre-authorizations";
    let (status, headers, body) = server.call_as(&token, "PUT", path, &[], None);
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["id"], "two_factor");
    assert_eq!(headers["heroku-two-factor-required"], "true");
    let (status, _, _) = server.call_as(
        &token,
        "PUT",
        path,
        &[("Heroku-Two-Factor-Code", "1")],
        None,
    );
    assert_eq!(status, 403);
    let (status, _, body) = server.call_as(
        &token,
        "PUT",
        path,
        &[("Heroku-Two-Factor-Code", CODE)],
        None,
    );
    assert_eq!(status, 200, "{body}");
    let (status, _, _) = server.call_as(&token, "PUT", "/apps/nope/pre-authorizations", &[], None);
    assert_eq!(status, 404);
}

/// Item 2, client side, against a stand-in for Heroku: `two_factor` at a status other than
/// 403 still asks for the code; `device_trust_required` gets the official advice; any request
/// on a terminal answered `two_factor` is repeated with the code, after
/// `PUT /apps/{app}/pre-authorizations` when the error names an app.
#[test]
fn second_factor_at_any_status_and_on_any_request() {
    let sb = Sandbox::new();
    // The third password login meets an account that needs device trust.
    let posts = std::sync::atomic::AtomicUsize::new(0);
    let heroku = scripted(&sb, move |request| {
        let code = request.header("heroku-two-factor-code");
        let error = |status, id: &str, extra: Value| {
            let mut body = json!({"id": id, "message": format!("{id} says the stand-in")});
            body.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            (status, body)
        };
        let account =
            json!({"email": "two@example.com", "id": "01234567-89ab-cdef-0123-456789abcdef"});
        match (line(request).as_str(), code) {
            ("POST /oauth/authorizations", _)
                if posts.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2 =>
            {
                error(401, "device_trust_required", json!({}))
            }
            ("POST /oauth/authorizations", None) => error(401, "two_factor", json!({})),
            ("POST /oauth/authorizations", Some("777777")) => (
                201,
                json!({"id": "a1", "access_token": {"token": "tok-1234567890"},
                       "user": account}),
            ),
            ("GET /account", _) => (200, account.clone()),
            ("GET /apps", None) => error(403, "two_factor", json!({})),
            ("GET /apps", Some("555555")) => (200, json!([])),
            ("PUT /apps/guarded/pre-authorizations", Some("666666")) => (200, json!({})),
            ("GET /apps/guarded", _) if request.header("heroku-two-factor-code").is_none() => {
                // Always refused, so belt must stop after one round.
                (
                    403,
                    json!({"id": "two_factor", "message": "2fa",
                    "app": {"id": "01234567-89ab-cdef-0123-456789abcdef", "name": "guarded"}}),
                )
            }
            _ => error(404, "not_found", json!({})),
        }
    });
    let url = heroku.url.clone();
    let ca = heroku.ca.to_string_lossy().into_owned();
    let add = |answers: Value| {
        sb.belt_on_terminal(
            [
                "accounts:add",
                "two",
                "-i",
                "--api-url",
                &url,
                "--ca-cert",
                &ca,
            ],
            &answers,
        )
    };
    let (code, text) = add(json!([
        ["Email", "two@example.com"],
        ["Password", "pw"],
        ["Two-factor code", "777777"]
    ]));
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Logged in as two@example.com"), "{text}");
    let posts: Vec<_> = heroku
        .requests_to("/")
        .into_iter()
        .filter(|r| line(r) == "POST /oauth/authorizations")
        .collect();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1].header("heroku-two-factor-code"), Some("777777"));
    assert!(
        posts[0]
            .header("authorization")
            .unwrap()
            .starts_with("Basic ")
    );
    let body: Value = posts[0].json();
    assert_eq!(body["expires_in"], 2592000);
    assert_eq!(body["scope"], json!(["global"]));
    assert!(
        body["description"]
            .as_str()
            .unwrap()
            .starts_with("belt login from ")
    );

    let (code, text) = sb.belt_on_terminal(
        ["login", "-i", "--account", "two"],
        &json!([["Email", "two@example.com"], ["Password", "pw"]]),
    );
    assert_eq!(code, 3, "{text}");
    assert!(text.contains("Please use belt login."), "{text}");

    // Any request: without an app, repeated with the code.
    let (code, text) = sb.belt_on_terminal(
        ["apps", "--account", "two"],
        &json!([["Two-factor code", "555555"]]),
    );
    assert_eq!(code, 0, "{text}");
    let apps: Vec<_> = heroku
        .requests_to("/")
        .into_iter()
        .filter(|r| line(r) == "GET /apps")
        .collect();
    assert_eq!(
        apps.last().unwrap().header("heroku-two-factor-code"),
        Some("555555")
    );
    // With an app: pre-authorized, then repeated as it was. The stand-in keeps refusing it,
    // so belt gives up after one round instead of asking forever.
    let before = lines(&heroku).len();
    let (code, text) = sb.belt_on_terminal(
        ["maintenance", "-a", "guarded", "--account", "two"],
        &json!([["Two-factor code", "666666"]]),
    );
    assert_ne!(code, 0, "{text}");
    assert_eq!(
        lines(&heroku)[before..],
        [
            "GET /apps/guarded",
            "PUT /apps/guarded/pre-authorizations",
            "GET /apps/guarded"
        ],
        "{text}"
    );
    // Not on a terminal the error stands, and nothing is asked.
    let (code, _, stderr) = sb.fails(&["apps", "--account", "two"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("two_factor says"), "{stderr}");
}
