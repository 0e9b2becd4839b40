//! What a chart shows, before any layout: the [`Figure`] built from the
//! selected rows as the dataset kind's design says, and the [`Frame`]
//! around it (title, unit, legend, source line).

use rust_decimal::prelude::ToPrimitive;

use super::request::{ChartRequest, UNCERTAIN_MARK};
use crate::data::{
    design::{ChartDesign, TableDesign},
    table::Row,
    value::Value,
};
use crate::query::options::Lang;

/// One drawn figure: its value label, its value and whether it is uncertain.
#[derive(Clone, Debug)]
pub struct Mark {
    pub text: String,
    pub value: f64,
    pub uncertain: bool,
}

/// A named series of a column figure; `None` where a group has no value.
#[derive(Debug)]
pub struct Series {
    pub name: Option<String>,
    pub marks: Vec<Option<Mark>>,
}

/// A cell of a table figure.
#[derive(Debug)]
pub struct Cell {
    pub items: Vec<String>,
    /// Items run on as a list (joined by the language's separator) rather
    /// than one per line.
    pub inline: bool,
    /// Text appended to the list (等, "etc.").
    pub suffix: Option<String>,
    /// A row header.
    pub header: bool,
}

/// The figure a chart draws: labels and marks, before any layout.
#[derive(Debug)]
pub enum Figure {
    Line {
        labels: Vec<String>,
        points: Vec<Mark>,
    },
    Bars {
        labels: Vec<String>,
        bars: Vec<Mark>,
    },
    Columns {
        labels: Vec<String>,
        series: Vec<Series>,
    },
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// Two ranks per label on one rank axis: `pairs` holds each label's
    /// first and second rank (`None`: not in that list), `last` the last
    /// place of the lists, `names` the two ranks' names.
    Ranks {
        labels: Vec<String>,
        pairs: Vec<(Option<i64>, Option<i64>)>,
        uncertain: Vec<bool>,
        last: i64,
        names: (String, String),
        /// The axis' words: the hotter end, and "not ranked".
        hotter: String,
        unranked: String,
    },
}

impl Figure {
    pub fn is_empty(&self) -> bool {
        match self {
            Figure::Line { points, .. } => points.is_empty(),
            Figure::Bars { bars, .. } => bars.is_empty(),
            Figure::Columns { labels, .. } => labels.is_empty(),
            Figure::Table { rows, .. } => rows.is_empty(),
            Figure::Ranks { labels, .. } => labels.is_empty(),
        }
    }

    pub fn uncertain(&self) -> bool {
        match self {
            Figure::Line { points: marks, .. } | Figure::Bars { bars: marks, .. } => marks.iter().any(|m| m.uncertain),
            Figure::Columns { series, labels } => {
                series
                    .iter()
                    .flat_map(|s| s.marks.iter().flatten())
                    .any(|m| m.uncertain)
                    || labels.iter().any(|l| l.ends_with(UNCERTAIN_MARK))
            }
            Figure::Table { rows, .. } => rows
                .iter()
                .flatten()
                .flat_map(|c| &c.items)
                .any(|i| i.ends_with(UNCERTAIN_MARK)),
            Figure::Ranks { uncertain, .. } => uncertain.iter().any(|u| *u),
        }
    }
}

/// Everything around the figure: title, unit, legend, source line.
#[derive(Debug)]
pub struct Frame {
    pub title: String,
    pub subtitle: String,
    /// The value axis' title.
    pub axis: String,
    /// A shorter title, for a vertical axis too short for `axis`.
    pub axis_short: String,
    /// Names of the series (columns in groups), in order.
    pub series: Vec<String>,
    /// The explanation of [`UNCERTAIN_MARK`], when an uncertain row is drawn.
    pub uncertain: Option<String>,
    pub source: String,
    /// Shown instead of the figure when no row is selected.
    pub empty: Option<String>,
}

