//! The data served is exactly the data stored, and every view of it agrees
//! (issue 13). Each test drives the real binary, with the steps an operator
//! or a new user took when they found the fault:
//!
//! 1. changed data is reloaded, and moves the version and every ETag;
//! 2. a broken schema turns readiness 503, while answers keep coming;
//! 3. start-up never writes into someone else's database, and binds first;
//! 4. readiness problems carry no path and no driver message;
//! 5. one definition of "uncertain" in every view;
//! 6. the repository and its answers cite nothing outside the repository;
//! 7. titles and labels as printed, English in every `_en` field, a
//!    statistic for every dataset;
//!
//! and two replicas on two copies of the database agree while the copies do.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use serde_json::Value;
use talent_trends_api::db::Database;

use crate::helpers::{Instance, file_digest, http_get, run, url};

/// Database checks every second, so that changes show quickly.
const FAST: &[(&str, &str)] = &[("DB_CHECK_INTERVAL", "1")];

/// An answer of the real binary.
struct Got {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Got {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim().to_owned())
        })
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn fetch(instance: &Instance, path: &str) -> Got {
    fetch_with(instance, path, &[])
}

fn fetch_with(instance: &Instance, path: &str, headers: &[(&str, &str)]) -> Got {
    let (status, head, body) = http_get(&instance.addr, path, headers).expect("the instance answers");
    Got { status, head, body }
}

