//! The host a request names (issue 15, item 1; RFC 9112 §3.2): an HTTP/1.1
//! request needs exactly one valid `Host`, else 400 `invalid-host`, before
//! any answer (replayed ones included) is given. In process and through the
//! real binary's HTTP/1.1 parser.

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::helpers::{Answer, Instance, service};

async fn raw_send(request: Request<Body>) -> Answer {
    let response = service().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

#[tokio::test]
async fn an_http_1_1_request_without_exactly_one_valid_host_is_a_400_problem() {
    let none = raw_send(Request::get("/talent/cities").body(Body::empty()).unwrap()).await;
    let problem = none.assert_problem(400, "invalid-host");
    assert!(problem["detail"].as_str().unwrap().contains("Host"), "{problem}");
    assert_eq!(none.header("access-control-allow-origin"), Some("*"));
    assert_eq!(none.header("cache-control"), Some("no-store"));

    let two = Request::get("/talent/cities")
        .header("host", "api.test")
        .header("host", "api.test")
        .body(Body::empty())
        .unwrap();
    raw_send(two).await.assert_problem(400, "invalid-host");

    for bad in [
        "a b/c",
        "user@api.test",
        "api.test/path",
        "[::1",
        "api.test:80x",
        "api.test:80:80",
        "",
        ":8080",
        "api.test:99999999",
    ] {
        let request = Request::get("/talent/cities")
            .header("host", bad)
            .body(Body::empty())
            .unwrap();
        raw_send(request).await.assert_problem(400, "invalid-host");
    }
    for good in [
        "api.test",
        "api.test:8080",
        "127.0.0.1:80",
        "[::1]:8080",
        "xn--fiq228c.example",
    ] {
        let request = Request::get("/talent/cities")
            .header("host", good)
            .body(Body::empty())
            .unwrap();
        assert_eq!(raw_send(request).await.status, 200, "{good}");
    }
}

#[tokio::test]
async fn a_host_that_disagrees_with_an_absolute_target_is_refused() {
    let agree = Request::get("http://api.test/talent/cities")
        .header("host", "API.test")
        .body(Body::empty())
        .unwrap();
    assert_eq!(raw_send(agree).await.status, 200);
    let disagree = Request::get("http://api.test/talent/cities")
        .header("host", "evil.example")
        .body(Body::empty())
        .unwrap();
    raw_send(disagree).await.assert_problem(400, "invalid-host");
    // An absolute-form target does not stand in for Host in HTTP/1.1.
    let no_host = Request::get("http://api.test/talent/cities")
        .body(Body::empty())
        .unwrap();
    raw_send(no_host).await.assert_problem(400, "invalid-host");
}

#[tokio::test]
async fn http_1_0_may_omit_host_and_http_2_uses_its_authority() {
    let old = Request::get("/talent/cities")
        .version(axum::http::Version::HTTP_10)
        .body(Body::empty())
        .unwrap();
    assert_eq!(raw_send(old).await.status, 200);
    let h2 = Request::get("http://api.test/talent/cities")
        .version(axum::http::Version::HTTP_2)
        .body(Body::empty())
        .unwrap();
    assert_eq!(raw_send(h2).await.status, 200);
    let h2_without_authority = Request::get("/talent/cities")
        .version(axum::http::Version::HTTP_2)
        .body(Body::empty())
        .unwrap();
    raw_send(h2_without_authority).await.assert_problem(400, "invalid-host");
}

/// Sends `raw` on a new connection and returns the first answer's status
/// line and body.
fn exchange(addr: &str, raw: &[u8]) -> (String, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    stream.write_all(raw).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (head.lines().next().unwrap_or("").to_owned(), body.to_owned())
}

#[test]
fn the_real_server_refuses_missing_repeated_and_invalid_hosts_even_for_replayed_answers() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);
    let addr = &instance.addr;
    // Warm the replay cache with a valid request first.
    let (ok, _) = exchange(
        addr,
        b"GET /talent/cities HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n",
    );
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    for raw in [
        &b"GET /talent/cities HTTP/1.1\r\nConnection: close\r\n\r\n"[..],
        b"GET /talent/cities HTTP/1.1\r\nHost: api.test\r\nHost: api.test\r\nConnection: close\r\n\r\n",
        b"GET /talent/cities HTTP/1.1\r\nHost: a b/c\r\nConnection: close\r\n\r\n",
        b"GET http://api.test/talent/cities HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    ] {
        let (status, body) = exchange(addr, raw);
        assert!(
            status.starts_with("HTTP/1.1 400"),
            "{status} for {}",
            String::from_utf8_lossy(raw)
        );
        assert!(body.contains("/problems/invalid-host"), "{body}");
    }
    let (old, _) = exchange(addr, b"GET /talent/cities HTTP/1.0\r\n\r\n");
    assert!(
        old.starts_with("HTTP/1.1 200") || old.starts_with("HTTP/1.0 200"),
        "{old}"
    );
}
