//! Prometheus metrics (the `prometheus` crate): request counts by method,
//! matched route and status, latency histograms by matched route (one
//! histogram of 13 series lines per route, not per method and status: that
//! product made `/metrics` grow past 1 MB from a few hundred ordinary
//! requests), process metrics (CPU,
//! memory, file descriptors), the data version and database readiness,
//! requests refused before they reached the service, open connections and
//! suppressed log lines. Served at `GET /metrics` in the Prometheus text
//! format (`crate::http::metrics`).
//!
//! Every label value comes from a closed set, whatever clients send:
//! methods are the standard ones or `other` ([`method_label`]), routes are
//! the matched route or `unmatched`, statuses are those the service
//! answers, refusal reasons are [`REFUSAL_REASONS`].

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// The request counter of one method, route and status and the latency
/// histogram of its route, resolved once so that a repeated answer records
/// without a lookup.
pub type RouteHandles = (IntCounter, Histogram);

/// The service's metrics, in a registry of its own.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    data_info: IntGaugeVec,
    database_ready: IntGauge,
    log_lines_dropped: IntGauge,
    log_lines_suppressed: IntCounter,
    refused: IntCounterVec,
    connections: IntGauge,
    rate_limit_clients: IntGauge,
}

/// Why a connection or request was refused before it reached the service
/// (label `reason` of `talent_http_refused_total`).
pub const REFUSAL_REASONS: &[&str] = &[
    // The first byte did not come within the header read timeout.
    "first_byte_timeout",
    // The request head did not complete within the header read timeout.
    "header_timeout",
    // Not HTTP: a malformed request line, header or version.
    "malformed",
    // The request head exceeds the read buffer or holds over 100 fields.
    "head_too_large",
    // The request target exceeds the parser's limit.
    "uri_too_long",
    // Over `--max-connections`: answered 503 at once.
    "connection_limit",
    // Over `--max-connections-per-client`: answered 503 at once.
    "client_connection_limit",
    // HTTP/2 framing or protocol errors.
    "protocol",
];

