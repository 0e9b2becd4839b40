//! The OpenAPI 3.1 document, generated from the code and served where it is
//! built: `GET /openapi.json` (Swagger UI at `/docs` reads it:
//! [`super::docs`]).
//!
//! The hand-written endpoints are documented by their `#[utoipa::path]`
//! annotations, registered together with their routes (`routes!`); the
//! dataset endpoints and their charts from the dataset descriptors that also
//! drive their routes and the query engine, so the two cannot disagree. The
//! category filters list the values the data holds, so the document is built
//! once per data snapshot.

use std::sync::Arc;

use axum::{
    Extension,
    body::Bytes,
    extract::{RawQuery, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use utoipa::{
    OpenApi,
    openapi::{
        Content, HttpMethod, Object, ObjectBuilder, Ref, RefOr, Required, Response as ApiResponse, ResponseBuilder,
        Schema, Type,
        content::ContentBuilder,
        path::{OperationBuilder, Parameter, ParameterBuilder, ParameterIn, ParameterStyle},
        schema::{AnyOfBuilder, ArrayBuilder, SchemaType},
    },
};

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::chart::{self, NOT_FOR_CHARTS};
use crate::data::{
    catalog::{Catalog, Dataset, DatasetInfo, MonthRange, ReportInfo},
    kinds::{DatasetKind, FieldType, KINDS},
    table::{Table, TableFilter, TableRule},
};
use crate::error::{ApiError, InvalidParam, Problem, ProblemType, problem_type};
use crate::query::{
    options::{DEFAULT_LIMIT, Lang, MAX_LIMIT, MAX_OFFSET},
    params::no_parameters,
    plan::FILTER_BOUND,
    render::{DatasetMeta, ReportRef, SourceRef},
};
use crate::state::AppState;

/// The document of the annotated routes (everything but the dataset
/// endpoints and charts), as the router was built; the data's part is added
/// per snapshot by [`document`].
#[derive(Clone)]
pub struct BaseDocument(pub Arc<utoipa::openapi::OpenApi>);

/// `/openapi.json`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(openapi_json))
}

/// The OpenAPI 3.1 document of this API.
#[utoipa::path(get, path = "/openapi.json", tag = "meta", operation_id = "openapi",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object)))]
pub async fn openapi_json(
    State(state): State<AppState>,
    Extension(base): Extension<BaseDocument>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    no_parameters(query.as_deref())?;
    let snapshot = state.snapshot();
    let json = snapshot
        .openapi_json
        .get_or_init(|| {
            Bytes::from(
                document((*base.0).clone(), &snapshot.catalog)
                    .to_pretty_json()
                    .expect("the OpenAPI document serialises"),
            )
        })
        .clone();
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        json,
    )
        .into_response())
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "talent-trends-api",
        description = "Every figure of talent-market trend reports as a read-only API, starting with Maimai's \
\"2023 AIGC人才趋势报告\" (脉脉高聘人才智库, published 2023-03-30, data 2022-02 to 2023-02).\n\n\
Each chart of a report is a dataset. Figures are exactly as printed (percent with two decimals, index points, \
annual salary in 10k CNY); Chinese labels are verbatim with English translations beside them; every answer \
carries its provenance (chart title, page, footnote) in `meta`. Where the report's text does not decide how a \
figure maps to its label, the reading used is explained and flagged (`uncertain`, `uncertainty_note`).\n\n\
Dataset endpoints share one query language: `report`, `lang`, `format` (or `Accept`: JSON, CSV, NDJSON), \
`shape`, `sort`, `fields`, `limit`/`offset` and per-dataset filters. Unknown parameters and invalid values \
answer 400 with an RFC 9457 problem (`application/problem+json`).\n\n\
Every dataset is also drawn as an SVG chart at `/charts/{dataset}.svg` (same query, plus `width` and `height`), \
and `GET /` answers browsers with a dashboard page of every chart.",
        license(name = "MIT OR Apache-2.0"),
    ),
    components(schemas(
        Lang, Problem, InvalidParam, ProblemType, DatasetMeta, ReportRef, SourceRef, MonthRange, ReportInfo,
        DatasetInfo,
    )),
    tags(
        (name = "attention", description = "Attention to AIGC over time"),
        (name = "talent", description = "Who AIGC talent is: industries, cities, age, education, experience"),
        (name = "jobs", description = "AIGC recruiting: posting growth, industries, hot positions, salaries, skills"),
        (name = "applications", description = "Where AIGC is applied"),
        (name = "charts", description = "Every dataset drawn as an SVG chart, taking the dataset's query"),
        (name = "reports", description = "The catalogue of reports and their datasets"),
        (name = "meta", description = "The API's own documentation"),
        (name = "operations", description = "Liveness, readiness and metrics, for operators"),
    )
)]
pub struct ApiDoc;

