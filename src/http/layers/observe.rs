//! The edge, the outermost layer: everything a request meets before the
//! replay cache and the rest of the stack, and everything its answer gets
//! on the way out.
//!
//! On the way in, in this order: a request id (`x-request-id`: the client's
//! when valid, else a generated one); list fields combined
//! ([`guard::combine_list_fields`]); the client identified
//! ([`crate::http::client`]); the rate limit ([`rate_limit`]: 429); the
//! host ([`guard::check_host`]: 400), the path ([`guard::check_path`]: 400)
//! and the content coding ([`guard::canonical_coding`]: 406). A refused
//! request is answered here, with the CORS and security headers every
//! answer carries, and never reaches the replay cache. Then the request's
//! base path ([`crate::http::base_path`]: a trusted proxy's
//! `X-Forwarded-Prefix`, else `--base-path`), for the replay key and the
//! handlers.
//!
//! On the way out: the request id; metrics by method (a closed set,
//! [`crate::metrics::method_label`]), matched route and status; an access
//! log line as `--access-log` says, with client text clipped
//! ([`crate::telemetry::clip`]) and client-error lines limited per client
//! (`--client-error-log-rate`). Lines that handlers log carry the request
//! in their span ([`request_span`]).

use std::{
    convert::Infallible,
    future::{Future, Ready},
    net::{IpAddr, SocketAddr},
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll, ready},
    time::Instant,
};

use axum::{
    extract::{MatchedPath, Request},
    http::{HeaderName, HeaderValue, Method, StatusCode, uri::PathAndQuery},
    response::{IntoResponse, Response},
};
use tower::{Service, ServiceBuilder, util::ServiceFn};
use tower_http::{cors::Cors, set_header::SetResponseHeader};

use super::guard::{self, HostFault};
use super::{cors, rate_limit, security};
use crate::cache::StoredResponse;
use crate::config::AccessLog;
use crate::error::ApiError;
use crate::http::base_path::{BasePath, X_FORWARDED_PREFIX, effective_base_path};
use crate::http::client::ClientRules;
use crate::http::server::ForPeer;
use crate::metrics::method_label;
use crate::state::AppState;
use crate::telemetry::clip;

/// `x-request-id`.
pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A service that may answer a request from stored answers without being
/// called (the replay layer): the edge asks first, so that a replayed
/// answer needs no future and no marker.
pub trait Replayable {
    /// The stored answer to `request`, replayed, and what was stored.
    fn replayed(&self, request: &Request) -> Option<(Response, Arc<StoredResponse>)>;
}

/// Marks an answer replayed from a [`StoredResponse`], whose route and
/// resolved metric handles it carries.
#[derive(Clone, Debug)]
pub struct Replayed(pub Arc<StoredResponse>);

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

fn valid_request_id(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    !bytes.is_empty() && bytes.len() <= 128 && bytes.iter().all(|b| b.is_ascii_graphic())
}

/// The span of one request, for the lines logged while it is handled: its
/// id, method and target.
pub fn request_span(request: &Request) -> tracing::Span {
    let id = request
        .headers()
        .get(&X_REQUEST_ID)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default();
    tracing::info_span!(
        "request",
        request_id = %id,
        method = %clip(request.method().as_str()),
        uri = %clip(request.uri().path_and_query().map_or("", |p| p.as_str())),
    )
}

