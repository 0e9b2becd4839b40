//! The server loop against clients that hold connections: the first-byte
//! deadline, the idle timeout (HTTP/1.1 and HTTP/2), the connection cap and
//! the per-client cap and their 503, and the refusals of the HTTP parser, each counted in
//! `talent_http_refused_total{reason}`. In process, on a real socket.

use std::{
    net::{IpAddr, SocketAddr},
    time::Duration,
};

use talent_trends_api::{
    AppState, app,
    config::ServerArgs,
    http::server::{Phase, ServerOptions, serve},
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
    sync::watch,
    time::{Instant, timeout},
};

use crate::helpers::catalog;

struct Server {
    addr: SocketAddr,
    state: AppState,
    phase: watch::Sender<Phase>,
}

impl Server {
    async fn start(options: ServerOptions) -> Server {
        Server::start_with(options, ServerArgs::default()).await
    }

    async fn start_with(options: ServerOptions, config: ServerArgs) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = AppState::with_config(catalog(), config);
        let (phase, phases) = watch::channel(Phase::Serving);
        tokio::spawn(serve(listener, app(state.clone()), state.clone(), options, phases));
        Server { addr, state, phase }
    }

    fn refused(&self, reason: &str) -> u64 {
        let text = String::from_utf8(self.state.metrics().render()).unwrap();
        let prefix = format!("talent_http_refused_total{{reason=\"{reason}\"}} ");
        text.lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .map_or(0, |v| v.parse().unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.phase.send(Phase::Draining);
    }
}

fn options() -> ServerOptions {
    ServerOptions {
        header_read_timeout: Duration::from_secs(10),
        idle_timeout: Duration::from_secs(30),
        max_connections: 64,
        max_connections_per_client: 0,
        shutdown_grace: Duration::from_secs(1),
    }
}

/// Reads until the server closes the connection; the bytes and when.
async fn until_closed(stream: &mut TcpStream, within: Duration) -> Option<(Vec<u8>, Duration)> {
    let started = Instant::now();
    let mut received = Vec::new();
    timeout(within, stream.read_to_end(&mut received)).await.ok()?.ok()?;
    Some((received, started.elapsed()))
}

const GET: &[u8] = b"GET /health HTTP/1.1\r\nHost: api.test\r\n\r\n";
const GET_AND_CLOSE: &[u8] = b"GET /health HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n";

/// A connection to `server` from the loopback address `from` (Linux routes
/// all of 127.0.0.0/8 to the loopback interface), so that one test can be
/// several clients.
async fn connect_from(from: &str, server: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket
        .bind(SocketAddr::new(from.parse::<IpAddr>().unwrap(), 0))
        .unwrap();
    socket.connect(server).await.unwrap()
}

/// Sends one closing `GET /health` on `stream`; what came back before the
/// close.
async fn get_health(mut stream: TcpStream) -> String {
    stream.write_all(GET_AND_CLOSE).await.unwrap();
    let (received, _) = until_closed(&mut stream, Duration::from_secs(3))
        .await
        .expect("answered and closed");
    String::from_utf8(received).unwrap()
}

#[tokio::test]
async fn a_connection_that_never_sends_a_byte_is_closed_after_the_header_read_timeout() {
    let server = Server::start(ServerOptions {
        header_read_timeout: Duration::from_millis(500),
        ..options()
    })
    .await;
    let mut silent = TcpStream::connect(server.addr).await.unwrap();
    let (received, after) = until_closed(&mut silent, Duration::from_secs(3))
        .await
        .expect("closed within 3 s");
    assert!(received.is_empty(), "nothing is answered to silence");
    assert!(
        after >= Duration::from_millis(400) && after < Duration::from_millis(1500),
        "{after:?}"
    );
    assert_eq!(server.refused("first_byte_timeout"), 1);
    // Half a head: the same deadline.
    let mut slow = TcpStream::connect(server.addr).await.unwrap();
    slow.write_all(b"GET /health HTTP/1.1\r\nHost: api.test\r\n")
        .await
        .unwrap();
    until_closed(&mut slow, Duration::from_secs(3))
        .await
        .expect("closed within 3 s");
    assert_eq!(server.refused("header_timeout"), 1);
}

