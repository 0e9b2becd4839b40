//! What a dataset query selects and how: the report (`?report=` or the
//! default), the dataset, the table (the dataset's rows or a comparison
//! view) and the validated plan of filters, sort and paging against it
//! ([`select`] → [`ResolvedQuery`]), and the rows the plan selects
//! ([`Plan::execute`] → [`SelectedRows`]). One implementation shared by the
//! dataset endpoints, the charts and `export`.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::options::{Lang, QueryOptions, Representation, View};
use super::params::Params;
use crate::data::{
    catalog::{Catalog, Dataset, ReportEntry},
    kinds::{DatasetKind, FieldType},
    table::{Row, Table, TableRule, list_items},
    value::Value,
};
use crate::error::{ApiError, echo};

/// Bound of numeric filter values: filters accept numbers from
/// `-FILTER_BOUND` to `FILTER_BOUND` (documented in the OpenAPI document).
pub const FILTER_BOUND: i64 = 1_000_000;

/// A column of the answer: the language-dependent `label`, or a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Label,
    Field(usize),
}

impl Column {
    pub fn name<'t>(&self, table: &'t Table) -> &'t str {
        match self {
            Column::Label => "label",
            Column::Field(i) => &table.fields[*i].name,
        }
    }

    pub fn value<'r>(&self, table: &Table, row: &'r Row, lang: Lang) -> &'r Value {
        match self {
            Column::Label => match lang {
                Lang::Zh => &row.0[table.label.0],
                Lang::En => &row.0[table.label.1],
            },
            Column::Field(i) => &row.0[*i],
        }
    }
}

/// A typed bound or category to compare a field with.
#[derive(Clone, Debug)]
enum Operand {
    Text(String),
    Integer(i64),
    Figure(Decimal),
    Bool(bool),
}

impl Operand {
    fn cmp_value(&self, value: &Value) -> Option<Ordering> {
        match (value, self) {
            (Value::Text(t), Operand::Text(o)) => Some(t.as_ref().cmp(o.as_str())),
            (Value::Integer(i), Operand::Integer(o)) => Some(i.cmp(o)),
            (Value::Figure(f), Operand::Figure(o)) => Some(f.value().cmp(o)),
            (Value::Bool(b), Operand::Bool(o)) => Some(b.cmp(o)),
            _ => None,
        }
    }

    fn matches(&self, value: &Value) -> bool {
        match (value, self) {
            (Value::Text(t), Operand::Text(o)) => t.as_ref() == o.as_str(),
            _ => self.cmp_value(value) == Some(Ordering::Equal),
        }
    }
}

#[derive(Clone, Debug)]
enum Condition {
    AnyEquals(Vec<usize>, Vec<Operand>),
    Exactly(usize, Vec<String>),
    AtLeast(usize, Operand),
    AtMost(usize, Operand),
    /// Any of the fields' lists holds any of the values as an item.
    Includes(Vec<usize>, Vec<String>),
}

/// Whether the list in `value` holds `item`.
fn list_holds(value: &Value, item: &str) -> bool {
    value.as_text().is_some_and(|text| list_items(text).any(|i| i == item))
}

impl Condition {
    fn keeps(&self, row: &Row) -> bool {
        match self {
            Condition::AnyEquals(fields, values) => values.iter().any(|v| fields.iter().any(|&f| v.matches(&row.0[f]))),
            Condition::Exactly(f, values) => values.iter().any(|v| row.0[*f].as_text() == Some(v.as_str())),
            Condition::AtLeast(f, bound) => {
                matches!(bound.cmp_value(&row.0[*f]), Some(Ordering::Greater | Ordering::Equal))
            }
            Condition::AtMost(f, bound) => {
                matches!(bound.cmp_value(&row.0[*f]), Some(Ordering::Less | Ordering::Equal))
            }
            Condition::Includes(fields, values) => {
                values.iter().any(|v| fields.iter().any(|&f| list_holds(&row.0[f], v)))
            }
        }
    }
}

/// A validated query against one table.
#[derive(Clone, Debug)]
pub struct Plan {
    pub columns: Vec<Column>,
    sort: Vec<(Column, bool)>,
    conditions: Vec<Condition>,
    pub limit: usize,
    pub offset: usize,
    pub lang: Lang,
}

/// The rows a plan selects.
#[derive(Debug)]
pub struct SelectedRows<'t> {
    /// Rows after filtering, sorting and paging.
    pub rows: Vec<&'t Row>,
    /// Rows matching the filters, before paging.
    pub total: usize,
}

