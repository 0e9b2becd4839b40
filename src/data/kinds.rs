//! The kinds of dataset (chart) a talent-trend report can hold.
//!
//! Each kind is described once here: its endpoint, the table its rows live in,
//! its fields with types, units and meaning, and the filters it accepts. The
//! loader, the query engine, the CSV writer and the OpenAPI document are all
//! driven by these descriptors, so the twelve endpoints share one
//! implementation. A kind's chart design ([`ChartDesign`]), its comparison
//! view and its table are found here too, never by matching its id elsewhere.
//!
//! Naming: the static descriptors here end in `Spec` ([`FieldSpec`],
//! [`FilterSpec`], [`RuleSpec`]) and name fields by their names; the forms
//! resolved against a loaded table start with `Table`
//! ([`super::table::TableField`], [`super::table::TableFilter`],
//! [`super::table::TableRule`]) and use column indices.

pub use super::design::{ChartDesign, RowHeads, TableColumn, TableDesign};

/// Type of a field's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Text, usually a label as printed or its English translation.
    Text,
    /// A calendar month, `YYYY-MM`.
    Month,
    /// A whole number (rank, year, position in a list).
    Integer,
    /// An exact decimal figure as printed (percent, index points, 10k CNY).
    Figure,
    /// `true` or `false`.
    Boolean,
}

impl FieldType {
    /// JSON Schema type name.
    pub fn json_type(self) -> &'static str {
        match self {
            FieldType::Text | FieldType::Month => "string",
            FieldType::Integer => "integer",
            FieldType::Figure => "number",
            FieldType::Boolean => "boolean",
        }
    }
}

/// A field of a dataset's rows.
#[derive(Clone, Debug)]
pub struct FieldSpec {
    /// Name in JSON and CSV.
    pub name: &'static str,
    /// Column in the dataset's table; `None` for a field computed when loading.
    pub column: Option<&'static str>,
    pub ty: FieldType,
    pub nullable: bool,
    /// What the field means, with its unit.
    pub description: &'static str,
}

const fn field(name: &'static str, ty: FieldType, description: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        column: Some(name),
        ty,
        nullable: false,
        description,
    }
}

/// How a query parameter filters rows.
#[derive(Clone, Copy, Debug)]
pub enum RuleSpec {
    /// The row matches when any of these fields equals the value (a label and
    /// its translation; English compared without regard to case). Repeating
    /// the parameter ORs the values. The value must be one the dataset holds.
    Equals(&'static [&'static str]),
    /// The field equals the value, which must be one of a fixed list (exact
    /// match). Repeating the parameter ORs the values.
    OneOf(&'static str, &'static [&'static str]),
    /// The field is at least the value (inclusive).
    AtLeast(&'static str),
    /// The field is at most the value (inclusive).
    AtMost(&'static str),
    /// Any of these fields, a list of items separated by
    /// [`LIST_SEPARATOR`], holds the value as one of its items (exact
    /// match). Repeating the parameter ORs the values. The value must be an
    /// item the dataset holds.
    Includes(&'static [&'static str]),
}

/// What separates the items of a list held in one text field (the datasets
/// a claim rests on, the charts silent about a position).
pub const LIST_SEPARATOR: &str = ", ";

/// A filter query parameter of a dataset endpoint.
#[derive(Clone, Copy, Debug)]
pub struct FilterSpec {
    pub param: &'static str,
    pub rule: RuleSpec,
    pub description: &'static str,
}

impl FilterSpec {
    /// The field whose type the parameter's values take.
    pub fn typed_field(&self) -> &'static str {
        match self.rule {
            RuleSpec::Equals(fields) | RuleSpec::Includes(fields) => fields[0],
            RuleSpec::OneOf(field, _) | RuleSpec::AtLeast(field) | RuleSpec::AtMost(field) => field,
        }
    }

    /// Whether the parameter may be repeated (values are ORed).
    pub fn repeatable(&self) -> bool {
        matches!(
            self.rule,
            RuleSpec::Equals(_) | RuleSpec::OneOf(..) | RuleSpec::Includes(_)
        )
    }
}

/// `?peaks=true` on a monthly series: the rows whose `value` is higher than
/// in each neighbouring month get `flag` set when the data is loaded.
#[derive(Clone, Copy, Debug)]
pub struct PeaksSpec {
    /// The figure compared with its neighbours (`index`).
    pub value: &'static str,
    /// The computed boolean field marking local maxima (`is_peak`).
    pub flag: &'static str,
}

/// `?compare=a,b`: a side-by-side view of two groups of the same
/// distribution (two age cohorts), one row per key, with both groups'
/// figures and their difference.
#[derive(Clone, Copy, Debug)]
pub struct ComparisonSpec {
    /// The field whose values name the groups (`cohort`).
    pub group: &'static str,
    /// The fields identifying a row within its group, kept in the view: its
    /// position, then its label as printed and in English
    /// (`band_order`, `age_band`, `age_band_en`).
    pub key: (&'static str, &'static str, &'static str),
    /// The compared figure (`share_pct`); the view names each group's copy
    /// `{group}_{value}` (`aigc_share_pct`).
    pub value: &'static str,
    /// The field holding first minus second, exact (`difference_pp`, in
    /// percentage points for shares).
    pub difference: &'static str,
    /// The dataset's category filter on the key label, which the view keeps
    /// (`age_band`).
    pub key_filter: &'static str,
}

/// Rules the data of a kind must follow, verified by `talent-trends-api check`.
#[derive(Debug)]
pub struct Checks {
    /// `share_pct` sums to 100 (within 0.01) over the whole dataset (`Some(&[])`)
    /// or within each group of these fields.
    pub sums_to_100: Option<&'static [&'static str]>,
    /// Fields numbered 1..n without gaps or repeats, within each group of the
    /// listed fields.
    pub sequences: &'static [(&'static str, &'static [&'static str])],
    /// Fields whose distinct values are 1..n (levels shared by several rows,
    /// such as the position of a domain in the application map).
    pub distinct_levels: &'static [&'static str],
    /// A ranked chart: the figure (second) never rises as the rank (first) rises.
    pub falls_with_rank: Option<(&'static str, &'static str)>,
    /// A `YYYY-MM` field whose months follow each other without gaps.
    pub contiguous_months: Option<&'static str>,
    /// An integer year field whose years follow each other without gaps.
    pub contiguous_years: Option<&'static str>,
}

