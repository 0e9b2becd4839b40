//! The catalogue: every report and dataset, loaded from SQLite into memory.
//!
//! Every answer is computed from this snapshot. Its [`Catalog::data_version`]
//! is a digest of the data itself (every report's metadata, every dataset's
//! metadata and every row, as served), so equal versions mean equal data and
//! any change of content, however it got into the database, moves it.

use std::{sync::Arc, time::SystemTime};

use bytes::Bytes;
use serde::{Serialize, Serializer, ser::SerializeSeq};
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Row as _, SqliteConnection, SqlitePool};
use utoipa::ToSchema;

use super::claims::{self, Claim, DatasetView, SpecError};
use super::derived;
use super::entities::{self, Entities};
use super::kinds::{DERIVED_KINDS, DatasetKind, FieldType, KINDS};
use super::table::{Row, Table};
use super::value::{Figure, Value};

/// A span of calendar months, both ends `YYYY-MM` and inclusive.
#[derive(Clone, Debug, Serialize, ToSchema, PartialEq)]
pub struct MonthRange {
    #[schema(example = "2022-02")]
    pub start: String,
    #[schema(example = "2023-02")]
    pub end: String,
}

/// A report's metadata.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ReportInfo {
    /// Identifier used in `?report=` and `/reports/{report_id}`.
    #[schema(example = "maimai-aigc-talent-2023")]
    pub id: String,
    /// Title as printed.
    #[schema(example = "2023 AIGC人才趋势报告")]
    pub title: String,
    #[schema(example = "2023 AIGC Talent Trends Report")]
    pub title_en: String,
    /// Publisher as printed.
    #[schema(example = "脉脉高聘人才智库")]
    pub publisher: String,
    pub publisher_en: String,
    /// Publication date, `YYYY-MM-DD`.
    #[schema(example = "2023-03-30")]
    pub published_on: String,
    /// Months the report's data covers.
    pub data_range: MonthRange,
    /// The report cited as a publication (title, publisher, date, where it is
    /// distributed) and what the transcription was made from.
    pub source: String,
    /// When this transcription was last revised (RFC 3339, UTC); the
    /// `Last-Modified` of the report's answers.
    #[schema(example = "2026-11-29T12:00:00Z")]
    pub revised_at: String,
    #[schema(required = true)]
    pub notes: Option<String>,
}

/// A dataset's metadata: which chart it transcribes, where, and how reliably.
#[derive(Clone, Debug, Default, Serialize, ToSchema)]
pub struct DatasetInfo {
    /// Dataset kind (`talent-cities`).
    #[schema(example = "talent-cities")]
    pub dataset: String,
    /// Endpoint serving the rows of this dataset for this report.
    #[schema(example = "/talent/cities?report=maimai-aigc-talent-2023")]
    pub href: String,
    /// Chart title as printed.
    #[schema(example = "AIGC人才主要分布城市TOP10")]
    pub title: String,
    #[schema(example = "Top 10 cities by share of AIGC talent")]
    pub title_en: String,
    /// Unit as printed (or as the chart implies).
    #[schema(example = "%")]
    pub unit: String,
    #[schema(example = "percent of AIGC talent")]
    pub unit_en: String,
    /// Page of the report (1-based).
    #[schema(example = 9)]
    pub page: i64,
    /// The page marker as printed (`—9—`); null when the text has none for
    /// this page and `page` is inferred from its neighbours (`page_note` says
    /// how).
    #[schema(required = true, example = "—9—")]
    pub page_printed: Option<String>,
    /// Why `page_printed` is null and how `page` was inferred; null when the
    /// page marker is printed.
    #[schema(required = true)]
    pub page_note: Option<String>,
    /// Months the chart's figures cover: as its footnote gives them, unless
    /// the chart itself shows otherwise (the transcription note then says
    /// why); null when the chart gives none.
    #[schema(required = true)]
    pub data_range: Option<MonthRange>,
    /// The chart's footnote as printed.
    #[schema(required = true)]
    pub footnote: Option<String>,
    /// Source of the data (数据来源) as printed.
    #[schema(example = "脉脉高聘人才智库")]
    pub publisher: String,
    /// The report's own word for what the figures measure, as printed
    /// (`热度指数`, `同比增长`, `年薪水平`); null when the chart prints only a
    /// unit such as `%`.
    pub statistic: Option<String>,
    /// What each figure is, in English, and whether the report names the
    /// statistic (for salaries it does not say whether it is a mean or a
    /// median).
    #[schema(example = "Share of the report's AIGC talent in each city, in percent.")]
    pub statistic_en: String,
    /// How the figures were read from the extracted text.
    pub transcription_note: String,
    /// True when some of the mapping from text to figures is a reading the
    /// report does not decide: the dataset itself is flagged, or any of its
    /// rows is. The one definition that `meta.uncertain`, this catalogue, the
    /// charts' legend and the dashboard all use.
    pub uncertain: bool,
    /// Why the dataset is uncertain: its own note, or, when only rows are
    /// flagged, one composed from theirs. Never null when `uncertain` is
    /// true; null otherwise.
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    /// Number of rows.
    #[schema(example = 10)]
    pub row_count: usize,
    /// Number of rows flagged uncertain.
    #[schema(example = 0)]
    pub uncertain_rows: usize,
}

