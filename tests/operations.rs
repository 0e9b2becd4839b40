//! Operating the service: health and readiness (flipping with the database
//! file), request ids in answers and logs, metrics, hot reload, the `check`
//! and `export` subcommands, graceful shutdown on SIGTERM and Ctrl-C, and
//! proof that no request can write to the database.

mod common;

use std::{
    io::{Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{body::Body, http::Request};
use common::{Answer, catalog, get, get_with};
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use talent_trends_api::{AppState, app, config::ServerArgs, db::Database, startup, watch};
use tower::ServiceExt;

// ---------------------------------------------------------------- in process

async fn call(state: &AppState, uri: &str) -> Answer {
    let response = app(state.clone())
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

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
async fn request_ids_are_kept_from_the_client_or_generated() {
    let kept = get_with("/talent/cities", &[("x-request-id", "client-chosen-42")]).await;
    assert_eq!(kept.header("x-request-id"), Some("client-chosen-42"));
    let generated = get("/talent/cities").await;
    let id = generated.header("x-request-id").unwrap();
    // A random per-process prefix and a counter: unique across replicas.
    let (prefix, counter) = id.split_once('-').unwrap();
    assert_eq!(prefix.len(), 16, "{id}");
    assert!(
        prefix.chars().chain(counter.chars()).all(|c| c.is_ascii_hexdigit()),
        "{id}"
    );
    assert_ne!(get("/talent/cities").await.header("x-request-id"), Some(id));
    // Errors carry it too.
    let error = get_with("/nope", &[("x-request-id", "abc")]).await;
    assert_eq!(error.header("x-request-id"), Some("abc"));
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_and_include_the_process() {
    let state = AppState::new(catalog());
    for uri in ["/talent/cities", "/talent/cities", "/talent/cities?limit=-1", "/nope"] {
        call(&state, uri).await;
    }
    let metrics = call(&state, "/metrics").await;
    assert_eq!(metrics.status, 200);
    assert!(
        metrics
            .header("content-type")
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = metrics.text();
    for expected in [
        r#"http_requests_total{method="GET",route="/talent/cities",status="200"} 2"#,
        r#"http_requests_total{method="GET",route="/talent/cities",status="400"} 1"#,
        r#"http_requests_total{method="GET",route="unmatched",status="404"} 1"#,
        r#"http_request_duration_seconds_bucket{method="GET",route="/talent/cities",status="200",le="0.01"}"#,
        "process_resident_memory_bytes",
        "process_cpu_seconds_total",
        &format!(r#"talent_data_info{{data_version="{}"}} 1"#, catalog().data_version),
    ] {
        assert!(text.contains(expected), "missing {expected} in\n{text}");
    }
}

// ------------------------------------------------------------- real binary

/// A running instance of the real binary on a free port.
struct Instance {
    child: Child,
    addr: String,
}

impl Instance {
    fn start(database: &Path, extra: &[(&str, &str)]) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        let mut command = Command::new(env!("CARGO_BIN_EXE_talent-trends-api"));
        command
            .env("DATABASE_URL", format!("sqlite://{}", database.display()))
            .env("BIND_ADDR", &addr)
            .env("LOG_FORMAT", "json")
            .env("LOG_LEVEL", "info")
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (name, value) in extra {
            command.env(name, value);
        }
        let child = command.spawn().unwrap();
        let instance = Instance { child, addr };
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if http_get(&instance.addr, "/health", &[]).is_ok_and(|(status, _, _)| status == 200) {
                return instance;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the service did not come up on {}", instance.addr);
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit; returns its exit code and stderr.
    fn wait(mut self) -> (Option<i32>, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                let mut stderr = String::new();
                self.child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
                return (status.code(), stderr);
            }
            assert!(Instant::now() < deadline, "the process did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// A blocking HTTP/1.1 GET with `Connection: close`: (status, head, body).
fn http_get(addr: &str, path: &str, headers: &[(&str, &str)]) -> std::io::Result<(u16, String, Vec<u8>)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok((status, head, raw[(split + 4).min(raw.len())..].to_vec()))
}

fn file_digest(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

#[test]
fn every_log_line_of_a_request_carries_its_id_method_route_status_and_latency() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[("ACCESS_LOG", "all")]);
    for _ in 0..2 {
        // The second answer is replayed by the edge layer: logged the same way.
        let (status, head, _) = http_get(
            &instance.addr,
            "/talent/cities?limit=1",
            &[("x-request-id", "trace-me-7")],
        )
        .unwrap();
        assert_eq!(status, 200);
        assert!(head.to_lowercase().contains("x-request-id: trace-me-7"));
    }
    let (status, _, _) = http_get(
        &instance.addr,
        "/talent/cities?limit=-1",
        &[("x-request-id", "bad-one-8")],
    )
    .unwrap();
    assert_eq!(status, 400);
    instance.signal("TERM");
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(0));
    let parsed: Vec<serde_json::Value> = stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let about = |id: &str| -> Vec<&serde_json::Value> {
        parsed
            .iter()
            .filter(|l| l["request_id"] == id || l["span"]["request_id"] == id)
            .collect()
    };
    let answered: Vec<&serde_json::Value> = about("trace-me-7")
        .into_iter()
        .filter(|l| l["message"] == "answered")
        .collect();
    assert_eq!(answered.len(), 2, "one line per answer in:\n{stderr}");
    for line in answered {
        assert_eq!(line["method"], "GET", "{line}");
        assert_eq!(line["route"], "/talent/cities", "{line}");
        assert_eq!(line["status"], 200, "{line}");
        assert!(line["latency_us"].as_u64().is_some(), "{line}");
    }
    let error = about("bad-one-8");
    assert!(
        error
            .iter()
            .any(|l| l["status"] == 400 && l["route"] == "/talent/cities"),
        "{stderr}"
    );
    // Lines logged while handling a request carry it in their span.
    for line in parsed.iter().filter(|l| l.get("span").is_some()) {
        assert!(line["span"]["request_id"].is_string(), "{line}");
        assert!(line["span"]["method"].is_string(), "{line}");
    }
}

#[test]
fn by_default_only_failed_requests_are_logged() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);
    http_get(&instance.addr, "/talent/cities", &[("x-request-id", "fine-1")]).unwrap();
    http_get(&instance.addr, "/nope", &[("x-request-id", "missing-2")]).unwrap();
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    assert!(!stderr.contains("fine-1"), "{stderr}");
    assert!(stderr.contains("missing-2"), "{stderr}");
}

/// Splits a stream of HTTP/1.1 answers into (head, body length) pairs;
/// `Err` holds what a truncated last answer had received.
fn split_answers(mut raw: &[u8]) -> Result<Vec<(String, usize)>, String> {
    let mut answers = Vec::new();
    while !raw.is_empty() {
        let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
            return Err(format!("a truncated head after {} answers", answers.len()));
        };
        let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| format!("no content-length in {head}"))?;
        let body = &raw[split + 4..];
        if body.len() < length {
            return Err(format!(
                "answer {} truncated at {} of {length} bytes",
                answers.len() + 1,
                body.len()
            ));
        }
        answers.push((head, length));
        raw = &body[length..];
    }
    Ok(answers)
}

#[test]
fn sigterm_lets_an_in_flight_request_finish_refuses_new_ones_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[("SHUTDOWN_GRACE", "20")]);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let addr: std::net::SocketAddr = instance.addr.parse().unwrap();
    let received = runtime.block_on(async {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        // A slow client: it asks for a large answer forty times on one
        // connection (pipelined, ~60 MB in all, far more than socket buffers
        // hold) and reads slowly, so an answer is being sent when SIGTERM comes.
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        let mut stream = socket.connect(addr).await.unwrap();
        let request = b"GET /docs/swagger-ui-bundle.js HTTP/1.1\r\nHost: x\r\n\r\n".repeat(40);
        stream.write_all(&request).await.unwrap();
        let mut received = vec![0u8; 64 * 1024];
        let first = stream.read(&mut received).await.unwrap();
        received.truncate(first);

        instance.signal("TERM");
        tokio::time::sleep(Duration::from_millis(500)).await;
        // New connections are refused once the signal arrived...
        assert!(TcpStream::connect(addr).is_err(), "the listener is closed");
        // ...while the answer in flight is still being sent.
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&chunk[..n]),
            }
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        received
    });
    let answers = split_answers(&received).unwrap_or_else(|e| panic!("the answer in flight was cut: {e}"));
    assert!(!answers.is_empty());
    assert!(
        answers.len() < 40,
        "the service stopped taking new requests: {} answered",
        answers.len()
    );
    for (head, length) in &answers {
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(*length > 500_000);
    }
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("SIGTERM"), "{stderr}");
}

