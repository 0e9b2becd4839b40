//! The positions and industries a report names: one label, one entity.
//!
//! The identity of a position or an industry across charts and sentences is
//! seed data (`entities`, `entity_labels`, `unresolved_labels`; migration
//! 0003): each printed label is linked to its entity, with a note, and
//! flagged `uncertain` where the two may or may not be the same thing (the
//! 新生活服务 printed twice, 电商 against 电子商务&新零售). When the catalogue
//! loads, every figure of every linked row is gathered per entity: the
//! demand and supply ranks, the gap between them and the salary of a
//! position, the talent and new-posting shares of an industry, and where the
//! application map names it. Which charts say nothing about an entity is
//! what is left.
//!
//! Which charts can speak about a kind of entity, and which of their fields
//! become its figures, is stated once here ([`SourceSpec`]): a new report of
//! the same kinds of charts needs only rows.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::{Row as _, SqliteConnection};
use utoipa::ToSchema;

use super::claims::{Claim, DatasetView, RESERVED_NAMES, RowBuilder, SpecError, Verdict};
use super::kinds::{DatasetKind, FieldType, KINDS, LIST_SEPARATOR};
use super::table::Table;
use super::value::{Figure, Value};

/// A kind of entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Position,
    Industry,
}

impl EntityKind {
    pub const ALL: [EntityKind; 2] = [EntityKind::Position, EntityKind::Industry];

    /// As in the seed (`position`).
    pub fn code(self) -> &'static str {
        match self {
            EntityKind::Position => "position",
            EntityKind::Industry => "industry",
        }
    }

    /// The derived kind serving it (`positions`).
    pub fn collection(self) -> &'static str {
        match self {
            EntityKind::Position => "positions",
            EntityKind::Industry => "industries",
        }
    }

    /// The kind in words (Chinese, English).
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            EntityKind::Position => ("岗位", "Position"),
            EntityKind::Industry => ("行业", "Industry"),
        }
    }

    fn parse(text: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.code() == text)
    }

    /// The charts that can speak about this kind of entity.
    pub fn sources(self) -> &'static [SourceSpec] {
        match self {
            EntityKind::Position => POSITION_SOURCES,
            EntityKind::Industry => INDUSTRY_SOURCES,
        }
    }
}

/// A chart that can speak about a kind of entity: the rows of a dataset
/// (those where `when` holds), named `id` (`hot-jobs:demand`).
#[derive(Debug)]
pub struct SourceSpec {
    pub id: &'static str,
    pub dataset: &'static str,
    pub when: Option<(&'static str, &'static str)>,
    /// The chart's name (Chinese, English) when it is one of two lists of
    /// a dataset; else the dataset's own title.
    pub name: Option<(&'static str, &'static str)>,
}

/// Demand (热招) and supply (热投) lists, salaries and the skills of job
/// descriptions.
pub static POSITION_SOURCES: &[SourceSpec] = &[
    SourceSpec {
        id: "hot-jobs:demand",
        dataset: "hot-jobs",
        when: Some(("side", "demand")),
        name: Some(("热招岗位TOP10", "Top 10 positions most recruited for (热招, demand)")),
    },
    SourceSpec {
        id: "hot-jobs:supply",
        dataset: "hot-jobs",
        when: Some(("side", "supply")),
        name: Some(("热投岗位TOP10", "Top 10 positions most applied to (热投, supply)")),
    },
    SourceSpec {
        id: "salaries",
        dataset: "salaries",
        when: None,
        name: None,
    },
    SourceSpec {
        id: "job-skills",
        dataset: "job-skills",
        when: None,
        name: None,
    },
];

/// Talent by industry, new postings by industry, and the industries of the
/// application map.
pub static INDUSTRY_SOURCES: &[SourceSpec] = &[
    SourceSpec {
        id: "talent-industries",
        dataset: "talent-industries",
        when: None,
        name: None,
    },
    SourceSpec {
        id: "job-industries",
        dataset: "job-industries",
        when: None,
        name: None,
    },
    SourceSpec {
        id: "applications",
        dataset: "applications",
        when: Some(("facet", "industry")),
        name: None,
    },
];

impl SourceSpec {
    fn holds(&self, view: &DatasetView<'_>, row: usize) -> bool {
        match self.when {
            None => true,
            Some((field, value)) => view
                .table
                .field_index(field)
                .is_some_and(|i| view.table.rows[row].0[i].to_csv_field() == value),
        }
    }

    fn names(&self, view: &DatasetView<'_>) -> (String, String) {
        match self.name {
            Some((zh, en)) => (zh.to_owned(), en.to_owned()),
            None => (view.title.to_owned(), view.title_en.to_owned()),
        }
    }
}

// ------------------------------------------------------------------ model

#[derive(Clone, Debug)]
struct LabelSpec {
    label: String,
    dataset: Option<&'static DatasetKind>,
    /// The field holding the label (the dataset's label field by default).
    field: Option<&'static str>,
    page: Option<i64>,
    context_zh: Option<String>,
    note: Option<String>,
    uncertain: bool,
}

