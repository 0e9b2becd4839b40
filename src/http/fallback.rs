//! Any path no route matches: a 404 problem; a path with a trailing slash is
//! redirected once to the path without it (`/talent/cities/` ->
//! `/talent/cities`).

use axum::{
    extract::OriginalUri,
    response::{IntoResponse, Redirect, Response},
};

use crate::error::ApiError;

/// The fallback handler.
pub async fn not_found(OriginalUri(uri): OriginalUri) -> Response {
    let path = uri.path();
    let trimmed = path.trim_end_matches('/');
    // Never redirect to `//host`, which a browser would read as another site.
    if path.len() > 1 && path.ends_with('/') && !trimmed.starts_with("//") {
        let target = match uri.query() {
            Some(query) => format!("{}?{query}", if trimmed.is_empty() { "/" } else { trimmed }),
            None => {
                if trimmed.is_empty() {
                    "/".to_owned()
                } else {
                    trimmed.to_owned()
                }
            }
        };
        return Redirect::permanent(&target).into_response();
    }
    ApiError::RouteNotFound(path.to_owned()).into_response()
}
