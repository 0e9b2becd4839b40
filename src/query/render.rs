//! A dataset answer: the query validated and selected, its rows rendered as
//! JSON (envelope or bare array), CSV or NDJSON as the endpoint's path says,
//! with its paging links ([`dataset_answer`]). One
//! implementation for every dataset; the HTTP handler only caches and sends
//! the answer.

use serde::{
    Serialize, Serializer,
    ser::{SerializeMap, SerializeSeq},
};
use utoipa::ToSchema;

use super::options::{Lang, Representation, View};
use super::params::Params;
use super::plan::{Column, Plan, ResolvedQuery, SelectedRows, select};
use crate::data::{
    catalog::{Catalog, Dataset, MonthRange},
    citation::Citation,
    kinds::DatasetKind,
    table::{Row, Table},
};
use crate::error::ApiError;

/// The report a dataset answer comes from.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportRef {
    #[schema(example = "maimai-aigc-talent-2023")]
    pub id: String,
    #[schema(example = "2023 AIGC人才趋势报告")]
    pub title: String,
    #[schema(example = "2023 AIGC Talent Trends Report")]
    pub title_en: String,
    #[schema(example = "脉脉高聘人才智库")]
    pub publisher: String,
    #[schema(example = "2023-03-30")]
    pub published_on: String,
}

/// Where in the report the figures are printed.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceRef {
    /// Data source (数据来源) as printed.
    #[schema(example = "脉脉高聘人才智库")]
    pub publisher: String,
    /// Chart title as printed.
    #[schema(example = "AIGC人才主要分布城市TOP10")]
    pub chart: String,
    /// Page of the report.
    #[schema(example = 9)]
    pub page: i64,
    /// Page marker as printed (`—9—`); null when the text has none
    /// (`page_note` says why and how `page` was inferred).
    #[schema(required = true, example = "—9—")]
    pub page_printed: Option<String>,
    /// Why `page_printed` is null; null when the marker is printed.
    pub page_note: Option<String>,
    /// The chart's footnote as printed.
    #[schema(required = true)]
    pub footnote: Option<String>,
}

/// Metadata of a dataset answer: provenance, units, reliability and paging.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetMeta {
    pub report: ReportRef,
    /// Dataset kind.
    #[schema(example = "talent-cities")]
    pub dataset: String,
    /// Chart title as printed.
    #[schema(example = "AIGC人才主要分布城市TOP10")]
    pub title: String,
    #[schema(example = "Top 10 cities by share of AIGC talent")]
    pub title_en: String,
    /// Unit as printed.
    #[schema(example = "%")]
    pub unit: String,
    #[schema(example = "percent of AIGC talent")]
    pub unit_en: String,
    pub source: SourceRef,
    /// The report's own word for what the figures measure, as printed
    /// (`年薪水平`); null when the chart prints only a unit such as `%`.
    #[schema(required = true)]
    pub statistic: Option<String>,
    /// What each figure is, in English, and whether the report names the
    /// statistic.
    #[schema(example = "Share of the report's AIGC talent in each city, in percent.")]
    pub statistic_en: String,
    /// Months the chart's figures cover (per its footnote, unless the chart
    /// shows otherwise; see `transcription_note`).
    #[schema(required = true)]
    pub data_range: Option<MonthRange>,
    /// How the figures were read from the extracted text.
    pub transcription_note: String,
    /// True when part of the mapping from text to figures is a reading the
    /// report does not decide: the dataset is flagged, or any of its rows is.
    /// The same value as the dataset's `uncertain` in `/reports`.
    pub uncertain: bool,
    /// Why, whenever `uncertain` is true (the dataset's own note, or one
    /// composed from its rows'); null otherwise.
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    /// Rows of this dataset flagged uncertain.
    pub uncertain_rows: usize,
    /// Rows in the dataset (before filtering).
    #[schema(example = 10)]
    pub row_count: usize,
    /// Rows matching the filters (before paging).
    #[schema(example = 10)]
    pub total: usize,
    /// Rows in this answer.
    #[schema(example = 10)]
    pub returned: usize,
    #[schema(example = 100)]
    pub limit: usize,
    #[schema(example = 0)]
    pub offset: usize,
    /// Language of `label`.
    #[schema(example = "zh")]
    pub lang: String,
    /// Fields of each row, in order.
    pub fields: Vec<String>,
    /// The compared groups (first, second) of a comparison view
    /// (`/talent/ages/comparison`); null for the dataset's own rows.
    #[schema(required = true, example = json!(["aigc", "internet"]))]
    pub compared: Option<Vec<String>>,
    /// Version of the data: a digest of every report, dataset and row, so it
    /// changes with any change of content and equal versions mean equal data.
    #[schema(example = "3f2a9c1b7d4e5f60")]
    pub data_version: String,
    /// How to cite this chart: publisher, report title and year, chart title
    /// and page, this transcription's data version, and the URL of this
    /// dataset's answer (a path under the service's base path; prefix it
    /// with the address you reached the service at). The same citation as
    /// the dataset's resource in the report's Data Package.
    pub citation: Citation,
}