#[derive(Clone, Debug)]
struct EntitySpec {
    kind: EntityKind,
    id: String,
    order: i64,
    name_zh: String,
    name_en: String,
    note: Option<String>,
    uncertain: bool,
    uncertainty_note: Option<String>,
    labels: Vec<LabelSpec>,
}

/// A printed label that names no entity, and why.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct UnresolvedLabel {
    pub entity_kind: String,
    pub label: String,
    pub label_en: String,
    /// The dataset printing it; null for the prose.
    #[schema(required = true)]
    pub dataset: Option<String>,
    pub page: i64,
    pub context_zh: String,
    pub reason: String,
}

/// A figure of a row linked to the entity.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct EntityFigure {
    /// The chart (`hot-jobs:demand`, `salaries`), or the dataset when the
    /// row is of no chart that speaks about this kind of entity.
    #[schema(example = "hot-jobs:supply")]
    pub source: String,
    #[schema(example = "hot-jobs")]
    pub dataset: String,
    pub chart_title: String,
    pub chart_title_en: String,
    pub page: i64,
    /// The row's label as printed, and in English.
    #[schema(example = "产品经理")]
    pub row_label: String,
    pub row_label_en: String,
    /// The figure's field.
    #[schema(example = "rank")]
    pub field: String,
    #[schema(value_type = f64, example = 1)]
    pub value: Figure,
    /// The dataset endpoint serving the row.
    pub href: String,
    /// The row is flagged, or its label may name another thing.
    pub uncertain: bool,
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
}

/// A printed label that names the entity.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct EntityLabel {
    /// `chart` or `prose`.
    pub source: String,
    /// The dataset printing it; null for the prose.
    #[schema(required = true)]
    pub dataset: Option<String>,
    /// The field holding it; null for the prose.
    #[schema(required = true)]
    pub field: Option<String>,
    pub label: String,
    /// Page of the report (the chart's page for a chart).
    pub page: i64,
    /// The words around it in the sentence; null for a chart.
    #[schema(required = true)]
    pub context_zh: Option<String>,
    /// Rows of the dataset holding the label (0 for the prose).
    pub rows: usize,
    /// The dataset endpoint serving those rows; null for the prose.
    #[schema(required = true)]
    pub href: Option<String>,
    /// Why the label names this entity.
    #[schema(required = true)]
    pub note: Option<String>,
    /// The label may or may not be the same thing as the entity.
    pub uncertain: bool,
}

/// A chart that can speak about the entity but says nothing about it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SilentSource {
    #[schema(example = "salaries")]
    pub source: String,
    pub dataset: String,
    pub chart_title: String,
    pub chart_title_en: String,
    pub page: i64,
}

/// A claim of the report that names the entity in one of its checks.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ClaimRef {
    pub claim_id: String,
    pub verdict: Verdict,
    pub mark: String,
    pub statement_zh: String,
    pub statement_en: String,
    /// `/claims/{claim_id}`.
    pub href: String,
}

/// Everything the report says about one position or industry.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Entity {
    /// `position` or `industry`.
    pub entity_kind: String,
    #[schema(example = "product-manager")]
    pub entity_id: String,
    #[schema(example = "产品经理")]
    pub name_zh: String,
    #[schema(example = "Product manager")]
    pub name_en: String,
    #[schema(required = true)]
    pub note: Option<String>,
    /// A figure of the summary rests on an uncertain row or label.
    pub uncertain: bool,
    #[schema(required = true)]
    pub uncertainty_note: Option<String>,
    /// Every figure (decimal figures and ranks) of every row linked to the
    /// entity, chart by chart.
    pub figures: Vec<EntityFigure>,
    /// Every printed label that names it, in charts and sentences.
    pub labels: Vec<EntityLabel>,
    /// The charts that say nothing about it.
    pub silent_in: Vec<SilentSource>,
    /// The claims that name it.
    pub claims: Vec<ClaimRef>,
}

impl Entity {
    /// The same entity with every `href` under `base`.
    pub fn with_base(&self, base: &str) -> Entity {
        let mut entity = self.clone();
        if base.is_empty() {
            return entity;
        }
        for figure in &mut entity.figures {
            figure.href = format!("{base}{}", figure.href);
        }
        for label in &mut entity.labels {
            if let Some(href) = &mut label.href {
                *href = format!("{base}{href}");
            }
        }
        for claim in &mut entity.claims {
            claim.href = format!("{base}{}", claim.href);
        }
        entity
    }

    /// Whether `name` is this entity's id, Chinese name or English name
    /// (English without regard to case).
    pub fn answers_to(&self, name: &str) -> bool {
        self.entity_id == name || self.name_zh == name || self.name_en.to_lowercase() == name.to_lowercase()
    }
}

