//! Health and readiness: `/health`, `/ready` flipping with the database file,
//! the readiness check's read-only connection, and the watcher that reloads
//! changed data without a restart. (`integrity.rs` drives the same through
//! the real binary, step by step as an operator would.)

use std::{
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use talent_trends_api::{AppState, config::ServerArgs, startup, watch};

use crate::helpers::{Answer, call, file_digest, get};

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

/// Asks `/ready` until it answers `status` (checks are shared for up to a
/// second, so a change shows within about one).
async fn ready_until(state: &AppState, status: u16) -> Answer {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let answer = call(state, "/ready").await;
        if answer.status == status || Instant::now() > deadline {
            return answer;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
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
    let started = Instant::now();
    let gone = ready_until(&state, 503).await;
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "flips within about a second"
    );
    let problem = gone.assert_problem(503, "unavailable");
    // Only what a client may know: no path, no SQLite message.
    assert_eq!(problem["detail"], "the database cannot be read", "{problem}");
    assert!(gone.header("retry-after").is_some());
    // The loaded data keeps being served meanwhile.
    assert_eq!(call(&state, "/talent/cities").await.status, 200);

    std::fs::write(&path, b"garbage, not a database".repeat(200)).unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    ready_until(&state, 503).await.assert_problem(503, "unavailable");
    assert!(
        String::from_utf8(call(&state, "/metrics").await.body)
            .unwrap()
            .contains("talent_database_ready 0")
    );

    std::fs::write(&path, &saved).unwrap();
    let back = ready_until(&state, 200).await;
    assert_eq!(back.status, 200);
    assert_eq!(back.json()["reload_pending"], false);
}

#[tokio::test]
async fn changed_data_is_reloaded_without_a_restart() {
    let (_dir, path, state) = watched_database().await;
    let before = state.catalog().data_version.clone();
    let etag_before = call(&state, "/talent/cities").await.header("etag").unwrap().to_owned();

    // Another process revises one figure, and nothing else.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '31.43' WHERE rank = 1")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    // Without a watcher, readiness sees the change but nothing swaps it in.
    tokio::time::sleep(Duration::from_millis(1100)).await;
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
async fn checking_the_database_uses_a_read_only_connection() {
    let (_dir, path, state) = watched_database().await;
    let before = file_digest(&path);
    for _ in 0..3 {
        let check = state.check_database().await.expect("a database to check");
        assert!(check.outcome.is_ok());
        tokio::time::sleep(Duration::from_millis(1050)).await;
    }
    assert_eq!(file_digest(&path), before);
}

#[tokio::test]
async fn a_flood_of_readiness_checks_shares_one_check_a_second() {
    let (_dir, _path, state) = watched_database().await;
    let started = Instant::now();
    let probes: Vec<_> = (0..300)
        .map(|_| {
            let state = state.clone();
            tokio::spawn(async move { state.check_database().await.unwrap() })
        })
        .collect();
    let mut checks: Vec<Arc<talent_trends_api::state::DataCheck>> = Vec::new();
    for probe in probes {
        let check = probe.await.unwrap();
        assert!(check.outcome.is_ok());
        if !checks.iter().any(|c| Arc::ptr_eq(c, &check)) {
            checks.push(check);
        }
    }
    let seconds = started.elapsed().as_secs() as usize;
    assert!(
        checks.len() <= seconds + 1,
        "{} checks for 300 probes in {seconds} s",
        checks.len()
    );
    // And through HTTP, the answers say how old the shared check is.
    let ready = call(&state, "/ready").await.json();
    assert!(ready["checked_ms_ago"].as_u64().unwrap() < 1100, "{ready}");
}