/// The frame of `figure`: everything around it, in the request's language.
pub fn frame(request: &ChartRequest<'_>, figure: &Figure) -> Frame {
    let info = &request.dataset.info;
    let report = &request.dataset.report;
    let zh = request.lang == Lang::Zh;
    let range = info.data_range.as_ref().map(|r| (r.start.as_str(), r.end.as_str()));
    let subtitle = match (zh, range) {
        (true, Some((start, end))) => format!("单位：{} · 数据范围：{start} 至 {end}", info.unit),
        (true, None) => format!("单位：{}", info.unit),
        (false, Some((start, end))) => format!("Unit: {} · Data: {start} to {end}", info.unit_en),
        (false, None) => format!("Unit: {}", info.unit_en),
    };
    let page = match (&info.page_printed, zh) {
        (Some(printed), true) => format!("第{}页（{printed}）", info.page),
        (None, true) => format!("第{}页", info.page),
        (_, false) => format!("page {}", info.page),
    };
    let source = if request.dataset.kind.is_derived() {
        // Not a chart of the report: say where its rows come from.
        if zh {
            format!(
                "依据《{}》（{}，{}）的数字，由本服务在载入数据时派生",
                report.title, info.publisher, report.published_on
            )
        } else {
            format!(
                "Derived by this service when the data loads, from the figures of “{}” ({}, {})",
                report.title_en, report.publisher_en, report.published_on
            )
        }
    } else if zh {
        format!(
            "数据来源：{} · 《{}》（{}）{page} · 图表：{}",
            info.publisher, report.title, report.published_on, info.title
        )
    } else {
        let publisher = if info.publisher == report.publisher {
            report.publisher_en.clone()
        } else {
            info.publisher.clone()
        };
        format!(
            "Source: {publisher}, “{}” ({}), {page}, chart “{}”",
            report.title_en, report.published_on, info.title_en
        )
    };
    let series = match figure {
        Figure::Columns { series, .. } => series.iter().filter_map(|s| s.name.clone()).collect(),
        Figure::Ranks { names, .. } => vec![names.0.clone(), names.1.clone()],
        _ => Vec::new(),
    };
    // The dataset's one uncertainty flag decides whether the legend warns;
    // the mark is explained when a drawn row carries it.
    let uncertain = info.uncertain.then(|| match (zh, figure.uncertain()) {
        (true, true) => {
            format!("{UNCERTAIN_MARK} 读数不确定：报告文字未能确定该数字或标签的对应（见数据的 uncertainty_note）")
        }
        (true, false) => "读数不确定：报告文字未能确定本数据集的部分读数（见数据的 uncertainty_note）".to_owned(),
        (false, true) => format!(
            "{UNCERTAIN_MARK} uncertain reading: the report's text does not decide this figure or label (see the data's uncertainty_note)"
        ),
        (false, false) => "Uncertain reading: the report's text does not decide part of this dataset (see the data's uncertainty_note)".to_owned(),
    });
    Frame {
        title: if zh { info.title.clone() } else { info.title_en.clone() },
        subtitle,
        axis: if zh {
            format!("单位：{}", info.unit)
        } else {
            info.unit_en.clone()
        },
        axis_short: if zh || !info.unit.is_ascii() {
            info.unit_en.split(" (").next().unwrap_or(&info.unit_en).to_owned()
        } else {
            info.unit.clone()
        },
        series,
        uncertain,
        source,
        empty: figure.is_empty().then(|| {
            if zh {
                "没有符合筛选条件的数据".to_owned()
            } else {
                "No rows match the filters".to_owned()
            }
        }),
    }
}