/// A report's entities, gathered, with the tables that serve them.
#[derive(Debug, Default)]
pub struct Entities {
    pub positions: Vec<Entity>,
    pub industries: Vec<Entity>,
    pub unresolved: Vec<UnresolvedLabel>,
    /// Rows of `/positions`, `/industries` and `/labels` (in the order of
    /// the entities).
    pub position_rows: Option<Table>,
    pub industry_rows: Option<Table>,
    pub label_rows: Option<Table>,
    /// What breaks "one label, one entity" (for `check`): a chart label no
    /// entity claims and no reason explains, a link to no row.
    pub gaps: Vec<String>,
}

impl Entities {
    pub fn of(&self, kind: EntityKind) -> &[Entity] {
        match kind {
            EntityKind::Position => &self.positions,
            EntityKind::Industry => &self.industries,
        }
    }
}

// ----------------------------------------------------------------- loading

fn dataset_kind(name: &str) -> Option<&'static DatasetKind> {
    KINDS.iter().find(|k| k.id == name)
}

async fn load_specs(
    connection: &mut SqliteConnection,
    report: &str,
) -> Result<(Vec<EntitySpec>, Vec<UnresolvedLabel>), SpecError> {
    let invalid = |table: &'static str, message: String| SpecError::Invalid { table, message };
    let mut entities: Vec<EntitySpec> = Vec::new();
    for r in sqlx::query(
        "SELECT entity_kind, entity_id, entity_order, name_zh, name_en, note, uncertain, uncertainty_note
         FROM entities WHERE report_id = ?1 ORDER BY entity_kind, entity_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let kind_text: String = r.try_get("entity_kind")?;
        let id: String = r.try_get("entity_id")?;
        let kind = EntityKind::parse(&kind_text)
            .ok_or_else(|| invalid("entities", format!("entity {id}: unknown kind {kind_text:?}")))?;
        let name_zh: String = r.try_get("name_zh")?;
        let name_en: String = r.try_get("name_en")?;
        for name in [&id, &name_zh, &name_en] {
            if RESERVED_NAMES
                .iter()
                .any(|reserved| name.eq_ignore_ascii_case(reserved))
            {
                return Err(invalid(
                    "entities",
                    format!(
                        "{kind_text} {id}: {name:?} is reserved (it is a path of /{})",
                        kind.collection()
                    ),
                ));
            }
        }
        entities.push(EntitySpec {
            kind,
            id,
            order: r.try_get("entity_order")?,
            name_zh,
            name_en,
            note: r.try_get("note")?,
            uncertain: r.try_get::<i64, _>("uncertain")? != 0,
            uncertainty_note: r.try_get("uncertainty_note")?,
            labels: Vec::new(),
        });
    }
    // One name, one entity: no id or name of an entity may be another's.
    for (i, a) in entities.iter().enumerate() {
        for b in entities[i + 1..].iter().filter(|b| b.kind == a.kind) {
            let names = |e: &EntitySpec| [e.id.clone(), e.name_zh.clone(), e.name_en.to_lowercase()];
            if let Some(shared) = names(a).iter().find(|n| names(b).contains(n)) {
                return Err(invalid(
                    "entities",
                    format!("{} {} and {} both answer to {shared:?}", a.kind.code(), a.id, b.id),
                ));
            }
        }
    }
    let index: BTreeMap<(EntityKind, String), usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.kind, e.id.clone()), i))
        .collect();

    for r in sqlx::query(
        "SELECT entity_kind, entity_id, label, dataset, field, page, context_zh, note, uncertain
         FROM entity_labels WHERE report_id = ?1 ORDER BY entity_kind, entity_id, label_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let kind_text: String = r.try_get("entity_kind")?;
        let id: String = r.try_get("entity_id")?;
        let label: String = r.try_get("label")?;
        let fail = |message: String| invalid("entity_labels", format!("{kind_text} {id}, label {label:?}: {message}"));
        let kind = EntityKind::parse(&kind_text).ok_or_else(|| fail("unknown kind".to_owned()))?;
        let dataset = match r.try_get::<Option<String>, _>("dataset")? {
            None => None,
            Some(name) => Some(dataset_kind(&name).ok_or_else(|| fail(format!("{name:?} is not a dataset kind")))?),
        };
        let field = match (r.try_get::<Option<String>, _>("field")?, dataset) {
            (None, Some(kind)) => Some(kind.label.0),
            (None, None) => None,
            (Some(name), Some(kind)) => Some(
                kind.fields
                    .iter()
                    .find(|f| f.name == name && f.ty == FieldType::Text)
                    .map(|f| f.name)
                    .ok_or_else(|| fail(format!("{} has no text field {name:?}", kind.id)))?,
            ),
            (Some(_), None) => return Err(fail("a field without a dataset".to_owned())),
        };
        let position = index
            .get(&(kind, id.clone()))
            .ok_or_else(|| fail("no such entity".to_owned()))?;
        entities[*position].labels.push(LabelSpec {
            label,
            dataset,
            field,
            page: r.try_get("page")?,
            context_zh: r.try_get("context_zh")?,
            note: r.try_get("note")?,
            uncertain: r.try_get::<i64, _>("uncertain")? != 0,
        });
    }

    let mut unresolved = Vec::new();
    for r in sqlx::query(
        "SELECT entity_kind, label, label_en, dataset, page, context_zh, reason
         FROM unresolved_labels WHERE report_id = ?1 ORDER BY entity_kind, label_order",
    )
    .bind(report)
    .fetch_all(&mut *connection)
    .await?
    {
        let label: String = r.try_get("label")?;
        let dataset: Option<String> = r.try_get("dataset")?;
        if let Some(name) = &dataset
            && dataset_kind(name).is_none()
        {
            return Err(invalid(
                "unresolved_labels",
                format!("label {label:?}: {name:?} is not a dataset kind"),
            ));
        }
        unresolved.push(UnresolvedLabel {
            entity_kind: r.try_get("entity_kind")?,
            label,
            label_en: r.try_get("label_en")?,
            dataset,
            page: r.try_get("page")?,
            context_zh: r.try_get("context_zh")?,
            reason: r.try_get("reason")?,
        });
    }
    Ok((entities, unresolved))
}

