//! The report's claims: its checkable statements as data, and one generic
//! evaluator that checks them against the report's datasets whenever the
//! catalogue loads.
//!
//! A claim is rows of the report's seed (`claims`, `claim_checks`,
//! `claim_terms`, `claim_alternatives`; migration 0003), never code. It is
//! supported when every one of its checks holds. A check compares two sides;
//! each side is `const + Σ weight × aggregate(term)`, and a term aggregates a
//! served field over the rows of one dataset of the same report that its row
//! filter selects:
//!
//! - row filter: `field=value` conditions separated by `; ` (all must hold),
//!   `|` between values of one field (any may match), `''` for every row.
//!   Values are compared with the cell as CSV writes it (`true`, `2021`,
//!   labels as printed) and must each be one the dataset holds, so that a
//!   typo makes the claim not checkable rather than silently zero;
//! - aggregate: `value` (exactly one row), `sum`, `count`, `count_distinct`,
//!   `min`, `max` (`min`/`max`/`value` need rows);
//! - operators `>`, `>=`, `<`, `<=`, `=` and `≈` (`|left − right| <=
//!   tolerance`).
//!
//! Arithmetic is exact (decimals, never floats). A claim whose seed rows are
//! malformed (an unknown dataset, field, aggregate or operator) is a load
//! error naming the claim ([`SpecError`]); a claim whose figures are missing
//! from the data (a term matching no row) is `not_checkable` with that
//! reason, never an error answer.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::{Row as _, SqliteConnection};
use utoipa::ToSchema;

use super::kinds::{DatasetKind, FieldType, KINDS, LIST_SEPARATOR, RuleSpec};
use super::table::{Row, Table};
use super::value::{Figure, Value};

/// Why the claims or entities of a report cannot be loaded: the database
/// failed, or a seed row breaks the declarative form (the message names the
/// claim or entity and what is wrong).
#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    #[error("database query failed: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{message}")]
    Invalid { table: &'static str, message: String },
}

fn invalid(table: &'static str, message: String) -> SpecError {
    SpecError::Invalid { table, message }
}

/// Path segments the single-item routes cannot take as an id or name,
/// because the collection's own endpoints use them (`/claims/rows`).
pub const RESERVED_NAMES: &[&str] = &["rows"];

/// One dataset of the report as the evaluator (and the entity builder)
/// reads it: its rows and where it is printed.
#[derive(Clone, Copy, Debug)]
pub struct DatasetView<'a> {
    pub kind: &'static DatasetKind,
    pub report: &'a str,
    pub table: &'a Table,
    pub title: &'a str,
    pub title_en: &'a str,
    pub page: i64,
}

impl DatasetView<'_> {
    /// Whether row `index` is flagged uncertain.
    pub fn row_uncertain(&self, index: usize) -> bool {
        self.table
            .uncertain
            .is_some_and(|i| self.table.rows[index].0[i] == Value::Bool(true))
    }

    /// The row's uncertainty note.
    pub fn row_note(&self, index: usize) -> Option<String> {
        self.table
            .field_index("uncertainty_note")
            .and_then(|i| self.table.rows[index].0[i].as_text())
            .map(str::to_owned)
    }

    /// The row's label in Chinese and in English.
    pub fn labels(&self, index: usize) -> (String, String) {
        let row = &self.table.rows[index];
        (
            row.0[self.table.label.0].to_csv_field(),
            row.0[self.table.label.1].to_csv_field(),
        )
    }

    /// The endpoint serving the rows whose `fields` hold these values (as
    /// query parameters of the dataset's filters where it has them), for
    /// this report. Fields without a filter that can express them are left
    /// out, so the link is never narrower than the rows.
    pub fn href(&self, conditions: &[(&str, Vec<String>)]) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("report", self.report);
        for (field, values) in conditions {
            for (param, value) in filter_params(self.kind, field, values) {
                query.append_pair(&param, &value);
            }
        }
        format!("{}?{}", self.kind.path, query.finish())
    }

    /// The endpoint serving row `index` alone (as far as the dataset's
    /// filters can select it), narrowing `conditions`.
    pub fn row_href(&self, conditions: &[(&str, Vec<String>)], index: usize) -> String {
        let row = &self.table.rows[index];
        let mut narrowed: Vec<(&str, Vec<String>)> = conditions.to_vec();
        if let Some(key) = row_key(self.kind) {
            let value = row.0[self.table.field_index(key).expect("a field of the kind")].to_csv_field();
            narrowed.retain(|(f, _)| *f != key);
            narrowed.push((key, vec![value]));
        }
        self.href(&narrowed)
    }
}