/// One dataset of one report, with its rows.
#[derive(Debug)]
pub struct Dataset {
    pub kind: &'static DatasetKind,
    pub report: Arc<ReportInfo>,
    pub info: DatasetInfo,
    pub table: Table,
    /// Derived side-by-side views, keyed by the compared groups in order
    /// (for kinds with a [`crate::data::kinds::ComparisonSpec`]).
    pub comparisons: Vec<((String, String), Table)>,
}

impl Dataset {
    /// The side-by-side view of two groups, if both exist.
    pub fn comparison(&self, first: &str, second: &str) -> Option<&Table> {
        self.comparisons
            .iter()
            .find(|((a, b), _)| a == first && b == second)
            .map(|(_, table)| table)
    }

    /// The group codes a comparison can name (age cohorts), in table order;
    /// empty for kinds without a comparison.
    pub fn groups(&self) -> Vec<String> {
        self.kind
            .comparison
            .map(|comparison| derived::groups(&self.table, &comparison))
            .unwrap_or_default()
    }
}

/// A report with its datasets (in the order of [`KINDS`]).
#[derive(Debug)]
pub struct ReportEntry {
    pub info: Arc<ReportInfo>,
    pub datasets: Vec<Arc<Dataset>>,
    /// Its claims and entities, evaluated against its datasets when the
    /// catalogue loaded, with the tables serving them.
    pub derived: Derived,
}

impl ReportEntry {
    /// The dataset of this kind, or the derived table of a derived kind
    /// (`claims`, `positions` ...).
    pub fn dataset(&self, kind_id: &str) -> Option<&Arc<Dataset>> {
        self.datasets
            .iter()
            .chain(&self.derived.tables)
            .find(|d| d.kind.id == kind_id)
    }
}

/// What is derived from a report's claims and entities (migration 0003)
/// and its datasets, whenever the catalogue loads: the claims with their
/// verdicts, every figure about each position and industry, and the tables
/// of the derived kinds ([`DERIVED_KINDS`]) that serve them. Empty for a
/// report without claims or entities.
#[derive(Debug, Default)]
pub struct Derived {
    pub claims: Vec<Claim>,
    pub entities: Entities,
    /// The derived tables as datasets, served like the others.
    pub tables: Vec<Arc<Dataset>>,
}

