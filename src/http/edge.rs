//! The outermost layer of the service: request ids, the per-request span and
//! access log line, metrics, and the replay of complete answers.
//!
//! The data never changes while it is loaded, so a successful, publicly
//! cacheable `GET` answer is fully determined by its request target and the
//! request headers it varies on. After the full middleware stack has answered
//! such a request once, [`Edge`] keeps the complete answer (status, every
//! header, body, compressed or not) and replays it for the same target,
//! `Accept`, `Accept-Encoding` and `Origin`, including `HEAD` and
//! `If-None-Match` revalidation, without running the stack again. Requests it
//! cannot answer identically (`If-Modified-Since`, bodies, oversized headers,
//! a rate limit in force) always take the full stack. Kept answers belong to the data snapshot and go with it.
//! `tests/replay.rs` proves replayed answers equal freshly computed ones.

use std::{
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
    time::Instant,
};

use axum::{
    body::{Body, Bytes, HttpBody},
    extract::{MatchedPath, Request},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    response::Response,
};
use futures_util::future::Either;
use prometheus::{Histogram, IntCounter};
use std::future::Ready;
use tower::{Service, ServiceExt};
use tracing::Instrument;

use super::middleware::{MAX_HEADER_BYTES, MAX_HEADER_FIELDS, MAX_URI_BYTES, etag_matches};
use crate::config::AccessLog;
use crate::state::AppState;

/// `x-request-id`.
pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A complete answer kept for replay.
#[derive(Debug)]
pub struct Kept {
    pub headers: HeaderMap,
    pub body: Bytes,
    /// Matched route, for metrics and logs.
    pub route: Arc<str>,
    /// Metric handles of its replays as `GET` answered 200, resolved once.
    pub metrics: std::sync::OnceLock<(IntCounter, Histogram)>,
}

impl Kept {
    fn metrics(&self, state: &AppState) -> &(IntCounter, Histogram) {
        self.metrics
            .get_or_init(|| state.metrics().handles("GET", &self.route, "200"))
    }
}

/// Generates request ids unique across processes: a random prefix chosen at
/// start and a counter.
#[derive(Debug)]
struct RequestIds {
    prefix: String,
    counter: AtomicU64,
}

impl RequestIds {
    fn new() -> RequestIds {
        let random = uuid::Uuid::new_v4().simple().to_string();
        RequestIds {
            prefix: random[..16].to_owned(),
            counter: AtomicU64::new(0),
        }
    }

    fn next(&self) -> HeaderValue {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let mut id = [0u8; 33];
        id[..16].copy_from_slice(self.prefix.as_bytes());
        id[16] = b'-';
        for (i, byte) in id[17..].iter_mut().enumerate() {
            *byte = HEX[((n >> (60 - 4 * i)) & 0xf) as usize];
        }
        HeaderValue::from_bytes(&id).expect("hex is a valid header value")
    }
}

/// The service wrapped in the edge layer. See the module documentation.
#[derive(Clone)]
pub struct Edge<S> {
    inner: S,
    state: AppState,
    ids: Arc<RequestIds>,
    replay: bool,
    access_log: AccessLog,
}

impl<S> Edge<S> {
    pub fn new(inner: S, state: AppState) -> Edge<S> {
        let config = state.config();
        // A rate limit must see every request, so nothing is replayed then.
        let replay = config.rate_limit == 0;
        let access_log = config.access_log;
        Edge {
            inner,
            state,
            ids: Arc::new(RequestIds::new()),
            replay,
            access_log,
        }
    }
}

/// Records the route a request matched on its answer, so that [`Edge`] can
/// label metrics and logs with it (used as a route layer).
pub async fn remember_route(request: Request, next: axum::middleware::Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

thread_local! {
    /// Reused buffer for replay keys, so that a lookup allocates nothing.
    static KEY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes the key a request's answer is kept under into `key`, when it may be
/// replayed; returns false otherwise.
fn replay_key(request: &Request, key: &mut Vec<u8>) -> bool {
    key.clear();
    let eligible = replay_key_parts(request, key).is_some();
    if !eligible {
        key.clear();
    }
    eligible
}

fn replay_key_parts(request: &Request, key: &mut Vec<u8>) -> Option<()> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return None;
    }
    let headers = request.headers();
    if headers.contains_key(header::IF_MODIFIED_SINCE)
        || headers.contains_key(header::CONTENT_LENGTH)
        || headers.contains_key(header::TRANSFER_ENCODING)
        || headers.contains_key(header::RANGE)
        || headers.len() > MAX_HEADER_FIELDS
    {
        return None;
    }
    let target = request.uri().path_and_query()?.as_str();
    let header_bytes: usize = headers.iter().map(|(n, v)| n.as_str().len() + v.len() + 4).sum();
    if target.len() > MAX_URI_BYTES || header_bytes > MAX_HEADER_BYTES {
        return None;
    }
    key.extend_from_slice(target.as_bytes());
    // The request headers answers vary on; each at most once.
    for name in [header::ACCEPT, header::ACCEPT_ENCODING, header::ORIGIN] {
        let mut values = headers.get_all(&name).iter();
        let value = values.next().map_or(&b""[..], HeaderValue::as_bytes);
        if values.next().is_some() {
            return None;
        }
        key.push(0);
        key.extend_from_slice(value);
    }
    Some(())
}