/// Records the route a request matched on its answer, so that [`Observe`]
/// can label metrics and logs with it (used as a route layer).
pub async fn remember_route(request: Request, next: axum::middleware::Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

/// Why the edge refuses a request.
#[derive(Clone, Copy, Debug)]
enum Refusal {
    RateLimited(u64),
    Host(HostFault),
    Path,
    Coding,
}

impl Refusal {
    fn error(self) -> ApiError {
        match self {
            Refusal::RateLimited(seconds) => ApiError::RateLimited(seconds),
            Refusal::Host(fault) => ApiError::InvalidHost(fault.describe()),
            Refusal::Path => ApiError::InvalidPath,
            Refusal::Coding => ApiError::NoAcceptableCoding,
        }
    }
}

/// Answers a refused request with its problem (the [`Refusal`] rides in the
/// request's extensions).
fn refusal_problem(request: Request) -> Ready<Result<Response, Infallible>> {
    let refusal = request.extensions().get::<Refusal>().copied().unwrap_or(Refusal::Path);
    std::future::ready(Ok(refusal.error().into_response()))
}

type RefusalFn = fn(Request) -> Ready<Result<Response, Infallible>>;

/// The answers to refused requests, with the CORS and security headers the
/// inner stack would have added.
type Refusals = Cors<SetResponseHeader<SetResponseHeader<ServiceFn<RefusalFn>, HeaderValue>, HeaderValue>>;

/// The edge around `S`. See the module documentation.
#[derive(Clone)]
pub struct Observe<S> {
    inner: S,
    edge: Arc<Edge>,
    /// The peer of the connection, when the server loop says
    /// ([`ForPeer`]); else a `ConnectInfo` extension is looked for.
    peer: Option<SocketAddr>,
}

/// What every request at the edge shares (one `Arc`: a clone per request
/// costs one reference count).
struct Edge {
    state: AppState,
    ids: RequestIds,
    access_log: AccessLog,
    clients: ClientRules,
    refusals: Refusals,
}

impl<S> Observe<S> {
    pub fn new(inner: S, state: AppState) -> Observe<S> {
        let config = state.config();
        let access_log = config.access_log;
        let clients = ClientRules {
            trusted_proxies: config.trusted_proxies.clone(),
            header: config.forwarded_header,
        };
        let refusals = ServiceBuilder::new()
            .layer(cors::layer(&config.cors_origins))
            .layer(security::nosniff())
            .layer(security::default_csp())
            .service(tower::service_fn(refusal_problem as RefusalFn));
        Observe {
            inner,
            edge: Arc::new(Edge {
                state,
                ids: RequestIds::new(),
                access_log,
                clients,
                refusals,
            }),
            peer: None,
        }
    }
}

impl<S: Clone> ForPeer for Observe<S> {
    fn for_peer(&self, peer: SocketAddr) -> Observe<S> {
        Observe {
            peer: Some(peer),
            ..self.clone()
        }
    }
}

impl Edge {
    /// The first check `request` fails at the edge, if any; normalises
    /// `Accept-Encoding` on the way.
    fn refusal(&self, request: &mut Request, client: Option<IpAddr>) -> Option<Refusal> {
        if let Err(seconds) = rate_limit::check(&self.state, request.uri().path(), client) {
            return Some(Refusal::RateLimited(seconds));
        }
        if let Err(fault) = guard::check_host(request) {
            return Some(Refusal::Host(fault));
        }
        if !guard::check_path(request.uri().path()) {
            return Some(Refusal::Path);
        }
        guard::canonical_coding(request.headers_mut())
            .is_none()
            .then_some(Refusal::Coding)
    }

    /// The base path of `request` from a connection with `peer`, when it is
    /// not the setting's ([`effective_base_path`]: a trusted proxy's valid
    /// `X-Forwarded-Prefix`). Without trusted proxies or without the header
    /// this costs one check or one header lookup and allocates nothing.
    fn forwarded_base(&self, peer: Option<SocketAddr>, request: &Request) -> Option<BasePath> {
        if self.clients.trusted_proxies.is_empty() || !request.headers().contains_key(&X_FORWARDED_PREFIX) {
            return None;
        }
        let config = self.state.config();
        let trusted = self.clients.trusts(peer, request);
        let base = effective_base_path(config, trusted, request.headers());
        (base != config.base_path.as_str()).then(|| BasePath(base.into_owned()))
    }
}

type BoxedAnswer = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

impl<S> Service<Request> for Observe<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Replayable,
{
    type Response = Response;
    type Error = Infallible;
    type Future = ObserveFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let started = Instant::now();
        let edge = &self.edge;
        let (id, generated) = match request.headers().get(&X_REQUEST_ID) {
            Some(value) if valid_request_id(value) => (value.clone(), false),
            _ => (edge.ids.next(), true),
        };
        guard::combine_list_fields(request.headers_mut());
        let client = edge.clients.client(self.peer, &request);
        // The replay key and the handlers see the base path decided here.
        if let Some(base) = edge.forwarded_base(self.peer, &request) {
            request.extensions_mut().insert(base);
        }
        let method = method_label(request.method().as_str());
        // The method as sent, for the log line, when it is not a standard one.
        let method_sent = (method == "other").then(|| clip(request.method().as_str()).to_string());
        let is_get = request.method() == Method::GET;
        let path = request.uri().path_and_query().cloned();
        let mut replayed = None;
        let inner = match edge.refusal(&mut request, client) {
            Some(refusal) => {
                request.extensions_mut().insert(refusal);
                Answer::Boxed {
                    future: Box::pin(edge.refusals.clone().call(request)),
                }
            }
            None => match self.inner.replayed(&request) {
                Some((response, stored)) => {
                    replayed = Some(stored);
                    Answer::Ready {
                        response: Some(response),
                    }
                }
                None => {
                    // Handlers and their log lines see the id (a replayed
                    // answer needs it only in the answer).
                    if generated {
                        request.headers_mut().insert(X_REQUEST_ID.clone(), id.clone());
                    }
                    Answer::Called {
                        future: self.inner.call(request),
                    }
                }
            },
        };
        ObserveFuture {
            inner,
            finish: Some(Finish {
                id,
                method,
                method_sent,
                is_get,
                path,
                client,
                replayed,
                started,
                edge: self.edge.clone(),
            }),
        }
    }
}

