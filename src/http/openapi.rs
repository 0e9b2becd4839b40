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
        schema::{AdditionalProperties, ArrayBuilder, SchemaType},
        server::ServerBuilder,
    },
};

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::chart;
use crate::data::{
    catalog::{Catalog, Dataset, DatasetInfo, MonthRange, ReportInfo},
    claims::{Alternative, CheckResult, Claim, FigureRef, SideResult, TermResult, Verdict},
    derived,
    entities::{ClaimRef, Entity, EntityFigure, EntityKind, EntityLabel, SilentSource},
    kinds::{DatasetKind, FieldType, all_kinds},
    table::{Table, TableFilter, TableRule, list_items},
};
use crate::error::{ApiError, InvalidParam, Problem, ProblemType, problem_type};
use crate::query::{
    detail::{ClaimDocument, Item, ItemMeta},
    options::{DEFAULT_LIMIT, Endpoint, Lang, MAX_LIMIT, MAX_OFFSET, Representation, View, endpoint_path},
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
///
/// This document: every endpoint, its parameters (category filters list the
/// values the data holds) and every answer it can give. Generated from the
/// code, and committed as `openapi/openapi.json`.
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
Each dataset has one endpoint per representation, each with one media type and one row type: the JSON envelope \
at its path (`/talent/cities`), the bare array of rows (`/talent/cities/rows`), CSV (`/talent/cities.csv`), \
NDJSON (`/talent/cities.ndjson`) and an SVG chart (`/talent/cities.svg`). They share one query language: \
`report`, `lang`, `sort`, `limit`/`offset`, per-dataset filters, `fields` for CSV and NDJSON, `width` and \
`height` for charts. The age distribution also has a comparison of two cohorts (`/talent/ages/comparison`). \
Unknown parameters and invalid values answer 400 with an RFC 9457 problem (`application/problem+json`).\n\n\
`GET /` answers browsers with a dashboard page of every chart.\n\n\
Downloads: each report as a Frictionless Data Package (`/reports/{report_id}/datapackage.json`, and with every CSV \
in one zip at `/reports/{report_id}/datapackage.zip`), and the whole SQLite database (`/talent.db`). Every CSV \
answer of a chart's dataset links its package (`Link: <…/datapackage.json>; rel=\"describedby\"`), and every dataset's `meta.citation` \
says how to cite it, in Chinese and English.",
        contact(name = "talent-trends-api maintainers"),
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    components(schemas(
        Lang, Problem, InvalidParam, ProblemType, DatasetMeta, ReportRef, SourceRef, MonthRange, ReportInfo,
        DatasetInfo, ClaimDocument, ItemMeta, Claim, CheckResult, SideResult, TermResult, FigureRef, Alternative,
        Verdict, EntityFigure, EntityLabel, SilentSource, ClaimRef,
    )),
    tags(
        (name = "attention", description = "Attention to AIGC over time"),
        (name = "talent", description = "Who AIGC talent is: industries, cities, age, education, experience"),
        (name = "jobs", description = "AIGC recruiting: posting growth, industries, hot positions, salaries, skills"),
        (name = "applications", description = "Where AIGC is applied"),
        (name = "claims", description = "The report's own statements, each checked against the served figures when the data loads"),
        (name = "entities", description = "Every figure about each position and industry the report names; one label, one entity"),
        (name = "charts", description = "Every dataset drawn as an SVG chart, taking the dataset's query"),
        (name = "reports", description = "The catalogue of reports and their datasets"),
        (name = "downloads", description = "Each report as a Frictionless Data Package (JSON, zip, its CSVs) and the whole SQLite database"),
        (name = "meta", description = "The API's own documentation"),
        (name = "operations", description = "Liveness, readiness and metrics, for operators"),
    )
)]
pub struct ApiDoc;

