//! The server loop: accepts connections and serves the router over HTTP/1.1
//! and HTTP/2 (prior knowledge, h2c), with a deadline on every wait a client
//! controls, a cap on open connections, and a shutdown in phases.
//!
//! Deadlines, per connection:
//!
//! - **First byte**: a new connection must send its first byte within the
//!   header read timeout (`--header-read-timeout`), whatever the protocol;
//!   else it is closed (`talent_http_refused_total{reason="first_byte_timeout"}`).
//! - **HTTP/1.1 head**: each request head must be complete within the header
//!   read timeout of the moment hyper starts reading it: at the connection's
//!   first byte, and after each answer (hyper's timer; so an idle HTTP/1.1
//!   keep-alive connection is also closed after the header read timeout
//!   when that is shorter than the idle timeout). Oversized, malformed and
//!   slow heads are answered or closed by hyper and counted by reason.
//! - **Idle**: a connection on which no byte moves in either direction for
//!   `--idle-timeout` is shut down gracefully: closed at once when idle
//!   (HTTP/1.1), or after a GOAWAY and its open streams (HTTP/2). Still
//!   open [`AFTER_IDLE_SHUTDOWN`] later (a client that never acknowledges
//!   the GOAWAY's PING, a stream it never reads), it is dropped. This is the only deadline HTTP/2 needs beyond the first byte:
//!   hyper has no header timer for HTTP/2. (A connection shut down because
//!   the server is closing or draining keeps its in-flight requests until
//!   the grace period ends.)
//!
//! Over `--max-connections` (never more than the soft limit of open files
//! minus [`RESERVED_FILES`]), or over `--max-connections-per-client` for
//! its client ([`ClientSlots`]: so that one client cannot take every
//! connection), a new connection is answered at once with a 503 problem,
//! `Retry-After: 1` and `Connection: close`, its write side is shut down,
//! and whatever the client already sent is drained briefly, so that the
//! close is not a reset that could discard the answer.
//!
//! Shutdown ([`Phase`]): while `Closing` (the shutdown delay after SIGTERM)
//! the server keeps accepting and serving, but every HTTP/1.1 answer
//! carries `Connection: close` and HTTP/2 connections get a GOAWAY; once
//! `Draining` the listener is closed, idle connections are closed, and
//! in-flight requests get `--shutdown-grace` to finish.

use std::{
    convert::Infallible,
    future::Future,
    io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{
    body::Bytes,
    extract::Request,
    http::{HeaderValue, header},
    response::Response,
};
use hyper::{
    body::Incoming,
    server::conn::{http1, http2},
};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    service::TowerToHyperService,
};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{Notify, watch},
    time::Instant,
};
use tower::Service;

use crate::config::ServerArgs;
use crate::error::{PROBLEM_JSON, Problem, problem_type};
use crate::http::client_slots::{ClientSlot, ClientSlots};
use crate::state::AppState;

/// Largest request head (request line and header fields) hyper reads, in
/// bytes. Beyond it hyper answers `431` without a body and closes. The
/// service's own limits are far below (8 KiB target, 16 KiB headers,
/// answered with problems), so this only bounds the memory a connection
/// can pin.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;

/// File descriptors kept free for everything but connections (the
/// listener, the database, logs, and over-cap answers in progress).
pub const RESERVED_FILES: usize = 64;

/// Over-cap answers that may wait for their client at once; beyond, the
/// connection is closed right after its answer is written.
const MAX_LINGERING: usize = 32;

/// How long an over-cap answer waits for the client to go quiet.
const LINGER: Duration = Duration::from_millis(100);
const LINGER_MAX: Duration = Duration::from_secs(1);

/// How often each connection looks at its idle time and the server's phase.
const TICK: Duration = Duration::from_millis(250);

/// How long a connection shut down for idleness may take to close before
/// it is dropped.
pub const AFTER_IDLE_SHUTDOWN: Duration = Duration::from_secs(1);