/// Polls `done` every 100 ms for up to 15 s; true when it came true.
fn eventually(mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// A created, migrated and seeded database in `dir`.
async fn seeded(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    Database::from_url(&url(&path)).unwrap().prepare().await.unwrap();
    path
}

/// Runs `sql` on the database file, as another process would.
async fn execute(path: &Path, sql: &str) {
    let pool = sqlx::SqlitePool::connect(&url(path)).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
}

/// Beijing's share as the instance serves it, as printed in the JSON body.
fn beijing(instance: &Instance) -> String {
    let got = fetch(instance, "/talent/cities.ndjson?limit=1&fields=share_pct");
    assert_eq!(got.status, 200, "{}", got.text());
    let text = got.text();
    let at = text.find("\"share_pct\":").expect("a share") + "\"share_pct\":".len();
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect()
}

fn version(instance: &Instance) -> String {
    fetch(instance, "/reports").json()["meta"]["data_version"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Answers whose ETags must all follow the data: JSON with `meta`, and
/// representations that carry no version of their own.
const ANSWERS: &[&str] = &[
    "/talent/cities",
    "/talent/cities.csv",
    "/talent/cities/rows",
    "/heat-index.ndjson",
    "/salaries.csv",
    "/talent/cities.svg",
    "/salaries.svg",
    "/reports",
];

fn etags(instance: &Instance) -> Vec<String> {
    ANSWERS
        .iter()
        .map(|path| {
            let got = fetch(instance, path);
            assert_eq!(got.status, 200, "{path}");
            got.header("etag").unwrap_or_else(|| panic!("{path}: no ETag"))
        })
        .collect()
}

// ------------------------------------------------------------------ 1

/// Issue 13, point 1: copy the database, change one figure, move the copy
/// over the original. The running service reloads it; the version and every
/// ETag move; a fresh instance on the same file agrees with it.
#[tokio::test]
async fn a_figure_changed_in_a_copy_moved_over_the_database_is_served_under_a_new_version_and_new_etags() {
    let dir = tempfile::tempdir().unwrap();
    let path = seeded(dir.path(), "talent.db").await;
    let running = Instance::start(&path, FAST);
    assert_eq!(beijing(&running), "31.42");
    let (version_before, etags_before) = (version(&running), etags(&running));
    let cities = fetch(&running, "/talent/cities");
    let last_modified_before = cities.header("last-modified").unwrap();

    let copy = dir.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    execute(&copy, "UPDATE talent_cities SET share_pct = '99.99' WHERE rank = 1").await;
    std::fs::rename(&copy, &path).unwrap();

    assert!(
        eventually(|| beijing(&running) == "99.99"),
        "the running service reloads the changed data"
    );
    let version_after = version(&running);
    assert_ne!(version_after, version_before, "the version moves with the data");
    let etags_after = etags(&running);
    for ((path, before), after) in ANSWERS.iter().zip(&etags_before).zip(&etags_after) {
        assert_ne!(before, after, "{path}: the ETag moves with the data");
    }
    // Clients holding the old answer get the new one, by either validator.
    let old_etag = &etags_before[0];
    assert_eq!(
        fetch_with(&running, "/talent/cities", &[("If-None-Match", old_etag)]).status,
        200
    );
    assert_eq!(
        fetch_with(
            &running,
            "/talent/cities",
            &[("If-Modified-Since", &last_modified_before)]
        )
        .status,
        200
    );
    let ready = fetch(&running, "/ready");
    assert_eq!(ready.status, 200, "{}", ready.text());
    assert!(eventually(
        || fetch(&running, "/ready").json()["reload_pending"] == false
    ));
    assert_eq!(fetch(&running, "/ready").json()["data_version"], version_after.as_str());

    // A fresh instance on the same file serves the same figure under the
    // same version and the same ETags.
    let fresh = Instance::start(&path, FAST);
    assert_eq!(beijing(&fresh), "99.99");
    assert_eq!(version(&fresh), version_after);
    assert_eq!(etags(&fresh), etags_after);
}

/// The proof asked for beside point 1: two instances on two copies of the
/// database serve the same figure under the same version and ETags; once
/// one copy changes, their versions differ.
#[tokio::test]
async fn two_instances_on_two_copies_agree_until_one_copy_changes_and_then_their_versions_differ() {
    let dir = tempfile::tempdir().unwrap();
    let first = seeded(dir.path(), "first.db").await;
    let second = dir.path().join("second.db");
    std::fs::copy(&first, &second).unwrap();
    let a = Instance::start(&first, FAST);
    let b = Instance::start(&second, FAST);
    assert_eq!((beijing(&a), beijing(&b)), ("31.42".to_owned(), "31.42".to_owned()));
    let version_a = version(&a);
    assert_eq!(version_a, version(&b));
    assert_eq!(etags(&a), etags(&b));
    assert_eq!(fetch(&a, "/talent/cities").body, fetch(&b, "/talent/cities").body);

    execute(&second, "UPDATE talent_cities SET share_pct = '31.40' WHERE rank = 1").await;
    assert!(eventually(|| beijing(&b) == "31.40"), "b reloads its copy");
    assert_eq!(beijing(&a), "31.42", "a still serves its own copy");
    assert_eq!(version(&a), version_a);
    assert_ne!(version(&b), version_a, "different data, different versions");
    assert_ne!(
        fetch(&a, "/talent/cities").header("etag"),
        fetch(&b, "/talent/cities").header("etag")
    );
}

// ------------------------------------------------------------------ 2

/// Issue 13, point 2: `DROP TABLE talent_cities` under a running service.
#[tokio::test]
async fn a_dropped_table_turns_readiness_503_and_the_last_good_data_keeps_being_served() {
    let dir = tempfile::tempdir().unwrap();
    let path = seeded(dir.path(), "talent.db").await;
    let instance = Instance::start(&path, FAST);
    assert_eq!(fetch(&instance, "/ready").status, 200);
    let version_before = version(&instance);

    execute(&path, "DROP TABLE talent_cities").await;
    assert!(
        eventually(|| fetch(&instance, "/ready").status == 503),
        "readiness notices the broken schema"
    );
    let problem = fetch(&instance, "/ready").json();
    assert_eq!(problem["detail"], "the database cannot be read", "{problem}");
    assert!(fetch(&instance, "/metrics").text().contains("talent_database_ready 0"));
    assert_eq!(
        beijing(&instance),
        "31.42",
        "answers keep coming from the last good data"
    );
    assert_eq!(version(&instance), version_before);
}

/// Point 2, the rules of `check`: data that loads but breaks a rule (a
/// top-10 share that rises with rank) is not swapped in, and readiness says
/// so; when the data is put right, the instance is ready again.
#[tokio::test]
async fn data_that_fails_its_checks_is_never_served_and_readiness_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = seeded(dir.path(), "talent.db").await;
    let instance = Instance::start(&path, FAST);
    execute(&path, "UPDATE talent_cities SET share_pct = '1.00' WHERE rank = 1").await;
    assert!(eventually(|| fetch(&instance, "/ready").status == 503));
    assert_eq!(fetch(&instance, "/ready").json()["detail"], "the data fails its checks");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(beijing(&instance), "31.42", "the failing data is not swapped in");

    execute(&path, "UPDATE talent_cities SET share_pct = '31.42' WHERE rank = 1").await;
    assert!(eventually(|| fetch(&instance, "/ready").status == 200));
    assert!(fetch(&instance, "/metrics").text().contains("talent_database_ready 1"));

    // A restart on failing data refuses to serve it: one line, exit 15.
    execute(&path, "UPDATE talent_cities SET share_pct = '1.00' WHERE rank = 1").await;
    let output = run(&[], &url(&path));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(15), "{stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("fails its checks"), "{}", errors[0]);
}

// ------------------------------------------------------------------ 3

/// Issue 13, point 3: `DATABASE_URL` pointing at an unrelated SQLite file.
#[tokio::test]
async fn a_database_holding_tables_the_service_does_not_own_is_refused_with_exit_17_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let pool = sqlx::SqlitePool::connect(&format!("{}?mode=rwc", url(&path)))
        .await
        .unwrap();
    sqlx::raw_sql(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
         INSERT INTO customers (name) VALUES ('Ada');
         CREATE VIEW customer_names AS SELECT name FROM customers;",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let before = file_digest(&path);

    for command in [&[][..], &["migrate"][..]] {
        let output = run(command, &url(&path));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(17), "{command:?}: {stderr}");
        let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
        assert_eq!(errors.len(), 1, "exactly one error line: {stderr}");
        assert!(
            errors[0].contains("does not own") && errors[0].contains("customer_names, customers"),
            "{}",
            errors[0]
        );
    }
    assert_eq!(file_digest(&path), before, "not a byte written");
    let pool = sqlx::SqlitePool::connect(&url(&path)).await.unwrap();
    let tables: i64 = sqlx::query_scalar("SELECT count(*) FROM sqlite_master")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    assert_eq!(tables, 2, "no table appeared beside the owner's");
}

/// Point 3: another sqlx application's database, with migrations numbered
/// like ours, is still someone else's.
#[tokio::test]
async fn another_sqlx_applications_database_is_refused_with_exit_17() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let pool = sqlx::SqlitePool::connect(&format!("{}?mode=rwc", url(&path)))
        .await
        .unwrap();
    sqlx::raw_sql(
        "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL,
             installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL,
             checksum BLOB NOT NULL, execution_time BIGINT NOT NULL);
         INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (1, 'theirs', 1, x'01', 0), (2, 'theirs', 1, x'02', 0), (3, 'theirs', 1, x'03', 0);
         CREATE TABLE orders (id INTEGER PRIMARY KEY);",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let before = file_digest(&path);
    let output = run(&[], &url(&path));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(17), "{stderr}");
    assert!(stderr.contains("(orders)"), "{stderr}");
    assert_eq!(file_digest(&path), before);
}

