//! Helpers shared by the integration tests: a real, seeded SQLite database in
//! a temporary folder, the real router and request shortcuts (in process),
//! and the real binary on a free port with a raw HTTP/1.1 client (out of
//! process).

use std::{
    io::{Read, Write},
    net::TcpStream,
    path::Path,
    process::{Child, Command, Output, Stdio},
    sync::{Arc, OnceLock},
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use serde_json::Value;
use sha2::{Digest, Sha256};
use talent_trends_api::{AppState, app, data::catalog::Catalog, startup};
use tower::ServiceExt;

/// The catalogue loaded from a freshly created and seeded database (once per
/// test binary, so shared by every module; the database lives in a temporary
/// folder). It is never changed: tests that change data use a database and
/// state of their own.
pub fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            std::thread::spawn(|| {
                let dir = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}", dir.path().join("talent.db").display());
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                let (catalog, _database) = runtime
                    .block_on(startup::load(&url))
                    .expect("database prepared and loaded");
                Arc::new(catalog)
            })
            .join()
            .expect("loading thread")
        })
        .clone()
}

/// The whole service over the seeded database.
pub fn service() -> talent_trends_api::http::Service {
    app(AppState::new(catalog()))
}

/// An answer: status, headers and body.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("body is UTF-8")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().expect("header is ASCII"))
    }

    /// The `data` array of a JSON envelope.
    pub fn data(&self) -> Vec<Value> {
        self.json()["data"].as_array().cloned().expect("data is an array")
    }

    /// Asserts a problem+json answer with this status and type slug.
    pub fn assert_problem(&self, status: u16, slug: &str) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.header("content-type"), Some("application/problem+json"));
        let problem = self.json();
        assert_eq!(problem["type"], format!("/problems/{slug}"), "{problem}");
        assert_eq!(problem["status"], status);
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(problem["detail"].as_str().is_some_and(|t| !t.is_empty()));
        problem
    }
}

/// The `Host` in-process requests carry (an HTTP/1.1 request needs one).
pub const HOST: &str = "api.test";

/// `request` with a `Host` field, unless it has one.
pub fn with_host(mut request: Request<Body>) -> Request<Body> {
    if !request.headers().contains_key("host") {
        request.headers_mut().insert("host", HOST.parse().unwrap());
    }
    request
}

pub async fn send(request: Request<Body>) -> Answer {
    let response = service().oneshot(with_host(request)).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
    Answer { status, headers, body }
}

/// A request with any method and headers through the shared service.
pub async fn request(method: Method, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    send(builder.body(Body::empty()).unwrap()).await
}

/// One GET through the router of `state` (not the shared service).
pub async fn call(state: &AppState, uri: &str) -> Answer {
    let response = app(state.clone())
        .oneshot(with_host(Request::get(uri).body(Body::empty()).unwrap()))
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

pub async fn get(uri: &str) -> Answer {
    send(Request::builder().uri(uri).body(Body::empty()).unwrap()).await
}

pub async fn get_with(uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().method(Method::GET).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(request.body(Body::empty()).unwrap()).await
}

/// `data` of a dataset answer, asserting a 200 JSON envelope.
pub async fn rows(uri: &str) -> Vec<Value> {
    let answer = get(uri).await;
    assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.text());
    assert_eq!(answer.header("content-type"), Some("application/json"));
    answer.data()
}

/// The exact JSON text of every number following `"field":` in a body, in
/// order (`"5.80"` stays `"5.80"`, which a parsed `Value` would not show).
pub fn numbers(body: &str, field: &str) -> Vec<String> {
    let key = format!("\"{field}\":");
    body.match_indices(&key)
        .map(|(at, _)| {
            body[at + key.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E' | '+'))
                .collect()
        })
        .collect()
}

/// A figure of a row in hundredths, for exact arithmetic on two-decimal
/// shares (`31.42` -> 3142).
pub fn hundredths(row: &Value, field: &str) -> i64 {
    let value = row[field]
        .as_f64()
        .unwrap_or_else(|| panic!("{field} is not a number in {row}"));
    (value * 100.0).round() as i64
}

/// Labels (`field`) of rows, in order.
pub fn labels(rows: &[Value], field: &str) -> Vec<String> {
    rows.iter()
        .map(|r| r[field].as_str().expect("text field").to_owned())
        .collect()
}

/// The row whose `field` equals `value`.
pub fn find<'a>(rows: &'a [Value], field: &str, value: &str) -> &'a Value {
    rows.iter()
        .find(|r| r[field] == value)
        .unwrap_or_else(|| panic!("no row with {field} = {value}"))
}

// ------------------------------------------------------- the real binary

/// A running instance of the real binary on a free port.
pub struct Instance {
    child: Child,
    pub addr: String,
}

impl Instance {
    pub fn start(database: &Path, extra: &[(&str, &str)]) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        let mut command = Command::new(env!("CARGO_BIN_EXE_talent-trends-api"));
        command
            .env("DATABASE_URL", url(database))
            .env("BIND_ADDR", &addr)
            .env("LOG_FORMAT", "json")
            .env("LOG_LEVEL", "info")
            // Stop at once on SIGTERM unless a test asks for the delay.
            .env("SHUTDOWN_DELAY", "0")
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

    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit; returns its exit code and stderr.
    pub fn wait(mut self) -> (Option<i32>, String) {
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
pub fn http_get(addr: &str, path: &str, headers: &[(&str, &str)]) -> std::io::Result<(u16, String, Vec<u8>)> {
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

/// Runs the real binary with `args` over the database at `database_url` (and
/// a free port, should it serve), and waits for it to exit.
pub fn run(args: &[&str], database_url: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talent-trends-api"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("BIND_ADDR", "127.0.0.1:0")
        .env_remove("RUST_LOG")
        .env("LOG_LEVEL", "warn")
        .output()
        .expect("the binary runs")
}

/// The `DATABASE_URL` of an SQLite file.
pub fn url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// The SHA-256 digest of a file's bytes.
pub fn file_digest(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

/// The path of a dataset kind's chart: its JSON path with `.svg`
/// (`/talent/cities.svg`).
pub fn chart_path(kind: &talent_trends_api::data::kinds::DatasetKind) -> String {
    format!("{}.svg", kind.path)
}