/// The HTTP/2 connection preface (RFC 9113 §3.4).
const H2_PREFACE: &[u8; 24] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

/// A service that can be told the peer of the connection it serves (once
/// per connection, so that no request needs to carry it).
pub trait ForPeer {
    fn for_peer(&self, peer: SocketAddr) -> Self;
}

/// Settings of the server loop.
#[derive(Clone, Copy, Debug)]
pub struct ServerOptions {
    /// Longest wait for a connection's first byte, and for a request head.
    pub header_read_timeout: Duration,
    /// Longest time a connection may stay open with nothing moving.
    pub idle_timeout: Duration,
    /// Most connections open at once (see [`effective_max_connections`]).
    pub max_connections: usize,
    /// Most connections one client may hold open at once; `0`: no limit.
    /// Trusted proxies (the state's `--trusted-proxies`) are exempt.
    pub max_connections_per_client: usize,
    /// Longest time in-flight requests may take once draining began.
    pub shutdown_grace: Duration,
}

impl ServerOptions {
    /// The options `config` sets.
    pub fn from_config(config: &ServerArgs) -> ServerOptions {
        ServerOptions {
            header_read_timeout: config.header_read_timeout(),
            idle_timeout: config.idle_timeout(),
            max_connections: config.max_connections,
            max_connections_per_client: config.max_connections_per_client,
            shutdown_grace: config.shutdown_grace(),
        }
    }
}

/// Where the server is in its life; the phases only move forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Serving = 0,
    /// Accepting and serving, each answer closing its connection (the
    /// shutdown delay).
    Closing = 1,
    /// No longer accepting; in-flight requests finish, then the server stops.
    Draining = 2,
}

/// How the server stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Every connection finished within the grace period.
    Drained,
    /// The grace period ended with connections still open; they were dropped.
    GraceExpired,
}

/// `max_connections`, lowered to the soft limit of open files minus
/// [`RESERVED_FILES`] when that is smaller (at least 1).
pub fn effective_max_connections(max_connections: usize) -> usize {
    match open_files_limit() {
        Some(limit) => max_connections.min(limit.saturating_sub(RESERVED_FILES).max(1)),
        None => max_connections,
    }
}

/// The soft limit of open files of this process (Linux: `/proc/self/limits`).
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// What every connection shares.
struct Shared {
    options: ServerOptions,
    state: AppState,
    phase: AtomicU8,
    open: AtomicUsize,
    all_closed: Notify,
    lingering: AtomicUsize,
    client_slots: Arc<ClientSlots>,
    over_cap_answer: Bytes,
    over_client_cap_answer: Bytes,
    http1: http1::Builder,
    http2: http2::Builder<TokioExecutor>,
}

impl Shared {
    fn phase(&self) -> Phase {
        match self.phase.load(Ordering::Relaxed) {
            0 => Phase::Serving,
            1 => Phase::Closing,
            _ => Phase::Draining,
        }
    }

    /// Counts a refusal and logs it (limited per client).
    fn refused(&self, reason: &'static str, peer: SocketAddr) {
        self.state.metrics().refused(reason);
        if self.state.may_log_client_error(peer.ip()) {
            tracing::info!(reason, client = %peer.ip(), "refused a connection or request");
        }
    }
}

