//! The server loop: accepts connections and serves the router over HTTP/1.1
//! and HTTP/2 (hyper-util), with a header read timeout against slow clients
//! and graceful shutdown.
//!
//! On the shutdown signal the listener is closed at once (new connections are
//! refused), idle keep-alive connections are closed, and in-flight requests
//! get up to the grace period to finish.

use std::{convert::Infallible, future::Future, net::SocketAddr, time::Duration};

use axum::{extract::ConnectInfo, extract::Request};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto::Builder, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use tokio::net::TcpListener;
use tower::{Service, ServiceExt};

/// Settings of the server loop.
#[derive(Clone, Copy, Debug)]
pub struct ServerOptions {
    /// Longest time to receive a request's headers.
    pub header_read_timeout: Duration,
    /// Longest time in-flight requests may take after the shutdown signal.
    pub shutdown_grace: Duration,
}

/// How the server stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Every connection finished within the grace period.
    Drained,
    /// The grace period ended with connections still open; they were dropped.
    GraceExpired,
}

/// Serves `app` on `listener` until `signal` resolves, then shuts down.
pub async fn serve<S>(
    listener: TcpListener,
    app: S,
    options: ServerOptions,
    signal: impl Future<Output = ()>,
) -> std::io::Result<Stopped>
where
    S: Service<Request, Response = axum::response::Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        // A generous buffer, so that the service's own checks (URI 8 KiB,
        // headers 16 KiB) answer with a problem body. The field count keeps
        // hyper's default of 100: a larger limit costs a heap allocation on
        // every request; more fields get hyper's own (bodiless) 431.
        .max_buf_size(1024 * 1024);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_header_list_size(1024 * 1024);

    let graceful = GracefulShutdown::new();
    tokio::pin!(signal);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, remote) = match accepted {
                    Ok(connection) => connection,
                    Err(error) => {
                        // Out of file descriptors and the like: wait a little and go on.
                        tracing::warn!(%error, "accepting a connection failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = connection_service(app.clone(), remote);
                let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), service).into_owned();
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    if let Err(error) = connection.await {
                        tracing::debug!(%error, %remote, "connection ended with an error");
                    }
                });
            }
            () = &mut signal => break,
        }
    }
    drop(listener);
    tracing::info!("no longer accepting connections; finishing in-flight requests");
    tokio::select! {
        () = graceful.shutdown() => Ok(Stopped::Drained),
        () = tokio::time::sleep(options.shutdown_grace) => {
            tracing::warn!(grace = ?options.shutdown_grace, "grace period over; closing the remaining connections");
            Ok(Stopped::GraceExpired)
        }
    }
}

/// The router as a hyper service for one connection, with the peer address
/// available as `ConnectInfo` (used by the rate limit).
fn connection_service<S>(
    app: S,
    remote: SocketAddr,
) -> TowerToHyperService<
    impl Service<Request<Incoming>, Response = axum::response::Response, Error = Infallible, Future: Send> + Clone,
>
where
    S: Service<Request, Response = axum::response::Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let service = app.map_request(move |mut request: Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(remote));
        request.map(axum::body::Body::new)
    });
    TowerToHyperService::new(service)
}
