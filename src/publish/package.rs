//! A report as a Frictionless Data Package (v2): the descriptor
//! ([`DataPackage`]), one tabular resource per dataset, each with its Table
//! Schema, CSV dialect, sources, licences, citation and uncertainty notes.
//!
//! Properties the Data Package standard does not define are this service's
//! own (v2 allows them on every descriptor); they keep the names the API
//! uses in `meta` (`unit`, `unit_en`, `page_printed`, `uncertainty_note`,
//! …), and `_zh` marks a Chinese twin of a standard English property
//! (`title_zh`). The README lists them.

use serde::Serialize;
use utoipa::ToSchema;

use crate::data::{
    catalog::{Catalog, Dataset, MonthRange, ReportEntry},
    citation::Citation,
    kinds::{FieldType, RuleSpec},
    table::Table,
    vocabulary::field_term,
};
use crate::query::{
    options::{
        DATABASE_PATH, DEFAULT_LIMIT, MAX_LIMIT, Representation, View, endpoint_path, package_path,
        package_resource_path, package_zip_path,
    },
    render::cited_url,
};

/// The Data Package profile this descriptor follows (v2).
pub const PACKAGE_PROFILE: &str = "https://datapackage.org/profiles/2.0/datapackage.json";
const SCHEMA_PROFILE: &str = "https://datapackage.org/profiles/2.0/tableschema.json";
const DIALECT_PROFILE: &str = "https://datapackage.org/profiles/2.0/tabledialect.json";

/// The licence of this project's transcription, translations and metadata.
pub const DATA_LICENSE: (&str, &str) = ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/");

/// The figures are the publisher's, under no open licence: the Open
/// Definition's id for "Other (Not Open)".
pub const FIGURES_LICENSE: &str = "other-closed";

/// A report as a Frictionless Data Package (v2): metadata, and one tabular
/// resource per dataset whose `path` (`data/{dataset}.csv`) resolves against
/// the descriptor's own URL (`/reports/{report_id}/data/{dataset}.csv`) and,
/// inside `datapackage.zip`, against the zip's root.
#[derive(Debug, Serialize, ToSchema)]
pub struct DataPackage {
    /// The profile: Data Package v2.
    #[serde(rename = "$schema")]
    #[schema(example = "https://datapackage.org/profiles/2.0/datapackage.json")]
    pub profile: String,
    /// The report id.
    #[schema(example = "maimai-aigc-talent-2023")]
    pub name: String,
    /// The report's title in English.
    pub title: String,
    /// The report's title as printed.
    pub title_zh: String,
    pub description: String,
    /// The report in this service's catalogue (a path under its base path).
    #[schema(example = "/reports/maimai-aigc-talent-2023")]
    pub homepage: String,
    /// When this transcription was last revised (RFC 3339, UTC).
    #[schema(example = "2026-11-29T16:00:00Z")]
    pub created: String,
    pub keywords: Vec<String>,
    pub contributors: Vec<Contributor>,
    /// The report the figures come from.
    pub sources: Vec<Source>,
    /// What applies to the figures (the publisher's) and to this project's
    /// transcription, translations and metadata.
    pub licenses: Vec<License>,
    /// How to cite the report as transcribed here.
    pub citation: Citation,
    /// Version of the data: a digest of every report, dataset and row.
    #[schema(example = "3f2a9c1b7d4e5f60")]
    pub data_version: String,
    /// The datasets whose reading of the report is uncertain, and why.
    pub uncertainty_notes: Vec<UncertaintyNote>,
    /// Where this service serves the package and the database.
    pub links: PackageLinks,
    /// One tabular resource per dataset, in the order of the report.
    pub resources: Vec<DataResource>,
}

/// A person or organisation behind the package.
#[derive(Debug, Serialize, ToSchema)]
pub struct Contributor {
    pub title: String,
    /// Roles, as DataCite names them (`rightsHolder`, `creator`, …).
    pub roles: Vec<String>,
}

/// A source of the data.
#[derive(Debug, Serialize, ToSchema)]
pub struct Source {
    /// The publication (and, for a resource, its chart and page).
    pub title: String,
}

/// A licence, or the rights that apply where no open licence is granted.
#[derive(Debug, Serialize, ToSchema)]
pub struct License {
    /// An Open Definition licence id: `CC-BY-4.0` for this project's
    /// transcription, `other-closed` ("Other (Not Open)") for the
    /// publisher's figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "CC-BY-4.0")]
    pub name: Option<String>,
    /// The licence text; absent where no open licence is granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "https://creativecommons.org/licenses/by/4.0/")]
    pub path: Option<String>,
    /// What the licence applies to, or the statement of rights.
    pub title: String,
}

