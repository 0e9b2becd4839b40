//! The service's self-description: the API index, the OpenAPI document,
//! Swagger UI, the problem-type documentation and the 404 fallback.

use axum::{
    Json, Router,
    extract::{OriginalUri, Path, RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_swagger_ui::{Config, SwaggerUi};

use tower_http::set_header::SetResponseHeaderLayer;

use crate::api::negotiate::prefers_html;
use crate::api::query::{Lang, Params, decode_query, no_parameters};
use crate::data::kinds::KINDS;
use crate::error::{ApiError, PROBLEM_TYPES, Problem, ProblemType, problem_type};
use crate::http::{charts, dashboard, middleware::DOCS_CSP};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    let swagger: Router<AppState> =
        Router::from(SwaggerUi::new("/docs").config(Config::new(["/openapi.json"]).display_request_duration(true)))
            .layer(SetResponseHeaderLayer::overriding(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(DOCS_CSP),
            ));
    Router::new()
        .route("/", get(index))
        .route("/openapi.json", get(openapi_json))
        .route("/problems", get(list_problem_types))
        .route("/problems/{slug}", get(get_problem_type))
        .merge(swagger)
}

/// A link to one dataset endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetLink {
    #[schema(example = "talent-cities")]
    pub dataset: &'static str,
    #[schema(example = "/talent/cities")]
    pub href: &'static str,
    /// The dataset's SVG chart.
    #[schema(example = "/charts/talent-cities.svg")]
    pub chart: String,
    pub summary: &'static str,
}

/// The API's entry point: where everything is.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiIndex {
    pub title: &'static str,
    pub description: &'static str,
    /// Swagger UI.
    #[schema(example = "/docs")]
    pub docs: &'static str,
    /// The OpenAPI 3.1 document.
    #[schema(example = "/openapi.json")]
    pub openapi: &'static str,
    /// The catalogue of reports.
    #[schema(example = "/reports")]
    pub reports: &'static str,
    /// The dashboard page (this path, asked for `text/html`).
    #[schema(example = "/")]
    pub dashboard: &'static str,
    /// Every dataset endpoint.
    pub datasets: Vec<DatasetLink>,
}

/// Where everything is. Browsers (an `Accept` that prefers `text/html`)
/// get the dashboard: the report's title and provenance, every chart, a
/// language switch (`?lang=en`) and links to each dataset's JSON and CSV and
/// to `/docs`. Other clients get the JSON index of documentation, catalogue,
/// dataset endpoints and charts.
#[utoipa::path(get, path = "/", tag = "meta", operation_id = "index",
    params(("lang" = Option<Lang>, Query, description = "Language of the dashboard page and its charts: `zh` (default) or `en`. The JSON index is the same in both.")),
    responses(
        (status = 200, description = "The API index (JSON), or the dashboard page for browsers (`Accept` preferring `text/html`)", content(
            (ApiIndex = "application/json"),
            (String = "text/html", example = "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">…"),
        )),
        (status = 400, description = "A parameter other than `lang`, or an invalid `lang`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn index(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let mut params = Params::new(decode_query(query.as_deref())?);
    let lang = Lang::parse(&mut params)?;
    params.finish(&["lang"])?;
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let mut response = if prefers_html(accept) {
        let page = dashboard::page(&state.catalog(), lang)?;
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(dashboard::DASHBOARD_CSP),
                ),
            ],
            page,
        )
            .into_response()
    } else {
        Json(api_index()).into_response()
    };
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept"));
    Ok(response)
}

fn api_index() -> ApiIndex {
    ApiIndex {
        title: "talent-trends-api",
        description: "Every figure of talent-market trend reports, starting with Maimai's 2023 AIGC人才趋势报告, as read-only JSON, CSV and NDJSON, and as SVG charts.",
        docs: "/docs",
        openapi: "/openapi.json",
        reports: "/reports",
        dashboard: "/",
        datasets: KINDS
            .iter()
            .map(|k| DatasetLink {
                dataset: k.id,
                href: k.path,
                chart: charts::chart_path(k),
                summary: k.summary,
            })
            .collect(),
    }
}

/// The OpenAPI 3.1 document of this API.
#[utoipa::path(get, path = "/openapi.json", tag = "meta", operation_id = "openapi",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object)))]
pub async fn openapi_json(State(state): State<AppState>, RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        state.openapi_json(),
    )
        .into_response())
}

/// Every problem type the API answers errors with.
#[utoipa::path(get, path = "/problems", tag = "meta", operation_id = "list_problem_types",
    responses((status = 200, description = "Problem types", body = [ProblemType])))]
pub async fn list_problem_types(RawQuery(query): RawQuery) -> Result<Json<&'static [ProblemType]>, ApiError> {
    no_parameters(query.as_deref())?;
    Ok(Json(PROBLEM_TYPES))
}

/// What one problem type means (the `type` of a problem body points here).
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

/// Any path no route matches. A path with a trailing slash is redirected
/// once to the path without it (`/talent/cities/` -> `/talent/cities`).
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
