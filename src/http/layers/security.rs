//! Security headers: `X-Content-Type-Options: nosniff` on every answer, and
//! a strict Content-Security-Policy unless the route set its own (Swagger UI
//! and the dashboard do).

use axum::http::{HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// Strict policy for everything but Swagger UI and the dashboard: answers
/// are data, not pages.
pub const STRICT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// `X-Content-Type-Options: nosniff`, always.
pub fn nosniff() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"))
}

/// [`STRICT_CSP`] where the route set no policy of its own.
pub fn default_csp() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(STRICT_CSP))
}
