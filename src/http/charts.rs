//! The charts: every dataset endpoint drawn as an SVG chart at its path
//! with `.svg` (`/talent/cities.svg`, `/talent/ages/comparison.svg`).
//!
//! A chart takes the JSON endpoint's query (one implementation,
//! [`crate::query::plan::select`]): `report`, `lang`, `sort`, `limit`,
//! `offset`, the dataset's filters (and `first`, `second` for a comparison),
//! plus `width` and `height` in pixels. It draws the rows the query selects,
//! in the order it selects them. Rendered charts are cached per endpoint and
//! canonical query, like dataset answers, with a strong ETag of the SVG body.
//!
//! The earlier chart paths, `/charts/{dataset}.svg`, answer 308 with the
//! chart's path now; an unknown chart is a 404 that lists the charts.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Path, RawQuery, State},
    http::{HeaderValue, StatusCode, header},
    response::Response,
    routing::get,
};
use utoipa_axum::router::OpenApiRouter;

use super::redirect::redirect;
use crate::cache::{AnswerKey, RenderedAnswer};
use crate::chart::{self, ChartRequest, SVG, Size};
use crate::data::{catalog::Catalog, kinds::KINDS};
use crate::error::ApiError;
use crate::query::{
    options::{Endpoint, Representation, legacy_target},
    params::{Params, decode_query},
    plan::{ResolvedQuery, canonical_pairs, select},
};
use crate::state::AppState;

/// The route of every chart, and of the earlier chart paths (documented per
/// data snapshot by [`super::openapi`], from the same descriptors).
pub fn router() -> OpenApiRouter<AppState> {
    Endpoint::all()
        .filter(|e| e.representation == Representation::Svg)
        .fold(OpenApiRouter::new(), |router, endpoint| {
            router.route(
                &endpoint.path(),
                get(move |state: State<AppState>, query: RawQuery| chart(endpoint, state, query)),
            )
        })
        .route("/charts/{chart}", get(earlier_chart_path))
}

async fn chart(
    endpoint: Endpoint,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    let snapshot = state.snapshot();
    let key = AnswerKey {
        kind: endpoint.kind.id,
        view: endpoint.view,
        representation: endpoint.representation,
        base: String::new(), // charts write no URLs
        query: canonical_pairs(&pairs),
    };
    if let Some(cached) = snapshot.answers.get(&key) {
        return Ok(respond(endpoint, &cached, &snapshot.last_modified));
    }
    let rendered = Arc::new(render_chart(endpoint, &snapshot.catalog, pairs)?);
    snapshot.answers.insert(key, rendered.clone());
    Ok(respond(endpoint, &rendered, &snapshot.last_modified))
}

fn respond(endpoint: Endpoint, chart: &RenderedAnswer, last_modified: &HeaderValue) -> Response {
    let mut response = Response::new(Body::from(chart.body.clone()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(chart.content_type));
    headers.insert(header::ETAG, chart.etag.clone());
    headers.insert(header::LAST_MODIFIED, last_modified.clone());
    let name = endpoint.path().trim_start_matches('/').replace('/', "-");
    if let Ok(disposition) = HeaderValue::from_str(&format!("inline; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}

/// Validates the query and draws the chart.
fn render_chart(
    endpoint: Endpoint,
    catalog: &Catalog,
    pairs: Vec<(String, String)>,
) -> Result<RenderedAnswer, ApiError> {
    let mut params = Params::new(pairs);
    let size = Size::parse(&mut params)?;
    let ResolvedQuery {
        dataset,
        table,
        compare,
        plan,
        ..
    } = select(endpoint.kind, endpoint.view, Representation::Svg, catalog, params)?;
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

/// `/charts/{dataset}.svg`, the earlier chart paths: 308 to the chart's
/// path now (with `?compare=a,b` to the comparison's chart); 404 listing the
/// charts for any other name.
async fn earlier_chart_path(Path(chart): Path<String>, RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    let kind = chart
        .strip_suffix(".svg")
        .and_then(|id| KINDS.iter().find(|k| k.id == id));
    let Some(kind) = kind else {
        return Err(ApiError::ChartNotFound {
            name: chart,
            known: Endpoint::all()
                .filter(|e| e.representation == Representation::Svg)
                .map(|e| e.path())
                .collect::<Vec<_>>()
                .join(", "),
        });
    };
    let from = format!("/charts/{}.svg", kind.id);
    // The earlier charts took `compare` like the JSON endpoints; map it the
    // same way, then point at the chart of the resulting endpoint.
    let (target, query) = match legacy_target(kind, &pairs) {
        Some((path, query)) if !path.ends_with(".csv") && !path.ends_with(".ndjson") && !path.ends_with("/rows") => {
            (format!("{path}.svg"), query)
        }
        _ => (format!("{}.svg", kind.path), pairs),
    };
    Ok(redirect(StatusCode::PERMANENT_REDIRECT, &from, &target, &query))
}