/// Why one dataset's reading is uncertain.
#[derive(Debug, Serialize, ToSchema)]
pub struct UncertaintyNote {
    /// The resource (dataset) name.
    #[schema(example = "heat-index")]
    pub resource: String,
    /// Rows flagged `uncertain`.
    pub uncertain_rows: usize,
    pub note: String,
}

/// The package's downloads on this service (paths under its base path).
#[derive(Debug, Serialize, ToSchema)]
pub struct PackageLinks {
    /// This descriptor.
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.json")]
    pub datapackage: String,
    /// The descriptor and every CSV in one zip.
    #[schema(example = "/reports/maimai-aigc-talent-2023/datapackage.zip")]
    pub zip: String,
    /// The whole SQLite database the service answers from.
    #[schema(example = "/talent.db")]
    pub database: String,
}

/// One dataset as a tabular resource: its CSV, described.
#[derive(Debug, Serialize, ToSchema)]
pub struct DataResource {
    /// The dataset kind.
    #[schema(example = "talent-cities")]
    pub name: String,
    #[serde(rename = "type")]
    #[schema(example = "table")]
    pub type_: String,
    /// The CSV, relative to the descriptor (online and in the zip).
    #[schema(example = "data/talent-cities.csv")]
    pub path: String,
    #[schema(example = "csv")]
    pub format: String,
    #[schema(example = "text/csv")]
    pub mediatype: String,
    /// UTF-8; the file starts with a byte-order mark (read as `utf-8-sig`).
    #[schema(example = "utf-8")]
    pub encoding: String,
    /// Size of the CSV in bytes.
    pub bytes: u64,
    /// `sha256:` and the SHA-256 of the CSV, hex.
    pub hash: String,
    /// The chart's title in English.
    pub title: String,
    /// The chart's title as printed.
    pub title_zh: String,
    pub description: String,
    /// The chart of the report the rows transcribe.
    pub sources: Vec<Source>,
    pub licenses: Vec<License>,
    /// How to cite the chart (the same as `meta.citation` of the dataset).
    pub citation: Citation,
    /// The dataset on this service: its JSON, CSV and chart (paths under
    /// the base path).
    pub links: ResourceLinks,
    /// Unit as printed (or as the chart implies).
    pub unit: String,
    pub unit_en: String,
    /// The report's own word for the statistic, as printed.
    #[schema(required = true)]
    pub statistic: Option<String>,
    pub statistic_en: String,
    /// Page of the report (1-based).
    pub page: i64,
    /// The page marker as printed; null when the text has none.
    #[schema(required = true)]
    pub page_printed: Option<String>,
    #[schema(required = true)]
    pub page_note: Option<String>,
    /// The chart's footnote as printed.
    #[schema(required = true)]
    pub footnote: Option<String>,
    #[schema(required = true)]
    pub data_range: Option<MonthRange>,
    pub transcription_note: String,
    /// True when some of the mapping from text to figures is a reading the
    /// report does not decide (rows flagged, or the whole dataset).
    pub uncertain: bool,
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    pub uncertain_rows: usize,
    /// Rows in the CSV.
    pub row_count: usize,
    pub dialect: Dialect,
    pub schema: TableSchema,
}

/// Where a dataset is served (paths under the base path).
#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceLinks {
    /// The JSON envelope (rows and `meta`).
    #[schema(example = "/talent/cities?report=maimai-aigc-talent-2023")]
    pub json: String,
    /// The CSV endpoint: the same bytes as this resource's file.
    #[schema(example = "/talent/cities.csv?report=maimai-aigc-talent-2023")]
    pub csv: String,
    /// The SVG chart.
    #[schema(example = "/talent/cities.svg?report=maimai-aigc-talent-2023")]
    pub chart: String,
}

/// The CSV dialect of every answer: a header row, commas, CRLF, `"` quotes
/// doubled inside quoted values.
#[derive(Debug, Serialize, ToSchema)]
pub struct Dialect {
    #[serde(rename = "$schema")]
    pub profile: String,
    pub header: bool,
    pub delimiter: String,
    #[serde(rename = "lineTerminator")]
    pub line_terminator: String,
    #[serde(rename = "quoteChar")]
    pub quote_char: String,
    #[serde(rename = "doubleQuote")]
    pub double_quote: bool,
}

