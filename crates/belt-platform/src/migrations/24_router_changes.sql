-- A counter the router polls instead of `data_version`: bumped only by changes to what its
-- table reads (router/table.rs), so a config write or a dyno's pid does not reload every app.
CREATE TABLE router_changes (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  INTEGER NOT NULL
);
INSERT INTO router_changes VALUES (1, 0);
CREATE TRIGGER router_apps_insert AFTER INSERT ON apps
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_apps_update AFTER UPDATE OF id, name, maintenance ON apps
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_apps_delete AFTER DELETE ON apps
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_domains_insert AFTER INSERT ON domains
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_domains_update AFTER UPDATE OF app_id, hostname ON domains
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_domains_delete AFTER DELETE ON domains
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_dynos_insert AFTER INSERT ON dynos
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_dynos_update AFTER UPDATE OF app_id, name, type, state, port ON dynos
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_dynos_delete AFTER DELETE ON dynos
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_formation_insert AFTER INSERT ON formation
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_formation_update AFTER UPDATE OF app_id, type, quantity ON formation
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_formation_delete AFTER DELETE ON formation
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_pages_insert AFTER INSERT ON config_vars
    WHEN NEW.key IN ('MAINTENANCE_PAGE_URL', 'ERROR_PAGE_URL')
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_pages_update AFTER UPDATE ON config_vars
    WHEN OLD.key IN ('MAINTENANCE_PAGE_URL', 'ERROR_PAGE_URL')
      OR NEW.key IN ('MAINTENANCE_PAGE_URL', 'ERROR_PAGE_URL')
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
CREATE TRIGGER router_pages_delete AFTER DELETE ON config_vars
    WHEN OLD.key IN ('MAINTENANCE_PAGE_URL', 'ERROR_PAGE_URL')
    BEGIN UPDATE router_changes SET generation = generation + 1; END;
