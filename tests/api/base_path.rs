//! Mounted under a path prefix (`--base-path /api`, as behind
//! `location /api/ { proxy_pass http://service/; }`): every URL the service
//! writes follows the prefix, and the ones that can be are relative.

use std::sync::Arc;

use talent_trends_api::{AppState, config::ServerArgs};

use crate::helpers::{Answer, call, catalog, get};

fn under_api() -> AppState {
    let config = ServerArgs {
        base_path: "/api".to_owned(),
        ..ServerArgs::default()
    };
    AppState::with_config(Arc::clone(&catalog()), config)
}

async fn api(uri: &str) -> Answer {
    call(&under_api(), uri).await
}

#[tokio::test]
async fn the_index_links_everything_under_the_base_path() {
    let index = api("/").await.json();
    assert_eq!(index["docs"], "/api/docs/");
    assert_eq!(index["openapi"], "/api/openapi.json");
    assert_eq!(index["reports"], "/api/reports");
    assert_eq!(index["dashboard"], "/api/");
    let cities = index["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dataset"] == "talent-cities")
        .unwrap();
    assert_eq!(cities["href"], "/api/talent/cities");
    assert_eq!(cities["csv"], "/api/talent/cities.csv");
    assert_eq!(cities["chart"], "/api/talent/cities.svg");
    // At the root, nothing changes.
    assert_eq!(get("/").await.json()["openapi"], "/openapi.json");
}

#[tokio::test]
async fn the_dashboard_links_charts_data_and_docs_under_the_base_path() {
    let state = under_api();
    let page = talent_trends_api::app(state);
    let response = tower::ServiceExt::oneshot(
        page,
        axum::http::Request::get("/?lang=en")
            .header("host", crate::helpers::HOST)
            .header("accept", "text/html")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await
    .unwrap();
    let body = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    let html = String::from_utf8(body.to_vec()).unwrap();
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
async fn paging_links_and_catalogue_hrefs_follow_the_base_path() {
    let answer = api("/talent/cities?limit=3&offset=3").await;
    assert_eq!(
        answer.header("link"),
        Some(
            "</api/talent/cities?limit=3&offset=6>; rel=\"next\", </api/talent/cities?limit=3&offset=0>; rel=\"prev\""
        )
    );
    let reports = api("/reports").await.json();
    assert_eq!(
        reports["data"][0]["datasets"][2]["href"],
        "/api/talent/cities?report=maimai-aigc-talent-2023"
    );
    // The same request at the root keeps root paths: the answers are cached
    // apart.
    assert_eq!(
        get("/talent/cities?limit=3&offset=3").await.header("link"),
        Some("</talent/cities?limit=3&offset=6>; rel=\"next\", </talent/cities?limit=3&offset=0>; rel=\"prev\"")
    );
}

#[tokio::test]
async fn redirects_swagger_ui_and_the_openapi_servers_are_relative() {
    assert_eq!(api("/docs").await.header("location"), Some("docs/"));
    assert_eq!(api("/talent/cities/").await.header("location"), Some("../cities"));
    assert_eq!(
        api("/talent/cities?format=csv").await.header("location"),
        Some("cities.csv")
    );
    assert_eq!(
        api("/charts/talent-cities.svg").await.header("location"),
        Some("../talent/cities.svg")
    );
    let initializer = api("/docs/swagger-initializer.js").await.text();
    assert!(initializer.contains("\"../openapi.json\""), "{initializer}");
    assert_eq!(api("/openapi.json").await.json()["servers"][0]["url"], ".");
}
