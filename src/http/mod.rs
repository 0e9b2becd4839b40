//! The HTTP service: routes, middleware and the server loop. [`app`] builds
//! the whole service; tests drive it directly.

pub mod charts;
pub mod dashboard;
pub mod datasets;
pub mod edge;
pub mod health;
pub mod meta;
pub mod metrics;
pub mod middleware;
pub mod reports;
pub mod server;

use axum::{Router, middleware::from_fn};

use crate::state::AppState;

/// The whole service: every route, wrapped in the middleware stack (see
/// [`middleware`]), inside the [`edge`] layer (request ids, logs, metrics,
/// replay of complete answers).
pub type Service = edge::Edge<Router>;

/// Builds the whole service.
pub fn app(state: AppState) -> Service {
    let router = Router::new()
        .merge(meta::router())
        .merge(health::router())
        .merge(reports::router())
        .merge(datasets::router())
        .merge(charts::router())
        .route_layer(from_fn(edge::remember_route))
        .fallback(meta::not_found);
    let config = state.config().clone();
    let router = middleware::apply(router.with_state(state.clone()), &config);
    edge::Edge::new(router, state)
}