/// Every report and dataset in the database.
#[derive(Debug)]
pub struct Catalog {
    /// Identifies the data: the first 16 hex digits of the SHA-256 of every
    /// report, dataset and row in a canonical form ([`data_version`]).
    /// Replicas serving equal data give equal versions; any change of
    /// content gives another.
    pub data_version: String,
    /// The newest `revised_at` of all reports.
    pub last_modified: SystemTime,
    /// Reports, newest publication first; the first is the default report.
    pub reports: Vec<ReportEntry>,
    /// The database this catalogue was loaded from, as one SQLite file
    /// ([`crate::db::DatabaseCopy`]: what `GET /talent.db` sends); `None`
    /// when it was read from a database directly ([`Catalog::load`]).
    pub database: Option<Bytes>,
}

/// Errors while reading the catalogue from the database.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("database query failed: {0}")]
    Database(#[from] sqlx::Error),
    #[error("invalid data in {table} (report {report}): {message}")]
    InvalidData {
        table: &'static str,
        report: String,
        message: String,
    },
}

impl LoadError {
    fn of_spec(report: &str, error: SpecError) -> LoadError {
        match error {
            SpecError::Database(e) => LoadError::Database(e),
            SpecError::Invalid { table, message } => LoadError::InvalidData {
                table,
                report: report.to_owned(),
                message,
            },
        }
    }
}

impl Catalog {
    /// The report with this id.
    pub fn report(&self, id: &str) -> Option<&ReportEntry> {
        self.reports.iter().find(|r| r.info.id == id)
    }

    /// The default report: the one published most recently.
    pub fn default_report(&self) -> Option<&ReportEntry> {
        self.reports.first()
    }

    /// Reads every report and dataset.
    pub async fn load(pool: &SqlitePool) -> Result<Catalog, LoadError> {
        let mut connection = pool.acquire().await?;
        Catalog::load_from(&mut connection).await
    }

    /// Reads every report and dataset from a copy of the database, and keeps
    /// the copy's file with them: the data served and the database offered
    /// for download are then the same by construction.
    pub async fn load_copy(copy: crate::db::DatabaseCopy) -> Result<Catalog, LoadError> {
        let crate::db::DatabaseCopy { mut connection, file } = copy;
        let catalog = Catalog::load_from(&mut connection).await;
        let _ = sqlx::Connection::close(connection).await;
        Ok(Catalog {
            database: Some(file),
            ..catalog?
        })
    }

    /// Reads every report and dataset through one connection.
    pub async fn load_from(connection: &mut SqliteConnection) -> Result<Catalog, LoadError> {
        let report_rows = sqlx::query(
            "SELECT id, title, title_en, publisher, publisher_en, published_on, data_range_start,
                    data_range_end, source, revised_at, notes
             FROM reports ORDER BY published_on DESC, id",
        )
        .fetch_all(&mut *connection)
        .await?;

        let mut reports = Vec::with_capacity(report_rows.len());
        let mut last_modified = SystemTime::UNIX_EPOCH;
        for r in report_rows {
            let info = Arc::new(ReportInfo {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                title_en: r.try_get("title_en")?,
                publisher: r.try_get("publisher")?,
                publisher_en: r.try_get("publisher_en")?,
                published_on: r.try_get("published_on")?,
                data_range: MonthRange {
                    start: r.try_get("data_range_start")?,
                    end: r.try_get("data_range_end")?,
                },
                source: r.try_get("source")?,
                revised_at: r.try_get("revised_at")?,
                notes: r.try_get("notes")?,
            });
            let revised = parse_utc_timestamp(&info.revised_at).ok_or_else(|| LoadError::InvalidData {
                table: "reports",
                report: info.id.clone(),
                message: format!("revised_at {:?} is not YYYY-MM-DDTHH:MM:SSZ", info.revised_at),
            })?;
            last_modified = last_modified.max(revised);

            let mut datasets = Vec::new();
            for kind in KINDS {
                if let Some(dataset) = load_dataset(connection, kind, &info).await? {
                    datasets.push(Arc::new(dataset));
                }
            }
            let derived = load_derived(connection, &info, &datasets)
                .await
                .map_err(|e| LoadError::of_spec(&info.id, e))?;
            reports.push(ReportEntry {
                info,
                datasets,
                derived,
            });
        }

        Ok(Catalog {
            data_version: data_version(&reports),
            last_modified,
            reports,
            database: None,
        })
    }
}