/// Point 3: an existing but empty file is the service's to initialise.
#[test]
fn an_empty_database_file_is_initialised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    std::fs::write(&path, b"").unwrap();
    let output = run(&["migrate"], &url(&path));
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let instance = Instance::start(&path, &[]);
    assert_eq!(beijing(&instance), "31.42");
}

/// Point 3: a start that fails on a taken port has written nothing.
#[test]
fn a_start_on_a_taken_port_exits_20_before_creating_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = run(&["--bind", &addr], &url(&path));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(20), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );
    assert!(!path.exists(), "the database file was not created");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
}

// ------------------------------------------------------------------ 4

/// Issue 13, point 4: with the database file gone, `/ready`'s 503 names no
/// path and no SQLite error; the log does.
#[tokio::test]
async fn readiness_problems_name_no_path_and_no_driver_message_and_the_log_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = seeded(dir.path(), "talent.db").await;
    let instance = Instance::start(&path, FAST);
    std::fs::remove_file(&path).unwrap();
    assert!(eventually(|| fetch(&instance, "/ready").status == 503));
    let got = fetch(&instance, "/ready");
    assert_eq!(got.header("content-type").as_deref(), Some("application/problem+json"));
    assert_eq!(got.json()["detail"], "the database cannot be read");
    let body = got.text();
    let folder = dir.path().display().to_string();
    for secret in [
        folder.as_str(),
        "talent.db",
        "/tmp",
        "sqlite",
        "SQLite",
        "does not exist",
        "unable to open",
        "error returned from database",
        "code:",
    ] {
        assert!(!body.contains(secret), "{secret:?} in {body}");
    }
    // The operator's log has the details.
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    assert!(
        stderr.contains("database check failed") && stderr.contains(&folder),
        "{stderr}"
    );
}