/// The URL a dataset answer is cited under: its JSON endpoint for its report
/// (and the compared groups, for a comparison), under `base`:
/// `/talent/cities?report=maimai-aigc-talent-2023`.
pub fn cited_url(base: &str, dataset: &Dataset, compare: Option<&(String, String)>) -> String {
    let report = &dataset.report.id;
    match compare {
        None => format!("{base}{}?report={report}", dataset.kind.path),
        Some((first, second)) => {
            let mut query = form_urlencoded::Serializer::new(String::new());
            query.append_pair("report", report);
            query.append_pair("first", first);
            query.append_pair("second", second);
            format!(
                "{base}{}?{}",
                super::options::endpoint_path(dataset.kind, View::Comparison, Representation::Envelope),
                query.finish()
            )
        }
    }
}

impl DatasetMeta {
    pub fn new(
        dataset: &Dataset,
        table: &Table,
        plan: &Plan,
        selection: &SelectedRows<'_>,
        compare: Option<&(String, String)>,
        data_version: &str,
    ) -> DatasetMeta {
        let info = &dataset.info;
        let report = &dataset.report;
        DatasetMeta {
            report: ReportRef {
                id: report.id.clone(),
                title: report.title.clone(),
                title_en: report.title_en.clone(),
                publisher: report.publisher.clone(),
                published_on: report.published_on.clone(),
            },
            dataset: info.dataset.clone(),
            title: info.title.clone(),
            title_en: info.title_en.clone(),
            unit: info.unit.clone(),
            unit_en: info.unit_en.clone(),
            source: SourceRef {
                publisher: info.publisher.clone(),
                chart: info.title.clone(),
                page: info.page,
                page_printed: info.page_printed.clone(),
                page_note: info.page_note.clone(),
                footnote: info.footnote.clone(),
            },
            statistic: info.statistic.clone(),
            statistic_en: info.statistic_en.clone(),
            data_range: info.data_range.clone(),
            transcription_note: info.transcription_note.clone(),
            uncertain: info.uncertain,
            uncertainty_note: info.uncertainty_note.clone(),
            uncertain_rows: info.uncertain_rows,
            row_count: table.rows.len(),
            total: selection.total,
            returned: selection.rows.len(),
            limit: plan.limit,
            offset: plan.offset,
            lang: plan.lang.code().to_owned(),
            fields: plan.columns.iter().map(|c| c.name(table).to_owned()).collect(),
            compared: compare.map(|(a, b)| vec![a.clone(), b.clone()]),
            data_version: data_version.to_owned(),
            citation: Citation::chart(report, info, &cited_url("", dataset, compare), data_version),
        }
    }
}

/// One row as a JSON object, `label` in `lang` then every field, figures
/// with their printed digits.
pub struct FullRow<'a> {
    pub table: &'a Table,
    pub row: &'a Row,
    pub lang: Lang,
}

impl Serialize for FullRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let columns: Vec<Column> = std::iter::once(Column::Label)
            .chain((0..self.table.fields.len()).map(Column::Field))
            .collect();
        RowView {
            table: self.table,
            row: self.row,
            columns: &columns,
            lang: self.lang,
        }
        .serialize(serializer)
    }
}

/// One row as a JSON object with the plan's columns.
struct RowView<'a> {
    table: &'a Table,
    row: &'a Row,
    columns: &'a [Column],
    lang: Lang,
}

impl Serialize for RowView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for column in self.columns {
            map.serialize_entry(column.name(self.table), column.value(self.table, self.row, self.lang))?;
        }
        map.end()
    }
}

struct RowsView<'a> {
    table: &'a Table,
    rows: &'a [&'a Row],
    columns: &'a [Column],
    lang: Lang,
}

impl Serialize for RowsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.rows.len()))?;
        for row in self.rows {
            seq.serialize_element(&RowView {
                table: self.table,
                row,
                columns: self.columns,
                lang: self.lang,
            })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    data: RowsView<'a>,
    meta: &'a DatasetMeta,
}