/// The version of the data: the SHA-256 of a canonical serialisation of
/// every report (its metadata, then each dataset's and derived table's
/// metadata, field names and rows, values as served), first 16 hex digits. Reports are taken in id
/// order and rows in the order they are served, so the digest depends on the
/// content only, never on how or when it was loaded.
pub fn data_version(reports: &[ReportEntry]) -> String {
    #[derive(Serialize)]
    struct CanonicalReport<'a> {
        report: &'a ReportInfo,
        datasets: Vec<CanonicalDataset<'a>>,
    }
    #[derive(Serialize)]
    struct CanonicalDataset<'a> {
        info: &'a DatasetInfo,
        fields: Vec<&'a str>,
        rows: CanonicalRows<'a>,
    }
    struct CanonicalRows<'a>(&'a [Row]);
    impl Serialize for CanonicalRows<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
            for row in self.0 {
                seq.serialize_element(&row.0)?;
            }
            seq.end()
        }
    }
    /// Feeds the serialisation straight into the hash.
    struct HashWriter(Sha256);
    impl std::io::Write for HashWriter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    let mut ordered: Vec<&ReportEntry> = reports.iter().collect();
    ordered.sort_by(|a, b| a.info.id.cmp(&b.info.id));
    let canonical: Vec<CanonicalReport<'_>> = ordered
        .into_iter()
        .map(|entry| CanonicalReport {
            report: &entry.info,
            // The derived tables too: a claim or entity row changed in the
            // database changes what is served.
            datasets: entry
                .datasets
                .iter()
                .chain(&entry.derived.tables)
                .map(|d| CanonicalDataset {
                    info: &d.info,
                    fields: d.table.fields.iter().map(|f| f.name.as_ref()).collect(),
                    rows: CanonicalRows(&d.table.rows),
                })
                .collect(),
        })
        .collect();
    let mut writer = HashWriter(Sha256::new());
    serde_json::to_writer(&mut writer, &canonical).expect("the catalogue serialises to JSON");
    let digest = writer.0.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The note of a dataset whose rows only are flagged: how many, which, and
/// why, from the rows' own notes.
fn composed_uncertainty_note(table: &Table) -> Option<String> {
    let flag = table.uncertain?;
    let note = table.field_index("uncertainty_note");
    let flagged: Vec<&Row> = table.rows.iter().filter(|r| r.0[flag] == Value::Bool(true)).collect();
    if flagged.is_empty() {
        return None;
    }
    let label = |row: &Row| row.0[table.label.0].as_text().unwrap_or("").to_owned();
    let why = |row: &Row| {
        note.and_then(|i| row.0[i].as_text())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
    };
    let (count, total) = (flagged.len(), table.rows.len());
    let head = if count == 1 {
        format!("1 of {total} rows is uncertain")
    } else {
        format!("{count} of {total} rows are uncertain")
    };
    let mut notes: Vec<String> = Vec::new();
    for row in &flagged {
        if let Some(n) = why(row)
            && !notes.contains(&n)
        {
            notes.push(n);
        }
    }
    let labels: Vec<String> = flagged.iter().map(|r| label(r)).collect();
    Some(match notes.len() {
        0 => format!("{head} ({}); see the rows.", labels.join(", ")),
        1 => format!("{head} ({}): {}", labels.join(", "), notes[0]),
        _ => {
            let each: Vec<String> = flagged
                .iter()
                .map(|r| match why(r) {
                    Some(n) => format!("{}: {n}", label(r)),
                    None => label(r),
                })
                .collect();
            format!("{head}. {}", each.join(" "))
        }
    })
}

