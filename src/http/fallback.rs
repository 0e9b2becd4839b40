//! Any path no route matches: a 404 problem; a path with a trailing slash is
//! redirected once to the path without it (`/talent/cities/` ->
//! `/talent/cities`).

use axum::{
    extract::OriginalUri,
    response::{IntoResponse, Redirect, Response},
};

use crate::error::ApiError;
use crate::query::options::relative_reference;

/// The fallback handler. The redirect is relative (`../cities` from
/// `/talent/cities/`), so it holds under any path prefix and never names
/// another host.
pub async fn not_found(OriginalUri(uri): OriginalUri) -> Response {
    let path = uri.path();
    let trimmed = path.trim_end_matches('/');
    // Never redirect to `//host` or `/\host`, which a browser would read as
    // another site, even as a relative reference's result.
    let safe = !trimmed.starts_with("//") && !path.contains('\\');
    if path.len() > 1 && path.ends_with('/') && safe {
        let target = if trimmed.is_empty() { "/" } else { trimmed };
        let mut location = relative_reference(path, target);
        if let Some(query) = uri.query() {
            location.push('?');
            location.push_str(query);
        }
        return Redirect::permanent(&location).into_response();
    }
    ApiError::RouteNotFound(path.to_owned()).into_response()
}
