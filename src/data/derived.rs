//! Figures derived from the printed ones when a dataset is loaded, as its
//! descriptor asks: the local maxima of a monthly series
//! ([`PeaksSpec`]) and the side-by-side view of two groups of a
//! distribution ([`ComparisonSpec`]). Derived values are exact: differences
//! of printed decimals, never floats.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::kinds::{ComparisonSpec, FieldType, PeaksSpec};
use super::table::{Row, Table, TableField, TableFilter, TableRule};
use super::value::{Figure, Value};

/// Sets the peak flag on rows whose figure is higher than in each
/// neighbouring row (rows are in time order). A series of one row has no
/// peak.
pub fn mark_peaks(table: &mut Table, peaks: &PeaksSpec) {
    let (Some(v), Some(f)) = (table.field_index(peaks.value), table.field_index(peaks.flag)) else {
        return;
    };
    let figures: Vec<Option<Decimal>> = table
        .rows
        .iter()
        .map(|r| match &r.0[v] {
            Value::Figure(fig) => Some(fig.value()),
            _ => None,
        })
        .collect();
    let n = figures.len();
    for i in 0..n {
        let here = figures[i];
        let above = |j: usize| matches!((here, figures[j]), (Some(h), Some(o)) if h > o);
        let left = i == 0 || above(i - 1);
        let right = i + 1 == n || above(i + 1);
        table.rows[i].0[f] = Value::Bool(n > 1 && here.is_some() && left && right);
    }
}

/// The group codes of a distribution (`aigc`, `internet`), in table order.
pub fn groups(table: &Table, comparison: &ComparisonSpec) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    if let Some(i) = table.field_index(comparison.group) {
        for row in &table.rows {
            if let Some(code) = row.0[i].as_text()
                && !groups.iter().any(|g| g == code)
            {
                groups.push(code.to_owned());
            }
        }
    }
    groups
}

/// The side-by-side view of two groups: one row per key present in both
/// groups, in the first group's order, with both group codes
/// (`first_{group}`, `second_{group}`), both figures (`first_{value}`,
/// `second_{value}`) and their difference (first minus second, exact). Its
/// filters are the key's category filter, `min_difference`,
/// `max_difference` and `uncertain`. Field names do not depend on which
/// groups are compared, so one row schema describes every comparison.
pub fn compare(base: &Table, comparison: &ComparisonSpec, first: &str, second: &str) -> Table {
    let idx = |name: &str| {
        base.field_index(name)
            .expect("the comparison names fields of its table")
    };
    let (order, label, label_en) = comparison.key;
    let (group, order, label, label_en, value) = (
        idx(comparison.group),
        idx(order),
        idx(label),
        idx(label_en),
        idx(comparison.value),
    );
    let (uncertain, note) = (idx("uncertain"), idx("uncertainty_note"));
    let of = |code: &str| -> Vec<&Row> {
        base.rows
            .iter()
            .filter(|r| r.0[group].as_text() == Some(code))
            .collect()
    };
    let (rows_a, rows_b) = (of(first), of(second));

    let copy = |i: usize| base.fields[i].clone();
    let field = |name: String, ty, description: String| TableField {
        name: Cow::Owned(name),
        ty,
        nullable: false,
        description: Cow::Owned(description),
    };
    let (group_name, value_name) = (comparison.group, comparison.value);
    let value_description = &base.fields[value].description;
    let fields = vec![
        copy(order),
        copy(label),
        copy(label_en),
        field(
            format!("first_{group_name}"),
            FieldType::Text,
            format!("The first compared `{group_name}` (as given by `first`)."),
        ),
        field(
            format!("second_{group_name}"),
            FieldType::Text,
            format!("The second compared `{group_name}` (as given by `second`)."),
        ),
        field(
            format!("first_{value_name}"),
            FieldType::Figure,
            format!("`{value_name}` of the first `{group_name}`: {value_description}"),
        ),
        field(
            format!("second_{value_name}"),
            FieldType::Figure,
            format!("`{value_name}` of the second `{group_name}`: {value_description}"),
        ),
        field(
            comparison.difference.to_owned(),
            FieldType::Figure,
            format!("`first_{value_name}` minus `second_{value_name}`, exact (in percentage points for shares)."),
        ),
        field(
            "uncertain".into(),
            FieldType::Boolean,
            "True when either group's row is flagged uncertain.".into(),
        ),
        TableField {
            nullable: true,
            ..field(
                "uncertainty_note".into(),
                FieldType::Text,
                "Why the row is uncertain (the notes of both groups' rows); null when it is not.".into(),
            )
        },
    ];

    let mut rows = Vec::with_capacity(rows_a.len());
    for a in &rows_a {
        let Some(b) = rows_b.iter().find(|b| b.0[label] == a.0[label]) else {
            continue;
        };
        let difference = match (&a.0[value], &b.0[value]) {
            (Value::Figure(x), Value::Figure(y)) => Value::Figure(Figure::from_decimal(x.value() - y.value())),
            _ => continue,
        };
        let is_uncertain = a.0[uncertain] == Value::Bool(true) || b.0[uncertain] == Value::Bool(true);
        let mut notes: Vec<&str> = [*a, *b].iter().filter_map(|r| r.0[note].as_text()).collect();
        notes.dedup(); // a group compared with itself
        rows.push(Row(vec![
            a.0[order].clone(),
            a.0[label].clone(),
            a.0[label_en].clone(),
            Value::Text(first.into()),
            Value::Text(second.into()),
            a.0[value].clone(),
            b.0[value].clone(),
            difference,
            Value::Bool(is_uncertain),
            if notes.is_empty() {
                Value::Null
            } else {
                Value::Text(notes.join(" ").into())
            },
        ]));
    }

    let key_filter = base
        .filters
        .iter()
        .find(|f| f.param == comparison.key_filter)
        .expect("the comparison names a filter of its table");
    let filters = vec![
        TableFilter {
            param: key_filter.param.clone(),
            rule: TableRule::Equals(vec![1, 2]),
            ty: FieldType::Text,
            description: key_filter.description.clone(),
        },
        TableFilter {
            param: "min_difference".into(),
            rule: TableRule::AtLeast(7),
            ty: FieldType::Figure,
            description: format!("Keep rows whose `{}` is at least this much.", comparison.difference).into(),
        },
        TableFilter {
            param: "max_difference".into(),
            rule: TableRule::AtMost(7),
            ty: FieldType::Figure,
            description: format!("Keep rows whose `{}` is at most this much.", comparison.difference).into(),
        },
        TableFilter {
            param: "uncertain".into(),
            rule: TableRule::Equals(vec![8]),
            ty: FieldType::Boolean,
            description: "Keep rows whose `uncertain` flag has this value.".into(),
        },
    ];

    Table {
        fields,
        filters,
        label: (1, 2),
        rows,
        uncertain: Some(8),
    }
}
