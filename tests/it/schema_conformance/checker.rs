//! The checker: a request or answer against the schema's links, and the tests that it rejects what the schema forbids.

use super::*;

/// `href` (segments, `{...}` for a variable one) matches `path`.
pub(super) fn segments_match(href: &str, path: &str) -> bool {
    let (href, path): (Vec<_>, Vec<_>) = (href.split('/').collect(), path.split('/').collect());
    href.len() == path.len()
        && href
            .iter()
            .zip(&path)
            .all(|(h, p)| h == p || (h.starts_with('{') && !p.is_empty()))
}

/// How many segments of `href` are literal: the most specific link wins.
fn literal_segments(href: &str) -> usize {
    href.split('/').filter(|s| !s.starts_with('{')).count()
}

struct Link {
    method: String,
    href: String,
    title: String,
    request: Option<Value>,
    response: Value,
    ranges: Option<Vec<String>>,
}

pub(super) struct Schema {
    definitions: Value,
    links: Vec<Link>,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

impl Schema {
    pub(super) fn load() -> Schema {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/it/data/heroku-platform-api-schema.json"
        );
        let mut root: Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("schema file"))
                .expect("schema JSON");
        strict_properties(&mut root);
        for (pointer, _) in HOST_SPECIFIC {
            let definition = root.pointer_mut(pointer).expect("a definition");
            definition.as_object_mut().unwrap().remove("pattern");
        }
        for (pointer, _) in NULLABLE {
            let definition = root.pointer_mut(pointer).expect("a definition");
            definition["type"] = json!(["string", "null"]);
        }
        for (pointer, format, _) in FORMAT_FIXES {
            let definition = root.pointer_mut(pointer).expect("a definition");
            definition["format"] = json!(format);
        }
        let mut links = Vec::new();
        for (name, resource) in root["definitions"].as_object().expect("definitions") {
            for link in resource["links"].as_array().into_iter().flatten() {
                let rel = link["rel"].as_str().unwrap_or_default();
                let resource_ref = json!({"$ref": format!("#/definitions/{name}")});
                let method = link["method"].as_str().expect("method");
                let href = link["href"].as_str().expect("href");
                let mut request = link.get("schema").cloned().map(closed_request);
                for (m, pattern, field, _) in OFFICIAL_OMISSIONS {
                    if let Some(Value::Object(schema)) = request.as_mut()
                        && *m == method
                        && segments_match(pattern, href)
                        && let Some(Value::Array(required)) = schema.get_mut("required")
                    {
                        required.retain(|name| name != field);
                        // Draft 4 wants at least one name in `required`.
                        if required.is_empty() {
                            schema.remove("required");
                        }
                    }
                }
                let response = match link.get("targetSchema") {
                    Some(target) => target.clone(),
                    None if rel == "instances" => json!({"type": ["array"], "items": resource_ref}),
                    None => resource_ref,
                };
                links.push(Link {
                    method: link["method"].as_str().expect("method").to_string(),
                    href: link["href"].as_str().expect("href").to_string(),
                    title: format!("{name} {}", link["title"].as_str().unwrap_or(rel)),
                    request,
                    response,
                    ranges: link["ranges"].as_array().map(|r| {
                        r.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    }),
                });
            }
        }
        Schema {
            definitions: root["definitions"].take(),
            links,
            validators: Mutex::default(),
        }
    }

    /// Checks one exchange; Err says what breaks the schema.
    pub(super) fn check(&self, exchange: &Exchange) -> Result<(), String> {
        let matches = self.matching_links(exchange);
        if matches.is_empty() {
            return match EXTENSIONS
                .iter()
                .any(|(m, href, _)| *m == exchange.method && segments_match(href, &exchange.path))
            {
                true => check_error_shape(exchange),
                false => Err("no link of the schema, and not a listed extension".into()),
            };
        }
        let mut body = parse_body(&exchange.request_body)?;
        if let Some(Value::Object(fields)) = &mut body {
            for (method, href, field, _) in OFFICIAL_FIELDS {
                if *method == exchange.method && segments_match(href, &exchange.path) {
                    fields.remove(*field);
                }
            }
        }
        // Links sharing an href (release create and rollback): the body picks one.
        let mut failures = Vec::new();
        for link in &matches {
            match self.check_request(link, exchange, body.as_ref()) {
                Ok(()) => return self.check_response(link, exchange),
                Err(e) => failures.push(format!("{}: {e}", link.title)),
            }
        }
        Err(format!("request: {}", failures.join("; ")))
    }

    /// The links for the exchange's method whose href matches, the most specific ones only.
    fn matching_links(&self, exchange: &Exchange) -> Vec<&Link> {
        let candidates: Vec<&Link> = self
            .links
            .iter()
            .filter(|l| l.method == exchange.method && segments_match(&l.href, &exchange.path))
            .collect();
        let best = candidates
            .iter()
            .map(|l| literal_segments(&l.href))
            .max()
            .unwrap_or(0);
        candidates
            .into_iter()
            .filter(|l| literal_segments(&l.href) == best)
            .collect()
    }

    fn check_request(
        &self,
        link: &Link,
        exchange: &Exchange,
        body: Option<&Value>,
    ) -> Result<(), String> {
        if let (Some(range), Some(ranges)) = (&exchange.range, &link.ranges) {
            let field = range.split_whitespace().next().unwrap_or_default();
            if !ranges.iter().any(|r| r == field) {
                return Err(format!("Range {range:?} is not on one of {ranges:?}"));
            }
        }
        match (&link.request, body) {
            (Some(schema), Some(body)) => self.validate(schema, body),
            (Some(_), None) if exchange.method != "GET" && exchange.method != "DELETE" => {
                Err("no request body".into())
            }
            (None, Some(body)) if body != &json!({}) => {
                Err(format!("a body the link does not take: {body}"))
            }
            _ => Ok(()),
        }
    }

    fn check_response(&self, link: &Link, exchange: &Exchange) -> Result<(), String> {
        let Some(body) = &exchange.response_body else {
            return Ok(());
        };
        if exchange.status >= 400 {
            return check_error_shape(exchange);
        }
        let mut body = parse_body(body)?.ok_or("an empty response body")?;
        if link.title.starts_with("add-on ") {
            self.check_expansions(exchange, &mut body)
                .map_err(|e| format!("response {}: {e}", exchange.status))?;
        }
        self.validate(&link.response, &body)
            .map_err(|e| format!("response {}: {e}", exchange.status))
    }

    /// Checks the add-ons' expanded objects (see `EXPANSIONS`) against their definitions and
    /// puts their identities in their place. Without the header nothing is expanded, so the
    /// objects stay as they are, for the link's schema to judge.
    fn check_expansions(&self, exchange: &Exchange, body: &mut Value) -> Result<(), String> {
        let asked: Vec<&str> = exchange
            .expansion
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .collect();
        let addons: Vec<&mut Value> = match body {
            Value::Array(items) => items.iter_mut().collect(),
            other => vec![other],
        };
        for addon in addons {
            for (property, definition, _) in EXPANSIONS {
                if !asked.contains(property) {
                    continue;
                }
                let Some(expanded) = addon.get_mut(*property) else {
                    continue;
                };
                self.validate(&json!({"$ref": definition}), expanded)
                    .map_err(|e| format!("expanded {property}: {e}"))?;
                *expanded = json!({"id": expanded["id"], "name": expanded["name"]});
            }
        }
        Ok(())
    }

    fn validate(&self, schema: &Value, instance: &Value) -> Result<(), String> {
        let key = schema.to_string();
        let validator = self
            .validators
            .lock()
            .unwrap()
            .entry(key)
            .or_insert_with(|| {
                // The sub-schema with the root's definitions beside it, so `#/definitions/..`
                // references resolve.
                let wrapped = json!({"definitions": self.definitions, "allOf": [schema]});
                Arc::new(
                    jsonschema::draft4::options()
                        .should_validate_formats(true)
                        // Formats of the schema that draft 4 does not know: checked too.
                        .with_format("uuid", |s| {
                            s.len() == 36 && uuid::Uuid::try_parse(s).is_ok()
                        })
                        .with_format("date", |s| {
                            let b = s.as_bytes();
                            b.len() == 10
                                && b.iter().enumerate().all(|(i, c)| match i {
                                    4 | 7 => *c == b'-',
                                    _ => c.is_ascii_digit(),
                                })
                        })
                        .build(&wrapped)
                        .expect("the schema compiles"),
                )
            })
            .clone();
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        match errors.is_empty() {
            true => Ok(()),
            false => Err(errors.join("; ")),
        }
    }
}