/// Builds the answer to `request` from a kept answer: the same headers and
/// body; no body for `HEAD`; `304` when `If-None-Match` matches.
fn replay(kept: &Kept, request: &Request) -> Response {
    let etag = kept
        .headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let not_modified = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|candidates| etag_matches(candidates, etag));
    let mut response = Response::new(Body::empty());
    *response.headers_mut() = kept.headers.clone();
    if not_modified {
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        for name in [
            header::CONTENT_TYPE,
            header::CONTENT_LENGTH,
            header::CONTENT_ENCODING,
            header::TRANSFER_ENCODING,
        ] {
            response.headers_mut().remove(name);
        }
    } else if request.method() != Method::HEAD {
        *response.body_mut() = Body::from(kept.body.clone());
    }
    response
}

/// Largest answer body kept for replay.
const KEEP_BYTES: usize = 1024 * 1024;

/// Whether an answer to `method` may be kept for replay: a successful `GET`
/// (a `HEAD` answer has no body to replay) with a strong validator, publicly
/// cacheable, whose body is not known to exceed [`KEEP_BYTES`].
fn keepable(method: &Method, response: &Response) -> bool {
    let public = response
        .headers()
        .get(header::CACHE_CONTROL)
        .is_some_and(|v| v.as_bytes().starts_with(b"public"));
    *method == Method::GET
        && response.status() == StatusCode::OK
        && public
        && response.headers().contains_key(header::ETAG)
        && HttpBody::size_hint(response.body()).lower() <= KEEP_BYTES as u64
}

fn valid_request_id(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    !bytes.is_empty() && bytes.len() <= 128 && bytes.iter().all(|b| b.is_ascii_graphic())
}

impl<S> Service<Request> for Edge<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future =
        Either<Ready<Result<Response, Infallible>>, Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let started = Instant::now();
        let id = match request.headers().get(&X_REQUEST_ID) {
            Some(value) if valid_request_id(value) => value.clone(),
            _ => {
                let value = self.ids.next();
                request.headers_mut().insert(X_REQUEST_ID.clone(), value.clone());
                value
            }
        };
        let method = request.method().clone();
        let access_log = self.access_log;
        let replayable = self.replay;
        let hit = KEY.with_borrow_mut(|key| {
            if !replayable || !replay_key(&request, key) {
                return None;
            }
            self.state.kept(key)
        });
        if let Some(kept) = hit {
            let response = replay(&kept, &request);
            let status = response.status();
            let handles = (method == Method::GET && status == StatusCode::OK).then(|| kept.metrics(&self.state));
            let response = finish(
                response,
                &id,
                &kept.route,
                &method,
                started,
                &self.state,
                access_log,
                handles,
            );
            return Either::Left(std::future::ready(Ok(response)));
        }
        let key = if replayable {
            KEY.with_borrow(|key| (!key.is_empty()).then(|| key.clone().into_boxed_slice()))
        } else {
            None
        };
        let state = self.state.clone();
        let snapshot = state.snapshot();

        // Lines the handlers log carry the request in their span.
        let span = tracing::info_span!(
            "request",
            request_id = %String::from_utf8_lossy(id.as_bytes()),
            method = %method,
            uri = %request.uri(),
        );
        let inner = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, inner);
        Either::Right(Box::pin(async move {
            let response = inner
                .oneshot(request)
                .instrument(span.clone())
                .await
                .unwrap_or_else(|e| match e {});
            let route: Arc<str> = response
                .extensions()
                .get::<MatchedPath>()
                .map_or_else(|| Arc::from("unmatched"), |p| Arc::from(p.as_str()));
            let response = match key {
                Some(key) if keepable(&method, &response) => {
                    let (parts, body) = response.into_parts();
                    // Answers are in memory (or compressed from memory); the
                    // limit only guards against surprises.
                    match axum::body::to_bytes(body, 64 * KEEP_BYTES).await {
                        Ok(body) if body.len() > KEEP_BYTES => Response::from_parts(parts, Body::from(body)),
                        Ok(body) => {
                            let kept = Arc::new(Kept {
                                headers: parts.headers.clone(),
                                body: body.clone(),
                                route: route.clone(),
                                metrics: std::sync::OnceLock::new(),
                            });
                            snapshot.kept.insert(key, kept);
                            Response::from_parts(parts, Body::from(body))
                        }
                        Err(error) => {
                            tracing::error!(parent: &span, %error, "reading an answer failed");
                            super::middleware::problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
                        }
                    }
                }
                _ => response,
            };
            Ok(finish(
                response, &id, &route, &method, started, &state, access_log, None,
            ))
        }))
    }
}

/// Adds the request id, records metrics (with `handles` when resolved
/// already) and writes the access log line.
#[allow(clippy::too_many_arguments)]
fn finish(
    mut response: Response,
    id: &HeaderValue,
    route: &str,
    method: &Method,
    started: Instant,
    state: &AppState,
    access_log: AccessLog,
    handles: Option<&(IntCounter, Histogram)>,
) -> Response {
    response.headers_mut().insert(X_REQUEST_ID.clone(), id.clone());
    if response.status() == StatusCode::NOT_MODIFIED {
        // RFC 9110 §8.6: a 304 may only carry the length the 200 would have.
        response.headers_mut().remove(header::CONTENT_LENGTH);
    }
    let latency = started.elapsed();
    match handles {
        Some((count, duration)) => {
            count.inc();
            duration.observe(latency.as_secs_f64());
        }
        None => state.metrics().observe(
            method.as_str(),
            route,
            response.status().as_str(),
            latency.as_secs_f64(),
        ),
    }
    let log = match access_log {
        AccessLog::All => true,
        AccessLog::Errors => response.status().as_u16() >= 400 || latency.as_secs() >= 1,
        AccessLog::Off => false,
    };
    if log {
        tracing::info!(
            request_id = %String::from_utf8_lossy(id.as_bytes()),
            method = %method,
            route,
            status = response.status().as_u16(),
            latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX),
            "answered"
        );
    }
    response
}
