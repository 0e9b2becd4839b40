//! Answers replayed by the edge layer (and rendered answers cached by the
//! dataset handler) are identical to freshly computed ones: for every
//! endpoint and a sample of queries and request headers, the second answer
//! of a warmed service equals the first answer of a fresh service, byte for
//! byte and header for header (except the request id and date).

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use talent_trends_api::{AppState, app, data::kinds::KINDS};
use tower::ServiceExt;

use crate::helpers::catalog;

/// Status, headers (sorted, without the request id and date) and body.
type Answer = (u16, Vec<(String, String)>, Vec<u8>);

async fn answer(
    service: &talent_trends_api::http::Service,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
) -> Answer {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header("host", crate::helpers::HOST);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = service
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status().as_u16();
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .filter(|(name, _)| *name != "x-request-id" && *name != "date")
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    headers.sort();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

fn targets() -> Vec<String> {
    let mut targets: Vec<String> = KINDS.iter().map(|k| k.path.to_owned()).collect();
    targets.extend(
        [
            "/",
            "/reports",
            "/reports/maimai-aigc-talent-2023",
            "/openapi.json",
            "/problems",
            "/problems/timeout",
            "/docs/",
            "/talent/cities?sort=-share_pct&limit=3&offset=2",
            "/talent/cities.csv?city=%E5%8C%97%E4%BA%AC&city=Shanghai&fields=city_en,share_pct",
            "/talent/ages/comparison?first=aigc&second=internet&lang=en",
            "/talent/ages.csv?cohort=aigc",
            "/talent/ages?cohort=aigc&format=csv",
            "/heat-index?peaks=true",
            "/heat-index/rows?from=2022-05&to=2022-12",
            "/jobs/hot.ndjson?side=supply&max_rank=3",
            "/salaries?min_salary=100",
            "/applications?item=Healthcare&lang=en",
            "/talent/cities?limit=-1",
            "/?lang=en",
            "/talent/cities.svg",
            "/talent/ages/comparison.svg?first=aigc&second=internet&lang=en&width=360",
            "/talent/cities.svg?format=json",
            "/charts/talent-cities.svg",
            "/nope",
        ]
        .map(str::to_owned),
    );
    targets
}

#[tokio::test]
async fn replayed_answers_equal_freshly_computed_ones() {
    let header_sets: [&[(&str, &str)]; 5] = [
        &[],
        &[("accept", "text/csv")],
        &[("accept", "text/html,application/xhtml+xml,*/*;q=0.8")],
        &[("origin", "https://dashboard.example")],
        &[("accept", "application/x-ndjson"), ("origin", "https://other.example")],
    ];
    let warmed = app(AppState::new(catalog()));
    let mut compared = 0;
    for target in targets() {
        for headers in header_sets {
            for method in ["GET", "HEAD"] {
                let fresh = answer(&app(AppState::new(catalog())), method, &target, headers).await;
                let first = answer(&warmed, method, &target, headers).await;
                let replayed = answer(&warmed, method, &target, headers).await;
                assert_eq!(first, fresh, "{method} {target} {headers:?}: first answer");
                assert_eq!(replayed, fresh, "{method} {target} {headers:?}: replayed answer");
                compared += 1;
            }
        }
    }
    assert!(compared > 200);
}

#[tokio::test]
async fn replayed_revalidations_equal_freshly_computed_ones() {
    let warmed = app(AppState::new(catalog()));
    for target in targets() {
        let (status, headers, _) = answer(&warmed, "GET", &target, &[]).await;
        if status != 200 {
            continue;
        }
        let etag = headers.iter().find(|(n, _)| n == "etag").unwrap().1.clone();
        for candidates in [
            etag.clone(),
            "\"other\"".to_owned(),
            format!("\"x\", W/{etag}"),
            "*".to_owned(),
        ] {
            let request = [("if-none-match", candidates.as_str())];
            let fresh = answer(&app(AppState::new(catalog())), "GET", &target, &request).await;
            let replayed = answer(&warmed, "GET", &target, &request).await;
            assert_eq!(replayed, fresh, "{target} If-None-Match: {candidates}");
        }
    }
}

#[tokio::test]
async fn a_head_request_first_does_not_empty_later_get_answers() {
    let warmed = app(AppState::new(catalog()));
    let head = answer(&warmed, "HEAD", "/talent/education", &[]).await;
    assert!(head.2.is_empty());
    let get = answer(&warmed, "GET", "/talent/education", &[]).await;
    let fresh = answer(&app(AppState::new(catalog())), "GET", "/talent/education", &[]).await;
    assert!(!get.2.is_empty());
    assert_eq!(get, fresh);
}

#[tokio::test]
async fn compressed_answers_are_replayed_per_encoding() {
    let warmed = app(AppState::new(catalog()));
    for encoding in ["gzip", "br", "zstd", "gzip, deflate, br, zstd"] {
        let request = [("accept-encoding", encoding)];
        let first = answer(&warmed, "GET", "/heat-index", &request).await;
        let replayed = answer(&warmed, "GET", "/heat-index", &request).await;
        let fresh = answer(&app(AppState::new(catalog())), "GET", "/heat-index", &request).await;
        assert_eq!(first, fresh, "{encoding}");
        assert_eq!(replayed, fresh, "{encoding}");
    }
}

#[tokio::test]
async fn compressed_and_conditional_by_date_requests_are_never_replayed_wrongly() {
    let warmed = app(AppState::new(catalog()));
    answer(&warmed, "GET", "/talent/cities", &[]).await;
    let gzip = answer(&warmed, "GET", "/talent/cities", &[("accept-encoding", "gzip")]).await;
    assert!(gzip.1.contains(&("content-encoding".to_owned(), "gzip".to_owned())));
    let fresh = answer(
        &app(AppState::new(catalog())),
        "GET",
        "/talent/cities",
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(gzip, fresh);
    let since = [("if-modified-since", "Mon, 30 Nov 2026 00:00:00 GMT")];
    assert_eq!(answer(&warmed, "GET", "/talent/cities", &since).await.0, 304);
}

#[tokio::test]
async fn answers_caches_may_store_are_kept_for_replay_and_no_store_ones_are_not() {
    let state = AppState::new(catalog());
    let service = app(state.clone());
    let data = answer(&service, "GET", "/talent/cities", &[]).await;
    // `max-age` alone (no `public`) makes an answer cacheable, and kept.
    assert!(
        data.1
            .contains(&("cache-control".to_owned(), "max-age=3600".to_owned()))
    );
    assert_eq!(state.snapshot().stored.len(), 1);
    let health = answer(&service, "GET", "/health", &[]).await;
    assert!(health.1.contains(&("cache-control".to_owned(), "no-store".to_owned())));
    answer(&service, "GET", "/metrics", &[]).await;
    assert_eq!(state.snapshot().stored.len(), 1, "no-store answers are never replayed");
}
