//! Cross-origin requests (tower-http's CORS layer): which origins browsers
//! may read answers from (`--cors-origins`), the methods and headers they may
//! use, and the headers scripts may read.

use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, Any, CorsLayer};

/// The CORS layer for `origins` (`*` for any origin, or a list).
pub fn layer(origins: &[String]) -> CorsLayer {
    let origins = if origins.iter().any(|o| o.trim() == "*") {
        AllowOrigin::from(Any)
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o.trim()).ok()))
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