#[tokio::test]
async fn over_the_connection_cap_a_new_client_gets_a_503_problem_and_the_connection_closes() {
    let server = Server::start(ServerOptions {
        max_connections: 2,
        ..options()
    })
    .await;
    let held = [
        TcpStream::connect(server.addr).await.unwrap(),
        TcpStream::connect(server.addr).await.unwrap(),
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut over = TcpStream::connect(server.addr).await.unwrap();
    over.write_all(GET).await.unwrap();
    let (received, after) = until_closed(&mut over, Duration::from_secs(2))
        .await
        .expect("answered and closed");
    assert!(after < Duration::from_secs(1), "{after:?}");
    let text = String::from_utf8(received).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
    for line in [
        "retry-after: 1",
        "connection: close",
        "content-type: application/problem+json",
    ] {
        assert!(head.lines().any(|l| l == line), "{line} in {head}");
    }
    let problem: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(problem["type"], "/problems/unavailable");
    assert_eq!(server.refused("connection_limit"), 1);
    drop(held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut again = TcpStream::connect(server.addr).await.unwrap();
    again
        .write_all(b"GET /health HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let (received, _) = until_closed(&mut again, Duration::from_secs(2)).await.unwrap();
    assert!(
        received.starts_with(b"HTTP/1.1 200 "),
        "served once the held connections left"
    );
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() {
    let server = Server::start(ServerOptions {
        idle_timeout: Duration::from_secs(1),
        ..options()
    })
    .await;
    let mut client = TcpStream::connect(server.addr).await.unwrap();
    client.write_all(GET).await.unwrap();
    let mut answer = [0u8; 512];
    let n = client.read(&mut answer).await.unwrap();
    assert!(answer[..n].starts_with(b"HTTP/1.1 200 "));
    let (_, after) = until_closed(&mut client, Duration::from_secs(4)).await.expect("closed");
    assert!(
        after >= Duration::from_millis(700) && after < Duration::from_millis(2000),
        "{after:?}"
    );
    assert_eq!(
        server.refused("header_timeout"),
        0,
        "an idle keep-alive close is no refusal"
    );
}

#[tokio::test]
async fn an_idle_http2_connection_is_closed_after_the_idle_timeout() {
    let server = Server::start(ServerOptions {
        idle_timeout: Duration::from_secs(1),
        ..options()
    })
    .await;
    let mut client = TcpStream::connect(server.addr).await.unwrap();
    // Prior knowledge: the preface, empty SETTINGS, a GET of /health.
    let mut frames = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec();
    frames.extend_from_slice(&[0, 0, 0, 4, 0, 0, 0, 0, 0]);
    let mut block = vec![0x82, 0x86, 0x01, 8];
    block.extend_from_slice(b"api.test");
    block.extend_from_slice(&[0x04, 7]);
    block.extend_from_slice(b"/health");
    frames.extend_from_slice(&[0, 0, block.len() as u8, 1, 0x05, 0, 0, 0, 1]);
    frames.extend_from_slice(&block);
    client.write_all(&frames).await.unwrap();
    let (received, after) = until_closed(&mut client, Duration::from_secs(5))
        .await
        .expect("closed within 5 s");
    assert!(received.len() > 9, "the server answered before closing");
    assert!(after < Duration::from_millis(3000), "{after:?}");
}

#[tokio::test]
async fn the_parser_refuses_malformed_and_oversized_heads_and_they_are_counted() {
    let server = Server::start(options()).await;
    for (raw, status, reason) in [
        (b"GARBAGE\r\n\r\n".to_vec(), "HTTP/1.1 400 ", "malformed"),
        (
            [
                &b"GET /health HTTP/1.1\r\nHost: api.test\r\nX-Pad: "[..],
                &vec![b'p'; 70 * 1024],
                b"\r\n\r\n",
            ]
            .concat(),
            "HTTP/1.1 431 ",
            "head_too_large",
        ),
        (
            [
                &b"GET /health HTTP/1.1\r\nHost: api.test\r\n"[..],
                &(0..101)
                    .flat_map(|i| format!("X-F{i}: v\r\n").into_bytes())
                    .collect::<Vec<u8>>(),
                b"\r\n",
            ]
            .concat(),
            "HTTP/1.1 431 ",
            "head_too_large",
        ),
    ] {
        let before = server.refused(reason);
        let mut client = TcpStream::connect(server.addr).await.unwrap();
        let _ = client.write_all(&raw).await;
        let (received, _) = until_closed(&mut client, Duration::from_secs(3))
            .await
            .expect("answered and closed");
        let text = String::from_utf8_lossy(&received);
        assert!(text.starts_with(status), "{text}");
        assert!(text.ends_with("\r\n\r\n"), "an empty body: {text}");
        assert_eq!(server.refused(reason), before + 1, "{reason}");
    }
}

#[tokio::test]
async fn over_its_own_cap_a_client_gets_a_503_problem_while_another_address_is_served() {
    let server = Server::start(ServerOptions {
        max_connections_per_client: 2,
        ..options()
    })
    .await;
    let held = [
        connect_from("127.0.0.1", server.addr).await,
        connect_from("127.0.0.1", server.addr).await,
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut over = connect_from("127.0.0.1", server.addr).await;
    over.write_all(GET).await.unwrap();
    let (received, after) = until_closed(&mut over, Duration::from_secs(2))
        .await
        .expect("answered and closed");
    assert!(after < Duration::from_secs(1), "{after:?}");
    let text = String::from_utf8(received).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
    for line in [
        "retry-after: 1",
        "connection: close",
        "content-type: application/problem+json",
    ] {
        assert!(head.lines().any(|l| l == line), "{line} in {head}");
    }
    let problem: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(problem["type"], "/problems/unavailable");
    assert_eq!(problem["status"], 503);
    assert_eq!(server.refused("client_connection_limit"), 1);
    assert_eq!(server.refused("connection_limit"), 0, "the global cap is far");

    // Another address is another client: served while the first is at its cap.
    for _ in 0..2 {
        let answer = get_health(connect_from("127.0.0.2", server.addr).await).await;
        assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
    }
    assert_eq!(server.refused("client_connection_limit"), 1);
    drop(held);
}

#[tokio::test]
async fn a_closed_connection_gives_its_clients_slot_back() {
    let server = Server::start(ServerOptions {
        max_connections_per_client: 1,
        ..options()
    })
    .await;
    let held = connect_from("127.0.0.1", server.addr).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let refused = get_health(connect_from("127.0.0.1", server.addr).await).await;
    assert!(refused.starts_with("HTTP/1.1 503 "), "{refused}");
    drop(held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    // Each served connection closes after its answer, giving its slot back
    // for the next one: three in turn with a cap of one.
    for _ in 0..3 {
        let answer = get_health(connect_from("127.0.0.1", server.addr).await).await;
        assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(server.refused("client_connection_limit"), 1);
}

#[tokio::test]
async fn connections_from_a_trusted_proxy_are_not_held_to_the_per_client_cap() {
    let config = ServerArgs {
        trusted_proxies: "127.0.0.1/32".parse().unwrap(),
        ..ServerArgs::default()
    };
    let server = Server::start_with(
        ServerOptions {
            max_connections_per_client: 1,
            ..options()
        },
        config,
    )
    .await;
    let held = [
        connect_from("127.0.0.1", server.addr).await,
        connect_from("127.0.0.1", server.addr).await,
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    let answer = get_health(connect_from("127.0.0.1", server.addr).await).await;
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
    // Any other peer is still held to it.
    let _other = connect_from("127.0.0.2", server.addr).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let refused = get_health(connect_from("127.0.0.2", server.addr).await).await;
    assert!(refused.starts_with("HTTP/1.1 503 "), "{refused}");
    assert_eq!(server.refused("client_connection_limit"), 1);
    drop(held);
}
