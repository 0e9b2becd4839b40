//! Request ids in answers and logs, and the access log of the real binary:
//! every line about a request carries its id, method, route, status and
//! latency; by default only failed requests are logged.

use crate::helpers::{Instance, get, get_with, http_get};

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

#[test]
fn text_log_lines_written_to_a_pipe_carry_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(
        &dir.path().join("talent.db"),
        &[("LOG_FORMAT", "text"), ("ACCESS_LOG", "all")],
    );
    http_get(&instance.addr, "/nope", &[("x-request-id", "plain-text-1")]).unwrap();
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    assert!(stderr.contains("plain-text-1"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "ANSI escape codes in a pipe:\n{stderr:?}");
}

/// Sends `raw` on a new connection and reads the answer to the end.
fn exchange(addr: &str, raw: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    stream.write_all(raw).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn client_text_in_log_lines_is_clipped() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[("ACCESS_LOG", "all")]);
    let long = "Q".repeat(4096);
    let answer = exchange(
        &instance.addr,
        format!("{long} /{long} HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert!(
        answer.starts_with("HTTP/1.1 405") || answer.starts_with("HTTP/1.1 404"),
        "{answer}"
    );
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    let longest = stderr.split(|c| c != 'Q').map(str::len).max().unwrap_or(0);
    assert!(
        longest > 0 && longest <= 128,
        "a run of {longest} client characters in:\n{stderr}"
    );
    assert!(
        stderr.contains("(4096 bytes)"),
        "the clipped value says how long it was"
    );
}

#[test]
fn client_error_lines_are_limited_per_client_and_the_rest_counted() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(
        &dir.path().join("talent.db"),
        &[("CLIENT_ERROR_LOG_RATE", "5"), ("RATE_LIMIT", "0")],
    );
    let requests: String = (0..60)
        .map(|i| format!("GET /no/such/path/{i} HTTP/1.1\r\nHost: api.test\r\n\r\n"))
        .collect::<String>()
        + "GET /no/such/path/last HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n";
    let answers = exchange(&instance.addr, requests.as_bytes());
    assert_eq!(answers.matches("HTTP/1.1 404").count(), 61);
    let (_, _, metrics) = http_get(&instance.addr, "/metrics", &[]).unwrap();
    let metrics = String::from_utf8(metrics).unwrap();
    let suppressed: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("talent_log_lines_suppressed_total "))
        .unwrap()
        .parse()
        .unwrap();
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    let logged = stderr.lines().filter(|l| l.contains("/no/such/path/")).count() as u64;
    assert!((5..=8).contains(&logged), "{logged} lines logged:\n{stderr}");
    assert_eq!(logged + suppressed, 61, "every line is either written or counted");
}

#[test]
fn client_error_lines_of_many_clients_together_are_limited_too() {
    let dir = tempfile::tempdir().unwrap();
    // 2 lines a second per client, so 10 for all clients together; behind a
    // trusted proxy, each request comes from another client.
    let instance = Instance::start(
        &dir.path().join("talent.db"),
        &[
            ("CLIENT_ERROR_LOG_RATE", "2"),
            ("RATE_LIMIT", "0"),
            ("TRUSTED_PROXIES", "127.0.0.1/32"),
        ],
    );
    let requests: String = (0..60)
        .map(|i| format!("GET /no/such/path/{i} HTTP/1.1\r\nHost: api.test\r\nX-Forwarded-For: 198.51.100.{i}\r\n\r\n"))
        .collect::<String>()
        + "GET /no/such/path/last HTTP/1.1\r\nHost: api.test\r\nX-Forwarded-For: 198.51.100.200\r\nConnection: close\r\n\r\n";
    let answers = exchange(&instance.addr, requests.as_bytes());
    assert_eq!(answers.matches("HTTP/1.1 404").count(), 61);
    instance.signal("TERM");
    let (_, stderr) = instance.wait();
    let logged = stderr.lines().filter(|l| l.contains("/no/such/path/")).count();
    // Per client alone, every one of the 61 lines would be written.
    assert!((10..=13).contains(&logged), "{logged} lines logged:\n{stderr}");
}
