//! Downloads: each report as a Frictionless Data Package
//! (`/reports/{report_id}/datapackage.json`), its CSVs where the descriptor's
//! relative paths resolve (`/reports/{report_id}/data/{dataset}.csv`), the
//! package as one zip (`/reports/{report_id}/datapackage.zip`), and the whole
//! SQLite database (`/talent.db`).
//!
//! Everything is built once per data snapshot ([`crate::publish`]) and
//! answered from the snapshot with its ETag; the zip and the database are
//! never compressed per request (the zip is compressed inside; the database
//! has a gzip encoding made once, sent when `Accept-Encoding` allows it).

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Path, RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
    routing::get,
};
use utoipa::{
    ToSchema,
    openapi::{
        HttpMethod, ObjectBuilder, Required, ResponseBuilder, Type,
        content::ContentBuilder,
        header::HeaderBuilder,
        path::{OperationBuilder, ParameterBuilder, ParameterIn},
    },
};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::base_path::BasePath;
use super::layers::caching::accepts_gzip;
use crate::cache::RenderedAnswer;
use crate::data::kinds::{KINDS, kind};
use crate::error::{ApiError, ECHO_CHARS, Problem};
use crate::publish::{ReportPackage, SQLITE, package::DataPackage};
use crate::query::{params::no_parameters, plan::known_reports};
use crate::state::{AppState, Snapshot};

/// The download routes, with their documentation.
pub fn router() -> OpenApiRouter<AppState> {
    // The CSV route captures `{file}` and checks the `.csv` suffix itself:
    // the router cannot match a parameter followed by text in one segment.
    // The document names it as clients see it, `{dataset}.csv`.
    OpenApiRouter::with_openapi(package_csv_document())
        .routes(routes!(datapackage_json))
        .routes(routes!(datapackage_zip))
        .routes(routes!(talent_db))
        .route("/reports/{report_id}/data/{file}", get(package_csv))
}

/// The bytes of a file.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct BinaryFile(pub Vec<u8>);

/// The snapshot's package of `report_id`, built the first time it is asked
/// for.
fn package(
    state: &AppState,
    snapshot: &Snapshot,
    report_id: &str,
    base: &BasePath,
) -> Result<Arc<ReportPackage>, ApiError> {
    let catalog = &snapshot.catalog;
    let index = catalog
        .reports
        .iter()
        .position(|r| r.info.id == report_id)
        .ok_or_else(|| ApiError::ReportNotFound {
            id: report_id.to_owned(),
            known: known_reports(catalog),
        })?;
    let build = || {
        ReportPackage::build(catalog, &catalog.reports[index], &base.0).map_err(|e| match e {
            ApiError::Internal(cause) => cause,
            other => other.to_string(),
        })
    };
    // Under the setting's base path, the same for every request, one
    // package per report and snapshot serves them all; a trusted proxy's
    // other prefix gets packages of its own.
    if base.is_configured(state.config()) {
        snapshot.package(index, build)
    } else {
        snapshot.rebased_package(&base.0, index, build)
    }
    .expect("the index is of a report of this snapshot")
    .map_err(ApiError::Internal)
}

