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
        r#"http_request_duration_seconds_bucket{method="GET",route="/talent/cities",status="200",le="0.01"}"#,
        "process_resident_memory_bytes",
        "process_cpu_seconds_total",
        &format!(r#"talent_data_info{{data_version="{}"}} 1"#, catalog().data_version),
    ] {
        assert!(text.contains(expected), "missing {expected} in\n{text}");
    }
}