impl Plan {
    /// Validates the shared options and consumes the table's filter
    /// parameters from `params`.
    pub fn build(table: &Table, options: &QueryOptions, params: &mut Params) -> Result<Plan, ApiError> {
        let column = |name: &str| -> Option<Column> {
            if name == "label" {
                Some(Column::Label)
            } else {
                table.field_index(name).map(Column::Field)
            }
        };
        let field_list = || {
            std::iter::once("label")
                .chain(table.fields.iter().map(|f| f.name.as_ref()))
                .collect::<Vec<_>>()
                .join(", ")
        };

        let columns = match &options.fields {
            None => std::iter::once(Column::Label)
                .chain((0..table.fields.len()).map(Column::Field))
                .collect(),
            Some(names) => names
                .iter()
                .map(|n| {
                    column(n)
                        .ok_or_else(|| ApiError::invalid("fields", format!("has no field {}", echo(n)), field_list()))
                })
                .collect::<Result<_, _>>()?,
        };

        let sort = options
            .sort
            .iter()
            .map(|(name, desc)| {
                column(name)
                    .map(|c| (c, *desc))
                    .ok_or_else(|| ApiError::invalid("sort", format!("has no field {}", echo(name)), field_list()))
            })
            .collect::<Result<_, _>>()?;

        let mut conditions = Vec::new();
        for filter in &table.filters {
            let values = if filter.repeatable() {
                params.take_all(&filter.param)
            } else {
                params.take_one(&filter.param)?.into_iter().collect()
            };
            if values.is_empty() {
                continue;
            }
            let operands = values
                .iter()
                .map(|v| parse_operand(&filter.param, filter.ty, v))
                .collect::<Result<Vec<_>, _>>()?;
            let condition = match &filter.rule {
                TableRule::Equals(fields) => {
                    for (text, operand) in values.iter().zip(&operands) {
                        let known = table
                            .rows
                            .iter()
                            .any(|r| fields.iter().any(|&f| operand.matches(&r.0[f])));
                        if !known && filter.ty != FieldType::Boolean {
                            return Err(ApiError::invalid(
                                filter.param.as_ref(),
                                format!("has no category {} in this dataset", echo(text)),
                                known_categories(table, fields),
                            ));
                        }
                    }
                    Condition::AnyEquals(fields.clone(), operands)
                }
                TableRule::OneOf(field, allowed) => {
                    if let Some(text) = values.iter().find(|v| !allowed.iter().any(|a| a == v.as_str())) {
                        return Err(ApiError::invalid(
                            filter.param.as_ref(),
                            format!("must be one of {}, got {}", allowed.join(", "), echo(text)),
                            allowed.join(", "),
                        ));
                    }
                    Condition::Exactly(*field, values)
                }
                TableRule::Includes(fields) => {
                    for text in &values {
                        let known = table
                            .rows
                            .iter()
                            .any(|r| fields.iter().any(|&f| list_holds(&r.0[f], text)));
                        if !known {
                            return Err(ApiError::invalid(
                                filter.param.as_ref(),
                                format!("has no item {} in this dataset", echo(text)),
                                known_items(table, fields),
                            ));
                        }
                    }
                    Condition::Includes(fields.clone(), values)
                }
                TableRule::AtLeast(f) => Condition::AtLeast(*f, operands.into_iter().next().expect("one value")),
                TableRule::AtMost(f) => Condition::AtMost(*f, operands.into_iter().next().expect("one value")),
            };
            conditions.push(condition);
        }

        Ok(Plan {
            columns,
            sort,
            conditions,
            limit: options.limit,
            offset: options.offset,
            lang: options.lang,
        })
    }

    /// Filters, sorts (stably, after the chart's own order) and pages.
    pub fn execute<'t>(&self, table: &'t Table) -> SelectedRows<'t> {
        let mut rows: Vec<&Row> = table
            .rows
            .iter()
            .filter(|r| self.conditions.iter().all(|c| c.keeps(r)))
            .collect();
        if !self.sort.is_empty() {
            rows.sort_by(|a, b| {
                for (column, descending) in &self.sort {
                    let ordering = column
                        .value(table, a, self.lang)
                        .sort_cmp(column.value(table, b, self.lang));
                    let ordering = if *descending { ordering.reverse() } else { ordering };
                    if ordering != Ordering::Equal {
                        return ordering;
                    }
                }
                Ordering::Equal
            });
        }
        let total = rows.len();
        let rows = rows.into_iter().skip(self.offset).take(self.limit).collect();
        SelectedRows { rows, total }
    }
}

