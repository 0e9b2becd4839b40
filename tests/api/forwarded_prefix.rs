//! `X-Forwarded-Prefix` from a trusted proxy (`--trusted-proxies`): the
//! prefix becomes the request's base path, as `--base-path` would be, for
//! that request only. From any other peer the header is ignored; an invalid
//! or repeated value falls back to `--base-path`. Answers under one base
//! path are never served from the caches to a request under another.

use std::{
    io::{Cursor, Read},
    net::SocketAddr,
};

use axum::{body::Body, extract::ConnectInfo, http::Request};
use http_body_util::BodyExt;
use talent_trends_api::{AppState, app, config::ServerArgs};
use tower::ServiceExt;

use crate::helpers::{Answer, HOST, catalog};

const REPORT: &str = "maimai-aigc-talent-2023";
/// A peer inside `--trusted-proxies`.
const PROXY: [u8; 4] = [10, 0, 0, 2];
/// A peer outside it.
const STRANGER: [u8; 4] = [203, 0, 113, 7];

/// A state trusting `10.0.0.0/8`, with `--base-path` `base_path`.
fn behind_proxies(base_path: &str) -> AppState {
    let config = ServerArgs {
        trusted_proxies: "10.0.0.0/8".parse().unwrap(),
        base_path: base_path.to_owned(),
        ..ServerArgs::default()
    };
    AppState::with_config(catalog(), config)
}

/// A GET of `uri` from `peer` (as the server loop gives it) with `headers`.
async fn from(state: &AppState, peer: Option<[u8; 4]>, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut builder = Request::get(uri).header("host", HOST);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut request = builder.body(Body::empty()).unwrap();
    if let Some(peer) = peer {
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((peer, 4000))));
    }
    let response = app(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    assert_eq!(status, 200, "{uri}: {}", String::from_utf8_lossy(&body));
    Answer { status, headers, body }
}

/// From the trusted proxy, with `X-Forwarded-Prefix: prefix`.
async fn proxied(state: &AppState, uri: &str, prefix: &str) -> Answer {
    from(state, Some(PROXY), uri, &[("x-forwarded-prefix", prefix)]).await
}

fn paging(base: &str) -> String {
    format!(
        "<{base}/talent/cities?limit=3&offset=6>; rel=\"next\", <{base}/talent/cities?limit=3&offset=0>; rel=\"prev\""
    )
}

fn cities(index: &serde_json::Value) -> &serde_json::Value {
    index["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dataset"] == "talent-cities")
        .unwrap()
}

#[tokio::test]
async fn a_trusted_proxy_s_prefix_moves_the_index_and_the_catalogue_under_it() {
    let state = behind_proxies("");
    let index = proxied(&state, "/", "/api").await.json();
    assert_eq!(index["docs"], "/api/docs/");
    assert_eq!(index["openapi"], "/api/openapi.json");
    assert_eq!(index["reports"], "/api/reports");
    assert_eq!(index["dashboard"], "/api/");
    assert_eq!(cities(&index)["href"], "/api/talent/cities");
    assert_eq!(cities(&index)["csv"], "/api/talent/cities.csv");
    assert_eq!(index["database"], "/api/talent.db");
    // A trailing slash is dropped, as for --base-path.
    let slashed = proxied(&state, "/reports", "/api/").await.json();
    assert_eq!(
        slashed["data"][0]["datasets"][2]["href"],
        format!("/api/talent/cities?report={REPORT}")
    );
    assert_eq!(
        slashed["data"][0]["downloads"]["datapackage"],
        format!("/api/reports/{REPORT}/datapackage.json")
    );
    let one = proxied(&state, &format!("/reports/{REPORT}"), "/api").await.json();
    assert_eq!(
        one["data"]["datasets"][2]["href"],
        format!("/api/talent/cities?report={REPORT}")
    );
}