/// The field that identifies a row through the dataset's filters: its label
/// when a category filter takes it, else a field with both a lower and an
/// upper bound filter (the month of the heat index, the year of growth).
fn row_key(kind: &'static DatasetKind) -> Option<&'static str> {
    let label = kind.label.0;
    if kind
        .filters
        .iter()
        .any(|f| matches!(f.rule, RuleSpec::Equals(fields) if fields.contains(&label)))
    {
        return Some(label);
    }
    kind.fields.iter().map(|f| f.name).find(|name| {
        kind.filters
            .iter()
            .any(|f| matches!(f.rule, RuleSpec::AtLeast(x) if x == *name))
            && kind
                .filters
                .iter()
                .any(|f| matches!(f.rule, RuleSpec::AtMost(x) if x == *name))
    })
}

/// The query parameters that select rows whose `field` is one of `values`.
fn filter_params(kind: &DatasetKind, field: &str, values: &[String]) -> Vec<(String, String)> {
    for filter in kind.filters {
        match filter.rule {
            RuleSpec::Equals(fields) if fields.contains(&field) && (values.len() == 1 || filter.repeatable()) => {
                return values.iter().map(|v| (filter.param.to_owned(), v.clone())).collect();
            }
            RuleSpec::OneOf(f, _) if f == field => {
                return values.iter().map(|v| (filter.param.to_owned(), v.clone())).collect();
            }
            _ => {}
        }
    }
    if let [value] = values {
        let bound = |lower: bool| {
            kind.filters.iter().find(|f| match f.rule {
                RuleSpec::AtLeast(x) => lower && x == field,
                RuleSpec::AtMost(x) => !lower && x == field,
                _ => false,
            })
        };
        if let (Some(from), Some(to)) = (bound(true), bound(false)) {
            return vec![
                (from.param.to_owned(), value.clone()),
                (to.param.to_owned(), value.clone()),
            ];
        }
    }
    Vec::new()
}

// ------------------------------------------------------------------ model

/// The outcome of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every check holds.
    Supported,
    /// A check fails.
    NotSupported,
    /// The printed figures cannot test the claim (`reason` says why).
    NotCheckable,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::NotSupported => "not_supported",
            Verdict::NotCheckable => "not_checkable",
        }
    }

    pub fn mark(self) -> &'static str {
        match self {
            Verdict::Supported => "✓",
            Verdict::NotSupported => "✗",
            Verdict::NotCheckable => "?",
        }
    }

    /// The verdict in words (Chinese, English). A supported claim that the
    /// seed used to read a chart is only consistent with the figures.
    pub fn labels(self, decided_transcription: bool) -> (&'static str, &'static str) {
        match (self, decided_transcription) {
            (Verdict::Supported, false) => ("成立", "supported"),
            (Verdict::Supported, true) => (
                "一致（本句曾用于判读图表）",
                "consistent (this sentence decided how the chart was read)",
            ),
            (Verdict::NotSupported, _) => ("不成立", "not supported"),
            (Verdict::NotCheckable, _) => ("无法以印出的数字核查", "not checkable from the printed figures"),
        }
    }

    fn parse(text: &str) -> Option<Verdict> {
        [Verdict::Supported, Verdict::NotSupported, Verdict::NotCheckable]
            .into_iter()
            .find(|v| v.code() == text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operator {
    Greater,
    AtLeast,
    Less,
    AtMost,
    Equal,
    About,
}

impl Operator {
    fn parse(text: &str) -> Option<Operator> {
        Some(match text {
            ">" => Operator::Greater,
            ">=" => Operator::AtLeast,
            "<" => Operator::Less,
            "<=" => Operator::AtMost,
            "=" => Operator::Equal,
            "≈" => Operator::About,
            _ => return None,
        })
    }

    fn symbol(self) -> &'static str {
        match self {
            Operator::Greater => ">",
            Operator::AtLeast => "≥",
            Operator::Less => "<",
            Operator::AtMost => "≤",
            Operator::Equal => "=",
            Operator::About => "≈",
        }
    }

    fn holds(self, left: Decimal, right: Decimal, tolerance: Decimal) -> bool {
        match self {
            Operator::Greater => left > right,
            Operator::AtLeast => left >= right,
            Operator::Less => left < right,
            Operator::AtMost => left <= right,
            Operator::Equal => left == right,
            Operator::About => (left - right).abs() <= tolerance,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aggregate {
    Value,
    Sum,
    Count,
    CountDistinct,
    Min,
    Max,
}

impl Aggregate {
    fn parse(text: &str) -> Option<Aggregate> {
        Some(match text {
            "value" => Aggregate::Value,
            "sum" => Aggregate::Sum,
            "count" => Aggregate::Count,
            "count_distinct" => Aggregate::CountDistinct,
            "min" => Aggregate::Min,
            "max" => Aggregate::Max,
            _ => return None,
        })
    }

    fn code(self) -> &'static str {
        match self {
            Aggregate::Value => "value",
            Aggregate::Sum => "sum",
            Aggregate::Count => "count",
            Aggregate::CountDistinct => "count_distinct",
            Aggregate::Min => "min",
            Aggregate::Max => "max",
        }
    }

    /// Whether the aggregate computes with the field's numbers.
    fn numeric(self) -> bool {
        matches!(
            self,
            Aggregate::Value | Aggregate::Sum | Aggregate::Min | Aggregate::Max
        )
    }
}

/// A term as the seed states it, validated against the kinds.
#[derive(Clone, Debug)]
struct TermSpec {
    dataset: &'static DatasetKind,
    /// The filter as written in the seed.
    filter_text: String,
    filter: Vec<(&'static str, Vec<String>)>,
    aggregate: Aggregate,
    field: Option<&'static str>,
    weight: Decimal,
}

#[derive(Clone, Debug, Default)]
struct SideSpec {
    constant: Decimal,
    constant_text: String,
    terms: Vec<TermSpec>,
}

#[derive(Clone, Debug)]
struct CheckSpec {
    order: i64,
    description: String,
    left: SideSpec,
    operator: Operator,
    operator_text: String,
    right: SideSpec,
    tolerance: Option<Figure>,
}

#[derive(Clone, Debug)]
struct ClaimSpec {
    id: String,
    order: i64,
    page: i64,
    page_printed: Option<String>,
    location: String,
    sentence_zh_extracted: String,
    sentence_zh: String,
    clause_zh: Option<String>,
    statement_en: String,
    reading: Option<String>,
    checkable: bool,
    not_checkable_reason: Option<String>,
    decided_transcription_note: Option<String>,
    restates: Option<String>,
    note: Option<String>,
    alternatives: Vec<Alternative>,
    checks: Vec<CheckSpec>,
}

// ------------------------------------------------------------ the answer

/// Another reading of a claim's words and the verdict it would give
/// (documentation: not evaluated).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Alternative {
    pub reading: String,
    pub verdict: Verdict,
    /// The figures under that reading.
    pub arithmetic: String,
}

/// One figure a term rests on: a row of the dataset and its value.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct FigureRef {
    /// The row's label as printed.
    #[schema(example = "北京")]
    pub label: String,
    #[schema(example = "Beijing")]
    pub label_en: String,
    /// The value of the term's field in this row, exactly as printed; null
    /// for a count or a text field.
    #[schema(value_type = Option<f64>, required = true, example = 31.42)]
    pub value: Option<Figure>,
    /// The value of a text field (`count_distinct` of labels); null
    /// otherwise.
    #[schema(required = true)]
    pub text: Option<String>,
    /// The dataset endpoint serving this row.
    #[schema(example = "/talent/cities?report=maimai-aigc-talent-2023&city=%E5%8C%97%E4%BA%AC")]
    pub href: String,
    /// The row is flagged uncertain (its `uncertainty_note` says why).
    pub uncertain: bool,
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    /// Index of the row in its dataset (links claims to entities).
    #[serde(skip)]
    pub row: usize,
}

/// One term of a side of a check, evaluated.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct TermResult {
    /// Dataset kind the term reads.
    #[schema(example = "talent-cities")]
    pub dataset: String,
    /// The chart's title as printed, and in English.
    pub chart_title: String,
    pub chart_title_en: String,
    /// Page of the chart.
    pub page: i64,
    /// The row filter as the seed writes it (`city=北京|上海; rank=1`; empty:
    /// every row).
    #[schema(example = "city=北京")]
    pub row_filter: String,
    /// `value`, `sum`, `count`, `count_distinct`, `min` or `max`.
    #[schema(example = "value")]
    pub aggregate: String,
    /// The field aggregated; null for `count`.
    #[schema(required = true, example = "share_pct")]
    pub field: Option<String>,
    /// The term's weight (1; −1 subtracts it; 2.5 for "2.5 times").
    #[schema(value_type = f64, example = 1)]
    pub weight: Figure,
    /// The aggregate, exact; null when the term cannot be evaluated.
    #[schema(value_type = Option<f64>, required = true, example = 31.42)]
    pub value: Option<Figure>,
    /// Why the term cannot be evaluated; null when it can.
    #[schema(required = true)]
    pub error: Option<String>,
    /// The dataset endpoint serving the rows the filter selects.
    pub href: String,
    /// Every row the filter selects, with its figure.
    pub figures: Vec<FigureRef>,
    /// The filter's conditions (field, values), linking the claim to the
    /// entities it names.
    #[serde(skip)]
    pub conditions: Vec<(String, Vec<String>)>,
}

/// One side of a check: `constant + Σ weight × term`.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SideResult {
    /// The side's value, exact; null when a term cannot be evaluated.
    #[schema(value_type = Option<f64>, required = true, example = 29.37)]
    pub value: Option<Figure>,
    /// The side written out with its figures (`17.93 + 11.44 = 29.37`);
    /// null when a term cannot be evaluated.
    #[schema(required = true, example = "17.93 + 11.44 = 29.37")]
    pub text: Option<String>,
    #[schema(value_type = f64, example = 0)]
    pub constant: Figure,
    pub terms: Vec<TermResult>,
}

