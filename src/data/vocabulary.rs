//! The titles of the fields of the dataset kinds, in English and in Chinese,
//! and the ranges their values keep: what a column is called in the Table
//! Schema of a report's Data Package.
//!
//! A field name means the same thing in every kind that has it (`share_pct`
//! is always a share in percent, 0 to 100; `rank` always starts at 1), so the
//! vocabulary is keyed by name; what a field measures in one dataset (and its
//! unit) is in that field's description in [`super::kinds`]. A unit test
//! checks that every field of every kind has an entry here.

/// What one field name means in a column heading.
#[derive(Clone, Copy, Debug)]
pub struct FieldTerm {
    pub name: &'static str,
    /// Title in English.
    pub title: &'static str,
    /// Title in Chinese.
    pub title_zh: &'static str,
    /// Smallest value the field takes (integers and figures), if bounded.
    pub minimum: Option<i64>,
    /// Largest value the field takes, if bounded.
    pub maximum: Option<i64>,
}

const fn term(name: &'static str, title: &'static str, title_zh: &'static str) -> FieldTerm {
    FieldTerm {
        name,
        title,
        title_zh,
        minimum: None,
        maximum: None,
    }
}

/// A field numbered from 1.
const fn ordinal(name: &'static str, title: &'static str, title_zh: &'static str) -> FieldTerm {
    FieldTerm {
        minimum: Some(1),
        ..term(name, title, title_zh)
    }
}

/// A figure that is never negative.
const fn non_negative(name: &'static str, title: &'static str, title_zh: &'static str) -> FieldTerm {
    FieldTerm {
        minimum: Some(0),
        ..term(name, title, title_zh)
    }
}

/// Every field name of the dataset kinds, with the computed `label`.
pub static FIELD_TERMS: &[FieldTerm] = &[
    term("label", "Label", "标签"),
    ordinal("rank", "Rank", "排名"),
    FieldTerm {
        maximum: Some(100),
        ..non_negative("share_pct", "Share (%)", "占比（%）")
    },
    term("uncertain", "Uncertain reading", "读数不确定"),
    term("uncertainty_note", "Why the reading is uncertain", "不确定原因"),
    term("month", "Month", "月份"),
    term("month_label", "Month (as printed)", "月份（原文）"),
    term("month_label_en", "Month (English)", "月份（英文）"),
    non_negative("index", "Heat index (points)", "热度指数"),
    term("is_peak", "Local peak", "局部峰值"),
    ordinal(
        "printed_position",
        "Position in the extracted text",
        "在提取文本中的位置",
    ),
    term("industry", "Industry (as printed)", "行业（原文）"),
    term("industry_en", "Industry (English)", "行业（英文）"),
    term("city", "City (as printed)", "城市（原文）"),
    term("city_en", "City (English)", "城市（英文）"),
    term("cohort", "Cohort code", "人群代码"),
    term("cohort_label", "Cohort (as printed)", "人群（原文）"),
    term("cohort_label_en", "Cohort (English)", "人群（英文）"),
    ordinal("band_order", "Band order", "区间序号"),
    term("age_band", "Age band (as printed)", "年龄段（原文）"),
    term("age_band_en", "Age band (English)", "年龄段（英文）"),
    ordinal("level_order", "Degree order", "学历序号"),
    term("level", "Degree (as printed)", "学历（原文）"),
    term("level_en", "Degree (English)", "学历（英文）"),
    term("experience_band", "Experience band (as printed)", "工作经验（原文）"),
    term("experience_band_en", "Experience band (English)", "工作经验（英文）"),
    term("year", "Year", "年份"),
    term("period", "Months compared (as printed)", "对比月份（原文）"),
    term("period_label", "Period (as printed)", "时期（原文）"),
    term("period_label_en", "Period (English)", "时期（英文）"),
    term("yoy_growth_pct", "Year-over-year growth (%)", "同比增长（%）"),
    term("side", "Side (reading)", "供需侧（解读）"),
    term("side_label", "List title word (as printed)", "榜单标题用词（原文）"),
    term("position", "Position (as printed)", "岗位（原文）"),
    term("position_en", "Position (English)", "岗位（英文）"),
    non_negative("annual_salary_10k_cny", "Annual salary (10k CNY)", "年薪（万元）"),
    ordinal("term_order", "Order of mention", "提及顺序"),
    term("term", "Term (as printed)", "术语（原文）"),
    term("term_en", "Term (English)", "术语（英文）"),
    term("dimension", "Dimension (as printed)", "维度（原文）"),
    term("dimension_en", "Dimension (English)", "维度（英文）"),
    term("prominence", "Prominence", "提及程度"),
    term("prominence_printed", "Prominence (as printed)", "提及程度（原文）"),
    ordinal("domain_order", "Domain order", "领域序号"),
    term("domain", "Domain (as printed)", "领域（原文）"),
    term("domain_en", "Domain (English)", "领域（英文）"),
    term("facet", "Facet", "类别"),
    ordinal("item_order", "Item order", "条目序号"),
    term("item", "Item (as printed)", "条目（原文）"),
    term("item_en", "Item (English)", "条目（英文）"),
    term("list_open_ended", "Open-ended list", "列表未穷尽（等）"),
];

/// The term of a field name.
pub fn field_term(name: &str) -> Option<&'static FieldTerm> {
    FIELD_TERMS.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::super::kinds::{FieldType, KINDS};
    use super::*;

    #[test]
    fn every_field_of_every_kind_has_a_title_in_both_languages() {
        for kind in KINDS {
            for field in kind.fields {
                let term = field_term(field.name).unwrap_or_else(|| panic!("{}: no term for {}", kind.id, field.name));
                assert!(!term.title.is_empty() && term.title.is_ascii(), "{}", field.name);
                assert!(!term.title_zh.is_empty(), "{}", field.name);
                if term.minimum.is_some() || term.maximum.is_some() {
                    assert!(
                        matches!(field.ty, FieldType::Integer | FieldType::Figure),
                        "{}: a range on a field that is not a number",
                        field.name
                    );
                }
            }
        }
        let mut names: Vec<&str> = FIELD_TERMS.iter().map(|t| t.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FIELD_TERMS.len(), "a name listed twice");
    }
}
