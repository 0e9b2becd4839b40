//! The API's one error format: RFC 9457 problem details
//! (`application/problem+json`).
//!
//! Every failure a client can see, from a bad query parameter to an unknown
//! route, is an [`ApiError`] rendered as a [`Problem`]. Internal causes are
//! logged, never shown.

use axum::{
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::config::{MAX_HEADER_BYTES, MAX_HEADER_FIELDS, MAX_URI_BYTES};

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Longest part of a rejected value echoed back in a problem.
pub const ECHO_CHARS: usize = 64;

/// A value as quoted in a problem, shortened to [`ECHO_CHARS`] characters,
/// so that no client can make an error answer (or a log line) long.
pub fn echo(value: &str) -> String {
    if value.chars().count() <= ECHO_CHARS {
        format!("{value:?}")
    } else {
        let head: String = value.chars().take(ECHO_CHARS).collect();
        format!("{head:?}… ({} characters)", value.chars().count())
    }
}

/// An RFC 9457 problem details object.
#[derive(Debug, Serialize, ToSchema, PartialEq)]
#[schema(example = json!({
    "type": "/problems/invalid-parameter",
    "title": "Invalid query parameter",
    "status": 400,
    "detail": "limit must be an integer from 0 to 1000, got \"-1\"",
    "invalid_params": [{"name": "limit", "reason": "must be an integer from 0 to 1000, got \"-1\"", "accepted": "an integer from 0 to 1000"}]
}))]
pub struct Problem {
    /// URI reference naming the kind of problem; `GET` it for a description.
    #[serde(rename = "type")]
    #[schema(example = "/problems/invalid-parameter")]
    pub type_: String,
    /// Short summary of the kind of problem; the same for every occurrence.
    #[schema(example = "Invalid query parameter")]
    pub title: String,
    /// HTTP status code.
    #[schema(example = 400)]
    pub status: u16,
    /// What went wrong in this request, for a human.
    pub detail: String,
    /// The parameters at fault, when the problem is about the query.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invalid_params: Vec<InvalidParam>,
}

