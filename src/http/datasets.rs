//! The twelve dataset endpoints (`/heat-index`, `/talent/cities`, ...), all
//! served by one handler driven by the dataset descriptors in
//! [`crate::data::kinds`]. The query engine ([`crate::query`]) validates,
//! selects and renders; this handler caches the answer and sends it.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
    routing::get,
};
use utoipa_axum::router::OpenApiRouter;

use crate::cache::RenderedAnswer;
use crate::data::kinds::{DatasetKind, KINDS};
use crate::error::ApiError;
use crate::query::{
    params::decode_query,
    render::{cache_key, dataset_answer},
};
use crate::state::AppState;

/// Routes of every dataset kind (documented per data snapshot by
/// [`super::openapi`], from the same descriptors).
pub fn router() -> OpenApiRouter<AppState> {
    KINDS.iter().fold(OpenApiRouter::new(), |router, kind| {
        router.route(
            kind.path,
            get(move |state: State<AppState>, query: RawQuery, headers: HeaderMap| answer(kind, state, query, headers)),
        )
    })
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
    let key = cache_key(&pairs, accept.as_deref()).map(|(format, query)| (kind.id, format, query));
    if let Some(key) = &key
        && let Some(cached) = snapshot.answers.get(key)
    {
        return Ok(respond(&cached, &snapshot.last_modified));
    }

    let answer = dataset_answer(kind, kind.path, &snapshot.catalog, pairs, accept.as_deref())?;
    let link = answer.link.and_then(|link| HeaderValue::from_str(&link).ok());
    let rendered = Arc::new(RenderedAnswer::new(
        &snapshot.catalog.data_version,
        answer.body,
        answer.format.content_type(),
        link,
    ));
    if let Some(key) = key {
        snapshot.answers.insert(key, rendered.clone());
    }
    Ok(respond(&rendered, &snapshot.last_modified))
}

fn respond(answer: &RenderedAnswer, last_modified: &HeaderValue) -> Response {
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
