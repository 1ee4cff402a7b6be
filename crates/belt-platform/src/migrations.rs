//! The schema, as an append-only list of migrations. `PRAGMA user_version` records how many
//! have run; a new feature adds its tables by appending one entry, never by editing one.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::store;
use crate::error::{Error, Result};

/// Every migration, in order. Entry `i` brings the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: accounts, apps and the per-app event log.
    r#"
    CREATE TABLE users (
        id          TEXT PRIMARY KEY,
        email       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name        TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        last_login  TEXT
    );
    CREATE TABLE api_keys (
        hash        TEXT PRIMARY KEY,
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX api_keys_user ON api_keys(user_id);
    CREATE TABLE apps (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE,
        owner_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        region       TEXT NOT NULL,
        stack        TEXT NOT NULL,
        build_stack  TEXT NOT NULL,
        maintenance  INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        released_at  TEXT
    );
    CREATE INDEX apps_owner_name ON apps(owner_id, name);
    CREATE INDEX apps_owner_id ON apps(owner_id, id);
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL,
        source      TEXT NOT NULL,
        dyno        TEXT NOT NULL,
        message     TEXT NOT NULL
    );
    CREATE INDEX events_app ON events(app_id, id);
    "#,
    // 2: config vars, slugs and releases (each release keeps a snapshot of the whole config).
    r#"
    CREATE TABLE config_vars (
        app_id  TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        key     TEXT NOT NULL,
        value   TEXT NOT NULL,
        PRIMARY KEY (app_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE slugs (
        id                              TEXT PRIMARY KEY,
        app_id                          TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        commit_sha                      TEXT,
        commit_description              TEXT,
        process_types                   TEXT NOT NULL DEFAULT '{}',
        buildpack_provided_description  TEXT,
        stack                           TEXT,
        size                            INTEGER,
        checksum                        TEXT,
        created_at                      TEXT NOT NULL,
        updated_at                      TEXT NOT NULL
    );
    CREATE INDEX slugs_app ON slugs(app_id);
    CREATE TABLE releases (
        id                TEXT PRIMARY KEY,
        app_id            TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        version           INTEGER NOT NULL,
        description       TEXT NOT NULL,
        status            TEXT NOT NULL DEFAULT 'succeeded',
        -- No foreign key: slugs and releases go together when their app is destroyed.
        slug_id           TEXT,
        config            TEXT NOT NULL DEFAULT '{}',
        addon_plan_names  TEXT NOT NULL DEFAULT '[]',
        user_id           TEXT REFERENCES users(id) ON DELETE SET NULL,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (app_id, version)
    );
    -- Apps created before releases existed get their v1.
    INSERT INTO releases (id, app_id, version, description, user_id, created_at, updated_at)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
                 substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' ||
                 hex(randomblob(6))),
           id, 1, 'Initial release', owner_id, created_at, created_at
    FROM apps;
    "#,
    // 3: dynos (one-off now, formation later).
    r#"
    CREATE TABLE dynos (
        id           TEXT PRIMARY KEY,
        app_id       TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name         TEXT NOT NULL,
        type         TEXT NOT NULL,
        command      TEXT NOT NULL,
        size         TEXT NOT NULL,
        state        TEXT NOT NULL,
        attach       INTEGER NOT NULL DEFAULT 0,
        exit_status  INTEGER,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (app_id, name)
    );
    "#,
    // 4: logins (passwords, a second factor, browser login sessions) and SSH keys.
    r#"
    ALTER TABLE users ADD COLUMN password_hash TEXT;
    ALTER TABLE users ADD COLUMN second_factor_hash TEXT;
    CREATE TABLE login_sessions (
        id            TEXT PRIMARY KEY,
        secret_hash   TEXT NOT NULL,
        hostname      TEXT NOT NULL,
        client        TEXT NOT NULL,
        state         TEXT NOT NULL DEFAULT 'pending',
        user_id       TEXT REFERENCES users(id) ON DELETE CASCADE,
        created_unix  INTEGER NOT NULL
    );
    CREATE TABLE ssh_keys (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        public_key   TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,
        comment      TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (user_id, fingerprint)
    );
    "#,
    // 5: log lines numbered per app (a log stream's event ids), and log sessions.
    r#"
    ALTER TABLE events ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
    UPDATE events SET seq = (SELECT COUNT(*) FROM events AS e
                             WHERE e.app_id = events.app_id AND e.id <= events.id);
    CREATE INDEX events_app_seq ON events(app_id, seq);
    CREATE TABLE log_sessions (
        secret_hash  TEXT PRIMARY KEY,
        app_id       TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        dyno         TEXT,
        source       TEXT,
        lines        INTEGER NOT NULL,
        tail         INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL
    ) WITHOUT ROWID;
    "#,
    // 6: uploaded source tarballs (reached by secret URLs) and builds.
    r#"
    CREATE TABLE sources (
        id           TEXT PRIMARY KEY,
        secret_hash  TEXT NOT NULL,
        user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL
    );
    CREATE TABLE builds (
        id               TEXT PRIMARY KEY,
        app_id           TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        user_id          TEXT REFERENCES users(id) ON DELETE SET NULL,
        status           TEXT NOT NULL DEFAULT 'pending',
        source_url       TEXT NOT NULL,
        source_version   TEXT,
        source_checksum  TEXT,
        stack            TEXT NOT NULL,
        slug_id          TEXT,
        release_id       TEXT,
        output_secret    TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    );
    CREATE INDEX builds_app ON builds(app_id, created_at);
    "#,
    // 7: add-ons with their attachments, and custom domains (unique across the platform).
    r#"
    CREATE TABLE addons (
        id                 TEXT PRIMARY KEY,
        app_id             TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name               TEXT NOT NULL UNIQUE,
        plan               TEXT NOT NULL,
        config             TEXT NOT NULL DEFAULT '{}',
        provisioned_unix_ms INTEGER NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
    );
    CREATE INDEX addons_app ON addons(app_id);
    CREATE TABLE addon_attachments (
        id          TEXT PRIMARY KEY,
        addon_id    TEXT NOT NULL REFERENCES addons(id) ON DELETE CASCADE,
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (app_id, name)
    );
    CREATE INDEX addon_attachments_addon ON addon_attachments(addon_id);
    CREATE TABLE domains (
        id          TEXT PRIMARY KEY,
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        hostname    TEXT NOT NULL UNIQUE COLLATE NOCASE,
        cname       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX domains_app ON domains(app_id);
    "#,
    // 8: the formation: how many dynos of each process type run, and their size.
    r#"
    CREATE TABLE formation (
        id          TEXT PRIMARY KEY,
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        type        TEXT NOT NULL,
        quantity    INTEGER NOT NULL,
        size        TEXT NOT NULL,
        command     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (app_id, type)
    );
    "#,
    // 9: a build's source version description (the commit's subject, say).
    r#"
    ALTER TABLE builds ADD COLUMN source_version_description TEXT;
    "#,
    // 10: the local processes a one-off dyno runs in: the runner supervising it (a detached
    // runner, or the platform process holding an attached client) and the process group of
    // its command, each as pid and start time, so a stop can reach them and a runner that died
    // is noticed (see `procs`).
    r#"
    ALTER TABLE dynos ADD COLUMN runner_pid INTEGER;
    ALTER TABLE dynos ADD COLUMN runner_started TEXT;
    ALTER TABLE dynos ADD COLUMN group_pid INTEGER;
    ALTER TABLE dynos ADD COLUMN group_started TEXT;
    "#,
    // 11: the process running a build (pid and start time, see `procs`), so a build whose
    // process was killed mid-way reads as failed instead of pending forever.
    r#"
    ALTER TABLE builds ADD COLUMN builder_pid INTEGER;
    ALTER TABLE builds ADD COLUMN builder_started TEXT;
    "#,
    // 12: the release a dyno was started on (older rows: the newest release created by then).
    r#"
    ALTER TABLE dynos ADD COLUMN release_id TEXT;
    "#,
    // 13: API keys as Heroku's OAuth authorizations: an id, a description, an expiry, the
    // token's redacted form (only its hash is kept) for `GET /oauth/authorizations`, and which
    // key is the account's default API key (`~`, older rows: each user's first). Browser
    // logins (cli-auth) say what asked for them.
    r#"
    ALTER TABLE api_keys ADD COLUMN id TEXT;
    ALTER TABLE api_keys ADD COLUMN description TEXT NOT NULL DEFAULT '';
    ALTER TABLE api_keys ADD COLUMN redacted TEXT NOT NULL DEFAULT '';
    ALTER TABLE api_keys ADD COLUMN expires_unix INTEGER;
    ALTER TABLE api_keys ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0;
    UPDATE api_keys SET id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
        || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)
        || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
    UPDATE api_keys SET is_default = 1 WHERE hash IN (
        SELECT (SELECT k.hash FROM api_keys k WHERE k.user_id = users.id
                ORDER BY k.created_at, k.hash LIMIT 1) FROM users);
    CREATE UNIQUE INDEX api_keys_id ON api_keys(id);
    ALTER TABLE login_sessions ADD COLUMN description TEXT NOT NULL DEFAULT '';
    "#,
    // 14: an app's buildpack installations (in build order), and the labs features switched on
    // an app or an account; a feature without a row is off.
    r#"
    CREATE TABLE buildpack_installations (
        app_id   TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        ordinal  INTEGER NOT NULL,
        url      TEXT NOT NULL,
        name     TEXT NOT NULL,
        PRIMARY KEY (app_id, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE app_features (
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        enabled     INTEGER NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (app_id, name)
    ) WITHOUT ROWID;
    CREATE TABLE account_features (
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        enabled     INTEGER NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (user_id, name)
    ) WITHOUT ROWID;
    "#,
    // 15: release phase: the secret of a release's `output_stream_url`, set when its release
    // command runs (NULL: no release command, so no output).
    r#"
    ALTER TABLE releases ADD COLUMN output_secret TEXT;
    "#,
    // 16: formation dynos run for real. `instance` counts a dyno's starts (a restart makes a
    // new instance; the runner of an older one only stops its command), `port` is the running
    // instance's $PORT (where the router reaches a web dyno), `crash_count` its crashes in a
    // row and `restart_at` when the supervisor may restart it after the latest.
    r#"
    ALTER TABLE dynos ADD COLUMN instance INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE dynos ADD COLUMN port INTEGER;
    ALTER TABLE dynos ADD COLUMN crash_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE dynos ADD COLUMN restart_at TEXT;
    "#,
    // 17: pipelines, their couplings (one per app, gone with the app or the pipeline) and
    // promotions with a target per app. A promotion keeps its apps' ids as plain text, so it
    // outlives an app deleted later, as a release's history does.
    r#"
    CREATE TABLE pipelines (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        owner_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE pipeline_couplings (
        id           TEXT PRIMARY KEY,
        pipeline_id  TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
        app_id       TEXT NOT NULL UNIQUE REFERENCES apps(id) ON DELETE CASCADE,
        stage        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    );
    CREATE INDEX pipeline_couplings_pipeline ON pipeline_couplings(pipeline_id);
    CREATE TABLE pipeline_promotions (
        id                 TEXT PRIMARY KEY,
        pipeline_id        TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
        source_app_id      TEXT NOT NULL,
        source_release_id  TEXT NOT NULL,
        status             TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
    );
    CREATE TABLE pipeline_promotion_targets (
        id             TEXT PRIMARY KEY,
        promotion_id   TEXT NOT NULL REFERENCES pipeline_promotions(id) ON DELETE CASCADE,
        app_id         TEXT NOT NULL,
        release_id     TEXT,
        status         TEXT NOT NULL,
        error_message  TEXT
    );
    CREATE INDEX pipeline_promotion_targets_promotion ON pipeline_promotion_targets(promotion_id);
    "#,
    // 18: app setups (app.json): the app's id and name are kept as plain text, so a setup
    // outlives its app as a promotion does; `manifest` is the app.json as resolved for the
    // setup (environment applied), `manifest_errors` a JSON array of strings, and `runner_pid`
    // and `runner_started` the process carrying it out (gone while pending: failed).
    r#"
    CREATE TABLE app_setups (
        id                    TEXT PRIMARY KEY,
        user_id               TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id                TEXT NOT NULL,
        app_name              TEXT NOT NULL,
        status                TEXT NOT NULL,
        failure_message       TEXT,
        manifest_errors       TEXT NOT NULL DEFAULT '[]',
        manifest              TEXT,
        build_id              TEXT,
        postdeploy_output     TEXT,
        postdeploy_exit_code  INTEGER,
        resolved_success_url  TEXT,
        runner_pid            INTEGER,
        runner_started        TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
    );
    CREATE INDEX app_setups_app ON app_setups(app_id);
    "#,
    // 19: review apps and their pipelines' configuration. A review app keeps its app's id
    // and name as plain text (it outlives its app, as `deleted`); `state` is what the review
    // app itself went through (`setup` while its app setup decides, then `deleting`,
    // `deleted` or `errored`); `message` says what happened last.
    r#"
    CREATE TABLE review_app_configs (
        pipeline_id           TEXT PRIMARY KEY REFERENCES pipelines(id) ON DELETE CASCADE,
        repo                  TEXT NOT NULL,
        automatic_review_apps INTEGER NOT NULL DEFAULT 0,
        destroy_stale_apps    INTEGER NOT NULL DEFAULT 0,
        stale_days            INTEGER NOT NULL,
        wait_for_ci           INTEGER NOT NULL DEFAULT 0,
        base_name             TEXT,
        deploy_target_id      TEXT,
        deploy_target_type    TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE review_apps (
        id              TEXT PRIMARY KEY,
        pipeline_id     TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
        creator_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        app_id          TEXT,
        app_name        TEXT,
        app_setup_id    TEXT,
        branch          TEXT NOT NULL,
        pr_number       INTEGER,
        source_url      TEXT NOT NULL,
        source_version  TEXT,
        wait_for_ci     INTEGER NOT NULL DEFAULT 0,
        state           TEXT NOT NULL,
        error_status    TEXT,
        message         TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    CREATE INDEX review_apps_pipeline ON review_apps(pipeline_id);
    CREATE INDEX review_apps_app ON review_apps(app_id);
    -- However its app goes (apps:destroy too), the review app is deleted with it.
    CREATE TRIGGER review_app_of_destroyed_app AFTER DELETE ON apps BEGIN
        UPDATE review_apps SET state = 'deleted', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        WHERE app_id = OLD.id AND state != 'deleted';
    END;
    "#,
    // 20 (after review apps' 19): a pipeline's config vars for its review and test stages,
    // which review apps and CI runs get; gone with the pipeline.
    r#"
    CREATE TABLE pipeline_stage_config_vars (
        pipeline_id  TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
        stage        TEXT NOT NULL,
        name         TEXT NOT NULL,
        value        TEXT NOT NULL,
        PRIMARY KEY (pipeline_id, stage, name)
    ) WITHOUT ROWID;
    "#,
    // 21: who may reach an app besides its owner (issue 21). A collaborator row gives a user
    // an app (role `collaborator`; a team member's role is read from `team_members`), and its
    // permissions (view, deploy, operate, manage) matter on team apps only. Team members see every team app (view) without a row. An app
    // transfer waits for its recipient: `pending`, then `accepted`, `declined` or `cancelled`;
    // one pending at a time per app. `apps.team_id` is set for team apps (a team with apps
    // cannot go); `apps.locked` keeps team members from joining a team app on their own.
    r#"
    CREATE TABLE collaborators (
        id          TEXT PRIMARY KEY,
        app_id      TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role        TEXT NOT NULL DEFAULT 'collaborator',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (app_id, user_id)
    );
    CREATE INDEX collaborators_user ON collaborators(user_id);
    CREATE TABLE collaborator_permissions (
        app_id      TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        permission  TEXT NOT NULL CHECK (permission IN ('view', 'deploy', 'operate', 'manage')),
        PRIMARY KEY (app_id, user_id, permission),
        FOREIGN KEY (app_id, user_id) REFERENCES collaborators(app_id, user_id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE TABLE teams (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE team_members (
        team_id     TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role        TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (team_id, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX team_members_user ON team_members(user_id);
    CREATE TABLE app_transfers (
        id            TEXT PRIMARY KEY,
        app_id        TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        owner_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        recipient_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        state         TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'cancelled')),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE UNIQUE INDEX app_transfers_one_pending ON app_transfers(app_id) WHERE state = 'pending';
    CREATE INDEX app_transfers_recipient ON app_transfers(recipient_id);
    ALTER TABLE apps ADD COLUMN team_id TEXT REFERENCES teams(id);
    ALTER TABLE apps ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX apps_team ON apps(team_id);
    "#,
    // 22: a team's own event log (issue 21): membership and team changes have no app log to
    // go to. Kept after the team is deleted (no foreign key), as an audit trail is.
    r#"
    CREATE TABLE team_events (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        team_id     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        message     TEXT NOT NULL
    );
    CREATE INDEX team_events_team ON team_events(team_id, id);
    "#,
    // 23: an authorization's OAuth scope (issue 22), comma-separated Heroku names; keys made
    // before scopes existed could do everything, so they are `global`. `lifetime` is the
    // `expires_in` asked for, so a regenerated token lasts as long again; `updated_at` moves
    // when the token is regenerated or the description changed.
    r#"
    ALTER TABLE api_keys ADD COLUMN scope TEXT NOT NULL DEFAULT 'global';
    ALTER TABLE api_keys ADD COLUMN lifetime INTEGER;
    ALTER TABLE api_keys ADD COLUMN updated_at TEXT;
    "#,
    // 24: what the router's table reads, counted (issue 23); the SQL is long, so in a file.
    include_str!("migrations/24_router_changes.sql"),
    // 25: the newest succeeded release with a slug (its process types, on every config
    // change and formation read) without walking every release of an app never deployed.
    r#"
    CREATE INDEX releases_app_slugged ON releases(app_id, version)
        WHERE status = 'succeeded' AND slug_id IS NOT NULL;
    "#,
];

pub(crate) fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database at `path` up to date. Costs one pragma read when it already is.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    run(conn)
        .map_err(|e| store::open_error(path, e))?
        .map_err(|newer| {
            Error::Platform(format!(
                "{}: written by a newer belt (schema version {newer}, this belt knows {}); upgrade belt",
                path.display(),
                latest()
            ))
        })
}

/// `Ok(Err(version))` when the database is newer than this belt.
fn run(conn: &mut Connection) -> rusqlite::Result<Result<(), i64>> {
    let current = user_version(conn)?;
    if current == latest() {
        return Ok(Ok(()));
    }
    if current > latest() {
        return Ok(Err(current));
    }
    // WAL is a property of the file, so it is set once, when the schema is first created.
    enable_wal(conn)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while this one waited for the write lock.
    let current = user_version(&tx)?;
    if current > latest() {
        return Ok(Err(current));
    }
    for sql in MIGRATIONS.iter().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", latest())?;
    tx.commit()?;
    Ok(Ok(()))
}

fn enable_wal(conn: &Connection) -> rusqlite::Result<()> {
    // Switching to WAL needs a moment of exclusive access; a process starting at the same
    // instant may briefly hold the file, so retry rather than fail.
    let mut attempt = 0;
    loop {
        match conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
        {
            Ok(_) => return Ok(()),
            Err(e) if store::is_busy(&e) && attempt < 100 => {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => return Err(e),
        }
    }
}