pin_project_lite::pin_project! {
    /// Where the answer comes from: the inner service, a replay, or the
    /// edge's refusal.
    #[project = AnswerProjection]
    pub enum Answer<F> {
        Called { #[pin] future: F },
        Ready { response: Option<Response> },
        Boxed { future: BoxedAnswer },
    }
}

pin_project_lite::pin_project! {
    /// The answer of [`Observe`], finished.
    pub struct ObserveFuture<F> {
        #[pin]
        inner: Answer<F>,
        finish: Option<Finish>,
    }
}

impl<F> Future for ObserveFuture<F>
where
    F: Future<Output = Result<Response, Infallible>>,
{
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let Ok(response) = ready!(match this.inner.project() {
            AnswerProjection::Called { future } => future.poll(cx),
            AnswerProjection::Ready { response } => Poll::Ready(Ok(response.take().expect("an answer is given once"))),
            AnswerProjection::Boxed { future } => future.as_mut().poll(cx),
        });
        let finish = this.finish.take().expect("an answer is finished once");
        Poll::Ready(Ok(finish.finish(response)))
    }
}

/// What observing a request needs after its answer.
struct Finish {
    id: HeaderValue,
    /// The method's label (a standard method or `other`).
    method: &'static str,
    /// The method as sent, clipped, when it is `other`.
    method_sent: Option<String>,
    is_get: bool,
    /// The request target, for the log line.
    path: Option<PathAndQuery>,
    /// The stored answer the edge replayed, if it did.
    replayed: Option<Arc<StoredResponse>>,
    client: Option<IpAddr>,
    started: Instant,
    edge: Arc<Edge>,
}

impl Finish {
    /// Adds the request id, records metrics and writes the access log line.
    fn finish(self, mut response: Response) -> Response {
        response.headers_mut().insert(X_REQUEST_ID.clone(), self.id.clone());
        if response.status() == StatusCode::NOT_MODIFIED {
            // RFC 9110 §8.6: a 304 may only carry the length the 200 would
            // have. axum's router sets `Content-Length: 0` from the empty
            // body after the caching layer made the 304, so it goes here, on
            // the way out.
            response.headers_mut().remove(axum::http::header::CONTENT_LENGTH);
        }
        let latency = self.started.elapsed();
        let status = response.status();
        let replayed = match self.replayed {
            Some(stored) => Some(stored),
            None => response
                .extensions_mut()
                .remove::<Replayed>()
                .map(|Replayed(stored)| stored),
        };
        let route: Arc<str> = match (&replayed, response.extensions().get::<MatchedPath>()) {
            (Some(stored), _) => stored.route.clone(),
            (None, Some(path)) => Arc::from(path.as_str()),
            (None, None) => Arc::from("unmatched"),
        };
        match &replayed {
            Some(stored) if self.is_get && status == StatusCode::OK => {
                let (count, duration) = stored
                    .metrics
                    .get_or_init(|| self.edge.state.metrics().handles("GET", &stored.route, "200"));
                count.inc();
                duration.observe(latency.as_secs_f64());
            }
            _ => self
                .edge
                .state
                .metrics()
                .observe(self.method, &route, status.as_str(), latency.as_secs_f64()),
        }
        let log = match self.edge.access_log {
            AccessLog::All => true,
            AccessLog::Errors => status.as_u16() >= 400 || latency.as_secs() >= 1,
            AccessLog::Off => false,
        };
        // Client errors are limited per client; the lines left out are counted.
        let allowed = || match self.client {
            Some(client) if status.is_client_error() => self.edge.state.may_log_client_error(client),
            _ => true,
        };
        if log && allowed() {
            tracing::info!(
                request_id = %clip(&String::from_utf8_lossy(self.id.as_bytes())),
                method = self.method_sent.as_deref().unwrap_or(self.method),
                route = &*route,
                path = %clip(self.path.as_ref().map_or("", |p| p.path())),
                status = status.as_u16(),
                latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX),
                client = self.client.map(tracing::field::display),
                "answered"
            );
        }
        response
    }
}
