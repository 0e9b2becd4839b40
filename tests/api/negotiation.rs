//! Negotiation with list-valued fields (issue 15, items 2 and 3): a list
//! split over several field lines means what it means on one line
//! (RFC 9110 §5.3), for `If-None-Match`, `Accept` and `Accept-Encoding`,
//! on first answers and replayed ones; an `Accept-Encoding` that refuses
//! every coding gets a 406 `not-acceptable` problem without the
//! validators of the 200 and with one `Cache-Control`.

use axum::{body::Body, http::Request};
use talent_trends_api::{AppState, app};

use crate::helpers::{Answer, HOST, catalog, get};

/// A GET with each `(name, value)` as its own field line, twice through one
/// service after a plain GET of `uri` (so that the answers may be replayed).
async fn twice(uri: &str, lines: &[(&str, &str)]) -> (Answer, Answer) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let service = app(AppState::new(catalog()));
    let warm = Request::get(uri).header("host", HOST).body(Body::empty()).unwrap();
    service.clone().oneshot(warm).await.unwrap();
    let mut answers = Vec::new();
    for _ in 0..2 {
        let mut request = Request::get(uri).header("host", HOST);
        for (name, value) in lines {
            request = request.header(*name, *value);
        }
        let response = service
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        answers.push(Answer { status, headers, body });
    }
    let second = answers.pop().unwrap();
    (answers.pop().unwrap(), second)
}

#[tokio::test]
async fn an_etag_on_the_second_if_none_match_line_revalidates() {
    let etag = get("/talent/cities").await.header("etag").unwrap().to_owned();
    for uri in ["/talent/cities", "/talent/cities?limit=3"] {
        let current = get(uri).await.header("etag").unwrap().to_owned();
        let (first, replayed) = twice(uri, &[("if-none-match", "\"other\""), ("if-none-match", &current)]).await;
        assert_eq!(first.status, 304, "{uri}: second line");
        assert_eq!(replayed.status, 304, "{uri}: second line, replayed");
        let (one_line, _) = twice(uri, &[("if-none-match", &format!("\"other\", {current}"))]).await;
        assert_eq!(one_line.status, 304, "{uri}: one line");
    }
    let (stale, _) = twice(
        "/talent/cities",
        &[("if-none-match", "\"a\""), ("if-none-match", "\"b\"")],
    )
    .await;
    assert_eq!(stale.status, 200);
    assert_eq!(stale.header("etag"), Some(etag.as_str()));
}

#[tokio::test]
async fn accept_split_over_lines_negotiates_like_one_line() {
    let (split, replayed) = twice(
        "/talent/cities",
        &[("accept", "application/xml"), ("accept", "text/csv")],
    )
    .await;
    // Split or not, `text/csv` is the acceptable one: 303 to the CSV.
    assert_eq!(split.status, 303);
    assert_eq!(split.header("location"), Some("cities.csv"));
    assert_eq!(replayed.status, 303);
    assert_eq!(replayed.header("location"), split.header("location"));
    // The dashboard: a browser's Accept split over two lines still prefers HTML.
    let (page, _) = twice("/", &[("accept", "text/html"), ("accept", "application/json;q=0.5")]).await;
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
}

#[tokio::test]
async fn accept_encoding_split_over_lines_is_one_list() {
    let (gzip, replayed) = twice(
        "/heat-index",
        &[("accept-encoding", "identity;q=0"), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(gzip.status, 200);
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert_eq!(replayed.header("content-encoding"), Some("gzip"));
    assert_eq!(replayed.body, gzip.body);
    let (br, _) = twice(
        "/heat-index",
        &[("accept-encoding", "gzip;q=0.5"), ("accept-encoding", "br")],
    )
    .await;
    assert_eq!(br.header("content-encoding"), Some("br"));
}

#[tokio::test]
async fn refusing_every_coding_is_a_406_not_acceptable_problem_without_validators() {
    for uri in [
        "/talent/cities",
        "/health",
        "/docs/swagger-ui.css",
        "/charts/talent-cities.svg",
        "/nope",
    ] {
        for refusal in ["identity;q=0", "*;q=0", "identity;q=0, compress"] {
            let (answer, again) = twice(uri, &[("accept-encoding", refusal)]).await;
            for answer in [&answer, &again] {
                answer.assert_problem(406, "not-acceptable");
                assert_eq!(answer.header("etag"), None, "{uri} {refusal}");
                assert_eq!(answer.header("last-modified"), None, "{uri} {refusal}");
                let cache_control: Vec<_> = answer.headers.get_all("cache-control").iter().collect();
                assert_eq!(cache_control, ["no-store"], "{uri} {refusal}");
                assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
                assert!(answer.json()["detail"].as_str().unwrap().contains("Accept-Encoding"));
            }
        }
    }
}

#[tokio::test]
async fn every_406_is_typed_not_acceptable_and_carries_no_validators() {
    let answer = crate::helpers::get_with("/talent/cities", &[("accept", "application/xml")]).await;
    answer.assert_problem(406, "not-acceptable");
    assert_eq!(answer.header("etag"), None);
    assert_eq!(answer.header("last-modified"), None);
    assert_eq!(answer.headers.get_all("cache-control").iter().count(), 1);
}