/// The whole OpenAPI document for the data in `catalog`: `base` (the
/// annotated routes) plus every dataset endpoint and chart, whose category
/// filters, `report` and `compare` list the values the data holds as enums.
pub fn document(base: utoipa::openapi::OpenApi, catalog: &Catalog) -> utoipa::openapi::OpenApi {
    let mut doc = base;
    let components = doc.components.get_or_insert_with(Default::default);
    let reports: Vec<String> = catalog.reports.iter().map(|r| r.info.id.clone()).collect();
    for kind in KINDS {
        let table = Table::for_kind(kind);
        let datasets: Vec<&Dataset> = catalog
            .reports
            .iter()
            .filter_map(|r| r.dataset(kind.id))
            .map(|d| &**d)
            .collect();
        let row = kind.row_schema_name();
        components.schemas.insert(row.clone(), row_schema(kind, &table).into());
        let mut bodies = vec![row];
        if kind.comparison.is_some() {
            let comparison = kind.row_schema_name().replace("Row", "ComparisonRow");
            components
                .schemas
                .insert(comparison.clone(), age_comparison_schema().into());
            bodies.push(comparison);
        }
        doc.paths.add_path_operation(
            kind.path,
            vec![HttpMethod::Get],
            operation(kind, &table, &datasets, &reports, &bodies),
        );
        doc.paths.add_path_operation(
            kind.chart_path(),
            vec![HttpMethod::Get],
            chart_operation(kind, &table, &datasets, &reports),
        );
    }
    add_shared_responses(&mut doc);
    doc
}

/// Values a category filter accepts: every value of its fields in the data,
/// in table order.
fn category_values(datasets: &[&Dataset], view: impl Fn(&Dataset) -> Vec<&Table>, param: &str) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    for dataset in datasets {
        for table in view(dataset) {
            let Some(filter) = table.filters.iter().find(|f| f.param == param) else {
                continue;
            };
            let TableRule::Equals(fields) = &filter.rule else {
                continue;
            };
            for row in &table.rows {
                for &field in fields {
                    if let Some(text) = row.0[field].as_text()
                        && !values.iter().any(|v| v == text)
                    {
                        values.push(text.to_owned());
                    }
                }
            }
        }
    }
    values
}

/// Answers every operation can give besides its own: conditional 304s, the
/// limits and faults of the middleware, and the headers of successful answers.
fn add_shared_responses(doc: &mut utoipa::openapi::OpenApi) {
    let shared: [(&str, &str, &str); 8] = [
        (
            "304",
            "NotModified",
            "Not modified: the `If-None-Match` or `If-Modified-Since` validator still holds. No body.",
        ),
        (
            "405",
            "MethodNotAllowed",
            "Another method than GET or HEAD (the API is read-only); `Allow` lists the methods.",
        ),
        (
            "413",
            "PayloadTooLarge",
            "The request carried a body; this read-only API accepts none.",
        ),
        (
            "429",
            "TooManyRequests",
            "The per-client rate limit (off by default) was exceeded; wait `Retry-After` seconds.",
        ),
        ("414", "UriTooLong", "The path and query exceed 8 KiB."),
        ("431", "HeadersTooLarge", "The request headers exceed 16 KiB."),
        (
            "503",
            "Unavailable",
            "The service cannot answer right now (its database cannot be read); retry later.",
        ),
        ("504", "Timeout", "The request took longer than the request timeout."),
    ];
    let components = doc.components.get_or_insert_with(Default::default);
    for (status, name, description) in shared {
        let response = if status == "304" {
            ResponseBuilder::new()
                .description(description)
                .header("ETag", string_header("The current entity tag."))
                .build()
        } else {
            let mut builder = ResponseBuilder::new()
                .description(description)
                .content("application/problem+json", problem_content(status));
            if status == "429" || status == "503" {
                builder = builder.header("Retry-After", string_header("Seconds to wait before retrying."));
            }
            if status == "405" {
                builder = builder.header("Allow", string_header("The methods the resource accepts: GET, HEAD."));
            }
            builder.build()
        };
        components.responses.insert(name.to_owned(), RefOr::T(response));
    }
    for item in doc.paths.paths.values_mut() {
        let Some(operation) = item.get.as_mut() else { continue };
        for (status, name, _) in shared {
            operation
                .responses
                .responses
                .entry(status.to_owned())
                .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
        }
        if let Some(RefOr::T(ok)) = operation.responses.responses.get_mut("200") {
            for (header, description) in [
                (
                    "ETag",
                    "Strong entity tag of this representation (suffixed with the content coding when compressed).",
                ),
                ("Last-Modified", "When the data was last revised."),
                ("Cache-Control", "`public, max-age=…` (configurable)."),
                ("Vary", "Request headers the answer depends on."),
            ] {
                ok.headers
                    .entry(header.to_owned())
                    .or_insert_with(|| RefOr::T(string_header(description)));
            }
        }
    }
}

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    utoipa::openapi::header::HeaderBuilder::new()
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .description(Some(description))
        .build()
}

