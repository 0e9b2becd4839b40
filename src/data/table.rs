//! An in-memory table: the rows of one dataset of one report (or a view derived
//! from them, such as the age comparison), with the field and filter
//! definitions the query engine works from: the descriptors of
//! [`super::kinds`] resolved to column indices ([`TableField`],
//! [`TableFilter`], [`TableRule`]).

use std::borrow::Cow;

use super::kinds::{DatasetKind, FieldType, FilterSpec, RuleSpec};
use super::value::Value;

/// A field of a table.
#[derive(Clone, Debug)]
pub struct TableField {
    pub name: Cow<'static, str>,
    pub ty: FieldType,
    pub nullable: bool,
    pub description: Cow<'static, str>,
}

/// How a filter parameter selects rows, with fields resolved to column indices.
#[derive(Clone, Debug)]
pub enum TableRule {
    /// Any of these fields equals the value (English without regard to case);
    /// the value must be a category the table holds.
    Equals(Vec<usize>),
    /// The field equals the value exactly; the value must be one of the list.
    OneOf(usize, Vec<Cow<'static, str>>),
    AtLeast(usize),
    AtMost(usize),
    /// Any of these fields, a list separated by
    /// [`super::kinds::LIST_SEPARATOR`], holds the value as an item; the
    /// value must be an item the table holds.
    Includes(Vec<usize>),
}

/// A filter parameter of a table.
#[derive(Clone, Debug)]
pub struct TableFilter {
    pub param: Cow<'static, str>,
    pub rule: TableRule,
    /// Type of the parameter's values.
    pub ty: FieldType,
    pub description: Cow<'static, str>,
}

impl TableFilter {
    pub fn repeatable(&self) -> bool {
        matches!(
            self.rule,
            TableRule::Equals(_) | TableRule::OneOf(..) | TableRule::Includes(_)
        )
    }
}

/// The items of a list held in one text field (empty text, no items).
pub fn list_items(text: &str) -> impl Iterator<Item = &str> {
    text.split(super::kinds::LIST_SEPARATOR).filter(|item| !item.is_empty())
}

/// One row: values in the order of the table's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Row(pub Vec<Value>);

/// Rows plus the definitions needed to query and render them.
#[derive(Clone, Debug)]
pub struct Table {
    pub fields: Vec<TableField>,
    pub filters: Vec<TableFilter>,
    /// Indices of the Chinese and English label fields.
    pub label: (usize, usize),
    pub rows: Vec<Row>,
    /// Index of the `uncertain` field, if the table has one.
    pub uncertain: Option<usize>,
}

impl Table {
    /// An empty table with the fields and filters of a dataset kind.
    pub fn for_kind(kind: &'static DatasetKind) -> Table {
        let fields = kind
            .fields
            .iter()
            .map(|f| TableField {
                name: Cow::Borrowed(f.name),
                ty: f.ty,
                nullable: f.nullable,
                description: Cow::Borrowed(f.description),
            })
            .collect();
        let index = |name: &str| {
            kind.field_index(name)
                .unwrap_or_else(|| panic!("{}: unknown field {name}", kind.id))
        };
        let filters = kind
            .filters
            .iter()
            .map(|f: &FilterSpec| TableFilter {
                param: Cow::Borrowed(f.param),
                rule: match f.rule {
                    RuleSpec::Equals(names) => TableRule::Equals(names.iter().map(|n| index(n)).collect()),
                    RuleSpec::OneOf(name, values) => {
                        TableRule::OneOf(index(name), values.iter().map(|v| Cow::Borrowed(*v)).collect())
                    }
                    RuleSpec::AtLeast(name) => TableRule::AtLeast(index(name)),
                    RuleSpec::AtMost(name) => TableRule::AtMost(index(name)),
                    RuleSpec::Includes(names) => TableRule::Includes(names.iter().map(|n| index(n)).collect()),
                },
                ty: kind.fields[index(f.typed_field())].ty,
                description: Cow::Borrowed(f.description),
            })
            .collect();
        Table {
            fields,
            filters,
            label: (index(kind.label.0), index(kind.label.1)),
            rows: Vec::new(),
            uncertain: kind.field_index("uncertain"),
        }
    }

    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// Number of rows flagged uncertain.
    pub fn uncertain_rows(&self) -> usize {
        match self.uncertain {
            Some(i) => self.rows.iter().filter(|r| r.0[i] == Value::Bool(true)).count(),
            None => 0,
        }
    }
}
