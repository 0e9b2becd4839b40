//! Shared state of the service, passed to handlers with `State`: the data
//! snapshot, the configuration, the database (for readiness and reloads),
//! the metrics, the per-client log allowance, and the life cycle (shutting
//! down, a database check asked for).

use std::sync::{
    Arc, OnceLock,
    atomic::{AtomicBool, Ordering},
};

use arc_swap::ArcSwap;
use axum::{body::Bytes, http::HeaderValue};
use quick_cache::sync::Cache;

use crate::allowance::Allowance;

/// The probes' allowance per client, as a multiple of the rate limit.
pub const PROBE_FACTOR: u32 = 10;
use crate::cache::{
    AnswerKey, AnswerWeight, CACHE_BYTES, ChartKey, ChartWeight, RenderedAnswer, StoredResponse, StoredWeight,
};
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
    /// Rendered dataset answers (at most [`CACHE_BYTES`]).
    pub answers: Cache<AnswerKey, Arc<RenderedAnswer>, AnswerWeight>,
    /// Rendered SVG charts (at most [`CACHE_BYTES`]).
    pub charts: Cache<ChartKey, Arc<RenderedAnswer>, ChartWeight>,
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
            charts: Cache::with_weighter(1024, CACHE_BYTES, ChartWeight),
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
    /// Requests per client (`--rate-limit`, `--rate-limit-burst`).
    request_allowance: Option<Arc<Allowance>>,
    /// Requests per client to the probes (`/health`, `/ready`, `/metrics`):
    /// counted apart, at [`PROBE_FACTOR`] times the rate and burst.
    probe_allowance: Option<Arc<Allowance>>,
    /// Client-error log lines per client (`--client-error-log-rate`).
    log_allowance: Option<Arc<Allowance>>,
    /// Set when shutdown began: `/ready` answers 503 from then on.
    shutting_down: AtomicBool,
    /// Wakes the database watcher for a check now (SIGHUP).
    recheck: tokio::sync::Notify,
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
        let request_allowance = Allowance::new(config.rate_limit, config.rate_limit_burst);
        let probe_allowance = Allowance::new(
            config.rate_limit.saturating_mul(PROBE_FACTOR),
            config.rate_limit_burst.saturating_mul(PROBE_FACTOR),
        );
        let log_allowance = Allowance::new(config.client_error_log_rate, config.client_error_log_rate);
        AppState {
            inner: Arc::new(Inner {
                snapshot: ArcSwap::from_pointee(Snapshot::new(catalog)),
                config,
                database,
                metrics,
                request_allowance,
                probe_allowance,
                log_allowance,
                shutting_down: AtomicBool::new(false),
                recheck: tokio::sync::Notify::new(),
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

    /// The per-client request allowance of the rate limit; `None` when the
    /// limit is off.
    pub fn request_allowance(&self) -> Option<&Arc<Allowance>> {
        self.inner.request_allowance.as_ref()
    }

    /// The per-client allowance of the probes; `None` when the limit is off.
    pub fn probe_allowance(&self) -> Option<&Arc<Allowance>> {
        self.inner.probe_allowance.as_ref()
    }

    /// Whether a client-error log line about `client` may be written now
    /// (the per-client log limit); counts it as suppressed when not.
    pub fn may_log_client_error(&self, client: std::net::IpAddr) -> bool {
        let allowed = self
            .inner
            .log_allowance
            .as_ref()
            .is_none_or(|allowance| allowance.check(crate::allowance::client_key(client)).is_ok());
        if !allowed {
            self.inner.metrics.log_line_suppressed();
        }
        allowed
    }

    /// Marks the service as shutting down: `/ready` answers 503 from now on.
    pub fn begin_shutdown(&self) {
        self.inner.shutting_down.store(true, Ordering::Relaxed);
    }

    pub fn shutting_down(&self) -> bool {
        self.inner.shutting_down.load(Ordering::Relaxed)
    }

    /// Asks the database watcher to check the database now (SIGHUP).
    pub fn request_recheck(&self) {
        self.inner.recheck.notify_one();
    }

    /// Resolves when a check was asked for with [`AppState::request_recheck`].
    pub async fn recheck_requested(&self) {
        self.inner.recheck.notified().await;
    }
}
