//! Helpers shared by the integration tests: a real, seeded SQLite database in
//! a temporary folder, the real router, and request shortcuts.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use axum::{
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use serde_json::Value;
use talent_trends_api::{AppState, app, data::catalog::Catalog, startup};
use tower::ServiceExt;

/// The catalogue loaded from a freshly created and seeded database (once per
/// test binary; the database lives in a temporary folder).
pub fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            std::thread::spawn(|| {
                let dir = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}", dir.path().join("talent.db").display());
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                let (catalog, _database) = runtime
                    .block_on(startup::load(&url))
                    .expect("database prepared and loaded");
                Arc::new(catalog)
            })
            .join()
            .expect("loading thread")
        })
        .clone()
}

/// The whole service over the seeded database.
pub fn service() -> talent_trends_api::http::Service {
    app(AppState::new(catalog()))
}

/// An answer: status, headers and body.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("body is UTF-8")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().expect("header is ASCII"))
    }

    /// The `data` array of a JSON envelope.
    pub fn data(&self) -> Vec<Value> {
        self.json()["data"].as_array().cloned().expect("data is an array")
    }

    /// Asserts a problem+json answer with this status and type slug.
    pub fn assert_problem(&self, status: u16, slug: &str) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.header("content-type"), Some("application/problem+json"));
        let problem = self.json();
        assert_eq!(problem["type"], format!("/problems/{slug}"), "{problem}");
        assert_eq!(problem["status"], status);
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(problem["detail"].as_str().is_some_and(|t| !t.is_empty()));
        problem
    }
}

pub async fn send(request: Request<Body>) -> Answer {
    let response = service().oneshot(request).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
    Answer { status, headers, body }
}

pub async fn get(uri: &str) -> Answer {
    send(Request::builder().uri(uri).body(Body::empty()).unwrap()).await
}

pub async fn get_with(uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().method(Method::GET).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(request.body(Body::empty()).unwrap()).await
}

/// `data` of a dataset answer, asserting a 200 JSON envelope.
pub async fn rows(uri: &str) -> Vec<Value> {
    let answer = get(uri).await;
    assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.text());
    assert_eq!(answer.header("content-type"), Some("application/json"));
    answer.data()
}

/// The exact JSON text of every number following `"field":` in a body, in
/// order (`"5.80"` stays `"5.80"`, which a parsed `Value` would not show).
pub fn numbers(body: &str, field: &str) -> Vec<String> {
    let key = format!("\"{field}\":");
    body.match_indices(&key)
        .map(|(at, _)| {
            body[at + key.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E' | '+'))
                .collect()
        })
        .collect()
}

/// A figure of a row in hundredths, for exact arithmetic on two-decimal
/// shares (`31.42` -> 3142).
pub fn hundredths(row: &Value, field: &str) -> i64 {
    let value = row[field]
        .as_f64()
        .unwrap_or_else(|| panic!("{field} is not a number in {row}"));
    (value * 100.0).round() as i64
}

/// Labels (`field`) of rows, in order.
pub fn labels(rows: &[Value], field: &str) -> Vec<String> {
    rows.iter()
        .map(|r| r[field].as_str().expect("text field").to_owned())
        .collect()
}

/// The row whose `field` equals `value`.
pub fn find<'a>(rows: &'a [Value], field: &str, value: &str) -> &'a Value {
    rows.iter()
        .find(|r| r[field] == value)
        .unwrap_or_else(|| panic!("no row with {field} = {value}"))
}
