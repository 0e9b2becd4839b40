//! Redirects the service writes, always as references relative to the
//! request's path, so that they hold under any path prefix a proxy adds and
//! can never name another host.

use axum::{
    body::Body,
    http::{HeaderValue, StatusCode, header},
    response::Response,
};

use crate::query::options::relative_reference;

/// A redirect from the path `from` to the path `target` with `query`.
pub fn redirect(status: StatusCode, from: &str, target: &str, query: &[(String, String)]) -> Response {
    let mut location = relative_reference(from, target);
    if !query.is_empty() {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        for (name, value) in query {
            serializer.append_pair(name, value);
        }
        location.push('?');
        location.push_str(&serializer.finish());
    }
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
