//! The twelve dataset endpoints (`/heat-index`, `/talent/cities`, ...), all
//! served by one handler driven by the dataset descriptors in
//! [`crate::data::kinds`].

use std::sync::Arc;

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
    routing::get,
};

use crate::api::{
    negotiate::negotiate,
    query::{COMMON_PARAMS, Common, Format, Params, Plan, decode_query, echo},
    render::{DatasetMeta, render},
};
use crate::data::{
    catalog::{Catalog, Dataset, ReportEntry},
    kinds::{DatasetKind, Extra, KINDS},
    table::Table,
};
use crate::error::ApiError;
use crate::http::middleware::etag_of;
use crate::state::{AppState, CachedAnswer};

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

/// Parameters an endpoint accepts (its own, `compare` where it applies and
/// the table's filters), for the unknown-parameter problem.
pub fn accepted_params(kind: &DatasetKind, table: &Table, endpoint_params: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = endpoint_params.iter().map(|s| (*s).to_owned()).collect();
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
    let accept = headers
        .get(header::ACCEPT)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let snapshot = state.snapshot();

    // Answers are cached by dataset, representation and canonical query: a
    // repeated request skips validation and rendering (it passed both before).
    let explicit = pairs
        .iter()
        .find(|(name, _)| name == "format")
        .map(|(_, code)| Format::ALL.into_iter().find(|f| f.code() == code));
    let key = match explicit {
        Some(None) => None, // an invalid format: let validation explain it
        Some(Some(format)) => Some((kind.id, format, canonical_query(&pairs))),
        None => negotiate(accept.as_deref(), None)
            .ok()
            .map(|format| (kind.id, format, canonical_query(&pairs))),
    };
    if let Some(key) = &key
        && let Some(cached) = snapshot.answers.get(key)
    {
        return Ok(respond(&cached, &snapshot.last_modified));
    }

    let rendered = Arc::new(render_answer(kind, &snapshot.catalog, pairs, accept.as_deref())?);
    if let Some(key) = key {
        snapshot.answers.insert(key, rendered.clone());
    }
    Ok(respond(&rendered, &snapshot.last_modified))
}

/// The query pairs without `format`, sorted, in an unambiguous text form.
fn canonical_query(pairs: &[(String, String)]) -> String {
    canonical_pairs(pairs, Some("format"))
}

/// The query pairs except `skip`, sorted, in an unambiguous text form: the
/// cache key of an answer.
pub fn canonical_pairs(pairs: &[(String, String)], skip: Option<&str>) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().filter(|(name, _)| Some(name.as_str()) != skip).collect();
    sorted.sort();
    let mut key = String::new();
    for (name, value) in sorted {
        key.push_str(&format!("{}:{name}={}:{value};", name.len(), value.len()));
    }
    key
}

fn respond(answer: &CachedAnswer, last_modified: &HeaderValue) -> Response {
    let mut response = Response::new(Body::from(answer.body.clone()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    headers.insert(header::ETAG, answer.etag.clone());
    headers.insert(header::LAST_MODIFIED, last_modified.clone());
    headers.insert(header::VARY, HeaderValue::from_static("accept"));
    if let Some(link) = &answer.link {
        headers.insert(header::LINK, link.clone());
    }
    response
}

/// Validates the query and renders the answer.
fn render_answer(
    kind: &'static DatasetKind,
    catalog: &Catalog,
    pairs: Vec<(String, String)>,
    accept: Option<&str>,
) -> Result<CachedAnswer, ApiError> {
    let mut params = Params::new(pairs.clone());
    let common = Common::parse(&mut params)?;
    let compare = match kind.extra {
        Extra::CompareCohorts => params.take_one("compare")?,
        _ => None,
    };
    let format = negotiate(accept, common.format)?;
    let Selected {
        dataset,
        table,
        compare,
        plan,
    } = select(kind, catalog, &common, compare, params, COMMON_PARAMS)?;

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
    let link = link_header(kind.path, &pairs, plan.limit, plan.offset, selection.total)
        .and_then(|link| HeaderValue::from_str(&link).ok());
    Ok(CachedAnswer {
        etag: etag_of(&body),
        body: Bytes::from(body),
        content_type: format.content_type(),
        link,
    })
}

/// What a dataset query selects from: the dataset, the table the plan runs
/// on (the dataset's rows, or the side-by-side view of `?compare=`) and the
/// validated plan.
#[derive(Debug)]
pub struct Selected<'c> {
    pub dataset: &'c Dataset,
    pub table: &'c Table,
    /// The compared cohorts, for `?compare=`.
    pub compare: Option<(String, String)>,
    pub plan: Plan,
}

/// The one implementation of a dataset query, shared by the dataset
/// endpoints and the charts: resolves the report and the dataset (404 when
/// either is missing), the `compare` view, builds the plan from the filters
/// left in `params` and rejects any parameter nobody consumed (400).
/// `endpoint_params` names the endpoint's own parameters besides the
/// dataset's filters, for the unknown-parameter problem.
pub fn select<'c>(
    kind: &'static DatasetKind,
    catalog: &'c Catalog,
    common: &Common,
    compare: Option<String>,
    mut params: Params,
    endpoint_params: &[&str],
) -> Result<Selected<'c>, ApiError> {
    let report = resolve_report(catalog, common.report.as_deref())?;
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
            let pair: Vec<&str> = text.split(',').collect();
            let [first, second] = pair[..] else {
                return Err(ApiError::invalid(
                    "compare",
                    format!("must name two cohorts, got {}", echo(&text)),
                    accepted,
                ));
            };
            let Some(table) = dataset.comparison(first, second) else {
                return Err(ApiError::invalid(
                    "compare",
                    format!("must name two different known cohorts, got {}", echo(&text)),
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

    let plan = Plan::build(table, common, &mut params)?;
    let accepted = accepted_params(kind, table, endpoint_params);
    params.finish(&accepted.iter().map(String::as_str).collect::<Vec<_>>())?;
    Ok(Selected {
        dataset,
        table,
        compare,
        plan,
    })
}

/// RFC 8288 `Link` header with `next` and `prev` pages, where they exist.
/// Past the end, `prev` points at the last page.
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
    if limit == 0 {
        return None;
    }
    if offset + limit < total {
        links.push(format!("<{}>; rel=\"next\"", page(offset + limit)));
    }
    if offset > 0 {
        let last_page = total.saturating_sub(1) / limit * limit;
        links.push(format!(
            "<{}>; rel=\"prev\"",
            page(offset.saturating_sub(limit).min(last_page))
        ));
    }
    (!links.is_empty()).then(|| links.join(", "))
}
