//! `GET /problems` and `GET /problems/{slug}`: what each problem `type`
//! means (the types themselves are defined with the error type,
//! [`crate::error::PROBLEM_TYPES`]).

use axum::{
    Json,
    extract::{Path, RawQuery},
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, PROBLEM_TYPES, Problem, ProblemType, problem_type};
use crate::query::params::no_parameters;
use crate::state::AppState;

/// `/problems` and `/problems/{slug}`, with their documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_problem_types))
        .routes(routes!(get_problem_type))
}

/// Every problem type the API answers errors with.
///
/// The `type`, title, status and meaning of every problem type; a problem
/// body's `type` is the path of its entry (`/problems/{slug}`).
#[utoipa::path(get, path = "/problems", tag = "meta", operation_id = "list_problem_types",
    responses((status = 200, description = "Problem types", body = [ProblemType])))]
pub async fn list_problem_types(RawQuery(query): RawQuery) -> Result<Json<&'static [ProblemType]>, ApiError> {
    no_parameters(query.as_deref())?;
    Ok(Json(PROBLEM_TYPES))
}

/// One problem type.
///
/// What one problem type means and what to do about it (the `type` of a
/// problem body points here).
#[utoipa::path(get, path = "/problems/{slug}", tag = "meta", operation_id = "get_problem_type",
    params(("slug" = String, Path, description = "Problem type slug", example = "invalid-parameter")),
    responses(
        (status = 200, description = "The problem type", body = ProblemType),
        (status = 404, description = "No such problem type", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_problem_type(
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<&'static ProblemType>, ApiError> {
    no_parameters(query.as_deref())?;
    problem_type(&slug)
        .map(Json)
        .ok_or_else(|| ApiError::RouteNotFound(format!("/problems/{slug}")))
}