fn schema_ref(name: &str) -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(name))
}

fn typed(ty: FieldType, nullable: bool) -> ObjectBuilder {
    let base = match ty {
        FieldType::Text | FieldType::Month => Type::String,
        FieldType::Integer => Type::Integer,
        FieldType::Figure => Type::Number,
        FieldType::Boolean => Type::Boolean,
    };
    let schema_type: SchemaType = if nullable {
        [base, Type::Null].into_iter().collect()
    } else {
        base.into()
    };
    let builder = ObjectBuilder::new().schema_type(schema_type);
    match ty {
        FieldType::Month => builder.pattern(Some(MONTH_PATTERN)),
        _ => builder,
    }
}

const MONTH_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])$";

fn row_schema(kind: &DatasetKind, table: &Table) -> Object {
    let mut builder = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(format!(
            "One row of `{}`. Every field is present unless `?fields=` selects some.",
            kind.path
        )))
        .property(
            "label",
            typed(FieldType::Text, false).description(Some(format!(
                "The row's label in the language chosen by `lang`: `{}` (zh, default) or `{}` (en).",
                kind.label.0, kind.label.1
            ))),
        );
    for field in &table.fields {
        builder = builder.property(
            field.name.as_ref(),
            typed(field.ty, field.nullable).description(Some(field.description.as_ref())),
        );
    }
    builder.build()
}

fn age_comparison_schema() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "One age band of `/talent/ages?compare=first,second`: both cohorts' shares side by side. \
             The share fields are named after the cohorts (`aigc_share_pct`, `internet_share_pct`).",
        ))
        .property(
            "label",
            typed(FieldType::Text, false).description(Some("Age band in the language chosen by `lang`.")),
        )
        .property(
            "band_order",
            typed(FieldType::Integer, false).description(Some("Position of the age band, 1 = youngest.")),
        )
        .property(
            "age_band",
            typed(FieldType::Text, false).description(Some("Age band as printed.")),
        )
        .property(
            "age_band_en",
            typed(FieldType::Text, false).description(Some("Age band in English.")),
        )
        .property(
            "difference_pp",
            typed(FieldType::Figure, true).description(Some(
                "First cohort's share minus the second's, in percentage points (exact).",
            )),
        )
        .property(
            "uncertain",
            typed(FieldType::Boolean, false).description(Some("True when either cohort's row is uncertain.")),
        )
        .property(
            "uncertainty_note",
            typed(FieldType::Text, true).description(Some("Why, when uncertain.")),
        )
        .additional_properties(Some(typed(FieldType::Figure, true).description(Some(
            "`{cohort}_share_pct`: the cohort's share of this band, in percent.",
        ))))
        .build()
}

fn envelope_schema(row: &str) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .property("data", ArrayBuilder::new().items(schema_ref(row)))
        .required("data")
        .property("meta", schema_ref("DatasetMeta"))
        .required("meta")
        .build()
        .into()
}

fn query_param(name: &str, schema: impl Into<RefOr<Schema>>, description: &str) -> ParameterBuilder {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .schema(Some(schema))
        .description(Some(description))
}

fn enum_param(name: &str, values: &[&str], default: Option<&str>, description: &str) -> Parameter {
    let schema = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .default(default.map(Into::into));
    query_param(name, schema, description).build()
}

fn field_list_pattern(names: &[String], signed: bool) -> String {
    let sign = if signed { "-?" } else { "" };
    let alternatives = names.join("|");
    format!("^{sign}({alternatives})(,{sign}({alternatives}))*$")
}