/// A kind of dataset: one chart type, one table, one endpoint.
#[derive(Debug)]
pub struct DatasetKind {
    /// Identifier, as in `datasets.dataset` (`talent-cities`).
    pub id: &'static str,
    /// Endpoint path (`/talent/cities`).
    pub path: &'static str,
    /// Table holding the rows; empty for the kinds of [`DERIVED_KINDS`],
    /// whose rows are built when the catalogue loads.
    pub table: &'static str,
    /// OpenAPI tag.
    pub tag: &'static str,
    /// One-line summary for the API documentation.
    pub summary: &'static str,
    /// Longer description for the API documentation.
    pub description: &'static str,
    /// Fields of a row, in output order (the computed `label` comes first and
    /// is not listed here).
    pub fields: &'static [FieldSpec],
    /// Fields holding the row's label in Chinese and in English.
    pub label: (&'static str, &'static str),
    /// SQL ORDER BY of the rows as the chart prints them.
    pub order_by: &'static str,
    /// The fields that identify a row within its report (the table's
    /// primary key without `report_id`): the Table Schema's `primaryKey` in
    /// the report's Data Package.
    pub primary_key: &'static [&'static str],
    pub filters: &'static [FilterSpec],
    /// Rules its data must follow.
    pub checks: Checks,
    /// Local maxima of a monthly series (`?peaks=true`), if the kind has them.
    pub peaks: Option<PeaksSpec>,
    /// The side-by-side view of two groups (`?compare=`), if the kind has one.
    pub comparison: Option<ComparisonSpec>,
    /// How the kind is drawn at `/charts/{id}.svg`.
    pub chart: ChartDesign,
}

impl DatasetKind {
    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// True for the kinds of [`DERIVED_KINDS`]: rows built when the
    /// catalogue loads, not read from a table.
    pub fn is_derived(&self) -> bool {
        DERIVED_KINDS.iter().any(|k| k.id == self.id)
    }

    /// Name of the OpenAPI schema of one row.
    pub fn row_schema_name(&self) -> String {
        let mut name = String::new();
        for part in self.id.split('-') {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                name.extend(first.to_uppercase());
                name.push_str(chars.as_str());
            }
        }
        name.push_str("Row");
        name
    }
}

const UNCERTAIN: FieldSpec = FieldSpec {
    name: "uncertain",
    column: Some("uncertain"),
    ty: FieldType::Boolean,
    nullable: false,
    description: "True when this row's mapping from the extracted text is a reading the report does not decide; `uncertainty_note` says why. See also the dataset's `meta.uncertain`.",
};

const UNCERTAINTY_NOTE: FieldSpec = FieldSpec {
    name: "uncertainty_note",
    column: Some("uncertainty_note"),
    ty: FieldType::Text,
    nullable: true,
    description: "Why this row is uncertain; null when it is not.",
};

const UNCERTAIN_FILTER: FilterSpec = FilterSpec {
    param: "uncertain",
    rule: RuleSpec::Equals(&["uncertain"]),
    description: "Keep rows whose `uncertain` flag has this value (`true` or `false`).",
};

const MIN_SHARE: FilterSpec = FilterSpec {
    param: "min_share",
    rule: RuleSpec::AtLeast("share_pct"),
    description: "Keep rows whose `share_pct` is at least this many percent.",
};

const MAX_SHARE: FilterSpec = FilterSpec {
    param: "max_share",
    rule: RuleSpec::AtMost("share_pct"),
    description: "Keep rows whose `share_pct` is at most this many percent.",
};

const SHARE_PCT: FieldSpec = field(
    "share_pct",
    FieldType::Figure,
    "Share in percent (0-100), exactly as printed (two decimals).",
);

