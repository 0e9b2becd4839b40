//! The HTTP service: routes and their handlers, the middleware stack
//! ([`layers`]) and the server loop ([`server`]). [`app`] builds the whole
//! service; tests drive it directly.
//!
//! One module per resource, each with its own `router()` registering its
//! routes together with their OpenAPI documentation; handlers are thin (the
//! query engine, [`crate::query`], does the work) and never import each
//! other.

pub mod base_path;
pub mod charts;
pub mod client;
pub mod client_slots;
pub mod dashboard;
pub mod datasets;
pub mod details;
pub mod docs;
pub mod downloads;
pub mod fallback;
pub mod health;
pub mod index;
pub mod layers;
pub mod metrics;
pub mod openapi;
pub mod problems;
pub mod redirect;
pub mod reports;
pub mod server;

use std::sync::Arc;

use axum::{Extension, middleware::from_fn};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::data::catalog::Catalog;
use crate::state::AppState;

/// The whole service: every route inside the middleware stack.
pub type Service = layers::Stack;

/// Every route with its documentation: the map of the service.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(index::router())
        .merge(reports::router())
        .merge(datasets::router())
        .merge(details::router())
        .merge(charts::router())
        .merge(downloads::router())
        .merge(openapi::router())
        .merge(OpenApiRouter::from(docs::router()))
        .merge(problems::router())
        .merge(health::router())
        .merge(metrics::router())
}

/// Builds the whole service.
pub fn app(state: AppState) -> Service {
    let (router, base) = routes().split_for_parts();
    let router = router
        .route_layer(from_fn(layers::observe::remember_route))
        .fallback(fallback::not_found)
        .layer(Extension(openapi::BaseDocument(Arc::new(base))))
        .with_state(state.clone());
    layers::apply(router, &state)
}

/// The OpenAPI document of the service for the data in `catalog` (as
/// `GET /openapi.json` serves it).
pub fn openapi_document(catalog: &Catalog) -> utoipa::openapi::OpenApi {
    openapi::document(routes().into_openapi(), catalog)
}
