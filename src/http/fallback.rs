//! Any path no route matches: a 404 problem; a path with a trailing slash is
//! redirected once to the path without it (`/talent/cities/` ->
//! `/talent/cities`), when that target is safe ([`safe_redirect_target`]).

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
    if path.len() > 1
        && path.ends_with('/')
        && let Some(target) = safe_redirect_target(path.trim_end_matches('/'), None)
    {
        let mut location = relative_reference(path, &target);
        if let Some(query) = uri.query() {
            location.push('?');
            location.push_str(query);
        }
        return Redirect::permanent(&location).into_response();
    }
    ApiError::RouteNotFound(path.to_owned()).into_response()
}

/// `path` (and `query`) as a `Location` that stays on this host whatever
/// reads it: a path starting with exactly one `/` and holding no backslash
/// (browsers read `\` as `/`, so `/\host` would be `//host`: another
/// site), or `/` for an empty path. `None` when the path is not safe.
pub fn safe_redirect_target(path: &str, query: Option<&str>) -> Option<String> {
    let path = if path.is_empty() { "/" } else { path };
    let second = path.as_bytes().get(1).copied();
    if !path.starts_with('/') || matches!(second, Some(b'/' | b'\\')) || path.contains('\\') {
        return None;
    }
    Some(match query {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_targets_never_name_another_host() {
        assert_eq!(
            safe_redirect_target("/talent/cities", None).as_deref(),
            Some("/talent/cities")
        );
        assert_eq!(safe_redirect_target("", Some("limit=1")).as_deref(), Some("/?limit=1"));
        assert_eq!(
            safe_redirect_target("/%2F%2Fevil.example", None).as_deref(),
            Some("/%2F%2Fevil.example")
        );
        for unsafe_path in ["//evil.example", "/\\evil.example", "/a\\b", "\\evil", "evil.example"] {
            assert_eq!(safe_redirect_target(unsafe_path, None), None, "{unsafe_path}");
        }
    }
}