// ---------------------------------------------------------------- building

/// A row of a dataset linked to an entity through one of its labels.
struct Linked<'l> {
    dataset: &'static str,
    row: usize,
    link: &'l LabelSpec,
}

/// Whether a field of a row is one of the entity's figures: a printed
/// decimal, or the row's rank.
fn is_figure(name: &str, ty: FieldType) -> bool {
    ty == FieldType::Figure || (ty == FieldType::Integer && name == "rank")
}

fn find_view<'v, 'a>(views: &'v [DatasetView<'a>], id: &str) -> Option<&'v DatasetView<'a>> {
    views.iter().find(|v| v.kind.id == id)
}

/// The rows of `view` whose `field` holds `label`.
fn rows_holding(view: &DatasetView<'_>, field: &str, label: &str) -> Vec<usize> {
    let Some(i) = view.table.field_index(field) else {
        return Vec::new();
    };
    (0..view.table.rows.len())
        .filter(|&r| view.table.rows[r].0[i].as_text() == Some(label))
        .collect()
}

/// Values of one field of the rows a source holds for the entity, with the
/// notes that make them uncertain.
struct Gathered {
    values: Vec<Value>,
    texts: Vec<String>,
    notes: Vec<String>,
}

fn gather(linked: &[Linked<'_>], views: &[DatasetView<'_>], source: &SourceSpec, field: &str) -> Gathered {
    let mut gathered = Gathered {
        values: Vec::new(),
        texts: Vec::new(),
        notes: Vec::new(),
    };
    let Some(view) = find_view(views, source.dataset) else {
        return gathered;
    };
    let Some(i) = view.table.field_index(field) else {
        return gathered;
    };
    let mut seen_rows = Vec::new();
    for l in linked
        .iter()
        .filter(|l| l.dataset == source.dataset && source.holds(view, l.row))
    {
        if seen_rows.contains(&l.row) {
            continue;
        }
        seen_rows.push(l.row);
        let value = view.table.rows[l.row].0[i].clone();
        gathered.texts.push(value.to_csv_field());
        gathered.values.push(value);
        if l.link.uncertain {
            gathered.notes.push(format!(
                "{} in {}: {}",
                l.link.label,
                source.id,
                l.link.note.as_deref().unwrap_or("the label may name another thing")
            ));
        }
        if view.row_uncertain(l.row) {
            let (label, _) = view.labels(l.row);
            gathered.notes.push(format!(
                "{} row {label}: {}",
                source.dataset,
                view.row_note(l.row).unwrap_or_default()
            ));
        }
    }
    gathered
}

/// A single figure of a source: the value when one row holds it; null (and
/// a note) when several do.
fn single(gathered: &mut Gathered, source: &SourceSpec, entity: &EntitySpec, what: &str) -> Value {
    match gathered.values.len() {
        0 => Value::Null,
        1 => gathered.values[0].clone(),
        n => {
            gathered.notes.push(format!(
                "{} prints {} {n} times ({}): which one is its {what} is not decided",
                source.id,
                entity.name_zh,
                gathered.texts.join(LIST_SEPARATOR)
            ));
            Value::Null
        }
    }
}

fn distinct(texts: &[String]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for t in texts {
        if !out.contains(&t.as_str()) {
            out.push(t);
        }
    }
    out.join(LIST_SEPARATOR)
}