fn common_parameters(names: &[String], reports: &[String]) -> Vec<Parameter> {
    vec![
        query_param(
            "report",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(reports.iter().cloned())),
            "Report id (see `GET /reports`). Default: the most recently published report.",
        )
        .example(reports.first().map(|r| r.clone().into()))
        .build(),
        enum_param(
            "lang",
            &["zh", "en"],
            Some("zh"),
            "Language of each row's `label`: `zh` (as printed) or `en`. Both label fields stay in the row.",
        ),
        enum_param(
            "format",
            &["json", "csv", "ndjson"],
            None,
            "Representation; overrides `Accept`. CSV is UTF-8 with a byte-order mark and a header row; NDJSON has one row object per line.",
        ),
        enum_param(
            "shape",
            &["envelope", "array"],
            Some("envelope"),
            "`envelope` answers `{\"data\": [...], \"meta\": {...}}`; `array` answers the bare array of rows (JSON only).",
        ),
        query_param(
            "sort",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(field_list_pattern(names, true))),
            &format!(
                "Sort keys, comma-separated; prefix `-` for descending. Fields: {}. Default: the chart's own order.",
                names.join(", ")
            ),
        )
        .build(),
        query_param(
            "fields",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(field_list_pattern(names, false))),
            &format!(
                "Fields to return, comma-separated, in this order. Fields: {}.",
                names.join(", ")
            ),
        )
        .build(),
        query_param(
            "limit",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0))
                .maximum(Some(MAX_LIMIT as u64))
                .default(Some(DEFAULT_LIMIT.into())),
            &format!("Rows per answer, 0 to {MAX_LIMIT} (0 answers only `meta`)."),
        )
        .build(),
        query_param(
            "offset",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0))
                .maximum(Some(MAX_OFFSET as u64))
                .default(Some(0.into())),
            "Rows to skip before the first row answered. A `Link` header gives the next and previous pages.",
        )
        .build(),
    ]
}

fn bounded(ty: FieldType) -> ObjectBuilder {
    let builder = typed(ty, false);
    match ty {
        FieldType::Integer | FieldType::Figure => builder
            .minimum(Some(-(FILTER_BOUND as f64)))
            .maximum(Some(FILTER_BOUND as f64)),
        _ => builder,
    }
}

fn filter_parameters(filters: &[TableFilter], values: impl Fn(&str) -> Vec<String>) -> Vec<Parameter> {
    filters
        .iter()
        .map(|filter| {
            let schema: RefOr<Schema> = match (&filter.rule, filter.ty) {
                (TableRule::Equals(_), FieldType::Boolean) => typed(FieldType::Boolean, false).into(),
                (TableRule::Equals(_), _) => ArrayBuilder::new()
                    .items(
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .enum_values(Some(values(&filter.param))),
                    )
                    .min_items(Some(1))
                    .into(),
                (TableRule::OneOf(_, values), _) => ArrayBuilder::new()
                    .items(
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .enum_values(Some(values.iter().map(|v| v.to_string()))),
                    )
                    .min_items(Some(1))
                    .into(),
                (TableRule::AtLeast(_) | TableRule::AtMost(_), ty) => bounded(ty).into(),
            };
            let mut param = query_param(&filter.param, schema, &filter.description);
            if filter.repeatable() && filter.ty != FieldType::Boolean {
                param = param.style(Some(ParameterStyle::Form)).explode(Some(true));
            }
            param.build()
        })
        .collect()
}

fn problem_response(status: &str, description: &str) -> ApiResponse {
    ResponseBuilder::new()
        .description(description)
        .content("application/problem+json", problem_content(status))
        .build()
}

