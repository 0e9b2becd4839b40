//! Observation, the outermost layer: every request gets an id
//! (`x-request-id`: the client's when valid, else a generated one), every
//! answer is counted in the metrics by method, matched route and status, and
//! gets an access log line as `--access-log` says. Lines that handlers log
//! carry the request in their span ([`request_span`]).

use std::{
    convert::Infallible,
    future::Future,
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
    http::{HeaderName, HeaderValue, Method, StatusCode},
    response::Response,
};
use tower::Service;

use crate::cache::StoredResponse;
use crate::config::AccessLog;
use crate::state::AppState;

/// `x-request-id`.
pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

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
        method = %request.method(),
        uri = %request.uri(),
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

/// The observation layer around `S`. See the module documentation.
#[derive(Clone)]
pub struct Observe<S> {
    inner: S,
    state: AppState,
    ids: Arc<RequestIds>,
    access_log: AccessLog,
}

impl<S> Observe<S> {
    pub fn new(inner: S, state: AppState) -> Observe<S> {
        let access_log = state.config().access_log;
        Observe {
            inner,
            state,
            ids: Arc::new(RequestIds::new()),
            access_log,
        }
    }
}

impl<S> Service<Request> for Observe<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = ObserveFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
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
        ObserveFuture {
            inner: self.inner.call(request),
            finish: Some(Finish {
                id,
                method,
                started,
                state: self.state.clone(),
                access_log: self.access_log,
            }),
        }
    }
}

pin_project_lite::pin_project! {
    /// The answer of [`Observe`]: the inner answer, finished.
    pub struct ObserveFuture<F> {
        #[pin]
        inner: F,
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
        let Ok(response) = ready!(this.inner.poll(cx));
        let finish = this.finish.take().expect("an answer is finished once");
        Poll::Ready(Ok(finish.finish(response)))
    }
}

/// What observing a request needs after its answer.
struct Finish {
    id: HeaderValue,
    method: Method,
    started: Instant,
    state: AppState,
    access_log: AccessLog,
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
        let replayed = response.extensions_mut().remove::<Replayed>();
        let route: Arc<str> = match (&replayed, response.extensions().get::<MatchedPath>()) {
            (Some(Replayed(stored)), _) => stored.route.clone(),
            (None, Some(path)) => Arc::from(path.as_str()),
            (None, None) => Arc::from("unmatched"),
        };
        match &replayed {
            Some(Replayed(stored)) if self.method == Method::GET && status == StatusCode::OK => {
                let (count, duration) = stored
                    .metrics
                    .get_or_init(|| self.state.metrics().handles("GET", &stored.route, "200"));
                count.inc();
                duration.observe(latency.as_secs_f64());
            }
            _ => self
                .state
                .metrics()
                .observe(self.method.as_str(), &route, status.as_str(), latency.as_secs_f64()),
        }
        let log = match self.access_log {
            AccessLog::All => true,
            AccessLog::Errors => status.as_u16() >= 400 || latency.as_secs() >= 1,
            AccessLog::Off => false,
        };
        if log {
            tracing::info!(
                request_id = %String::from_utf8_lossy(self.id.as_bytes()),
                method = %self.method,
                route = &*route,
                status = status.as_u16(),
                latency_us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX),
                "answered"
            );
        }
        response
    }
}
