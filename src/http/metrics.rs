//! `GET /metrics`: the Prometheus metrics of this instance
//! ([`crate::metrics`]) in the text exposition format.

use axum::{
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::ApiError;
use crate::query::params::no_parameters;
use crate::state::AppState;

/// `/metrics`, with its documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(metrics))
}

/// Prometheus metrics of this instance.
///
/// Request counts by method, matched route and status, and latency
/// histograms by matched route; process metrics (CPU, memory, file
/// descriptors); the data version and database readiness. Prometheus text
/// exposition format, never cached.
#[utoipa::path(get, path = "/metrics", tag = "operations", operation_id = "metrics",
    responses((status = 200, description = "Metrics in the Prometheus text format", content_type = "text/plain", body = String)))]
pub async fn metrics(State(state): State<AppState>, RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    if let Some(allowance) = state.request_allowance() {
        state.metrics().set_rate_limit_clients(allowance.clients());
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        state.metrics().render(),
    )
        .into_response())
}
