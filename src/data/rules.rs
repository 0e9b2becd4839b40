//! The rules report data must follow: those of each dataset kind
//! ([`super::kinds::Checks`]: sums, ranks, contiguous months and years), the
//! provenance every dataset must carry (a statistic, a page or a note on why
//! its marker is missing), a note wherever something is uncertain, English
//! in every `_en` field, and the rules of the claims and entities derived
//! from the data (a claim the data cannot evaluate, a printed label that
//! names no entity and is not listed as unresolved). `talent-trends-api
//! check` prints the findings; the service refuses to start on data with
//! findings, and its readiness turns 503 when the database comes to hold
//! such data. (Malformed claim or entity rows, such as an unknown dataset,
//! field or operator, already fail the load.)

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{
    catalog::{Catalog, Dataset, ReportEntry},
    claims::Verdict,
    table::Table,
    value::Value,
};

/// One problem found in the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub report: String,
    /// Dataset kind, or empty for the report itself.
    pub dataset: String,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.dataset.is_empty() {
            write!(f, "{}: {}", self.report, self.message)
        } else {
            write!(f, "{}/{}: {}", self.report, self.dataset, self.message)
        }
    }
}

/// Tolerance of the sum of a full distribution around 100, in percent.
pub const SUM_TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 2); // 0.01

/// Every finding in the catalogue; empty when the data is valid.
pub fn check(catalog: &Catalog) -> Vec<Finding> {
    let mut findings = Vec::new();
    if catalog.reports.is_empty() {
        findings.push(Finding {
            report: "-".into(),
            dataset: String::new(),
            message: "the database holds no report".into(),
        });
    }
    for report in &catalog.reports {
        let info = &report.info;
        let mut report_finding = |message: String| {
            findings.push(Finding {
                report: info.id.clone(),
                dataset: String::new(),
                message,
            })
        };
        for (name, value) in [
            ("title", &info.title),
            ("title_en", &info.title_en),
            ("publisher", &info.publisher),
            ("source", &info.source),
        ] {
            if value.trim().is_empty() {
                report_finding(format!("{name} is empty"));
            }
        }
        for (name, value) in [("title_en", &info.title_en), ("publisher_en", &info.publisher_en)] {
            if let Some(c) = first_cjk(value) {
                report_finding(format!("{name} is not English: it contains {c:?}"));
            }
        }
        if info.data_range.start > info.data_range.end {
            report_finding(format!(
                "data range starts ({}) after it ends ({})",
                info.data_range.start, info.data_range.end
            ));
        }
        if report.datasets.is_empty() {
            report_finding("has no dataset".into());
        }
        for dataset in &report.datasets {
            for message in check_dataset(dataset) {
                findings.push(Finding {
                    report: info.id.clone(),
                    dataset: dataset.kind.id.to_owned(),
                    message,
                });
            }
        }
        for (dataset, message) in check_derived(report) {
            findings.push(Finding {
                report: info.id.clone(),
                dataset: dataset.to_owned(),
                message,
            });
        }
    }
    findings
}

/// The rules of the claims and entities: every checkable claim can be
/// evaluated over the data (its rows exist), claims are numbered 1..n, and
/// every printed position or industry label names an entity or is listed
/// as unresolved, every link to a chart label finds its rows.
fn check_derived(report: &ReportEntry) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let claims = &report.derived.claims;
    for claim in claims {
        let checkable = !claim.checks.is_empty();
        if checkable && claim.verdict == Verdict::NotCheckable {
            out.push((
                "claims",
                format!(
                    "claim {} cannot be evaluated: {}",
                    claim.claim_id,
                    claim.reason.as_deref().unwrap_or_default()
                ),
            ));
        }
    }
    let mut orders: Vec<i64> = claims.iter().map(|c| c.claim_order).collect();
    orders.sort_unstable();
    if orders != (1..=orders.len() as i64).collect::<Vec<_>>() {
        out.push((
            "claims",
            format!("claim_order is {orders:?}, not 1..{} without gaps", orders.len()),
        ));
    }
    for gap in &report.derived.entities.gaps {
        out.push(("labels", gap.clone()));
    }
    out
}

