//! Shared state of the service, passed to handlers with `State`: the data
//! snapshot, the configuration, the database (for readiness and reloads),
//! the metrics, the per-client allowances (requests, probes, log lines), and
//! the life cycle (shutting down, a database check asked for).
//!
//! Checking the database ([`AppState::check_database`]) is what readiness
//! and reloads share: the whole catalogue is loaded afresh through a new
//! read-only connection and run through the rules of `check`. At most one
//! check runs at a time, and a result younger than [`CHECK_REUSE`] is
//! reused, so a flood of `/ready` probes costs at most one check a second.

use std::{
    convert::Infallible,
    sync::{
        Arc, OnceLock,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant, SystemTime},
};

use arc_swap::ArcSwap;
use axum::{body::Bytes, http::HeaderValue};
use quick_cache::sync::Cache;

use crate::allowance::Allowance;
use crate::cache::{AnswerKey, AnswerWeight, CACHE_BYTES, RenderedAnswer, StoredResponse, StoredWeight};

/// The probes' allowance per client, as a multiple of the rate limit.
pub const PROBE_FACTOR: u32 = 10;

/// The client-error log lines of all clients together, as a multiple of the
/// per-client log rate (`--client-error-log-rate`): 100 lines a second by
/// default, however many addresses send errors.
pub const LOG_TOTAL_FACTOR: u32 = 5;
use crate::config::ServerArgs;
use crate::data::{
    catalog::{Catalog, LoadError},
    rules,
};
use crate::db::Database;
use crate::metrics::Metrics;
use crate::publish::{ReportPackage, database::DatabaseDownload};

/// How long the result of a database check is reused: readiness probes and
/// the watcher arriving within this time share one check.
pub const CHECK_REUSE: Duration = Duration::from_secs(1);

/// How long one check may take before it counts as a failure.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// Most packages kept per snapshot for base paths other than the
/// setting's (a proxy mounting the service under one or two prefixes needs
/// a package per prefix and report).
pub const REBASED_PACKAGES: usize = 8;

/// A report's package, or why it could not be built (for the log).
pub type PackageResult = Result<Arc<ReportPackage>, String>;

/// The data and everything derived from it; replaced as a whole when the
/// data changes, so cached answers never outlive their data.
pub struct Snapshot {
    pub catalog: Arc<Catalog>,
    /// `Last-Modified` of every data answer.
    pub last_modified: HeaderValue,
    /// The time `last_modified` states.
    pub modified: SystemTime,
    /// Rendered dataset answers and charts (at most [`CACHE_BYTES`]).
    pub answers: Cache<AnswerKey, Arc<RenderedAnswer>, AnswerWeight>,
    /// Complete answers kept for replay (at most [`CACHE_BYTES`]).
    pub stored: Cache<Box<[u8]>, Arc<StoredResponse>, StoredWeight>,
    /// The OpenAPI document for this data (its enums list the data's
    /// categories), built by the HTTP layer the first time it is asked for.
    pub openapi_json: OnceLock<Bytes>,
    /// Each report's Data Package (descriptor, zip, CSVs), in the order of
    /// `catalog.reports`, built the first time it is asked for.
    pub packages: Box<[OnceLock<PackageResult>]>,
    /// Packages for clients under another base path than the setting's
    /// (a trusted proxy's forwarded prefix), by base path and report
    /// index: at most [`REBASED_PACKAGES`], built the first time each is
    /// asked for.
    pub rebased_packages: Cache<(Box<str>, usize), PackageResult>,
    /// The database download, built the first time it is asked for; `None`
    /// inside when the catalogue was not loaded from a database copy.
    pub database: OnceLock<Option<Arc<DatabaseDownload>>>,
}

impl Snapshot {
    /// The package of the report at `index` in `catalog.reports`, built by
    /// `build` the first time (an error is kept too: the data that caused
    /// it does not change within the snapshot).
    pub fn package(
        &self,
        index: usize,
        build: impl FnOnce() -> Result<ReportPackage, String>,
    ) -> Option<PackageResult> {
        let cell = self.packages.get(index)?;
        Some(cell.get_or_init(|| build().map(Arc::new)).clone())
    }

    /// The package of the report at `index` for clients under `base`, a
    /// base path other than the setting's, built by `build` the first time
    /// (at most [`REBASED_PACKAGES`] are kept).
    pub fn rebased_package(
        &self,
        base: &str,
        index: usize,
        build: impl FnOnce() -> Result<ReportPackage, String>,
    ) -> Option<PackageResult> {
        self.packages.get(index)?;
        let key = (Box::from(base), index);
        let built: Result<PackageResult, Infallible> = self
            .rebased_packages
            .get_or_insert_with(&key, || Ok(build().map(Arc::new)));
        let Ok(package) = built;
        Some(package)
    }

