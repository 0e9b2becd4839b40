//! The optional per-client rate limit (tower_governor): `--rate-limit`
//! requests per second with bursts of `--rate-limit-burst`, answered 429
//! with `Retry-After` when exceeded.

use std::{sync::Arc, time::Duration};

use axum::{
    body::Body,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use tower_governor::{
    GovernorError, GovernorLayer,
    governor::GovernorConfigBuilder,
    key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor},
};

use crate::config::ServerArgs;
use crate::error::problem_for_status;

/// How rate-limited clients are told apart.
#[derive(Clone, Copy, Debug)]
pub enum ClientKey {
    /// The peer address of the connection.
    Peer,
    /// X-Forwarded-For, X-Real-IP or Forwarded, falling back to the peer.
    Forwarded,
}

impl KeyExtractor for ClientKey {
    type Key = std::net::IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<Self::Key, GovernorError> {
        match self {
            ClientKey::Peer => PeerIpKeyExtractor.extract(request),
            ClientKey::Forwarded => SmartIpKeyExtractor.extract(request),
        }
    }
}

/// The rate-limit layer.
pub type RateLimit =
    GovernorLayer<ClientKey, governor::middleware::NoOpMiddleware<governor::clock::QuantaInstant>, Body>;

/// The layer for `config`, or `None` when the limit is off (0).
pub fn layer(config: &ServerArgs) -> Option<RateLimit> {
    if config.rate_limit == 0 {
        return None;
    }
    let period = Duration::from_secs_f64(1.0 / f64::from(config.rate_limit));
    let key = if config.trust_forwarded_for {
        ClientKey::Forwarded
    } else {
        ClientKey::Peer
    };
    let governor = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(config.rate_limit_burst)
        .key_extractor(key)
        .finish()
        .expect("a valid rate limit");
    Some(GovernorLayer::new(Arc::new(governor)).error_handler(|error| {
        match error {
            GovernorError::TooManyRequests { headers, .. } => {
                problem_for_status(StatusCode::TOO_MANY_REQUESTS, &headers.clone().unwrap_or_default())
                    .into_response()
                    .with_headers(headers.unwrap_or_default())
            }
            GovernorError::UnableToExtractKey => {
                tracing::error!("rate limit: cannot tell which client sent a request");
                problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
            }
            GovernorError::Other { code, headers, .. } => {
                problem_for_status(code, &headers.clone().unwrap_or_default()).with_headers(headers.unwrap_or_default())
            }
        }
    }))
}

trait WithHeaders {
    fn with_headers(self, headers: HeaderMap) -> Response;
}

impl WithHeaders for Response {
    /// Adds `headers` (such as `Retry-After`) to the answer.
    fn with_headers(mut self, headers: HeaderMap) -> Response {
        for (name, value) in &headers {
            self.headers_mut().insert(name, value.clone());
        }
        self
    }
}