/// Serves `app` on `listener` until `phase` reaches [`Phase::Draining`]
/// (or its sender is dropped), then finishes in-flight requests within the
/// grace period.
pub async fn serve<S>(
    listener: TcpListener,
    app: S,
    state: AppState,
    options: ServerOptions,
    mut phase: watch::Receiver<Phase>,
) -> io::Result<Stopped>
where
    S: Service<Request, Response = Response, Error = Infallible> + ForPeer + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let cap = effective_max_connections(options.max_connections);
    if cap < options.max_connections {
        tracing::warn!(
            max_connections = options.max_connections,
            cap,
            "--max-connections lowered to the open-file limit (ulimit -n) minus {RESERVED_FILES}"
        );
    }
    let mut http1 = http1::Builder::new();
    http1
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        // hyper's default field count (100) is kept: a larger limit costs
        // an allocation per request; more fields get hyper's bodiless 431.
        .max_buf_size(MAX_HEAD_BYTES);
    let mut http2 = http2::Builder::new(TokioExecutor::new());
    http2
        .timer(TokioTimer::new())
        .max_header_list_size(MAX_HEAD_BYTES as u32);
    let client_slots = ClientSlots::new(
        options.max_connections_per_client,
        state.config().trusted_proxies.clone(),
    );
    let shared = Arc::new(Shared {
        options,
        state,
        phase: AtomicU8::new(Phase::Serving as u8),
        open: AtomicUsize::new(0),
        all_closed: Notify::new(),
        lingering: AtomicUsize::new(0),
        client_slots,
        over_cap_answer: over_cap_answer(OVER_CAP_DETAIL),
        over_client_cap_answer: over_cap_answer(OVER_CLIENT_CAP_DETAIL),
        http1,
        http2,
    });

    loop {
        tokio::select! {
            biased;
            changed = phase.changed() => {
                let now = if changed.is_ok() { *phase.borrow_and_update() } else { Phase::Draining };
                shared.phase.store(now as u8, Ordering::Relaxed);
                if now == Phase::Draining {
                    break;
                }
                if now == Phase::Closing {
                    tracing::info!("closing connections after their answers; still accepting");
                }
            }
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(connection) => connection,
                    Err(error) => {
                        // Out of file descriptors and the like: wait a little and go on.
                        tracing::warn!(%error, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                if shared.open.load(Ordering::Relaxed) >= cap {
                    shared.refused("connection_limit", peer);
                    tokio::spawn(refuse_over_cap(shared.clone(), stream, shared.over_cap_answer.clone()));
                    continue;
                }
                let Ok(slot) = shared.client_slots.take(peer.ip()) else {
                    shared.refused("client_connection_limit", peer);
                    tokio::spawn(refuse_over_cap(shared.clone(), stream, shared.over_client_cap_answer.clone()));
                    continue;
                };
                let open = OpenConnection::new(shared.clone(), slot);
                tokio::spawn(connection(shared.clone(), open, stream, peer, app.clone()));
            }
        }
    }
    drop(listener);
    tracing::info!("no longer accepting connections; finishing in-flight requests");
    let drained = async {
        loop {
            let notified = shared.all_closed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if shared.open.load(Ordering::Relaxed) == 0 {
                return;
            }
            notified.await;
        }
    };
    tokio::select! {
        () = drained => Ok(Stopped::Drained),
        () = tokio::time::sleep(shared.options.shutdown_grace) => {
            tracing::warn!(grace = ?shared.options.shutdown_grace, "grace period over; closing the remaining connections");
            Ok(Stopped::GraceExpired)
        }
    }
}

/// The detail of the answer over `--max-connections`.
const OVER_CAP_DETAIL: &str = "The service has too many open connections; retry after 1 second.";
/// The detail of the answer over `--max-connections-per-client`.
const OVER_CLIENT_CAP_DETAIL: &str = "This client has too many open connections; close one, or retry after 1 second.";

/// The answer to a connection over a cap: a 503 problem that closes.
fn over_cap_answer(detail: &str) -> Bytes {
    let slug = "unavailable";
    let problem = Problem {
        type_: format!("/problems/{slug}"),
        title: problem_type(slug).map_or("Service unavailable", |t| t.title).to_owned(),
        status: 503,
        detail: detail.to_owned(),
        invalid_params: Vec::new(),
    };
    let body = serde_json::to_vec(&problem).expect("a problem serialises");
    let mut answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: {PROBLEM_JSON}\r\ncache-control: no-store\r\n\
         retry-after: 1\r\nconnection: close\r\nx-content-type-options: nosniff\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(&body);
    Bytes::from(answer)
}

