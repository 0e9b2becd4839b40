//! The OpenAPI document and Swagger UI. The committed document
//! (openapi/openapi.json) is the one the code generates and the service
//! serves; regenerate it with `cargo run -- openapi > openapi/openapi.json`.

use talent_trends_api::{
    data::kinds::KINDS,
    http::openapi_document,
    query::options::{Endpoint, View},
};

use crate::helpers::{catalog, chart_path, get};

#[test]
fn committed_openapi_document_matches_the_code() {
    let generated = openapi_document(&catalog()).to_pretty_json().unwrap();
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
        .expect("openapi/openapi.json exists");
    assert!(
        generated.trim_end() == committed.trim_end(),
        "openapi/openapi.json is out of date: run `cargo run -- openapi > openapi/openapi.json` and commit it"
    );
}

#[tokio::test]
async fn served_openapi_document_is_3_1_and_lists_every_endpoint() {
    let answer = get("/openapi.json").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let doc = answer.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/",
        "/reports",
        "/reports/{report_id}",
        "/openapi.json",
        "/problems",
        "/problems/{slug}",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    for endpoint in Endpoint::all() {
        let path = endpoint.path();
        let op = &paths[&path]["get"];
        assert!(op.is_object(), "{path} missing");
        for status in ["200", "304", "400", "404", "429", "500", "503"] {
            assert!(op["responses"][status].is_object(), "{path} {status}");
        }
        // One media type per answer, so generated clients need no casts.
        let media: Vec<&String> = op["responses"]["200"]["content"].as_object().unwrap().keys().collect();
        assert_eq!(media, [endpoint.representation.media_type()], "{path}");
        assert!(op["summary"].is_string() && op["description"].is_string(), "{path}");
        let params: Vec<&str> = op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        for option in endpoint.representation.options() {
            assert!(params.contains(option), "{path}: {option}");
        }
        for earlier in ["format", "shape", "compare"] {
            assert!(!params.contains(&earlier), "{path}: {earlier}");
        }
        assert_eq!(
            params.contains(&"fields"),
            endpoint.representation.options().contains(&"fields"),
            "{path}"
        );
        if endpoint.view == View::Table {
            for filter in endpoint.kind.filters {
                assert!(params.contains(&filter.param), "{path}: {}", filter.param);
            }
        } else {
            assert!(params.contains(&"first") && params.contains(&"second"), "{path}");
        }
        assert!(op["parameters"].as_array().unwrap().iter().all(|p| p["in"] == "query"));
        let report = op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "report")
            .unwrap();
        assert!(report["schema"]["enum"].is_null(), "{path}: report is an open string");
        assert!(report["schema"]["pattern"].is_string(), "{path}");
    }
    for kind in KINDS {
        let row = &doc["components"]["schemas"][kind.row_schema_name()];
        let required: Vec<&str> = row["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        for field in kind.fields {
            assert!(row["properties"][field.name].is_object(), "{}: {}", kind.id, field.name);
            assert!(required.contains(&field.name), "{}: {} required", kind.id, field.name);
            let nullable = row["properties"][field.name]["type"].as_array().is_some();
            assert_eq!(
                nullable, field.nullable,
                "{}: {} nullable only where null occurs",
                kind.id, field.name
            );
        }
    }
    assert_eq!(doc["servers"][0]["url"], ".");
    assert_eq!(doc["security"], serde_json::json!([]));
    assert!(doc["info"]["contact"]["name"].is_string());
    assert_eq!(doc["info"]["license"]["identifier"], "MIT OR Apache-2.0");
    let problem = &doc["components"]["schemas"]["Problem"]["properties"];
    for field in ["type", "title", "status", "detail"] {
        assert!(problem[field].is_object());
    }
}

#[tokio::test]
async fn swagger_ui_is_served_with_its_assets_from_the_binary() {
    let page = get("/docs/").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("swagger-ui"), "{}", page.text());
    let config = get("/docs/swagger-initializer.js").await;
    assert_eq!(config.status, 200);
    assert!(config.text().contains("/openapi.json"));
    let bundle = get("/docs/swagger-ui-bundle.js").await;
    assert_eq!(bundle.status, 200);
    assert!(bundle.body.len() > 100_000);
}

#[test]
fn every_reference_in_the_document_resolves() {
    let doc: serde_json::Value = serde_json::from_str(&openapi_document(&catalog()).to_pretty_json().unwrap()).unwrap();
    fn refs(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(target)) = map.get("$ref") {
                    out.push(target.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    refs(&doc, &mut found);
    assert!(found.len() > 50);
    for target in found {
        let pointer = target.strip_prefix('#').expect("local reference");
        assert!(doc.pointer(pointer).is_some(), "{target} does not resolve");
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_charts_and_the_dashboard() {
    let doc = get("/openapi.json").await.json();
    for kind in KINDS {
        let path = chart_path(kind);
        let op = &doc["paths"][&path]["get"];
        assert!(op.is_object(), "{path} missing");
        assert!(op["responses"]["200"]["content"]["image/svg+xml"].is_object(), "{path}");
        for status in ["400", "404", "304"] {
            assert!(op["responses"][status].is_object(), "{path} {status}");
        }
        let params = op["parameters"].as_array().unwrap();
        let param = |name: &str| params.iter().find(|p| p["name"] == name);
        for name in ["report", "lang", "sort", "limit", "offset", "width", "height"] {
            assert!(param(name).is_some(), "{path}: {name}");
        }
        for name in ["format", "shape", "fields"] {
            assert!(param(name).is_none(), "{path}: {name} does not apply to charts");
        }
        for filter in kind.filters {
            assert!(param(filter.param).is_some(), "{path}: {}", filter.param);
        }
        let width = &param("width").unwrap()["schema"];
        assert_eq!(
            (width["minimum"].as_u64(), width["maximum"].as_u64()),
            (Some(320), Some(2000))
        );
        let height = &param("height").unwrap()["schema"];
        assert_eq!(
            (height["minimum"].as_u64(), height["maximum"].as_u64()),
            (Some(240), Some(2000))
        );
    }
    let index = &doc["paths"]["/"]["get"]["responses"]["200"]["content"];
    assert!(
        index["application/json"].is_object() && index["text/html"].is_object(),
        "{index}"
    );
}
