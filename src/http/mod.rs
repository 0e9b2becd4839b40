//! The HTTP service: routes, middleware and the server loop. [`app`] builds
//! the whole service; tests drive it directly.

pub mod datasets;
pub mod meta;
pub mod middleware;
pub mod reports;
pub mod server;

use axum::Router;

use crate::state::AppState;

/// The whole service: every route, wrapped in the middleware stack.
pub fn app(state: AppState) -> Router {
    let router = Router::new()
        .merge(meta::router())
        .merge(reports::router())
        .merge(datasets::router())
        .fallback(meta::not_found);
    let config = state.config().clone();
    middleware::apply(router.with_state(state), &config)
}
