//! `GET /reports` and `GET /reports/{report_id}`: the catalogue.

use axum::{
    Json,
    extract::{Path, RawQuery, State},
};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::base_path::BasePath;
use crate::data::catalog::{DatasetInfo, ReportEntry, ReportInfo};
use crate::error::{ApiError, Problem};
use crate::query::{
    options::{package_path, package_zip_path},
    params::no_parameters,
    plan::known_reports,
};
use crate::state::AppState;

/// `/reports` and `/reports/{report_id}`, with their documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_reports))
        .routes(routes!(get_report))
}

/// A report with the datasets (charts) it holds.
#[derive(Debug, Serialize, ToSchema)]
pub struct Report {
    #[serde(flatten)]
    pub info: ReportInfo,
    /// True for the report dataset endpoints answer when `?report=` is not given
    /// (the most recently published).
    pub is_default: bool,
    /// The report's datasets, in the order of the report.
    pub datasets: Vec<DatasetInfo>,
    /// The report as a Frictionless Data Package: the descriptor, and with
    /// every CSV in one zip.
    pub downloads: ReportDownloads,
}

/// Where a report's Data Package is (paths under the base path).
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportDownloads {
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.json")]
    pub datapackage: String,
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.zip")]
    pub zip: String,
}

impl Report {
    /// The report with each dataset's `href` under `base`.
    fn new(entry: &ReportEntry, is_default: bool, base: &BasePath) -> Report {
        Report {
            info: (*entry.info).clone(),
            is_default,
            datasets: entry
                .datasets
                .iter()
                .map(|d| DatasetInfo {
                    href: base.join(&d.info.href),
                    ..d.info.clone()
                })
                .collect(),
            downloads: ReportDownloads {
                datapackage: base.join(&package_path(&entry.info.id)),
                zip: base.join(&package_zip_path(&entry.info.id)),
            },
        }
    }
}

/// Paging and version information of the catalogue.
#[derive(Debug, Serialize, ToSchema)]
pub struct CatalogueMeta {
    /// Number of reports.
    #[schema(example = 1)]
    pub total: usize,
    /// Version of the data: a digest of every report, dataset and row, so it
    /// changes with any change of content and equal versions mean equal data.
    #[schema(example = "3f2a9c1b7d4e5f60")]
    pub data_version: String,
}

/// The catalogue: every report, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportList {
    pub data: Vec<Report>,
    pub meta: CatalogueMeta,
}

/// One report.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportDocument {
    pub data: Report,
    pub meta: CatalogueMeta,
}

/// List every report with its datasets.
///
/// Each dataset entry gives its chart title, page, unit, row count and any
/// uncertainty notes, and the endpoint (`href`) that serves its rows.
#[utoipa::path(
    get,
    path = "/reports",
    tag = "reports",
    operation_id = "list_reports",
    responses(
        (status = 200, description = "The catalogue", body = ReportList),
        (status = 400, description = "A query parameter was given (this endpoint takes none)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_reports(
    State(state): State<AppState>,
    base: BasePath,
    RawQuery(query): RawQuery,
) -> Result<Json<ReportList>, ApiError> {
    no_parameters(query.as_deref())?;
    let catalog = state.catalog();
    let data = catalog
        .reports
        .iter()
        .enumerate()
        .map(|(i, entry)| Report::new(entry, i == 0, &base))
        .collect::<Vec<_>>();
    Ok(Json(ReportList {
        meta: CatalogueMeta {
            total: data.len(),
            data_version: catalog.data_version.clone(),
        },
        data,
    }))
}

/// One report with its datasets.
///
/// The report's metadata and its datasets (charts), each with its chart
/// title, page, unit, row count, uncertainty notes and the endpoint (`href`)
/// that serves its rows.
#[utoipa::path(
    get,
    path = "/reports/{report_id}",
    tag = "reports",
    operation_id = "get_report",
    params(("report_id" = String, Path, description = "Report id, as listed by `GET /reports`", example = "maimai-aigc-talent-2023")),
    responses(
        (status = 200, description = "The report", body = ReportDocument),
        (status = 400, description = "A query parameter was given (this endpoint takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No report has this id", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_report(
    State(state): State<AppState>,
    base: BasePath,
    Path(report_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<ReportDocument>, ApiError> {
    no_parameters(query.as_deref())?;
    let catalog = state.catalog();
    let position = catalog
        .reports
        .iter()
        .position(|r| r.info.id == report_id)
        .ok_or_else(|| ApiError::ReportNotFound {
            id: report_id.clone(),
            known: known_reports(&catalog),
        })?;
    Ok(Json(ReportDocument {
        data: Report::new(&catalog.reports[position], position == 0, &base),
        meta: CatalogueMeta {
            total: 1,
            data_version: catalog.data_version.clone(),
        },
    }))
}
