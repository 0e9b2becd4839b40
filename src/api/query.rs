//! Query parameters of the dataset endpoints: decoding, validation and
//! execution, shared by every dataset.
//!
//! Parsing is strict: a parameter the endpoint does not know, a value of the
//! wrong type, a category the dataset does not hold or a repeated single-valued
//! parameter is a 400 problem naming the parameter and what it accepts.

use std::{borrow::Cow, cmp::Ordering};

use rust_decimal::Decimal;

use crate::data::{
    kinds::FieldType,
    table::{FilterRule, Row, Table},
    value::Value,
};
use crate::error::ApiError;

/// Rows answered when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Largest `limit` accepted.
pub const MAX_LIMIT: usize = 1000;
/// Largest `offset` accepted.
pub const MAX_OFFSET: usize = 1_000_000;

/// Bound of numeric filter values: filters accept numbers from
/// `-FILTER_BOUND` to `FILTER_BOUND` (documented in the OpenAPI document).
pub const FILTER_BOUND: i64 = 1_000_000;

/// Longest part of a rejected value echoed back in a problem.
const ECHO_CHARS: usize = 64;

/// A value as quoted in a problem, shortened to [`ECHO_CHARS`] characters.
pub fn echo(value: &str) -> String {
    if value.chars().count() <= ECHO_CHARS {
        format!("{value:?}")
    } else {
        let head: String = value.chars().take(ECHO_CHARS).collect();
        format!("{head:?}… ({} characters)", value.chars().count())
    }
}

/// Parameters every dataset endpoint accepts.
pub const COMMON_PARAMS: &[&str] = &["report", "lang", "format", "shape", "sort", "fields", "limit", "offset"];

/// Decodes a raw query string (`a=1&b=%E5%8C%97`) into name/value pairs.
/// `+` is a space; every `%` must start a valid escape and the decoded bytes
/// must be UTF-8.
pub fn decode_query(raw: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    let mut pairs = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let name = decode_component(name)?;
        if name.is_empty() {
            return Err(ApiError::MalformedQuery(format!(
                "{} has an empty parameter name",
                echo(part)
            )));
        }
        pairs.push((name, decode_component(value)?));
    }
    Ok(pairs)
}

fn decode_component(text: &str) -> Result<String, ApiError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let valid = bytes.len() > i + 2 && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit();
            if !valid {
                let end = (i + 3).min(bytes.len());
                return Err(ApiError::MalformedQuery(format!(
                    "{:?} is not a valid percent escape (expected % and two hex digits)",
                    String::from_utf8_lossy(&bytes[i..end])
                )));
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .map(Cow::into_owned)
        .map_err(|_| ApiError::MalformedQuery(format!("{} does not decode to UTF-8 text", echo(text))))
}

/// Query pairs not yet consumed by a parser.
#[derive(Debug)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Params { pairs }
    }

    /// Removes and returns the single value of `name`; an error if given twice.
    pub fn take_one(&mut self, name: &str) -> Result<Option<String>, ApiError> {
        let mut values = self.take_all(name);
        match values.len() {
            0 => Ok(None),
            1 => Ok(values.pop()),
            n => Err(ApiError::InvalidParameter {
                name: name.to_owned(),
                reason: format!("is given {n} times; give it once"),
                accepted: Some("a single value".to_owned()),
            }),
        }
    }

    /// Removes and returns every value of `name`, in order.
    pub fn take_all(&mut self, name: &str) -> Vec<String> {
        let mut taken = Vec::new();
        self.pairs.retain(|(n, v)| {
            if n == name {
                taken.push(v.clone());
                false
            } else {
                true
            }
        });
        taken
    }

    pub fn contains(&self, name: &str) -> bool {
        self.pairs.iter().any(|(n, _)| n == name)
    }

    /// Fails on the first parameter nobody consumed.
    pub fn finish(self, accepted: &[&str]) -> Result<(), ApiError> {
        match self.pairs.into_iter().next() {
            None => Ok(()),
            Some((name, _)) => Err(ApiError::UnknownParameter {
                name,
                accepted: if accepted.is_empty() {
                    "none: this endpoint takes no query parameters".to_owned()
                } else {
                    accepted.join(", ")
                },
            }),
        }
    }
}

/// Rejects any query parameter, for endpoints that take none.
pub fn no_parameters(raw: Option<&str>) -> Result<(), ApiError> {
    Params::new(decode_query(raw)?).finish(&[])
}