/// The whole OpenAPI document for the data in `catalog`: `base` (the
/// annotated routes) plus every dataset endpoint and chart (built from the
/// same descriptors as their routes), the shared answers, and the
/// document's metadata. (The earlier chart paths, `/charts/{dataset}.svg`,
/// only redirect; the README documents them.) Category filters and the compared
/// groups list the values the data holds as enums; `report` is an open
/// string, so that adding a report never breaks a generated client.
pub fn document(base: utoipa::openapi::OpenApi, catalog: &Catalog) -> utoipa::openapi::OpenApi {
    let mut doc = base;
    let reports: Vec<String> = catalog.reports.iter().map(|r| r.info.id.clone()).collect();
    let components = doc.components.get_or_insert_with(Default::default);
    for kind in all_kinds() {
        for &view in View::of(kind) {
            let table = view_table(kind, view);
            let row = row_schema_name(kind, view);
            components
                .schemas
                .insert(row.clone(), row_schema(kind, view, &table).into());
            components.schemas.insert(
                format!("{}Envelope", row.trim_end_matches("Row")),
                envelope_schema(&row).into(),
            );
        }
    }
    for endpoint in Endpoint::all() {
        let datasets: Vec<&Dataset> = catalog
            .reports
            .iter()
            .filter_map(|r| r.dataset(endpoint.kind.id))
            .map(|d| &**d)
            .collect();
        doc.paths.add_path_operation(
            endpoint.path(),
            vec![HttpMethod::Get],
            operation(endpoint, &datasets, &reports),
        );
    }
    add_item_operations(&mut doc, &reports, catalog);
    add_shared_responses(&mut doc);
    doc.servers = Some(vec![
        ServerBuilder::new()
            .url(".")
            .description(Some(
                "This service, relative to the document's own URL (so it holds under any path prefix)",
            ))
            .build(),
    ]);
    doc.security = Some(Vec::new());
    doc
}

/// The table an endpoint's rows come from, without rows: the kind's, or its
/// comparison view's.
fn view_table(kind: &'static DatasetKind, view: View) -> Table {
    let table = Table::for_kind(kind);
    match (view, kind.comparison) {
        (View::Comparison, Some(comparison)) => derived::compare(&table, &comparison, "first", "second"),
        _ => table,
    }
}

/// `TalentCitiesRow`, `TalentAgesComparisonRow`.
fn row_schema_name(kind: &DatasetKind, view: View) -> String {
    match view {
        View::Table => kind.row_schema_name(),
        View::Comparison => kind.row_schema_name().replace("Row", "ComparisonRow"),
    }
}

/// Values a category filter accepts: every value of its fields in the data
/// (every item, for a list filter), in table order.
fn category_values(tables: &[&Table], param: &str) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    let mut add = |text: &str| {
        if !values.iter().any(|v| v == text) {
            values.push(text.to_owned());
        }
    };
    for table in tables {
        let Some(filter) = table.filters.iter().find(|f| f.param == param) else {
            continue;
        };
        let (fields, list) = match &filter.rule {
            TableRule::Equals(fields) => (fields, false),
            TableRule::Includes(fields) => (fields, true),
            _ => continue,
        };
        for row in &table.rows {
            for &field in fields {
                let value = &row.0[field];
                match value.as_text() {
                    Some(text) if list => list_items(text).for_each(&mut add),
                    Some(text) => add(text),
                    None if *value != crate::data::value::Value::Null => add(&value.to_csv_field()),
                    None => {}
                }
            }
        }
    }
    values
}