/// Answers a connection over the cap and closes it (see the module
/// documentation).
async fn refuse_over_cap(shared: Arc<Shared>, mut stream: TcpStream, answer: Bytes) {
    let _ = stream.set_nodelay(true);
    // A few hundred bytes: the socket's send buffer takes them at once.
    if stream.try_write(&answer).is_err() {
        return;
    }
    let _ = stream.shutdown().await;
    if shared.lingering.fetch_add(1, Ordering::Relaxed) < MAX_LINGERING {
        let mut sink = [0u8; 4096];
        let _ = tokio::time::timeout(LINGER_MAX, async {
            // Until the client closes, or sends nothing for LINGER.
            while let Ok(Ok(n)) = tokio::time::timeout(LINGER, stream.read(&mut sink)).await {
                if n == 0 {
                    break;
                }
            }
        })
        .await;
    }
    shared.lingering.fetch_sub(1, Ordering::Relaxed);
}

/// One accepted connection in the counts: the server's open connections
/// and its client's slot, both counted when it is accepted and given back
/// exactly once when it is dropped (however the connection ends, even if
/// its task never ran); wakes the drain when the last one closes.
struct OpenConnection {
    shared: Arc<Shared>,
    _slot: ClientSlot,
}

impl OpenConnection {
    fn new(shared: Arc<Shared>, slot: ClientSlot) -> OpenConnection {
        shared.open.fetch_add(1, Ordering::Relaxed);
        shared.state.metrics().connections().inc();
        OpenConnection { shared, _slot: slot }
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.shared.state.metrics().connections().dec();
        if self.shared.open.fetch_sub(1, Ordering::Relaxed) == 1 {
            self.shared.all_closed.notify_waiters();
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Protocol {
    Http1,
    Http2,
}

/// One connection, from its first byte to its close.
async fn connection<S>(shared: Arc<Shared>, open: OpenConnection, stream: TcpStream, peer: SocketAddr, app: S)
where
    S: Service<Request, Response = Response, Error = Infallible> + ForPeer + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let _open = open;
    let _ = stream.set_nodelay(true);
    let activity = Arc::new(Activity::default());
    let mut io = Tracked::new(stream, activity.clone());
    let deadline = Instant::now() + shared.options.header_read_timeout;
    let protocol = match tokio::time::timeout_at(deadline, io.sniff()).await {
        Ok(Ok(Some(protocol))) => protocol,
        Ok(_) => return, // closed (or failed) before saying anything
        Err(_) => {
            let reason = if io.sniffed == 0 {
                "first_byte_timeout"
            } else {
                "header_timeout"
            };
            shared.refused(reason, peer);
            return;
        }
    };
    let service = TowerToHyperService::new(ConnectionService {
        app: app.for_peer(peer),
        shared: shared.clone(),
        http1: protocol == Protocol::Http1,
    });
    let io = TokioIo::new(io);
    let outcome = match protocol {
        Protocol::Http1 => {
            let conn = shared.http1.serve_connection(io, service);
            drive(conn, &shared, &activity, protocol).await
        }
        Protocol::Http2 => {
            let conn = shared.http2.serve_connection(io, service);
            drive(conn, &shared, &activity, protocol).await
        }
    };
    if let Err(error) = outcome {
        match refusal_reason(&error, &activity) {
            Some(reason) => shared.refused(reason, peer),
            None => tracing::debug!(%error, %peer, "connection ended with an error"),
        }
    }
}

/// A hyper connection that can be asked to finish gracefully.
trait Graceful: Future<Output = Result<(), hyper::Error>> {
    fn shut_down(self: Pin<&mut Self>);
}

impl<I, S> Graceful for http1::Connection<I, S>
where
    S: hyper::service::HttpService<Incoming>,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    I: hyper::rt::Read + hyper::rt::Write + Unpin,
    S::ResBody: hyper::body::Body + 'static,
    <S::ResBody as hyper::body::Body>::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    fn shut_down(self: Pin<&mut Self>) {
        self.graceful_shutdown();
    }
}

impl<I, S, B> Graceful for http2::Connection<I, S, TokioExecutor>
where
    S: hyper::service::HttpService<Incoming, ResBody = B>,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    S::Future: Send + 'static,
    TokioExecutor: hyper::rt::bounds::Http2ServerConnExec<S::Future, B>,
{
    fn shut_down(self: Pin<&mut Self>) {
        self.graceful_shutdown();
    }
}

/// Polls `conn` to its end, shutting it down gracefully when it has been
/// idle for the idle timeout or the server began closing (HTTP/2) or
/// draining, and dropping it when nothing moved for another idle timeout
/// after that.
async fn drive<C: Graceful>(
    conn: C,
    shared: &Shared,
    activity: &Activity,
    protocol: Protocol,
) -> Result<(), hyper::Error> {
    tokio::pin!(conn);
    let tick = tokio::time::sleep(TICK);
    tokio::pin!(tick);
    let idle_timeout = shared.options.idle_timeout;
    let mut seen = activity.events.load(Ordering::Relaxed);
    let mut quiet_since = Instant::now();
    // Whether it was shut down, and when it is dropped if still open (for
    // idleness: shortly after; for the server's shutdown the grace period
    // decides).
    let mut shut_down = false;
    let mut drop_at: Option<Instant> = None;
    loop {
        tokio::select! {
            biased;
            outcome = &mut conn => return outcome,
            () = &mut tick => {
                let now = Instant::now();
                tick.as_mut().reset(now + TICK);
                let events = activity.events.load(Ordering::Relaxed);
                if events != seen {
                    seen = events;
                    quiet_since = now;
                }
                if drop_at.is_some_and(|at| now >= at) {
                    return Ok(()); // shut down for idleness and still open: drop it
                }
                let idle = now.duration_since(quiet_since) >= idle_timeout;
                if idle && drop_at.is_none() {
                    drop_at = Some(now + AFTER_IDLE_SHUTDOWN);
                }
                let phase = shared.phase();
                let closing = phase == Phase::Draining || (phase == Phase::Closing && protocol == Protocol::Http2);
                if !shut_down && (idle || closing) {
                    conn.as_mut().shut_down();
                    shut_down = true;
                }
            }
        }
    }
}

/// Why hyper's error ended a connection, when it refused a request (as
/// opposed to a client that went away).
fn refusal_reason(error: &hyper::Error, activity: &Activity) -> Option<&'static str> {
    if error.is_timeout() {
        // hyper's header timer also ends idle keep-alive connections; a
        // refusal only when bytes of a new head came after the last answer.
        return activity
            .read_since_write
            .load(Ordering::Relaxed)
            .then_some("header_timeout");
    }
    if error.is_parse_too_large() {
        return Some(if error.to_string().contains("URI") {
            "uri_too_long"
        } else {
            "head_too_large"
        });
    }
    error.is_parse().then_some("malformed")
}

