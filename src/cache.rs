//! What the service keeps of its answers, per data snapshot
//! ([`crate::state::Snapshot`]): rendered dataset answers and charts, and
//! complete HTTP answers for replay. Every cache is bounded in bytes.

use std::sync::{Arc, OnceLock};

use axum::{
    body::Bytes,
    http::{HeaderMap, HeaderValue},
};
use quick_cache::Weighter;
use sha2::{Digest, Sha256};

use crate::metrics::RouteHandles;
use crate::query::options::{Representation, View};

/// Bytes kept in memory at most, by each cache.
pub const CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// A rendered answer (dataset rows or a chart), kept so that repeated
/// requests cost a lookup.
#[derive(Debug)]
pub struct RenderedAnswer {
    pub body: Bytes,
    pub content_type: &'static str,
    /// Strong ETag of the identity body, within its data version.
    pub etag: HeaderValue,
    /// `Link` header (paging), if any.
    pub link: Option<HeaderValue>,
}

impl RenderedAnswer {
    /// An answer of the data at `data_version`, with its strong ETag
    /// computed from both ([`versioned_etag`]): every answer's ETag changes
    /// with the data, even a representation whose bytes carry no version
    /// (CSV, NDJSON, bare arrays, charts).
    pub fn new(
        data_version: &str,
        body: Vec<u8>,
        content_type: &'static str,
        link: Option<HeaderValue>,
    ) -> RenderedAnswer {
        RenderedAnswer {
            etag: versioned_etag(data_version, &body),
            body: Bytes::from(body),
            content_type,
            link,
        }
    }
}

/// Strong ETag of a body: `"<first 16 bytes of SHA-256, hex>"`.
pub fn etag_of(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"{hex}\"")).expect("hex is a valid header value")
}

/// Strong ETag of a body of the data at `data_version`: the hash of both,
/// so replicas serving the same data give the same ETags and a change of
/// data gives every answer a new one.
pub fn versioned_etag(data_version: &str, body: &[u8]) -> HeaderValue {
    let mut hash = Sha256::new();
    hash.update(data_version.as_bytes());
    hash.update(b"\n");
    hash.update(body);
    let hex: String = hash.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"{hex}\"")).expect("hex is a valid header value")
}

/// Identifies a rendered answer: the endpoint (dataset kind, view and
/// representation, which the path names) and the query parameters in a
/// canonical order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AnswerKey {
    pub kind: &'static str,
    pub view: View,
    pub representation: Representation,
    /// The base path clients see (it is in the paging links).
    pub base: String,
    pub query: String,
}

/// Weighs cached answers by their size in bytes.
#[derive(Clone)]
pub struct AnswerWeight;

impl Weighter<AnswerKey, Arc<RenderedAnswer>> for AnswerWeight {
    fn weight(&self, key: &AnswerKey, answer: &Arc<RenderedAnswer>) -> u64 {
        (key.base.len() + key.query.len() + answer.body.len() + 256) as u64
    }
}

/// A complete HTTP answer (every header, the body as sent) kept for replay
/// by `crate::http::layers::replay`.
#[derive(Debug)]
pub struct StoredResponse {
    pub headers: HeaderMap,
    pub body: Bytes,
    /// Matched route, for metrics and logs.
    pub route: Arc<str>,
    /// Metric handles of its replays as `GET` answered 200, resolved once.
    pub metrics: OnceLock<RouteHandles>,
}

/// Weighs stored answers by their size in bytes.
#[derive(Clone)]
pub struct StoredWeight;

impl Weighter<Box<[u8]>, Arc<StoredResponse>> for StoredWeight {
    fn weight(&self, key: &Box<[u8]>, stored: &Arc<StoredResponse>) -> u64 {
        (key.len() + stored.body.len() + 64 * stored.headers.len() + 256) as u64
    }
}