/// Lists the categories a filter accepts, Chinese / English, as in the data.
fn known_categories(table: &Table, fields: &[usize]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for row in &table.rows {
        let labels: Vec<String> = fields
            .iter()
            .map(|&f| &row.0[f])
            .filter(|v| **v != Value::Null)
            .map(Value::to_csv_field)
            .collect();
        let label = labels.join(" / ");
        if !label.is_empty() && !seen.contains(&label) {
            seen.push(label);
        }
    }
    seen.join(", ")
}

/// Lists the items a list filter accepts, in table order.
fn known_items(table: &Table, fields: &[usize]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for row in &table.rows {
        for &f in fields {
            for item in row.0[f].as_text().map(list_items).into_iter().flatten() {
                if !seen.contains(&item) {
                    seen.push(item);
                }
            }
        }
    }
    seen.join(", ")
}

fn parse_operand(param: &str, ty: FieldType, text: &str) -> Result<Operand, ApiError> {
    let fail = |accepted: &str| {
        ApiError::invalid(
            param,
            format!("must be {accepted}, got {}", echo(text)),
            accepted.to_owned(),
        )
    };
    let bounded = format!("from -{FILTER_BOUND} to {FILTER_BOUND}");
    match ty {
        FieldType::Text => {
            if text.is_empty() {
                Err(ApiError::invalid(
                    param,
                    "must not be empty",
                    "a category of this dataset",
                ))
            } else {
                Ok(Operand::Text(text.to_owned()))
            }
        }
        FieldType::Month => {
            let b = text.as_bytes();
            let valid = b.len() == 7
                && b[4] == b'-'
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[5..].iter().all(u8::is_ascii_digit)
                && matches!(text[5..].parse::<u8>(), Ok(1..=12));
            if valid {
                Ok(Operand::Text(text.to_owned()))
            } else {
                Err(fail("a month as YYYY-MM (e.g. 2022-05)"))
            }
        }
        FieldType::Integer => {
            let accepted = format!("an integer {bounded}");
            let digits = text.strip_prefix('-').unwrap_or(text);
            if digits.is_empty() || digits.len() > 7 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(fail(&accepted));
            }
            match text.parse::<i64>() {
                Ok(n) if n.abs() <= FILTER_BOUND => Ok(Operand::Integer(n)),
                _ => Err(fail(&accepted)),
            }
        }
        FieldType::Figure => {
            let accepted = format!("a number {bounded} (e.g. 5 or 12.5)");
            match parse_number(text) {
                Some(n) if n.abs() <= Decimal::from(FILTER_BOUND) => Ok(Operand::Figure(n)),
                _ => Err(fail(&accepted)),
            }
        }
        FieldType::Boolean => match text {
            "true" => Ok(Operand::Bool(true)),
            "false" => Ok(Operand::Bool(false)),
            _ => Err(fail("true or false")),
        },
    }
}

/// Parses a number written in the JSON number grammar
/// (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), as an exact decimal when
/// it has one and saturating at the decimal range otherwise.
fn parse_number(text: &str) -> Option<Decimal> {
    if text.len() > 64 || !is_json_number(text) {
        return None;
    }
    if let Ok(exact) = Decimal::from_str_exact(text) {
        return Some(exact);
    }
    let float: f64 = text.parse().ok().filter(|f: &f64| f.is_finite())?;
    Some(Decimal::from_f64_retain(float).unwrap_or(if float > 0.0 { Decimal::MAX } else { Decimal::MIN }))
}

fn is_json_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i == start || (b[start] == b'0' && i - start > 1) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        let frac = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == frac {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == exp {
            return false;
        }
    }
    i == b.len()
}

/// The report named by `?report=`, or the default (newest) report.
pub fn resolve_report<'c>(catalog: &'c Catalog, id: Option<&str>) -> Result<&'c ReportEntry, ApiError> {
    match id {
        Some(id) => catalog.report(id).ok_or_else(|| ApiError::ReportNotFound {
            id: id.to_owned(),
            known: known_reports(catalog),
        }),
        None => catalog.default_report().ok_or(ApiError::NoReports),
    }
}

