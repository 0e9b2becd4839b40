//! Limits that protect the service: request bodies, header sizes and counts,
//! URI length, the request timeout, the rate limit, and clients that send
//! their headers too slowly.

use std::{net::SocketAddr, time::Duration};

use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{Method, Request},
    routing,
};
use http_body_util::BodyExt;
use talent_trends_api::{AppState, app, config::ServerArgs, http::layers};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

use crate::helpers::{catalog, get, request, send, with_host};

#[tokio::test]
async fn request_bodies_and_oversized_headers_are_refused() {
    let with_body = send(
        Request::get("/talent/cities")
            .header("content-length", "5")
            .body(Body::from("hello"))
            .unwrap(),
    )
    .await;
    with_body.assert_problem(413, "payload-too-large");
    let big = "a".repeat(20_000);
    request(Method::GET, "/talent/cities", &[("x-padding", &big)])
        .await
        .assert_problem(431, "headers-too-large");
    let names: Vec<String> = (0..101).map(|i| format!("x-h{i}")).collect();
    let many: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "v")).collect();
    request(Method::GET, "/talent/cities", &many)
        .await
        .assert_problem(431, "headers-too-large");
    let long = format!("/talent/cities?city={}", "a".repeat(9000));
    let answer = get(&long).await;
    answer.assert_problem(414, "uri-too-long");
    assert!(answer.body.len() < 1024);
}

#[tokio::test]
async fn a_slow_handler_times_out_with_a_504_problem() {
    let config = ServerArgs {
        request_timeout: 1,
        ..ServerArgs::default()
    };
    let router = Router::new().route(
        "/slow",
        routing::get(|| async {
            tokio::time::sleep(Duration::from_secs(5)).await;
            "late"
        }),
    );
    let service = layers::apply(router, &AppState::with_config(catalog(), config));
    let response = service
        .oneshot(with_host(Request::get("/slow").body(Body::empty()).unwrap()))
        .await
        .unwrap();
    assert_eq!(response.status(), 504);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["type"], "/problems/timeout");
}

/// The service with a client address on every request, as the server loop
/// gives it.
fn from_client(
    config: ServerArgs,
    client: [u8; 4],
) -> impl tower::Service<Request<Body>, Response = axum::response::Response, Error = std::convert::Infallible, Future: Send>
+ Clone {
    tower::ServiceBuilder::new()
        .map_request(move |mut request: Request<Body>| {
            request
                .extensions_mut()
                .insert(ConnectInfo(SocketAddr::from((client, 4000))));
            with_host(request)
        })
        .service(app(AppState::with_config(catalog(), config)))
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_a_retry_after_of_at_least_a_second() {
    let config = ServerArgs {
        rate_limit: 1,
        rate_limit_burst: 2,
        ..ServerArgs::default()
    };
    let service = from_client(config, [203, 0, 113, 7]);
    let mut statuses = Vec::new();
    let mut last = None;
    for _ in 0..4 {
        let response = service
            .clone()
            .oneshot(Request::get("/talent/cities").body(Body::empty()).unwrap())
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
        last = Some(response);
    }
    // Replayed answers count too: the limit is checked before the replay cache.
    assert_eq!(statuses, [200, 200, 429, 429]);
    let limited = last.unwrap();
    let retry_after: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert_eq!(retry_after, 1, "1/s rounds up to 1 s, never 0");
    assert_eq!(limited.headers()["content-type"], "application/problem+json");
    assert_eq!(
        limited.headers()["access-control-allow-origin"],
        "*",
        "CORS headers on the edge's answers too"
    );
    assert_eq!(limited.headers()["cache-control"], "no-store");
    let body = limited.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["type"], "/problems/rate-limited");
    assert_eq!(problem["status"], 429);
    // Another client has its own allowance.
    let other = from_client(
        ServerArgs {
            rate_limit: 1,
            rate_limit_burst: 2,
            ..ServerArgs::default()
        },
        [203, 0, 113, 8],
    );
    let fresh = other
        .oneshot(Request::get("/talent/cities").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(fresh.status(), 200);
}

#[tokio::test]
async fn probes_and_metrics_are_limited_apart_from_the_data() {
    let config = ServerArgs {
        rate_limit: 1,
        rate_limit_burst: 1,
        ..ServerArgs::default()
    };
    let service = from_client(config, [198, 51, 100, 4]);
    let status = |path: &'static str| {
        let service = service.clone();
        async move {
            service
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(status("/talent/cities").await, 200);
    assert_eq!(status("/talent/cities").await, 429);
    // A client over its limit on data still reaches the probes, whose own
    // allowance is ten times as large...
    let mut probes = Vec::new();
    for path in ["/health", "/ready", "/metrics"].repeat(4) {
        probes.push(status(path).await);
    }
    assert_eq!(probes[..10], [200; 10]);
    // ...and limited too.
    assert_eq!(probes[10..], [429, 429]);
}

#[tokio::test]
async fn the_rate_limit_is_on_by_default_and_zero_turns_it_off() {
    let defaults = ServerArgs::default();
    assert_eq!((defaults.rate_limit, defaults.rate_limit_burst), (50, 100));
    let on = from_client(ServerArgs::default(), [192, 0, 2, 1]);
    let mut ok = 0;
    for _ in 0..110 {
        let response = on
            .clone()
            .oneshot(Request::get("/talent/cities").body(Body::empty()).unwrap())
            .await
            .unwrap();
        ok += usize::from(response.status() == 200);
    }
    assert!(
        (100..=105).contains(&ok),
        "{ok} of 110 quick requests answered 200 (burst 100)"
    );
    let probe = on
        .clone()
        .oneshot(Request::get("/health").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(probe.status(), 200, "the probes' allowance is untouched");
    let off = from_client(
        ServerArgs {
            rate_limit: 0,
            ..ServerArgs::default()
        },
        [192, 0, 2, 2],
    );
    for _ in 0..150 {
        let response = off
            .clone()
            .oneshot(Request::get("/talent/cities").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
}

#[tokio::test]
async fn a_client_that_sends_headers_too_slowly_is_disconnected() {
    use talent_trends_api::http::server::{Phase, ServerOptions, serve};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = ServerOptions {
        header_read_timeout: Duration::from_millis(500),
        idle_timeout: Duration::from_secs(30),
        max_connections: 64,
        max_connections_per_client: 0,
        shutdown_grace: Duration::from_secs(1),
    };
    let state = AppState::new(catalog());
    let (phase, phases) = tokio::sync::watch::channel(Phase::Serving);
    let server = tokio::spawn(serve(listener, app(state.clone()), state, options, phases));
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /talent/cities HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(3), stream.read_to_end(&mut buffer)).await;
    assert!(
        read.is_ok(),
        "the server closed the connection within the header read timeout"
    );
    assert!(
        !String::from_utf8_lossy(&buffer).contains("408"),
        "no empty 408: {buffer:?}"
    );
    let _ = phase.send(Phase::Draining);
    server.await.unwrap().unwrap();
}