    /// The database download of this snapshot's data.
    pub fn database_download(&self) -> Option<Arc<DatabaseDownload>> {
        self.database
            .get_or_init(|| {
                let file = self.catalog.database.clone()?;
                Some(Arc::new(DatabaseDownload::new(file, &self.catalog.data_version)))
            })
            .clone()
    }
}

impl Snapshot {
    /// A snapshot last modified when its reports were last revised.
    pub fn new(catalog: Arc<Catalog>) -> Snapshot {
        let modified = catalog.last_modified;
        Snapshot::modified_at(catalog, modified)
    }

    /// A snapshot whose answers say they were last modified at `modified`.
    pub fn modified_at(catalog: Arc<Catalog>, modified: SystemTime) -> Snapshot {
        let last_modified =
            HeaderValue::from_str(&httpdate::fmt_http_date(modified)).expect("an HTTP date is a valid header value");
        Snapshot {
            last_modified,
            modified,
            answers: Cache::with_weighter(4096, CACHE_BYTES, AnswerWeight),
            stored: Cache::with_weighter(4096, CACHE_BYTES, StoredWeight),
            openapi_json: OnceLock::new(),
            packages: (0..catalog.reports.len()).map(|_| OnceLock::new()).collect(),
            rebased_packages: Cache::new(REBASED_PACKAGES),
            database: OnceLock::new(),
            catalog,
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
    checks: tokio::sync::Mutex<Checks>,
    /// Requests per client (`--rate-limit`, `--rate-limit-burst`).
    request_allowance: Option<Arc<Allowance>>,
    /// Requests per client to the probes (`/health`, `/ready`, `/metrics`):
    /// counted apart, at [`PROBE_FACTOR`] times the rate and burst.
    probe_allowance: Option<Arc<Allowance>>,
    /// Client-error log lines per client (`--client-error-log-rate`).
    log_allowance: Option<Arc<Allowance>>,
    /// Client-error log lines of all clients together: [`LOG_TOTAL_FACTOR`]
    /// times the per-client rate, so many addresses cannot multiply the log.
    log_total_allowance: Option<Arc<Allowance>>,
    /// Set when shutdown began: `/ready` answers 503 from then on.
    shutting_down: AtomicBool,
    /// Wakes the database watcher for a check now (SIGHUP).
    recheck: tokio::sync::Notify,
}

/// Why the database's data cannot be served, in the words a client may
/// read. The log line of the check has the details (paths, SQLite errors,
/// the findings); answers never carry them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFault {
    /// The file is missing, unreadable or corrupt, or the schema is broken
    /// (a table is missing), or it did not answer in time.
    Unreadable,
    /// The data loads but fails the rules of `talent-trends-api check`.
    FailsChecks,
}

impl DataFault {
    /// What a client may know about the fault.
    pub fn public_detail(self) -> &'static str {
        match self {
            DataFault::Unreadable => "the database cannot be read",
            DataFault::FailsChecks => "the data fails its checks",
        }
    }
}

/// The result of one check of the database.
#[derive(Debug)]
pub struct DataCheck {
    /// When the check ran.
    pub at: Instant,
    /// The data the database holds now, loaded and passing every rule; or
    /// why it cannot be served.
    pub outcome: Result<Arc<Catalog>, DataFault>,
}

