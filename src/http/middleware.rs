//! The middleware stack, in one place and in reading order (outermost first):
//!
//! 0. [`super::edge`]: request id, trace span, access log line, metrics, and
//!    the replay of complete answers;
//! 1. catch panics (a 500 problem, never a dropped connection);
//! 2. one error format: any 4xx/5xx without a problem body gets one, keeping
//!    its headers (`Allow`, `Retry-After`); CORS preflights answer 204;
//! 3. CORS (tower-http), so that error answers carry CORS headers too;
//! 4. security headers (`nosniff`, a strict Content-Security-Policy unless the
//!    route set its own);
//! 5. caching: the content-coding suffix of ETags, conditional requests
//!    (304), `Cache-Control`, `Vary`;
//! 6. compression (tower-http: gzip, brotli, zstd), inside which every
//!    successful answer gets its strong ETag from the identity body;
//! 7. request timeout (504);
//! 8. refusal of request bodies and oversized headers (413, 431);
//! 9. the optional per-client rate limit (tower_governor, 429 + Retry-After).

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};
use tower::ServiceBuilder;
use tower_governor::{
    GovernorError, GovernorLayer,
    governor::GovernorConfigBuilder,
    key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor},
};
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{CompressionLayer, CompressionLevel},
    cors::{AllowOrigin, Any, CorsLayer},
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
};

use crate::config::ServerArgs;
use crate::error::{PROBLEM_JSON, Problem, problem_response, problem_type};

/// Strict policy for everything but Swagger UI: answers are data, not pages.
pub const STRICT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Policy for Swagger UI: its own scripts, styles and images, and requests to
/// this service only.
pub const DOCS_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

/// Largest total size of request headers accepted, in bytes.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Most request header fields accepted.
pub const MAX_HEADER_FIELDS: usize = 100;
/// Longest request target (path and query) accepted, in bytes.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// Wraps every route of `router` in the middleware stack.
pub fn apply(router: Router, config: &ServerArgs) -> Router {
    let rate_limit = (config.rate_limit > 0).then(|| rate_limit_layer(config));
    let caching = Arc::new(CachingPolicy {
        max_age: HeaderValue::from_str(&format!("public, max-age={}", config.cache_max_age))
            .expect("a valid Cache-Control value"),
    });
    router.layer(
        ServiceBuilder::new()
            .layer(CatchPanicLayer::custom(|_| {
                tracing::error!("a handler panicked");
                problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
            }))
            .layer(middleware::from_fn(one_error_format))
            .layer(cors_layer(config))
            .layer(SetResponseHeaderLayer::overriding(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(STRICT_CSP),
            ))
            .layer(middleware::from_fn_with_state(caching, conditional))
            // Level 4 of each algorithm: most of the size saving at a fraction
            // of the default cost (brotli's default, 11, takes milliseconds).
            .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
            .layer(middleware::from_fn(ensure_etag))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::GATEWAY_TIMEOUT,
                config.request_timeout(),
            ))
            .layer(middleware::from_fn(refuse_bodies_and_large_headers))
            .option_layer(rate_limit),
    )
}

/// How rate-limited clients are told apart.
#[derive(Clone, Copy, Debug)]
enum ClientKey {
    /// The peer address of the connection.
    Peer,
    /// X-Forwarded-For, X-Real-IP or Forwarded, falling back to the peer.
    Forwarded,
}

impl KeyExtractor for ClientKey {
    type Key = std::net::IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<Self::Key, GovernorError> {
        match self {
            ClientKey::Peer => PeerIpKeyExtractor.extract(request),
            ClientKey::Forwarded => SmartIpKeyExtractor.extract(request),
        }
    }
}

type RateLimit = GovernorLayer<ClientKey, governor::middleware::NoOpMiddleware<governor::clock::QuantaInstant>, Body>;

fn rate_limit_layer(config: &ServerArgs) -> RateLimit {
    let period = Duration::from_secs_f64(1.0 / f64::from(config.rate_limit));
    let key = if config.trust_forwarded_for {
        ClientKey::Forwarded
    } else {
        ClientKey::Peer
    };
    let governor = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(config.rate_limit_burst)
        .key_extractor(key)
        .finish()
        .expect("a valid rate limit");
    GovernorLayer::new(Arc::new(governor)).error_handler(|error| match error {
        GovernorError::TooManyRequests { headers, .. } => {
            problem_for_status(StatusCode::TOO_MANY_REQUESTS, &headers.clone().unwrap_or_default())
                .into_response()
                .pipe_headers(headers.unwrap_or_default())
        }
        GovernorError::UnableToExtractKey => {
            tracing::error!("rate limit: cannot tell which client sent a request");
            problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
        }
        GovernorError::Other { code, headers, .. } => {
            problem_for_status(code, &headers.clone().unwrap_or_default()).pipe_headers(headers.unwrap_or_default())
        }
    })
}

