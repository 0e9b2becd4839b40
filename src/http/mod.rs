//! The HTTP service: routes, middleware and the server loop. [`app`] builds
//! the whole service; tests drive it directly.

pub mod datasets;
pub mod health;
pub mod meta;
pub mod metrics;
pub mod middleware;
pub mod reports;
pub mod server;

use axum::{Router, middleware::from_fn_with_state};

use crate::state::AppState;

/// The whole service: every route, wrapped in the middleware stack (see
/// [`middleware`]), with request ids, request logs and metrics outermost.
pub fn app(state: AppState) -> Router {
    let router = Router::new()
        .merge(meta::router())
        .merge(health::router())
        .merge(reports::router())
        .merge(datasets::router())
        .fallback(meta::not_found);
    let config = state.config().clone();
    let router = middleware::apply(router.with_state(state.clone()), &config);
    middleware::observe(router.layer(from_fn_with_state(state, metrics::record)))
}
