//! Error answers as `application/problem+json`: unknown routes and reports
//! are 404 problems, and every problem type is documented where its `type`
//! points (`/problems/{slug}`). Bad query parameters are tested with each
//! endpoint (`datasets.rs`, `charts.rs`).

use axum::http::Method;

use crate::helpers::{get, get_with, request};

#[tokio::test]
async fn unknown_reports_and_routes_are_404_problems() {
    let problem = get("/reports/no-such-report")
        .await
        .assert_problem(404, "report-not-found");
    assert!(problem["detail"].as_str().unwrap().contains("maimai-aigc-talent-2023"));
    get("/talent/cities?report=no-such-report")
        .await
        .assert_problem(404, "report-not-found");
    get("/no/such/route").await.assert_problem(404, "not-found");
    get("/talent").await.assert_problem(404, "not-found");
}

#[tokio::test]
async fn problem_types_are_documented_where_their_type_points() {
    let problem = get("/talent/cities?limit=-1")
        .await
        .assert_problem(400, "invalid-parameter");
    let doc = get(problem["type"].as_str().unwrap()).await;
    assert_eq!(doc.status, 200);
    assert_eq!(doc.json()["status"], 400);
    assert_eq!(
        get("/problems").await.json().as_array().unwrap().len(),
        talent_trends_api::error::PROBLEM_TYPES.len()
    );
}

#[tokio::test]
async fn a_406_for_a_refused_identity_coding_carries_no_validator_of_the_data() {
    // Compression answers 406 around a complete answer; the problem must not
    // keep that answer's ETag, Last-Modified, file name or links, or a cache
    // would revalidate the error as if it were the data (REDbot: INM_FULL).
    for uri in [
        "/talent/cities?limit=3&offset=3",
        "/talent/cities.csv",
        "/talent/cities.svg",
        "/reports",
    ] {
        let answer = get_with(uri, &[("accept-encoding", "identity;q=0")]).await;
        answer.assert_problem(406, "not-acceptable");
        for name in ["etag", "last-modified", "content-disposition", "link"] {
            assert_eq!(answer.header(name), None, "{uri}: {name}");
        }
        assert_eq!(answer.header("cache-control"), Some("no-store"), "{uri}");
    }
    // Headers that belong to the error stay: Allow on a 405.
    let post = request(Method::POST, "/talent/cities", &[]).await;
    assert_eq!(post.status, 405);
    assert!(post.header("allow").is_some());
}