/// Evaluates the report's claims and gathers its entities over its
/// datasets, and builds the derived tables that serve them.
async fn load_derived(
    connection: &mut SqliteConnection,
    report: &Arc<ReportInfo>,
    datasets: &[Arc<Dataset>],
) -> Result<Derived, SpecError> {
    let views: Vec<DatasetView<'_>> = datasets
        .iter()
        .map(|d| DatasetView {
            kind: d.kind,
            report: &report.id,
            table: &d.table,
            title: &d.info.title,
            title_en: &d.info.title_en,
            page: d.info.page,
        })
        .collect();
    let derived_kind = |id: &str| DERIVED_KINDS.iter().find(|k| k.id == id).expect("a derived kind");
    let claims = claims::load(connection, &report.id, &views).await?;
    let entities = entities::load(
        connection,
        &report.id,
        &views,
        &claims,
        (
            derived_kind("positions"),
            derived_kind("industries"),
            derived_kind("labels"),
        ),
    )
    .await?;

    let mut tables = Vec::new();
    let page_of = |table: &Table| -> i64 {
        table
            .field_index("page")
            .and_then(|i| {
                table
                    .rows
                    .iter()
                    .filter_map(|r| match r.0[i] {
                        Value::Integer(p) => Some(p),
                        _ => None,
                    })
                    .min()
            })
            .unwrap_or(1)
    };
    let sources_page = |kind: entities::EntityKind| {
        kind.sources()
            .iter()
            .filter_map(|s| datasets.iter().find(|d| d.kind.id == s.dataset))
            .map(|d| d.info.page)
            .min()
            .unwrap_or(1)
    };
    if !claims.is_empty() {
        let table = claims::table(derived_kind("claims"), &claims);
        let page = page_of(&table);
        tables.push(derived_dataset(
            derived_kind("claims"),
            report,
            table,
            ("报告中的论断及其核查", "The report's claims, checked against its figures"),
            ("判定", "verdict"),
            page,
            "Not a chart of the report: the report's own sentences, each checked when the data loads against the figures served by this API (the claim rows of the seed say which figures and how). sentence_zh_extracted quotes the text layer as extracted; sentence_zh normalises its characters.",
        ));
    }
    if let Some(table) = &entities.position_rows {
        tables.push(derived_dataset(
            derived_kind("positions"),
            report,
            table.clone(),
            ("报告提及的岗位", "Positions the report names"),
            ("排名；年薪（万元）", "rank; annual salary in 10k CNY (万元)"),
            sources_page(entities::EntityKind::Position),
            "Not a chart of the report: every figure the report prints about each position, gathered when the data loads from the hot-jobs, salary and skills charts through the labels each prints (the entity rows of the seed say which label names which position, and flag the uncertain ones).",
        ));
    }
    if let Some(table) = &entities.industry_rows {
        tables.push(derived_dataset(
            derived_kind("industries"),
            report,
            table.clone(),
            ("报告提及的行业", "Industries the report names"),
            ("%", "percent (of AIGC talent; of new AIGC postings)"),
            sources_page(entities::EntityKind::Industry),
            "Not a chart of the report: every figure the report prints about each industry, gathered when the data loads from the talent, new-posting and application-map charts through the labels each prints (the entity rows of the seed say which label names which industry, and flag the uncertain ones).",
        ));
    }
    if let Some(table) = &entities.label_rows {
        let page = page_of(table);
        tables.push(derived_dataset(
            derived_kind("labels"),
            report,
            table.clone(),
            ("岗位与行业标签", "Position and industry labels"),
            ("标签", "labels"),
            page,
            "Not a chart of the report: every position and industry label printed in its charts and sentences, with the entity it names or the reason it names none (the entity rows of the seed).",
        ));
    }
    Ok(Derived {
        claims,
        entities,
        tables,
    })
}

