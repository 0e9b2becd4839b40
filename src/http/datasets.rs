//! The dataset endpoints: for every dataset kind, its rows as a JSON
//! envelope (`/talent/cities`), a bare JSON array (`/talent/cities/rows`),
//! CSV (`/talent/cities.csv`) and NDJSON (`/talent/cities.ndjson`), and the
//! same for a comparison view (`/talent/ages/comparison…`). One handler for
//! all, driven by the dataset descriptors in [`crate::data::kinds`]; the
//! query engine ([`crate::query`]) validates, selects and renders, this
//! handler caches the answer and sends it. (The charts, `….svg`, are in
//! [`super::charts`].)
//!
//! The envelope path also answers the API's earlier forms with a redirect:
//! `?format=csv|ndjson|json`, `?shape=array|envelope` and
//! `?compare=first,second` with 308 to the endpoint that serves them now,
//! and an `Accept` that prefers CSV or NDJSON to JSON with 303.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::Response,
    routing::get,
};
use utoipa_axum::router::OpenApiRouter;

use super::base_path::BasePath;
use super::redirect::redirect;
use crate::cache::{AnswerKey, RenderedAnswer};
use crate::error::ApiError;
use crate::publish::describedby;
use crate::query::{
    options::{Endpoint, Format, Representation, View, legacy_target, negotiate},
    params::decode_query,
    plan::canonical_pairs,
    render::dataset_answer,
};
use crate::state::AppState;

/// The routes of every dataset endpoint but the charts (documented per data
/// snapshot by [`super::openapi`], from the same descriptors).
pub fn router() -> OpenApiRouter<AppState> {
    Endpoint::all()
        .filter(|e| e.representation != Representation::Svg)
        .fold(OpenApiRouter::new(), |router, endpoint| {
            router.route(
                &endpoint.path(),
                get(
                    move |state: State<AppState>, base: BasePath, query: RawQuery, headers: HeaderMap| {
                        answer(endpoint, state, base, query, headers)
                    },
                ),
            )
        })
}

async fn answer(
    endpoint: Endpoint,
    State(state): State<AppState>,
    base: BasePath,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    if let Some(redirect) = earlier_form(endpoint, &pairs, &headers)? {
        return Ok(redirect);
    }
    let snapshot = state.snapshot();

    // Answers are cached by endpoint and canonical query: a repeated
    // request skips validation and rendering (it passed both before).
    let key = AnswerKey {
        kind: endpoint.kind.id,
        view: endpoint.view,
        representation: endpoint.representation,
        base: base.0.clone(),
        query: canonical_pairs(&pairs),
    };
    if let Some(cached) = snapshot.answers.get(&key) {
        return Ok(respond(endpoint, &cached, &snapshot.last_modified));
    }
    let answer = dataset_answer(
        endpoint.kind,
        endpoint.view,
        endpoint.representation,
        &base.0,
        &snapshot.catalog,
        pairs,
    )?;
    // A CSV answer names its description, the report's Data Package.
    // A derived table (claims, positions ...) is not a resource of the
    // report's Data Package, which describes its charts only.
    let described = (endpoint.representation == Representation::Csv && !endpoint.kind.is_derived())
        .then(|| describedby(&base.0, &answer.report));
    let link = match (answer.link, described) {
        (Some(pages), Some(described)) => Some(format!("{pages}, {described}")),
        (pages, described) => pages.or(described),
    };
    let link = link.and_then(|link| HeaderValue::from_str(&link).ok());
    let rendered = Arc::new(RenderedAnswer::new(
        &snapshot.catalog.data_version,
        answer.body,
        endpoint.representation.content_type(),
        link,
    ));
    snapshot.answers.insert(key, rendered.clone());
    Ok(respond(endpoint, &rendered, &snapshot.last_modified))
}

/// The redirect (or 406) for a request the JSON endpoints no longer answer
/// themselves: the earlier API's `format`, `shape` and `compare` parameters
/// (308 to the endpoint that serves them), and an `Accept` that rules out
/// JSON (303 to CSV or NDJSON when it accepts one of them, else 406). CSV
/// and NDJSON endpoints serve their one format whatever `Accept` says.
fn earlier_form(
    endpoint: Endpoint,
    pairs: &[(String, String)],
    headers: &HeaderMap,
) -> Result<Option<Response>, ApiError> {
    let from = endpoint.path();
    if endpoint.representation == Representation::Envelope
        && endpoint.view == View::Table
        && let Some((target, query)) = legacy_target(endpoint.kind, pairs)
    {
        return Ok(Some(redirect(StatusCode::PERMANENT_REDIRECT, &from, &target, &query)));
    }
    if !matches!(endpoint.representation, Representation::Envelope | Representation::Rows) {
        return Ok(None);
    }
    let accept = headers
        .get(header::ACCEPT)
        .map(|v| String::from_utf8_lossy(v.as_bytes()));
    match negotiate(accept.as_deref(), None)? {
        Format::Json => Ok(None),
        _ if endpoint.representation == Representation::Rows => Err(ApiError::NotAcceptable(
            "application/json (CSV and NDJSON are at the dataset's path with .csv and .ndjson)".to_owned(),
        )),
        format => {
            let target = endpoint.with(Representation::of_format(format)).path();
            let mut response = redirect(StatusCode::SEE_OTHER, &from, &target, pairs);
            response
                .headers_mut()
                .insert(header::VARY, HeaderValue::from_static("accept"));
            Ok(Some(response))
        }
    }
}

fn respond(endpoint: Endpoint, answer: &RenderedAnswer, last_modified: &HeaderValue) -> Response {
    let mut response = Response::new(Body::from(answer.body.clone()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    headers.insert(header::ETAG, answer.etag.clone());
    headers.insert(header::LAST_MODIFIED, last_modified.clone());
    if matches!(endpoint.representation, Representation::Envelope | Representation::Rows) {
        headers.insert(header::VARY, HeaderValue::from_static("accept"));
    }
    if let Some(link) = &answer.link {
        headers.insert(header::LINK, link.clone());
    }
    response
}
