//! `GET /charts/{dataset}.svg`: every dataset drawn as an SVG chart.
//!
//! A chart takes the dataset endpoint's query (one implementation,
//! [`crate::query::plan::select`]): `report`, `lang`, `sort`, `limit`, `offset`,
//! the dataset's filters and, for the age distribution, `compare`; plus
//! `width` and `height` in pixels. It draws the rows the query selects, in
//! the order it selects them. `format`, `shape` and `fields` choose a data
//! representation, which a chart does not have: they are unknown parameters
//! here (400), like any other parameter the chart does not take.
//!
//! Rendered charts are cached per dataset and canonical query, like dataset
//! answers, with a strong ETag of the SVG body.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::Response,
    routing::get,
};
use utoipa_axum::router::OpenApiRouter;

use crate::cache::RenderedAnswer;
use crate::chart::{self, CHART_PARAMS, ChartRequest, NOT_FOR_CHARTS, SVG, Size};
use crate::data::{
    catalog::Catalog,
    kinds::{DatasetKind, KINDS},
};
use crate::error::ApiError;
use crate::query::{
    options::QueryOptions,
    params::{Params, decode_query},
    plan::{ResolvedQuery, canonical_pairs, select, take_compare},
};
use crate::state::AppState;

/// One route per dataset kind (axum's path syntax cannot capture a segment
/// followed by `.svg`), documented per data snapshot by [`super::openapi`].
pub fn router() -> OpenApiRouter<AppState> {
    KINDS.iter().fold(OpenApiRouter::new(), |router, kind| {
        router.route(
            &kind.chart_path(),
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

fn respond(kind: &DatasetKind, chart: &RenderedAnswer, last_modified: &HeaderValue) -> Response {
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
) -> Result<RenderedAnswer, ApiError> {
    if let Some((name, _)) = pairs.iter().find(|(name, _)| NOT_FOR_CHARTS.contains(&name.as_str())) {
        let mut accepted: Vec<&str> = CHART_PARAMS.to_vec();
        if kind.comparison.is_some() {
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
    let options = QueryOptions::parse(&mut params)?;
    let compare = take_compare(kind, &mut params)?;
    let ResolvedQuery {
        dataset,
        table,
        compare,
        plan,
    } = select(kind, catalog, &options, compare, params, CHART_PARAMS)?;
    let rows = plan.execute(table);
    let svg = chart::render(&ChartRequest {
        dataset,
        table,
        rows: &rows.rows,
        lang: plan.lang,
        compare: compare.as_ref(),
        size,
    })
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(RenderedAnswer::new(&catalog.data_version, svg.into_bytes(), SVG, None))
}