/// The single-item operations (`/claims/{claim_id}`, `/positions/{name}`,
/// `/industries/{name}`) and the documents they answer. A position's or
/// industry's detail is the `Entity` schema with its row of the collection
/// as `summary` (`PositionsRow`, `IndustriesRow`).
fn add_item_operations(doc: &mut utoipa::openapi::OpenApi, reports: &[String], catalog: &Catalog) {
    let components = doc.components.get_or_insert_with(Default::default);
    for kind in [EntityKind::Position, EntityKind::Industry] {
        let item = Item::Entity(kind);
        let document = item.document_schema();
        let detail = document.replace("Document", "Detail");
        let row = all_kinds()
            .find(|k| k.id == kind.collection())
            .expect("a derived kind per entity kind")
            .row_schema_name();
        let mut schema = match <Entity as utoipa::PartialSchema>::schema() {
            RefOr::T(Schema::Object(object)) => object,
            _ => unreachable!("Entity is an object"),
        };
        schema.description = Some(format!(
            "Everything the report says about one {}: every figure of every row that names it, every label that names it, the charts silent about it and the claims that name it; `summary` is its row of `/{}`.",
            kind.code(),
            kind.collection()
        ));
        schema.properties.insert("summary".to_owned(), schema_ref(&row));
        schema.required.push("summary".to_owned());
        components.schemas.insert(detail.clone(), Schema::Object(schema).into());
        components.schemas.insert(
            document.to_owned(),
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(format!("One {}: `/{}/{{name}}`.", kind.code(), kind.collection())))
                .property("data", schema_ref(&detail))
                .required("data")
                .property("meta", schema_ref("ItemMeta"))
                .required("meta")
                .additional_properties(Some(AdditionalProperties::FreeForm(false)))
                .build()
                .into(),
        );
    }
    for item in Item::ALL {
        let names: Vec<String> = catalog
            .reports
            .iter()
            .flat_map(|r| match item {
                Item::Claim => r.derived.claims.iter().map(|c| c.claim_id.clone()).collect::<Vec<_>>(),
                Item::Entity(kind) => r
                    .derived
                    .entities
                    .of(kind)
                    .iter()
                    .map(|e| e.entity_id.clone())
                    .collect(),
            })
            .collect();
        let (summary, description, name_schema, name_description) = match item {
            Item::Claim => (
                "One claim of the report, with every figure it rests on".to_owned(),
                "One claim: the sentence as printed, its English, its page, the reading of its words, each check \
                 with both sides written out and every term's figures (dataset, row, value, and the endpoint serving \
                 it), the verdict computed from the served figures when the data loaded, and other readings with the \
                 verdict each would give. `decided_transcription` marks a sentence the seed used to read a chart: \
                 its verdict shows consistency, not independent confirmation."
                    .to_owned(),
                // An open string, like `report`: a report added later brings
                // claims that existing generated clients must be able to ask for.
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some(REPORT_ID_PATTERN))
                    .examples(names.iter().take(3).map(|n| serde_json::Value::from(n.as_str()))),
                "The claim's id, as listed by `/claims` (lower-case letters, digits and `-`). A well-formed id that \
                 names no claim answers 404.",
            ),
            Item::Entity(kind) => (
                format!("Every figure about one {}", kind.code()),
                format!(
                    "One {kind}: every figure of every chart row that names it (ranks, shares, salary) with the \
                     endpoint serving the row, every label that names it in charts and sentences (flagged where it may \
                     name another thing), the charts that say nothing about it, the claims that name it, and its row of \
                     `/{collection}` as `summary`.",
                    kind = kind.code(),
                    collection = kind.collection()
                ),
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .min_length(Some(1))
                    .examples(names.first().map(|n| serde_json::Value::from(n.as_str()))),
                match kind {
                    EntityKind::Position => {
                        "The position's id, Chinese name or English name (English without regard to case; percent-encoded), as listed by `/positions`."
                    }
                    EntityKind::Industry => {
                        "The industry's id, Chinese name or English name (English without regard to case; percent-encoded), as listed by `/industries`."
                    }
                },
            ),
        };
        let mut parameters = vec![
            ParameterBuilder::new()
                .name(item.param())
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .schema(Some(name_schema))
                .description(Some(name_description))
                .build(),
        ];
        parameters.extend(
            option_parameters(Representation::Envelope, &[], reports)
                .into_iter()
                .filter(|p| p.name == "report" || p.name == "lang"),
        );
        let lang = parameters
            .iter_mut()
            .find(|p| p.name == "lang")
            .expect("a lang parameter");
        lang.description = Some(
            "Language of the summary row's `label`: `zh` (as printed) or `en`. Every other text is given in both."
                .to_owned(),
        );
        let operation = OperationBuilder::new()
            .tag(match item {
                Item::Claim => "claims",
                Item::Entity(_) => "entities",
            })
            .operation_id(Some(item.noun().to_owned()))
            .summary(Some(summary))
            .description(Some(description))
            .parameters(Some(parameters))
            .response(
                "200",
                ResponseBuilder::new()
                    .description(format!("The {} and the metadata of the answer.", item.noun()))
                    .content(
                        "application/json",
                        Content::new(Some(schema_ref(item.document_schema()))),
                    )
                    .build(),
            )
            .response(
                "400",
                problem_response("400", "A parameter other than `report` and `lang`, or an invalid value"),
            )
            .response(
                "404",
                problem_response(
                    "404",
                    &format!(
                        "No such report, the report has no {}, or none of this id or name (the detail lists them)",
                        item.collection()
                    ),
                ),
            )
            .build();
        doc.paths
            .add_path_operation(item.path(), vec![HttpMethod::Get], operation);
    }
}

