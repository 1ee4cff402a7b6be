//! Each command's requests, in order, with the bodies and Accept headers the official CLI
//! sends (heroku/cli `src/commands/{access,apps,members,teams}`), against a backend answering
//! with that CLI's fixtures (`test/helpers/stubs`): `myapp` is gandalf's personal app or
//! `myteam`'s, by the backend asked for.

mod apps;
mod collaborators;
mod teams;

use serde_json::{Value, json};

use crate::harness::Sandbox;
use crate::harness::fake::{FakeBackend, Reply};

const FORBIDDEN: &str =
    r#"{"id":"forbidden","message":"You do not have access to the team myteam."}"#;

/// What the backend answers for a team: `myteam`, of `type`, with these features.
struct Backend {
    team_app: bool,
    features: Value,
    members_forbidden: bool,
}

impl Backend {
    fn personal() -> Backend {
        Backend {
            team_app: false,
            features: json!([]),
            members_forbidden: false,
        }
    }

    fn team(features: &[(&str, bool)]) -> Backend {
        let features = features
            .iter()
            .map(|(name, enabled)| json!({"name": name, "enabled": enabled}))
            .collect();
        Backend {
            team_app: true,
            features: Value::Array(features),
            members_forbidden: false,
        }
    }

    fn start(self) -> FakeBackend {
        FakeBackend::start(move |_, request| {
            let (method, path) = request.split_once(' ').unwrap_or((request, ""));
            let body = match (method, path) {
                ("GET", "/account") => json!({"id": "u1", "email": "gandalf@heroku.com"}),
                ("GET", "/apps/myapp") if self.team_app => {
                    json!({"name": "myapp", "owner": {"email": "myteam@herokumanager.com"}})
                }
                ("GET", "/apps/myapp") => {
                    json!({"name": "myapp", "owner": {"email": "gandalf@heroku.com"}})
                }
                ("GET", "/apps/myapp/collaborators") if self.team_app => json!([
                    {"permissions": [], "role": "owner", "user": {"email": "myteam@herokumanager.com"}},
                    {"permissions": [{"name": "deploy"}, {"name": "view"}], "role": "member",
                     "user": {"email": "bob@heroku.com"}},
                    {"permissions": [{"name": "view"}], "role": "admin", "user": {"email": "gandalf@heroku.com"}}
                ]),
                ("GET", "/apps/myapp/collaborators") => json!([
                    {"role": "owner", "user": {"email": "gandalf@heroku.com"}},
                    {"role": "collaborator", "user": {"email": "frodo@heroku.com"}}
                ]),
                ("GET", "/teams/myteam/members") if self.members_forbidden => {
                    return Reply::json(403, &[], FORBIDDEN);
                }
                ("GET", "/teams/myteam/members") => json!([
                    {"email": "gandalf@heroku.com", "role": "admin", "user": {"email": "gandalf@heroku.com"}},
                    {"email": "bob@heroku.com", "role": "viewer", "user": {"email": "bob@heroku.com"}},
                    {"email": "peter@heroku.com", "role": "collaborator", "user": {"email": "peter@heroku.com"}}
                ]),
                ("GET", "/teams/permissions") => json!([
                    {"name": "deploy"}, {"name": "manage"}, {"name": "operate"}, {"name": "view"}
                ]),
                ("GET", "/teams/myteam") => {
                    json!({"name": "myteam", "role": "admin", "type": "team"})
                }
                ("GET", "/teams/myteam/features") => self.features.clone(),
                ("GET", "/teams/myteam/invitations") => json!([
                    {"role": "member", "user": {"email": "invited-user@mail.com"}}
                ]),
                ("GET", "/teams") => json!([
                    {"name": "org b", "role": "collaborator"},
                    {"name": "org a", "role": "admin"}
                ]),
                ("GET", "/teams/apps/myapp") => json!({"name": "myapp", "locked": false}),
                ("GET", "/account/app-transfers") => json!([{
                    "id": "t1", "app": {"name": "myapp"}, "state": "pending",
                    "owner": {"email": "gandalf@heroku.com"}, "recipient": {"email": "frodo@heroku.com"}
                }]),
                ("POST", "/account/app-transfers") => json!({"id": "t1", "state": "pending"}),
                ("GET", "/apps") => json!([
                    {"name": "mine", "owner": {"email": "gandalf@heroku.com"}},
                    {"name": "theirs", "owner": {"email": "frodo@heroku.com"}, "region": {"name": "eu"}},
                    {"name": "team-one", "owner": {"email": "myteam@herokumanager.com"}}
                ]),
                ("GET", "/teams/myteam/apps") => json!([
                    {"name": "team-two", "locked": true}, {"name": "team-one"}
                ]),
                ("POST", "/teams/apps") => json!({
                    "id": "a1", "name": "team-app", "web_url": "https://team-app.example.com/",
                    "git_url": "https://git.example.com/team-app.git"
                }),
                ("GET", _) => {
                    return Reply::json(
                        404,
                        &[],
                        r#"{"id":"not_found","message":"Couldn't find that."}"#,
                    );
                }
                _ => json!({}),
            };
            Reply::json(200, &[], &body.to_string())
        })
    }
}

fn belt_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (i32, String, String) {
    backend.run_belt(sb, args)
}

/// Runs `args`, asserting success; returns stdout and stderr.
fn ok_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (String, String) {
    let (code, stdout, stderr) = belt_at(sb, backend, args);
    assert_eq!(code, 0, "belt {args:?}: {stderr}");
    (stdout, stderr)
}

/// The body of the one request `request`, as JSON.
fn body_of(backend: &FakeBackend, request: &str) -> Value {
    backend.find_sent(request).1
}
