//! Health and readiness: `/health`, `/ready` flipping with the database file,
//! the readiness probe's read-only connection, and the watcher that reloads
//! changed data without a restart.

use std::{
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use talent_trends_api::{AppState, config::ServerArgs, db::Database, startup, watch};

use crate::helpers::{call, file_digest, get};

/// A seeded database in a temporary folder, and state that watches it.
async fn watched_database() -> (tempfile::TempDir, PathBuf, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let (catalog, database) = startup::load(&format!("sqlite://{}", path.display())).await.unwrap();
    let state = AppState::build(Arc::new(catalog), ServerArgs::default(), Some(database));
    (dir, path, state)
}

#[tokio::test]
async fn health_answers_200_and_is_never_cached() {
    let answer = get("/health").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["status"], "ok");
    assert_eq!(answer.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn readiness_flips_when_the_database_file_goes_and_comes_back() {
    let (_dir, path, state) = watched_database().await;
    let ready = call(&state, "/ready").await;
    assert_eq!(ready.status, 200, "{}", ready.text());
    assert_eq!(ready.json()["ready"], true);
    assert_eq!(ready.json()["reports"], 1);

    let saved = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    let gone = call(&state, "/ready").await;
    let problem = gone.assert_problem(503, "unavailable");
    assert!(
        problem["detail"].as_str().unwrap().contains("does not exist"),
        "{problem}"
    );
    assert!(gone.header("retry-after").is_some());
    // The loaded data keeps being served meanwhile.
    assert_eq!(call(&state, "/talent/cities").await.status, 200);

    std::fs::write(&path, b"garbage, not a database".repeat(200)).unwrap();
    call(&state, "/ready").await.assert_problem(503, "unavailable");
    assert!(
        String::from_utf8(call(&state, "/metrics").await.body)
            .unwrap()
            .contains("talent_database_ready 0")
    );

    std::fs::write(&path, &saved).unwrap();
    let back = call(&state, "/ready").await;
    assert_eq!(back.status, 200);
    assert_eq!(back.json()["reload_pending"], false);
}

#[tokio::test]
async fn changed_data_is_reloaded_without_a_restart() {
    let (_dir, path, state) = watched_database().await;
    let before = state.catalog().data_version.clone();
    let etag_before = call(&state, "/talent/cities").await.header("etag").unwrap().to_owned();

    // Another process revises the data (as `migrate` with a changed seed would).
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '31.43' WHERE rank = 1")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE seed_files SET sha256 = 'revised'")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    assert_eq!(call(&state, "/ready").await.json()["reload_pending"], true);

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let watcher = tokio::spawn(watch::watch(state.clone(), Duration::from_millis(50), async {
        let _ = stopped.await;
    }));
    let deadline = Instant::now() + Duration::from_secs(5);
    while state.catalog().data_version == before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = stop.send(());
    watcher.await.unwrap();
    assert_ne!(state.catalog().data_version, before, "reloaded");
    let after = call(&state, "/talent/cities?limit=1").await;
    assert!(after.text().contains("\"share_pct\":31.43"), "{}", after.text());
    assert_ne!(
        call(&state, "/talent/cities").await.header("etag").unwrap(),
        etag_before
    );
}

#[tokio::test]
async fn probing_uses_a_read_only_connection() {
    let (_dir, path, _state) = watched_database().await;
    let database = Database::from_url(&format!("sqlite://{}", path.display())).unwrap();
    let before = file_digest(&path);
    for _ in 0..3 {
        database.probe().await.unwrap();
    }
    assert_eq!(file_digest(&path), before);
}