/// The shared answers, added to every operation that does not declare its
/// own: conditional 304s, query errors, the limits and faults of the
/// middleware; and the headers of successful answers.
fn add_shared_responses(doc: &mut utoipa::openapi::OpenApi) {
    let shared: [(&str, &str, &str); 11] = [
        (
            "304",
            "NotModified",
            "Not modified: the `If-None-Match` or `If-Modified-Since` validator still holds. No body.",
        ),
        (
            "400",
            "BadRequest",
            "A query parameter this operation does not take, an invalid value, or a malformed request.",
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
        ("414", "UriTooLong", "The path and query exceed 8 KiB."),
        (
            "429",
            "TooManyRequests",
            "The per-client rate limit was exceeded; wait `Retry-After` seconds.",
        ),
        ("431", "HeadersTooLarge", "The request headers exceed 16 KiB."),
        (
            "500",
            "InternalError",
            "The service failed to answer (a bug; the cause is logged with the request id).",
        ),
        (
            "503",
            "Unavailable",
            "The service cannot answer right now; retry after `Retry-After` seconds.",
        ),
        ("504", "Timeout", "The request took longer than the request timeout."),
        (
            "406",
            "NotAcceptable",
            "None of the content codings in `Accept-Encoding` can be produced (identity refused).",
        ),
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
                ("Cache-Control", "`max-age=…` (configurable)."),
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

/// One row: `label` and every field of the table, all required; nullable
/// only where the field can be null.
fn row_schema(kind: &DatasetKind, view: View, table: &Table) -> Object {
    let mut builder = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(format!(
            "One row of `{}`: every field, always present (JSON rows are not projected; `fields` selects columns of the CSV and NDJSON answers).",
            endpoint_path(kind, view, Representation::Envelope)
        )))
        .property(
            "label",
            typed(FieldType::Text, false).description(Some(format!(
                "The row's label in the language chosen by `lang`: `{}` (zh, default) or `{}` (en).",
                table.fields[table.label.0].name, table.fields[table.label.1].name
            ))),
        )
        .required("label");
    for field in &table.fields {
        builder = builder
            .property(
                field.name.as_ref(),
                typed(field.ty, field.nullable).description(Some(field.description.as_ref())),
            )
            .required(field.name.as_ref());
    }
    builder
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .build()
}

fn envelope_schema(row: &str) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(format!(
            "A dataset answer: the selected rows (`{row}`) and the metadata of the dataset and of the answer."
        )))
        .property("data", ArrayBuilder::new().items(schema_ref(row)))
        .required("data")
        .property("meta", schema_ref("DatasetMeta"))
        .required("meta")
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
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

fn field_list_pattern(names: &[String], signed: bool) -> String {
    let sign = if signed { "-?" } else { "" };
    let alternatives = names.join("|");
    format!("^{sign}({alternatives})(,{sign}({alternatives}))*$")
}

/// A report id: lower-case ASCII letters, digits and `-`, not starting with
/// `-`, at most 128 characters (as `query::options::is_report_id` checks).
const REPORT_ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,127}$";

