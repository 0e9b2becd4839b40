//! HTTP behaviour of a well-run public API, through the real router with all
//! middleware: conditional requests, caching headers, compression, CORS,
//! methods, paths, limits, timeouts, rate limiting and security headers.

mod common;

use std::{io::Read, net::SocketAddr, time::Duration};

use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{Method, Request},
    routing,
};
use common::{Answer, catalog, get, get_with, send};
use http_body_util::BodyExt;
use talent_trends_api::{AppState, app, config::ServerArgs, http::layers};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

async fn request(method: Method, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    send(builder.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn successful_answers_carry_a_strong_etag_last_modified_and_cache_control() {
    for uri in [
        "/talent/cities",
        "/reports",
        "/openapi.json",
        "/",
        "/docs/swagger-ui.css",
        "/problems",
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, 200, "{uri}");
        let etag = answer.header("etag").unwrap_or_else(|| panic!("{uri} has no ETag"));
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "{uri}: strong ETag, got {etag}"
        );
        assert_eq!(answer.header("cache-control"), Some("public, max-age=3600"), "{uri}");
        assert!(answer.header("vary").is_some(), "{uri}");
    }
    let data = get("/talent/cities").await;
    assert_eq!(data.header("last-modified"), Some("Sun, 29 Nov 2026 16:00:00 GMT"));
    let vary: Vec<&str> = data
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(vary, ["accept", "accept-encoding"]);
}

