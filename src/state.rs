//! Shared state of the service, passed to handlers with `State`: the data
//! snapshot, the configuration, the database (for readiness and reloads)
//! and the metrics.

use std::sync::{Arc, OnceLock};

use arc_swap::ArcSwap;
use axum::{body::Bytes, http::HeaderValue};
use quick_cache::sync::Cache;

use crate::cache::{AnswerKey, AnswerWeight, CACHE_BYTES, RenderedAnswer, StoredResponse, StoredWeight};
use crate::config::ServerArgs;
use crate::data::catalog::Catalog;
use crate::db::Database;
use crate::metrics::Metrics;

/// The data and everything derived from it; replaced as a whole when the
/// data changes, so cached answers never outlive their data.
pub struct Snapshot {
    pub catalog: Arc<Catalog>,
    /// `Last-Modified` of every data answer.
    pub last_modified: HeaderValue,
    /// Rendered dataset answers and charts (at most [`CACHE_BYTES`]).
    pub answers: Cache<AnswerKey, Arc<RenderedAnswer>, AnswerWeight>,
    /// Complete answers kept for replay (at most [`CACHE_BYTES`]).
    pub stored: Cache<Box<[u8]>, Arc<StoredResponse>, StoredWeight>,
    /// The OpenAPI document for this data (its enums list the data's
    /// categories), built by the HTTP layer the first time it is asked for.
    pub openapi_json: OnceLock<Bytes>,
}

impl Snapshot {
    pub fn new(catalog: Arc<Catalog>) -> Snapshot {
        let last_modified = HeaderValue::from_str(&httpdate::fmt_http_date(catalog.last_modified))
            .expect("an HTTP date is a valid header value");
        Snapshot {
            catalog,
            last_modified,
            answers: Cache::with_weighter(4096, CACHE_BYTES, AnswerWeight),
            stored: Cache::with_weighter(4096, CACHE_BYTES, StoredWeight),
            openapi_json: OnceLock::new(),
        }
    }
}

/// Everything a handler needs: the data snapshot, the configuration, the
/// database (for readiness) and metrics.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    snapshot: ArcSwap<Snapshot>,
    config: ServerArgs,
    database: Option<Database>,
    metrics: Metrics,
}

impl AppState {
    /// State with the default server settings and no database to watch.
    pub fn new(catalog: Arc<Catalog>) -> AppState {
        AppState::build(catalog, ServerArgs::default(), None)
    }

    /// State with these settings and no database to watch.
    pub fn with_config(catalog: Arc<Catalog>, config: ServerArgs) -> AppState {
        AppState::build(catalog, config, None)
    }

    /// State whose readiness reflects `database` and whose data can be
    /// reloaded from it.
    pub fn build(catalog: Arc<Catalog>, config: ServerArgs, database: Option<Database>) -> AppState {
        let metrics = Metrics::new();
        metrics.set_data_version(&catalog.data_version);
        AppState {
            inner: Arc::new(Inner {
                snapshot: ArcSwap::from_pointee(Snapshot::new(catalog)),
                config,
                database,
                metrics,
            }),
        }
    }

    /// The current data snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.inner.snapshot.load_full()
    }

    /// The stored answer under `key` in the current snapshot (replay).
    pub fn stored(&self, key: &[u8]) -> Option<Arc<StoredResponse>> {
        self.inner.snapshot.load().stored.get(key)
    }

    /// The current catalogue.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.inner.snapshot.load().catalog.clone()
    }

    /// Replaces the data (and drops every cached answer of the old data).
    pub fn replace_catalog(&self, catalog: Arc<Catalog>) {
        self.inner.metrics.set_data_version(&catalog.data_version);
        self.inner.snapshot.store(Arc::new(Snapshot::new(catalog)));
    }

    pub fn config(&self) -> &ServerArgs {
        &self.inner.config
    }

    pub fn database(&self) -> Option<&Database> {
        self.inner.database.as_ref()
    }

    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }
}