/// How many rows a list has (its length, from its largest rank).
fn list_length(views: &[DatasetView<'_>], source: &SourceSpec) -> Option<i64> {
    let view = find_view(views, source.dataset)?;
    let rank = view.table.field_index("rank")?;
    (0..view.table.rows.len())
        .filter(|&r| source.holds(view, r))
        .filter_map(|r| match view.table.rows[r].0[rank] {
            Value::Integer(i) => Some(i),
            _ => None,
        })
        .max()
}

fn integer(value: &Value) -> Option<i64> {
    match value {
        Value::Integer(i) => Some(*i),
        _ => None,
    }
}

fn figure(value: &Value) -> Option<Decimal> {
    match value {
        Value::Figure(f) => Some(f.value()),
        _ => None,
    }
}

fn source(kind: EntityKind, id: &str) -> &'static SourceSpec {
    kind.sources()
        .iter()
        .find(|s| s.id == id)
        .expect("a source of the kind")
}

/// Builds the entity and its row of the kind's table.
fn build_entity(
    spec: &EntitySpec,
    views: &[DatasetView<'_>],
    claims: &[Claim],
    table: &Table,
    gaps: &mut Vec<String>,
) -> (Entity, crate::data::table::Row) {
    let kind = spec.kind;
    let mut linked: Vec<Linked<'_>> = Vec::new();
    let mut labels: Vec<EntityLabel> = Vec::new();
    for link in &spec.labels {
        match (link.dataset, link.field) {
            (Some(dataset), Some(field)) => {
                let view = find_view(views, dataset.id);
                let rows = view.map(|v| rows_holding(v, field, &link.label)).unwrap_or_default();
                if rows.is_empty() {
                    gaps.push(format!(
                        "{} {}: label {:?} is in no row of {} ({field})",
                        kind.code(),
                        spec.id,
                        link.label,
                        dataset.id
                    ));
                }
                labels.push(EntityLabel {
                    source: "chart".to_owned(),
                    dataset: Some(dataset.id.to_owned()),
                    field: Some(field.to_owned()),
                    label: link.label.clone(),
                    page: view.map_or(0, |v| v.page),
                    context_zh: None,
                    rows: rows.len(),
                    href: view.map(|v| v.href(&[(field, vec![link.label.clone()])])),
                    note: link.note.clone(),
                    uncertain: link.uncertain,
                });
                linked.extend(rows.into_iter().map(|row| Linked {
                    dataset: dataset.id,
                    row,
                    link,
                }));
            }
            _ => labels.push(EntityLabel {
                source: "prose".to_owned(),
                dataset: None,
                field: None,
                label: link.label.clone(),
                page: link.page.unwrap_or(0),
                context_zh: link.context_zh.clone(),
                rows: 0,
                href: None,
                note: link.note.clone(),
                uncertain: link.uncertain,
            }),
        }
    }

    // Every figure of every linked row.
    let mut figures = Vec::new();
    for l in &linked {
        let Some(view) = find_view(views, l.dataset) else {
            continue;
        };
        let source_id = kind
            .sources()
            .iter()
            .find(|s| s.dataset == l.dataset && s.holds(view, l.row))
            .map_or(l.dataset, |s| s.id);
        let (row_label, row_label_en) = view.labels(l.row);
        let row_uncertain = view.row_uncertain(l.row);
        let mut notes: Vec<String> = Vec::new();
        if l.link.uncertain {
            notes.extend(l.link.note.clone());
        }
        if row_uncertain {
            notes.extend(view.row_note(l.row));
        }
        for (field, spec_field) in view.table.fields.iter().zip(view.kind.fields) {
            if !is_figure(spec_field.name, field.ty) {
                continue;
            }
            let index = view.table.field_index(&field.name).expect("the table's field");
            let value = match &view.table.rows[l.row].0[index] {
                Value::Figure(f) => f.clone(),
                Value::Integer(i) => Figure::from_decimal(Decimal::from(*i)),
                _ => continue,
            };
            figures.push(EntityFigure {
                source: source_id.to_owned(),
                dataset: l.dataset.to_owned(),
                chart_title: view.title.to_owned(),
                chart_title_en: view.title_en.to_owned(),
                page: view.page,
                row_label: row_label.clone(),
                row_label_en: row_label_en.clone(),
                field: field.name.to_string(),
                value,
                href: view.row_href(
                    &[(l.link.field.unwrap_or(view.kind.label.0), vec![l.link.label.clone()])],
                    l.row,
                ),
                uncertain: l.link.uncertain || row_uncertain,
                uncertainty_note: (!notes.is_empty()).then(|| notes.join(" ")),
            });
        }
    }

    // The charts that say nothing about it.
    let silent_in: Vec<SilentSource> = kind
        .sources()
        .iter()
        .filter_map(|s| {
            let view = find_view(views, s.dataset)?;
            let speaks = linked.iter().any(|l| l.dataset == s.dataset && s.holds(view, l.row));
            (!speaks).then(|| {
                let (title, title_en) = s.names(view);
                SilentSource {
                    source: s.id.to_owned(),
                    dataset: s.dataset.to_owned(),
                    chart_title: title,
                    chart_title_en: title_en,
                    page: view.page,
                }
            })
        })
        .collect();

    // The claims that name it: a term's filter selects one of its labels.
    let claim_refs: Vec<ClaimRef> = claims
        .iter()
        .filter(|claim| {
            claim.checks.iter().any(|check| {
                check.left.terms.iter().chain(&check.right.terms).any(|term| {
                    spec.labels.iter().any(|link| {
                        link.dataset.is_some_and(|d| d.id == term.dataset)
                            && term.conditions.iter().any(|(field, values)| {
                                Some(field.as_str()) == link.field && values.contains(&link.label)
                            })
                    })
                })
            })
        })
        .map(|claim| ClaimRef {
            claim_id: claim.claim_id.clone(),
            verdict: claim.verdict,
            mark: claim.mark.clone(),
            statement_zh: claim.statement_zh.clone(),
            statement_en: claim.statement_en.clone(),
            href: format!("/claims/{}", claim.claim_id),
        })
        .collect();

    // The row of the kind's table.
    let mut notes: Vec<String> = Vec::new();
    if spec.uncertain {
        notes.extend(spec.uncertainty_note.clone());
    }
    let mut row = RowBuilder::new(table);
    let id_field = match kind {
        EntityKind::Position => ("position_id", "position_order"),
        EntityKind::Industry => ("industry_id", "industry_order"),
    };
    row.text(id_field.0, &spec.id);
    row.set(id_field.1, Value::Integer(spec.order));
    row.text("name_zh", &spec.name_zh);
    row.text("name_en", &spec.name_en);
    row.optional_text("note", spec.note.as_deref());
    let take = |source_id: &str, field: &str| {
        let source = source(kind, source_id);
        let gathered = gather(&linked, views, source, field);
        (gathered, source)
    };
    match kind {
        EntityKind::Position => {
            let (mut demand, demand_source) = take("hot-jobs:demand", "rank");
            let (mut supply, supply_source) = take("hot-jobs:supply", "rank");
            let (mut salary, salary_source) = take("salaries", "annual_salary_10k_cny");
            let (skills, _) = take("job-skills", "term");
            let demand_rank = integer(&single(&mut demand, demand_source, spec, "demand rank"));
            let supply_rank = integer(&single(&mut supply, supply_source, spec, "supply rank"));
            let salary_value = single(&mut salary, salary_source, spec, "salary");
            // Absence from a top list means a rank after its last place.
            let after = |s: &SourceSpec| list_length(views, s).map(|n| n + 1);
            let (gap, gap_min, gap_max) = match (demand_rank, supply_rank) {
                (Some(d), Some(s)) => (Some(s - d), Some(s - d), Some(s - d)),
                (Some(d), None) => (None, after(supply_source).map(|s| s - d), None),
                (None, Some(s)) => (None, None, after(demand_source).map(|d| s - d)),
                (None, None) => (None, None, None),
            };
            let int = |v: Option<i64>| v.map_or(Value::Null, Value::Integer);
            row.set("demand_rank", int(demand_rank));
            row.set("supply_rank", int(supply_rank));
            row.set("rank_gap", int(gap));
            row.set("rank_gap_min", int(gap_min));
            row.set("rank_gap_max", int(gap_max));
            row.set("annual_salary_10k_cny", salary_value);
            row.text("skill_terms", &distinct(&skills.texts));
            for gathered in [demand, supply, salary, skills] {
                notes.extend(gathered.notes);
            }
        }
        EntityKind::Industry => {
            let (mut talent, talent_source) = take("talent-industries", "share_pct");
            let (mut talent_rank, _) = take("talent-industries", "rank");
            let (mut posting, posting_source) = take("job-industries", "share_pct");
            let (mut posting_rank, _) = take("job-industries", "rank");
            let (domains, _) = take("applications", "domain");
            let (domains_en, _) = take("applications", "domain_en");
            let talent_share = single(&mut talent, talent_source, spec, "talent share");
            let posting_share = single(&mut posting, posting_source, spec, "new-posting share");
            let talent_rank_value = if talent.values.len() == 1 {
                talent_rank.values.pop().unwrap_or(Value::Null)
            } else {
                Value::Null
            };
            let posting_rank_value = if posting.values.len() == 1 {
                posting_rank.values.pop().unwrap_or(Value::Null)
            } else {
                Value::Null
            };
            let difference = match (figure(&posting_share), figure(&talent_share)) {
                (Some(p), Some(t)) => Value::Figure(Figure::from_decimal(p - t)),
                _ => Value::Null,
            };
            row.set("talent_share_pct", talent_share);
            row.set("talent_rank", talent_rank_value);
            row.set("new_posting_share_pct", posting_share);
            row.set("new_posting_rank", posting_rank_value);
            row.set("posting_minus_talent_pp", difference);
            row.text("application_domains", &distinct(&domains.texts));
            row.text("application_domains_en", &distinct(&domains_en.texts));
            for gathered in [talent, posting, domains] {
                notes.extend(gathered.notes);
            }
        }
    }
    let silent: Vec<&str> = silent_in.iter().map(|s| s.source.as_str()).collect();
    row.text("silent_in", &silent.join(LIST_SEPARATOR));
    let mut unique: Vec<String> = Vec::new();
    for note in notes {
        if !unique.contains(&note) {
            unique.push(note);
        }
    }
    let uncertainty_note = (!unique.is_empty()).then(|| unique.join(" "));
    row.set("uncertain", Value::Bool(uncertainty_note.is_some()));
    row.optional_text("uncertainty_note", uncertainty_note.as_deref());

    let entity = Entity {
        entity_kind: kind.code().to_owned(),
        entity_id: spec.id.clone(),
        name_zh: spec.name_zh.clone(),
        name_en: spec.name_en.clone(),
        note: spec.note.clone(),
        uncertain: uncertainty_note.is_some(),
        uncertainty_note,
        figures,
        labels,
        silent_in,
        claims: claim_refs,
    };
    (entity, row.finish())
}

/// The rows of `/labels`: every position and industry label printed in a
/// chart that speaks about that kind, or linked or listed as unresolved,
/// with what it resolves to.
fn label_table(
    kind_table: &'static DatasetKind,
    specs: &[EntitySpec],
    unresolved: &[UnresolvedLabel],
    views: &[DatasetView<'_>],
    gaps: &mut Vec<String>,
) -> Table {
    let mut table = Table::for_kind(kind_table);
    for kind in EntityKind::ALL {
        let (kind_zh, kind_en) = kind.labels();
        let mut chart_rows: Vec<crate::data::table::Row> = Vec::new();
        let mut prose_rows: Vec<(i64, crate::data::table::Row)> = Vec::new();
        let push = |rows: &mut Vec<crate::data::table::Row>,
                    label: &str,
                    label_en: &str,
                    source: &str,
                    dataset: Option<&str>,
                    page: i64,
                    context: &str,
                    entity: Option<&EntitySpec>,
                    note: Option<&str>,
                    uncertain: bool| {
            let mut row = RowBuilder::new(&table);
            row.text("entity_kind", kind.code());
            row.text("entity_kind_label", kind_zh);
            row.text("entity_kind_label_en", kind_en);
            row.text("label_zh", label);
            row.text("label_en", label_en);
            row.text("source", source);
            row.optional_text("dataset", dataset);
            row.set("page", Value::Integer(page));
            row.text("context", context);
            row.text("status", if entity.is_some() { "resolved" } else { "unresolved" });
            row.optional_text("entity_id", entity.map(|e| e.id.as_str()));
            row.optional_text("entity_name_zh", entity.map(|e| e.name_zh.as_str()));
            row.optional_text("entity_name_en", entity.map(|e| e.name_en.as_str()));
            row.optional_text("note", note);
            row.set("uncertain", Value::Bool(uncertain));
            row.optional_text("uncertainty_note", if uncertain { note } else { None });
            rows.push(row.finish());
        };
        let of_kind = |s: &&EntitySpec| s.kind == kind;
        let unresolved_of_kind: Vec<&UnresolvedLabel> =
            unresolved.iter().filter(|u| u.entity_kind == kind.code()).collect();

        // Labels printed in the charts that speak about this kind.
        let mut datasets: Vec<&str> = Vec::new();
        for source in kind.sources() {
            if !datasets.contains(&source.dataset) {
                datasets.push(source.dataset);
            }
        }
        let mut listed_unresolved: Vec<usize> = Vec::new();
        for dataset in &datasets {
            let Some(view) = find_view(views, dataset) else {
                continue;
            };
            let label_field = view.kind.label.0;
            let mut seen: Vec<String> = Vec::new();
            for r in 0..view.table.rows.len() {
                if !kind.sources().iter().any(|s| s.dataset == *dataset && s.holds(view, r)) {
                    continue;
                }
                let (label, label_en) = view.labels(r);
                if seen.contains(&label) {
                    continue;
                }
                seen.push(label.clone());
                let mut named = false;
                for spec in specs.iter().filter(of_kind) {
                    for link in spec.labels.iter().filter(|l| {
                        l.dataset.is_some_and(|d| d.id == *dataset) && l.field == Some(label_field) && l.label == label
                    }) {
                        named = true;
                        push(
                            &mut chart_rows,
                            &label,
                            &label_en,
                            "chart",
                            Some(dataset),
                            view.page,
                            view.title,
                            Some(spec),
                            link.note.as_deref(),
                            link.uncertain,
                        );
                    }
                }
                for (i, u) in unresolved_of_kind.iter().enumerate() {
                    if u.dataset.as_deref() == Some(*dataset) && u.label == label {
                        named = true;
                        listed_unresolved.push(i);
                        push(
                            &mut chart_rows,
                            &label,
                            &u.label_en,
                            "chart",
                            Some(dataset),
                            u.page,
                            &u.context_zh,
                            None,
                            Some(&u.reason),
                            false,
                        );
                    }
                }
                if !named {
                    gaps.push(format!(
                        "{} label {label:?} of {dataset} names no entity and is not listed as unresolved",
                        kind.code()
                    ));
                    push(
                        &mut chart_rows,
                        &label,
                        &label_en,
                        "chart",
                        Some(dataset),
                        view.page,
                        view.title,
                        None,
                        Some("No entity and no reason given: a gap in the report's seed data (`check` reports it)."),
                        false,
                    );
                }
            }
        }
        // Labels linked in other datasets (the age chart's cohort).
        for spec in specs.iter().filter(of_kind) {
            for link in &spec.labels {
                let (Some(dataset), Some(field)) = (link.dataset, link.field) else {
                    continue;
                };
                if datasets.contains(&dataset.id) && field == dataset.label.0 {
                    continue;
                }
                let Some(view) = find_view(views, dataset.id) else {
                    continue;
                };
                let label_en = view
                    .table
                    .field_index(&format!("{field}_en"))
                    .and_then(|i| {
                        rows_holding(view, field, &link.label)
                            .first()
                            .map(|&r| view.table.rows[r].0[i].to_csv_field())
                    })
                    .unwrap_or_else(|| spec.name_en.clone());
                push(
                    &mut chart_rows,
                    &link.label,
                    &label_en,
                    "chart",
                    Some(dataset.id),
                    view.page,
                    view.title,
                    Some(spec),
                    link.note.as_deref(),
                    link.uncertain,
                );
            }
        }
        // Labels in the prose.
        for spec in specs.iter().filter(of_kind) {
            for link in spec.labels.iter().filter(|l| l.dataset.is_none()) {
                let mut rows = Vec::new();
                push(
                    &mut rows,
                    &link.label,
                    &spec.name_en,
                    "prose",
                    None,
                    link.page.unwrap_or(0),
                    link.context_zh.as_deref().unwrap_or_default(),
                    Some(spec),
                    link.note.as_deref(),
                    link.uncertain,
                );
                prose_rows.extend(rows.into_iter().map(|r| (link.page.unwrap_or(0), r)));
            }
        }
        for (i, u) in unresolved_of_kind.iter().enumerate() {
            if listed_unresolved.contains(&i) {
                continue;
            }
            if u.dataset.is_some() {
                gaps.push(format!(
                    "unresolved {} label {:?} is printed in no row of {}",
                    kind.code(),
                    u.label,
                    u.dataset.as_deref().unwrap_or_default()
                ));
            }
            let mut rows = Vec::new();
            push(
                &mut rows,
                &u.label,
                &u.label_en,
                if u.dataset.is_some() { "chart" } else { "prose" },
                u.dataset.as_deref(),
                u.page,
                &u.context_zh,
                None,
                Some(&u.reason),
                false,
            );
            prose_rows.extend(rows.into_iter().map(|r| (u.page, r)));
        }
        prose_rows.sort_by_key(|(page, _)| *page);
        table.rows.extend(chart_rows);
        table.rows.extend(prose_rows.into_iter().map(|(_, r)| r));
    }
    table
}

/// Reads the entities of `report` and gathers every figure about each from
/// `views`, the report's datasets; `claims` are its evaluated claims.
pub async fn load(
    connection: &mut SqliteConnection,
    report: &str,
    views: &[DatasetView<'_>],
    claims: &[Claim],
    kinds: (&'static DatasetKind, &'static DatasetKind, &'static DatasetKind),
) -> Result<Entities, SpecError> {
    let (specs, unresolved) = load_specs(connection, report).await?;
    if specs.is_empty() && unresolved.is_empty() {
        return Ok(Entities::default());
    }
    let (positions_kind, industries_kind, labels_kind) = kinds;
    let mut entities = Entities {
        unresolved,
        ..Entities::default()
    };
    let mut gaps = Vec::new();
    let mut position_rows = Table::for_kind(positions_kind);
    let mut industry_rows = Table::for_kind(industries_kind);
    for spec in &specs {
        let table = match spec.kind {
            EntityKind::Position => &position_rows,
            EntityKind::Industry => &industry_rows,
        };
        let (entity, row) = build_entity(spec, views, claims, table, &mut gaps);
        match spec.kind {
            EntityKind::Position => {
                entities.positions.push(entity);
                position_rows.rows.push(row);
            }
            EntityKind::Industry => {
                entities.industries.push(entity);
                industry_rows.rows.push(row);
            }
        }
    }
    entities.label_rows = Some(label_table(labels_kind, &specs, &entities.unresolved, views, &mut gaps));
    entities.position_rows = (!position_rows.rows.is_empty()).then_some(position_rows);
    entities.industry_rows = (!industry_rows.rows.is_empty()).then_some(industry_rows);
    entities.gaps = gaps;
    Ok(entities)
}