// ------------------------------------------------------------------ 5

/// Issue 13, point 5: `/reports`, each dataset's `meta`, its chart's legend
/// and the dashboard all say the same about uncertainty, and whenever
/// something is uncertain there is a note that says why.
#[test]
fn every_view_of_a_dataset_agrees_on_whether_it_is_uncertain_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);
    let catalogue = fetch(&instance, "/reports").json();
    let dashboard = fetch_with(&instance, "/", &[("Accept", "text/html")]).text();
    let datasets = catalogue["data"][0]["datasets"].as_array().unwrap().clone();
    let mut uncertain = Vec::new();
    for entry in &datasets {
        let id = entry["dataset"].as_str().unwrap();
        let flagged = entry["uncertain"].as_bool().unwrap();
        let note = entry["uncertainty_note"].as_str();
        assert_eq!(
            flagged,
            note.is_some_and(|n| !n.trim().is_empty()),
            "{id}: a note iff uncertain"
        );
        if entry["uncertain_rows"].as_u64().unwrap() > 0 {
            assert!(flagged, "{id}: rows are uncertain, so the dataset is");
        }
        let meta = fetch(&instance, entry["href"].as_str().unwrap()).json()["meta"].clone();
        assert_eq!(meta["uncertain"], entry["uncertain"], "{id}: meta agrees with /reports");
        assert_eq!(meta["uncertainty_note"], entry["uncertainty_note"], "{id}");
        assert_eq!(meta["uncertain_rows"], entry["uncertain_rows"], "{id}");
        for (lang, legend) in [("zh", "读数不确定"), ("en", "ncertain reading")] {
            let path = talent_trends_api::data::kinds::kind(id).unwrap().path;
            let chart = fetch(&instance, &format!("{path}.svg?lang={lang}")).text();
            assert_eq!(
                chart.contains(legend),
                flagged,
                "{id} {lang}: the chart's legend agrees"
            );
        }
        let section = dashboard
            .split(&format!("<section id=\"{id}\">"))
            .nth(1)
            .and_then(|rest| rest.split("</section>").next())
            .unwrap_or_else(|| panic!("{id}: a dashboard section"));
        // The note is a `<details class="note">` (each section also has the
        // citation's `<details class="cite">`).
        assert_eq!(
            section.contains("<details class=\"note\""),
            flagged,
            "{id}: the dashboard agrees"
        );
        if flagged {
            uncertain.push(id.to_owned());
        }
    }
    // The two the issue found: only rows flagged, now uncertain with a note
    // composed from the rows'.
    for id in ["job-skills", "applications"] {
        assert!(uncertain.iter().any(|u| u == id), "{id} is uncertain");
    }
    let skills = datasets.iter().find(|d| d["dataset"] == "job-skills").unwrap();
    assert!(
        skills["uncertainty_note"]
            .as_str()
            .unwrap()
            .starts_with("1 of 6 rows is uncertain (创新思维)"),
        "{skills}"
    );
    let map = datasets.iter().find(|d| d["dataset"] == "applications").unwrap();
    assert!(
        map["uncertainty_note"]
            .as_str()
            .unwrap()
            .starts_with("7 of 31 rows are uncertain"),
        "{map}"
    );
    // Rows: every flagged row says why.
    for entry in &datasets {
        let rows = fetch(&instance, &format!("{}&limit=1000", entry["href"].as_str().unwrap())).json();
        for row in rows["data"].as_array().unwrap() {
            if row["uncertain"] == true {
                assert!(!row["uncertainty_note"].as_str().unwrap_or("").is_empty(), "{row}");
            }
        }
    }
}