/// One check of a claim, evaluated.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CheckResult {
    pub check_order: i64,
    pub description: String,
    /// `>`, `>=`, `<`, `<=`, `=` or `≈`.
    #[schema(example = ">")]
    pub operator: String,
    /// For `≈`: how far apart the sides may be; null for the other
    /// operators.
    #[schema(value_type = Option<f64>, required = true)]
    pub tolerance: Option<Figure>,
    /// Whether the comparison holds; null when it cannot be evaluated.
    #[schema(required = true)]
    pub holds: Option<bool>,
    /// The comparison with its figures (`31.42 > 17.93 + 11.44 = 29.37`);
    /// null when it cannot be evaluated.
    #[schema(required = true, example = "31.42 > 17.93 + 11.44 = 29.37")]
    pub comparison: Option<String>,
    /// Why it cannot be evaluated; null when it can.
    #[schema(required = true)]
    pub error: Option<String>,
    pub left: SideResult,
    pub right: SideResult,
}

/// A claim of the report with its verdict, computed from the served figures
/// when the data loaded, and every figure it rests on.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Claim {
    #[schema(example = "beijing-exceeds-shanghai-plus-shenzhen")]
    pub claim_id: String,
    pub claim_order: i64,
    #[schema(example = 9)]
    pub page: i64,
    #[schema(required = true, example = "—9—")]
    pub page_printed: Option<String>,
    /// `headline`, `body` or `caption`.
    pub location: String,
    /// The words this claim checks (the clause, when the sentence makes
    /// several claims), normalised.
    #[schema(example = "数量超过上海、深圳两城总和")]
    pub statement_zh: String,
    pub statement_en: String,
    /// The whole sentence, normalised to ordinary characters.
    pub sentence_zh: String,
    /// The whole sentence exactly as the report's text layer has it.
    pub sentence_zh_extracted: String,
    /// The clause checked, when the sentence makes several claims.
    #[schema(required = true)]
    pub clause_zh: Option<String>,
    /// How the words were read (the bounds of 近, 成, 约 ... and why).
    #[schema(required = true)]
    pub reading: Option<String>,
    #[schema(required = true)]
    pub note: Option<String>,
    /// The claim this one repeats; null when none.
    #[schema(required = true)]
    pub restates: Option<String>,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub verdict_label_en: String,
    /// ✓, ✗ or ?.
    pub mark: String,
    /// Every check's comparison, separated by `; `; null when not checkable.
    #[schema(required = true)]
    pub comparison: Option<String>,
    /// Why the claim is not checkable, or which check fails.
    #[schema(required = true)]
    pub reason: Option<String>,
    /// The seed used this sentence to decide how a chart is read: the
    /// verdict shows consistency, not independent confirmation.
    pub decided_transcription: bool,
    #[schema(required = true)]
    pub decided_transcription_note: Option<String>,
    /// A figure it rests on is flagged uncertain (its row is).
    pub uncertain: bool,
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    /// The datasets its checks read.
    pub datasets: Vec<String>,
    pub checks: Vec<CheckResult>,
    /// Other readings of the words and the verdict each would give.
    pub alternatives: Vec<Alternative>,
}

impl Claim {
    /// The same claim with every `href` under `base` (the path prefix
    /// clients reach the service under).
    pub fn with_base(&self, base: &str) -> Claim {
        let mut claim = self.clone();
        if base.is_empty() {
            return claim;
        }
        for check in &mut claim.checks {
            for term in check.left.terms.iter_mut().chain(check.right.terms.iter_mut()) {
                term.href = format!("{base}{}", term.href);
                for figure in &mut term.figures {
                    figure.href = format!("{base}{}", figure.href);
                }
            }
        }
        claim
    }

    /// The rows of each dataset the claim's figures come from.
    pub fn rows_used(&self) -> impl Iterator<Item = (&str, usize)> {
        self.checks
            .iter()
            .flat_map(|c| c.left.terms.iter().chain(&c.right.terms))
            .flat_map(|t| t.figures.iter().map(move |f| (t.dataset.as_str(), f.row)))
    }
}

// ----------------------------------------------------------------- loading

fn decimal(text: &str) -> Option<Decimal> {
    text.parse::<Figure>().ok().map(|f| f.value())
}