/// The report ids of the catalogue, for the report-not-found problem.
pub fn known_reports(catalog: &Catalog) -> String {
    let ids: Vec<&str> = catalog.reports.iter().map(|r| r.info.id.as_str()).collect();
    if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.join(", ")
    }
}

/// Parameters an endpoint accepts: the options of its representation and
/// view, and the table's filters, for the unknown-parameter problem.
pub fn accepted_params(representation: Representation, view: View, table: &Table) -> Vec<String> {
    representation
        .options()
        .iter()
        .chain(view.options())
        .map(|s| (*s).to_owned())
        .chain(table.filters.iter().map(|f| f.param.to_string()))
        .collect()
}

/// A dataset query resolved against the catalogue: the dataset, the table
/// the plan runs on (the dataset's rows, or the comparison of two of its
/// groups) and the validated plan.
#[derive(Debug)]
pub struct ResolvedQuery<'c> {
    pub dataset: &'c Dataset,
    pub table: &'c Table,
    /// The compared groups, for the comparison view.
    pub compare: Option<(String, String)>,
    /// The options of the query (`fields` only for CSV and NDJSON).
    pub options: QueryOptions,
    pub plan: Plan,
}

/// Validates a dataset query: the shared options of `representation`
/// (400), the report and the dataset (404 when either is missing), the
/// compared groups of the comparison view (`first`, `second`; by default the
/// first two groups of the dataset), then the plan from the filters left in
/// `params`; any parameter nobody consumed is a 400 that lists the accepted
/// ones.
pub fn select<'c>(
    kind: &'static DatasetKind,
    view: View,
    representation: Representation,
    catalog: &'c Catalog,
    mut params: Params,
) -> Result<ResolvedQuery<'c>, ApiError> {
    let options = QueryOptions::parse(&mut params, representation)?;
    let report = resolve_report(catalog, options.report.as_deref())?;
    let dataset = report.dataset(kind.id).ok_or_else(|| ApiError::DatasetNotInReport {
        report: report.info.id.clone(),
        dataset: kind.id.to_owned(),
    })?;

    let (table, compare) = match view {
        View::Table => (&dataset.table, None),
        View::Comparison => {
            let groups = dataset.groups();
            let accepted = groups.join(", ");
            let mut pick = |name: &str, default: Option<&String>| -> Result<String, ApiError> {
                match params.take_one(name)? {
                    Some(code) if groups.contains(&code) => Ok(code),
                    Some(code) => Err(ApiError::invalid(
                        name,
                        format!("has no group {} in this dataset", echo(&code)),
                        accepted.clone(),
                    )),
                    None => default.cloned().ok_or_else(|| {
                        ApiError::invalid(
                            name,
                            "has no default: the dataset has fewer than two groups",
                            accepted.clone(),
                        )
                    }),
                }
            };
            let first = pick("first", groups.first())?;
            let second = pick("second", groups.iter().find(|g| **g != first))?;
            // Every pair of known groups (the same one twice too) has a view.
            let table = dataset
                .comparison(&first, &second)
                .ok_or_else(|| ApiError::Internal(format!("{}: no comparison of {first} with {second}", kind.id)))?;
            (table, Some((first, second)))
        }
    };

    let plan = Plan::build(table, &options, &mut params)?;
    let accepted = accepted_params(representation, view, table);
    params.finish(&accepted.iter().map(String::as_str).collect::<Vec<_>>())?;
    Ok(ResolvedQuery {
        dataset,
        table,
        compare,
        options,
        plan,
    })
}

/// The query pairs sorted, in an unambiguous text form: the cache key of an
/// answer.
pub fn canonical_pairs(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    let mut key = String::new();
    for (name, value) in sorted {
        key.push_str(&format!("{}:{name}={}:{value};", name.len(), value.len()));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_json_grammar_and_parse_exactly_or_saturate() {
        assert_eq!(parse_number("5.80").unwrap().to_string(), "5.80");
        assert_eq!(parse_number("1e3").unwrap(), Decimal::from(1000));
        assert_eq!(parse_number("-0.5").unwrap().to_string(), "-0.5");
        assert_eq!(parse_number("1e300").unwrap(), Decimal::MAX);
        assert_eq!(parse_number("-1e300").unwrap(), Decimal::MIN);
        for bad in [
            "NaN", "inf", "12%", "1_0", "5.", ".5", "+5", "05", "1e", "", "-", "1e400",
        ] {
            assert!(parse_number(bad).is_none(), "{bad:?} accepted");
        }
    }
}