/// A Table Schema: the CSV's columns, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct TableSchema {
    #[serde(rename = "$schema")]
    pub profile: String,
    pub fields: Vec<TableSchemaField>,
    /// The fields that identify a row.
    #[serde(rename = "primaryKey")]
    pub primary_key: Vec<String>,
    /// Cells read as missing: the empty string only (a null).
    #[serde(rename = "missingValues")]
    pub missing_values: Vec<String>,
}

/// One column.
#[derive(Debug, Serialize, ToSchema)]
pub struct TableSchemaField {
    pub name: String,
    /// `string`, `integer`, `number` (exact decimals as printed),
    /// `boolean` or `yearmonth`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Title in English.
    pub title: String,
    /// Title in Chinese.
    pub title_zh: String,
    /// What the field means, with its unit.
    pub description: String,
    /// Unit of a figure, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Unit of a figure, in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_en: Option<String>,
    /// Booleans: the text of true.
    #[serde(rename = "trueValues", skip_serializing_if = "Option::is_none")]
    pub true_values: Option<Vec<String>>,
    /// Booleans: the text of false.
    #[serde(rename = "falseValues", skip_serializing_if = "Option::is_none")]
    pub false_values: Option<Vec<String>>,
    pub constraints: Constraints,
}

/// What a column's values keep to.
#[derive(Debug, Serialize, ToSchema)]
pub struct Constraints {
    /// Every row has a value.
    pub required: bool,
    /// The values a category takes, as in the data.
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub enum_: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<i64>,
}

/// The query the CSV of a package resource answers: the whole dataset of
/// the report.
pub fn resource_query(report_id: &str) -> Vec<(String, String)> {
    vec![
        ("report".to_owned(), report_id.to_owned()),
        ("limit".to_owned(), MAX_LIMIT.to_string()),
    ]
}

/// The canonical CSV endpoint of a dataset of a report, under `base`: its
/// CSV path with `?report=` (and a `limit` that holds every row, when the
/// default page would not).
fn csv_url(base: &str, dataset: &Dataset) -> String {
    let path = endpoint_path(dataset.kind, View::Table, Representation::Csv);
    let mut url = format!("{base}{path}?report={}", dataset.report.id);
    if dataset.table.rows.len() > DEFAULT_LIMIT {
        url.push_str(&format!("&limit={MAX_LIMIT}"));
    }
    url
}

fn licenses(report: &ReportEntry, scope: &str) -> Vec<License> {
    let info = &report.info;
    vec![
        License {
            name: Some(FIGURES_LICENSE.to_owned()),
            path: None,
            title: format!(
                "The figures, chart titles and labels as printed are {publisher_en}'s ({publisher}), from \
                 《{title}》; they are quoted here for reference, with attribution, and this project grants \
                 no licence to them. Ask the publisher before reusing them beyond quotation.",
                publisher_en = info.publisher_en,
                publisher = info.publisher,
                title = info.title,
            ),
        },
        License {
            name: Some(DATA_LICENSE.0.to_owned()),
            path: Some(DATA_LICENSE.1.to_owned()),
            title: format!(
                "Creative Commons Attribution 4.0: this project's transcription of {scope} (the reading of \
                 the figures from the text, English translations, notes and metadata). Cite it as `citation` \
                 says."
            ),
        },
    ]
}

/// The values a category field takes: every value of the field in the
/// data, in table order, when one of the kind's filters matches on it by
/// equality; the fixed list when a filter takes one of a list. `None` for
/// other fields (figures, free text, booleans).
fn categories(dataset: &Dataset, field: &str, ty: FieldType) -> Option<Vec<String>> {
    if ty != FieldType::Text {
        return None;
    }
    let table = &dataset.table;
    for filter in dataset.kind.filters {
        match filter.rule {
            RuleSpec::OneOf(name, values) if name == field => {
                return Some(values.iter().map(|v| v.to_string()).collect());
            }
            RuleSpec::Equals(names) if names.contains(&field) => {
                let index = table.field_index(field)?;
                let mut values: Vec<String> = Vec::new();
                for row in &table.rows {
                    if let Some(text) = row.0[index].as_text()
                        && !values.iter().any(|v| v == text)
                    {
                        values.push(text.to_owned());
                    }
                }
                return Some(values);
            }
            _ => {}
        }
    }
    None
}

