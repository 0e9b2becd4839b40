//! Limits on what a request may carry: no body (the API is read-only), at
//! most [`MAX_HEADER_BYTES`] of headers in [`MAX_HEADER_FIELDS`] fields, a
//! request target of at most [`MAX_URI_BYTES`]; and the request timeout.

use std::time::Duration;

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};
use tower_http::timeout::TimeoutLayer;

use crate::config::{MAX_HEADER_BYTES, MAX_HEADER_FIELDS, MAX_URI_BYTES};
use crate::error::problem_for_status;

/// Total size of request headers as counted against [`MAX_HEADER_BYTES`]:
/// name, value and 4 bytes of framing per field.
pub fn header_bytes(headers: &HeaderMap) -> usize {
    headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum()
}

/// The status a request is refused with, if it exceeds a limit: 414 for an
/// overlong target, 431 for oversized headers, 413 for a body on a read.
pub fn exceeded(request: &Request) -> Option<StatusCode> {
    let uri_bytes = request.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return Some(StatusCode::URI_TOO_LONG);
    }
    if request.headers().len() > MAX_HEADER_FIELDS || header_bytes(request.headers()) > MAX_HEADER_BYTES {
        return Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    }
    let read = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let has_body = request.headers().contains_key(header::TRANSFER_ENCODING)
        || request
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    (read && has_body).then_some(StatusCode::PAYLOAD_TOO_LARGE)
}

/// Refuses request bodies, oversized headers and overlong request targets
/// with their problem (used with `axum::middleware::from_fn`).
pub async fn refuse_oversized(request: Request, next: Next) -> Response {
    match exceeded(&request) {
        Some(status) => problem_for_status(status, &HeaderMap::new()),
        None => next.run(request).await,
    }
}

/// Answers 504 (made a problem by the error layer) when a request takes
/// longer than `timeout`.
pub fn timeout(timeout: Duration) -> TimeoutLayer {
    TimeoutLayer::with_status_code(StatusCode::GATEWAY_TIMEOUT, timeout)
}