#[tokio::test]
async fn etags_differ_between_representations_and_stay_the_same_for_the_same_one() {
    let json = get("/talent/cities").await;
    let again = get("/talent/cities").await;
    let csv = get("/talent/cities?format=csv").await;
    let en = get("/talent/cities?lang=en").await;
    assert_eq!(json.header("etag"), again.header("etag"));
    assert_ne!(json.header("etag"), csv.header("etag"));
    assert_ne!(json.header("etag"), en.header("etag"));
    let gzip = get_with("/talent/cities", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    let identity = json.header("etag").unwrap();
    assert_eq!(
        gzip.header("etag").unwrap(),
        format!("{}-gzip\"", identity.trim_end_matches('"'))
    );
    // Every answer's encoded tags derive from its identity tag, not from
    // the compressor's output.
    for uri in ["/reports", "/openapi.json"] {
        let plain = get(uri).await.header("etag").unwrap().to_owned();
        let zipped = get_with(uri, &[("accept-encoding", "br")]).await;
        assert_eq!(
            zipped.header("etag").unwrap(),
            format!("{}-br\"", plain.trim_end_matches('"')),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn if_none_match_answers_304_without_a_body() {
    let first = get("/talent/cities").await;
    let etag = first.header("etag").unwrap().to_owned();
    for candidates in [
        etag.clone(),
        format!("\"nope\", {etag}"),
        format!("W/{etag}"),
        "*".to_owned(),
    ] {
        let answer = get_with("/talent/cities", &[("if-none-match", &candidates)]).await;
        assert_eq!(answer.status, 304, "If-None-Match: {candidates}");
        assert!(answer.body.is_empty());
        assert_eq!(answer.header("etag"), Some(etag.as_str()));
        assert_eq!(answer.header("cache-control"), Some("public, max-age=3600"));
        assert!(answer.header("content-type").is_none());
        assert!(answer.header("content-length").is_none(), "no Content-Length on a 304");
    }
    let stale = get_with("/talent/cities", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(stale.status, 200);
    // The identity tag does not validate the gzip representation.
    let gzip = get_with(
        "/talent/cities",
        &[("if-none-match", &etag), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(gzip.status, 200);
    let gzip_tag = gzip.header("etag").unwrap().to_owned();
    let revalidated = get_with(
        "/talent/cities",
        &[("if-none-match", &gzip_tag), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(revalidated.status, 304);
}

#[tokio::test]
async fn if_modified_since_answers_304_unless_the_data_is_newer() {
    let same = get_with(
        "/talent/cities",
        &[("if-modified-since", "Sun, 29 Nov 2026 16:00:00 GMT")],
    )
    .await;
    assert_eq!(same.status, 304);
    let later = get_with("/salaries", &[("if-modified-since", "Mon, 30 Nov 2026 00:00:00 GMT")]).await;
    assert_eq!(later.status, 304);
    let earlier = get_with("/salaries", &[("if-modified-since", "Sat, 28 Nov 2026 12:00:00 GMT")]).await;
    assert_eq!(earlier.status, 200);
    // If-None-Match wins over If-Modified-Since.
    let both = get_with(
        "/salaries",
        &[
            ("if-modified-since", "Mon, 30 Nov 2026 00:00:00 GMT"),
            ("if-none-match", "\"other\""),
        ],
    )
    .await;
    assert_eq!(both.status, 200);
}

#[tokio::test]
async fn gzip_brotli_and_zstd_bodies_decode_to_exactly_the_identity_body() {
    let identity = get_with("/applications?limit=1000", &[("accept-encoding", "identity")]).await;
    assert!(identity.header("content-encoding").is_none());
    assert_eq!(
        identity.header("content-length"),
        Some(identity.body.len().to_string().as_str())
    );
    for encoding in ["gzip", "br", "zstd"] {
        let answer = get_with("/applications?limit=1000", &[("accept-encoding", encoding)]).await;
        assert_eq!(answer.header("content-encoding"), Some(encoding));
        let mut decoded = Vec::new();
        match encoding {
            "gzip" => {
                flate2::read::GzDecoder::new(&answer.body[..])
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            "br" => {
                brotli::Decompressor::new(&answer.body[..], 4096)
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            _ => decoded = zstd::decode_all(&answer.body[..]).unwrap(),
        }
        assert_eq!(decoded, identity.body, "{encoding}");
        assert!(answer.body.len() < identity.body.len(), "{encoding} is smaller");
    }
}

#[tokio::test]
async fn head_answers_the_same_headers_as_get_and_no_body() {
    for uri in ["/talent/cities", "/reports", "/heat-index?format=csv"] {
        let full = get(uri).await;
        let head = request(Method::HEAD, uri, &[]).await;
        assert_eq!(head.status, 200);
        assert!(head.body.is_empty());
        for name in [
            "content-type",
            "content-length",
            "etag",
            "cache-control",
            "last-modified",
            "vary",
        ] {
            assert_eq!(head.header(name), full.header(name), "{uri}: {name}");
        }
        assert_eq!(head.header("content-length").unwrap(), full.body.len().to_string());
    }
}

#[tokio::test]
async fn other_methods_get_405_with_allow_and_a_problem_body() {
    for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
        for uri in ["/talent/cities", "/reports", "/reports/maimai-aigc-talent-2023"] {
            let answer = request(method.clone(), uri, &[]).await;
            answer.assert_problem(405, "method-not-allowed");
            assert_eq!(answer.header("allow"), Some("GET,HEAD"), "{method} {uri}");
        }
    }
}

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
            service.oneshot(request).await.unwrap()
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

#[tokio::test]
async fn trailing_slashes_redirect_once_and_docs_open_without_a_loop() {
    let answer = get("/talent/cities/?limit=1").await;
    assert_eq!(answer.status, 308);
    assert_eq!(answer.header("location"), Some("/talent/cities?limit=1"));
    assert_eq!(get("/talent/cities?limit=1").await.status, 200);
    let docs = get("/docs").await;
    assert_eq!(docs.status, 303);
    assert_eq!(docs.header("location"), Some("/docs/"));
    let docs = get("/docs/").await;
    assert_eq!(docs.status, 200);
    assert!(
        docs.header("content-security-policy")
            .unwrap()
            .contains("script-src 'self'")
    );
    // Never an open redirect to another host.
    get("//evil.example/").await.assert_problem(404, "not-found");
}

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
async fn security_headers_are_set_and_no_server_banner_is_sent() {
    let answer = get("/talent/cities").await;
    assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
    assert!(
        answer
            .header("content-security-policy")
            .unwrap()
            .starts_with("default-src 'none'")
    );
    assert!(answer.header("server").is_none());
    let error = get("/nope").await;
    assert_eq!(error.header("x-content-type-options"), Some("nosniff"));
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
    let service = layers::apply(router, &AppState::with_config(common::catalog(), config));
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