fn schema_field(dataset: &Dataset, table: &Table, column: usize) -> TableSchemaField {
    let field = &table.fields[column];
    let term = field_term(&field.name);
    let (title, title_zh) = term.map_or((field.name.as_ref(), field.name.as_ref()), |t| (t.title, t.title_zh));
    let type_ = match field.ty {
        FieldType::Text => "string",
        FieldType::Month => "yearmonth",
        FieldType::Integer => "integer",
        FieldType::Figure => "number",
        FieldType::Boolean => "boolean",
    };
    let boolean = field.ty == FieldType::Boolean;
    let figure = field.ty == FieldType::Figure;
    TableSchemaField {
        name: field.name.to_string(),
        type_: type_.to_owned(),
        title: title.to_owned(),
        title_zh: title_zh.to_owned(),
        description: field.description.to_string(),
        unit: figure.then(|| dataset.info.unit.clone()),
        unit_en: figure.then(|| dataset.info.unit_en.clone()),
        true_values: boolean.then(|| vec!["true".to_owned()]),
        false_values: boolean.then(|| vec!["false".to_owned()]),
        constraints: Constraints {
            required: !field.nullable,
            enum_: categories(dataset, &field.name, field.ty),
            minimum: term.and_then(|t| t.minimum),
            maximum: term.and_then(|t| t.maximum),
        },
    }
}

/// The Table Schema of a dataset's CSV: `label` (the row's label as
/// printed, as in every CSV answer in the default language) then every
/// field.
fn table_schema(dataset: &Dataset) -> TableSchema {
    let table = &dataset.table;
    let (zh, en) = (&table.fields[table.label.0].name, &table.fields[table.label.1].name);
    let label_term = field_term("label");
    let label = TableSchemaField {
        name: "label".to_owned(),
        type_: "string".to_owned(),
        title: label_term.map_or("Label", |t| t.title).to_owned(),
        title_zh: label_term.map_or("标签", |t| t.title_zh).to_owned(),
        description: format!(
            "The row's label as printed: `{zh}` (the English label is `{en}`). CSV answers with `?lang=en` put `{en}` here."
        ),
        unit: None,
        unit_en: None,
        true_values: None,
        false_values: None,
        constraints: Constraints {
            required: true,
            enum_: None,
            minimum: None,
            maximum: None,
        },
    };
    let mut fields = vec![label];
    fields.extend((0..table.fields.len()).map(|i| schema_field(dataset, table, i)));
    TableSchema {
        profile: SCHEMA_PROFILE.to_owned(),
        fields,
        primary_key: dataset.kind.primary_key.iter().map(|k| k.to_string()).collect(),
        missing_values: vec![String::new()],
    }
}

/// The resource of one dataset, whose CSV (`csv`, as the CSV endpoint
/// answers it) is `bytes` long with SHA-256 `sha256`.
pub fn resource(base: &str, catalog: &Catalog, report: &ReportEntry, dataset: &Dataset, csv: &[u8]) -> DataResource {
    use sha2::{Digest, Sha256};
    let info = &dataset.info;
    let kind = dataset.kind;
    let with_report = |representation| {
        format!(
            "{base}{}?report={}",
            endpoint_path(kind, View::Table, representation),
            report.info.id
        )
    };
    let page = match &info.page_printed {
        Some(printed) => format!("page {} (printed {printed})", info.page),
        None => format!("page {} (no page marker printed)", info.page),
    };
    let mut description = kind.description.to_owned();
    if let Some(note) = info.uncertainty_note.as_ref().filter(|_| info.uncertain) {
        description.push_str(&format!("\n\nUncertain reading: {note}"));
    }
    DataResource {
        name: kind.id.to_owned(),
        type_: "table".to_owned(),
        path: package_resource_path(kind),
        format: "csv".to_owned(),
        mediatype: "text/csv".to_owned(),
        encoding: "utf-8".to_owned(),
        bytes: csv.len() as u64,
        hash: format!(
            "sha256:{}",
            Sha256::digest(csv)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        ),
        title: info.title_en.clone(),
        title_zh: info.title.clone(),
        description,
        sources: vec![Source {
            title: format!(
                "{publisher} ({publisher_en}), 《{title}》 ({title_en}), {published_on}: chart “{chart}”, {page}",
                publisher = report.info.publisher,
                publisher_en = report.info.publisher_en,
                title = report.info.title,
                title_en = report.info.title_en,
                published_on = report.info.published_on,
                chart = info.title,
            ),
        }],
        licenses: licenses(report, &format!("the chart “{}”", info.title)),
        citation: Citation::chart(
            &report.info,
            info,
            &cited_url(base, dataset, None),
            &catalog.data_version,
        ),
        links: ResourceLinks {
            json: with_report(Representation::Envelope),
            csv: csv_url(base, dataset),
            chart: with_report(Representation::Svg),
        },
        unit: info.unit.clone(),
        unit_en: info.unit_en.clone(),
        statistic: info.statistic.clone(),
        statistic_en: info.statistic_en.clone(),
        page: info.page,
        page_printed: info.page_printed.clone(),
        page_note: info.page_note.clone(),
        footnote: info.footnote.clone(),
        data_range: info.data_range.clone(),
        transcription_note: info.transcription_note.clone(),
        uncertain: info.uncertain,
        uncertainty_note: info.uncertainty_note.clone(),
        uncertain_rows: info.uncertain_rows,
        row_count: dataset.table.rows.len(),
        dialect: Dialect {
            profile: DIALECT_PROFILE.to_owned(),
            header: true,
            delimiter: ",".to_owned(),
            line_terminator: "\r\n".to_owned(),
            quote_char: "\"".to_owned(),
            double_quote: true,
        },
        schema: table_schema(dataset),
    }
}