/// A derived table as a dataset: its metadata says it is derived, from
/// which report, and where its rows start in the report.
fn derived_dataset(
    kind: &'static DatasetKind,
    report: &Arc<ReportInfo>,
    table: Table,
    title: (&str, &str),
    unit: (&str, &str),
    page: i64,
    note: &str,
) -> Arc<Dataset> {
    let uncertain_rows = table.uncertain_rows();
    // Metadata fields that describe a printed chart and that this table does
    // not have take their defaults (`..DatasetInfo::default()`), including
    // any added to `DatasetInfo` later.
    #[allow(clippy::needless_update)]
    let info = DatasetInfo {
        dataset: kind.id.to_owned(),
        href: format!("{}?report={}", kind.path, report.id),
        title: title.0.to_owned(),
        title_en: title.1.to_owned(),
        unit: unit.0.to_owned(),
        unit_en: unit.1.to_owned(),
        page,
        page_printed: None,
        data_range: Some(report.data_range.clone()),
        footnote: None,
        publisher: report.publisher.clone(),
        transcription_note: note.to_owned(),
        uncertain: false,
        uncertainty_note: (uncertain_rows > 0).then(|| {
            format!(
                "{uncertain_rows} of {} rows rest on readings the report does not decide; each row's uncertainty_note says which.",
                table.rows.len()
            )
        }),
        row_count: table.rows.len(),
        uncertain_rows,
        ..DatasetInfo::default()
    };
    Arc::new(Dataset {
        kind,
        report: report.clone(),
        info,
        table,
        comparisons: Vec::new(),
    })
}

/// Parses `YYYY-MM-DDTHH:MM:SSZ` (UTC).
fn parse_utc_timestamp(text: &str) -> Option<SystemTime> {
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[19] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + mi * 60 + s;
    Some(SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(u64::try_from(secs).ok()?))
}

