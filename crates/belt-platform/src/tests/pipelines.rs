//! Pipelines, couplings and promotions: each endpoint's answer and shape as the schema has
//! them, Heroku's errors, and a promotion that releases the source's slug on the target with
//! the target's config untouched.

use reqwest::Method;

use super::*;

async fn new_app(f: &Fixture, name: &str) -> Value {
    let (status, app) = f.create(&f.owner(), json!({"name": name})).await;
    assert_eq!(status, StatusCode::CREATED, "{app}");
    app
}

async fn new_pipeline(f: &Fixture, name: &str) -> Value {
    let (status, pipeline) = f
        .call(
            Method::POST,
            "/pipelines",
            &f.owner(),
            Some(json!({"name": name})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{pipeline}");
    pipeline
}

async fn couple(f: &Fixture, app: &str, pipeline: &Value, stage: &str) -> (StatusCode, Value) {
    let body = json!({"app": app, "pipeline": pipeline["id"], "stage": stage});
    f.call(Method::POST, "/pipeline-couplings", &f.owner(), Some(body))
        .await
}

fn assert_error(status: StatusCode, body: &Value, want: StatusCode, id: &str) {
    assert_eq!(status, want, "{body}");
    assert_eq!(body["id"], id, "{body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
}

fn assert_invalid(status: StatusCode, body: &Value) {
    assert_error(
        status,
        body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_params",
    );
}

fn assert_missing(status: StatusCode, body: &Value) {
    assert_error(status, body, StatusCode::NOT_FOUND, "not_found");
}

/// Another user's API key.
fn stranger(f: &Fixture) -> String {
    f.server
        .platform()
        .create_user("stranger@example.com")
        .expect("user")
}

/// Deploys a one-file tree to `app` as a build does; returns the slug's id.
async fn deploy(f: &Fixture, app: &str, content: &str) -> String {
    let mut tar = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(content.len() as u64);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "index.txt", content.as_bytes())
        .expect("tar");
    let bytes = tar.into_inner().expect("tar");
    let platform = f.server.platform().clone();
    let app = app.to_string();
    tokio::task::spawn_blocking(move || {
        let (app, actor) = platform
            .store()
            .read(|conn| {
                let app = crate::apps::find(conn, &app)?.expect("app");
                let actor = users::Actor {
                    id: app.owner_id.clone(),
                    email: app.owner_email.clone(),
                };
                Ok::<_, rusqlite::Error>((app, actor))
            })
            .expect("read");
        let source = slug_compiler::SourceInfo::default();
        let tar = slug_compiler::Input::Tarball(Box::new(&bytes[..]));
        let built =
            slug_compiler::run(&platform, &app, &actor, tar, source, &mut |_| {}).expect("build");
        built.slug_id
    })
    .await
    .expect("join")
}

#[tokio::test]
async fn pipelines_are_created_listed_renamed_and_deleted() {
    let f = start().await;
    let token = f.owner();
    let pipeline = new_pipeline(&f, "shop").await;
    assert_eq!(
        keys(&pipeline),
        [
            "created_at",
            "generation",
            "id",
            "name",
            "owner",
            "updated_at"
        ]
    );
    assert_eq!(pipeline["name"], "shop");
    assert_eq!(pipeline["owner"]["type"], "user");
    assert!(pipeline["owner"]["id"].is_string());
    assert_eq!(keys(&pipeline["generation"]), ["id", "name"]);
    let id = pipeline["id"].as_str().unwrap_or_default().to_string();

    let (status, all) = f.call(Method::GET, "/pipelines", &token, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(all.as_array().map(Vec::len), Some(1));
    let (_, named) = f
        .call(Method::GET, "/pipelines?eq[name]=shop", &token, None)
        .await;
    assert_eq!(named[0]["id"], id.as_str());
    let (_, none) = f
        .call(Method::GET, "/pipelines?eq[name]=other", &token, None)
        .await;
    assert_eq!(none, json!([]));
    for identity in [id.as_str(), "shop"] {
        let (status, found) = f
            .call(Method::GET, &format!("/pipelines/{identity}"), &token, None)
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(found["id"], id.as_str());
    }

    // The official CLI's body: the owner and the generation besides the name.
    let body =
        json!({"name": "shop-two", "owner": pipeline["owner"], "generation": {"name": "cedar"}});
    let (status, second) = f.call(Method::POST, "/pipelines", &token, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{second}");
    f.call(
        Method::DELETE,
        &format!("/pipelines/{}", second["id"].as_str().unwrap_or_default()),
        &token,
        None,
    )
    .await;

    let (status, renamed) = f
        .call(
            Method::PATCH,
            &format!("/pipelines/{id}"),
            &token,
            Some(json!({"name": "store"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{renamed}");
    assert_eq!(renamed["name"], "store");

    // Heroku's refusals: a taken or invalid name, a missing one, someone else's pipeline.
    new_pipeline(&f, "shop").await;
    let (status, body) = f
        .call(
            Method::PATCH,
            &format!("/pipelines/{id}"),
            &token,
            Some(json!({"name": "shop"})),
        )
        .await;
    assert_invalid(status, &body);
    for bad in [
        json!({"name": "Bad_Name"}),
        json!({"name": "ab"}),
        json!({}),
    ] {
        let (status, body) = f.call(Method::POST, "/pipelines", &token, Some(bad)).await;
        assert_invalid(status, &body);
    }
    let stranger = stranger(&f);
    let (status, body) = f
        .call(Method::GET, &format!("/pipelines/{id}"), &stranger, None)
        .await;
    assert_missing(status, &body);
    assert_eq!(body["resource"], "pipeline");

    let (status, deleted) = f
        .call(Method::DELETE, &format!("/pipelines/{id}"), &token, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(deleted["id"], id.as_str());
    let (status, body) = f
        .call(Method::GET, &format!("/pipelines/{id}"), &token, None)
        .await;
    assert_missing(status, &body);
}

#[tokio::test]
async fn couplings_put_each_app_in_one_pipeline_at_one_stage() {
    let f = start().await;
    let token = f.owner();
    let pipeline = new_pipeline(&f, "shop").await;
    let pid = pipeline["id"].as_str().unwrap_or_default().to_string();
    let staging = new_app(&f, "shop-staging").await;
    new_app(&f, "shop-prod").await;

    let (status, coupling) = couple(&f, "shop-staging", &pipeline, "staging").await;
    assert_eq!(status, StatusCode::CREATED, "{coupling}");
    assert_eq!(
        keys(&coupling),
        ["app", "created_at", "id", "pipeline", "stage", "updated_at"]
    );
    assert_eq!(coupling["app"]["id"], staging["id"]);
    assert_eq!(coupling["pipeline"]["id"], pid.as_str());
    assert_eq!(coupling["pipeline"]["name"], "shop");
    assert_eq!(coupling["stage"], "staging");
    let cid = coupling["id"].as_str().unwrap_or_default().to_string();
    let (status, _) = couple(&f, "shop-prod", &pipeline, "production").await;
    assert_eq!(status, StatusCode::CREATED);

    // One pipeline per app, Heroku's stages only, a pipeline and an app that exist.
    let other = new_pipeline(&f, "other").await;
    let (status, body) = couple(&f, "shop-staging", &other, "staging").await;
    assert_invalid(status, &body);
    new_app(&f, "loose").await;
    let (status, body) = couple(&f, "loose", &pipeline, "qa").await;
    assert_invalid(status, &body);
    let (status, body) = couple(&f, "loose", &json!({"id": util::new_id()}), "staging").await;
    assert_missing(status, &body);
    let (status, body) = couple(&f, "no-such-app", &pipeline, "staging").await;
    assert_missing(status, &body);
    let (status, body) = f
        .call(
            Method::POST,
            "/pipeline-couplings",
            &token,
            Some(json!({"app": "loose"})),
        )
        .await;
    assert_invalid(status, &body);
    // Only apps the caller may write.
    let stranger = stranger(&f);
    let (_, theirs) = f
        .call(
            Method::POST,
            "/pipelines",
            &stranger,
            Some(json!({"name": "theirs"})),
        )
        .await;
    let body = json!({"app": "loose", "pipeline": theirs["id"], "stage": "staging"});
    let (status, body) = f
        .call(Method::POST, "/pipeline-couplings", &stranger, Some(body))
        .await;
    assert_error(status, &body, StatusCode::FORBIDDEN, "forbidden");

    let (status, listed) = f
        .call(
            Method::GET,
            &format!("/pipelines/{pid}/pipeline-couplings"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    for path in ["/pipeline-couplings", "/users/~/pipeline-couplings"] {
        let (_, all) = f.call(Method::GET, path, &token, None).await;
        assert_eq!(all.as_array().map(Vec::len), Some(2), "{path}");
    }
    let (status, body) = f
        .call(
            Method::GET,
            "/users/someone@example.com/pipeline-couplings",
            &token,
            None,
        )
        .await;
    assert_missing(status, &body);
    let (status, by_app) = f
        .call(
            Method::GET,
            "/apps/shop-staging/pipeline-couplings",
            &token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_app["id"], cid.as_str());
    let (status, body) = f
        .call(Method::GET, "/apps/loose/pipeline-couplings", &token, None)
        .await;
    assert_missing(status, &body);

    let path = format!("/pipeline-couplings/{cid}");
    let (status, info) = f.call(Method::GET, &path, &token, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["stage"], "staging");
    let (status, updated) = f
        .call(
            Method::PATCH,
            &path,
            &token,
            Some(json!({"stage": "development"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["stage"], "development");
    let (status, body) = f
        .call(
            Method::PATCH,
            &path,
            &token,
            Some(json!({"stage": "nowhere"})),
        )
        .await;
    assert_invalid(status, &body);
    let (status, body) = f.call(Method::GET, &path, &stranger, None).await;
    assert_missing(status, &body);
    let (status, removed) = f.call(Method::DELETE, &path, &token, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(removed["id"], cid.as_str());
    let (status, _) = f.call(Method::GET, &path, &token, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Deleting an app removes its coupling; deleting the pipeline removes the rest.
    let (status, _) = f
        .call(Method::DELETE, "/apps/shop-prod", &token, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, listed) = f
        .call(
            Method::GET,
            &format!("/pipelines/{pid}/pipeline-couplings"),
            &token,
            None,
        )
        .await;
    assert_eq!(listed, json!([]));
    let (status, _) = couple(&f, "shop-staging", &pipeline, "staging").await;
    assert_eq!(status, StatusCode::CREATED);
    f.call(Method::DELETE, &format!("/pipelines/{pid}"), &token, None)
        .await;
    let (status, _) = f
        .call(
            Method::GET,
            "/apps/shop-staging/pipeline-couplings",
            &token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_promotion_releases_the_source_slug_on_each_target() {
    let f = start().await;
    let token = f.owner();
    let pipeline = new_pipeline(&f, "shop").await;
    let staging = new_app(&f, "shop-staging").await;
    let prod = new_app(&f, "shop-prod").await;
    couple(&f, "shop-staging", &pipeline, "staging").await;
    couple(&f, "shop-prod", &pipeline, "production").await;
    for (app, vars) in [
        ("shop-staging", json!({"MODE": "staging"})),
        ("shop-prod", json!({"MODE": "production", "SECRET": "s3"})),
    ] {
        let path = format!("/apps/{app}/config-vars");
        let (status, _) = f.call(Method::PATCH, &path, &token, Some(vars)).await;
        assert_eq!(status, StatusCode::OK);
    }
    let slug = deploy(&f, "shop-staging", "hello from staging\n").await;
    let (_, source_release) = f
        .call(Method::GET, "/apps/shop-staging/releases/v3", &token, None)
        .await;
    assert_eq!(source_release["slug"]["id"], slug.as_str());

    let outsider = new_app(&f, "outsider").await;
    let body = json!({
        "pipeline": {"id": pipeline["id"]},
        "source": {"app": {"id": staging["id"]}},
        "targets": [{"app": {"id": prod["id"]}}, {"app": {"id": outsider["id"]}}],
    });
    let (status, promotion) = f
        .call(Method::POST, "/pipeline-promotions", &token, Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{promotion}");
    assert_eq!(
        keys(&promotion),
        [
            "created_at",
            "id",
            "pipeline",
            "source",
            "status",
            "updated_at"
        ]
    );
    assert_eq!(keys(&promotion["source"]), ["app", "release"]);
    assert_eq!(promotion["source"]["app"], json!({"id": staging["id"]}));
    assert_eq!(promotion["source"]["release"]["id"], source_release["id"]);
    assert_eq!(promotion["pipeline"], json!({"id": pipeline["id"]}));
    assert_eq!(promotion["status"], "completed");
    let id = promotion["id"].as_str().unwrap_or_default().to_string();
    let (status, info) = f
        .call(
            Method::GET,
            &format!("/pipeline-promotions/{id}"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["id"], id.as_str());

    let (status, targets) = f
        .call(
            Method::GET,
            &format!("/pipeline-promotions/{id}/promotion-targets"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Lists are in id order, as Heroku's are: find each target by its app.
    let of = |app: &Value| {
        targets
            .as_array()
            .and_then(|all| all.iter().find(|t| t["app"]["id"] == app["id"]))
            .cloned()
            .unwrap_or_default()
    };
    let (target, failed) = (&of(&prod), &of(&outsider));
    assert_eq!(
        keys(target),
        [
            "app",
            "error_message",
            "id",
            "pipeline_promotion",
            "release",
            "status"
        ]
    );
    assert_eq!(target["app"], json!({"id": prod["id"]}));
    assert_eq!(target["pipeline_promotion"], json!({"id": id}));
    assert_eq!(target["status"], "succeeded");
    assert!(target["error_message"].is_null());
    // An app outside the pipeline fails on its own, with no release.
    assert_eq!(failed["status"], "failed");
    assert!(failed["release"].is_null());
    assert!(failed["error_message"].is_string());

    // The target's new release carries the source's slug and the target's own config.
    let release_id = target["release"]["id"].as_str().unwrap_or_default();
    let (_, release) = f
        .call(
            Method::GET,
            &format!("/apps/shop-prod/releases/{release_id}"),
            &token,
            None,
        )
        .await;
    assert_eq!(release["slug"]["id"], slug.as_str());
    assert_eq!(release["description"], "Promote shop-staging v3");
    assert_eq!(release["current"], true);
    let (_, config) = f
        .call(Method::GET, "/apps/shop-prod/config-vars", &token, None)
        .await;
    assert_eq!(config, json!({"MODE": "production", "SECRET": "s3"}));
    // Shared with the source app: one tree in the slug store.
    let tree = crate::slug_store::SlugStore::of(f.server.platform()).tree(slug.as_str());
    assert_eq!(
        std::fs::read_to_string(tree.join("index.txt"))
            .ok()
            .as_deref(),
        Some("hello from staging\n")
    );
}

#[tokio::test]
async fn promotions_refuse_what_heroku_refuses() {
    let f = start().await;
    let token = f.owner();
    let pipeline = new_pipeline(&f, "shop").await;
    let staging = new_app(&f, "shop-staging").await;
    let prod = new_app(&f, "shop-prod").await;
    couple(&f, "shop-staging", &pipeline, "staging").await;
    couple(&f, "shop-prod", &pipeline, "production").await;
    let body = |pipeline_id: &Value, source: &Value| {
        json!({
            "pipeline": {"id": pipeline_id},
            "source": {"app": {"id": source}},
            "targets": [{"app": {"id": prod["id"]}}],
        })
    };
    // No slug to promote yet.
    let (status, err) = f
        .call(
            Method::POST,
            "/pipeline-promotions",
            &token,
            Some(body(&pipeline["id"], &staging["id"])),
        )
        .await;
    assert_invalid(status, &err);
    // A source outside the pipeline.
    let loose = new_app(&f, "loose").await;
    let (status, err) = f
        .call(
            Method::POST,
            "/pipeline-promotions",
            &token,
            Some(body(&pipeline["id"], &loose["id"])),
        )
        .await;
    assert_invalid(status, &err);
    // An unknown pipeline.
    let unknown = json!(util::new_id());
    let (status, err) = f
        .call(
            Method::POST,
            "/pipeline-promotions",
            &token,
            Some(body(&unknown, &staging["id"])),
        )
        .await;
    assert_missing(status, &err);
    // A body without targets.
    let (status, err) = f
        .call(
            Method::POST,
            "/pipeline-promotions",
            &token,
            Some(json!({"pipeline": {"id": pipeline["id"]}})),
        )
        .await;
    assert_invalid(status, &err);
    let (status, err) = f
        .call(
            Method::GET,
            &format!("/pipeline-promotions/{}", util::new_id()),
            &token,
            None,
        )
        .await;
    assert_missing(status, &err);
    // A stranger promoting someone's app: refused, and the refusal is in the app's log even
    // though the promotion's own write rolled back.
    let stranger = stranger(&f);
    let (status, err) = f
        .call(
            Method::POST,
            "/pipeline-promotions",
            &stranger,
            Some(body(&pipeline["id"], &staging["id"])),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
    let log: Vec<String> = f
        .server
        .platform()
        .recent_events("shop-staging", 100)
        .expect("events")
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert!(
        log.iter()
            .any(|l| l.starts_with("Refused ") && l.ends_with("for user stranger@example.com")),
        "{log:?}"
    );
}

/// The official CLI reads a pipeline's apps with `POST /filters/apps`, Range and all, and
/// the caller's own account as `/users/~`.
#[tokio::test]
async fn filters_apps_and_reads_the_own_user_as_the_official_cli_asks() {
    let f = start().await;
    let mine = new_app(&f, "mine").await;
    let stranger = stranger(&f);
    let (_, theirs) = f
        .call(
            Method::POST,
            "/apps",
            &stranger,
            Some(json!({"name": "theirs"})),
        )
        .await;
    let res = f
        .req(Method::POST, "/filters/apps", &f.owner())
        .header("Range", "id ..; max=1000;")
        .json(&json!({"in": {"id": [mine["id"], theirs["id"]]}}))
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::OK);
    let found: Value = res.json().await.expect("json");
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    assert_eq!(found[0]["name"], "mine");
    assert_eq!(found[0]["owner"]["id"], mine["owner"]["id"]);

    // `pipelines:create` reads the pipeline's owner from `/users/~`; no one else's account.
    let (status, me) = f.call(Method::GET, "/users/~", &f.owner(), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], OWNER_EMAIL);
    let (status, body) = f
        .call(Method::GET, "/users/stranger@example.com", &f.owner(), None)
        .await;
    assert_missing(status, &body);
}