/// Renders the selection as `representation` (any but the chart).
pub fn render(
    representation: Representation,
    table: &Table,
    plan: &Plan,
    selection: &SelectedRows<'_>,
    meta: &DatasetMeta,
) -> Vec<u8> {
    let rows = RowsView {
        table,
        rows: &selection.rows,
        columns: &plan.columns,
        lang: plan.lang,
    };
    match representation {
        Representation::Envelope => serde_json::to_vec(&Envelope { data: rows, meta }).expect("rows serialise to JSON"),
        Representation::Rows => serde_json::to_vec(&rows).expect("rows serialise to JSON"),
        Representation::Ndjson => {
            let mut out = Vec::new();
            for row in &selection.rows {
                let view = RowView {
                    table,
                    row,
                    columns: &plan.columns,
                    lang: plan.lang,
                };
                serde_json::to_writer(&mut out, &view).expect("rows serialise to JSON");
                out.push(b'\n');
            }
            out
        }
        Representation::Csv => render_csv(table, plan, &selection.rows),
        Representation::Svg => unreachable!("charts are drawn by crate::chart"),
    }
}

/// UTF-8 byte order mark: lets spreadsheet tools (Excel) detect UTF-8, so
/// the Chinese labels open correctly.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn render_csv(table: &Table, plan: &Plan, rows: &[&Row]) -> Vec<u8> {
    let mut out = UTF8_BOM.to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer
            .write_record(plan.columns.iter().map(|c| c.name(table)))
            .expect("writing to memory");
        for row in rows {
            writer
                .write_record(
                    plan.columns
                        .iter()
                        .map(|c| c.value(table, row, plan.lang).to_csv_field()),
                )
                .expect("writing to memory");
        }
        writer.flush().expect("writing to memory");
    }
    out
}

/// A rendered dataset answer.
#[derive(Debug)]
pub struct DatasetAnswer {
    pub body: Vec<u8>,
    /// RFC 8288 `Link` header value with the `next` and `prev` pages.
    pub link: Option<String>,
    /// The report the rows come from (the default report when the query
    /// names none).
    pub report: String,
}

/// Validates the query and renders the answer of `kind`'s `view` as
/// `representation`. `base` is the base path clients reach the service
/// under, for the paging links and the citation.
pub fn dataset_answer(
    kind: &'static DatasetKind,
    view: View,
    representation: Representation,
    base: &str,
    catalog: &Catalog,
    pairs: Vec<(String, String)>,
) -> Result<DatasetAnswer, ApiError> {
    let path = format!("{base}{}", super::options::endpoint_path(kind, view, representation));
    let ResolvedQuery {
        dataset,
        table,
        compare,
        plan,
        ..
    } = select(kind, view, representation, catalog, Params::new(pairs.clone()))?;
    let rows = plan.execute(table);
    let mut meta = DatasetMeta::new(dataset, table, &plan, &rows, compare.as_ref(), &catalog.data_version);
    if !base.is_empty() {
        meta.citation = Citation::chart(
            &dataset.report,
            &dataset.info,
            &cited_url(base, dataset, compare.as_ref()),
            &catalog.data_version,
        );
    }
    let body = render(representation, table, &plan, &rows, &meta);
    let link = link_header(&path, &pairs, plan.limit, plan.offset, rows.total);
    Ok(DatasetAnswer {
        body,
        link,
        report: dataset.report.id.clone(),
    })
}

/// RFC 8288 `Link` header with `next` and `prev` pages, where they exist.
/// Past the end, `prev` points at the last page.
fn link_header(path: &str, pairs: &[(String, String)], limit: usize, offset: usize, total: usize) -> Option<String> {
    let page = |offset: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs.iter().filter(|(n, _)| n != "offset") {
            query.append_pair(name, value);
        }
        query.append_pair("offset", &offset.to_string());
        format!("{path}?{}", query.finish())
    };
    let mut links = Vec::new();
    if limit == 0 {
        return None;
    }
    if offset + limit < total {
        links.push(format!("<{}>; rel=\"next\"", page(offset + limit)));
    }
    if offset > 0 {
        let last_page = total.saturating_sub(1) / limit * limit;
        links.push(format!(
            "<{}>; rel=\"prev\"",
            page(offset.saturating_sub(limit).min(last_page))
        ));
    }
    (!links.is_empty()).then(|| links.join(", "))
}