/// Language of labels: `zh` (as printed) or `en`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Takes `lang` from `params`: `zh` (the default) or `en`.
    pub fn parse(params: &mut Params) -> Result<Lang, ApiError> {
        match params.take_one("lang")?.as_deref() {
            None | Some("zh") => Ok(Lang::Zh),
            Some("en") => Ok(Lang::En),
            Some(other) => Err(ApiError::invalid(
                "lang",
                format!("must be zh or en, got {}", echo(other)),
                "zh, en",
            )),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// Representation of a dataset answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Csv,
    Ndjson,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Json, Format::Csv, Format::Ndjson];

    pub fn code(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ndjson => "ndjson",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
            Format::Ndjson => "application/x-ndjson",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8; header=present",
            Format::Ndjson => "application/x-ndjson",
        }
    }
}

/// Whether JSON answers wrap the rows in `{"data": [...], "meta": {...}}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    Envelope,
    Array,
}

/// The options every dataset endpoint shares.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Common {
    pub report: Option<String>,
    pub lang: Lang,
    /// `?format=`, which overrides the Accept header.
    pub format: Option<Format>,
    pub shape: Shape,
    /// Sort keys: (field name, descending).
    pub sort: Vec<(String, bool)>,
    pub fields: Option<Vec<String>>,
    pub limit: usize,
    pub offset: usize,
}

impl Common {
    pub fn parse(params: &mut Params) -> Result<Common, ApiError> {
        let report = params.take_one("report")?;
        if let Some(r) = &report
            && !is_report_id(r)
        {
            return Err(ApiError::invalid(
                "report",
                format!(
                    "must be a report id (lower-case letters, digits and -), got {}",
                    echo(r)
                ),
                "a report id from GET /reports",
            ));
        }
        let lang = Lang::parse(params)?;
        let format = match params.take_one("format")?.as_deref() {
            None => None,
            Some(code) => Some(Format::ALL.into_iter().find(|f| f.code() == code).ok_or_else(|| {
                ApiError::invalid(
                    "format",
                    format!("must be json, csv or ndjson, got {}", echo(code)),
                    "json, csv, ndjson",
                )
            })?),
        };
        let shape = match params.take_one("shape")?.as_deref() {
            None | Some("envelope") => Shape::Envelope,
            Some("array") => Shape::Array,
            Some(other) => {
                return Err(ApiError::invalid(
                    "shape",
                    format!("must be envelope or array, got {}", echo(other)),
                    "envelope, array",
                ));
            }
        };
        let sort = match params.take_one("sort")? {
            None => Vec::new(),
            Some(text) => parse_sort(&text)?,
        };
        let fields = match params.take_one("fields")? {
            None => None,
            Some(text) => Some(parse_list("fields", &text, "comma-separated field names")?),
        };
        let limit = parse_count(params.take_one("limit")?, "limit", MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT);
        let offset = parse_count(params.take_one("offset")?, "offset", MAX_OFFSET)?.unwrap_or(0);
        Ok(Common {
            report,
            lang,
            format,
            shape,
            sort,
            fields,
            limit,
            offset,
        })
    }
}

fn parse_count(text: Option<String>, name: &str, max: usize) -> Result<Option<usize>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    let accepted = format!("an integer from 0 to {max}");
    let valid = !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<usize>() {
        Ok(n) if valid && n <= max => Ok(Some(n)),
        _ => Err(ApiError::invalid(
            name,
            format!("must be {accepted}, got {}", echo(&text)),
            accepted,
        )),
    }
}

/// Splits a comma-separated list. Items are taken exactly as given (no
/// trimming); an empty item is an error; a repeated item is dropped (it
/// changes nothing).
fn parse_list(name: &str, text: &str, accepted: &str) -> Result<Vec<String>, ApiError> {
    let mut items: Vec<String> = Vec::new();
    for item in text.split(',') {
        if item.is_empty() {
            return Err(ApiError::invalid(
                name,
                format!("has an empty item in {}", echo(text)),
                accepted,
            ));
        }
        if !items.iter().any(|i| i == item) {
            items.push(item.to_owned());
        }
    }
    Ok(items)
}

/// Sort keys; a later key on a field already sorted by changes nothing and
/// is dropped.
fn parse_sort(text: &str) -> Result<Vec<(String, bool)>, ApiError> {
    let keys = parse_list(
        "sort",
        text,
        "comma-separated field names, each optionally prefixed with - for descending",
    )?;
    let mut sort: Vec<(String, bool)> = Vec::with_capacity(keys.len());
    for key in keys {
        let (name, descending) = match key.strip_prefix('-') {
            Some(rest) => (rest.to_owned(), true),
            None => (key, false),
        };
        if !sort.iter().any(|(n, _)| *n == name) {
            sort.push((name, descending));
        }
    }
    Ok(sort)
}

