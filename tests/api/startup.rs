//! Start-up as an operator sees it: the database is created, migrated and
//! seeded once; restarts change nothing; each fault ends with one clear line
//! and its own exit code. Most tests run the real binary.

use std::{net::TcpListener, process::Output};

use talent_trends_api::db::{Database, Prepared};

use crate::helpers::{run, url};

/// Asserts a failed start: the exit code, and one `error:` line on stderr
/// containing `needle`.
fn assert_fails(output: &Output, code: i32, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "exactly one error line: {stderr}");
    assert!(errors[0].contains(needle), "{:?} should mention {needle:?}", errors[0]);
}

#[tokio::test]
async fn first_start_creates_and_seeds_and_a_second_start_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database = Database::from_url(&url(&dir.path().join("talent.db"))).unwrap();
    let first = database.prepare().await.unwrap();
    assert!(first.created);
    assert_eq!(first.migrations_applied, talent_trends_api::db::MIGRATOR.iter().count());
    assert_eq!(first.seeds_loaded, ["maimai-aigc-talent-2023.sql"]);
    let modified = std::fs::metadata(database.path()).unwrap().modified().unwrap();
    let second = database.prepare().await.unwrap();
    assert_eq!(second, Prepared::default());
    assert_eq!(
        std::fs::metadata(database.path()).unwrap().modified().unwrap(),
        modified
    );
}

#[tokio::test]
async fn a_changed_seed_file_is_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let database = Database::from_url(&url(&path)).unwrap();
    database.prepare().await.unwrap();
    // Pretend the file changed since it was loaded, and damage a figure.
    let pool = sqlx::SqlitePool::connect(&url(&path)).await.unwrap();
    sqlx::query("UPDATE seed_files SET sha256 = 'old'")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '99.99' WHERE rank = 1")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;

    let again = database.prepare().await.unwrap();
    assert_eq!(again.seeds_loaded, ["maimai-aigc-talent-2023.sql"]);
    let pool = database.open_read_only_pool().await.unwrap();
    let share: String = sqlx::query_scalar("SELECT share_pct FROM talent_cities WHERE rank = 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(share, "31.42");
    let reports: i64 = sqlx::query_scalar("SELECT count(*) FROM reports")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(reports, 1, "reloading replaces the report, it does not duplicate it");
}

#[test]
fn a_missing_database_folder_exits_10() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&[], &url(&dir.path().join("missing/talent.db")));
    assert_fails(&output, 10, "does not exist");
}

#[test]
fn a_folder_where_the_database_cannot_be_created_exits_11() {
    // /proc accepts no new files, even for root.
    let output = run(&[], "sqlite:///proc/talent-trends-test.db");
    assert_fails(&output, 11, "cannot create or write");
}

#[test]
fn an_unreadable_database_path_exits_12() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    std::fs::create_dir(&path).unwrap(); // a folder where the file should be
    let output = run(&[], &url(&path));
    assert_fails(&output, 12, "cannot read database");
}

#[test]
fn a_corrupt_database_file_exits_13() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    std::fs::write(
        &path,
        "this is not an SQLite database, just some text that is long enough".repeat(100),
    )
    .unwrap();
    let output = run(&[], &url(&path));
    assert_fails(&output, 13, "corrupt or not an SQLite database");
    assert!(
        std::fs::read(&path).unwrap().starts_with(b"this is not"),
        "the file is left as it was"
    );
}

#[tokio::test]
async fn a_database_with_a_newer_schema_exits_14() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    Database::from_url(&url(&path)).unwrap().prepare().await.unwrap();
    let pool = sqlx::SqlitePool::connect(&url(&path)).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99990101000000, 'from the future', 1, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    // The newer schema's own table is not taken for a foreign one (exit 17).
    sqlx::query("CREATE TABLE from_the_future (id INTEGER)")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let output = run(&[], &url(&path));
    assert_fails(&output, 14, "newer than this binary knows");
}

#[test]
fn a_port_in_use_exits_20() {
    let dir = tempfile::tempdir().unwrap();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = run(&["--bind", &addr], &url(&dir.path().join("talent.db")));
    assert_fails(&output, 20, "address already in use");
}

#[test]
fn an_invalid_database_url_exits_3() {
    let output = run(&[], "postgres://localhost/talent");
    assert_fails(&output, 3, "must start with sqlite:");
}

#[test]
fn an_in_memory_database_exits_3_in_every_spelling() {
    for url in [
        "sqlite::memory:",
        "sqlite://:memory:",
        "sqlite:",
        "sqlite://talent.db?mode=memory",
    ] {
        let output = run(&[], url);
        assert_fails(&output, 3, "in-memory database cannot be shared");
    }
}

#[test]
fn two_processes_preparing_one_new_database_at_once_both_succeed() {
    // The first to write migrates and seeds; the other finds the work done
    // (or waits and tries again) instead of failing on "table already
    // exists". Several rounds, since the race is not won the same way each
    // time.
    for round in 0..4 {
        let dir = tempfile::tempdir().unwrap();
        let db_url = url(&dir.path().join("talent.db"));
        let children: Vec<_> = (0..3)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_talent-trends-api"))
                    .args(["--database-url", &db_url, "migrate"])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "round {round}: {:?}\n{}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let check = run(&["check"], &db_url);
        assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    }
}
