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

use crate::helpers::{catalog, get, request, send};

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
        .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), 504);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["type"], "/problems/timeout");
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after_when_on() {
    let config = ServerArgs {
        rate_limit: 1,
        rate_limit_burst: 2,
        ..ServerArgs::default()
    };
    // The server loop gives every request its peer address; do the same here.
    let service = tower::ServiceBuilder::new()
        .map_request(|mut request: Request<Body>| {
            request
                .extensions_mut()
                .insert(ConnectInfo(SocketAddr::from(([203, 0, 113, 7], 4000))));
            request
        })
        .service(app(AppState::with_config(catalog(), config)));
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
    assert_eq!(statuses, [200, 200, 429, 429]);
    let limited = last.unwrap();
    assert!(limited.headers().get("retry-after").is_some());
    assert_eq!(limited.headers()["content-type"], "application/problem+json");
    let body = limited.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["type"], "/problems/rate-limited");
    // Off by default.
    for _ in 0..5 {
        assert_eq!(get("/talent/cities").await.status, 200);
    }
}

#[tokio::test]
async fn a_client_that_sends_headers_too_slowly_is_disconnected() {
    use talent_trends_api::http::server::{ServerOptions, serve};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = ServerOptions {
        header_read_timeout: Duration::from_millis(500),
        shutdown_grace: Duration::from_secs(1),
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(listener, app(AppState::new(catalog())), options, async {
        let _ = stopped.await;
    }));
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
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