/// The problem schema with an example typical of `status`.
fn problem_content(status: &str) -> Content {
    let (slug, detail, param) = match status {
        "400" => (
            "invalid-parameter",
            "limit must be an integer from 0 to 1000, got \"-1\"",
            Some("limit"),
        ),
        "404" => (
            "report-not-found",
            "no report \"maimai-2022\"; known reports: maimai-aigc-talent-2023",
            None,
        ),
        "405" => (
            "method-not-allowed",
            "This resource is read-only; allowed methods: GET,HEAD.",
            None,
        ),
        "406" => (
            "not-acceptable",
            "none of the media types in Accept can be served; available: application/json, text/csv, application/x-ndjson (or ?format=json|csv|ndjson)",
            None,
        ),
        "413" => (
            "payload-too-large",
            "Requests to this read-only API must not carry a body.",
            None,
        ),
        "414" => (
            "uri-too-long",
            "The request target (path and query) exceeds 8192 bytes.",
            None,
        ),
        "429" => (
            "rate-limited",
            "Too many requests from this client; retry after 2 seconds.",
            None,
        ),
        "431" => (
            "headers-too-large",
            "The request's headers exceed 16384 bytes or 100 fields.",
            None,
        ),
        "503" => (
            "unavailable",
            "the database cannot be read: database data/talent.db does not exist",
            None,
        ),
        _ => ("timeout", "The request took too long to answer; retry later.", None),
    };
    let kind = problem_type(slug).expect("every example names a documented problem type");
    let mut example = serde_json::json!({
        "type": kind.type_,
        "title": kind.title,
        "status": kind.status,
        "detail": detail,
    });
    if let Some(name) = param {
        example["invalid_params"] = serde_json::json!([{
            "name": name,
            "reason": "must be an integer from 0 to 1000, got \"-1\"",
            "accepted": "an integer from 0 to 1000",
        }]);
    }
    ContentBuilder::new()
        .schema(Some(schema_ref("Problem")))
        .example(Some(example))
        .build()
}

/// The query parameters of a dataset endpoint: the shared options, the
/// dataset's filters and, for the age distribution, `compare` and the
/// comparison's filters.
fn dataset_parameters(kind: &DatasetKind, table: &Table, datasets: &[&Dataset], reports: &[String]) -> Vec<Parameter> {
    let mut names: Vec<String> = std::iter::once("label".to_owned())
        .chain(table.fields.iter().map(|f| f.name.to_string()))
        .collect();
    let comparisons: Vec<&Table> = datasets
        .iter()
        .flat_map(|d| d.comparisons.iter().map(|(_, t)| t))
        .collect();
    for comparison in &comparisons {
        for field in &comparison.fields {
            if !names.iter().any(|n| n == field.name.as_ref()) {
                names.push(field.name.to_string());
            }
        }
    }
    let mut parameters = common_parameters(&names, reports);
    let base = |param: &str| category_values(datasets, |d| vec![&d.table], param);
    parameters.extend(filter_parameters(&table.filters, base));
    if kind.comparison.is_some() {
        let pairs: Vec<String> = datasets
            .iter()
            .flat_map(|d| d.comparisons.iter().map(|((a, b), _)| format!("{a},{b}")))
            .fold(Vec::new(), |mut pairs, pair| {
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
                pairs
            });
        parameters.push(
            query_param(
                "compare",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(pairs.iter().cloned())),
                "Two different cohorts, comma-separated (`aigc,internet`): answer one row per age band with both \
                 shares (`{cohort}_share_pct`) and `difference_pp` = first minus second, in percentage points. \
                 With `compare`, the filters are `age_band`, `min_difference`, `max_difference` and `uncertain`, \
                 and `sort`/`fields` name the comparison's fields; `cohort`, `min_share` and `max_share` do not apply.",
            )
            .example(pairs.first().map(|p| p.clone().into()))
            .build(),
        );
        // The comparison's own filters (only with `compare`).
        let extra: Vec<TableFilter> = comparisons
            .first()
            .map(|t| {
                t.filters
                    .iter()
                    .filter(|f| !table.filters.iter().any(|b| b.param == f.param))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let values = |param: &str| category_values(datasets, |d| d.comparisons.iter().map(|(_, t)| t).collect(), param);
        let mut documented = filter_parameters(&extra, values);
        for parameter in &mut documented {
            parameter.description = parameter
                .description
                .take()
                .map(|d| format!("{d} Only with `compare`."));
        }
        parameters.extend(documented);
    }
    parameters
}

fn operation(
    kind: &DatasetKind,
    table: &Table,
    datasets: &[&Dataset],
    reports: &[String],
    row_schemas: &[String],
) -> utoipa::openapi::path::Operation {
    let parameters = dataset_parameters(kind, table, datasets, reports);
    let mut json = AnyOfBuilder::new();
    for row in row_schemas {
        let envelope_name = format!("{row}Envelope");
        json = json.item(envelope_schema(row)).description(Some(format!(
            "`{{\"data\": [rows], \"meta\": DatasetMeta}}`, or with `shape=array` the bare array of rows ({envelope_name})."
        )));
        json = json.item(ArrayBuilder::new().items(schema_ref(row)));
    }
    let text = |description: &str| {
        Content::new(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(description)),
        ))
    };
    let ok = ResponseBuilder::new()
        .description("The dataset's rows. JSON by default; CSV or NDJSON by `Accept` or `format`.")
        .content("application/json", Content::new(Some(Schema::AnyOf(json.build()))))
        .content(
            "text/csv",
            text("UTF-8 CSV with a byte-order mark and a header row of field names."),
        )
        .content("application/x-ndjson", text("One JSON row object per line."))
        .header(
            "Link",
            string_header("RFC 8288 links to the `next` and `prev` pages, where they exist."),
        )
        .build();

    OperationBuilder::new()
        .tag(kind.tag)
        .operation_id(Some(kind.id.replace('-', "_")))
        .summary(Some(kind.summary))
        .description(Some(kind.description))
        .parameters(Some(parameters))
        .response("200", ok)
        .response(
            "400",
            problem_response(
                "400",
                "An unknown parameter, an invalid value, or a category the dataset does not hold",
            ),
        )
        .response(
            "404",
            problem_response("404", "No such report, or the report has no dataset of this kind"),
        )
        .response(
            "406",
            problem_response("406", "None of the media types in `Accept` can be produced"),
        )
        .build()
}

