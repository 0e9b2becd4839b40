//! Replay of complete answers.
//!
//! The data never changes while it is loaded, so a successful, publicly
//! cacheable `GET` answer is fully determined by its request target and the
//! request headers it varies on. After the rest of the stack has answered
//! such a request once, [`Replay`] keeps the complete answer (status, every
//! header, body, compressed or not) in the data snapshot and replays it,
//! including `HEAD` and `If-None-Match` revalidation, without running the
//! stack again.
//!
//! The key holds only what an answer varies on ([`replay_key`]): the
//! request target, the content coding the answer is sent in (the edge has
//! reduced `Accept-Encoding` to it), the class of `Accept`
//! ([`accept_class`]) and, under a CORS allow-list, which listed origin
//! (if any) `Origin` is, and the base path when a trusted proxy's
//! `X-Forwarded-Prefix` made it differ from the setting
//! ([`crate::http::base_path`]). So random header values neither miss the
//! cache nor fill it. Requests it cannot answer identically (`If-Modified-Since`,
//! `Range`, bodies, oversized headers, an `Accept` that is not visible
//! ASCII) always take the full stack. The rate limit is checked before, at
//! the edge. Stored answers belong to the data snapshot and go with it.

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
use super::observe::{Replayable, Replayed, X_REQUEST_ID, request_span};
use crate::cache::StoredResponse;
use crate::error::problem_for_status;
use crate::http::base_path::BasePath;
use crate::query::options::accept_class;
use crate::state::AppState;

/// Largest answer body kept for replay.
const KEEP_BYTES: usize = 1024 * 1024;

/// The replay layer around `S`. See the module documentation.
#[derive(Clone)]
pub struct Replay<S> {
    inner: S,
    state: AppState,
    /// The CORS allow-list (`None`: any origin), to key on which listed
    /// origin a request comes from.
    origins: Option<Arc<[HeaderValue]>>,
}

impl<S> Replay<S> {
    pub fn new(inner: S, state: AppState) -> Replay<S> {
        let origins = state.config().cors_origins.clone();
        let origins = (!origins.iter().any(|o| o.trim() == "*")).then(|| {
            origins
                .iter()
                .filter_map(|o| HeaderValue::from_str(o.trim()).ok())
                .collect()
        });
        Replay { inner, state, origins }
    }
}

thread_local! {
    /// Reused buffer for replay keys, so that a lookup allocates nothing.
    static KEY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The last `Accept` value seen on this thread and its class: clients
    /// send the same value again and again, and classifying it parses it.
    static LAST_ACCEPT: std::cell::RefCell<(Vec<u8>, u8)> = const { std::cell::RefCell::new((Vec::new(), 0)) };
}

/// [`accept_class`] of `accept`, remembered for the last value seen on this
/// thread (a different value costs one classification, and nothing grows).
fn class_of(accept: Option<&str>) -> u8 {
    let Some(accept) = accept else {
        return accept_class(None);
    };
    LAST_ACCEPT.with_borrow_mut(|(last, class)| {
        if last.as_slice() != accept.as_bytes() || last.is_empty() {
            *class = accept_class(Some(accept));
            last.clear();
            last.extend_from_slice(accept.as_bytes());
        }
        *class
    })
}

/// Writes the key a request's answer is kept under into `key`, when it may be
/// replayed; returns false (and leaves `key` empty) otherwise.
fn replay_key(request: &Request, origins: Option<&[HeaderValue]>, key: &mut Vec<u8>) -> bool {
    key.clear();
    let eligible = replay_key_parts(request, origins, key).is_some();
    if !eligible {
        key.clear();
    }
    eligible
}

fn replay_key_parts(request: &Request, origins: Option<&[HeaderValue]>, key: &mut Vec<u8>) -> Option<()> {
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
    // The coding: the edge has reduced Accept-Encoding to its token.
    key.push(0);
    key.extend_from_slice(
        headers
            .get(header::ACCEPT_ENCODING)
            .map_or(&b"identity"[..], HeaderValue::as_bytes),
    );
    // The class of Accept.
    let accept = match headers.get(header::ACCEPT) {
        Some(value) => Some(value.to_str().ok()?),
        None => None,
    };
    key.push(0);
    key.push(class_of(accept));
    // Under an allow-list, which listed origin (if any); under `*` answers
    // do not depend on Origin.
    if let Some(origins) = origins {
        let listed = headers
            .get(header::ORIGIN)
            .and_then(|origin| origins.iter().position(|o| o == origin));
        key.push(0);
        key.push(listed.map_or(u8::MAX, |i| i.min(254) as u8));
        if listed.is_some_and(|i| i >= 254) {
            return None;
        }
    }
    // A base path other than the setting's (a trusted proxy's
    // `X-Forwarded-Prefix`, decided at the edge): the answer's URLs start
    // with it. Every key before this point has the same shape under one
    // configuration, so a key with it never equals one without.
    if let Some(base) = request.extensions().get::<BasePath>() {
        key.push(0);
        key.push(b'b');
        key.extend_from_slice(base.0.as_bytes());
    }
    Some(())
}

impl<S> Replayable for Replay<S> {
    fn replayed(&self, request: &Request) -> Option<(Response, Arc<StoredResponse>)> {
        KEY.with_borrow_mut(|key| {
            if !replay_key(request, self.origins.as_deref(), key) {
                return None;
            }
            let stored = self.state.stored(key)?;
            Some((replay(&stored, request), stored))
        })
    }
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
        let origins = self.origins.as_deref();
        let hit = KEY.with_borrow_mut(|key| {
            if !replay_key(&request, origins, key) {
                return None;
            }
            self.state.stored(key)
        });
        if let Some(stored) = hit {
            let mut response = replay(&stored, &request);
            response.extensions_mut().insert(Replayed(stored));
            return Either::Left(std::future::ready(Ok(response)));
        }
        let key = KEY.with_borrow(|key| (!key.is_empty()).then(|| key.clone().into_boxed_slice()));
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
                    // A placeholder the edge replaces with each answer's own
                    // request id: replacing a field costs less than adding one
                    // to a full map.
                    let mut headers = parts.headers.clone();
                    headers.insert(X_REQUEST_ID.clone(), HeaderValue::from_static("-"));
                    let stored = Arc::new(StoredResponse {
                        headers,
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
