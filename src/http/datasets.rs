//! The twelve dataset endpoints (`/heat-index`, `/talent/cities`, ...), all
//! served by one handler driven by the dataset descriptors in
//! [`crate::data::kinds`].

use axum::{
    Router,
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::api::{
    negotiate::negotiate,
    query::{COMMON_PARAMS, Common, Params, Plan, decode_query},
    render::{DatasetMeta, render},
};
use crate::data::{
    catalog::{Catalog, ReportEntry},
    kinds::{DatasetKind, Extra, KINDS},
    table::Table,
};
use crate::error::ApiError;
use crate::state::AppState;

/// Routes of every dataset kind.
pub fn router() -> Router<AppState> {
    KINDS.iter().fold(Router::new(), |router, kind| {
        router.route(
            kind.path,
            get(move |state: State<AppState>, query: RawQuery, headers: HeaderMap| answer(kind, state, query, headers)),
        )
    })
}

/// The report named by `?report=`, or the default (newest) report.
pub fn resolve_report<'c>(catalog: &'c Catalog, id: Option<&str>) -> Result<&'c ReportEntry, ApiError> {
    match id {
        Some(id) => catalog.report(id).ok_or_else(|| ApiError::ReportNotFound {
            id: id.to_owned(),
            known: known_reports(catalog),
        }),
        None => catalog.default_report().ok_or(ApiError::NoReports),
    }
}

pub fn known_reports(catalog: &Catalog) -> String {
    let ids: Vec<&str> = catalog.reports.iter().map(|r| r.info.id.as_str()).collect();
    if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.join(", ")
    }
}

/// Parameters an endpoint accepts, for the unknown-parameter problem.
fn accepted_params(kind: &DatasetKind, table: &Table) -> Vec<String> {
    let mut names: Vec<String> = COMMON_PARAMS.iter().map(|s| (*s).to_owned()).collect();
    if kind.extra == Extra::CompareCohorts {
        names.push("compare".to_owned());
    }
    names.extend(table.filters.iter().map(|f| f.param.to_string()));
    names
}

async fn answer(
    kind: &'static DatasetKind,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    let mut params = Params::new(pairs.clone());
    let common = Common::parse(&mut params)?;
    let compare = match kind.extra {
        Extra::CompareCohorts => params.take_one("compare")?,
        _ => None,
    };
    let accept = headers
        .get(header::ACCEPT)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let format = negotiate(accept.as_deref(), common.format)?;

    let catalog = state.catalog();
    let report = resolve_report(&catalog, common.report.as_deref())?;
    let dataset = report.dataset(kind.id).ok_or_else(|| ApiError::DatasetNotInReport {
        report: report.info.id.clone(),
        dataset: kind.id.to_owned(),
    })?;

    let (table, compare) = match compare {
        None => (&dataset.table, None),
        Some(text) => {
            let cohorts = dataset.cohorts();
            let accepted = format!(
                "two different cohorts separated by a comma, from: {}",
                cohorts.join(", ")
            );
            let pair: Vec<&str> = text.split(',').map(str::trim).collect();
            let [first, second] = pair[..] else {
                return Err(ApiError::invalid(
                    "compare",
                    format!("must name two cohorts, got {text:?}"),
                    accepted,
                ));
            };
            let Some(table) = dataset.comparison(first, second) else {
                return Err(ApiError::invalid(
                    "compare",
                    format!("must name two different known cohorts, got {text:?}"),
                    accepted,
                ));
            };
            for param in dataset.table.filters.iter().map(|f| &f.param) {
                if params.contains(param) && !table.filters.iter().any(|f| f.param == *param) {
                    return Err(ApiError::invalid(
                        param.as_ref(),
                        "cannot be combined with compare (the comparison has one row per age band)",
                        table
                            .filters
                            .iter()
                            .map(|f| f.param.as_ref())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ));
                }
            }
            (table, Some((first.to_owned(), second.to_owned())))
        }
    };

    let plan = Plan::build(table, &common, &mut params)?;
    let accepted = accepted_params(kind, table);
    params.finish(&accepted.iter().map(String::as_str).collect::<Vec<_>>())?;

    let selection = plan.execute(table);
    let meta = DatasetMeta::new(
        dataset,
        table,
        &plan,
        &selection,
        compare.as_ref(),
        &catalog.data_version,
    );
    let body = render(format, common.shape, table, &plan, &selection, &meta);

    let mut response = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()))],
        body,
    )
        .into_response();
    if let Some(link) = link_header(kind.path, &pairs, plan.limit, plan.offset, selection.total)
        && let Ok(value) = HeaderValue::from_str(&link)
    {
        response.headers_mut().insert(header::LINK, value);
    }
    Ok(response)
}

/// RFC 8288 `Link` header with `next` and `prev` pages, where they exist.
fn link_header(path: &str, pairs: &[(String, String)], limit: usize, offset: usize, total: usize) -> Option<String> {
    let page = |offset: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs.iter().filter(|(n, _)| n != "offset") {
            query.append_pair(name, value);
        }
        query.append_pair("offset", &offset.to_string());
        format!("{path}?{}", query.finish())
    };
    let mut links = Vec::new();
    if limit > 0 && offset + limit < total {
        links.push(format!("<{}>; rel=\"next\"", page(offset + limit)));
    }
    if offset > 0 && limit > 0 {
        links.push(format!("<{}>; rel=\"prev\"", page(offset.saturating_sub(limit))));
    }
    (!links.is_empty()).then(|| links.join(", "))
}
