//! Security headers, no server banner, and proof that serving never writes:
//! no request can change the database file, and the serving pool is opened
//! read-only. (The readiness probe's own read-only connection is tested in
//! `health.rs`.)

use std::{
    io::{Read, Write},
    net::TcpStream,
};

use talent_trends_api::db::Database;

use crate::helpers::{Instance, file_digest, get, http_get, url};

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

#[test]
fn no_request_can_write_to_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let instance = Instance::start(&path, &[]);
    let before = file_digest(&path);
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let mut paths: Vec<String> = talent_trends_api::data::kinds::KINDS
        .iter()
        .map(|k| k.path.to_owned())
        .collect();
    paths.extend(
        [
            "/",
            "/reports",
            "/reports/maimai-aigc-talent-2023",
            "/ready",
            "/health",
            "/metrics",
            "/openapi.json",
            "/problems",
            "/talent/cities?city=x%27;DROP%20TABLE%20reports;--",
            "/talent/cities?sort=rank;DELETE",
            "/reports/x';DELETE FROM reports;--",
            "/talent/ages?compare=aigc,internet",
        ]
        .map(str::to_owned),
    );
    for path in &paths {
        let path = path.replace(' ', "%20");
        let (status, _, _) = http_get(&instance.addr, &path, &[]).unwrap();
        assert!(status < 500, "{path}: {status}");
    }
    // Other methods are refused before reaching any handler.
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let mut stream = TcpStream::connect(&instance.addr).unwrap();
        write!(
            stream,
            "{method} /reports HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{{}}"
        )
        .unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).unwrap();
        assert!(raw.starts_with("HTTP/1.1 405"), "{method}: {raw}");
    }
    assert_eq!(
        file_digest(&path),
        before,
        "the database file is byte for byte unchanged"
    );
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), modified);
    instance.signal("TERM");
    assert_eq!(instance.wait().0, Some(0));
}

#[tokio::test]
async fn the_serving_pool_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let database = Database::from_url(&url(&dir.path().join("talent.db"))).unwrap();
    database.prepare().await.unwrap();
    let pool = database.open_read_only_pool().await.unwrap();
    for statement in [
        "DELETE FROM talent_cities",
        "UPDATE reports SET title = 'x'",
        "INSERT INTO seed_files VALUES ('x', 'y', 'z')",
        "CREATE TABLE t (x)",
    ] {
        let error = sqlx::raw_sql(statement).execute(&pool).await.unwrap_err();
        assert!(error.to_string().contains("readonly"), "{statement}: {error}");
    }
}
