//! The middleware stack, one file per concern. [`apply`] wraps the router in
//! it; read top to bottom, a request passes these layers in order (and its
//! answer passes them in reverse):
//!
//! 1. [`observe`], the edge: request id; list fields combined, client
//!    identified, then the checks of [`rate_limit`] (429) and [`guard`]
//!    (host, backslash paths: 400; content coding: 406); metrics and the
//!    access log line on the way out;
//! 2. [`replay`]: complete answers replayed without running the rest;
//! 3. [`problem`]: panics become a 500 problem; any error answer without a
//!    problem body gets one; CORS preflights answer 204;
//! 4. [`cors`]: so that error answers carry CORS headers too;
//! 5. [`security`]: `nosniff` and a strict Content-Security-Policy;
//! 6. [`caching`]: ETag suffix, conditional requests (304),
//!    `Cache-Control`, `Vary`; then compression; then the identity ETag;
//! 7. [`limits`]: request timeout (504), then no bodies, oversized headers or
//!    targets (413, 431, 414).

pub mod caching;
pub mod cors;
pub mod guard;
pub mod limits;
pub mod observe;
pub mod problem;
pub mod rate_limit;
pub mod replay;
pub mod security;

use axum::{Router, middleware};
use tower::ServiceBuilder;

use crate::state::AppState;

/// The router inside the whole stack.
pub type Stack = observe::Observe<replay::Replay<Router>>;

/// Wraps every route of `router` (which holds `state`) in the stack above.
pub fn apply(router: Router, state: &AppState) -> Stack {
    let config = state.config();
    let router = router.layer(
        ServiceBuilder::new()
            .layer(problem::catch_panics())
            .layer(middleware::from_fn(problem::one_error_format))
            .layer(cors::layer(&config.cors_origins))
            .layer(security::nosniff())
            .layer(security::default_csp())
            .layer(middleware::from_fn_with_state(
                caching::CachingPolicy::new(config.cache_max_age),
                caching::conditional,
            ))
            .layer(caching::compression())
            .layer(middleware::from_fn(caching::ensure_etag))
            .layer(limits::timeout(config.request_timeout()))
            .layer(middleware::from_fn(limits::refuse_oversized)),
    );
    observe::Observe::new(replay::Replay::new(router, state.clone()), state.clone())
}