async fn load_dataset(
    connection: &mut SqliteConnection,
    kind: &'static DatasetKind,
    report: &Arc<ReportInfo>,
) -> Result<Option<Dataset>, LoadError> {
    let meta = sqlx::query(
        "SELECT title, title_en, page, page_printed, page_note, unit, unit_en, data_range_start,
                data_range_end, footnote, publisher, statistic, statistic_en, transcription_note,
                uncertain, uncertainty_note
         FROM datasets WHERE report_id = ?1 AND dataset = ?2",
    )
    .bind(&report.id)
    .bind(kind.id)
    .fetch_optional(&mut *connection)
    .await?;
    let Some(meta) = meta else {
        return Ok(None);
    };

    let invalid = |message: String| LoadError::InvalidData {
        table: kind.table,
        report: report.id.clone(),
        message,
    };

    let columns: Vec<&str> = kind.fields.iter().filter_map(|f| f.column).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE report_id = ?1 ORDER BY {}",
        columns.join(", "),
        kind.table,
        kind.order_by
    );
    // The statement is built only from the static descriptors in `kinds.rs`.
    let db_rows = sqlx::query(AssertSqlSafe(sql))
        .bind(&report.id)
        .fetch_all(&mut *connection)
        .await?;

    let mut table = Table::for_kind(kind);
    for db_row in &db_rows {
        let mut values = Vec::with_capacity(kind.fields.len());
        let mut column = 0;
        for field in kind.fields {
            if field.column.is_none() {
                values.push(Value::Null); // computed below
                continue;
            }
            let value = match field.ty {
                FieldType::Text | FieldType::Month => {
                    let text: Option<String> = db_row.try_get(column)?;
                    if let (FieldType::Month, Some(t)) = (field.ty, &text)
                        && !is_month(t)
                    {
                        return Err(invalid(format!("{} {t:?} is not YYYY-MM", field.name)));
                    }
                    text.map(|t| Value::Text(t.into()))
                }
                FieldType::Integer => db_row.try_get::<Option<i64>, _>(column)?.map(Value::Integer),
                FieldType::Boolean => db_row.try_get::<Option<i64>, _>(column)?.map(|i| Value::Bool(i != 0)),
                FieldType::Figure => match db_row.try_get::<Option<String>, _>(column)? {
                    Some(text) => Some(Value::Figure(
                        text.parse::<Figure>()
                            .map_err(|e| invalid(format!("{}: {e}", field.name)))?,
                    )),
                    None => None,
                },
            };
            let value = value.unwrap_or(Value::Null);
            if value == Value::Null && !field.nullable {
                return Err(invalid(format!("{} is null", field.name)));
            }
            values.push(value);
            column += 1;
        }
        table.rows.push(Row(values));
    }

    if let Some(peaks) = &kind.peaks {
        derived::mark_peaks(&mut table, peaks);
    }

    // One definition of "uncertain": the dataset is flagged, or any row is.
    // The note is the dataset's own, or one composed from the rows' notes.
    let flagged = meta.try_get::<i64, _>("uncertain")? != 0;
    let uncertain_rows = table.uncertain_rows();
    let uncertain = flagged || uncertain_rows > 0;
    let own_note = meta
        .try_get::<Option<String>, _>("uncertainty_note")?
        .filter(|n| !n.trim().is_empty());
    let uncertainty_note = if uncertain {
        own_note.or_else(|| composed_uncertainty_note(&table))
    } else {
        None
    };
    let range = match (
        meta.try_get::<Option<String>, _>("data_range_start")?,
        meta.try_get::<Option<String>, _>("data_range_end")?,
    ) {
        (Some(start), Some(end)) => Some(MonthRange { start, end }),
        _ => None,
    };
    let info = DatasetInfo {
        dataset: kind.id.to_owned(),
        href: format!("{}?report={}", kind.path, report.id),
        title: meta.try_get("title")?,
        title_en: meta.try_get("title_en")?,
        unit: meta.try_get("unit")?,
        unit_en: meta.try_get("unit_en")?,
        page: meta.try_get("page")?,
        page_printed: meta.try_get("page_printed")?,
        page_note: meta.try_get("page_note")?,
        data_range: range,
        footnote: meta.try_get("footnote")?,
        publisher: meta.try_get("publisher")?,
        statistic: meta.try_get("statistic")?,
        statistic_en: meta.try_get("statistic_en")?,
        transcription_note: meta.try_get("transcription_note")?,
        uncertain,
        uncertainty_note,
        row_count: table.rows.len(),
        uncertain_rows,
    };

    let mut dataset = Dataset {
        kind,
        report: report.clone(),
        info,
        table,
        comparisons: Vec::new(),
    };
    if let Some(comparison) = &kind.comparison {
        let groups = dataset.groups();
        // Every ordered pair, a group with itself included (every difference
        // 0): `first` and `second` are independent parameters.
        for a in &groups {
            for b in &groups {
                let view = derived::compare(&dataset.table, comparison, a, b);
                dataset.comparisons.push(((a.clone(), b.clone()), view));
            }
        }
    }
    Ok(Some(dataset))
}

