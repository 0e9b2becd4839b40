//! Shared state of the service, passed to handlers with `State`.

use std::sync::Arc;

use axum::{body::Bytes, http::HeaderValue};
use quick_cache::{Weighter, sync::Cache};

use crate::api::query::Format;
use crate::config::ServerArgs;
use crate::data::catalog::Catalog;

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

#[derive(Clone)]
/// Weighs cached answers by their size in bytes.
pub struct AnswerWeight;

impl Weighter<AnswerKey, Arc<CachedAnswer>> for AnswerWeight {
    fn weight(&self, key: &AnswerKey, answer: &Arc<CachedAnswer>) -> u64 {
        (key.2.len() + answer.body.len() + 256) as u64
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
}

impl Snapshot {
    pub fn new(catalog: Arc<Catalog>) -> Snapshot {
        let last_modified = HeaderValue::from_str(&httpdate::fmt_http_date(catalog.last_modified))
            .expect("an HTTP date is a valid header value");
        Snapshot {
            catalog,
            last_modified,
            answers: Cache::with_weighter(4096, ANSWER_CACHE_BYTES, AnswerWeight),
        }
    }
}

/// Everything a handler needs: the data snapshot, the configuration and the
/// pre-rendered OpenAPI document.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    snapshot: Arc<Snapshot>,
    config: ServerArgs,
    openapi_json: Bytes,
}

impl AppState {
    /// State with the default server settings.
    pub fn new(catalog: Arc<Catalog>) -> AppState {
        AppState::with_config(catalog, ServerArgs::default())
    }

    pub fn with_config(catalog: Arc<Catalog>, config: ServerArgs) -> AppState {
        let openapi_json = Bytes::from(
            crate::openapi::document()
                .to_pretty_json()
                .expect("the OpenAPI document serialises"),
        );
        AppState {
            inner: Arc::new(Inner {
                snapshot: Arc::new(Snapshot::new(catalog)),
                config,
                openapi_json,
            }),
        }
    }

    /// The current data snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.inner.snapshot.clone()
    }

    /// The current catalogue.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.inner.snapshot.catalog.clone()
    }

    pub fn config(&self) -> &ServerArgs {
        &self.inner.config
    }

    /// The OpenAPI document as JSON.
    pub fn openapi_json(&self) -> Bytes {
        self.inner.openapi_json.clone()
    }
}