/// An answer from the snapshot: its body, type, ETag, `Link` and
/// `Last-Modified`, and `Content-Disposition` when it is a download.
fn respond(answer: &RenderedAnswer, last_modified: &HeaderValue, disposition: Option<&HeaderValue>) -> Response {
    let mut response = Response::new(Body::from(answer.body.clone()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    headers.insert(header::ETAG, answer.etag.clone());
    headers.insert(header::LAST_MODIFIED, last_modified.clone());
    if let Some(link) = &answer.link {
        headers.insert(header::LINK, link.clone());
    }
    if let Some(disposition) = disposition {
        headers.insert(header::CONTENT_DISPOSITION, disposition.clone());
    }
    response
}

/// A report as a Frictionless Data Package.
///
/// The report's Data Package (v2) descriptor: one tabular resource per
/// dataset, each with its Table Schema (every field's type, English and
/// Chinese title, description, unit and constraints; the primary key;
/// `missingValues`), the CSV dialect, `sources` (the report, chart and
/// page), `licenses` (the figures are the publisher's; this project's
/// transcription and metadata are CC BY 4.0), a `citation` in Chinese and
/// English and the uncertainty notes. Each resource's `path`
/// (`data/{dataset}.csv`) resolves against this URL to the dataset's CSV.
/// `frictionless validate` and `frictionless.Package(url)` read it as it is.
#[utoipa::path(
    get,
    path = "/reports/{report_id}/datapackage.json",
    tag = "downloads",
    operation_id = "datapackage_json",
    params(("report_id" = String, Path, description = "Report id, as listed by `GET /reports`", example = "maimai-aigc-talent-2023")),
    responses(
        (status = 200, description = "The Data Package descriptor", body = DataPackage),
        (status = 400, description = "A query parameter was given (this endpoint takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No report has this id", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn datapackage_json(
    State(state): State<AppState>,
    base: BasePath,
    Path(report_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    let snapshot = state.snapshot();
    let package = package(&state, &snapshot, &report_id, &base)?;
    Ok(respond(&package.descriptor, &snapshot.last_modified, None))
}

/// A report's Data Package as one zip file.
///
/// `datapackage.json` (the same descriptor as `datapackage.json` answers),
/// a `README.txt` (contents, citation, licences) and `data/{dataset}.csv`
/// for every dataset, the same bytes as the dataset's CSV endpoint answers.
/// The zip is deterministic (fixed order, times and compression), so equal
/// data gives equal bytes and ETag on every replica. Validate it with
/// `frictionless validate datapackage.zip` after downloading it.
#[utoipa::path(
    get,
    path = "/reports/{report_id}/datapackage.zip",
    tag = "downloads",
    operation_id = "datapackage_zip",
    params(("report_id" = String, Path, description = "Report id, as listed by `GET /reports`", example = "maimai-aigc-talent-2023")),
    responses(
        (status = 200, description = "The zip", body = BinaryFile, content_type = "application/zip",
            headers(("Content-Disposition" = String, description = "`attachment; filename=\"<report>-<data version>.zip\"`"))),
        (status = 400, description = "A query parameter was given (this endpoint takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No report has this id", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn datapackage_zip(
    State(state): State<AppState>,
    base: BasePath,
    Path(report_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    let snapshot = state.snapshot();
    let package = package(&state, &snapshot, &report_id, &base)?;
    Ok(respond(
        &package.zip,
        &snapshot.last_modified,
        Some(&package.zip_disposition),
    ))
}

/// `GET /reports/{report_id}/data/{dataset}.csv`: a resource of the
/// package where its descriptor's relative path resolves.
async fn package_csv(
    State(state): State<AppState>,
    base: BasePath,
    Path((report_id, file)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    let snapshot = state.snapshot();
    let package = package(&state, &snapshot, &report_id, &base)?;
    let csv = file
        .strip_suffix(".csv")
        .and_then(kind)
        .and_then(|k| package.csv(k.id))
        .ok_or_else(|| ApiError::DatasetNotInReport {
            report: report_id.clone(),
            dataset: file
                .strip_suffix(".csv")
                .unwrap_or(&file)
                .chars()
                .take(ECHO_CHARS)
                .collect(),
        })?;
    Ok(respond(csv, &snapshot.last_modified, None))
}

/// The documentation of `/reports/{report_id}/data/{dataset}.csv`, built
/// here because its route is not registered through `routes!`.
fn package_csv_document() -> utoipa::openapi::OpenApi {
    let text = ObjectBuilder::new().schema_type(Type::String).description(Some(
        "UTF-8 CSV with a byte-order mark and a header row of field names.",
    ));
    let problem = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(utoipa::openapi::Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build()
    };
    let operation = OperationBuilder::new()
        .tag("downloads")
        .operation_id(Some("datapackage_csv"))
        .summary(Some("A dataset's CSV, as a resource of the report's Data Package"))
        .description(Some(
            "The file a resource's relative `path` (`data/{dataset}.csv`) names, resolved against the URL of \
             `datapackage.json`: exactly the CSV the dataset's CSV endpoint answers for the report \
             (`/talent/cities.csv?report=…`), the same bytes, ETag and `Link`, with every row of the dataset. \
             UTF-8 with a byte-order mark, CRLF, a header row of field names.",
        ))
        .parameter(
            ParameterBuilder::new()
                .name("report_id")
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .description(Some("Report id, as listed by `GET /reports`."))
                .example(Some("maimai-aigc-talent-2023".into()))
                .schema(Some(ObjectBuilder::new().schema_type(Type::String))),
        )
        .parameter(
            ParameterBuilder::new()
                .name("dataset")
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .description(Some("The dataset (the resource's `name`)."))
                .example(Some("talent-cities".into()))
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .enum_values(Some(KINDS.iter().map(|k| k.id))),
                )),
        )
        .response(
            "200",
            ResponseBuilder::new()
                .description("The dataset's rows as CSV.")
                .content("text/csv", ContentBuilder::new().schema(Some(text)).build())
                .header(
                    "Link",
                    HeaderBuilder::new()
                        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                        .description(Some(
                            "`<…/reports/{report_id}/datapackage.json>; rel=\"describedby\"`: the Data Package that describes it.",
                        ))
                        .build(),
                )
                .build(),
        )
        .response(
            "400",
            problem("A query parameter was given (this endpoint takes none)"),
        )
        .response(
            "404",
            problem("No report has this id, or the report has no such dataset"),
        )
        .build();
    let mut document = utoipa::openapi::OpenApi::default();
    document.paths.add_path_operation(
        "/reports/{report_id}/data/{dataset}.csv",
        vec![HttpMethod::Get],
        operation,
    );
    document
}

/// The whole SQLite database, as served.
///
/// The database the data being served was loaded from: a consistent copy
/// taken in one read transaction when the data was (re)loaded, never a file
/// read while it is being replaced. Open it with any SQLite tool
/// (`sqlite3 talent.db`, Python's `sqlite3`, R's `RSQLite`, Datasette). Its
/// ETag follows the data version; a reload of changed data changes both.
/// Sent gzip-encoded when `Accept-Encoding` allows (encoded once per data
/// version), otherwise as is. The times at which this replica applied its
/// migrations and seeds are set to 1970-01-01, so that replicas with equal
/// data send equal files.
#[utoipa::path(
    get,
    path = "/talent.db",
    tag = "downloads",
    operation_id = "talent_db",
    responses(
        (status = 200, description = "The SQLite database file", body = BinaryFile, content_type = "application/vnd.sqlite3",
            headers(("Content-Disposition" = String, description = "`attachment; filename=\"talent-<data version>.db\"`"))),
        (status = 400, description = "A query parameter was given (this endpoint takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The data was not loaded from a database copy, so there is none to send", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn talent_db(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    let snapshot = state.snapshot();
    let download = snapshot
        .database_download()
        .ok_or_else(|| ApiError::Unavailable("the database download is not available".to_owned()))?;
    let gzip = accepts_gzip(&headers);
    let mut response = Response::new(Body::from(if gzip {
        download.gzip.clone()
    } else {
        download.file.clone()
    }));
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static(SQLITE));
    out.insert(header::ETAG, download.etag.clone());
    out.insert(header::LAST_MODIFIED, snapshot.last_modified.clone());
    out.insert(header::CONTENT_DISPOSITION, download.disposition.clone());
    if gzip {
        out.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> bool {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        accepts_gzip(&headers)
    }

    #[test]
    fn gzip_is_sent_only_when_accept_encoding_allows_it() {
        assert!(accept("gzip"));
        assert!(accept("br, gzip;q=0.5"));
        assert!(accept("GZIP"));
        assert!(accept("*"));
        assert!(accept("x-gzip"));
        assert!(!accept("br, zstd"));
        assert!(!accept("gzip;q=0"));
        assert!(!accept("gzip;q=0, *"));
        assert!(!accept("identity"));
        assert!(!accept(""));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