trait PipeHeaders {
    fn pipe_headers(self, headers: HeaderMap) -> Response;
}

impl PipeHeaders for Response {
    /// Adds `headers` (such as `Retry-After`) to the answer.
    fn pipe_headers(mut self, headers: HeaderMap) -> Response {
        for (name, value) in &headers {
            self.headers_mut().insert(name, value.clone());
        }
        self
    }
}

fn cors_layer(config: &ServerArgs) -> CorsLayer {
    let origins = if config.cors_origins.iter().any(|o| o.trim() == "*") {
        AllowOrigin::from(Any)
    } else {
        AllowOrigin::list(
            config
                .cors_origins
                .iter()
                .filter_map(|o| HeaderValue::from_str(o.trim()).ok()),
        )
    };
    CorsLayer::new()
        .allow_origin(origins)
        .allow_methods([Method::GET, Method::HEAD, Method::OPTIONS])
        .allow_headers([
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::CONTENT_TYPE,
            header::IF_NONE_MATCH,
            header::IF_MODIFIED_SINCE,
            HeaderName::from_static("x-request-id"),
        ])
        .expose_headers([
            header::ETAG,
            header::LAST_MODIFIED,
            header::LINK,
            header::RETRY_AFTER,
            header::CONTENT_LENGTH,
            HeaderName::from_static("x-request-id"),
        ])
        .max_age(Duration::from_secs(86_400))
}

/// Turns every error answer into a problem body, and CORS preflights into 204.
async fn one_error_format(request: Request, next: Next) -> Response {
    let preflight = request.method() == Method::OPTIONS;
    let response = next.run(request).await;
    let status = response.status();
    if preflight && status == StatusCode::OK && response.headers().contains_key(header::ACCESS_CONTROL_ALLOW_METHODS) {
        let (mut parts, _) = response.into_parts();
        parts.status = StatusCode::NO_CONTENT;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if is_problem {
        return response;
    }
    let (parts, _) = response.into_parts();
    let mut problem = problem_for_status(status, &parts.headers);
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH && name != header::CONTENT_ENCODING {
            problem.headers_mut().append(name, value.clone());
        }
    }
    problem
}

/// A problem answer for an error status produced outside the handlers (the
/// router, timeouts, limits).
pub fn problem_for_status(status: StatusCode, headers: &HeaderMap) -> Response {
    let (slug, detail) = match status {
        StatusCode::NOT_FOUND => ("not-found", "No resource at this path.".to_owned()),
        StatusCode::METHOD_NOT_ALLOWED => {
            let allow = headers
                .get(header::ALLOW)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("GET, HEAD");
            (
                "method-not-allowed",
                format!("This resource is read-only; allowed methods: {allow}."),
            )
        }
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload-too-large",
            "Requests to this read-only API must not carry a body.".to_owned(),
        ),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => (
            "headers-too-large",
            format!("The request's headers exceed {MAX_HEADER_BYTES} bytes or {MAX_HEADER_FIELDS} fields."),
        ),
        StatusCode::URI_TOO_LONG => (
            "uri-too-long",
            format!("The request target (path and query) exceeds {MAX_URI_BYTES} bytes."),
        ),
        StatusCode::TOO_MANY_REQUESTS => {
            let wait = headers
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("a few");
            (
                "rate-limited",
                format!("Too many requests from this client; retry after {wait} seconds."),
            )
        }
        StatusCode::GATEWAY_TIMEOUT => (
            "timeout",
            "The request took too long to answer; retry later.".to_owned(),
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            "unavailable",
            "The service cannot answer right now; retry later.".to_owned(),
        ),
        s if s.is_server_error() => (
            "internal-error",
            "The service failed to answer; the cause has been logged.".to_owned(),
        ),
        _ => ("bad-request", format!("The request cannot be answered ({status}).")),
    };
    let title = problem_type(slug).map(|t| t.title).unwrap_or("Error");
    problem_response(&Problem {
        type_: format!("/problems/{slug}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        invalid_params: Vec::new(),
    })
}

/// Refuses request bodies (this API is read-only), oversized headers and
/// overlong request targets.
async fn refuse_bodies_and_large_headers(request: Request, next: Next) -> Response {
    let uri_bytes = request.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return problem_for_status(StatusCode::URI_TOO_LONG, &HeaderMap::new());
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if header_bytes > MAX_HEADER_BYTES || request.headers().len() > MAX_HEADER_FIELDS {
        return problem_for_status(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, &HeaderMap::new());
    }
    let read = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let has_body = request.headers().contains_key(header::TRANSFER_ENCODING)
        || request
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if read && has_body {
        return problem_for_status(StatusCode::PAYLOAD_TOO_LARGE, &HeaderMap::new());
    }
    next.run(request).await
}