/// Every kind of dataset, in the order of the report.
pub static KINDS: &[DatasetKind] = &[
    DatasetKind {
        id: "heat-index",
        path: "/heat-index",
        table: "heat_index",
        tag: "attention",
        summary: "Monthly heat index of AIGC-related content",
        description: "近一年AIGC相关内容热度指数变化: Maimai's heat index of AIGC-related content by month, in index points (axis 0-100). `is_peak` marks local maxima; `?peaks=true` keeps only them. In the 2023 AIGC report the month of each value is a reconstruction (see `meta.uncertainty_note`).",
        fields: &[
            field("month", FieldType::Month, "Calendar month, `YYYY-MM`."),
            field(
                "month_label",
                FieldType::Text,
                "Month as printed on the chart's axis (`2022年2月`).",
            ),
            field("month_label_en", FieldType::Text, "Month in English (`February 2022`)."),
            FieldSpec {
                name: "index",
                column: Some("heat_index"),
                ty: FieldType::Figure,
                nullable: false,
                description: "Heat index in index points, exactly as printed.",
            },
            FieldSpec {
                name: "is_peak",
                column: None,
                ty: FieldType::Boolean,
                nullable: false,
                description: "True when the index is higher than in each neighbouring month of the series (a local maximum).",
            },
            field(
                "printed_position",
                FieldType::Integer,
                "Position of this value among the chart's value labels in the extracted text (1 = first), so that other readings can be rebuilt.",
            ),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("month_label", "month_label_en"),
        order_by: "month",
        primary_key: &["month"],
        filters: &[
            FilterSpec {
                param: "from",
                rule: RuleSpec::AtLeast("month"),
                description: "First month to keep, `YYYY-MM` (inclusive).",
            },
            FilterSpec {
                param: "to",
                rule: RuleSpec::AtMost("month"),
                description: "Last month to keep, `YYYY-MM` (inclusive).",
            },
            FilterSpec {
                param: "min_index",
                rule: RuleSpec::AtLeast("index"),
                description: "Keep months whose index is at least this many points.",
            },
            FilterSpec {
                param: "max_index",
                rule: RuleSpec::AtMost("index"),
                description: "Keep months whose index is at most this many points.",
            },
            FilterSpec {
                param: "peaks",
                rule: RuleSpec::Equals(&["is_peak"]),
                description: "`true` keeps only local maxima (the peaks the report's prose names); `false` keeps the other months.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: Some("month"),
            contiguous_years: None,
        },
        peaks: Some(PeaksSpec {
            value: "index",
            flag: "is_peak",
        }),
        comparison: None,
        chart: ChartDesign::Line { value: "index" },
    },
    DatasetKind {
        id: "talent-industries",
        path: "/talent/industries",
        table: "talent_industries",
        tag: "talent",
        summary: "Share of AIGC talent by industry (top 10)",
        description: "AIGC人才主要分布行业TOP10: the industries that employ the largest shares of AIGC talent, in percent of all AIGC talent. A top-10 list, so the shares do not sum to 100.",
        fields: &[
            field("rank", FieldType::Integer, "Rank in the chart (1 = largest share)."),
            field("industry", FieldType::Text, "Industry as printed."),
            field("industry_en", FieldType::Text, "Industry in English."),
            SHARE_PCT,
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("industry", "industry_en"),
        order_by: "rank",
        primary_key: &["rank"],
        filters: &[
            FilterSpec {
                param: "industry",
                rule: RuleSpec::Equals(&["industry", "industry_en"]),
                description: "Keep this industry (Chinese as printed, or English). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("rank", &[])],
            distinct_levels: &[],
            falls_with_rank: Some(("rank", "share_pct")),
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Bars { value: "share_pct" },
    },
    DatasetKind {
        id: "talent-cities",
        path: "/talent/cities",
        table: "talent_cities",
        tag: "talent",
        summary: "Share of AIGC talent by city (top 10)",
        description: "AIGC人才主要分布城市TOP10: the cities with the largest shares of AIGC talent, in percent of all AIGC talent. A top-10 list, so the shares do not sum to 100.",
        fields: &[
            field(
                "rank",
                FieldType::Integer,
                "Rank in the chart (1 = largest share; ties keep the printed order).",
            ),
            field("city", FieldType::Text, "City as printed."),
            field("city_en", FieldType::Text, "City in English."),
            SHARE_PCT,
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("city", "city_en"),
        order_by: "rank",
        primary_key: &["rank"],
        filters: &[
            FilterSpec {
                param: "city",
                rule: RuleSpec::Equals(&["city", "city_en"]),
                description: "Keep this city (Chinese as printed, e.g. `北京`, or English, e.g. `Beijing`). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("rank", &[])],
            distinct_levels: &[],
            falls_with_rank: Some(("rank", "share_pct")),
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Bars { value: "share_pct" },
    },
    DatasetKind {
        id: "talent-ages",
        path: "/talent/ages",
        table: "talent_ages",
        tag: "talent",
        summary: "Age distribution of AIGC talent and of internet-industry talent",
        description: "AIGC人才年龄分布情况 / 互联网行业人才年龄分布情况: share of each age band within a cohort, in percent (each cohort sums to 100). `?cohort=aigc` keeps one cohort; `?compare=aigc,internet` answers one row per band with both cohorts' shares and their difference in percentage points.",
        fields: &[
            field(
                "cohort",
                FieldType::Text,
                "Cohort code (`aigc` = AIGC talent, `internet` = internet-industry talent).",
            ),
            field("cohort_label", FieldType::Text, "The cohort's chart title as printed."),
            field("cohort_label_en", FieldType::Text, "The cohort in English."),
            field(
                "band_order",
                FieldType::Integer,
                "Position of the age band, 1 = youngest.",
            ),
            field("age_band", FieldType::Text, "Age band as printed (`30-35岁`)."),
            field("age_band_en", FieldType::Text, "Age band in English."),
            FieldSpec {
                description: "Share of the cohort in this age band, in percent, exactly as printed.",
                ..SHARE_PCT
            },
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("age_band", "age_band_en"),
        order_by: "CASE cohort WHEN 'aigc' THEN 0 ELSE 1 END, cohort, band_order",
        primary_key: &["cohort", "band_order"],
        filters: &[
            FilterSpec {
                param: "cohort",
                rule: RuleSpec::Equals(&["cohort", "cohort_label", "cohort_label_en"]),
                description: "Keep this cohort (`aigc` or `internet`; the printed or English cohort label also works). Repeat to keep several.",
            },
            FilterSpec {
                param: "age_band",
                rule: RuleSpec::Equals(&["age_band", "age_band_en"]),
                description: "Keep this age band (as printed, e.g. `30-35岁`, or English, e.g. `30-35 years`). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: Some(&["cohort"]),
            sequences: &[("band_order", &["cohort"])],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: Some(ComparisonSpec {
            group: "cohort",
            key: ("band_order", "age_band", "age_band_en"),
            value: "share_pct",
            difference: "difference_pp",
            key_filter: "age_band",
        }),
        chart: ChartDesign::Paired {
            value: "share_pct",
            series: "cohort",
            series_label: ("cohort_label", "cohort_label_en"),
        },
    },
    DatasetKind {
        id: "talent-education",
        path: "/talent/education",
        table: "talent_education",
        tag: "talent",
        summary: "Education of AIGC talent",
        description: "AIGC相关人才学历背景: share of AIGC talent by highest degree, in percent (sums to 100).",
        fields: &[
            field("level_order", FieldType::Integer, "Position of the degree, 1 = lowest."),
            field("level", FieldType::Text, "Degree as printed (`硕士`)."),
            field("level_en", FieldType::Text, "Degree in English."),
            SHARE_PCT,
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("level", "level_en"),
        order_by: "level_order",
        primary_key: &["level_order"],
        filters: &[
            FilterSpec {
                param: "level",
                rule: RuleSpec::Equals(&["level", "level_en"]),
                description: "Keep this degree (as printed or English). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: Some(&[]),
            sequences: &[("level_order", &[])],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Bars { value: "share_pct" },
    },
    DatasetKind {
        id: "talent-experience",
        path: "/talent/experience",
        table: "talent_experience",
        tag: "talent",
        summary: "Work experience of AIGC talent",
        description: "AIGC相关人才工作经验分布: share of AIGC talent by years of work experience, in percent (sums to 100).",
        fields: &[
            field(
                "band_order",
                FieldType::Integer,
                "Position of the band, 1 = least experience.",
            ),
            field(
                "experience_band",
                FieldType::Text,
                "Experience band as printed (`3-5年`).",
            ),
            field("experience_band_en", FieldType::Text, "Experience band in English."),
            SHARE_PCT,
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("experience_band", "experience_band_en"),
        order_by: "band_order",
        primary_key: &["band_order"],
        filters: &[
            FilterSpec {
                param: "experience_band",
                rule: RuleSpec::Equals(&["experience_band", "experience_band_en"]),
                description: "Keep this band (as printed or English). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: Some(&[]),
            sequences: &[("band_order", &[])],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Bars { value: "share_pct" },
    },
    DatasetKind {
        id: "job-growth",
        path: "/jobs/growth",
        table: "job_growth",
        tag: "jobs",
        summary: "Year-over-year growth of AIGC job postings",
        description: "近四年1-2月AIGC相关岗位同比增长趋势: year-over-year growth of the number of AIGC-related job postings in January-February of each year, in percent.",
        fields: &[
            field("year", FieldType::Integer, "Year of the period."),
            field("period", FieldType::Text, "Months compared, as printed (`1-2月`)."),
            field(
                "period_label",
                FieldType::Text,
                "Axis label as printed (`2021年1-2月`).",
            ),
            field("period_label_en", FieldType::Text, "Axis label in English."),
            field(
                "yoy_growth_pct",
                FieldType::Figure,
                "Year-over-year growth in percent, exactly as printed (can exceed 100).",
            ),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("period_label", "period_label_en"),
        order_by: "year, period",
        primary_key: &["year", "period"],
        filters: &[
            FilterSpec {
                param: "from",
                rule: RuleSpec::AtLeast("year"),
                description: "First year to keep (inclusive).",
            },
            FilterSpec {
                param: "to",
                rule: RuleSpec::AtMost("year"),
                description: "Last year to keep (inclusive).",
            },
            FilterSpec {
                param: "min_growth",
                rule: RuleSpec::AtLeast("yoy_growth_pct"),
                description: "Keep years whose growth is at least this many percent.",
            },
            FilterSpec {
                param: "max_growth",
                rule: RuleSpec::AtMost("yoy_growth_pct"),
                description: "Keep years whose growth is at most this many percent.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: Some("year"),
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Columns {
            value: "yoy_growth_pct",
        },
    },
    DatasetKind {
        id: "job-industries",
        path: "/jobs/industries",
        table: "job_industries",
        tag: "jobs",
        summary: "Share of new AIGC job postings by industry (top 5)",
        description: "AIGC新发岗位分布行业TOP5: the industries publishing the largest shares of new AIGC job postings, in percent of all new AIGC postings. A top-5 list, so the shares do not sum to 100.",
        fields: &[
            field("rank", FieldType::Integer, "Rank in the chart (1 = largest share)."),
            field("industry", FieldType::Text, "Industry as printed."),
            field("industry_en", FieldType::Text, "Industry in English."),
            FieldSpec {
                description: "Share of new AIGC job postings, in percent, exactly as printed.",
                ..SHARE_PCT
            },
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("industry", "industry_en"),
        order_by: "rank",
        primary_key: &["rank"],
        filters: &[
            FilterSpec {
                param: "industry",
                rule: RuleSpec::Equals(&["industry", "industry_en"]),
                description: "Keep this industry (as printed or English). Repeat to keep several.",
            },
            MIN_SHARE,
            MAX_SHARE,
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("rank", &[])],
            distinct_levels: &[],
            falls_with_rank: Some(("rank", "share_pct")),
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Bars { value: "share_pct" },
    },
    DatasetKind {
        id: "hot-jobs",
        path: "/jobs/hot",
        table: "hot_jobs",
        tag: "jobs",
        summary: "Hot positions on the demand side (热招) and the supply side (热投)",
        description: "Two ranked lists, both printed under the title AIGC领域热招岗位TOP10: read as the ten positions employers recruit for most (`demand`, 热招) and the ten that candidates apply to most (`supply`, 热投, as the prose calls them), by rank. `side` is that reading; `side_label` keeps the word printed over the row's list. No figures are printed.",
        fields: &[
            field(
                "side",
                FieldType::Text,
                "The reading of the row's list: `demand` (热招, most recruited for) or `supply` (热投, most applied to). The report's prose decides it (see `meta.transcription_note`).",
            ),
            field(
                "side_label",
                FieldType::Text,
                "The word printed in the title over the row's list (`热招`). In the 2023 AIGC report both lists are titled 热招; `side` gives the reading.",
            ),
            field("rank", FieldType::Integer, "Rank within the side (1 = hottest)."),
            field("position", FieldType::Text, "Position as printed."),
            field("position_en", FieldType::Text, "Position in English."),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("position", "position_en"),
        order_by: "CASE side WHEN 'demand' THEN 0 ELSE 1 END, rank",
        primary_key: &["side", "rank"],
        filters: &[
            FilterSpec {
                param: "side",
                rule: RuleSpec::OneOf("side", &["demand", "supply"]),
                description: "Keep this side: `demand` (热招, most recruited for) or `supply` (热投, most applied to). Repeat to keep both.",
            },
            FilterSpec {
                param: "position",
                rule: RuleSpec::Equals(&["position", "position_en"]),
                description: "Keep this position (as printed or English). Repeat to keep several.",
            },
            FilterSpec {
                param: "min_rank",
                rule: RuleSpec::AtLeast("rank"),
                description: "Keep ranks from this one on.",
            },
            FilterSpec {
                param: "max_rank",
                rule: RuleSpec::AtMost("rank"),
                description: "Keep ranks up to this one (`max_rank=3` is the top 3 of each side).",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("rank", &["side"])],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Table(TableDesign {
            rows: None,
            columns: (
                "side",
                &[
                    TableColumn {
                        value: "demand",
                        // Both lists are printed under 热招岗位TOP10 (the chart's
                        // title); the headers give the reading, in the prose's words.
                        zh: "需求端（热招）",
                        en: "Demand side: most recruited for",
                    },
                    TableColumn {
                        value: "supply",
                        zh: "供给端（热投）",
                        en: "Supply side: most applied to",
                    },
                ],
            ),
            rank: Some("rank"),
            open_ended: None,
        }),
    },
    DatasetKind {
        id: "salaries",
        path: "/salaries",
        table: "salaries",
        tag: "jobs",
        summary: "Annual salary of AIGC-related positions",
        description: "AIGC相关岗位薪资待遇水平: annual salary by position, in 10k CNY (万元) per year; 100 means 1 million CNY a year.",
        fields: &[
            field("rank", FieldType::Integer, "Rank in the chart (1 = highest salary)."),
            field("position", FieldType::Text, "Position as printed."),
            field("position_en", FieldType::Text, "Position in English."),
            field(
                "annual_salary_10k_cny",
                FieldType::Figure,
                "Annual salary in 10k CNY (万元) per year, exactly as printed.",
            ),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("position", "position_en"),
        order_by: "rank",
        primary_key: &["rank"],
        filters: &[
            FilterSpec {
                param: "position",
                rule: RuleSpec::Equals(&["position", "position_en"]),
                description: "Keep this position (as printed or English). Repeat to keep several.",
            },
            FilterSpec {
                param: "min_salary",
                rule: RuleSpec::AtLeast("annual_salary_10k_cny"),
                description: "Keep positions paying at least this many 10k CNY a year.",
            },
            FilterSpec {
                param: "max_salary",
                rule: RuleSpec::AtMost("annual_salary_10k_cny"),
                description: "Keep positions paying at most this many 10k CNY a year.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("rank", &[])],
            distinct_levels: &[],
            falls_with_rank: Some(("rank", "annual_salary_10k_cny")),
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Columns {
            value: "annual_salary_10k_cny",
        },
    },
    DatasetKind {
        id: "job-skills",
        path: "/jobs/skills",
        table: "job_skills",
        tag: "jobs",
        summary: "Skills and requirements named in AIGC job descriptions",
        description: "AIGC人才画像 (专业技术、学术成果、业务落地): the terms job descriptions name, grouped by the dimension of the talent profile they support, with the report's own words for how often they appear. No figures are printed.",
        fields: &[
            field(
                "term_order",
                FieldType::Integer,
                "Order of mention in the report's text.",
            ),
            field("term", FieldType::Text, "Term as printed (`NLP算法`, `顶会Paper`)."),
            field("term_en", FieldType::Text, "Term in English."),
            FieldSpec {
                name: "dimension",
                column: Some("dimension"),
                ty: FieldType::Text,
                nullable: true,
                description: "Dimension of the talent profile as printed (`专业技术`, `学术成果`, `业务落地`); null when the report puts the term under none of them.",
            },
            FieldSpec {
                name: "dimension_en",
                column: Some("dimension_en"),
                ty: FieldType::Text,
                nullable: true,
                description: "Dimension in English; null with `dimension`.",
            },
            field(
                "prominence",
                FieldType::Text,
                "How the report describes the term's frequency: `high_frequency` (高频出现, appears often in job descriptions), `most_postings` (多数岗位提及, named by most postings) or `emphasised` (called very important, not tied to job descriptions).",
            ),
            field(
                "prominence_printed",
                FieldType::Text,
                "The report's phrase for the prominence, as printed.",
            ),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("term", "term_en"),
        order_by: "term_order",
        primary_key: &["term_order"],
        filters: &[
            FilterSpec {
                param: "dimension",
                rule: RuleSpec::Equals(&["dimension", "dimension_en"]),
                description: "Keep this dimension (as printed or English). Repeat to keep several.",
            },
            FilterSpec {
                param: "prominence",
                rule: RuleSpec::OneOf("prominence", &["high_frequency", "most_postings", "emphasised"]),
                description: "Keep this prominence (`high_frequency`, `most_postings`, `emphasised`). Repeat to keep several.",
            },
            FilterSpec {
                param: "term",
                rule: RuleSpec::Equals(&["term", "term_en"]),
                description: "Keep this term (as printed or English). Repeat to keep several.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("term_order", &[])],
            distinct_levels: &[],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Table(TableDesign {
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
    },
    DatasetKind {
        id: "applications",
        path: "/applications",
        table: "applications",
        tag: "applications",
        summary: "AIGC application map: scenarios and industries by content domain",
        description: "AIGC应用图谱: for each content domain (text, image, audio, video), the application scenarios and the industries served, one row per item. `list_open_ended` marks lists printed with a closing 等 (\"and others\").",
        fields: &[
            field("domain_order", FieldType::Integer, "Position of the domain in the map."),
            field("domain", FieldType::Text, "Content domain as printed (`文本领域`)."),
            field("domain_en", FieldType::Text, "Content domain in English."),
            field(
                "facet",
                FieldType::Text,
                "`scenario` (应用场景) or `industry` (应用行业).",
            ),
            field(
                "item_order",
                FieldType::Integer,
                "Position of the item in its printed list.",
            ),
            field("item", FieldType::Text, "Scenario or industry as printed."),
            field("item_en", FieldType::Text, "Scenario or industry in English."),
            field(
                "list_open_ended",
                FieldType::Boolean,
                "True when the printed list ends in 等 (\"and others\"), so it is not exhaustive.",
            ),
            UNCERTAIN,
            UNCERTAINTY_NOTE,
        ],
        label: ("item", "item_en"),
        order_by: "domain_order, CASE facet WHEN 'scenario' THEN 0 ELSE 1 END, item_order",
        primary_key: &["domain_order", "facet", "item_order"],
        filters: &[
            FilterSpec {
                param: "domain",
                rule: RuleSpec::Equals(&["domain", "domain_en"]),
                description: "Keep this domain (`文本领域` or `Text`, ...). Repeat to keep several.",
            },
            FilterSpec {
                param: "facet",
                rule: RuleSpec::OneOf("facet", &["scenario", "industry"]),
                description: "Keep `scenario` or `industry` rows.",
            },
            FilterSpec {
                param: "item",
                rule: RuleSpec::Equals(&["item", "item_en"]),
                description: "Keep this scenario or industry (as printed or English), e.g. `医疗` to see which domains serve healthcare. Repeat to keep several.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: Checks {
            sums_to_100: None,
            sequences: &[("item_order", &["domain", "facet"])],
            distinct_levels: &["domain_order"],
            falls_with_rank: None,
            contiguous_months: None,
            contiguous_years: None,
        },
        peaks: None,
        comparison: None,
        chart: ChartDesign::Table(TableDesign {
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
    },
];

/// The kind with this identifier.
pub fn kind(id: &str) -> Option<&'static DatasetKind> {
    KINDS.iter().find(|k| k.id == id)
}

/// Every kind served: the datasets of [`KINDS`], then [`DERIVED_KINDS`].
pub fn all_kinds() -> impl Iterator<Item = &'static DatasetKind> {
    KINDS.iter().chain(DERIVED_KINDS)
}

const fn derived(name: &'static str, ty: FieldType, description: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        column: None,
        ty,
        nullable: false,
        description,
    }
}

const fn derived_nullable(name: &'static str, ty: FieldType, description: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        column: None,
        ty,
        nullable: true,
        description,
    }
}

const DERIVED_UNCERTAIN: FieldSpec = FieldSpec {
    column: None,
    description: "True when this row rests on a figure or a label the report does not decide: a row or dataset flagged uncertain, or a label that may or may not be the same thing. `uncertainty_note` says which.",
    ..UNCERTAIN
};

const DERIVED_UNCERTAINTY_NOTE: FieldSpec = FieldSpec {
    column: None,
    ..UNCERTAINTY_NOTE
};

const NO_CHECKS: Checks = Checks {
    sums_to_100: None,
    sequences: &[],
    distinct_levels: &[],
    falls_with_rank: None,
    contiguous_months: None,
    contiguous_years: None,
};

/// Kinds whose rows are not read from a table but built when the catalogue
/// loads, from the report's claims and entities (migration 0003) and the
/// rows of its datasets: `/claims` (the report's statements, checked),
/// `/positions` and `/industries` (every figure about each), `/labels`
/// (every printed position or industry label and what it resolves to).
/// They are served like the datasets, by the same query engine, URL scheme
/// (`/rows`, `.csv`, `.ndjson`, `.svg`), charts and OpenAPI operations; a
/// reload rebuilds them, so a changed figure changes them. Their `table` is
/// empty.
pub static DERIVED_KINDS: &[DatasetKind] = &[
    DatasetKind {
        id: "claims",
        path: "/claims",
        table: "",
        primary_key: &["claim_id"],
        tag: "claims",
        summary: "The report's claims, checked against its figures",
        description: "Every checkable statement of the report, with the sentence as printed, an English translation, its page, the comparison it makes and a verdict computed from the served figures when the data loads: `supported`, `not_supported` or `not_checkable` (not checkable from the printed figures; `reason` says why). A claim marked `decided_transcription` was used to read a chart in the first place: its verdict shows consistency, not independent confirmation. `/claims/{claim_id}` gives each check with every figure it rests on and where it is served.",
        fields: &[
            derived("claim_id", FieldType::Text, "Identifier (`/claims/{claim_id}`)."),
            derived("claim_order", FieldType::Integer, "Order of the claim in the report."),
            derived(
                "page",
                FieldType::Integer,
                "Page of the report the sentence is printed on.",
            ),
            derived_nullable(
                "page_printed",
                FieldType::Text,
                "The page marker as printed (`—9—`); null when the text has none for that page.",
            ),
            derived(
                "location",
                FieldType::Text,
                "Where on the page: `headline`, `body` or `caption`.",
            ),
            derived(
                "statement_zh",
                FieldType::Text,
                "The words this claim checks, as printed (normalised): the clause, when the sentence makes several claims, else the sentence.",
            ),
            derived("statement_en", FieldType::Text, "The claim in English."),
            derived(
                "sentence_zh",
                FieldType::Text,
                "The whole sentence, normalised to ordinary characters (the text layer writes many as Kangxi radicals).",
            ),
            derived(
                "sentence_zh_extracted",
                FieldType::Text,
                "The whole sentence exactly as the report's text layer has it.",
            ),
            derived(
                "verdict",
                FieldType::Text,
                "`supported` (every check holds), `not_supported` (a check fails) or `not_checkable` (the printed figures cannot test it; `reason` says why).",
            ),
            derived(
                "verdict_label",
                FieldType::Text,
                "The verdict in Chinese; a supported claim that decided a transcription reads 一致 (consistent), not 成立.",
            ),
            derived(
                "verdict_label_en",
                FieldType::Text,
                "The verdict in English; a supported claim that decided a transcription reads `consistent (this sentence decided how the chart was read)`.",
            ),
            derived(
                "mark",
                FieldType::Text,
                "✓ supported, ✗ not supported, ? not checkable.",
            ),
            derived_nullable(
                "comparison",
                FieldType::Text,
                "The comparisons made, with the figures (`31.42 > 17.93 + 11.44 = 29.37`), checks separated by `; `; null when the claim is not checkable.",
            ),
            derived_nullable(
                "reason",
                FieldType::Text,
                "Why the claim is not checkable, or which check fails; null when it is supported.",
            ),
            derived_nullable(
                "reading",
                FieldType::Text,
                "How the words were read: the bounds given to 近, 成, 约 and the like, and why.",
            ),
            derived(
                "datasets",
                FieldType::Text,
                "The datasets the checks rest on, separated by `, ` (empty when the claim is not checkable).",
            ),
            derived(
                "decided_transcription",
                FieldType::Boolean,
                "True when the seed used this very sentence to decide how a chart is read (which age block is AIGC, the months of the heat index): the figures are consistent with it by construction, so the verdict is no independent confirmation.",
            ),
            derived_nullable(
                "decided_transcription_note",
                FieldType::Text,
                "What the sentence decided; null when it decided nothing.",
            ),
            derived_nullable(
                "restates",
                FieldType::Text,
                "The claim this one repeats (a headline and its body sentence); null when none.",
            ),
            DERIVED_UNCERTAIN,
            DERIVED_UNCERTAINTY_NOTE,
        ],
        label: ("statement_zh", "statement_en"),
        order_by: "",
        filters: &[
            FilterSpec {
                param: "verdict",
                rule: RuleSpec::OneOf("verdict", &["supported", "not_supported", "not_checkable"]),
                description: "Keep claims with this verdict. Repeat to keep several.",
            },
            FilterSpec {
                param: "page",
                rule: RuleSpec::Equals(&["page"]),
                description: "Keep claims printed on this page. Repeat to keep several.",
            },
            FilterSpec {
                param: "location",
                rule: RuleSpec::OneOf("location", &["headline", "body", "caption"]),
                description: "Keep claims printed here on the page. Repeat to keep several.",
            },
            FilterSpec {
                param: "dataset",
                rule: RuleSpec::Includes(&["datasets"]),
                description: "Keep claims that rest on this dataset (`talent-cities`). Repeat to keep several.",
            },
            FilterSpec {
                param: "decided_transcription",
                rule: RuleSpec::Equals(&["decided_transcription"]),
                description: "`true` keeps the claims used to read a chart (consistent by construction), `false` the independent ones.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: NO_CHECKS,
        peaks: None,
        comparison: None,
        chart: ChartDesign::Checklist {
            mark: "mark",
            page: "page",
            detail: "comparison",
            fallback: "reason",
        },
    },
    DatasetKind {
        id: "positions",
        path: "/positions",
        table: "",
        primary_key: &["position_id"],
        tag: "entities",
        summary: "Every figure about each position the report names",
        description: "One row per position the report names in a chart or a sentence: its demand rank (热招, most recruited for), supply rank (热投, most applied to), the gap between them, its annual salary and the skill terms tied to it, read from the hot-jobs, salary and skills charts through the report's labels (one label, one entity; uncertain links flagged). `silent_in` lists the charts that say nothing about it. `/positions/{name}` gives every figure with where it is served.",
        fields: &[
            derived(
                "position_id",
                FieldType::Text,
                "Identifier (`/positions/{name}` takes it too).",
            ),
            derived(
                "position_order",
                FieldType::Integer,
                "Order of the position in the report's charts.",
            ),
            derived("name_zh", FieldType::Text, "The position as the charts print it."),
            derived("name_en", FieldType::Text, "The position in English."),
            derived_nullable(
                "demand_rank",
                FieldType::Integer,
                "Rank among the positions most recruited for (热招, 1 = hottest); null when not in that top list.",
            ),
            derived_nullable(
                "supply_rank",
                FieldType::Integer,
                "Rank among the positions most applied to (热投, 1 = hottest); null when not in that top list.",
            ),
            derived_nullable(
                "rank_gap",
                FieldType::Integer,
                "Supply rank minus demand rank, the report's imbalance measure: positive when employers want the position more than applicants do (a relative shortage), negative when applicants crowd in. Null unless the position is in both lists.",
            ),
            derived_nullable(
                "rank_gap_min",
                FieldType::Integer,
                "The least the gap can be. Equal to `rank_gap` when both ranks are printed; for a position in the demand list only, absence from the supply list means a supply rank after the list's last, which bounds the gap from below. Null when no bound follows.",
            ),
            derived_nullable(
                "rank_gap_max",
                FieldType::Integer,
                "The most the gap can be: `rank_gap`, or the bound that absence from the demand list gives a position in the supply list only. Null when no bound follows.",
            ),
            derived_nullable(
                "annual_salary_10k_cny",
                FieldType::Figure,
                "Annual salary in 10k CNY (万元) a year, as printed; null when the salary chart does not show the position.",
            ),
            derived(
                "skill_terms",
                FieldType::Text,
                "Terms job descriptions name that the report's labels tie to this position, separated by `, ` (empty when none).",
            ),
            derived(
                "silent_in",
                FieldType::Text,
                "The charts that say nothing about the position, separated by `, `: `hot-jobs:demand`, `hot-jobs:supply`, `salaries`, `job-skills`.",
            ),
            derived_nullable("note", FieldType::Text, "Why this is one entity, and what it is not."),
            DERIVED_UNCERTAIN,
            DERIVED_UNCERTAINTY_NOTE,
        ],
        label: ("name_zh", "name_en"),
        order_by: "",
        filters: &[
            FilterSpec {
                param: "position",
                rule: RuleSpec::Equals(&["name_zh", "name_en", "position_id"]),
                description: "Keep this position (Chinese, English or id). Repeat to keep several.",
            },
            FilterSpec {
                param: "silent_in",
                rule: RuleSpec::Includes(&["silent_in"]),
                description: "Keep positions this chart says nothing about (`salaries`, `hot-jobs:supply` ...). Repeat to keep several.",
            },
            FilterSpec {
                param: "min_gap",
                rule: RuleSpec::AtLeast("rank_gap_min"),
                description: "Keep positions whose rank gap is at least this, for certain (`rank_gap_min`): `min_gap=1` keeps the ones employers want more than applicants do.",
            },
            FilterSpec {
                param: "max_gap",
                rule: RuleSpec::AtMost("rank_gap_max"),
                description: "Keep positions whose rank gap is at most this, for certain (`rank_gap_max`): `max_gap=-1` keeps the ones applicants crowd into.",
            },
            FilterSpec {
                param: "min_salary",
                rule: RuleSpec::AtLeast("annual_salary_10k_cny"),
                description: "Keep positions paying at least this many 10k CNY a year.",
            },
            FilterSpec {
                param: "max_salary",
                rule: RuleSpec::AtMost("annual_salary_10k_cny"),
                description: "Keep positions paying at most this many 10k CNY a year.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: NO_CHECKS,
        peaks: None,
        comparison: None,
        chart: ChartDesign::RankPairs {
            first: "demand_rank",
            second: "supply_rank",
            names: (("热招排名", "Demand rank (热招)"), ("热投排名", "Supply rank (热投)")),
        },
    },
    DatasetKind {
        id: "industries",
        path: "/industries",
        table: "",
        primary_key: &["industry_id"],
        tag: "entities",
        summary: "Every figure about each industry the report names",
        description: "One row per industry the report names in a chart or a sentence: its share of AIGC talent, its share of new AIGC postings, the difference, and the content domains whose application map names it, read through the report's labels (one label, one entity; uncertain links, such as the 新生活服务 printed twice, flagged). `silent_in` lists the charts that say nothing about it. `/industries/{name}` gives every figure with where it is served.",
        fields: &[
            derived(
                "industry_id",
                FieldType::Text,
                "Identifier (`/industries/{name}` takes it too).",
            ),
            derived(
                "industry_order",
                FieldType::Integer,
                "Order of the industry in the report's charts.",
            ),
            derived("name_zh", FieldType::Text, "The industry as the charts print it."),
            derived("name_en", FieldType::Text, "The industry in English."),
            derived_nullable(
                "talent_share_pct",
                FieldType::Figure,
                "Share of AIGC talent in the industry, percent, as printed; null when the talent chart does not show it or shows two candidates (`uncertainty_note` gives them).",
            ),
            derived_nullable(
                "talent_rank",
                FieldType::Integer,
                "Rank in the talent chart; null as for the share.",
            ),
            derived_nullable(
                "new_posting_share_pct",
                FieldType::Figure,
                "Share of new AIGC job postings in the industry, percent, as printed; null when the postings chart does not show it.",
            ),
            derived_nullable(
                "new_posting_rank",
                FieldType::Integer,
                "Rank in the new-postings chart; null when not in it.",
            ),
            derived_nullable(
                "posting_minus_talent_pp",
                FieldType::Figure,
                "New-posting share minus talent share, in percentage points (exact): positive when the industry posts more of the new jobs than it holds of the talent. Null unless both are printed.",
            ),
            derived(
                "application_domains",
                FieldType::Text,
                "The content domains whose application map names the industry (`文本领域, 视频领域`), separated by `, `; empty when none.",
            ),
            derived(
                "application_domains_en",
                FieldType::Text,
                "The same domains in English.",
            ),
            derived(
                "silent_in",
                FieldType::Text,
                "The charts that say nothing about the industry, separated by `, `: `talent-industries`, `job-industries`, `applications`.",
            ),
            derived_nullable("note", FieldType::Text, "Why this is one entity, and what it is not."),
            DERIVED_UNCERTAIN,
            DERIVED_UNCERTAINTY_NOTE,
        ],
        label: ("name_zh", "name_en"),
        order_by: "",
        filters: &[
            FilterSpec {
                param: "industry",
                rule: RuleSpec::Equals(&["name_zh", "name_en", "industry_id"]),
                description: "Keep this industry (Chinese, English or id). Repeat to keep several.",
            },
            FilterSpec {
                param: "application_domain",
                rule: RuleSpec::Includes(&["application_domains", "application_domains_en"]),
                description: "Keep industries the application map names in this domain (`文本领域` or `Text`, ...). Repeat to keep several.",
            },
            FilterSpec {
                param: "silent_in",
                rule: RuleSpec::Includes(&["silent_in"]),
                description: "Keep industries this chart says nothing about. Repeat to keep several.",
            },
            FilterSpec {
                param: "min_talent_share",
                rule: RuleSpec::AtLeast("talent_share_pct"),
                description: "Keep industries holding at least this percent of AIGC talent.",
            },
            FilterSpec {
                param: "max_talent_share",
                rule: RuleSpec::AtMost("talent_share_pct"),
                description: "Keep industries holding at most this percent of AIGC talent.",
            },
            FilterSpec {
                param: "min_posting_share",
                rule: RuleSpec::AtLeast("new_posting_share_pct"),
                description: "Keep industries posting at least this percent of new AIGC jobs.",
            },
            FilterSpec {
                param: "max_posting_share",
                rule: RuleSpec::AtMost("new_posting_share_pct"),
                description: "Keep industries posting at most this percent of new AIGC jobs.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: NO_CHECKS,
        peaks: None,
        comparison: None,
        chart: ChartDesign::FigurePairs {
            first: "talent_share_pct",
            second: "new_posting_share_pct",
            names: (
                ("人才占比", "Share of AIGC talent"),
                ("新发岗位占比", "Share of new postings"),
            ),
        },
    },
    DatasetKind {
        id: "labels",
        path: "/labels",
        table: "",
        // No natural key: a label is printed in several places.
        primary_key: &[],
        tag: "entities",
        summary: "Every position and industry label the report prints, and what it resolves to",
        description: "One label, one entity: every position or industry label printed in a chart or a sentence of the report, with the entity it names (`resolved`) or the reason it names none (`unresolved`: classes such as 技术岗位, requirements such as C++, the second 新生活服务). A label that may or may not be the same thing as its entity is flagged `uncertain`.",
        fields: &[
            derived("entity_kind", FieldType::Text, "`position` or `industry`."),
            derived(
                "entity_kind_label",
                FieldType::Text,
                "The kind in Chinese (岗位, 行业).",
            ),
            derived("entity_kind_label_en", FieldType::Text, "The kind in English."),
            derived(
                "label_zh",
                FieldType::Text,
                "The label exactly as printed (as stored in the dataset, for a chart).",
            ),
            derived(
                "label_en",
                FieldType::Text,
                "The label in English: the chart's translation, the entity's name for a sentence, or a translation of an unresolved label.",
            ),
            derived("source", FieldType::Text, "`chart` or `prose`."),
            derived_nullable(
                "dataset",
                FieldType::Text,
                "The dataset printing the label; null for the prose.",
            ),
            derived("page", FieldType::Integer, "Page of the report."),
            derived(
                "context",
                FieldType::Text,
                "Where it is printed: the chart's title, or the words around it in the sentence.",
            ),
            derived(
                "status",
                FieldType::Text,
                "`resolved` (it names an entity) or `unresolved`.",
            ),
            derived_nullable(
                "entity_id",
                FieldType::Text,
                "The entity it names (`/positions/{entity_id}`, `/industries/{entity_id}`); null when unresolved.",
            ),
            derived_nullable(
                "entity_name_zh",
                FieldType::Text,
                "The entity's name; null when unresolved.",
            ),
            derived_nullable(
                "entity_name_en",
                FieldType::Text,
                "The entity's English name; null when unresolved.",
            ),
            derived_nullable(
                "note",
                FieldType::Text,
                "Why the label names the entity, or why it names none (always given when unresolved).",
            ),
            DERIVED_UNCERTAIN,
            DERIVED_UNCERTAINTY_NOTE,
        ],
        label: ("label_zh", "label_en"),
        order_by: "",
        filters: &[
            FilterSpec {
                param: "entity_kind",
                rule: RuleSpec::OneOf("entity_kind", &["position", "industry"]),
                description: "Keep position or industry labels.",
            },
            FilterSpec {
                param: "status",
                rule: RuleSpec::OneOf("status", &["resolved", "unresolved"]),
                description: "Keep labels that name an entity (`resolved`) or none (`unresolved`).",
            },
            FilterSpec {
                param: "source",
                rule: RuleSpec::OneOf("source", &["chart", "prose"]),
                description: "Keep labels printed in a chart or in the prose.",
            },
            FilterSpec {
                param: "dataset",
                rule: RuleSpec::Equals(&["dataset"]),
                description: "Keep labels printed in this dataset. Repeat to keep several.",
            },
            FilterSpec {
                param: "label",
                rule: RuleSpec::Equals(&["label_zh", "label_en"]),
                description: "Keep this label (as printed, or English). Repeat to keep several.",
            },
            UNCERTAIN_FILTER,
        ],
        checks: NO_CHECKS,
        peaks: None,
        comparison: None,
        chart: ChartDesign::Table(TableDesign {
            rows: Some(RowHeads {
                label: ("entity_kind_label", "entity_kind_label_en"),
                header: ("类别", "Kind"),
            }),
            columns: (
                "status",
                &[
                    TableColumn {
                        value: "resolved",
                        zh: "归入实体",
                        en: "Resolved to an entity",
                    },
                    TableColumn {
                        value: "unresolved",
                        zh: "未归入（原因见数据）",
                        en: "Unresolved (see the reasons)",
                    },
                ],
            ),
            rank: None,
            open_ended: None,
        }),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_names_existing_fields_in_its_label_and_filters() {
        for kind in all_kinds() {
            assert!(kind.field_index(kind.label.0).is_some(), "{}: label", kind.id);
            assert!(kind.field_index(kind.label.1).is_some(), "{}: label_en", kind.id);
            for filter in kind.filters {
                let fields: &[&str] = match filter.rule {
                    RuleSpec::Equals(fields) | RuleSpec::Includes(fields) => fields,
                    RuleSpec::OneOf(f, _) | RuleSpec::AtLeast(f) | RuleSpec::AtMost(f) => &[f][..],
                };
                for f in fields {
                    assert!(
                        kind.field_index(f).is_some(),
                        "{}: filter {} field {f}",
                        kind.id,
                        filter.param
                    );
                }
            }
        }
    }

    #[test]
    fn no_kind_has_a_field_named_like_the_computed_label() {
        for kind in all_kinds() {
            assert!(kind.field_index("label").is_none(), "{}: `label` is computed", kind.id);
        }
    }

    #[test]
    fn primary_keys_name_fields_that_are_never_null() {
        for kind in KINDS {
            assert!(!kind.primary_key.is_empty(), "{}", kind.id);
            for name in kind.primary_key {
                let field = kind
                    .field_index(name)
                    .map(|i| &kind.fields[i])
                    .unwrap_or_else(|| panic!("{}: no field {name}", kind.id));
                assert!(!field.nullable && field.column.is_some(), "{}: {name}", kind.id);
            }
        }
    }

    #[test]
    fn derived_kinds_are_served_like_datasets_but_read_from_no_table() {
        for kind in DERIVED_KINDS {
            assert!(kind.is_derived() && kind.table.is_empty(), "{}", kind.id);
            assert!(kind.fields.iter().all(|f| f.column.is_none()), "{}", kind.id);
            assert!(!KINDS.iter().any(|k| k.id == kind.id || k.path == kind.path));
        }
        assert!(KINDS.iter().all(|k| !k.is_derived()));
    }

    #[test]
    fn row_schema_names_are_camel_case() {
        assert_eq!(kind("talent-cities").unwrap().row_schema_name(), "TalentCitiesRow");
        assert_eq!(kind("heat-index").unwrap().row_schema_name(), "HeatIndexRow");
    }

    #[test]
    fn every_dataset_kind_has_a_design_naming_its_own_fields() {
        for kind in all_kinds() {
            let fields: Vec<&str> = match &kind.chart {
                ChartDesign::Line { value } | ChartDesign::Bars { value } | ChartDesign::Columns { value } => {
                    vec![value]
                }
                ChartDesign::Paired {
                    value,
                    series,
                    series_label,
                } => vec![value, series, series_label.0, series_label.1],
                ChartDesign::Table(table) => {
                    let mut fields = vec![table.columns.0];
                    fields.extend(table.rows.iter().flat_map(|r| [r.label.0, r.label.1]));
                    fields.extend(table.rank);
                    fields.extend(table.open_ended);
                    fields
                }
                ChartDesign::Checklist {
                    mark,
                    page,
                    detail,
                    fallback,
                } => vec![mark, page, detail, fallback],
                ChartDesign::RankPairs { first, second, .. } | ChartDesign::FigurePairs { first, second, .. } => {
                    vec![first, second]
                }
            };
            for field in fields {
                assert!(kind.field_index(field).is_some(), "{}: {field}", kind.id);
            }
        }
    }

    #[test]
    fn peaks_and_comparisons_name_existing_fields_and_filters() {
        for kind in KINDS {
            if let Some(peaks) = kind.peaks {
                assert!(kind.field_index(peaks.value).is_some(), "{}", kind.id);
                assert!(kind.field_index(peaks.flag).is_some(), "{}", kind.id);
            }
            if let Some(comparison) = kind.comparison {
                let (order, label, label_en) = comparison.key;
                for field in [comparison.group, order, label, label_en, comparison.value] {
                    assert!(kind.field_index(field).is_some(), "{}: {field}", kind.id);
                }
                assert!(
                    kind.filters.iter().any(|f| f.param == comparison.key_filter),
                    "{}: {}",
                    kind.id,
                    comparison.key_filter
                );
            }
        }
    }
}
