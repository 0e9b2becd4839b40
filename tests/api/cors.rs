//! Cross-origin requests: browser preflights, CORS headers on errors too, and
//! an allow-list of origins when one is configured.

use axum::{
    body::Body,
    http::{Method, Request},
};
use talent_trends_api::{AppState, app, config::ServerArgs};
use tower::ServiceExt;

use crate::helpers::{catalog, get_with, request, with_host};

#[tokio::test]
async fn a_browser_preflight_then_get_from_another_origin_succeeds() {
    let preflight = request(
        Method::OPTIONS,
        "/talent/cities",
        &[
            ("origin", "https://dashboard.example"),
            ("access-control-request-method", "GET"),
            ("access-control-request-headers", "if-none-match"),
        ],
    )
    .await;
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert!(
        preflight
            .header("access-control-allow-methods")
            .unwrap()
            .contains("GET")
    );
    assert!(
        preflight
            .header("access-control-allow-headers")
            .unwrap()
            .contains("if-none-match")
    );
    let answer = get_with("/talent/cities", &[("origin", "https://dashboard.example")]).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    assert!(answer.header("access-control-expose-headers").unwrap().contains("etag"));
}

#[tokio::test]
async fn error_answers_carry_cors_headers_so_browsers_can_read_them() {
    let answer = get_with("/talent/cities?limit=-1", &[("origin", "https://dashboard.example")]).await;
    answer.assert_problem(400, "invalid-parameter");
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let missing = get_with("/nope", &[("origin", "https://dashboard.example")]).await;
    missing.assert_problem(404, "not-found");
    assert_eq!(missing.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn a_cors_allow_list_admits_listed_origins_only() {
    let config = ServerArgs {
        cors_origins: vec!["https://allowed.example".to_owned()],
        ..ServerArgs::default()
    };
    let service = app(AppState::with_config(catalog(), config));
    let call = |origin: &'static str| {
        let service = service.clone();
        async move {
            let request = Request::get("/talent/cities")
                .header("origin", origin)
                .body(Body::empty())
                .unwrap();
            service.oneshot(with_host(request)).await.unwrap()
        }
    };
    let allowed = call("https://allowed.example").await;
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://allowed.example"
    );
    assert!(
        allowed
            .headers()
            .get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap().contains("origin"))
    );
    let other = call("https://other.example").await;
    assert!(other.headers().get("access-control-allow-origin").is_none());
}
