//! Shared state of the service, passed to handlers with `State`.

use std::sync::Arc;

use arc_swap::ArcSwap;
use axum::{body::Bytes, http::HeaderValue};
use quick_cache::{Weighter, sync::Cache};

use crate::api::query::Format;
use crate::config::ServerArgs;
use crate::data::catalog::Catalog;
use crate::db::Database;
use crate::http::{edge::Kept, metrics::Metrics};

/// A rendered dataset answer, kept so that repeated requests cost a lookup.
#[derive(Debug)]
pub struct CachedAnswer {
    pub body: Bytes,
    pub content_type: &'static str,
    /// Strong ETag of the identity body.
    pub etag: HeaderValue,
    pub link: Option<HeaderValue>,
}

/// Identifies an answer: dataset kind, representation and the query
/// parameters in a canonical order.
pub type AnswerKey = (&'static str, Format, String);

/// Weighs cached answers by their size in bytes.
#[derive(Clone)]
pub struct AnswerWeight;

impl Weighter<AnswerKey, Arc<CachedAnswer>> for AnswerWeight {
    fn weight(&self, key: &AnswerKey, answer: &Arc<CachedAnswer>) -> u64 {
        (key.2.len() + answer.body.len() + 256) as u64
    }
}

/// Identifies a chart: dataset kind and the query parameters in a canonical
/// order.
pub type ChartKey = (&'static str, String);

/// Weighs cached charts by their size in bytes.
#[derive(Clone)]
pub struct ChartWeight;

impl Weighter<ChartKey, Arc<CachedAnswer>> for ChartWeight {
    fn weight(&self, key: &ChartKey, chart: &Arc<CachedAnswer>) -> u64 {
        (key.1.len() + chart.body.len() + 256) as u64
    }
}

/// Bytes of rendered answers kept in memory at most.
pub const ANSWER_CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// The data and everything derived from it; replaced as a whole when the
/// data changes, so cached answers never outlive their data.
pub struct Snapshot {
    pub catalog: Arc<Catalog>,
    /// `Last-Modified` of every data answer.
    pub last_modified: HeaderValue,
    pub answers: Cache<AnswerKey, Arc<CachedAnswer>, AnswerWeight>,
    /// Rendered SVG charts (at most [`ANSWER_CACHE_BYTES`]).
    pub charts: Cache<ChartKey, Arc<CachedAnswer>, ChartWeight>,
    /// The OpenAPI document for this data (its enums list the data's categories).
    pub openapi_json: Bytes,
    /// Complete answers kept for replay by the edge layer.
    pub kept: Cache<Box<[u8]>, Arc<Kept>, KeptWeight>,
}

/// Weighs kept answers by their size in bytes.
#[derive(Clone)]
pub struct KeptWeight;

impl Weighter<Box<[u8]>, Arc<Kept>> for KeptWeight {
    fn weight(&self, key: &Box<[u8]>, kept: &Arc<Kept>) -> u64 {
        (key.len() + kept.body.len() + 64 * kept.headers.len() + 256) as u64
    }
}

impl Snapshot {
    pub fn new(catalog: Arc<Catalog>) -> Snapshot {
        let last_modified = HeaderValue::from_str(&httpdate::fmt_http_date(catalog.last_modified))
            .expect("an HTTP date is a valid header value");
        let openapi_json = Bytes::from(
            crate::openapi::document(&catalog)
                .to_pretty_json()
                .expect("the OpenAPI document serialises"),
        );
        Snapshot {
            catalog,
            last_modified,
            openapi_json,
            answers: Cache::with_weighter(4096, ANSWER_CACHE_BYTES, AnswerWeight),
            charts: Cache::with_weighter(1024, ANSWER_CACHE_BYTES, ChartWeight),
            kept: Cache::with_weighter(4096, ANSWER_CACHE_BYTES, KeptWeight),
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

    /// The kept answer under `key` in the current snapshot (edge layer).
    pub fn kept(&self, key: &[u8]) -> Option<Arc<Kept>> {
        self.inner.snapshot.load().kept.get(key)
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

    /// The OpenAPI document of the current data, as JSON.
    pub fn openapi_json(&self) -> Bytes {
        self.inner.snapshot.load().openapi_json.clone()
    }
}