/// The shared options a representation takes (see
/// `Representation::options`), documented.
fn option_parameters(representation: Representation, names: &[String], reports: &[String]) -> Vec<Parameter> {
    let mut parameters = Vec::new();
    for &option in representation.options() {
        let parameter = match option {
            "report" => {
                let mut builder = query_param(
                    "report",
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .pattern(Some(REPORT_ID_PATTERN))
                        .examples(reports.iter().map(|r| serde_json::Value::from(r.as_str()))),
                    "Report id, as listed by `GET /reports`. Default: the most recently published report. \
                     A well-formed id that names no report answers 404.",
                );
                if let Some(first) = reports.first() {
                    builder = builder.example(Some(first.clone().into()));
                }
                builder.build()
            }
            // One `Lang` schema for every operation, so that generated
            // clients have one enum type for it.
            "lang" => query_param(
                "lang",
                schema_ref("Lang"),
                if representation == Representation::Svg {
                    "Language of every text of the chart (title, unit, labels, legend, source line): `zh` (as printed, the default) or `en`."
                } else {
                    "Language of each row's `label`: `zh` (as printed, the default) or `en`. Both label fields stay in the row."
                },
            )
            .build(),
            "sort" => query_param(
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
            "fields" => query_param(
                "fields",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some(field_list_pattern(names, false))),
                &format!(
                    "Columns to answer, comma-separated, in this order. Fields: {}. Default: all.",
                    names.join(", ")
                ),
            )
            .build(),
            "limit" => query_param(
                "limit",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(0))
                    .maximum(Some(MAX_LIMIT as u64))
                    .default(Some(DEFAULT_LIMIT.into())),
                &format!("Rows per answer, 0 to {MAX_LIMIT} (0 answers no rows)."),
            )
            .build(),
            "offset" => query_param(
                "offset",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(0))
                    .maximum(Some(MAX_OFFSET as u64))
                    .default(Some(0.into())),
                "Rows to skip before the first row answered. A `Link` header gives the next and previous pages.",
            )
            .build(),
            "width" => query_param(
                "width",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(chart::MIN_WIDTH))
                    .maximum(Some(chart::MAX_WIDTH))
                    .default(Some(chart::DEFAULT_WIDTH.into())),
                &format!(
                    "Width of the chart in pixels, {} to {} (default {}).",
                    chart::MIN_WIDTH,
                    chart::MAX_WIDTH,
                    chart::DEFAULT_WIDTH
                ),
            )
            .build(),
            "height" => query_param(
                "height",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(chart::MIN_HEIGHT))
                    .maximum(Some(chart::MAX_HEIGHT)),
                &format!(
                    "Height of the chart in pixels, {} to {}: a minimum; the chart is always as tall as the selected rows need.",
                    chart::MIN_HEIGHT,
                    chart::MAX_HEIGHT
                ),
            )
            .build(),
            other => unreachable!("undocumented option {other}"),
        };
        parameters.push(parameter);
    }
    parameters
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
                (TableRule::Equals(_), FieldType::Integer) => ArrayBuilder::new()
                    .items(
                        ObjectBuilder::new().schema_type(Type::Integer).enum_values(Some(
                            values(&filter.param)
                                .iter()
                                .filter_map(|v| v.parse::<i64>().ok())
                                .map(serde_json::Value::from),
                        )),
                    )
                    .min_items(Some(1))
                    .into(),
                (TableRule::Equals(_) | TableRule::Includes(_), _) => ArrayBuilder::new()
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
            "none of the media types in Accept can be served; available: application/json (CSV and NDJSON are at the same path with .csv and .ndjson)",
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
        "500" => (
            "internal-error",
            "The service failed to answer; the cause has been logged.",
            None,
        ),
        "503" => ("unavailable", "The service cannot answer right now; retry later.", None),
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

