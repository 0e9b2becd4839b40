//! `GET /charts/{dataset}.svg`: every dataset drawn as an SVG chart.
//!
//! A chart takes the dataset endpoint's query (one implementation,
//! [`datasets::select`]): `report`, `lang`, `sort`, `limit`, `offset`, the
//! dataset's filters and, for the age distribution, `compare`; plus `width`
//! and `height` in pixels. It draws the rows the query selects, in the
//! order it selects them. `format`, `shape` and `fields` choose a data
//! representation, which a chart does not have: they are unknown parameters
//! here (400), like any other parameter the chart does not take.
//!
//! Rendered charts are cached per dataset and canonical query, like dataset
//! answers, with a strong ETag of the SVG body.

use std::sync::Arc;

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::Response,
    routing::get,
};

use crate::api::query::{Common, Params, decode_query};
use crate::chart::{self, ChartRequest, Size};
use crate::data::{
    catalog::Catalog,
    kinds::{DatasetKind, Extra, KINDS},
};
use crate::error::ApiError;
use crate::http::datasets::{Selected, canonical_pairs, select};
use crate::http::middleware::etag_of;
use crate::state::{AppState, CachedAnswer};

/// Media type of the charts.
pub const SVG: &str = "image/svg+xml";

/// Parameters every chart accepts besides the dataset's filters.
pub const CHART_PARAMS: &[&str] = &["report", "lang", "sort", "limit", "offset", "width", "height"];

/// Dataset parameters that choose a data representation, which a chart
/// does not have.
pub const NOT_FOR_CHARTS: &[&str] = &["format", "shape", "fields"];

/// The chart of a dataset kind: `/charts/talent-cities.svg`.
pub fn chart_path(kind: &DatasetKind) -> String {
    format!("/charts/{}.svg", kind.id)
}

/// One route per dataset kind (axum's path syntax cannot capture a segment
/// followed by `.svg`).
pub fn router() -> Router<AppState> {
    KINDS.iter().fold(Router::new(), |router, kind| {
        router.route(
            &chart_path(kind),
            get(move |state: State<AppState>, query: RawQuery| chart(kind, state, query)),
        )
    })
}

async fn chart(
    kind: &'static DatasetKind,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    let snapshot = state.snapshot();
    let key = (kind.id, canonical_pairs(&pairs, None));
    if let Some(cached) = snapshot.charts.get(&key) {
        return Ok(respond(kind, &cached, &snapshot.last_modified));
    }
    let rendered = Arc::new(render_chart(kind, &snapshot.catalog, pairs)?);
    snapshot.charts.insert(key, rendered.clone());
    Ok(respond(kind, &rendered, &snapshot.last_modified))
}

fn respond(kind: &DatasetKind, chart: &CachedAnswer, last_modified: &HeaderValue) -> Response {
    let mut response = Response::new(Body::from(chart.body.clone()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(chart.content_type));
    headers.insert(header::ETAG, chart.etag.clone());
    headers.insert(header::LAST_MODIFIED, last_modified.clone());
    if let Ok(disposition) = HeaderValue::from_str(&format!("inline; filename=\"{}.svg\"", kind.id)) {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}

/// Validates the query and draws the chart.
fn render_chart(
    kind: &'static DatasetKind,
    catalog: &Catalog,
    pairs: Vec<(String, String)>,
) -> Result<CachedAnswer, ApiError> {
    if let Some((name, _)) = pairs.iter().find(|(name, _)| NOT_FOR_CHARTS.contains(&name.as_str())) {
        let mut accepted: Vec<&str> = CHART_PARAMS.to_vec();
        if kind.extra == Extra::CompareCohorts {
            accepted.push("compare");
        }
        accepted.extend(kind.filters.iter().map(|f| f.param));
        return Err(ApiError::UnknownParameter {
            name: name.clone(),
            accepted: format!(
                "{} ({name} chooses a data representation; a chart is always SVG)",
                accepted.join(", ")
            ),
        });
    }
    let mut params = Params::new(pairs);
    let size = Size::parse(&mut params)?;
    let common = Common::parse(&mut params)?;
    let compare = match kind.extra {
        Extra::CompareCohorts => params.take_one("compare")?,
        _ => None,
    };
    let Selected {
        dataset,
        table,
        compare,
        plan,
    } = select(kind, catalog, &common, compare, params, CHART_PARAMS)?;
    let selection = plan.execute(table);
    let svg = chart::render(&ChartRequest {
        dataset,
        table,
        rows: &selection.rows,
        lang: plan.lang,
        compare: compare.as_ref(),
        size,
    })
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(CachedAnswer {
        etag: etag_of(svg.as_bytes()),
        body: Bytes::from(svg),
        content_type: SVG,
        link: None,
    })
}
