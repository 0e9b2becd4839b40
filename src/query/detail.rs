//! The single-item answers of the derived kinds: one claim with every check
//! and every figure it rests on (`/claims/{claim_id}`), one position or
//! industry with every figure about it (`/positions/{name}`,
//! `/industries/{name}`), each as `{"data": …, "meta": ItemMeta}`. They
//! take `report` and `lang` (the language of the summary row's `label`);
//! any other parameter is a 400, an unknown id or name a 404 that lists the
//! known ones.

use serde::Serialize;
use utoipa::ToSchema;

use super::options::{Lang, is_report_id};
use super::params::Params;
use super::plan::resolve_report;
use super::render::{FullRow, ReportRef};
use crate::data::{
    catalog::{Catalog, ReportEntry},
    claims::Claim,
    entities::{Entity, EntityKind},
};
use crate::error::{ApiError, echo};

/// A kind of single item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Claim,
    Entity(EntityKind),
}

impl Item {
    pub const ALL: [Item; 3] = [
        Item::Claim,
        Item::Entity(EntityKind::Position),
        Item::Entity(EntityKind::Industry),
    ];

    /// The derived kind holding every item as a row (`claims`).
    pub fn collection(self) -> &'static str {
        match self {
            Item::Claim => "claims",
            Item::Entity(kind) => kind.collection(),
        }
    }

    /// The path parameter naming the item.
    pub fn param(self) -> &'static str {
        match self {
            Item::Claim => "claim_id",
            Item::Entity(_) => "name",
        }
    }

    /// The route: `/claims/{claim_id}`, `/positions/{name}`.
    pub fn path(self) -> String {
        format!("/{}/{{{}}}", self.collection(), self.param())
    }

    /// The item in words (`claim`, `position`).
    pub fn noun(self) -> &'static str {
        match self {
            Item::Claim => "claim",
            Item::Entity(kind) => kind.code(),
        }
    }

    /// The OpenAPI schema of its answer.
    pub fn document_schema(self) -> &'static str {
        match self {
            Item::Claim => "ClaimDocument",
            Item::Entity(EntityKind::Position) => "PositionDocument",
            Item::Entity(EntityKind::Industry) => "IndustryDocument",
        }
    }
}

/// Metadata of a single-item answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemMeta {
    pub report: ReportRef,
    /// The collection the item is a row of (`claims`, `positions`,
    /// `industries`).
    #[schema(example = "claims")]
    pub collection: String,
    /// The collection's endpoint for this report.
    #[schema(example = "/claims?report=maimai-aigc-talent-2023")]
    pub href: String,
    /// Language of the summary row's `label`.
    #[schema(example = "zh")]
    pub lang: String,
    /// Version of the data; changes when any seed is revised.
    #[schema(example = "3f2a9c1b7d4e5f60")]
    pub data_version: String,
}

/// One claim: `/claims/{claim_id}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimDocument {
    pub data: Claim,
    pub meta: ItemMeta,
}

#[derive(Serialize)]
struct Document<T: Serialize> {
    data: T,
    meta: ItemMeta,
}

/// An entity with its row of the collection. (Serialised directly, never
/// through `serde_json::Value`, so that figures keep their digits.)
#[derive(Serialize)]
struct EntityDetail<'a> {
    #[serde(flatten)]
    entity: Entity,
    summary: FullRow<'a>,
}

/// The answer for one item, named by `name` (a claim id; a position's or
/// industry's id, Chinese name or English name, English without regard to
/// case), as JSON. Every `href` in it starts with `base`.
pub fn item_answer(
    item: Item,
    name: &str,
    catalog: &Catalog,
    pairs: Vec<(String, String)>,
    base: &str,
) -> Result<Vec<u8>, ApiError> {
    let mut params = Params::new(pairs);
    let report_id = params.take_one("report")?;
    if let Some(r) = &report_id
        && !is_report_id(r)
    {
        return Err(ApiError::invalid(
            "report",
            format!(
                "must be a report id (lower-case letters, digits and -), got {}",
                echo(r)
            ),
            "a report id from GET /reports",
        ));
    }
    let lang = Lang::parse(&mut params)?;
    params.finish(&["report", "lang"])?;
    let report = resolve_report(catalog, report_id.as_deref())?;
    let dataset = report
        .dataset(item.collection())
        .ok_or_else(|| ApiError::DatasetNotInReport {
            report: report.info.id.clone(),
            dataset: item.collection().to_owned(),
        })?;
    let not_found = |known: String| ApiError::ItemNotFound {
        item: item.noun(),
        name: name.to_owned(),
        report: report.info.id.clone(),
        known,
    };
    let meta = item_meta(report, item, lang, base, &catalog.data_version);
    let body = match item {
        Item::Claim => {
            let claims = &report.derived.claims;
            let claim = claims.iter().find(|c| c.claim_id == name).ok_or_else(|| {
                not_found(
                    claims
                        .iter()
                        .map(|c| c.claim_id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })?;
            serde_json::to_vec(&Document {
                data: claim.with_base(base),
                meta,
            })
        }
        Item::Entity(kind) => {
            let entities = report.derived.entities.of(kind);
            let index = entities.iter().position(|e| e.answers_to(name)).ok_or_else(|| {
                not_found(
                    entities
                        .iter()
                        .map(|e| format!("{} ({} / {})", e.entity_id, e.name_zh, e.name_en))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })?;
            serde_json::to_vec(&Document {
                data: EntityDetail {
                    entity: entities[index].with_base(base),
                    summary: FullRow {
                        table: &dataset.table,
                        row: &dataset.table.rows[index],
                        lang,
                    },
                },
                meta,
            })
        }
    };
    Ok(body.expect("a document serialises"))
}

fn item_meta(report: &ReportEntry, item: Item, lang: Lang, base: &str, data_version: &str) -> ItemMeta {
    let info = &report.info;
    ItemMeta {
        report: ReportRef {
            id: info.id.clone(),
            title: info.title.clone(),
            title_en: info.title_en.clone(),
            publisher: info.publisher.clone(),
            published_on: info.published_on.clone(),
        },
        collection: item.collection().to_owned(),
        href: format!("{base}/{}?report={}", item.collection(), info.id),
        lang: lang.code().to_owned(),
        data_version: data_version.to_owned(),
    }
}