/// The query parameters of a dataset endpoint: the options of its
/// representation, the compared groups of a comparison, and the filters of
/// its table.
fn endpoint_parameters(endpoint: Endpoint, datasets: &[&Dataset], reports: &[String]) -> Vec<Parameter> {
    let table = view_table(endpoint.kind, endpoint.view);
    let names: Vec<String> = std::iter::once("label".to_owned())
        .chain(table.fields.iter().map(|f| f.name.to_string()))
        .collect();
    let mut parameters = option_parameters(endpoint.representation, &names, reports);
    let tables: Vec<&Table> = match endpoint.view {
        View::Table => datasets.iter().map(|d| &d.table).collect(),
        View::Comparison => {
            let groups: Vec<String> = datasets.iter().flat_map(|d| d.groups()).fold(Vec::new(), |mut all, g| {
                if !all.contains(&g) {
                    all.push(g);
                }
                all
            });
            let group = endpoint.kind.comparison.map_or("group", |c| c.group);
            let enum_of_groups = || {
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(groups.iter().cloned()))
            };
            parameters.push(
                query_param(
                    "first",
                    enum_of_groups().default(groups.first().map(|g| g.clone().into())),
                    &format!(
                        "The first `{group}` compared; `difference_pp` is first minus second. Default: {}.",
                        groups.first().map_or("none", String::as_str)
                    ),
                )
                .build(),
            );
            parameters.push(
                query_param(
                    "second",
                    enum_of_groups(),
                    &format!(
                        "The second `{group}` compared. Default: the first `{group}` other than `first` (so \
                         `first={}` alone compares with {}). Naming the same group twice compares it with itself \
                         (every difference 0).",
                        groups.get(1).map_or("…", String::as_str),
                        groups.first().map_or("…", String::as_str)
                    ),
                )
                .build(),
            );
            datasets
                .iter()
                .flat_map(|d| d.comparisons.iter().map(|(_, t)| t))
                .collect()
        }
    };
    parameters.extend(filter_parameters(&table.filters, |param| {
        category_values(&tables, param)
    }));
    parameters
}

