//! How a dataset kind is drawn: part of its descriptor
//! ([`super::kinds::DatasetKind::chart`]). Each design names the fields it
//! draws; `crate::chart` turns the rows a query selects into that figure.

/// A column of a table figure: rows whose column field holds `value`,
/// headed `zh` or `en`.
#[derive(Debug)]
pub struct TableColumn {
    pub value: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// The first column of a table figure: one row per value of the label
/// fields (Chinese, English), under a header (Chinese, English).
#[derive(Debug)]
pub struct RowHeads {
    pub label: (&'static str, &'static str),
    pub header: (&'static str, &'static str),
}

/// A table-like figure, for datasets that are lists rather than figures.
#[derive(Debug)]
pub struct TableDesign {
    /// What heads the table's rows; `None` for a table of one row.
    pub rows: Option<RowHeads>,
    /// The field that splits items into columns, and the columns in order.
    pub columns: (&'static str, &'static [TableColumn]),
    /// A rank field: items are listed one per line, prefixed with it.
    /// Without it, a cell's items run on as an inline list.
    pub rank: Option<&'static str>,
    /// A boolean field marking lists printed as open-ended (等, "etc.").
    pub open_ended: Option<&'static str>,
}

/// The figure a dataset kind is drawn as.
#[derive(Debug)]
pub enum ChartDesign {
    /// A line over the rows in order (a time series): the figure in `value`.
    Line { value: &'static str },
    /// Horizontal bars, one per row, with the label beside each bar (ranked
    /// shares and distributions).
    Bars { value: &'static str },
    /// Vertical columns, one per row (growth by year, salary by position).
    Columns { value: &'static str },
    /// Columns in groups: one group per label, one column per value of
    /// `series` (named by the `series_label` fields, Chinese and English).
    /// For the `compare` view, the series are the compared groups.
    Paired {
        value: &'static str,
        series: &'static str,
        series_label: (&'static str, &'static str),
    },
    /// A table of the rows' labels.
    Table(TableDesign),
}
