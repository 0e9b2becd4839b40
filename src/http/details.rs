//! One claim, position or industry: `/claims/{claim_id}`,
//! `/positions/{name}`, `/industries/{name}`. The collections themselves
//! (`/claims`, `/positions`, ... and their `/rows`, `.csv`, `.ndjson`,
//! `.svg`) are dataset endpoints of derived kinds ([`super::datasets`]);
//! these answer one item with everything known about it, as built by
//! [`crate::query::detail`] (documented per data snapshot by
//! [`super::openapi`]). A name is percent-decoded by the router; positions
//! and industries answer to their id, Chinese name or English name.

use axum::{
    extract::{Path, RawQuery, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};
use utoipa_axum::router::OpenApiRouter;

use super::base_path::BasePath;
use crate::error::ApiError;
use crate::query::{
    detail::{Item, item_answer},
    params::decode_query,
};
use crate::state::AppState;

/// The route of each kind of item.
pub fn router() -> OpenApiRouter<AppState> {
    Item::ALL.into_iter().fold(OpenApiRouter::new(), |router, item| {
        router.route(
            &item.path(),
            get(
                move |state: State<AppState>, base: BasePath, name: Path<String>, query: RawQuery| {
                    answer(item, state, base, name, query)
                },
            ),
        )
    })
}

async fn answer(
    item: Item,
    State(state): State<AppState>,
    base: BasePath,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = decode_query(query.as_deref())?;
    let snapshot = state.snapshot();
    let body = item_answer(item, &name, &snapshot.catalog, pairs, &base.0)?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/json")),
            (header::LAST_MODIFIED, snapshot.last_modified.clone()),
        ],
        body,
    )
        .into_response())
}