/// Errors are `{"id": "...", "message": "..."}`, as on Heroku.
fn check_error_shape(exchange: &Exchange) -> Result<(), String> {
    if exchange.status < 400 {
        return Ok(());
    }
    let body = exchange.response_body.as_ref().map(|b| parse_body(b));
    match body {
        Some(Ok(Some(Value::Object(error))))
            if error.get("id").is_some_and(Value::is_string)
                && error.get("message").is_some_and(Value::is_string) =>
        {
            Ok(())
        }
        other => Err(format!(
            "error {} is not {{id, message}}: {other:?}",
            exchange.status
        )),
    }
}

fn parse_body(bytes: &[u8]) -> Result<Option<Value>, String> {
    if bytes.is_empty() {
        return Ok(None);
    }
    serde_json::from_slice(bytes)
        .map(Some)
        .map_err(|e| format!("not JSON ({e}): {}", String::from_utf8_lossy(bytes)))
}

/// The interagent hyper-schema's `strictProperties: true` means every listed property is
/// present and no other is: spelled out here in draft-04 terms, throughout the schema.
fn strict_properties(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("strictProperties") == Some(&Value::Bool(true))
                && let Some(Value::Object(properties)) = map.get("properties")
            {
                let required: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                // Draft 4 wants at least one name in `required`.
                if !required.is_empty() {
                    map.insert("required".into(), Value::Array(required));
                }
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(strict_properties);
        }
        Value::Array(items) => items.iter_mut().for_each(strict_properties),
        _ => {}
    }
}