/// Reads the rows into the figure of `design`.
pub fn build(request: &ChartRequest<'_>, design: &ChartDesign) -> Result<Figure, String> {
    let table = request.table;
    let zh = request.lang == Lang::Zh;
    let field = |name: &str| -> Result<usize, String> {
        table
            .field_index(name)
            .ok_or_else(|| format!("the table has no field {name}"))
    };
    let label = |row: &Row| -> String {
        let index = if zh { table.label.0 } else { table.label.1 };
        text_of(&row.0[index])
    };
    let uncertain = |row: &Row| table.uncertain.is_some_and(|i| row.0[i] == Value::Bool(true));
    let percent = request.dataset.info.unit == "%";
    let mark = |row: &Row, index: usize| -> Option<Mark> {
        let (text, value) = match &row.0[index] {
            Value::Figure(f) => (f.as_str().to_owned(), f.value().to_f64()?),
            Value::Integer(i) => (i.to_string(), *i as f64),
            _ => return None,
        };
        let text = if percent { format!("{text}%") } else { text };
        Some(Mark {
            text,
            value,
            uncertain: uncertain(row),
        })
    };
    // A line runs through time: whatever order a sort selected the rows in,
    // draw them in the table's own (chronological) order.
    let mut ordered: Vec<&Row> = request.rows.to_vec();
    if matches!(design, ChartDesign::Line { .. }) {
        let position = |row: &Row| request.table.rows.iter().position(|r| std::ptr::eq(r, row));
        ordered.sort_by_key(|row| position(row));
    }
    let rows = ordered.as_slice();
    Ok(match design {
        ChartDesign::Line { value } | ChartDesign::Bars { value } | ChartDesign::Columns { value } => {
            let index = field(value)?;
            let (labels, marks): (Vec<String>, Vec<Mark>) = rows
                .iter()
                .filter_map(|row| Some((label(row), mark(row, index)?)))
                .unzip();
            match design {
                ChartDesign::Line { .. } => Figure::Line { labels, points: marks },
                ChartDesign::Bars { .. } => Figure::Bars { labels, bars: marks },
                _ => Figure::Columns {
                    labels,
                    series: vec![Series {
                        name: None,
                        marks: marks.into_iter().map(Some).collect(),
                    }],
                },
            }
        }
        ChartDesign::Paired {
            value,
            series,
            series_label,
        } => {
            // The series: the compared cohorts, or the cohorts in the rows.
            let base = &request.dataset.table;
            let (code, name_zh, name_en) = (
                base.field_index(series).ok_or("no series field")?,
                base.field_index(series_label.0).ok_or("no series label")?,
                base.field_index(series_label.1).ok_or("no series label")?,
            );
            let name_of = |cohort: &str| -> String {
                base.rows
                    .iter()
                    .find(|r| r.0[code].as_text() == Some(cohort))
                    .map(|r| text_of(&r.0[if zh { name_zh } else { name_en }]))
                    .unwrap_or_else(|| cohort.to_owned())
            };
            let mut labels: Vec<String> = Vec::new();
            for row in rows {
                let l = label(row);
                if !labels.contains(&l) {
                    labels.push(l);
                }
            }
            // Series keep the dataset's cohort order (and so their colours)
            // whatever the query's sort or `compare` order.
            let canonical = request.dataset.groups();
            let rank = |cohort: &str| canonical.iter().position(|c| c == cohort).unwrap_or(usize::MAX);
            let mut all = Vec::new();
            match request.compare {
                Some((first, second)) => {
                    let mut pair = vec![first, second];
                    pair.sort_by_key(|c| rank(c));
                    pair.dedup(); // a cohort compared with itself: one series
                    for cohort in pair {
                        let position = if cohort == first { "first" } else { "second" };
                        let index = field(&format!("{position}_{value}"))?;
                        all.push(Series {
                            name: Some(name_of(cohort)),
                            marks: rows.iter().map(|row| mark(row, index)).collect(),
                        });
                    }
                }
                None => {
                    let (code, index) = (field(series)?, field(value)?);
                    let mut cohorts: Vec<String> = Vec::new();
                    for row in rows {
                        let c = text_of(&row.0[code]);
                        if !cohorts.contains(&c) {
                            cohorts.push(c);
                        }
                    }
                    cohorts.sort_by_key(|c| rank(c));
                    for cohort in cohorts {
                        let marks = labels
                            .iter()
                            .map(|l| {
                                rows.iter()
                                    .find(|r| r.0[code].as_text() == Some(cohort.as_str()) && label(r) == *l)
                                    .and_then(|r| mark(r, index))
                            })
                            .collect();
                        all.push(Series {
                            name: Some(name_of(&cohort)),
                            marks,
                        });
                    }
                }
            }
            Figure::Columns { labels, series: all }
        }
        ChartDesign::Table(design) => table_figure(request, design, &field, &label, &uncertain)?,
        ChartDesign::Checklist {
            mark,
            page,
            detail,
            fallback,
        } => {
            let (mark, page, detail, fallback) = (field(mark)?, field(page)?, field(detail)?, field(fallback)?);
            let headers = if zh {
                ["判定 · 页", "论断", "比较（报告印出的数字）"]
            } else {
                ["Verdict · page", "Claim", "Comparison (the printed figures)"]
            };
            let rows = rows
                .iter()
                .map(|row| {
                    let page = text_of(&row.0[page]);
                    let head = if zh {
                        format!("{} 第{page}页", text_of(&row.0[mark]))
                    } else {
                        format!("{} p. {page}", text_of(&row.0[mark]))
                    };
                    let mut statement = label(row);
                    if uncertain(row) {
                        statement = format!("{statement} {UNCERTAIN_MARK}");
                    }
                    let detail = match (&row.0[detail], &row.0[fallback]) {
                        (Value::Null, Value::Null) => Vec::new(),
                        (Value::Null, value) | (value, _) => vec![text_of(value)],
                    };
                    let cell = |items: Vec<String>, header: bool| Cell {
                        items,
                        inline: false,
                        suffix: None,
                        header,
                    };
                    vec![
                        cell(vec![head], true),
                        cell(vec![statement], false),
                        cell(detail, false),
                    ]
                })
                .collect();
            Figure::Table {
                headers: headers.iter().map(|h| (*h).to_owned()).collect(),
                rows,
            }
        }
        ChartDesign::RankPairs { first, second, names } => {
            let (first, second) = (field(first)?, field(second)?);
            let rank = |row: &Row, index: usize| match row.0[index] {
                Value::Integer(i) => Some(i),
                _ => None,
            };
            let last = table
                .rows
                .iter()
                .flat_map(|row| [rank(row, first), rank(row, second)])
                .flatten()
                .max()
                .unwrap_or(1);
            let name = |pair: (&str, &str)| if zh { pair.0 } else { pair.1 }.to_owned();
            Figure::Ranks {
                labels: rows.iter().map(|row| label(row)).collect(),
                pairs: rows.iter().map(|row| (rank(row, first), rank(row, second))).collect(),
                uncertain: rows.iter().map(|row| uncertain(row)).collect(),
                last,
                names: (name(names.0), name(names.1)),
                hotter: if zh {
                    "← 排名越靠前越热门（1 = 最热）"
                } else {
                    "← hotter (1 = hottest)"
                }
                .to_owned(),
                unranked: if zh { "未上榜" } else { "not ranked" }.to_owned(),
            }
        }
        ChartDesign::FigurePairs { first, second, names } => {
            // A derived row is uncertain for any of its fields (a label, a
            // list), not necessarily for these figures: its label carries the
            // mark, the columns do not.
            let (first, second) = (field(first)?, field(second)?);
            let name = |pair: (&str, &str)| Some(if zh { pair.0 } else { pair.1 }.to_owned());
            let certain = |m: Option<Mark>| m.map(|m| Mark { uncertain: false, ..m });
            Figure::Columns {
                labels: rows
                    .iter()
                    .map(|row| {
                        if uncertain(row) {
                            format!("{} {UNCERTAIN_MARK}", label(row))
                        } else {
                            label(row)
                        }
                    })
                    .collect(),
                series: vec![
                    Series {
                        name: name(names.0),
                        marks: rows.iter().map(|row| certain(mark(row, first))).collect(),
                    },
                    Series {
                        name: name(names.1),
                        marks: rows.iter().map(|row| certain(mark(row, second))).collect(),
                    },
                ],
            }
        }
    })
}