// ------------------------------------------------------------------ 6

/// Text that would point outside the repository: the shared folder the
/// extraction was kept in, its file name, and absolute paths of workspaces
/// and home folders. Built from pieces, so this file does not name them.
fn outside_references() -> Vec<String> {
    vec![
        ["shared", "/seeds"].concat(),
        ["..", "/shared"].concat(),
        ["000_4fdffe35", "2e28f7f1"].concat(),
        ["/wo", "rk/"].concat(),
        ["/ho", "me/"].concat(),
        ["/Us", "ers/"].concat(),
        ["/ro", "ot/"].concat(),
        ["/m", "nt/"].concat(),
    ]
}

fn outside_reference_in(text: &str) -> Option<String> {
    outside_references().into_iter().find(|r| text.contains(r.as_str()))
}

/// Issue 13, point 6: no tracked file of the repository refers to a path
/// outside it (the seed quotes the text it was read from instead).
#[test]
fn no_file_in_the_repository_refers_to_a_path_outside_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success());
    let files: Vec<PathBuf> = match listed {
        Some(output) => output
            .stdout
            .split(|b| *b == 0)
            .filter(|name| !name.is_empty())
            .map(|name| root.join(String::from_utf8_lossy(name).as_ref()))
            .collect(),
        // No git (an exported tree): every file but the build output.
        None => walk(root),
    };
    assert!(files.len() > 50, "the repository's files are listed: {}", files.len());
    let mut found = Vec::new();
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        if let Some(reference) = outside_reference_in(&text) {
            found.push(format!("{} mentions {reference:?}", file.display()));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if matches!(name.to_str(), Some("target" | ".git" | "node_modules")) {
            continue;
        }
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Point 6, the answers: the report is cited as a publication (title,
/// publisher, date, where it is distributed), and no answer names a path
/// outside the repository.
#[test]
fn the_report_is_cited_by_title_publisher_date_and_distribution_and_no_answer_names_an_outside_path() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);
    let catalogue = fetch(&instance, "/reports");
    let report = &catalogue.json()["data"][0];
    let source = report["source"].as_str().unwrap();
    for part in [
        "2023 AIGC人才趋势报告",
        "脉脉高聘人才智库",
        "2023-03-30",
        "PDF",
        "发现报告",
        "fxbaogao.com",
    ] {
        assert!(source.contains(part), "{part:?} in {source:?}");
    }
    let mut paths: Vec<String> = talent_trends_api::data::kinds::KINDS
        .iter()
        .flat_map(|k| [format!("{}?limit=1000", k.path), format!("{}.svg", k.path)])
        .collect();
    paths.extend(["/reports", "/", "/openapi.json"].map(str::to_owned));
    for path in &paths {
        let got = fetch_with(&instance, path, &[("Accept", "text/html, */*")]);
        assert_eq!(got.status, 200, "{path}");
        assert_eq!(outside_reference_in(&got.text()), None, "{path}");
    }
}

// ------------------------------------------------------------------ 7