/// A request may send only the fields its link lists (the schema leaves that open, the API
/// does not take others).
fn closed_request(mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema
        && map.contains_key("properties")
        && !map.contains_key("additionalProperties")
        && !map.contains_key("patternProperties")
    {
        map.insert("additionalProperties".into(), Value::Bool(false));
    }
    schema
}

#[test]
fn hrefs_match_by_segment() {
    let href = "/apps/{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}/config-vars";
    assert!(segments_match(href, "/apps/demo/config-vars"));
    assert!(!segments_match(href, "/apps/demo/releases"));
    assert!(!segments_match(href, "/apps//config-vars"));
    assert!(!segments_match(href, "/apps/demo"));
    assert_eq!(literal_segments(href), 3);
}

#[test]
fn strict_properties_become_required_and_closed() {
    let mut schema = json!({"properties": {"a": {}, "b": {}}, "strictProperties": true});
    strict_properties(&mut schema);
    assert_eq!(schema["required"], json!(["a", "b"]));
    assert_eq!(schema["additionalProperties"], json!(false));
}

/// The checks bite: each of these breaks the schema in one way.
#[test]
fn checker_rejects_what_the_schema_forbids() {
    let schema = Schema::load();
    let app = json!({
        "acm": false, "archived_at": null, "buildpack_provided_description": null,
        "build_stack": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a10", "name": "heroku-24"},
        "created_at": "2024-01-01T00:00:00Z", "generation": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a11", "name": "cedar"},
        "git_url": "https://git.heroku.com/demo.git", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a12",
        "internal_routing": null, "maintenance": false, "name": "demo", "organization": null,
        "owner": {"email": "a@b.c", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a13"},
        "region": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a14", "name": "us"},
        "released_at": null, "repo_size": null, "slug_size": null, "space": null,
        "stack": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a10", "name": "heroku-24"},
        "team": null, "updated_at": "2024-01-01T00:00:00Z", "web_url": "https://demo.herokuapp.com/",
    });
    let exchange = |method: &str, path: &str, request: Value, status: u16, response: &Value| {
        let bytes = |v: &Value| match v {
            Value::Null => Bytes::new(),
            v => Bytes::from(v.to_string()),
        };
        Exchange {
            method: method.into(),
            path: path.into(),
            range: None,
            expansion: None,
            request_body: bytes(&request),
            status,
            response_body: Some(bytes(response)),
        }
    };
    let good = exchange("POST", "/apps", json!({"name": "demo"}), 201, &app);
    assert_eq!(schema.check(&good), Ok(()));

    let mut missing = app.clone();
    missing.as_object_mut().unwrap().remove("acm");
    let mut wrong_type = app.clone();
    wrong_type["region"] = Value::Null;
    let mut extra = app.clone();
    extra["color"] = json!("blue");
    let mut bad_range = good.clone();
    bad_range.range = Some("created_at ..; max=10".into());
    bad_range.method = "GET".into();
    bad_range.request_body = Bytes::new();
    bad_range.response_body = Some(Bytes::from(json!([app]).to_string()));
    let mut not_a_uuid = app.clone();
    not_a_uuid["id"] = json!("app-12");
    let mut not_a_time = app.clone();
    not_a_time["created_at"] = json!("2024-01-01 00:00");

    // Add-ons: `plan` is an identity, or with `Accept-Expansion: plan` the whole plan.
    let (service, plan_id, addon_id) = (
        json!({"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a20", "name": "heroku-postgresql"}),
        "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a21",
        "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a22",
    );
    let price = json!({"cents": 500, "contract": false, "unit": "month"});
    let addon = json!({
        "actions": [], "addon_service": service, "app": {"id": app["id"], "name": "demo"},
        "billed_price": price,
        "billing_entity": {"id": app["id"], "name": "demo", "type": "app"},
        "config_vars": ["DATABASE_URL"], "created_at": "2024-01-01T00:00:00Z", "id": addon_id,
        "name": "postgresql-shiny-12345",
        "plan": {"id": plan_id, "name": "heroku-postgresql:essential-0"},
        "provider_id": addon_id, "state": "provisioned", "updated_at": "2024-01-01T00:00:00Z",
        "web_url": null,
    });
    let mut expanded = addon.clone();
    expanded["plan"] = json!({
        "addon_service": service, "compliance": null, "created_at": "2024-01-01T00:00:00Z",
        "default": true, "description": "Heroku Postgres Essential 0", "human_name": "Essential 0",
        "id": plan_id, "installable_inside_private_network": false,
        "installable_outside_private_network": true, "name": "heroku-postgresql:essential-0",
        "price": price, "space_default": false, "state": "public",
        "updated_at": "2024-01-01T00:00:00Z", "visible": true,
    });
    let addon_path = "/apps/demo/addons/postgresql-shiny-12345";
    let addon_exchange = |response: &Value, expansion: Option<&str>| {
        let mut e = exchange("GET", addon_path, Value::Null, 200, response);
        e.expansion = expansion.map(str::to_string);
        e
    };
    assert_eq!(schema.check(&addon_exchange(&addon, None)), Ok(()));
    assert_eq!(
        schema.check(&addon_exchange(&expanded, Some("plan"))),
        Ok(())
    );
    let mut expanded_extra = expanded.clone();
    expanded_extra["plan"]["color"] = json!("blue");
    let mut null_message = addon.clone();
    null_message["provision_message"] = Value::Null;

    // Domains: the request names sni_endpoint; the hostname is a hostname.
    let domain = json!({
        "acm_status": null, "acm_status_reason": null, "app": {"id": app["id"], "name": "demo"},
        "cname": "www.example.com.herokudns.com", "created_at": "2024-01-01T00:00:00Z",
        "hostname": "www.example.com", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a23",
        "kind": "custom", "sni_endpoint": null, "status": "succeeded",
        "updated_at": "2024-01-01T00:00:00Z",
    });
    let domains = "/apps/demo/domains";
    let add_domain = json!({"hostname": "www.example.com", "sni_endpoint": null});
    assert_eq!(
        schema.check(&exchange("POST", domains, add_domain, 201, &domain)),
        Ok(())
    );
    let mut not_a_hostname = domain.clone();
    not_a_hostname["hostname"] = json!("https://www.example.com/");

    let not_an_error = json!({"error": "nope"});
    for bad in [
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &missing),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &wrong_type),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &extra),
        exchange("POST", "/apps", json!({"nom": "demo"}), 201, &app),
        exchange("POST", "/apps", json!({"name": 7}), 201, &app),
        exchange("GET", "/apps/demo/colors", Value::Null, 200, &app),
        exchange("GET", "/apps/demo", Value::Null, 404, &not_an_error),
        exchange(
            "GET",
            "/log-streams/s3cret",
            Value::Null,
            404,
            &not_an_error,
        ),
        bad_range,
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &not_a_uuid),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &not_a_time),
        // Expanded without asking, or expanded with more than the plan has.
        addon_exchange(&expanded, None),
        addon_exchange(&expanded_extra, Some("plan")),
        addon_exchange(&expanded, Some("addon_service,plan")),
        addon_exchange(&null_message, None),
        exchange(
            "POST",
            domains,
            json!({"hostname": "www.example.com"}),
            201,
            &domain,
        ),
        exchange(
            "POST",
            domains,
            json!({"hostname": "www.example.com", "sni_endpoint": null}),
            201,
            &not_a_hostname,
        ),
        // A build's source_blob has strict properties: all four, or the request is refused.
        exchange(
            "POST",
            "/apps/demo/builds",
            json!({"source_blob": {"url": "https://x.test/s.tgz", "version": null}}),
            201,
            &Value::Null,
        ),
    ] {
        assert!(schema.check(&bad).is_err(), "accepted {bad:#?}");
    }
}