/// The descriptor of a report's package, whose resources (one per dataset,
/// in order) are given.
pub fn descriptor(base: &str, catalog: &Catalog, report: &ReportEntry, resources: Vec<DataResource>) -> DataPackage {
    let info = &report.info;
    let id = &info.id;
    let uncertainty_notes = report
        .datasets
        .iter()
        .filter(|d| d.info.uncertain)
        .map(|d| UncertaintyNote {
            resource: d.kind.id.to_owned(),
            uncertain_rows: d.info.uncertain_rows,
            note: d.info.uncertainty_note.clone().unwrap_or_default(),
        })
        .collect();
    let mut description = format!(
        "Every chart of 《{title}》 ({title_en}), published by {publisher} ({publisher_en}) on {published_on}, \
         data {start} to {end}, transcribed as printed: one CSV per chart. Chinese labels are verbatim with \
         English translations beside them; figures keep the digits the report prints. Where the report's text \
         does not decide how a figure maps to its label, the reading used is flagged (`uncertain`) and explained \
         (`uncertainty_note`).",
        title = info.title,
        title_en = info.title_en,
        publisher = info.publisher,
        publisher_en = info.publisher_en,
        published_on = info.published_on,
        start = info.data_range.start,
        end = info.data_range.end,
    );
    if let Some(notes) = &info.notes {
        description.push_str(&format!("\n\n{notes}"));
    }
    description.push_str(&format!("\n\nSource: {}", info.source));
    DataPackage {
        profile: PACKAGE_PROFILE.to_owned(),
        name: id.clone(),
        title: info.title_en.clone(),
        title_zh: info.title.clone(),
        description,
        homepage: format!("{base}/reports/{id}"),
        created: info.revised_at.clone(),
        keywords: [
            "AIGC",
            "AI-generated content",
            "talent",
            "labour market",
            "China",
            "Maimai",
            "脉脉",
            "人才趋势",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect(),
        contributors: vec![
            Contributor {
                title: format!("{} ({})", info.publisher, info.publisher_en),
                roles: vec!["rightsHolder".to_owned()],
            },
            Contributor {
                title: "talent-trends-api maintainers (transcription)".to_owned(),
                roles: vec!["creator".to_owned(), "dataCurator".to_owned()],
            },
        ],
        sources: vec![Source {
            title: format!(
                "{publisher} ({publisher_en}), 《{title}》 ({title_en}), published {published_on}",
                publisher = info.publisher,
                publisher_en = info.publisher_en,
                title = info.title,
                title_en = info.title_en,
                published_on = info.published_on,
            ),
        }],
        licenses: licenses(report, "the report"),
        citation: Citation::report(info, &format!("{base}{}", package_path(id)), &catalog.data_version),
        data_version: catalog.data_version.clone(),
        uncertainty_notes,
        links: PackageLinks {
            datapackage: format!("{base}{}", package_path(id)),
            zip: format!("{base}{}", package_zip_path(id)),
            database: format!("{base}{DATABASE_PATH}"),
        },
        resources,
    }
}
