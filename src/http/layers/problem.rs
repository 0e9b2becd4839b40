//! One error format: any 4xx/5xx answer without a problem body (from the
//! router, the timeout, the limits) gets one, keeping only the headers that
//! describe the error or the exchange ([`KEPT_ON_ERRORS`]: `Allow`,
//! `Retry-After`, `Vary`, CORS and security headers), never the validators
//! or caching headers of a representation (`ETag`, `Last-Modified`,
//! `Cache-Control`: a problem is `no-store`); CORS preflights answer 204; a
//! panicking handler answers a 500 problem instead of dropping the
//! connection.

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderMap, HeaderName, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};
use tower_http::catch_panic::{CatchPanicLayer, ResponseForPanic};

use crate::error::{PROBLEM_JSON, problem_for_status};

/// Answers a panic with a 500 problem (the panic is logged).
#[derive(Clone, Copy, Debug)]
pub struct PanicProblem;

impl ResponseForPanic for PanicProblem {
    type ResponseBody = Body;

    fn response_for_panic(&mut self, _: Box<dyn std::any::Any + Send + 'static>) -> Response {
        tracing::error!("a handler panicked");
        problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
    }
}

/// The panic layer.
pub fn catch_panics() -> CatchPanicLayer<PanicProblem> {
    CatchPanicLayer::custom(PanicProblem)
}

/// Turns every error answer into a problem body, and CORS preflights into
/// 204 (used with `axum::middleware::from_fn`).
pub async fn one_error_format(request: Request, next: Next) -> Response {
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
        if kept_on_errors(name) {
            problem.headers_mut().append(name, value.clone());
        }
    }
    problem
}

/// Headers of an error answer that its problem keeps; every other header
/// (`ETag`, `Last-Modified`, `Cache-Control`, `Content-*`, `Link`, ...)
/// belonged to a representation the problem replaces.
pub const KEPT_ON_ERRORS: [HeaderName; 6] = [
    header::ALLOW,
    header::RETRY_AFTER,
    header::VARY,
    header::CONTENT_SECURITY_POLICY,
    header::X_CONTENT_TYPE_OPTIONS,
    HeaderName::from_static("x-request-id"),
];

fn kept_on_errors(name: &HeaderName) -> bool {
    KEPT_ON_ERRORS.contains(name) || name.as_str().starts_with("access-control-")
}