/// The `method` label of `method`: a standard method (RFC 9110, and PATCH)
/// or `other`.
pub fn method_label(method: &str) -> &'static str {
    const STANDARD: [&str; 9] = [
        "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "CONNECT", "TRACE",
    ];
    STANDARD.into_iter().find(|m| *m == method).unwrap_or("other")
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let labels = ["method", "route", "status"];
        let requests = IntCounterVec::new(
            Opts::new(
                "http_requests_total",
                "HTTP requests answered, by method, matched route and status.",
            ),
            &labels,
        )
        .expect("valid metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time from receiving a request to producing its answer, by matched route.",
            )
            .buckets(vec![
                0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.1, 0.5, 1.0, 5.0,
            ]),
            &["route"],
        )
        .expect("valid metric");
        let data_info = IntGaugeVec::new(
            Opts::new("talent_data_info", "The data version being served (value 1)."),
            &["data_version"],
        )
        .expect("valid metric");
        let log_lines_dropped = IntGauge::new(
            "talent_log_lines_dropped_total",
            "Log lines dropped because the queue to standard error was full.",
        )
        .expect("valid metric");
        let database_ready = IntGauge::new(
            "talent_database_ready",
            "1 when the database answered the last readiness check, else 0.",
        )
        .expect("valid metric");
        let log_lines_suppressed = IntCounter::new(
            "talent_log_lines_suppressed_total",
            "Client-error log lines left out by the per-client log limit (--client-error-log-rate).",
        )
        .expect("valid metric");
        let refused = IntCounterVec::new(
            Opts::new(
                "talent_http_refused_total",
                "Connections and requests refused before they reached the service, by reason.",
            ),
            &["reason"],
        )
        .expect("valid metric");
        for reason in REFUSAL_REASONS {
            refused.with_label_values(&[*reason]);
        }
        let connections = IntGauge::new("talent_http_connections", "Connections open now.").expect("valid metric");
        let rate_limit_clients = IntGauge::new(
            "talent_rate_limit_clients",
            "Clients the rate limit remembers (those seen recently).",
        )
        .expect("valid metric");
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(data_info.clone()),
            Box::new(database_ready.clone()),
            Box::new(log_lines_dropped.clone()),
            Box::new(log_lines_suppressed.clone()),
            Box::new(refused.clone()),
            Box::new(connections.clone()),
            Box::new(rate_limit_clients.clone()),
        ] {
            registry.register(collector).expect("metric names are unique");
        }
        #[cfg(target_os = "linux")]
        registry
            .register(Box::new(prometheus::process_collector::ProcessCollector::for_self()))
            .expect("process metrics register once");
        Metrics {
            registry,
            requests,
            latency,
            data_info,
            database_ready,
            log_lines_dropped,
            log_lines_suppressed,
            refused,
            connections,
            rate_limit_clients,
        }
    }

    /// Counts a refusal; `reason` is one of [`REFUSAL_REASONS`].
    pub fn refused(&self, reason: &'static str) {
        debug_assert!(REFUSAL_REASONS.contains(&reason), "{reason}");
        self.refused.with_label_values(&[reason]).inc();
    }

    /// Counts a client-error log line left out.
    pub fn log_line_suppressed(&self) {
        self.log_lines_suppressed.inc();
    }

    /// The gauge of open connections.
    pub fn connections(&self) -> &IntGauge {
        &self.connections
    }

    pub fn set_rate_limit_clients(&self, clients: usize) {
        self.rate_limit_clients.set(clients as i64);
    }

    pub fn set_data_version(&self, version: &str) {
        self.data_info.reset();
        self.data_info.with_label_values(&[version]).set(1);
    }

    pub fn set_database_ready(&self, ready: bool) {
        self.database_ready.set(i64::from(ready));
    }

    /// The counter of one method, route and status (the method is reduced
    /// to [`method_label`]) and the histogram of the route.
    pub fn handles(&self, method: &str, route: &str, status: &str) -> RouteHandles {
        let labels = [method_label(method), route, status];
        (
            self.requests.with_label_values(&labels),
            self.latency.with_label_values(&[route]),
        )
    }

    /// Counts one answer and its latency (the method is reduced to
    /// [`method_label`]).
    pub fn observe(&self, method: &str, route: &str, status: &str, seconds: f64) {
        let labels = [method_label(method), route, status];
        self.requests.with_label_values(&labels).inc();
        self.latency.with_label_values(&[route]).observe(seconds);
    }

    /// The metrics in the Prometheus text exposition format.
    pub fn render(&self) -> Vec<u8> {
        self.log_lines_dropped.set(crate::telemetry::dropped_lines() as i64);
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut out)
            .expect("encoding metrics to memory");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_labels_come_from_a_closed_set() {
        assert_eq!(method_label("GET"), "GET");
        assert_eq!(method_label("PATCH"), "PATCH");
        assert_eq!(method_label("get"), "other", "methods are case-sensitive");
        assert_eq!(method_label(&"Q".repeat(900_000)), "other");
        let metrics = Metrics::new();
        for i in 0..1000 {
            metrics.observe(&format!("M{i}"), "/talent/cities", "405", 0.001);
        }
        let text = String::from_utf8(metrics.render()).unwrap();
        assert!(text.contains("http_requests_total{method=\"other\",route=\"/talent/cities\",status=\"405\"} 1000"));
        assert!(!text.contains("M1"));
    }

    #[test]
    fn every_refusal_reason_is_exported_from_the_start() {
        let text = String::from_utf8(Metrics::new().render()).unwrap();
        for reason in REFUSAL_REASONS {
            assert!(
                text.contains(&format!("talent_http_refused_total{{reason=\"{reason}\"}} 0")),
                "{reason}"
            );
        }
        assert!(text.contains("talent_log_lines_suppressed_total 0"));
    }
}
