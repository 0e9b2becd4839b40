//! Replay of complete answers.
//!
//! The data never changes while it is loaded, so a successful, publicly
//! cacheable `GET` answer is fully determined by its request target and the
//! request headers it varies on. After the rest of the stack has answered
//! such a request once, [`Replay`] keeps the complete answer (status, every
//! header, body, compressed or not) in the data snapshot and replays it for
//! the same target, `Accept`, `Accept-Encoding` and `Origin`, including
//! `HEAD` and `If-None-Match` revalidation, without running the stack again.
//! Requests it cannot answer identically (`If-Modified-Since`, bodies,
//! oversized headers, a rate limit in force) always take the full stack.
//! Stored answers belong to the data snapshot and go with it.

use std::{
    convert::Infallible,
    future::{Future, Ready},
    pin::Pin,
    sync::{Arc, OnceLock},
    task::{Context, Poll},
};

use axum::{
    body::{Body, HttpBody},
    extract::{MatchedPath, Request},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::Response,
};
use futures_util::future::Either;
use tower::{Service, ServiceExt};
use tracing::Instrument;

use super::caching::{etag_matches, shared_cacheable, strip_for_not_modified};
use super::limits;
use super::observe::{Replayed, request_span};
use crate::cache::StoredResponse;
use crate::error::problem_for_status;
use crate::state::AppState;

/// Largest answer body kept for replay.
const KEEP_BYTES: usize = 1024 * 1024;

/// The replay layer around `S`. See the module documentation.
#[derive(Clone)]
pub struct Replay<S> {
    inner: S,
    state: AppState,
    /// Off when a rate limit is in force: it must see every request.
    enabled: bool,
}

impl<S> Replay<S> {
    pub fn new(inner: S, state: AppState) -> Replay<S> {
        let enabled = state.config().rate_limit == 0;
        Replay { inner, state, enabled }
    }
}

thread_local! {
    /// Reused buffer for replay keys, so that a lookup allocates nothing.
    static KEY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes the key a request's answer is kept under into `key`, when it may be
/// replayed; returns false (and leaves `key` empty) otherwise.
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
        || headers.contains_key(header::RANGE)
        || limits::exceeded(request).is_some()
    {
        return None;
    }
    let target = request.uri().path_and_query()?.as_str();
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

/// Builds the answer to `request` from a stored answer: the same headers and
/// body; no body for `HEAD`; `304` when `If-None-Match` matches.
fn replay(stored: &Arc<StoredResponse>, request: &Request) -> Response {
    let etag = stored
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
    *response.headers_mut() = stored.headers.clone();
    if not_modified {
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        strip_for_not_modified(response.headers_mut());
    } else if request.method() != Method::HEAD {
        *response.body_mut() = Body::from(stored.body.clone());
    }
    response.extensions_mut().insert(Replayed(stored.clone()));
    response
}

/// Whether an answer to `method` may be kept for replay: a successful `GET`
/// (a `HEAD` answer has no body to replay) with a strong validator, that
/// shared caches may store, whose body is not known to exceed [`KEEP_BYTES`].
fn keepable(method: &Method, response: &Response) -> bool {
    let cacheable = response
        .headers()
        .get(header::CACHE_CONTROL)
        .is_some_and(shared_cacheable);
    *method == Method::GET
        && response.status() == StatusCode::OK
        && cacheable
        && response.headers().contains_key(header::ETAG)
        && HttpBody::size_hint(response.body()).lower() <= KEEP_BYTES as u64
}

type BoxFuture = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

impl<S> Service<Request> for Replay<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Result<Response, Infallible>>, BoxFuture>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let enabled = self.enabled;
        let hit = KEY.with_borrow_mut(|key| {
            if !enabled || !replay_key(&request, key) {
                return None;
            }
            self.state.stored(key)
        });
        if let Some(stored) = hit {
            return Either::Left(std::future::ready(Ok(replay(&stored, &request))));
        }
        let key = if enabled {
            KEY.with_borrow(|key| (!key.is_empty()).then(|| key.clone().into_boxed_slice()))
        } else {
            None
        };
        let snapshot = self.state.snapshot();
        let method = request.method().clone();
        let span = request_span(&request);
        let inner = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, inner);
        Either::Right(Box::pin(async move {
            let response = inner
                .oneshot(request)
                .instrument(span.clone())
                .await
                .unwrap_or_else(|e| match e {});
            let Some(key) = key.filter(|_| keepable(&method, &response)) else {
                return Ok(response);
            };
            let route: Arc<str> = response
                .extensions()
                .get::<MatchedPath>()
                .map_or_else(|| Arc::from("unmatched"), |p| Arc::from(p.as_str()));
            let (parts, body) = response.into_parts();
            // Answers are in memory (or compressed from memory); the limit
            // only guards against surprises.
            Ok(match axum::body::to_bytes(body, 64 * KEEP_BYTES).await {
                Ok(body) if body.len() > KEEP_BYTES => Response::from_parts(parts, Body::from(body)),
                Ok(body) => {
                    let stored = Arc::new(StoredResponse {
                        headers: parts.headers.clone(),
                        body: body.clone(),
                        route,
                        metrics: OnceLock::new(),
                    });
                    snapshot.stored.insert(key, stored);
                    Response::from_parts(parts, Body::from(body))
                }
                Err(error) => {
                    tracing::error!(parent: &span, %error, "reading an answer failed");
                    problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
                }
            })
        }))
    }
}
