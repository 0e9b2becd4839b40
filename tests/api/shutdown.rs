//! Graceful shutdown of the real binary: SIGTERM lets the answer in flight
//! finish and refuses new connections; SIGTERM and Ctrl-C exit with code 0.

use std::{net::TcpStream, time::Duration};

use crate::helpers::Instance;

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