/// `GET /charts/{dataset}.svg`: the dataset's query (without the parameters
/// that choose a data representation) plus the chart's size.
fn chart_operation(
    kind: &DatasetKind,
    table: &Table,
    datasets: &[&Dataset],
    reports: &[String],
) -> utoipa::openapi::path::Operation {
    let mut parameters: Vec<Parameter> = dataset_parameters(kind, table, datasets, reports)
        .into_iter()
        .filter(|p| !NOT_FOR_CHARTS.contains(&p.name.as_str()))
        .map(|mut p| {
            if p.name == "lang" {
                p.description = Some(
                    "Language of every text of the chart (title, unit, labels, legend, source line): `zh` (as printed) or `en`."
                        .to_owned(),
                );
            }
            p
        })
        .collect();
    let size = |name: &str, min: u32, max: u32, default: Option<u32>, description: &str| {
        query_param(
            name,
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(min))
                .maximum(Some(max))
                .default(default.map(Into::into)),
            description,
        )
        .build()
    };
    parameters.push(size(
        "width",
        chart::MIN_WIDTH,
        chart::MAX_WIDTH,
        Some(chart::DEFAULT_WIDTH),
        &format!(
            "Width of the chart in pixels, {} to {} (default {}).",
            chart::MIN_WIDTH,
            chart::MAX_WIDTH,
            chart::DEFAULT_WIDTH
        ),
    ));
    parameters.push(size(
        "height",
        chart::MIN_HEIGHT,
        chart::MAX_HEIGHT,
        None,
        &format!(
            "Height of the chart in pixels, {} to {}. Default: as tall as the selected rows need.",
            chart::MIN_HEIGHT,
            chart::MAX_HEIGHT
        ),
    ));
    let ok = ResponseBuilder::new()
        .description(
            "The chart: a standalone SVG document whose texts are `<text>` elements (the viewer's fonts draw them). \
             It carries the chart's title, unit, axis and value labels, a legend, and the source line (publisher, report, \
             page, chart); rows flagged uncertain are drawn paler and marked `(?)`.",
        )
        .content(
            chart::SVG,
            Content::new(Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("SVG 1.1 document")),
            )),
        )
        .build();
    OperationBuilder::new()
        .tag("charts")
        .operation_id(Some(format!("chart_{}", kind.id.replace('-', "_"))))
        .summary(Some(format!("Chart: {}", kind.summary)))
        .description(Some(format!(
            "`{}` drawn as an SVG chart. Takes the dataset's query (`report`, `lang`, `sort`, `limit`, `offset` and its \
             filters) and draws the rows it selects, in that order; `format`, `shape` and `fields` do not apply (400). \
             `width` and `height` size it.",
            kind.path
        )))
        .parameters(Some(parameters))
        .response("200", ok)
        .response(
            "400",
            problem_response(
                "400",
                "An unknown parameter (including `format`, `shape`, `fields`), an invalid value or size, or a category the dataset does not hold",
            ),
        )
        .response(
            "404",
            problem_response("404", "No such report, or the report has no dataset of this kind"),
        )
        .build()
}