fn check_dataset(dataset: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    let info = &dataset.info;
    for (name, value) in [
        ("title", &info.title),
        ("title_en", &info.title_en),
        ("unit", &info.unit),
        ("unit_en", &info.unit_en),
        ("publisher", &info.publisher),
        ("statistic_en", &info.statistic_en),
        ("transcription_note", &info.transcription_note),
    ] {
        if value.trim().is_empty() {
            out.push(format!("provenance: {name} is empty"));
        }
    }
    for (name, value) in [
        ("title_en", &info.title_en),
        ("unit_en", &info.unit_en),
        ("statistic_en", &info.statistic_en),
    ] {
        if let Some(c) = first_cjk(value) {
            out.push(format!("{name} is not English: it contains {c:?}"));
        }
    }
    if info.page < 1 {
        out.push(format!("provenance: page {} is not a page number", info.page));
    }
    if info.page_printed.is_none() && info.page_note.as_deref().is_none_or(|n| n.trim().is_empty()) {
        out.push("provenance: page_printed is null without a page_note saying why".into());
    }
    if info.uncertain && info.uncertainty_note.as_deref().is_none_or(|n| n.trim().is_empty()) {
        out.push("is flagged uncertain without an uncertainty note".into());
    }
    let table = &dataset.table;
    if table.rows.is_empty() {
        out.push("has no rows".into());
        return out;
    }
    let row_note = table.field_index("uncertainty_note");
    for (i, row) in table.rows.iter().enumerate() {
        for index in [table.label.0, table.label.1] {
            if row.0[index].as_text().is_none_or(|t| t.trim().is_empty()) {
                out.push(format!("row {}: label {} is empty", i + 1, table.fields[index].name));
            }
        }
        let flagged = table.uncertain.is_some_and(|u| row.0[u] == Value::Bool(true));
        if flagged
            && row_note
                .and_then(|n| row.0[n].as_text())
                .is_none_or(|t| t.trim().is_empty())
        {
            out.push(format!("row {}: flagged uncertain without an uncertainty note", i + 1));
        }
        for (field, value) in table.fields.iter().zip(&row.0) {
            if field.name.ends_with("_en")
                && let Some(c) = value.as_text().and_then(first_cjk)
            {
                out.push(format!(
                    "row {}: {} is not English: it contains {c:?}",
                    i + 1,
                    field.name
                ));
            }
        }
    }

    let checks = &dataset.kind.checks;
    if let Some(groups) = checks.sums_to_100 {
        for (group, rows) in group_rows(table, groups) {
            let sum: Decimal = rows.iter().filter_map(|&r| figure(table, r, "share_pct")).sum();
            if (sum - Decimal::ONE_HUNDRED).abs() > SUM_TOLERANCE {
                out.push(format!("share_pct{} sums to {sum}, not 100 (±0.01)", describe(&group)));
            }
        }
    }
    for (field, groups) in checks.sequences {
        for (group, rows) in group_rows(table, groups) {
            let mut numbers: Vec<i64> = rows.iter().filter_map(|&r| integer(table, r, field)).collect();
            numbers.sort_unstable();
            let expected: Vec<i64> = (1..=numbers.len() as i64).collect();
            if numbers != expected {
                out.push(format!(
                    "{field}{} is {numbers:?}, not 1..{} without gaps",
                    describe(&group),
                    numbers.len()
                ));
            }
        }
    }
    for field in checks.distinct_levels {
        let mut levels: Vec<i64> = (0..table.rows.len()).filter_map(|r| integer(table, r, field)).collect();
        levels.sort_unstable();
        levels.dedup();
        let expected: Vec<i64> = (1..=levels.len() as i64).collect();
        if levels != expected {
            out.push(format!("{field} takes the values {levels:?}, not 1..{}", levels.len()));
        }
    }
    if let Some((rank, value)) = checks.falls_with_rank {
        let mut ranked: Vec<(i64, Decimal)> = (0..table.rows.len())
            .filter_map(|r| Some((integer(table, r, rank)?, figure(table, r, value)?)))
            .collect();
        ranked.sort_by_key(|(rank, _)| *rank);
        for pair in ranked.windows(2) {
            if pair[1].1 > pair[0].1 {
                out.push(format!(
                    "{value} rises from {} at {rank} {} to {} at {rank} {}",
                    pair[0].1, pair[0].0, pair[1].1, pair[1].0
                ));
            }
        }
    }
    if let Some(field) = checks.contiguous_months {
        let mut months: Vec<i64> = (0..table.rows.len())
            .filter_map(|r| {
                let text = table.field_index(field).and_then(|i| table.rows[r].0[i].as_text())?;
                let (year, month) = text.split_once('-')?;
                Some(year.parse::<i64>().ok()? * 12 + month.parse::<i64>().ok()? - 1)
            })
            .collect();
        months.sort_unstable();
        for pair in months.windows(2) {
            if pair[1] - pair[0] != 1 {
                out.push(format!(
                    "{field} jumps from {} to {}",
                    month_text(pair[0]),
                    month_text(pair[1])
                ));
            }
        }
    }
    if let Some(field) = checks.contiguous_years {
        let mut years: Vec<i64> = (0..table.rows.len()).filter_map(|r| integer(table, r, field)).collect();
        years.sort_unstable();
        for pair in years.windows(2) {
            if pair[1] - pair[0] != 1 {
                out.push(format!("{field} jumps from {} to {}", pair[0], pair[1]));
            }
        }
    }
    out
}