/// Any CJK character (ideographs, radicals, CJK punctuation, full-width forms).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Every string under a key ending in `_en`, anywhere in `value`, with the
/// path to it.
fn english_fields(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let here = format!("{at}.{key}");
                if key.ends_with("_en")
                    && let Some(text) = inner.as_str()
                {
                    out.push((here.clone(), text.to_owned()));
                }
                english_fields(inner, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                english_fields(inner, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Issue 13, point 7: the hot-jobs title as printed, English `_en` fields,
/// the skills chart's dimensions as printed, the salary statistic named as
/// the report leaves it, and `page_printed: null` explained in the answer.
#[test]
fn titles_and_labels_are_as_printed_every_en_field_is_english_and_every_dataset_says_what_its_statistic_is() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);

    // Both hot-job lists are printed under 热招; the reading is separate.
    let hot = fetch(&instance, "/jobs/hot").json();
    assert_eq!(hot["meta"]["title"], "AIGC领域热招岗位TOP10 / AIGC领域热招岗位TOP10");
    for row in hot["data"].as_array().unwrap() {
        assert_eq!(row["side_label"], "热招", "{row}");
    }
    let supply = fetch(&instance, "/jobs/hot?side=supply").json();
    assert_eq!(supply["data"].as_array().unwrap().len(), 10);
    let note = hot["meta"]["transcription_note"].as_str().unwrap();
    assert!(note.contains("热投") && note.contains("prose"), "{note}");

    // The heat index's unit in English is English.
    let heat = fetch(&instance, "/heat-index").json();
    assert!(!heat["meta"]["unit_en"].as_str().unwrap().chars().any(is_cjk));

    // The skills page prints three dimensions; the English title says the
    // same three; no row claims a dimension the report does not print.
    let skills = fetch(&instance, "/jobs/skills").json();
    let title_en = skills["meta"]["title_en"].as_str().unwrap();
    for dimension in ["technical skill", "academic output", "business delivery"] {
        assert!(title_en.contains(dimension), "{title_en}");
    }
    assert!(!title_en.contains("nnovation"), "{title_en}");
    let printed = ["专业技术", "学术成果", "业务落地"];
    for row in skills["data"].as_array().unwrap() {
        match row["dimension"].as_str() {
            Some(dimension) => assert!(printed.contains(&dimension), "{row}"),
            None => {
                assert_eq!(row["term"], "创新思维");
                assert_eq!(row["dimension_en"], Value::Null);
                assert_eq!(row["uncertain"], true);
            }
        }
    }

    // Salaries: the statistic as printed, and what the report leaves open.
    let salaries = fetch(&instance, "/salaries").json();
    assert_eq!(salaries["meta"]["statistic"], "年薪水平");
    let statistic = salaries["meta"]["statistic_en"].as_str().unwrap();
    assert!(
        statistic.contains("does not name the statistic") && statistic.contains("average"),
        "{statistic}"
    );

    // Every dataset says what its statistic is; a page without a printed
    // marker says why, in the answer itself.
    let catalogue = fetch(&instance, "/reports").json();
    let mut unmarked = 0;
    for entry in catalogue["data"][0]["datasets"].as_array().unwrap() {
        let id = entry["dataset"].as_str().unwrap();
        assert!(!entry["statistic_en"].as_str().unwrap().trim().is_empty(), "{id}");
        let meta = fetch(&instance, entry["href"].as_str().unwrap()).json()["meta"].clone();
        assert_eq!(meta["statistic_en"], entry["statistic_en"], "{id}");
        assert_eq!(meta["statistic"], entry["statistic"], "{id}");
        if entry["page_printed"].is_null() {
            unmarked += 1;
            let page_note = entry["page_note"].as_str().unwrap_or("");
            assert!(page_note.contains("no page marker"), "{id}: {page_note}");
            assert_eq!(meta["source"]["page_note"], entry["page_note"], "{id}");
        } else {
            assert!(entry["page_note"].is_null(), "{id}");
        }
    }
    assert_eq!(unmarked, 2, "pages 4 and 6 have no marker");

    // Every served `_en` field, in the catalogue and in every row, is English.
    let mut fields = Vec::new();
    english_fields(&catalogue, "/reports", &mut fields);
    for kind in talent_trends_api::data::kinds::KINDS {
        let answer = fetch(&instance, &format!("{}?limit=1000", kind.path)).json();
        english_fields(&answer, kind.path, &mut fields);
    }
    let compare = fetch(&instance, "/talent/ages/comparison").json();
    english_fields(&compare, "/talent/ages/comparison", &mut fields);
    assert!(fields.len() > 250, "{} _en fields", fields.len());
    let chinese: Vec<String> = fields
        .iter()
        .filter(|(_, text)| text.chars().any(is_cjk))
        .map(|(at, text)| format!("{at}: {text}"))
        .collect();
    assert!(chinese.is_empty(), "_en fields with Chinese:\n{}", chinese.join("\n"));
}
