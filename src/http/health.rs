//! `GET /health` (liveness) and `GET /ready` (readiness).

use axum::{
    Json,
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, Problem};
use crate::query::params::no_parameters;
use crate::state::AppState;

/// `/health` and `/ready`, with their documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health)).routes(routes!(ready))
}

/// Liveness: the process serves requests.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Readiness: the database can be read, its data loads and passes every
/// rule of `check`, and data is being served.
#[derive(Debug, Serialize, ToSchema)]
pub struct Readiness {
    pub ready: bool,
    /// Version of the data being served (a digest of the data itself).
    #[schema(example = "c394be794e3af349")]
    pub data_version: String,
    /// Reports loaded.
    #[schema(example = 1)]
    pub reports: usize,
    /// True when the database now holds other valid data than the data
    /// served; the service swaps it in at its next database check (within
    /// `--db-check-interval`).
    pub reload_pending: bool,
    /// Milliseconds since the database was checked; checks are shared by
    /// probes, so this is under about a second.
    #[schema(example = 120)]
    pub checked_ms_ago: u64,
}

fn no_store(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Liveness: the process serves requests.
///
/// Answers 200 while the process serves requests, whatever the state of the
/// database (see `/ready` for that). Never cached. For container and
/// orchestrator liveness probes.
#[utoipa::path(get, path = "/health", tag = "operations", operation_id = "health",
    responses((status = 200, description = "The process serves requests", body = Health)))]
pub async fn health(RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    Ok(no_store(Json(Health { status: "ok" })))
}

/// Readiness: whether this instance should receive traffic.
///
/// 200 when the database can be read, every dataset in it loads
/// and the data passes every rule of `check`; 503 otherwise (take the
/// instance out of the load balancer), with a problem that says only which
/// of the two failed (the log has the details), and 503 from the moment
/// shutdown begins. Data answers keep coming from the last good data
/// meanwhile. The check loads the whole database through a fresh read-only
/// connection; probes arriving within a second share one check. Never
/// cached.
#[utoipa::path(get, path = "/ready", tag = "operations", operation_id = "ready",
    responses(
        (status = 200, description = "Ready to serve", body = Readiness),
        (status = 503, description = "Not ready: the database cannot be read, or its data fails its checks, or no report is loaded, or the service is shutting down", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ready(State(state): State<AppState>, RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    if state.shutting_down() {
        return Err(ApiError::Unavailable("the service is shutting down".to_owned()));
    }
    let catalog = state.catalog();
    if catalog.reports.is_empty() {
        return Err(ApiError::Unavailable("no report is loaded".to_owned()));
    }
    let (mut reload_pending, mut checked_ms_ago) = (false, 0);
    if let Some(check) = state.check_database().await {
        // Only what a client may know; the check logged the details.
        let fresh = check
            .outcome
            .as_ref()
            .map_err(|fault| ApiError::Unavailable(fault.public_detail().to_owned()))?;
        reload_pending = fresh.data_version != catalog.data_version;
        checked_ms_ago = u64::try_from(check.at.elapsed().as_millis()).unwrap_or(u64::MAX);
    }
    Ok(no_store(Json(Readiness {
        ready: true,
        data_version: catalog.data_version.clone(),
        reports: catalog.reports.len(),
        reload_pending,
        checked_ms_ago,
    })))
}
