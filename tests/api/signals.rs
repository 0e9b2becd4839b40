//! Signals of the real binary, as orchestrators and people at terminals
//! expect them: SIGTERM keeps serving for the shutdown delay with `/ready`
//! at 503 and every answer closing its connection, then exits 0; a second
//! signal exits at once with 130; SIGHUP re-checks the database and keeps
//! the process running. (Graceful draining is in `shutdown.rs`.)

use std::{
    io::{Read, Write},
    net::TcpStream,
    time::{Duration, Instant},
};

use crate::helpers::{Instance, http_get};

/// GET on a keep-alive connection (no `Connection: close` from the client):
/// the status line and whether the answer closes the connection.
fn keep_alive_get(addr: &str, path: &str) -> (String, bool) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: api.test\r\n\r\n").unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).to_lowercase();
    let status = head.lines().next().unwrap_or("").to_owned();
    (status, head.contains("connection: close"))
}

#[test]
fn sigterm_keeps_serving_for_the_delay_with_connection_close_then_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(&dir.path().join("talent.db"), &[("SHUTDOWN_DELAY", "2")]);
    let (before, closes) = keep_alive_get(&instance.addr, "/talent/cities");
    assert!(before.starts_with("http/1.1 200") && !closes, "{before}");
    let signalled = Instant::now();
    instance.signal("TERM");
    std::thread::sleep(Duration::from_millis(200));
    let (ready, _, _) = http_get(&instance.addr, "/ready", &[]).unwrap();
    assert_eq!(ready, 503, "/ready answers 503 at once");
    let (during, closes) = keep_alive_get(&instance.addr, "/talent/cities");
    assert!(
        during.starts_with("http/1.1 200"),
        "still serving during the delay: {during}"
    );
    assert!(closes, "answers during the delay close their connection");
    std::thread::sleep(Duration::from_millis(2500).saturating_sub(signalled.elapsed()));
    assert!(
        TcpStream::connect(&instance.addr).is_err(),
        "not accepting after the delay"
    );
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("SIGTERM"), "{stderr}");
}

#[test]
fn a_second_signal_during_the_shutdown_exits_at_once_with_130() {
    for second in ["INT", "TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let instance = Instance::start(&dir.path().join("talent.db"), &[("SHUTDOWN_DELAY", "30")]);
        instance.signal("TERM");
        std::thread::sleep(Duration::from_millis(300));
        let (ready, _, _) = http_get(&instance.addr, "/ready", &[]).unwrap();
        assert_eq!(ready, 503);
        let signalled = Instant::now();
        instance.signal(second);
        let (code, stderr) = instance.wait();
        assert_eq!(code, Some(130), "{second}: {stderr}");
        assert!(
            signalled.elapsed() < Duration::from_secs(2),
            "{second}: {:?}",
            signalled.elapsed()
        );
    }
}

/// An HTTP/2 request whose answer can never be sent (the client's stream
/// window is 0): it keeps the drain from finishing.
fn stuck_http2_request(addr: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut frames = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec();
    // SETTINGS: INITIAL_WINDOW_SIZE (4) = 0.
    frames.extend_from_slice(&[0, 0, 6, 4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0]);
    let mut block = vec![0x82, 0x86, 0x01, 8];
    block.extend_from_slice(b"api.test");
    let path = b"/docs/swagger-ui-bundle.js";
    block.extend_from_slice(&[0x04, path.len() as u8]);
    block.extend_from_slice(path);
    frames.extend_from_slice(&[0, 0, block.len() as u8, 1, 0x05, 0, 0, 0, 1]);
    frames.extend_from_slice(&block);
    stream.write_all(&frames).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    stream
}

#[test]
fn ctrl_c_drains_at_once_and_a_second_ctrl_c_exits_with_130() {
    let dir = tempfile::tempdir().unwrap();
    let instance = Instance::start(
        &dir.path().join("talent.db"),
        &[("SHUTDOWN_DELAY", "30"), ("SHUTDOWN_GRACE", "30")],
    );
    let _held = stuck_http2_request(&instance.addr);
    instance.signal("INT");
    std::thread::sleep(Duration::from_millis(300));
    assert!(TcpStream::connect(&instance.addr).is_err(), "Ctrl-C skips the delay");
    let signalled = Instant::now();
    instance.signal("INT");
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(130), "{stderr}");
    assert!(
        signalled.elapsed() < Duration::from_secs(2),
        "{:?}",
        signalled.elapsed()
    );
}

#[tokio::test]
async fn sighup_rechecks_the_database_now_and_the_process_keeps_running() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talent.db");
    let instance = Instance::start(&path, &[("DB_CHECK_INTERVAL", "3600")]);
    instance.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    let (status, _, body) = http_get(&instance.addr, "/ready", &[]).unwrap();
    assert_eq!(status, 200, "still running after SIGHUP");
    let before: serde_json::Value = serde_json::from_slice(&body).unwrap();

    // Another process revises one figure, as `migrate` with a changed seed would.
    let pool = sqlx::SqlitePool::connect(&crate::helpers::url(&path)).await.unwrap();
    sqlx::query("UPDATE talent_cities SET share_pct = '31.43' WHERE rank = 1")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    instance.signal("HUP");
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut after = before.clone();
    while after["data_version"] == before["data_version"] && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        let (_, _, body) = http_get(&instance.addr, "/ready", &[]).unwrap();
        after = serde_json::from_slice(&body).unwrap();
    }
    assert_ne!(
        after["data_version"], before["data_version"],
        "reloaded on SIGHUP, not after an hour"
    );
    instance.signal("TERM");
    let (code, stderr) = instance.wait();
    assert_eq!(code, Some(0));
    assert!(stderr.contains("SIGHUP"), "{stderr}");
}
