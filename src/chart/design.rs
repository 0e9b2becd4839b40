//! How each kind of dataset is drawn: the one place that maps a dataset
//! kind to a figure (line, bars, columns, paired columns, table) and names
//! the fields it draws.

/// A column of a table figure: rows whose `field` holds `value`, headed
/// `zh` or `en`.
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
pub enum Design {
    /// A line over the rows in order (a time series): the figure in `value`.
    Line {
        value: &'static str,
    },
    /// Horizontal bars, one per row, with the label beside each bar (ranked
    /// shares and distributions).
    Bars {
        value: &'static str,
    },
    /// Vertical columns, one per row (growth by year, salary by position).
    Columns {
        value: &'static str,
    },
    /// Columns in groups: one group per label, one column per value of
    /// `series` (named by the `series_label` fields, Chinese and English).
    /// For the `compare` view, the series are the compared cohorts.
    Paired {
        value: &'static str,
        series: &'static str,
        series_label: (&'static str, &'static str),
    },
    Table(TableDesign),
}

/// The design of the dataset kind `id`; `None` for a kind without one (a
/// test makes sure every kind has one).
pub fn design(id: &str) -> Option<Design> {
    Some(match id {
        "heat-index" => Design::Line { value: "index" },
        "talent-industries" | "talent-cities" | "job-industries" | "talent-education" | "talent-experience" => {
            Design::Bars { value: "share_pct" }
        }
        "talent-ages" => Design::Paired {
            value: "share_pct",
            series: "cohort",
            series_label: ("cohort_label", "cohort_label_en"),
        },
        "job-growth" => Design::Columns {
            value: "yoy_growth_pct",
        },
        "salaries" => Design::Columns {
            value: "annual_salary_10k_cny",
        },
        "hot-jobs" => Design::Table(TableDesign {
            rows: None,
            columns: (
                "side",
                &[
                    TableColumn {
                        value: "demand",
                        zh: "热招岗位TOP10",
                        en: "Most recruited for (热招)",
                    },
                    TableColumn {
                        value: "supply",
                        zh: "热投岗位TOP10",
                        en: "Most applied to (热投)",
                    },
                ],
            ),
            rank: Some("rank"),
            open_ended: None,
        }),
        "job-skills" => Design::Table(TableDesign {
            rows: Some(RowHeads {
                label: ("dimension", "dimension_en"),
                header: ("维度", "Dimension"),
            }),
            columns: (
                "prominence",
                &[
                    TableColumn {
                        value: "high_frequency",
                        zh: "高频出现",
                        en: "Appear often",
                    },
                    TableColumn {
                        value: "most_postings",
                        zh: "多数岗位还提及",
                        en: "Named by most postings",
                    },
                    TableColumn {
                        value: "emphasised",
                        zh: "非常重要",
                        en: "Called very important",
                    },
                ],
            ),
            rank: None,
            open_ended: None,
        }),
        "applications" => Design::Table(TableDesign {
            rows: Some(RowHeads {
                label: ("domain", "domain_en"),
                header: ("领域", "Domain"),
            }),
            columns: (
                "facet",
                &[
                    TableColumn {
                        value: "scenario",
                        zh: "应用场景",
                        en: "Scenarios",
                    },
                    TableColumn {
                        value: "industry",
                        zh: "应用行业",
                        en: "Industries",
                    },
                ],
            ),
            rank: None,
            open_ended: Some("list_open_ended"),
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::kinds::KINDS;

    #[test]
    fn every_dataset_kind_has_a_design_naming_its_own_fields() {
        for kind in KINDS {
            let design = design(kind.id).unwrap_or_else(|| panic!("{} has no chart design", kind.id));
            let fields: Vec<&str> = match &design {
                Design::Line { value } | Design::Bars { value } | Design::Columns { value } => vec![value],
                Design::Paired {
                    value,
                    series,
                    series_label,
                } => vec![value, series, series_label.0, series_label.1],
                Design::Table(table) => {
                    let mut fields = vec![table.columns.0];
                    fields.extend(table.rows.iter().flat_map(|r| [r.label.0, r.label.1]));
                    fields.extend(table.rank);
                    fields.extend(table.open_ended);
                    fields
                }
            };
            for field in fields {
                assert!(kind.field_index(field).is_some(), "{}: {field}", kind.id);
            }
        }
    }
}