/// One query parameter at fault.
#[derive(Debug, Serialize, ToSchema, PartialEq)]
pub struct InvalidParam {
    /// Parameter name as sent.
    #[schema(example = "limit")]
    pub name: String,
    /// Why it was rejected.
    pub reason: String,
    /// What the parameter accepts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

/// Every error the API answers with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A query parameter has a value it does not accept.
    #[error("{name} {reason}")]
    InvalidParameter {
        name: String,
        reason: String,
        accepted: Option<String>,
    },
    /// A query parameter the endpoint does not know (often a typo).
    #[error("unknown query parameter {}", echo(name))]
    UnknownParameter { name: String, accepted: String },
    /// The query string is not valid percent-encoded UTF-8.
    #[error("the query string is malformed: {0}")]
    MalformedQuery(String),
    #[error("no report {}; known reports: {known}", echo(id))]
    ReportNotFound { id: String, known: String },
    #[error("report {report:?} has no dataset {dataset:?}")]
    DatasetNotInReport { report: String, dataset: String },
    #[error("no resource at {0}")]
    RouteNotFound(String),
    /// An earlier chart path (`/charts/{name}`) that names no dataset.
    #[error("no chart {}; the charts are: {known}", echo(name))]
    ChartNotFound { name: String, known: String },
    /// A single-item path (`/claims/{claim_id}`, `/positions/{name}`) that
    /// names no item of the report; `known` lists them.
    #[error(
        "report {report:?} has no {item} {}; known {item} ids and names: {known}",
        echo(name)
    )]
    ItemNotFound {
        item: &'static str,
        name: String,
        report: String,
        known: String,
    },
    #[error("the service holds no report yet")]
    NoReports,
    #[error("none of the media types in Accept can be served; available: {0}")]
    NotAcceptable(String),
    /// The service cannot answer right now (the database cannot be read).
    #[error("{0}")]
    Unavailable(String),
    /// Something that should not happen; the cause is logged, not shown.
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    pub fn invalid(name: impl Into<String>, reason: impl Into<String>, accepted: impl Into<String>) -> Self {
        ApiError::InvalidParameter {
            name: name.into(),
            reason: reason.into(),
            accepted: Some(accepted.into()),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::InvalidParameter { .. } | ApiError::UnknownParameter { .. } | ApiError::MalformedQuery(_) => {
                StatusCode::BAD_REQUEST
            }
            ApiError::ReportNotFound { .. }
            | ApiError::DatasetNotInReport { .. }
            | ApiError::RouteNotFound(_)
            | ApiError::ChartNotFound { .. }
            | ApiError::ItemNotFound { .. }
            | ApiError::NoReports => StatusCode::NOT_FOUND,
            ApiError::NotAcceptable(_) => StatusCode::NOT_ACCEPTABLE,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem type's slug (`/problems/{slug}`).
    pub fn slug(&self) -> &'static str {
        match self {
            ApiError::InvalidParameter { .. } => "invalid-parameter",
            ApiError::UnknownParameter { .. } => "unknown-parameter",
            ApiError::MalformedQuery(_) => "malformed-query",
            ApiError::ReportNotFound { .. } => "report-not-found",
            ApiError::DatasetNotInReport { .. } => "dataset-not-found",
            ApiError::RouteNotFound(_) => "not-found",
            ApiError::ChartNotFound { .. } => "chart-not-found",
            ApiError::ItemNotFound { .. } => "item-not-found",
            ApiError::NoReports => "no-reports",
            ApiError::NotAcceptable(_) => "not-acceptable",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Internal(_) => "internal-error",
        }
    }

    pub fn problem(&self) -> Problem {
        let (title, detail) = match self {
            ApiError::Internal(_) => (
                "Internal error",
                "The service failed to answer; the cause has been logged.".to_owned(),
            ),
            other => (
                problem_type(other.slug()).map(|t| t.title).unwrap_or("Error"),
                other.to_string(),
            ),
        };
        let invalid_params = match self {
            ApiError::InvalidParameter { name, reason, accepted } => vec![InvalidParam {
                name: name.clone(),
                reason: reason.clone(),
                accepted: accepted.clone(),
            }],
            ApiError::UnknownParameter { name, accepted } => vec![InvalidParam {
                name: name.clone(),
                reason: "is not a parameter of this endpoint".to_owned(),
                accepted: Some(accepted.clone()),
            }],
            _ => Vec::new(),
        };
        Problem {
            type_: format!("/problems/{}", self.slug()),
            title: title.to_owned(),
            status: self.status().as_u16(),
            detail,
            invalid_params,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let mut response = problem_response(&self.problem());
        if let ApiError::Unavailable(_) = &self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}

/// Renders a problem with its status and media type.
pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).expect("a problem serialises");
    (
        status,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
}

/// A problem answer for an error status produced outside the handlers (the
/// router, timeouts, limits, the rate limit). `headers` are those of the
/// answer being replaced: `Allow` and `Retry-After` feed the detail.
pub fn problem_for_status(status: StatusCode, headers: &HeaderMap) -> Response {
    let (slug, detail) = match status {
        StatusCode::NOT_FOUND => ("not-found", "No resource at this path.".to_owned()),
        StatusCode::METHOD_NOT_ALLOWED => {
            let allow = headers
                .get(header::ALLOW)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("GET, HEAD");
            (
                "method-not-allowed",
                format!("This resource is read-only; allowed methods: {allow}."),
            )
        }
        StatusCode::NOT_ACCEPTABLE => (
            "not-acceptable",
            "None of the content codings `Accept-Encoding` allows can be produced (identity is refused).".to_owned(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload-too-large",
            "Requests to this read-only API must not carry a body.".to_owned(),
        ),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => (
            "headers-too-large",
            format!("The request's headers exceed {MAX_HEADER_BYTES} bytes or {MAX_HEADER_FIELDS} fields."),
        ),
        StatusCode::URI_TOO_LONG => (
            "uri-too-long",
            format!("The request target (path and query) exceeds {MAX_URI_BYTES} bytes."),
        ),
        StatusCode::TOO_MANY_REQUESTS => {
            let wait = headers
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("a few");
            (
                "rate-limited",
                format!("Too many requests from this client; retry after {wait} seconds."),
            )
        }
        StatusCode::GATEWAY_TIMEOUT => (
            "timeout",
            "The request took too long to answer; retry later.".to_owned(),
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            "unavailable",
            "The service cannot answer right now; retry later.".to_owned(),
        ),
        s if s.is_server_error() => (
            "internal-error",
            "The service failed to answer; the cause has been logged.".to_owned(),
        ),
        _ => ("bad-request", format!("The request cannot be answered ({status}).")),
    };
    let title = problem_type(slug).map(|t| t.title).unwrap_or("Error");
    problem_response(&Problem {
        type_: format!("/problems/{slug}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        invalid_params: Vec::new(),
    })
}

/// Documentation of one problem type, served at `/problems/{slug}`.
#[derive(Debug, Serialize, ToSchema, Clone, Copy)]
pub struct ProblemType {
    /// The `type` value of problems of this kind.
    #[schema(example = "/problems/invalid-parameter")]
    #[serde(rename = "type")]
    pub type_: &'static str,
    pub title: &'static str,
    pub status: u16,
    /// When it happens and what to do.
    pub description: &'static str,
}

/// Every problem type the API can answer with.
pub static PROBLEM_TYPES: &[ProblemType] = &[
    ProblemType {
        type_: "/problems/invalid-parameter",
        title: "Invalid query parameter",
        status: 400,
        description: "A query parameter has a value it does not accept (not a number, out of range, not a known category, given twice). `invalid_params` names it and says what it accepts.",
    },
    ProblemType {
        type_: "/problems/unknown-parameter",
        title: "Unknown query parameter",
        status: 400,
        description: "The endpoint has no parameter of this name; typos are rejected rather than ignored. `invalid_params[].accepted` lists the parameters it has.",
    },
    ProblemType {
        type_: "/problems/malformed-query",
        title: "Malformed query string",
        status: 400,
        description: "The query string is not valid percent-encoded UTF-8 (for example `%zz` or an encoded byte sequence that is not UTF-8).",
    },
    ProblemType {
        type_: "/problems/report-not-found",
        title: "Report not found",
        status: 404,
        description: "No report has this id. `GET /reports` lists them.",
    },
    ProblemType {
        type_: "/problems/dataset-not-found",
        title: "Dataset not found",
        status: 404,
        description: "The report exists but has no dataset of this kind. `GET /reports/{report_id}` lists its datasets.",
    },
    ProblemType {
        type_: "/problems/not-found",
        title: "Not found",
        status: 404,
        description: "No resource at this path. `GET /openapi.json` lists every path.",
    },
    ProblemType {
        type_: "/problems/chart-not-found",
        title: "Chart not found",
        status: 404,
        description: "No dataset has a chart of this name. Every dataset's chart is at its path with `.svg` (`/talent/cities.svg`); the problem's detail lists them all.",
    },
    ProblemType {
        type_: "/problems/item-not-found",
        title: "Item not found",
        status: 404,
        description: "The report has no claim, position or industry of this id or name (`/claims/{claim_id}`, `/positions/{name}`, `/industries/{name}`). Positions and industries answer to their id, their Chinese name and their English name (without regard to case); the detail lists them all.",
    },
    ProblemType {
        type_: "/problems/no-reports",
        title: "No reports",
        status: 404,
        description: "The database holds no report; the service was started on an empty database.",
    },
    ProblemType {
        type_: "/problems/not-acceptable",
        title: "Not acceptable",
        status: 406,
        description: "None of the media types in the Accept header can be produced. Datasets are available as application/json, text/csv and application/x-ndjson (or use ?format=).",
    },
    ProblemType {
        type_: "/problems/bad-request",
        title: "Bad request",
        status: 400,
        description: "The request cannot be answered as sent.",
    },
    ProblemType {
        type_: "/problems/method-not-allowed",
        title: "Method not allowed",
        status: 405,
        description: "The API is read-only: every resource answers GET and HEAD (and CORS preflight OPTIONS). The `Allow` header lists the methods.",
    },
    ProblemType {
        type_: "/problems/payload-too-large",
        title: "Request body not allowed",
        status: 413,
        description: "A GET, HEAD or OPTIONS request carried a body; this read-only API accepts none.",
    },
    ProblemType {
        type_: "/problems/uri-too-long",
        title: "Request target too long",
        status: 414,
        description: "The path and query exceed 8 KiB.",
    },
    ProblemType {
        type_: "/problems/rate-limited",
        title: "Too many requests",
        status: 429,
        description: "This client sent more requests than the per-client rate limit allows. Wait the number of seconds in `Retry-After`.",
    },
    ProblemType {
        type_: "/problems/headers-too-large",
        title: "Request headers too large",
        status: 431,
        description: "The request's headers exceed 16 KiB in total.",
    },
    ProblemType {
        type_: "/problems/unavailable",
        title: "Service unavailable",
        status: 503,
        description: "The service cannot answer right now (for example, its database cannot be read). Retry later; `GET /ready` says when it is ready again.",
    },
    ProblemType {
        type_: "/problems/timeout",
        title: "Request timed out",
        status: 504,
        description: "The request took longer than the configured request timeout. Retry later.",
    },
    ProblemType {
        type_: "/problems/internal-error",
        title: "Internal error",
        status: 500,
        description: "The service failed to answer. This is a bug; the cause is logged with the request id.",
    },
];

/// The documentation of a problem type by slug.
pub fn problem_type(slug: &str) -> Option<&'static ProblemType> {
    PROBLEM_TYPES
        .iter()
        .find(|t| t.type_.strip_prefix("/problems/") == Some(slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_documented_problem_type() {
        let errors = [
            ApiError::invalid("limit", "bad", "0-1000"),
            ApiError::UnknownParameter {
                name: "x".into(),
                accepted: "y".into(),
            },
            ApiError::MalformedQuery("x".into()),
            ApiError::ReportNotFound {
                id: "x".into(),
                known: "y".into(),
            },
            ApiError::DatasetNotInReport {
                report: "x".into(),
                dataset: "y".into(),
            },
            ApiError::RouteNotFound("/x".into()),
            ApiError::ChartNotFound {
                name: "x.svg".into(),
                known: "/talent/cities.svg".into(),
            },
            ApiError::ItemNotFound {
                item: "claim",
                name: "x".into(),
                report: "r".into(),
                known: "y".into(),
            },
            ApiError::NoReports,
            ApiError::NotAcceptable("x".into()),
            ApiError::Unavailable("x".into()),
            ApiError::Internal("x".into()),
        ];
        for e in errors {
            let t = problem_type(e.slug()).unwrap_or_else(|| panic!("{} undocumented", e.slug()));
            assert_eq!(t.status, e.status().as_u16());
            assert_eq!(e.problem().title, t.title);
        }
    }

    #[test]
    fn long_values_are_shortened_when_echoed() {
        assert_eq!(echo("abc"), "\"abc\"");
        let long = "a".repeat(1000);
        let echoed = echo(&long);
        assert!(echoed.len() < 100 && echoed.ends_with("(1000 characters)"), "{echoed}");
    }
}