#[test]
fn ctrl_c_stops_the_service_with_exit_code_0() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[]);
    instance.signal("INT");
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(0), "{stderr}");
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

fn run(args: &[&str], database: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_talent-trends-api"))
        .args(args)
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .env("LOG_LEVEL", "warn")
        .env_remove("RUST_LOG")
        .output()
        .unwrap()
}

#[test]
fn check_passes_on_the_shipped_data() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["check"], &dir.path().join("talent.db"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("12 dataset(s), no findings"), "{stdout}");
}

#[test]
fn check_lists_every_finding_in_a_deliberately_broken_seed_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/maimai-aigc-talent-2023.sql"
    ))
    .unwrap();
    let broken = seed
        // A distribution that no longer sums to 100.
        .replace("'5.41'),", "'6.41'),")
        // A gap in the ranks and a ranked share that rises.
        .replace(
            "('maimai-aigc-talent-2023', 5, '通信'",
            "('maimai-aigc-talent-2023', 15, '通信'",
        )
        // A missing month.
        .lines()
        .filter(|line| !line.contains("'2022-06', '2022年6月'"))
        .collect::<Vec<_>>()
        .join("\n")
        // A dataset without provenance.
        .replace(
            "'AIGC新发岗位分布行业TOP5',\n        'Top 5 industries",
            "'',\n        'Top 5 industries",
        );
    let path = dir.path().join("broken.sql");
    std::fs::write(&path, broken).unwrap();
    let output = run(
        &["check", "--seed", path.to_str().unwrap()],
        &dir.path().join("unused.db"),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(4),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for expected in [
        "talent-ages: share_pct (cohort=internet) sums to 101.00, not 100",
        "talent-industries: rank is [1, 2, 3, 4, 6, 7, 8, 9, 10, 15], not 1..10 without gaps",
        "talent-industries: share_pct rises from 1.85 at rank 10 to 5.80 at rank 15",
        "heat-index: month jumps from 2022-05 to 2022-07",
        "job-industries: provenance: title is empty",
        "5 finding(s)",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
}

#[test]
fn export_writes_every_dataset_as_csv_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("talent.db");
    let out = dir.path().join("out");
    for format in ["csv", "json"] {
        let output = run(
            &["export", "--out", out.to_str().unwrap(), "--format", format],
            &database,
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let folder = out.join("maimai-aigc-talent-2023");
        for kind in talent_trends_api::data::kinds::KINDS {
            let file = folder.join(format!("{}.{format}", kind.id));
            assert!(file.exists(), "{}", file.display());
        }
        assert!(folder.join("report.json").exists());
    }
    let cities = std::fs::read_to_string(out.join("maimai-aigc-talent-2023/talent-cities.csv")).unwrap();
    assert!(cities.contains("北京,1,北京,Beijing,31.42,false,"), "{cities}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("maimai-aigc-talent-2023/salaries.json")).unwrap()).unwrap();
    assert_eq!(json["data"].as_array().unwrap().len(), 6);
    let unknown = run(
        &["export", "--out", out.to_str().unwrap(), "--report", "nope"],
        &database,
    );
    assert_eq!(unknown.status.code(), Some(5));
}

#[test]
fn healthcheck_exits_0_against_a_running_instance_and_1_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("talent.db");
    let instance = Instance::start(&database, &[]);
    let ok = run(&["healthcheck", "--addr", &instance.addr], &database);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    instance.signal("TERM");
    let addr = instance.addr.clone();
    assert_eq!(instance.wait().0, Some(0));
    let down = run(&["healthcheck", "--addr", &addr], &database);
    assert_eq!(down.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&down.stderr).contains("unhealthy"));
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