/// The first CJK character of `text` (ideographs, radicals, CJK punctuation,
/// kana, hangul, full-width forms), if any: `_en` fields must be English.
pub fn first_cjk(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        matches!(c as u32,
            0x2E80..=0x2FDF     // CJK and Kangxi radicals
            | 0x3000..=0x30FF   // CJK punctuation, kana
            | 0x3100..=0x31FF   // bopomofo, strokes
            | 0x3400..=0x4DBF   // extension A
            | 0x4E00..=0x9FFF   // unified ideographs
            | 0xAC00..=0xD7AF   // hangul
            | 0xF900..=0xFAFF   // compatibility ideographs
            | 0xFF00..=0xFFEF   // full-width forms
            | 0x20000..=0x3FFFF // extensions B and later
        )
    })
}

fn month_text(index: i64) -> String {
    format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
}

fn describe(group: &[String]) -> String {
    if group.is_empty() {
        String::new()
    } else {
        format!(" ({})", group.join(", "))
    }
}

/// Row indices grouped by the values of `fields` (one group when empty).
fn group_rows(table: &Table, fields: &[&str]) -> BTreeMap<Vec<String>, Vec<usize>> {
    let mut groups: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
    for (r, row) in table.rows.iter().enumerate() {
        let key = fields
            .iter()
            .map(|f| {
                table
                    .field_index(f)
                    .map(|i| format!("{f}={}", row.0[i].to_csv_field()))
                    .unwrap_or_default()
            })
            .collect();
        groups.entry(key).or_default().push(r);
    }
    groups
}

fn figure(table: &Table, row: usize, field: &str) -> Option<Decimal> {
    match &table.rows[row].0[table.field_index(field)?] {
        Value::Figure(f) => Some(f.value()),
        _ => None,
    }
}

fn integer(table: &Table, row: usize, field: &str) -> Option<i64> {
    match table.rows[row].0[table.field_index(field)?] {
        Value::Integer(i) => Some(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_fields_may_hold_any_latin_text_but_no_cjk() {
        for english in ["Top 10 cities", "Xi'an", "—9—", "Café, 31.42%", "“quoted”"] {
            assert_eq!(first_cjk(english), None, "{english}");
        }
        for (text, found) in [
            ("Maimai 热区 index", '热'),
            ("（note）", '（'),
            ("⼈", '⼈'),
            ("、", '、'),
        ] {
            assert_eq!(first_cjk(text), Some(found), "{text}");
        }
    }
}