struct CachingPolicy {
    max_age: HeaderValue,
}

/// Strong ETag of a body: `"<first 16 bytes of SHA-256, hex>"`.
pub fn etag_of(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"{hex}\"")).expect("hex is a valid header value")
}

/// ETags, `Cache-Control`, `Vary` and conditional requests for successful
/// `GET`/`HEAD` answers.
///
/// Handlers may set the identity ETag themselves (dataset answers cache it);
/// otherwise it is the hash of the body. When compression encoded the body,
/// the encoding is appended (`"…-gzip"`), so encoded and identity bodies never
/// share a tag. `If-None-Match` (weak comparison, lists and `*`) wins over
/// `If-Modified-Since`, as RFC 9110 requires.
async fn conditional(State(policy): State<Arc<CachingPolicy>>, request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let if_modified_since = request.headers().get(header::IF_MODIFIED_SINCE).cloned();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }

    let (mut parts, body) = response.into_parts();
    if let Some(encoding) = parts
        .headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        && let Some(tag) = parts.headers.get(header::ETAG).and_then(|v| v.to_str().ok())
        && let Some(opaque) = tag.strip_suffix('"')
        && let Ok(value) = HeaderValue::from_str(&format!("{opaque}-{encoding}\""))
    {
        parts.headers.insert(header::ETAG, value);
    }
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts.headers.insert(header::CACHE_CONTROL, policy.max_age.clone());
    }
    add_vary(&mut parts.headers, "accept-encoding");

    let etag = parts
        .headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let not_modified = match (&if_none_match, &if_modified_since) {
        (Some(candidates), _) => candidates.to_str().is_ok_and(|c| etag_matches(c, etag)),
        (None, Some(since)) => {
            let last_modified = parts
                .headers
                .get(header::LAST_MODIFIED)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v).ok());
            let since = since.to_str().ok().and_then(|v| httpdate::parse_http_date(v).ok());
            matches!((last_modified, since), (Some(modified), Some(since)) if modified <= since)
        }
        (None, None) => false,
    };
    if not_modified {
        parts.status = StatusCode::NOT_MODIFIED;
        for name in [
            header::CONTENT_TYPE,
            header::CONTENT_LENGTH,
            header::CONTENT_ENCODING,
            header::TRANSFER_ENCODING,
        ] {
            parts.headers.remove(name);
        }
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}

/// Gives successful `GET`/`HEAD` answers without an ETag one: the hash of
/// the identity body (runs inside compression, so every encoding of an
/// answer shares the same base tag and differs only by its suffix).
async fn ensure_etag(request: Request, next: Next) -> Response {
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let response = next.run(request).await;
    if !read || response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    match axum::body::to_bytes(body, 64 * 1024 * 1024).await {
        Ok(bytes) => {
            parts.headers.insert(header::ETAG, etag_of(&bytes));
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(error) => {
            tracing::error!(%error, "reading an answer failed");
            problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
        }
    }
}

/// Adds `token` to the `Vary` header unless it is listed already.
pub fn add_vary(headers: &mut HeaderMap, token: &str) {
    let listed = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token) || t.trim() == "*");
    if !listed && let Ok(value) = HeaderValue::from_str(token) {
        headers.append(header::VARY, value);
    }
}

/// RFC 9110 §13.1.2: `*` matches any current representation; otherwise the
/// weak comparison of each listed tag with the current one.
pub fn etag_matches(candidates: &str, current: &str) -> bool {
    if current.is_empty() {
        return false;
    }
    let weakless = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let current = weakless(current);
    candidates.trim() == "*" || candidates.split(',').any(|candidate| weakless(candidate) == current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_uses_weak_comparison_over_lists_and_star() {
        assert!(etag_matches("\"a\"", "\"a\""));
        assert!(etag_matches("W/\"a\"", "\"a\""));
        assert!(etag_matches("\"x\", \"a\"", "\"a\""));
        assert!(etag_matches("*", "\"a\""));
        assert!(!etag_matches("\"b\"", "\"a\""));
        assert!(!etag_matches("\"a-gzip\"", "\"a\""));
    }

    #[test]
    fn vary_tokens_are_added_once() {
        let mut headers = HeaderMap::new();
        add_vary(&mut headers, "accept");
        add_vary(&mut headers, "Accept");
        add_vary(&mut headers, "accept-encoding");
        let vary: Vec<_> = headers.get_all(header::VARY).iter().collect();
        assert_eq!(vary, ["accept", "accept-encoding"]);
    }
}