fn table_figure(
    request: &ChartRequest<'_>,
    design: &TableDesign,
    field: &dyn Fn(&str) -> Result<usize, String>,
    label: &dyn Fn(&Row) -> String,
    uncertain: &dyn Fn(&Row) -> bool,
) -> Result<Figure, String> {
    let zh = request.lang == Lang::Zh;
    let rows = request.rows;
    let column_field = field(design.columns.0)?;
    let columns: Vec<_> = design
        .columns
        .1
        .iter()
        .filter(|c| rows.iter().any(|r| r.0[column_field].as_text() == Some(c.value)))
        .collect();
    let group_field = match &design.rows {
        Some(heads) => Some(field(if zh { heads.label.0 } else { heads.label.1 })?),
        None => None,
    };
    let rank = design.rank.map(field).transpose()?;
    let open = design.open_ended.map(field).transpose()?;

    // A row without a group (a term the report puts under no dimension)
    // is headed as such, never with a name the report does not print.
    let group_of = |row: &Row| {
        group_field.map(|g| match &row.0[g] {
            Value::Null => if zh { "未归类" } else { "No dimension" }.to_owned(),
            value => text_of(value),
        })
    };
    let mut groups: Vec<Option<String>> = Vec::new();
    for row in rows {
        let group = group_of(row);
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    let mut headers: Vec<String> = Vec::new();
    if let Some(heads) = &design.rows {
        headers.push(if zh { heads.header.0 } else { heads.header.1 }.to_owned());
    }
    headers.extend(columns.iter().map(|c| if zh { c.zh } else { c.en }.to_owned()));

    let mut table_rows = Vec::new();
    for group in groups.iter().filter(|_| !columns.is_empty()) {
        let mut cells = Vec::new();
        if let Some(name) = group {
            cells.push(Cell {
                items: vec![name.clone()],
                inline: false,
                suffix: None,
                header: true,
            });
        }
        for column in &columns {
            let members: Vec<&&Row> = rows
                .iter()
                .filter(|r| r.0[column_field].as_text() == Some(column.value))
                .filter(|r| group_of(r) == *group)
                .collect();
            let items = members
                .iter()
                .map(|r| {
                    let mut item = label(r);
                    if let Some(rank) = rank {
                        item = format!("{}. {item}", text_of(&r.0[rank]));
                    }
                    if uncertain(r) {
                        item = format!("{item} {UNCERTAIN_MARK}");
                    }
                    item
                })
                .collect();
            let open_ended = open.is_some_and(|o| members.iter().any(|r| r.0[o] == Value::Bool(true)));
            cells.push(Cell {
                items,
                inline: rank.is_none(),
                suffix: open_ended.then(|| if zh { "等" } else { "etc." }.to_owned()),
                header: false,
            });
        }
        table_rows.push(cells);
    }
    Ok(Figure::Table {
        headers,
        rows: table_rows,
    })
}

fn text_of(value: &Value) -> String {
    match value {
        Value::Text(t) => t.to_string(),
        other => other.to_csv_field(),
    }
}
