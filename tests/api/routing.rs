//! Methods and paths: only GET and HEAD are answered (405 with Allow
//! otherwise), trailing slashes redirect once, the docs open without a
//! redirect loop, and no path is an open redirect.

use axum::http::Method;

use crate::helpers::{get, request};

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
async fn trailing_slashes_redirect_once_and_docs_open_without_a_loop() {
    let answer = get("/talent/cities/?limit=1").await;
    assert_eq!(answer.status, 308);
    assert_eq!(answer.header("location"), Some("../cities?limit=1"));
    assert_eq!(get("/talent/cities?limit=1").await.status, 200);
    let docs = get("/docs").await;
    assert_eq!(docs.status, 303);
    assert_eq!(docs.header("location"), Some("docs/"));
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
async fn paths_holding_a_backslash_are_refused_and_no_redirect_leaves_the_host() {
    for path in [
        "/\\evil.example/",
        "/%5Cevil.example/",
        "/%5cevil.example/",
        "/\\/evil.example/",
        "/talent\\cities",
        "/talent%5Ccities/",
        "/docs/%5C..%5Cswagger-ui.css",
    ] {
        let answer = get(path).await;
        answer.assert_problem(400, "invalid-path");
        assert_eq!(answer.header("location"), None, "{path}");
    }
    for (path, location) in [
        // Relative (they hold under any base path), resolving to the path
        // without its slashes on this host.
        ("/talent/cities/", Some("../cities")),
        ("/talent/cities//", Some("../../cities")),
        ("/%2F%2Fevil.example/", Some("../%2F%2Fevil.example")),
        ("//evil.example/", None),
        ("///evil.example//", None),
    ] {
        let answer = get(path).await;
        assert_eq!(answer.header("location"), location, "{path}");
    }
}
