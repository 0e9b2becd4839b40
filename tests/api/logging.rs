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