#[tokio::test]
async fn a_trusted_proxy_s_prefix_moves_the_dashboard_links_under_it() {
    let state = behind_proxies("");
    let html = from(
        &state,
        Some(PROXY),
        "/?lang=en",
        &[("x-forwarded-prefix", "/api"), ("accept", "text/html")],
    )
    .await
    .text();
    for link in [
        "href=\"/api/docs/\"",
        "href=\"/api/openapi.json\"",
        "href=\"/api/?lang=en\"",
        "src=\"/api/talent/cities.svg?lang=en\"",
        "href=\"/api/talent/cities.csv?lang=en\"",
        "href=\"/api/reports/maimai-aigc-talent-2023\"",
    ] {
        assert!(html.contains(link), "{link}");
    }
    assert!(!html.contains("href=\"/talent") && !html.contains("src=\"/talent"));
}

#[tokio::test]
async fn a_trusted_proxy_s_prefix_moves_paging_links_citations_and_the_data_package_under_it() {
    let state = behind_proxies("");
    let page = proxied(&state, "/talent/cities?limit=3&offset=3", "/api").await;
    assert_eq!(page.header("link"), Some(paging("/api").as_str()));
    assert!(
        page.json()["meta"]["citation"]["en"]
            .as_str()
            .unwrap()
            .ends_with(&format!(": /api/talent/cities?report={REPORT}.")),
        "{}",
        page.json()["meta"]["citation"]
    );
    let csv = proxied(&state, "/talent/cities.csv", "/api").await;
    assert_eq!(
        csv.header("link"),
        Some(format!("</api/reports/{REPORT}/datapackage.json>; rel=\"describedby\"").as_str())
    );
    let package = proxied(&state, &format!("/reports/{REPORT}/datapackage.json"), "/api")
        .await
        .json();
    assert_eq!(package["homepage"], format!("/api/reports/{REPORT}"));
    assert_eq!(
        package["links"]["datapackage"],
        format!("/api/reports/{REPORT}/datapackage.json")
    );
    assert_eq!(
        package["links"]["zip"],
        format!("/api/reports/{REPORT}/datapackage.zip")
    );
    assert_eq!(package["links"]["database"], "/api/talent.db");
    let resource = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "talent-cities")
        .unwrap();
    assert_eq!(resource["path"], "data/talent-cities.csv", "relative, under any prefix");
    assert_eq!(
        resource["links"]["csv"],
        format!("/api/talent/cities.csv?report={REPORT}")
    );
    assert_eq!(resource["links"]["json"], format!("/api/talent/cities?report={REPORT}"));
    // The zip holds the same descriptor; the package's CSV carries its link.
    let zip = proxied(&state, &format!("/reports/{REPORT}/datapackage.zip"), "/api").await;
    let mut archive = zip::ZipArchive::new(Cursor::new(&zip.body[..])).unwrap();
    let mut inner = String::new();
    archive
        .by_name("datapackage.json")
        .unwrap()
        .read_to_string(&mut inner)
        .unwrap();
    let inner: serde_json::Value = serde_json::from_str(&inner).unwrap();
    assert_eq!(inner["homepage"], format!("/api/reports/{REPORT}"));
    let resource_csv = proxied(&state, &format!("/reports/{REPORT}/data/talent-cities.csv"), "/api").await;
    assert_eq!(resource_csv.header("link"), csv.header("link"));
    assert_eq!(resource_csv.body, csv.body);
}

#[tokio::test]
async fn a_prefix_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() {
    let state = behind_proxies("");
    let prefix = [("x-forwarded-prefix", "/api")];
    for peer in [Some(STRANGER), None] {
        let index = from(&state, peer, "/", &prefix).await.json();
        assert_eq!(index["reports"], "/reports", "{peer:?}");
        assert_eq!(cities(&index)["href"], "/talent/cities");
        let page = from(&state, peer, "/talent/cities?limit=3&offset=3", &prefix).await;
        assert_eq!(page.header("link"), Some(paging("").as_str()));
        let package = from(&state, peer, &format!("/reports/{REPORT}/datapackage.json"), &prefix)
            .await
            .json();
        assert_eq!(package["homepage"], format!("/reports/{REPORT}"));
    }
    // Nor does a trusted list that holds other addresses help.
    let mounted = behind_proxies("/mounted");
    let index = from(&mounted, Some(STRANGER), "/", &prefix).await.json();
    assert_eq!(index["reports"], "/mounted/reports");
}

