//! Prometheus metrics (the `prometheus` crate): request counts and latency
//! histograms by method, matched route and status, process metrics (CPU,
//! memory, file descriptors), the data version and database readiness.
//! Served at `GET /metrics` in the Prometheus text format
//! (`crate::http::metrics`).

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

/// The request counter and latency histogram of one method, route and
/// status, resolved once so that a repeated answer records without a lookup.
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
                "Time from receiving a request to producing its answer, by method, matched route and status.",
            )
            .buckets(vec![
                0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
                2.5, 5.0, 10.0,
            ]),
            &labels,
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
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(data_info.clone()),
            Box::new(database_ready.clone()),
            Box::new(log_lines_dropped.clone()),
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
        }
    }

    pub fn set_data_version(&self, version: &str) {
        self.data_info.reset();
        self.data_info.with_label_values(&[version]).set(1);
    }

    pub fn set_database_ready(&self, ready: bool) {
        self.database_ready.set(i64::from(ready));
    }

    /// The counter and histogram of one method, route and status.
    pub fn handles(&self, method: &str, route: &str, status: &str) -> RouteHandles {
        let labels = [method, route, status];
        (
            self.requests.with_label_values(&labels),
            self.latency.with_label_values(&labels),
        )
    }

    /// Counts one answer and its latency.
    pub fn observe(&self, method: &str, route: &str, status: &str, seconds: f64) {
        let labels = [method, route, status];
        self.requests.with_label_values(&labels).inc();
        self.latency.with_label_values(&labels).observe(seconds);
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
