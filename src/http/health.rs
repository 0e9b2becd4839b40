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

/// Readiness: the database answers and the data is loaded.
#[derive(Debug, Serialize, ToSchema)]
pub struct Readiness {
    pub ready: bool,
    /// Version of the data being served.
    #[schema(example = "c394be794e3af349")]
    pub data_version: String,
    /// Reports loaded.
    #[schema(example = 1)]
    pub reports: usize,
    /// True when the database now holds other data than the one served (the
    /// service reloads it within the check interval).
    pub reload_pending: bool,
}

fn no_store(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Liveness: answers 200 while the process serves requests.
#[utoipa::path(get, path = "/health", tag = "operations", operation_id = "health",
    responses((status = 200, description = "The process serves requests", body = Health)))]
pub async fn health(RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    Ok(no_store(Json(Health { status: "ok" })))
}

/// Readiness: 200 when the database file is there, readable and intact and
/// the data is loaded; 503 otherwise, and from the moment shutdown begins
/// (take the instance out of the load balancer). Data answers keep coming
/// from the loaded data meanwhile.
#[utoipa::path(get, path = "/ready", tag = "operations", operation_id = "ready",
    responses(
        (status = 200, description = "Ready to serve", body = Readiness),
        (status = 503, description = "Not ready: the database cannot be read or holds no report, or the service is shutting down", body = Problem, content_type = "application/problem+json"),
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
    let mut reload_pending = false;
    if let Some(database) = state.database() {
        let probe = tokio::time::timeout(std::time::Duration::from_secs(2), database.probe()).await;
        match probe {
            Ok(Ok(version)) => {
                state.metrics().set_database_ready(true);
                reload_pending = version != catalog.data_version;
            }
            Ok(Err(error)) => {
                state.metrics().set_database_ready(false);
                return Err(ApiError::Unavailable(format!("the database cannot be read: {error}")));
            }
            Err(_) => {
                state.metrics().set_database_ready(false);
                return Err(ApiError::Unavailable(
                    "the database did not answer within 2 s".to_owned(),
                ));
            }
        }
    }
    Ok(no_store(Json(Readiness {
        ready: true,
        data_version: catalog.data_version.clone(),
        reports: catalog.reports.len(),
        reload_pending,
    })))
}