/// The app as one connection's service (told its peer once, [`ForPeer`]):
/// while the server is closing, each HTTP/1.1 answer carries
/// `Connection: close`.
#[derive(Clone)]
struct ConnectionService<S> {
    app: S,
    shared: Arc<Shared>,
    http1: bool,
}

impl<S> Service<Request<Incoming>> for ConnectionService<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + ForPeer + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Answer<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.app.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Incoming>) -> Self::Future {
        Answer {
            inner: self.app.call(request.map(axum::body::Body::new)),
            closing: self.http1.then(|| self.shared.clone()),
        }
    }
}

pin_project_lite::pin_project! {
    /// The answer of [`ConnectionService`].
    struct Answer<F> {
        #[pin]
        inner: F,
        // HTTP/1.1 only: the server, to see whether it is closing.
        closing: Option<Arc<Shared>>,
    }
}

impl<F> Future for Answer<F>
where
    F: Future<Output = Result<Response, Infallible>>,
{
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let Ok(mut response) = std::task::ready!(this.inner.poll(cx));
        if this
            .closing
            .as_ref()
            .is_some_and(|shared| shared.phase() != Phase::Serving)
        {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        Poll::Ready(Ok(response))
    }
}

/// What moved on a connection: a count of reads and writes that moved
/// bytes (the idle timer watches it), and whether bytes were read since the
/// last write (a request head begun after the last answer).
#[derive(Default)]
struct Activity {
    events: AtomicU64,
    read_since_write: AtomicBool,
}