#[tokio::test]
async fn invalid_or_repeated_prefixes_from_a_trusted_proxy_fall_back_to_the_base_path() {
    let state = behind_proxies("/mounted");
    for bad in [
        "//evil.example",
        "/a//b",
        "/..",
        "/a/../b",
        "api",
        "/a\\b",
        "/%2F",
        "/a b",
        "/a?b=c",
        "https://evil.example/api",
        "/api, /other",
    ] {
        let index = proxied(&state, "/", bad).await.json();
        assert_eq!(index["reports"], "/mounted/reports", "{bad:?}");
    }
    let long = format!("/{}", "a".repeat(256));
    assert_eq!(proxied(&state, "/", &long).await.json()["reports"], "/mounted/reports");
    let repeated = from(
        &state,
        Some(PROXY),
        "/",
        &[("x-forwarded-prefix", "/api"), ("x-forwarded-prefix", "/api")],
    )
    .await
    .json();
    assert_eq!(repeated["reports"], "/mounted/reports");
    // A valid one overrides --base-path; `/` is the root.
    assert_eq!(proxied(&state, "/", "/api").await.json()["reports"], "/api/reports");
    assert_eq!(proxied(&state, "/", "/").await.json()["reports"], "/reports");
    // Without the header, the setting.
    assert_eq!(
        from(&state, Some(PROXY), "/", &[]).await.json()["reports"],
        "/mounted/reports"
    );
}

#[tokio::test]
async fn answers_under_a_forwarded_prefix_are_never_replayed_to_requests_without_it() {
    // Both orders, each on one state (one snapshot: one replay cache, one
    // answer cache, one set of packages), every answer asked for twice so
    // that the second comes from the caches.
    for prefix_first in [true, false] {
        let state = behind_proxies("");
        let package_uri = format!("/reports/{REPORT}/datapackage.json");
        let zip_uri = format!("/reports/{REPORT}/datapackage.zip");
        let mut etags = Vec::new();
        for round in 0..2 {
            for prefixed in [prefix_first, !prefix_first] {
                let (base, headers): (&str, &[(&str, &str)]) = if prefixed {
                    ("/api", &[("x-forwarded-prefix", "/api")])
                } else {
                    ("", &[])
                };
                let case = format!("prefix first {prefix_first}, round {round}, under {base:?}");
                let page = from(&state, Some(PROXY), "/talent/cities?limit=3&offset=3", headers).await;
                assert_eq!(page.header("link"), Some(paging(base).as_str()), "{case}");
                let index = from(&state, Some(PROXY), "/", headers).await.json();
                assert_eq!(index["reports"], format!("{base}/reports"), "{case}");
                let package = from(&state, Some(PROXY), &package_uri, headers).await;
                assert_eq!(package.json()["homepage"], format!("{base}/reports/{REPORT}"), "{case}");
                let zip = from(&state, Some(PROXY), &zip_uri, headers).await;
                etags.push((
                    prefixed,
                    package.header("etag").unwrap().to_owned(),
                    zip.header("etag").unwrap().to_owned(),
                ));
            }
        }
        // One ETag per base path, and the two differ.
        let under = |prefixed: bool| {
            let mut seen: Vec<_> = etags
                .iter()
                .filter(|(p, ..)| *p == prefixed)
                .map(|(_, json, zip)| (json.clone(), zip.clone()))
                .collect();
            seen.dedup();
            assert_eq!(seen.len(), 1, "{seen:?}");
            seen.remove(0)
        };
        let (api, root) = (under(true), under(false));
        assert_ne!(api.0, root.0);
        assert_ne!(api.1, root.1);
    }
}
