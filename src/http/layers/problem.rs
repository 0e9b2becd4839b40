//! One error format: any 4xx/5xx answer without a problem body (from the
//! router, the timeout, the limits) gets one, keeping its headers (`Allow`,
//! `Retry-After`); CORS preflights answer 204; a panicking handler answers a
//! 500 problem instead of dropping the connection.

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
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
        if !describes_the_body(name) {
            problem.headers_mut().append(name, value.clone());
        }
    }
    problem
}

/// Headers about the body a problem replaces, never copied onto the problem:
/// its type, length and coding, and the validators, file name and links of
/// the representation (a 406 for `Accept-Encoding: identity;q=0` comes from
/// compression around a complete answer; with that answer's `ETag` and
/// `Last-Modified` a cache would revalidate the error as if it were the data).
fn describes_the_body(name: &header::HeaderName) -> bool {
    [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
        header::CONTENT_DISPOSITION,
        header::ETAG,
        header::LAST_MODIFIED,
        header::LINK,
    ]
    .contains(name)
}
