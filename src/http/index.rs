//! `GET /`: where everything is. Browsers get the dashboard
//! ([`super::dashboard`]); other clients the JSON index of documentation,
//! catalogue, dataset endpoints and charts.

use axum::{
    Json,
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::base_path::BasePath;
use super::dashboard;
use crate::data::{
    catalog::Catalog,
    kinds::{DERIVED_KINDS, DatasetKind, KINDS},
};
use crate::error::{ApiError, Problem};
use crate::query::{
    options::{DATABASE_PATH, Lang, Representation, View, endpoint_path, package_path, package_zip_path, prefers_html},
    params::{Params, decode_query},
};
use crate::state::AppState;

/// `/`, with its documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(index))
}

/// The endpoints of one dataset, one per representation.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetLink {
    #[schema(example = "talent-cities")]
    pub dataset: &'static str,
    /// The JSON envelope of its rows.
    #[schema(example = "/talent/cities")]
    pub href: String,
    /// The bare JSON array of its rows.
    #[schema(example = "/talent/cities/rows")]
    pub rows: String,
    /// Its rows as CSV.
    #[schema(example = "/talent/cities.csv")]
    pub csv: String,
    /// Its rows as NDJSON.
    #[schema(example = "/talent/cities.ndjson")]
    pub ndjson: String,
    /// Its SVG chart.
    #[schema(example = "/talent/cities.svg")]
    pub chart: String,
    pub summary: &'static str,
}

/// The API's entry point: where everything is.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiIndex {
    pub title: &'static str,
    pub description: &'static str,
    /// Swagger UI.
    #[schema(example = "/docs/")]
    pub docs: String,
    /// The OpenAPI 3.1 document.
    #[schema(example = "/openapi.json")]
    pub openapi: String,
    /// The catalogue of reports.
    #[schema(example = "/reports")]
    pub reports: String,
    /// The dashboard page (this path, asked for `text/html`).
    #[schema(example = "/")]
    pub dashboard: String,
    /// Every dataset endpoint.
    pub datasets: Vec<DatasetLink>,
    /// The tables derived from the report's own words and labels: its
    /// claims checked (`/claims`, one at `/claims/{claim_id}`), every figure
    /// about each position and industry (`/positions/{name}`,
    /// `/industries/{name}`), and the labels that name them (`/labels`).
    pub derived: Vec<DatasetLink>,
    /// Each report as a Frictionless Data Package, newest report first.
    pub packages: Vec<PackageLink>,
    /// The whole SQLite database the service answers from.
    #[schema(example = "/talent.db")]
    pub database: String,
}

/// Where one report's Data Package is.
#[derive(Debug, Serialize, ToSchema)]
pub struct PackageLink {
    #[schema(example = "maimai-aigc-talent-2023")]
    pub report: String,
    /// The Data Package descriptor (JSON).
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.json")]
    pub datapackage: String,
    /// The descriptor and every CSV in one zip.
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.zip")]
    pub zip: String,
}

/// The API index, or the dashboard for browsers.
///
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
    base: BasePath,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let mut params = Params::new(decode_query(query.as_deref())?);
    let lang = Lang::parse(&mut params)?;
    params.finish(&["lang"])?;
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let mut response = if prefers_html(accept) {
        let page = dashboard::page(&state.catalog(), lang, &base)?;
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
        Json(api_index(&base, &state.catalog())).into_response()
    };
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept"));
    Ok(response)
}

fn api_index(base: &BasePath, catalog: &Catalog) -> ApiIndex {
    ApiIndex {
        title: "talent-trends-api",
        description: "Every figure of talent-market trend reports, starting with Maimai's 2023 AIGC人才趋势报告, as read-only JSON, CSV and NDJSON, and as SVG charts; each report as a Frictionless Data Package (JSON, zip) and the whole SQLite database for download.",
        docs: base.join("/docs/"),
        openapi: base.join("/openapi.json"),
        reports: base.join("/reports"),
        dashboard: base.join("/"),
        datasets: KINDS.iter().map(|k| link(k, base)).collect(),
        derived: DERIVED_KINDS.iter().map(|k| link(k, base)).collect(),
        packages: catalog
            .reports
            .iter()
            .map(|r| PackageLink {
                report: r.info.id.clone(),
                datapackage: base.join(&package_path(&r.info.id)),
                zip: base.join(&package_zip_path(&r.info.id)),
            })
            .collect(),
        database: base.join(DATABASE_PATH),
    }
}

fn link(kind: &'static DatasetKind, base: &BasePath) -> DatasetLink {
    let path = |representation| base.join(&endpoint_path(kind, View::Table, representation));
    DatasetLink {
        dataset: kind.id,
        href: path(Representation::Envelope),
        rows: path(Representation::Rows),
        csv: path(Representation::Csv),
        ndjson: path(Representation::Ndjson),
        chart: path(Representation::Svg),
        summary: kind.summary,
    }
}
