//! Property-based fuzzing (proptest) of the query-string parsing and
//! validation of every endpoint: arbitrary bytes never panic and always map
//! to a 200 (or 304) or a problem body with a 4xx status. The number of cases
//! is bounded (PROPTEST_CASES, default 512 per property) so that CI stays fast;
//! failures are shrunk to a minimal query and reported with it.

use std::sync::OnceLock;

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use proptest::prelude::*;
use talent_trends_api::{
    AppState, app,
    data::kinds::{KINDS, all_kinds},
    http::Service,
    query::options::Endpoint,
};
use tower::ServiceExt;

use crate::helpers::catalog;

fn endpoints() -> Vec<String> {
    let mut paths: Vec<String> = Endpoint::all().map(|e| e.path()).collect();
    paths.extend(KINDS.iter().map(|k| format!("/charts/{}.svg", k.id)));
    paths.extend(
        [
            "/",
            "/reports",
            "/reports/maimai-aigc-talent-2023",
            "/claims/beijing-exceeds-shanghai-plus-shenzhen",
            "/positions/product-manager",
            "/industries/Pure%20internet",
            "/openapi.json",
            "/problems",
            "/problems/invalid-parameter",
            "/health",
            "/ready",
            "/metrics",
        ]
        .map(str::to_owned),
    );
    paths
}

/// Every parameter name any endpoint knows, to make valid-looking queries likely.
const NAMES: &[&str] = &[
    "report",
    "lang",
    "format",
    "shape",
    "sort",
    "fields",
    "limit",
    "offset",
    "compare",
    "first",
    "second",
    "width",
    "height",
    "cohort",
    "age_band",
    "city",
    "industry",
    "level",
    "experience_band",
    "side",
    "position",
    "min_rank",
    "max_rank",
    "min_share",
    "max_share",
    "min_index",
    "max_index",
    "from",
    "to",
    "peaks",
    "uncertain",
    "min_growth",
    "max_growth",
    "min_salary",
    "max_salary",
    "dimension",
    "prominence",
    "term",
    "domain",
    "facet",
    "item",
    "min_difference",
    "max_difference",
    "verdict",
    "page",
    "location",
    "dataset",
    "decided_transcription",
    "silent_in",
    "min_gap",
    "max_gap",
    "application_domain",
    "min_talent_share",
    "max_posting_share",
    "entity_kind",
    "status",
    "source",
    "label",
];

/// Values that exercise the parsers: numbers, months, labels, edge cases.
const VALUES: &[&str] = &[
    "",
    "0",
    "-1",
    "1",
    "100",
    "1000",
    "1001",
    "1e3",
    "1e400",
    "-0",
    "5.80",
    ".5",
    "5.",
    "1_0",
    "NaN",
    "true",
    "false",
    "zh",
    "en",
    "json",
    "csv",
    "ndjson",
    "array",
    "envelope",
    "rank",
    "-share_pct",
    "label,rank",
    "rank,",
    "2022-05",
    "2022-13",
    "2023",
    "aigc",
    "internet",
    "aigc,internet",
    "aigc,aigc",
    "demand",
    "supply",
    "北京",
    "Beijing",
    "%E5%8C%97%E4%BA%AC",
    "%zz",
    "%E5",
    "%",
    "+",
    "a+b",
    "&",
    "=",
    "\u{0}",
    "💥",
    "maimai-aigc-talent-2023",
];

fn service() -> &'static Service {
    static SERVICE: OnceLock<Service> = OnceLock::new();
    SERVICE.get_or_init(|| app(AppState::new(catalog())))
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    })
}

/// Percent-encodes every byte a URI may not carry literally, leaving the
/// rest (including `%`, `&`, `=`, `+`) as is, so the query reaches the parser.
fn as_query(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if b.is_ascii_graphic() && b != b'#' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Sends `GET path?query` and checks the answer's contract.
fn check(path: &str, query: &str) -> Result<(), TestCaseError> {
    let uri = format!("{path}?{query}");
    let Ok(request) = Request::get(&uri).body(Body::empty()) else {
        // Not a URI at all: the HTTP parser would have refused it.
        return Ok(());
    };
    let (status, content_type, location, body) = runtime().block_on(async {
        let response = service()
            .clone()
            .oneshot(crate::helpers::with_host(request))
            .await
            .unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap_or("").to_owned())
            .unwrap_or_default();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap_or("").to_owned());
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (status, content_type, location, body)
    });
    match status {
        200 | 304 => Ok(()),
        303 | 308 => {
            // Redirects of the earlier API forms: relative, never to another host.
            let location = location.unwrap_or_default();
            prop_assert!(
                !location.is_empty() && !location.starts_with('/') && !location.contains("://"),
                "{} -> {} {}",
                uri,
                status,
                location
            );
            Ok(())
        }
        400..=499 => {
            prop_assert_eq!(&content_type, "application/problem+json", "{} -> {}", uri, status);
            let problem: serde_json::Value = serde_json::from_slice(&body)
                .map_err(|e| TestCaseError::fail(format!("{uri}: problem is not JSON: {e}")))?;
            prop_assert_eq!(problem["status"].as_u64(), Some(u64::from(status)), "{}", uri);
            prop_assert!(
                problem["type"].as_str().is_some_and(|t| t.starts_with("/problems/")),
                "{}",
                uri
            );
            Ok(())
        }
        other => Err(TestCaseError::fail(format!("{uri} answered {other}"))),
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(512),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary bytes as the query string of every endpoint.
    #[test]
    fn arbitrary_query_bytes_never_fail_badly(endpoint in prop::sample::select(endpoints()), bytes in prop::collection::vec(any::<u8>(), 0..96)) {
        check(&endpoint, &as_query(&bytes))?;
    }

    /// Queries built from real parameter names and tricky values.
    #[test]
    fn plausible_queries_never_fail_badly(
        endpoint in prop::sample::select(endpoints()),
        pairs in prop::collection::vec((prop::sample::select(NAMES), prop::sample::select(VALUES)), 0..6),
    ) {
        let query: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={}", as_query(v.as_bytes()))).collect();
        check(&endpoint, &query.join("&"))?;
    }

    /// Real names with arbitrary values.
    #[test]
    fn arbitrary_values_never_fail_badly(
        endpoint in prop::sample::select(all_kinds().map(|k| k.path).collect::<Vec<_>>()),
        name in prop::sample::select(NAMES),
        value in ".{0,40}",
    ) {
        check(endpoint, &format!("{name}={}", as_query(value.as_bytes())))?;
    }
}
