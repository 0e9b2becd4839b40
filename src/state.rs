//! Shared state of the service, passed to handlers with `State`.

use std::sync::Arc;

use axum::body::Bytes;

use crate::data::catalog::Catalog;

/// Everything a handler needs: the data snapshot and the pre-rendered
/// OpenAPI document.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    catalog: Arc<Catalog>,
    openapi_json: Bytes,
}

impl AppState {
    pub fn new(catalog: Arc<Catalog>) -> AppState {
        let openapi_json = Bytes::from(
            crate::openapi::document()
                .to_pretty_json()
                .expect("the OpenAPI document serialises"),
        );
        AppState {
            inner: Arc::new(Inner { catalog, openapi_json }),
        }
    }

    /// The current data snapshot.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.inner.catalog.clone()
    }

    /// The OpenAPI document as JSON.
    pub fn openapi_json(&self) -> Bytes {
        self.inner.openapi_json.clone()
    }
}
