//! Prometheus metrics at `/metrics`: requests by route and status, latency,
//! the process and the data version.

use talent_trends_api::AppState;

use crate::helpers::{call, catalog};

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_and_include_the_process() {
    let state = AppState::new(catalog());
    for uri in ["/talent/cities", "/talent/cities", "/talent/cities?limit=-1", "/nope"] {
        call(&state, uri).await;
    }
    let metrics = call(&state, "/metrics").await;
    assert_eq!(metrics.status, 200);
    assert!(
        metrics
            .header("content-type")
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = metrics.text();
    for expected in [
        r#"http_requests_total{method="GET",route="/talent/cities",status="200"} 2"#,
        r#"http_requests_total{method="GET",route="/talent/cities",status="400"} 1"#,
        r#"http_requests_total{method="GET",route="unmatched",status="404"} 1"#,
        r#"http_request_duration_seconds_bucket{route="/talent/cities",le="0.01"}"#,
        "process_resident_memory_bytes",
        "process_cpu_seconds_total",
        &format!(r#"talent_data_info{{data_version="{}"}} 1"#, catalog().data_version),
    ] {
        assert!(text.contains(expected), "missing {expected} in\n{text}");
    }
}

#[tokio::test]
async fn methods_outside_the_standard_set_share_the_label_other() {
    use axum::http::Method;
    let state = AppState::new(catalog());
    for i in 0..50 {
        let method = Method::from_bytes(format!("M{i}X").as_bytes()).unwrap();
        let request = axum::http::Request::builder()
            .method(method)
            .uri("/talent/cities")
            .header("host", crate::helpers::HOST)
            .body(axum::body::Body::empty())
            .unwrap();
        tower::ServiceExt::oneshot(talent_trends_api::app(state.clone()), request)
            .await
            .unwrap();
    }
    let text = call(&state, "/metrics").await.text();
    assert!(
        text.contains(r#"http_requests_total{method="other",route="unmatched",status="405"} 50"#),
        "{text}"
    );
    assert!(!text.contains("M1X"));
    for name in [
        "talent_http_refused_total",
        "talent_log_lines_suppressed_total",
        "talent_http_connections",
    ] {
        assert!(text.contains(&format!("# TYPE {name} ")), "{name}");
    }
}
