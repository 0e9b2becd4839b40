//! The HTTP service: routes and middleware. [`app`] builds the whole service;
//! tests drive it directly.

pub mod datasets;
pub mod meta;
pub mod reports;

use axum::Router;

use crate::state::AppState;

/// The whole service as a router.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(meta::router())
        .merge(reports::router())
        .merge(datasets::router())
        .fallback(meta::not_found)
        .with_state(state)
}