/// Parses a row filter: `field=value|value; field=value`, `''` for none.
fn parse_filter(kind: &'static DatasetKind, text: &str) -> Result<Vec<(&'static str, Vec<String>)>, String> {
    let mut conditions: Vec<(&'static str, Vec<String>)> = Vec::new();
    if text.is_empty() {
        return Ok(conditions);
    }
    for part in text.split("; ") {
        let (name, values) = part
            .split_once('=')
            .ok_or_else(|| format!("row filter {text:?}: {part:?} is not field=value"))?;
        let field = kind
            .fields
            .iter()
            .find(|f| f.name == name)
            .ok_or_else(|| format!("row filter {text:?}: {} has no field {name:?}", kind.id))?;
        if conditions.iter().any(|(f, _)| *f == field.name) {
            return Err(format!("row filter {text:?}: {name} is given twice"));
        }
        let values: Vec<String> = values.split('|').map(str::to_owned).collect();
        if values
            .iter()
            .any(|v| v.is_empty() || v.contains(';') || v.contains('='))
        {
            return Err(format!("row filter {text:?}: an empty or malformed value for {name}"));
        }
        conditions.push((field.name, values));
    }
    Ok(conditions)
}

/// Reads and validates every claim of `report`. Malformed seed rows are an
/// error naming the claim.
async fn load_specs(connection: &mut SqliteConnection, report: &str) -> Result<Vec<ClaimSpec>, SpecError> {
    let rows = sqlx::query(
        "SELECT claim_id, claim_order, page, page_printed, location, sentence_zh_extracted, sentence_zh,
                clause_zh, statement_en, reading, status, not_checkable_reason, decided_transcription_note,
                restates, note
         FROM claims WHERE report_id = ?1 ORDER BY claim_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?;
    let mut claims = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("claim_id")?;
        if RESERVED_NAMES.contains(&id.as_str()) {
            return Err(invalid(
                "claims",
                format!("claim id {id:?} is reserved (it is a path of /claims)"),
            ));
        }
        let status: String = r.try_get("status")?;
        claims.push(ClaimSpec {
            id,
            order: r.try_get("claim_order")?,
            page: r.try_get("page")?,
            page_printed: r.try_get("page_printed")?,
            location: r.try_get("location")?,
            sentence_zh_extracted: r.try_get("sentence_zh_extracted")?,
            sentence_zh: r.try_get("sentence_zh")?,
            clause_zh: r.try_get("clause_zh")?,
            statement_en: r.try_get("statement_en")?,
            reading: r.try_get("reading")?,
            checkable: status == "checkable",
            not_checkable_reason: r.try_get("not_checkable_reason")?,
            decided_transcription_note: r.try_get("decided_transcription_note")?,
            restates: r.try_get("restates")?,
            note: r.try_get("note")?,
            alternatives: Vec::new(),
            checks: Vec::new(),
        });
    }
    let index: BTreeMap<String, usize> = claims.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();

    for r in sqlx::query(
        "SELECT claim_id, reading, verdict, arithmetic FROM claim_alternatives
         WHERE report_id = ?1 ORDER BY claim_id, alternative_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let id: String = r.try_get("claim_id")?;
        let verdict: String = r.try_get("verdict")?;
        let claim = &mut claims[index[&id]];
        claim.alternatives.push(Alternative {
            reading: r.try_get("reading")?,
            verdict: Verdict::parse(&verdict)
                .ok_or_else(|| invalid("claim_alternatives", format!("claim {id}: unknown verdict {verdict:?}")))?,
            arithmetic: r.try_get("arithmetic")?,
        });
    }

    for r in sqlx::query(
        "SELECT claim_id, check_order, description, left_const, operator, right_const, tolerance
         FROM claim_checks WHERE report_id = ?1 ORDER BY claim_id, check_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let id: String = r.try_get("claim_id")?;
        let order: i64 = r.try_get("check_order")?;
        let fail = |message: String| invalid("claim_checks", format!("claim {id}, check {order}: {message}"));
        let operator_text: String = r.try_get("operator")?;
        let operator =
            Operator::parse(&operator_text).ok_or_else(|| fail(format!("unknown operator {operator_text:?}")))?;
        let constant = |column: &str| -> Result<SideSpec, SpecError> {
            let text: String = r.try_get(column)?;
            let value = decimal(&text).ok_or_else(|| fail(format!("{column} {text:?} is not a decimal")))?;
            Ok(SideSpec {
                constant: value,
                constant_text: text,
                terms: Vec::new(),
            })
        };
        let tolerance = match r.try_get::<Option<String>, _>("tolerance")? {
            Some(text) => Some(
                text.parse::<Figure>()
                    .ok()
                    .filter(|t| t.value() >= Decimal::ZERO)
                    .ok_or_else(|| fail(format!("tolerance {text:?} is not a decimal >= 0")))?,
            ),
            None => None,
        };
        if (operator == Operator::About) != tolerance.is_some() {
            return Err(fail("≈ needs a tolerance, and only ≈ takes one".to_owned()));
        }
        let check = CheckSpec {
            order,
            description: r.try_get("description")?,
            left: constant("left_const")?,
            operator,
            operator_text,
            right: constant("right_const")?,
            tolerance,
        };
        claims[index[&id]].checks.push(check);
    }

    for r in sqlx::query(
        "SELECT claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight
         FROM claim_terms WHERE report_id = ?1 ORDER BY claim_id, check_order, side, term_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let id: String = r.try_get("claim_id")?;
        let order: i64 = r.try_get("check_order")?;
        let side: String = r.try_get("side")?;
        let term_order: i64 = r.try_get("term_order")?;
        let fail = |message: String| {
            invalid(
                "claim_terms",
                format!("claim {id}, check {order}, {side} term {term_order}: {message}"),
            )
        };
        let dataset: String = r.try_get("dataset")?;
        let kind = KINDS.iter().find(|k| k.id == dataset).ok_or_else(|| {
            let known: Vec<&str> = KINDS.iter().map(|k| k.id).collect();
            fail(format!("{dataset:?} is not a dataset kind ({})", known.join(", ")))
        })?;
        let aggregate_text: String = r.try_get("aggregate")?;
        let aggregate =
            Aggregate::parse(&aggregate_text).ok_or_else(|| fail(format!("unknown aggregate {aggregate_text:?}")))?;
        let field = match r.try_get::<Option<String>, _>("field")? {
            None if aggregate == Aggregate::Count => None,
            None => return Err(fail(format!("{aggregate_text} needs a field"))),
            Some(_) if aggregate == Aggregate::Count => return Err(fail("count takes no field".to_owned())),
            Some(name) => {
                let spec = kind
                    .fields
                    .iter()
                    .find(|f| f.name == name)
                    .ok_or_else(|| fail(format!("{} has no field {name:?}", kind.id)))?;
                if aggregate.numeric() && !matches!(spec.ty, FieldType::Figure | FieldType::Integer) {
                    return Err(fail(format!("{aggregate_text} needs a number, and {name} is not one")));
                }
                Some(spec.name)
            }
        };
        let filter_text: String = r.try_get("row_filter")?;
        let filter = parse_filter(kind, &filter_text).map_err(fail)?;
        let weight_text: String = r.try_get("weight")?;
        let weight = decimal(&weight_text).ok_or_else(|| fail(format!("weight {weight_text:?} is not a decimal")))?;
        let claim = &mut claims[index[&id]];
        let check = claim
            .checks
            .iter_mut()
            .find(|c| c.order == order)
            .ok_or_else(|| fail("no such check".to_owned()))?;
        let side = match side.as_str() {
            "left" => &mut check.left,
            "right" => &mut check.right,
            other => return Err(fail(format!("side {other:?} is neither left nor right"))),
        };
        side.terms.push(TermSpec {
            dataset: kind,
            filter_text,
            filter,
            aggregate,
            field,
            weight,
        });
    }

    for claim in &claims {
        let fail = |message: String| invalid("claims", format!("claim {}: {message}", claim.id));
        match (claim.checkable, claim.checks.is_empty()) {
            (true, true) => return Err(fail("checkable, but it has no checks".to_owned())),
            (false, false) => return Err(fail("not checkable, but it has checks".to_owned())),
            _ => {}
        }
        for check in &claim.checks {
            if check.left.terms.is_empty() && check.right.terms.is_empty() {
                return Err(fail(format!("check {} compares constants only", check.order)));
            }
        }
        if let Some(restated) = &claim.restates
            && !index.contains_key(restated)
        {
            return Err(fail(format!("restates {restated:?}, which is no claim of the report")));
        }
    }
    Ok(claims)
}

// -------------------------------------------------------------- evaluation

/// A term evaluated: its value, how it reads, and the figures.
struct TermValue {
    value: Decimal,
    text: String,
    compound: bool,
}

fn cell_number(value: &Value) -> Option<(Decimal, String)> {
    match value {
        Value::Figure(f) => Some((f.value(), f.as_str().to_owned())),
        Value::Integer(i) => Some((Decimal::from(*i), i.to_string())),
        _ => None,
    }
}

fn evaluate_term(term: &TermSpec, views: &[DatasetView<'_>]) -> (TermResult, Result<TermValue, String>) {
    let mut result = TermResult {
        dataset: term.dataset.id.to_owned(),
        chart_title: String::new(),
        chart_title_en: String::new(),
        page: 0,
        row_filter: term.filter_text.clone(),
        aggregate: term.aggregate.code().to_owned(),
        field: term.field.map(str::to_owned),
        weight: Figure::from_decimal(term.weight),
        value: None,
        error: None,
        href: String::new(),
        figures: Vec::new(),
        conditions: term
            .filter
            .iter()
            .map(|(field, values)| ((*field).to_owned(), values.clone()))
            .collect(),
    };
    let Some(view) = views.iter().find(|v| v.kind.id == term.dataset.id) else {
        let error = format!("the report has no dataset {}", term.dataset.id);
        result.error = Some(error.clone());
        return (result, Err(error));
    };
    result.chart_title = view.title.to_owned();
    result.chart_title_en = view.title_en.to_owned();
    result.page = view.page;
    result.href = view.href(&term.filter);
    let table = view.table;
    let column = |name: &str| table.field_index(name).expect("validated against the kind");

    // Every value of the filter must be one the dataset holds.
    for (field, values) in &term.filter {
        let i = column(field);
        if let Some(missing) = values
            .iter()
            .find(|v| !table.rows.iter().any(|r| r.0[i].to_csv_field() == **v))
        {
            let error = format!("{} holds no row with {field} = {missing}", term.dataset.id);
            result.error = Some(error.clone());
            return (result, Err(error));
        }
    }
    let matched: Vec<usize> = (0..table.rows.len())
        .filter(|&r| {
            term.filter.iter().all(|(field, values)| {
                let cell = table.rows[r].0[column(field)].to_csv_field();
                values.contains(&cell)
            })
        })
        .collect();

    let field = term.field.map(column);
    let mut numbers: Vec<(Decimal, String)> = Vec::new();
    for &r in &matched {
        let (label, label_en) = view.labels(r);
        let cell = field.map(|f| &table.rows[r].0[f]);
        let number = cell.and_then(cell_number);
        let text = match (cell, &number) {
            (Some(v @ Value::Text(_)), None) => Some(v.to_csv_field()),
            (Some(Value::Bool(b)), None) => Some(b.to_string()),
            _ => None,
        };
        if let Some(n) = &number {
            numbers.push(n.clone());
        }
        result.figures.push(FigureRef {
            label,
            label_en,
            value: cell.and_then(|c| match c {
                Value::Figure(f) => Some(f.clone()),
                Value::Integer(i) => Some(Figure::from_decimal(Decimal::from(*i))),
                _ => None,
            }),
            text,
            href: if matched.len() == 1 {
                result.href.clone()
            } else {
                view.row_href(&term.filter, r)
            },
            uncertain: view.row_uncertain(r),
            uncertainty_note: if view.row_uncertain(r) { view.row_note(r) } else { None },
            row: r,
        });
    }

    let describe = || {
        if term.filter_text.is_empty() {
            "every row".to_owned()
        } else {
            term.filter_text.clone()
        }
    };
    if term.aggregate.numeric() && numbers.len() != matched.len() {
        let error = format!(
            "{}: {} is null in a row of {}",
            term.dataset.id,
            term.field.unwrap_or(""),
            describe()
        );
        result.error = Some(error.clone());
        return (result, Err(error));
    }
    let outcome = match term.aggregate {
        Aggregate::Value => match numbers.as_slice() {
            [(value, text)] => Ok(TermValue {
                value: *value,
                text: text.clone(),
                compound: false,
            }),
            _ => Err(format!(
                "{} rows of {} match {}; a value needs exactly one",
                matched.len(),
                term.dataset.id,
                describe()
            )),
        },
        Aggregate::Sum => {
            let value = numbers.iter().map(|(v, _)| *v).sum::<Decimal>();
            let texts: Vec<&str> = numbers.iter().map(|(_, t)| t.as_str()).collect();
            Ok(match texts.as_slice() {
                [] => TermValue {
                    value,
                    text: "0".to_owned(),
                    compound: false,
                },
                [one] => TermValue {
                    value,
                    text: (*one).to_owned(),
                    compound: false,
                },
                many => TermValue {
                    value,
                    text: many.join(" + "),
                    compound: true,
                },
            })
        }
        Aggregate::Count => {
            let value = Decimal::from(matched.len());
            Ok(TermValue {
                value,
                text: value.to_string(),
                compound: false,
            })
        }
        Aggregate::CountDistinct => {
            let i = field.expect("count_distinct has a field");
            let mut seen: Vec<String> = matched.iter().map(|&r| table.rows[r].0[i].to_csv_field()).collect();
            seen.sort();
            seen.dedup();
            let value = Decimal::from(seen.len());
            Ok(TermValue {
                value,
                text: value.to_string(),
                compound: false,
            })
        }
        Aggregate::Min | Aggregate::Max => {
            let pick = numbers.iter().fold(None::<&(Decimal, String)>, |best, n| match best {
                Some(b)
                    if (term.aggregate == Aggregate::Min && b.0 <= n.0)
                        || (term.aggregate == Aggregate::Max && b.0 >= n.0) =>
                {
                    Some(b)
                }
                _ => Some(n),
            });
            match pick {
                None => Err(format!("no row of {} matches {}", term.dataset.id, describe())),
                Some((value, text)) => Ok(TermValue {
                    value: *value,
                    text: if numbers.len() == 1 {
                        text.clone()
                    } else {
                        format!("{} {text}", term.aggregate.code())
                    },
                    compound: false,
                }),
            }
        }
    };
    match &outcome {
        Ok(term_value) => result.value = Some(Figure::from_decimal(term_value.value)),
        Err(error) => result.error = Some(error.clone()),
    }
    (result, outcome)
}

/// Evaluates one side: its value and how it reads, or the first error.
fn evaluate_side(side: &SideSpec, views: &[DatasetView<'_>]) -> (SideResult, Result<(Decimal, String), String>) {
    let mut terms = Vec::with_capacity(side.terms.len());
    let mut error = None;
    let mut total = side.constant;
    let mut text = String::new();
    let mut needs_total = side.terms.len() > 1 || (!side.terms.is_empty() && !side.constant.is_zero());
    // A product's trailing zeros say nothing (2.5 × 11.44 is 28.6, not 28.600).
    let scaled = side.terms.iter().any(|t| t.weight.abs() != Decimal::ONE);
    for (i, term) in side.terms.iter().enumerate() {
        let (result, outcome) = evaluate_term(term, views);
        terms.push(result);
        let value = match outcome {
            Ok(value) => value,
            Err(e) => {
                error.get_or_insert(e);
                continue;
            }
        };
        total += term.weight * value.value;
        let magnitude = term.weight.abs();
        let body = if magnitude == Decimal::ONE {
            if value.compound && (side.terms.len() > 1 || term.weight.is_sign_negative()) {
                format!("({})", value.text)
            } else {
                value.text.clone()
            }
        } else {
            needs_total = true;
            let inner = if value.compound {
                format!("({})", value.text)
            } else {
                value.text.clone()
            };
            format!("{magnitude} × {inner}")
        };
        needs_total |= value.compound || term.weight.is_sign_negative();
        match (i, term.weight.is_sign_negative()) {
            (0, false) => text.push_str(&body),
            (0, true) => text.push_str(&format!("− {body}")),
            (_, false) => text.push_str(&format!(" + {body}")),
            (_, true) => text.push_str(&format!(" − {body}")),
        }
    }
    if side.terms.is_empty() {
        text = side.constant_text.clone();
    } else if !side.constant.is_zero() {
        if side.constant.is_sign_negative() {
            text.push_str(&format!(" − {}", side.constant.abs()));
        } else {
            text.push_str(&format!(" + {}", side.constant_text));
        }
    }
    if scaled {
        total = total.normalize();
    }
    if needs_total {
        text.push_str(&format!(" = {total}"));
    }
    let outcome = match error {
        Some(e) => Err(e),
        None => Ok((total, text)),
    };
    let result = SideResult {
        value: outcome.as_ref().ok().map(|(v, _)| Figure::from_decimal(*v)),
        text: outcome.as_ref().ok().map(|(_, t)| t.clone()),
        constant: Figure::from_decimal(side.constant),
        terms,
    };
    (result, outcome)
}

fn evaluate_check(check: &CheckSpec, views: &[DatasetView<'_>]) -> CheckResult {
    let (left, left_outcome) = evaluate_side(&check.left, views);
    let (right, right_outcome) = evaluate_side(&check.right, views);
    let tolerance = check.tolerance.as_ref().map(Figure::value).unwrap_or_default();
    let (holds, comparison, error) = match (left_outcome, right_outcome) {
        (Ok((l, l_text)), Ok((r, r_text))) => {
            let mut comparison = format!("{l_text} {} {r_text}", check.operator.symbol());
            if let Some(t) = &check.tolerance {
                comparison.push_str(&format!(" (±{t})"));
            }
            (Some(check.operator.holds(l, r, tolerance)), Some(comparison), None)
        }
        (Err(e), _) | (_, Err(e)) => (None, None, Some(e)),
    };
    CheckResult {
        check_order: check.order,
        description: check.description.clone(),
        operator: check.operator_text.clone(),
        tolerance: check.tolerance.clone(),
        holds,
        comparison,
        error,
        left,
        right,
    }
}

fn evaluate(spec: &ClaimSpec, views: &[DatasetView<'_>]) -> Claim {
    let checks: Vec<CheckResult> = spec.checks.iter().map(|c| evaluate_check(c, views)).collect();
    let (verdict, comparison, reason) = if !spec.checkable {
        (Verdict::NotCheckable, None, spec.not_checkable_reason.clone())
    } else if let Some(failed) = checks.iter().find(|c| c.error.is_some()) {
        (
            Verdict::NotCheckable,
            None,
            Some(format!(
                "{}: {}",
                failed.description,
                failed.error.as_deref().unwrap_or_default()
            )),
        )
    } else {
        let comparison = checks
            .iter()
            .filter_map(|c| c.comparison.clone())
            .collect::<Vec<_>>()
            .join("; ");
        let failing: Vec<String> = checks
            .iter()
            .filter(|c| c.holds == Some(false))
            .map(|c| {
                format!(
                    "does not hold: {} ({})",
                    c.description,
                    c.comparison.as_deref().unwrap_or_default()
                )
            })
            .collect();
        if failing.is_empty() {
            (Verdict::Supported, Some(comparison), None)
        } else {
            (Verdict::NotSupported, Some(comparison), Some(failing.join("; ")))
        }
    };

    let mut datasets: Vec<String> = Vec::new();
    for term in spec
        .checks
        .iter()
        .flat_map(|c| c.left.terms.iter().chain(&c.right.terms))
    {
        if !datasets.iter().any(|d| d == term.dataset.id) {
            datasets.push(term.dataset.id.to_owned());
        }
    }
    let note = uncertainty(&checks, &datasets, views);
    let decided = spec.decided_transcription_note.is_some();
    let (label, label_en) = verdict.labels(decided);
    Claim {
        claim_id: spec.id.clone(),
        claim_order: spec.order,
        page: spec.page,
        page_printed: spec.page_printed.clone(),
        location: spec.location.clone(),
        statement_zh: spec.clause_zh.clone().unwrap_or_else(|| spec.sentence_zh.clone()),
        statement_en: spec.statement_en.clone(),
        sentence_zh: spec.sentence_zh.clone(),
        sentence_zh_extracted: spec.sentence_zh_extracted.clone(),
        clause_zh: spec.clause_zh.clone(),
        reading: spec.reading.clone(),
        note: spec.note.clone(),
        restates: spec.restates.clone(),
        verdict,
        verdict_label: label.to_owned(),
        verdict_label_en: label_en.to_owned(),
        mark: verdict.mark().to_owned(),
        comparison,
        reason,
        decided_transcription: decided,
        decided_transcription_note: spec.decided_transcription_note.clone(),
        uncertain: note.is_some(),
        uncertainty_note: note,
        datasets,
        checks,
        alternatives: spec.alternatives.clone(),
    }
}

/// Which of the figures a claim rests on are flagged uncertain, in words;
/// `None` when none is. (A dataset's own flag speaks of its rows: the rows
/// flagged are what a claim rests on.)
fn uncertainty(checks: &[CheckResult], datasets: &[String], views: &[DatasetView<'_>]) -> Option<String> {
    let mut parts = Vec::new();
    for dataset in datasets {
        let Some(view) = views.iter().find(|v| v.kind.id == dataset) else {
            continue;
        };
        let mut rows: Vec<String> = Vec::new();
        for term in checks
            .iter()
            .flat_map(|c| c.left.terms.iter().chain(&c.right.terms))
            .filter(|t| &t.dataset == dataset)
        {
            for figure in &term.figures {
                if view.row_uncertain(figure.row) && !rows.contains(&figure.label) {
                    rows.push(figure.label.clone());
                }
            }
        }
        if !rows.is_empty() {
            parts.push(format!("{dataset} ({})", rows.join(LIST_SEPARATOR)));
        }
    }
    (!parts.is_empty()).then(|| {
        format!(
            "Rests on rows flagged uncertain: {}. Each figure's uncertainty_note says why.",
            parts.join("; ")
        )
    })
}

/// Reads the claims of `report`, validates them and evaluates every one
/// against `views`, the report's datasets. Empty when the report has none.
pub async fn load(
    connection: &mut SqliteConnection,
    report: &str,
    views: &[DatasetView<'_>],
) -> Result<Vec<Claim>, SpecError> {
    let specs = load_specs(connection, report).await?;
    Ok(specs.iter().map(|spec| evaluate(spec, views)).collect())
}

/// The claims as the rows of the `claims` kind (its fields, in its order).
pub fn table(kind: &'static DatasetKind, claims: &[Claim]) -> Table {
    let mut table = Table::for_kind(kind);
    for claim in claims {
        let mut row = RowBuilder::new(&table);
        row.text("claim_id", &claim.claim_id);
        row.set("claim_order", Value::Integer(claim.claim_order));
        row.set("page", Value::Integer(claim.page));
        row.optional_text("page_printed", claim.page_printed.as_deref());
        row.text("location", &claim.location);
        row.text("statement_zh", &claim.statement_zh);
        row.text("statement_en", &claim.statement_en);
        row.text("sentence_zh", &claim.sentence_zh);
        row.text("sentence_zh_extracted", &claim.sentence_zh_extracted);
        row.text("verdict", claim.verdict.code());
        row.text("verdict_label", &claim.verdict_label);
        row.text("verdict_label_en", &claim.verdict_label_en);
        row.text("mark", &claim.mark);
        row.optional_text("comparison", claim.comparison.as_deref());
        row.optional_text("reason", claim.reason.as_deref());
        row.optional_text("reading", claim.reading.as_deref());
        row.text("datasets", &claim.datasets.join(LIST_SEPARATOR));
        row.set("decided_transcription", Value::Bool(claim.decided_transcription));
        row.optional_text(
            "decided_transcription_note",
            claim.decided_transcription_note.as_deref(),
        );
        row.optional_text("restates", claim.restates.as_deref());
        row.set("uncertain", Value::Bool(claim.uncertain));
        row.optional_text("uncertainty_note", claim.uncertainty_note.as_deref());
        table.rows.push(row.finish());
    }
    table
}

/// Builds a row of a derived table field by field, by name.
pub(crate) struct RowBuilder<'t> {
    table: &'t Table,
    values: Vec<Value>,
}

impl<'t> RowBuilder<'t> {
    pub(crate) fn new(table: &'t Table) -> Self {
        RowBuilder {
            table,
            values: vec![Value::Null; table.fields.len()],
        }
    }

    pub(crate) fn set(&mut self, name: &str, value: Value) {
        let index = self
            .table
            .field_index(name)
            .unwrap_or_else(|| panic!("the derived kind has a field {name}"));
        self.values[index] = value;
    }

    pub(crate) fn text(&mut self, name: &str, text: &str) {
        self.set(name, Value::Text(text.into()));
    }

    pub(crate) fn optional_text(&mut self, name: &str, text: Option<&str>) {
        self.set(name, text.map_or(Value::Null, |t| Value::Text(t.into())));
    }

    pub(crate) fn finish(self) -> Row {
        for (field, value) in self.table.fields.iter().zip(&self.values) {
            debug_assert!(
                field.nullable || *value != Value::Null,
                "{} is not nullable",
                field.name
            );
        }
        Row(self.values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::kinds::kind;

    fn cities() -> Table {
        let mut table = Table::for_kind(kind("talent-cities").unwrap());
        for (rank, city, en, share) in [
            (1, "北京", "Beijing", "31.42"),
            (2, "上海", "Shanghai", "17.93"),
            (3, "深圳", "Shenzhen", "11.44"),
        ] {
            table.rows.push(Row(vec![
                Value::Integer(rank),
                Value::Text(city.into()),
                Value::Text(en.into()),
                Value::Figure(share.parse().unwrap()),
                Value::Bool(false),
                Value::Null,
            ]));
        }
        table
    }

    fn view(table: &Table) -> DatasetView<'_> {
        DatasetView {
            kind: kind("talent-cities").unwrap(),
            report: "r",
            table,
            title: "AIGC人才主要分布城市TOP10",
            title_en: "Top 10 cities",
            page: 9,
        }
    }

    fn term(filter: &str, aggregate: Aggregate, weight: &str) -> TermSpec {
        let dataset = kind("talent-cities").unwrap();
        TermSpec {
            dataset,
            filter_text: filter.to_owned(),
            filter: parse_filter(dataset, filter).unwrap(),
            aggregate,
            field: (aggregate != Aggregate::Count).then_some("share_pct"),
            weight: weight.parse().unwrap(),
        }
    }

    fn side(terms: Vec<TermSpec>, constant: &str) -> SideSpec {
        SideSpec {
            constant: constant.parse().unwrap(),
            constant_text: constant.to_owned(),
            terms,
        }
    }

    fn check(left: SideSpec, operator: &str, right: SideSpec) -> CheckSpec {
        CheckSpec {
            order: 1,
            description: "test".into(),
            left,
            operator: Operator::parse(operator).unwrap(),
            operator_text: operator.into(),
            right,
            tolerance: (operator == "≈").then(|| "0.005".parse().unwrap()),
        }
    }

    #[test]
    fn a_sum_on_one_side_reads_as_its_figures_and_total() {
        let table = cities();
        let views = [view(&table)];
        let result = evaluate_check(
            &check(
                side(vec![term("city=北京", Aggregate::Value, "1")], "0"),
                ">",
                side(
                    vec![
                        term("city=上海", Aggregate::Value, "1"),
                        term("city=深圳", Aggregate::Value, "1"),
                    ],
                    "0",
                ),
            ),
            &views,
        );
        assert_eq!(result.holds, Some(true));
        assert_eq!(result.comparison.as_deref(), Some("31.42 > 17.93 + 11.44 = 29.37"));
        let figure = &result.right.terms[0].figures[0];
        assert_eq!(figure.value.as_ref().map(Figure::as_str), Some("17.93"));
        assert!(
            figure.href.starts_with("/talent/cities?report=r&city="),
            "{}",
            figure.href
        );
    }

    #[test]
    fn weights_differences_and_constants_are_exact_and_written_out() {
        let table = cities();
        let views = [view(&table)];
        let result = evaluate_check(
            &check(
                side(
                    vec![
                        term("city=北京|上海", Aggregate::Sum, "1"),
                        term("city=深圳", Aggregate::Value, "-1"),
                    ],
                    "0",
                ),
                ">=",
                side(vec![term("city=深圳", Aggregate::Value, "2.5")], "0"),
            ),
            &views,
        );
        assert_eq!(
            result.comparison.as_deref(),
            Some("(31.42 + 17.93) − 11.44 = 37.91 ≥ 2.5 × 11.44 = 28.6")
        );
        assert_eq!(result.holds, Some(true));
        let constant = evaluate_check(
            &check(
                side(vec![term("", Aggregate::Count, "1")], "0"),
                "=",
                side(Vec::new(), "3"),
            ),
            &views,
        );
        assert_eq!(constant.comparison.as_deref(), Some("3 = 3"));
    }

    #[test]
    fn a_value_the_data_does_not_hold_makes_the_term_an_error_not_a_zero() {
        let table = cities();
        let views = [view(&table)];
        let result = evaluate_check(
            &check(
                side(vec![term("city=北京|东京", Aggregate::Sum, "1")], "0"),
                ">",
                side(Vec::new(), "50"),
            ),
            &views,
        );
        assert_eq!(result.holds, None);
        assert!(result.error.unwrap().contains("东京"));
    }

    #[test]
    fn about_compares_within_the_tolerance() {
        let table = cities();
        let views = [view(&table)];
        let result = evaluate_check(
            &check(
                side(vec![term("city=北京", Aggregate::Value, "1")], "0"),
                "≈",
                side(Vec::new(), "31.42"),
            ),
            &views,
        );
        assert_eq!(result.holds, Some(true));
        assert_eq!(result.comparison.as_deref(), Some("31.42 ≈ 31.42 (±0.005)"));
    }

    #[test]
    fn malformed_filters_are_rejected_with_the_reason() {
        let cities = kind("talent-cities").unwrap();
        assert!(parse_filter(cities, "").unwrap().is_empty());
        assert_eq!(
            parse_filter(cities, "city=北京|上海; rank=1").unwrap(),
            vec![
                ("city", vec!["北京".to_owned(), "上海".to_owned()]),
                ("rank", vec!["1".to_owned()])
            ]
        );
        for bad in [
            "town=北京",
            "city",
            "city=",
            "city=北京;rank=1",
            "city=a; city=b",
            "city=a||b",
        ] {
            assert!(parse_filter(cities, bad).is_err(), "{bad:?} accepted");
        }
    }
}
