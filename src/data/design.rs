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
    /// A checklist, one line per row: its mark (✓, ✗, ?) and page, its
    /// label, and a detail (the claims: the comparison each makes), or the
    /// `fallback` field where the detail is null (why it is not checkable).
    Checklist {
        mark: &'static str,
        page: &'static str,
        detail: &'static str,
        fallback: &'static str,
    },
    /// Two ranks of each row on one rank axis (1, the first place, at the
    /// left), joined by a line: the positions' demand rank against their
    /// supply rank. A rank the row does not have (absent from that list) is
    /// drawn as "not ranked" beyond the last place, never as 0. The names
    /// are (Chinese, English).
    RankPairs {
        first: &'static str,
        second: &'static str,
        names: ((&'static str, &'static str), (&'static str, &'static str)),
    },
    /// Two figures of each row as a pair of columns: the industries' share
    /// of talent against their share of new postings. A missing figure
    /// draws no column. The names are (Chinese, English).
    FigurePairs {
        first: &'static str,
        second: &'static str,
        names: ((&'static str, &'static str), (&'static str, &'static str)),
    },
}