/// The connection's socket, replaying the bytes read to tell HTTP/1.1 from
/// HTTP/2, and recording activity.
struct Tracked {
    stream: TcpStream,
    activity: Arc<Activity>,
    prefix: [u8; 24],
    sniffed: usize,
    replayed: usize,
}

impl Tracked {
    fn new(stream: TcpStream, activity: Arc<Activity>) -> Tracked {
        Tracked {
            stream,
            activity,
            prefix: [0; 24],
            sniffed: 0,
            replayed: 0,
        }
    }

    /// Reads until the first bytes tell the protocol: the HTTP/2 preface
    /// (prior knowledge), or anything else (HTTP/1.x). `None`: the client
    /// closed first.
    async fn sniff(&mut self) -> io::Result<Option<Protocol>> {
        loop {
            let n = self.stream.read(&mut self.prefix[self.sniffed..]).await?;
            if n == 0 {
                return Ok(None);
            }
            self.sniffed += n;
            self.activity.events.fetch_add(1, Ordering::Relaxed);
            self.activity.read_since_write.store(true, Ordering::Relaxed);
            if !H2_PREFACE.starts_with(&self.prefix[..self.sniffed]) {
                return Ok(Some(Protocol::Http1));
            }
            if self.sniffed == H2_PREFACE.len() {
                return Ok(Some(Protocol::Http2));
            }
        }
    }
}

impl AsyncRead for Tracked {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.replayed < this.sniffed {
            let n = (this.sniffed - this.replayed).min(buf.remaining());
            buf.put_slice(&this.prefix[this.replayed..this.replayed + n]);
            this.replayed += n;
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        let result = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(result, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.activity.events.fetch_add(1, Ordering::Relaxed);
            this.activity.read_since_write.store(true, Ordering::Relaxed);
        }
        result
    }
}

impl Tracked {
    fn wrote(&self, result: &Poll<io::Result<usize>>) {
        if let Poll::Ready(Ok(n)) = result
            && *n > 0
        {
            self.activity.events.fetch_add(1, Ordering::Relaxed);
            self.activity.read_since_write.store(false, Ordering::Relaxed);
        }
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.stream).poll_write(cx, data);
        self.wrote(&result);
        result
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.stream).poll_write_vectored(cx, data);
        self.wrote(&result);
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_over_cap_answer_is_a_closing_503_problem() {
        let answer = over_cap_answer(OVER_CLIENT_CAP_DETAIL);
        let text = std::str::from_utf8(&answer).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 503 "));
        for line in [
            "retry-after: 1",
            "connection: close",
            "content-type: application/problem+json",
        ] {
            assert!(head.lines().any(|l| l == line), "{line} in {head}");
        }
        assert!(head.contains(&format!("content-length: {}", body.len())));
        let problem: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(problem["type"], "/problems/unavailable");
        assert_eq!(problem["status"], 503);
    }

    #[test]
    fn the_connection_cap_never_exceeds_the_open_file_limit() {
        let limit = open_files_limit().expect("Linux reports its limits");
        assert!(effective_max_connections(usize::MAX) <= limit - RESERVED_FILES.min(limit - 1));
        assert_eq!(effective_max_connections(1), 1);
    }
}