/// The last check and the last fault logged (so a fault is logged once,
/// not at every probe).
#[derive(Default)]
struct Checks {
    last: Option<Arc<DataCheck>>,
    logged: Option<String>,
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
        let log_total = config.client_error_log_rate.saturating_mul(LOG_TOTAL_FACTOR);
        let log_total_allowance = Allowance::new(log_total, log_total);
        AppState {
            inner: Arc::new(Inner {
                snapshot: ArcSwap::from_pointee(Snapshot::new(catalog)),
                config,
                database,
                metrics,
                checks: tokio::sync::Mutex::new(Checks::default()),
                request_allowance,
                probe_allowance,
                log_allowance,
                log_total_allowance,
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
    ///
    /// The new snapshot's `Last-Modified` is the latest of its reports'
    /// revision time, now, and a second after the old snapshot's: data can
    /// change without a new revision time (an edited database moved into
    /// place), and `If-Modified-Since` must not answer 304 for it.
    pub fn replace_catalog(&self, catalog: Arc<Catalog>) {
        self.inner.metrics.set_data_version(&catalog.data_version);
        let previous = self.inner.snapshot.load().modified + Duration::from_secs(1);
        let modified = catalog.last_modified.max(SystemTime::now()).max(previous);
        self.inner
            .snapshot
            .store(Arc::new(Snapshot::modified_at(catalog, modified)));
    }

    /// Checks the database: loads every report and dataset afresh through a
    /// new read-only connection and applies the rules of `check`. Returns
    /// `None` when the state has no database to check. At most one check
    /// runs at a time; a result younger than [`CHECK_REUSE`] is returned
    /// again instead of checking anew. Sets `talent_database_ready` and logs
    /// a fault (with its details) once, when it appears or changes.
    ///
    /// The check never replaces the data served: the watcher does that
    /// ([`crate::watch`]), with the catalogue the check loaded.
    pub async fn check_database(&self) -> Option<Arc<DataCheck>> {
        self.check_database_within(CHECK_REUSE).await
    }

    /// Checks the database like [`AppState::check_database`], but never
    /// reuses an earlier result (SIGHUP: the operator just changed the file).
    pub async fn check_database_now(&self) -> Option<Arc<DataCheck>> {
        self.check_database_within(Duration::ZERO).await
    }

    async fn check_database_within(&self, reuse: Duration) -> Option<Arc<DataCheck>> {
        let database = self.inner.database.as_ref()?;
        let mut checks = self.inner.checks.lock().await;
        if let Some(last) = &checks.last
            && last.at.elapsed() < reuse
        {
            return Some(last.clone());
        }
        let outcome = match tokio::time::timeout(CHECK_TIMEOUT, load_checked(database)).await {
            Ok(Ok(catalog)) => Ok(Arc::new(catalog)),
            Ok(Err((fault, details))) => Err((fault, details)),
            Err(_) => Err((
                DataFault::Unreadable,
                format!("the database did not answer within {} s", CHECK_TIMEOUT.as_secs()),
            )),
        };
        self.inner.metrics.set_database_ready(outcome.is_ok());
        let outcome = match outcome {
            Ok(catalog) => {
                if checks.logged.take().is_some() {
                    tracing::info!(data_version = %catalog.data_version, "database readable and its data valid again; ready");
                }
                Ok(catalog)
            }
            Err((fault, details)) => {
                if checks.logged.as_deref() != Some(details.as_str()) {
                    tracing::warn!(
                        fault = fault.public_detail(),
                        %details,
                        "database check failed; serving the data loaded before, /ready answers 503"
                    );
                    checks.logged = Some(details);
                }
                Err(fault)
            }
        };
        let check = Arc::new(DataCheck {
            at: Instant::now(),
            outcome,
        });
        checks.last = Some(check.clone());
        Some(check)
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

    /// Whether a client-error log line about `client` may be written now:
    /// within the per-client log limit and within the limit of all clients
    /// together ([`LOG_TOTAL_FACTOR`] times it); counts it as suppressed
    /// when not.
    pub fn may_log_client_error(&self, client: std::net::IpAddr) -> bool {
        let allowed = self
            .inner
            .log_allowance
            .as_ref()
            .is_none_or(|allowance| allowance.check(crate::allowance::client_key(client)).is_ok())
            && self.inner.log_total_allowance.as_ref().is_none_or(|allowance| {
                allowance
                    .check(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
                    .is_ok()
            });
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

/// Takes a copy of the database through a fresh read-only connection, loads
/// the catalogue from it and applies the rules of `check`: the data the
/// database holds now (with the copy, the database download), if it can be
/// served; else the fault and its details for the log.
async fn load_checked(database: &Database) -> Result<Catalog, (DataFault, String)> {
    let copy = database
        .copy()
        .await
        .map_err(|e| (DataFault::Unreadable, e.to_string()))?;
    let catalog = Catalog::load_copy(copy).await.map_err(|e| match e {
        LoadError::Database(_) => (DataFault::Unreadable, e.to_string()),
        LoadError::InvalidData { .. } => (DataFault::FailsChecks, e.to_string()),
    })?;
    let findings = rules::check(&catalog);
    if let Some(first) = findings.first() {
        return Err((
            DataFault::FailsChecks,
            format!(
                "{} finding(s) of talent-trends-api check, first: {first}",
                findings.len()
            ),
        ));
    }
    Ok(catalog)
}