fn is_month(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_times_convert_to_http_dates() {
        let http = |t: &str| parse_utc_timestamp(t).map(httpdate::fmt_http_date);
        assert_eq!(
            http("2026-11-29T12:00:00Z").as_deref(),
            Some("Sun, 29 Nov 2026 12:00:00 GMT")
        );
        assert_eq!(
            http("2000-02-29T00:00:00Z").as_deref(),
            Some("Tue, 29 Feb 2000 00:00:00 GMT")
        );
        assert_eq!(http("2026-13-01T00:00:00Z"), None);
        assert_eq!(http("yesterday"), None);
    }

    /// A talent-cities table: (city, city_en, uncertainty note if flagged).
    fn cities(rows: &[(&str, &str, Option<&str>)]) -> Table {
        let mut table = Table::for_kind(super::super::kinds::kind("talent-cities").unwrap());
        for (i, (city, city_en, note)) in rows.iter().enumerate() {
            table.rows.push(Row(vec![
                Value::Integer(i as i64 + 1),
                Value::Text((*city).into()),
                Value::Text((*city_en).into()),
                Value::Figure("1.00".parse().unwrap()),
                Value::Bool(note.is_some()),
                note.map_or(Value::Null, |n| Value::Text(n.into())),
            ]));
        }
        table
    }

    #[test]
    fn a_dataset_whose_rows_only_are_flagged_gets_a_note_composed_from_theirs() {
        let one = cities(&[("北京", "Beijing", None), ("上海", "Shanghai", Some("Why."))]);
        assert_eq!(
            composed_uncertainty_note(&one).as_deref(),
            Some("1 of 2 rows is uncertain (上海): Why.")
        );
        let same = cities(&[("北京", "Beijing", Some("Same.")), ("上海", "Shanghai", Some("Same."))]);
        assert_eq!(
            composed_uncertainty_note(&same).as_deref(),
            Some("2 of 2 rows are uncertain (北京, 上海): Same.")
        );
        let different = cities(&[("北京", "Beijing", Some("One.")), ("上海", "Shanghai", Some("Two."))]);
        assert_eq!(
            composed_uncertainty_note(&different).as_deref(),
            Some("2 of 2 rows are uncertain. 北京: One. 上海: Two.")
        );
        assert_eq!(composed_uncertainty_note(&cities(&[("北京", "Beijing", None)])), None);
    }

    #[test]
    fn the_data_version_follows_every_figure_and_nothing_else() {
        let report = Arc::new(ReportInfo {
            id: "r".into(),
            title: "t".into(),
            title_en: "t".into(),
            publisher: "p".into(),
            publisher_en: "p".into(),
            published_on: "2023-03-30".into(),
            data_range: MonthRange {
                start: "2022-02".into(),
                end: "2023-02".into(),
            },
            source: "s".into(),
            revised_at: "2026-11-29T16:00:00Z".into(),
            notes: None,
        });
        let entry = |share: &str| {
            let mut table = cities(&[("北京", "Beijing", None)]);
            table.rows[0].0[3] = Value::Figure(share.parse().unwrap());
            ReportEntry {
                info: report.clone(),
                datasets: vec![Arc::new(Dataset {
                    kind: super::super::kinds::kind("talent-cities").unwrap(),
                    report: report.clone(),
                    info: DatasetInfo {
                        dataset: "talent-cities".into(),
                        href: "/talent/cities?report=r".into(),
                        title: "t".into(),
                        title_en: "t".into(),
                        unit: "%".into(),
                        unit_en: "percent".into(),
                        page: 9,
                        page_printed: Some("—9—".into()),
                        page_note: None,
                        data_range: None,
                        footnote: None,
                        publisher: "p".into(),
                        statistic: None,
                        statistic_en: "Share.".into(),
                        transcription_note: "n".into(),
                        uncertain: false,
                        uncertainty_note: None,
                        row_count: 1,
                        uncertain_rows: 0,
                    },
                    table,
                    comparisons: Vec::new(),
                })],
                derived: Derived::default(),
            }
        };
        let a = data_version(&[entry("31.42")]);
        assert_eq!(a.len(), 16);
        assert_eq!(a, data_version(&[entry("31.42")]), "equal data, equal versions");
        assert_ne!(a, data_version(&[entry("99.99")]), "one figure moves it");
        assert_ne!(a, data_version(&[entry("31.420")]), "so do the printed digits");
    }

    #[test]
    fn months_must_be_year_dash_month() {
        assert!(is_month("2022-02"));
        assert!(!is_month("2022-13"));
        assert!(!is_month("2022-2"));
        assert!(!is_month("22-02-01"));
    }
}
