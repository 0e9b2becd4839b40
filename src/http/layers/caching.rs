//! Caching and conditional requests: every successful `GET`/`HEAD` answer
//! has a strong ETag (the hash of its identity body, suffixed with the
//! content coding when compressed), `Cache-Control`, `Vary`, and answers
//! `If-None-Match` / `If-Modified-Since` with 304. Compression (tower-http:
//! gzip, brotli, zstd) runs between the two halves, so that every encoding of
//! an answer shares the identity tag and differs only by its suffix.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};
use tower_http::compression::{
    CompressionLayer, CompressionLevel, DefaultPredicate, Predicate,
    predicate::{NotForContentType, SizeAbove},
};

use crate::cache::etag_of;
use crate::error::problem_for_status;
use crate::publish;

/// The `Cache-Control` of successful answers that set none themselves.
#[derive(Debug)]
pub struct CachingPolicy {
    pub max_age: HeaderValue,
}

impl CachingPolicy {
    /// `max-age=<seconds>`. No `public`: it only matters for answers to
    /// requests with `Authorization`, and this service has no authentication;
    /// `max-age` alone lets every cache, shared or private, store the answer.
    pub fn new(max_age_seconds: u64) -> Arc<CachingPolicy> {
        Arc::new(CachingPolicy {
            max_age: HeaderValue::from_str(&format!("max-age={max_age_seconds}")).expect("a valid Cache-Control value"),
        })
    }
}

/// Whether a `Cache-Control` value lets shared caches store the answer: it
/// has `max-age` and none of `no-store`, `no-cache` or `private`.
pub fn shared_cacheable(cache_control: &HeaderValue) -> bool {
    let Ok(value) = cache_control.to_str() else {
        return false;
    };
    let directives = || value.split(',').map(|d| d.trim().to_ascii_lowercase());
    directives().any(|d| d.starts_with("max-age="))
        && !directives().any(|d| {
            let name = d.split('=').next().unwrap_or_default().to_owned();
            matches!(name.as_str(), "no-store" | "no-cache" | "private")
        })
}

/// Bodies smaller than this are sent as they are: gzip's own framing (about
/// 20 bytes) eats the saving, so a 100-byte problem or `/ready` answer came
/// out larger compressed (REDbot's CONNEG_GZIP_BAD), and under a few hundred
/// bytes the saving is a handful of bytes for the cost of a compressor.
pub const COMPRESS_MIN_BYTES: u64 = 256;

/// Compression at level 4 of each algorithm: most of the size saving at a
/// fraction of the default cost (brotli's default, 11, takes milliseconds).
/// Only bodies of [`COMPRESS_MIN_BYTES`] or more. Never for downloads that
/// are compressed already or have an encoding made once per data snapshot:
/// the zip (compressed inside) and the SQLite database (its gzip encoding is
/// made once; `crate::http::downloads`).
pub fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(
            DefaultPredicate::new()
                .and(SizeAbove::new(COMPRESS_MIN_BYTES))
                .and(NotForContentType::const_new(publish::ZIP))
                .and(NotForContentType::const_new(publish::SQLITE)),
        )
}

/// Makes `headers` those of a 304: no representation metadata of a body.
/// (RFC 9110 §15.4.5: a 304 carries the validators, not the body's length
/// or type.)
pub fn strip_for_not_modified(headers: &mut HeaderMap) {
    for name in [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
        header::TRANSFER_ENCODING,
    ] {
        headers.remove(name);
    }
}

/// ETags, `Cache-Control`, `Vary` and conditional requests for successful
/// `GET`/`HEAD` answers (used with `axum::middleware::from_fn_with_state`).
///
/// Handlers may set the identity ETag themselves (dataset answers cache it);
/// otherwise [`ensure_etag`] makes it the hash of the body. When compression
/// encoded the body, the encoding is appended (`"…-gzip"`), so encoded and
/// identity bodies never share a tag. `If-None-Match` (weak comparison,
/// lists and `*`) wins over `If-Modified-Since`, as RFC 9110 requires.
pub async fn conditional(State(policy): State<Arc<CachingPolicy>>, request: Request, next: Next) -> Response {
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
        strip_for_not_modified(&mut parts.headers);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}

/// Gives successful `GET`/`HEAD` answers without an ETag one: the hash of
/// the identity body (runs inside compression, so every encoding of an
/// answer shares the same base tag and differs only by its suffix).
pub async fn ensure_etag(request: Request, next: Next) -> Response {
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
    fn shared_cacheable_needs_max_age_and_no_restriction() {
        let cacheable = |v: &'static str| shared_cacheable(&HeaderValue::from_static(v));
        assert!(cacheable("max-age=3600"));
        assert!(cacheable("public, max-age=0"));
        assert!(!cacheable("no-store"));
        assert!(!cacheable("max-age=60, private"));
        assert!(!cacheable("no-cache, max-age=60"));
        assert!(!cacheable("must-revalidate"));
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