/// A report id: lower-case ASCII letters, digits and `-`, not starting with `-`.
pub fn is_report_id(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && text.len() <= 128
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

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
pub struct Selection<'t> {
    /// Rows after filtering, sorting and paging.
    pub rows: Vec<&'t Row>,
    /// Rows matching the filters, before paging.
    pub total: usize,
}

impl Plan {
    /// Validates the shared options and consumes the table's filter
    /// parameters from `params`.
    pub fn build(table: &Table, common: &Common, params: &mut Params) -> Result<Plan, ApiError> {
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

        let columns = match &common.fields {
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

        let sort = common
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
                FilterRule::Equals(fields) => {
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
                FilterRule::OneOf(field, allowed) => {
                    if let Some(text) = values.iter().find(|v| !allowed.iter().any(|a| a == v.as_str())) {
                        return Err(ApiError::invalid(
                            filter.param.as_ref(),
                            format!("must be one of {}, got {}", allowed.join(", "), echo(text)),
                            allowed.join(", "),
                        ));
                    }
                    Condition::Exactly(*field, values)
                }
                FilterRule::AtLeast(f) => Condition::AtLeast(*f, operands.into_iter().next().expect("one value")),
                FilterRule::AtMost(f) => Condition::AtMost(*f, operands.into_iter().next().expect("one value")),
            };
            conditions.push(condition);
        }

        Ok(Plan {
            columns,
            sort,
            conditions,
            limit: common.limit,
            offset: common.offset,
            lang: common.lang,
        })
    }

    /// Filters, sorts (stably, after the chart's own order) and pages.
    pub fn execute<'t>(&self, table: &'t Table) -> Selection<'t> {
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
        Selection { rows, total }
    }
}

/// Lists the categories a filter accepts, Chinese / English, as in the data.
fn known_categories(table: &Table, fields: &[usize]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for row in &table.rows {
        let labels: Vec<&str> = fields.iter().filter_map(|&f| row.0[f].as_text()).collect();
        let label = labels.join(" / ");
        if !seen.contains(&label) {
            seen.push(label);
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

    #[test]
    fn long_values_are_shortened_when_echoed() {
        assert_eq!(echo("abc"), "\"abc\"");
        let long = "a".repeat(1000);
        let echoed = echo(&long);
        assert!(echoed.len() < 100 && echoed.ends_with("(1000 characters)"), "{echoed}");
    }

    #[test]
    fn query_strings_decode_percent_escapes_and_plus() {
        let pairs = decode_query(Some("city=%E5%8C%97%E4%BA%AC&x=a+b&&flag")).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("city".to_owned(), "北京".to_owned()),
                ("x".to_owned(), "a b".to_owned()),
                ("flag".to_owned(), String::new())
            ]
        );
    }

    #[test]
    fn invalid_escapes_and_non_utf8_are_malformed() {
        for raw in ["a=%zz", "a=%E5%8C", "a=%", "a=%4", "%ff=1", "=1"] {
            let err = decode_query(Some(raw)).unwrap_err();
            assert!(matches!(err, ApiError::MalformedQuery(_)), "{raw}: {err:?}");
        }
    }

    #[test]
    fn limits_outside_the_documented_range_are_rejected() {
        for bad in ["-1", "1001", "abc", "", "1e3", "99999999999999999999", "+5", " 5"] {
            let mut params = Params::new(vec![("limit".into(), bad.into())]);
            assert!(Common::parse(&mut params).is_err(), "{bad:?} accepted");
        }
        let mut params = Params::new(vec![("limit".into(), "0".into())]);
        assert_eq!(Common::parse(&mut params).unwrap().limit, 0);
    }

    #[test]
    fn sort_keys_take_a_minus_for_descending_and_later_repeats_change_nothing() {
        assert_eq!(
            parse_sort("-share_pct,rank").unwrap(),
            vec![("share_pct".to_owned(), true), ("rank".to_owned(), false)]
        );
        assert_eq!(parse_sort("rank,-rank,rank").unwrap(), vec![("rank".to_owned(), false)]);
        assert!(parse_sort("rank,").is_err());
        assert!(parse_sort(" rank").is_ok_and(|s| s[0].0 == " rank"), "not trimmed");
    }
}