/// The operation of one dataset endpoint: one media type and one row type
/// per answer.
fn operation(endpoint: Endpoint, datasets: &[&Dataset], reports: &[String]) -> utoipa::openapi::path::Operation {
    let kind = endpoint.kind;
    let row = row_schema_name(kind, endpoint.view);
    let envelope = format!("{}Envelope", row.trim_end_matches("Row"));
    let json_path = endpoint_path(kind, endpoint.view, Representation::Envelope);
    let text = |description: &str| {
        Content::new(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(description)),
        ))
    };
    let (what, view_summary) = match endpoint.view {
        View::Table => (kind.description.to_owned(), kind.summary.to_owned()),
        View::Comparison => (
            format!(
                "The comparison of two groups of `{}`: one row per band present in both, with both figures \
                 side by side and their difference in percentage points (first minus second, exact).",
                kind.path
            ),
            format!("{}: two groups compared", kind.summary),
        ),
    };
    let (operation_suffix, tag, summary, description, ok) = match endpoint.representation {
        Representation::Envelope => (
            "",
            kind.tag,
            view_summary,
            format!(
                "{what}\n\nAnswers `{{\"data\": [rows], \"meta\": DatasetMeta}}`. The same rows as a bare array are at \
                 `{json_path}/rows`, as CSV at `{json_path}.csv`, as NDJSON at `{json_path}.ndjson`, drawn at `{json_path}.svg`."
            ),
            ResponseBuilder::new()
                .description("The dataset's rows and metadata.")
                .content("application/json", Content::new(Some(schema_ref(&envelope))))
                .header(
                    "Link",
                    string_header("RFC 8288 links to the `next` and `prev` pages, where they exist."),
                )
                .build(),
        ),
        Representation::Rows => (
            "_rows",
            kind.tag,
            format!("{view_summary} (rows only)"),
            format!("{what}\n\nAnswers the bare JSON array of the rows `{json_path}` wraps in its envelope."),
            ResponseBuilder::new()
                .description("The selected rows.")
                .content(
                    "application/json",
                    Content::new(Some(ArrayBuilder::new().items(schema_ref(&row)))),
                )
                .header(
                    "Link",
                    string_header("RFC 8288 links to the `next` and `prev` pages, where they exist."),
                )
                .build(),
        ),
        Representation::Csv => (
            "_csv",
            kind.tag,
            format!("{view_summary} (CSV)"),
            format!(
                "{what}\n\nAnswers UTF-8 CSV with a byte-order mark (so spreadsheets keep the Chinese labels), CRLF line \
                 ends and a header row of field names; `fields` chooses the columns. Figures keep their printed digits."
            ),
            ResponseBuilder::new()
                .description("The selected rows as CSV.")
                .content(
                    "text/csv",
                    text("UTF-8 CSV with a byte-order mark and a header row of field names."),
                )
                .header(
                    "Link",
                    string_header(if kind.is_derived() {
                        // The derived tables are not resources of the package.
                        "RFC 8288 links to the `next` and `prev` pages, where they exist."
                    } else {
                        "RFC 8288 links: `describedby`, the Data Package of the rows' report \
                         (`/reports/{report_id}/datapackage.json`, which describes the whole dataset: types, units, \
                         sources, licences, citation), and the `next` and `prev` pages, where they exist."
                    }),
                )
                .build(),
        ),
        Representation::Ndjson => (
            "_ndjson",
            kind.tag,
            format!("{view_summary} (NDJSON)"),
            format!(
                "{what}\n\nAnswers one JSON row object per line (newline-delimited JSON); `fields` chooses the fields."
            ),
            ResponseBuilder::new()
                .description("The selected rows, one JSON object per line.")
                .content("application/x-ndjson", text("One JSON row object per line."))
                .header(
                    "Link",
                    string_header("RFC 8288 links to the `next` and `prev` pages, where they exist."),
                )
                .build(),
        ),
        Representation::Svg => (
            "_chart",
            "charts",
            format!("Chart: {view_summary}"),
            format!(
                "`{json_path}` drawn as an SVG chart: the rows its query selects, in that order, sized by `width` and \
                 `height`. A standalone SVG document whose texts are `<text>` elements (the viewer's fonts draw them), with \
                 the chart's title, unit, axis and value labels, a legend, and the source line (publisher, report, page, \
                 chart); rows flagged uncertain are drawn paler and marked `(?)`."
            ),
            ResponseBuilder::new()
                .description("The chart, an SVG 1.1 document.")
                .content(chart::SVG, text("SVG 1.1 document"))
                .build(),
        ),
    };
    let view_suffix = match endpoint.view {
        View::Table => "",
        View::Comparison => "_comparison",
    };
    let mut builder = OperationBuilder::new()
        .tag(tag)
        .operation_id(Some(format!(
            "{}{view_suffix}{operation_suffix}",
            kind.id.replace('-', "_")
        )))
        .summary(Some(summary))
        .description(Some(description))
        .parameters(Some(endpoint_parameters(endpoint, datasets, reports)))
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
        );
    if matches!(endpoint.representation, Representation::Envelope | Representation::Rows) {
        builder = builder.response(
            "406",
            problem_response(
                "406",
                "`Accept` rules out JSON and every other representation (or a content coding `Accept-Encoding` requires)",
            ),
        );
    }
    if endpoint.representation == Representation::Envelope {
        builder = builder.response(
            "303",
            ResponseBuilder::new()
                .description(format!(
                    "`Accept` prefers CSV or NDJSON to JSON: see `{json_path}.csv` or `{json_path}.ndjson` (relative `Location`)."
                ))
                .header("Location", string_header("The CSV or NDJSON endpoint, relative to this one."))
                .build(),
        );
        if endpoint.view == View::Table {
            builder = builder.response(
                "308",
                ResponseBuilder::new()
                    .description(
                        "The request uses the API's earlier parameters `format`, `shape` or `compare` (not listed here): \
                         the endpoint that serves it now, with the same query otherwise (relative `Location`).",
                    )
                    .header("Location", string_header("The endpoint that serves this request now."))
                    .build(),
            );
        }
    }
    builder.build()
}
