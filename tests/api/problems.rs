//! Error answers as `application/problem+json`: unknown routes and reports
//! are 404 problems, and every problem type is documented where its `type`
//! points (`/problems/{slug}`). Bad query parameters are tested with each
//! endpoint (`datasets.rs`, `charts.rs`).

use crate::helpers::get;

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
    assert_eq!(get("/problems").await.json().as_array().unwrap().len(), 20);
}
