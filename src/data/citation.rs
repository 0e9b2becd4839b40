//! How to cite a figure: a citation of the report's chart, in Chinese and in
//! English, naming the publisher, the report's title and year, the chart and
//! its page, and where this transcription serves it.
//!
//! The Chinese citation follows the pattern of GB/T 7714 for a report
//! (`责任者. 题名[R]. 年份: 页码.`), the English one an author-date pattern;
//! both then name the transcription, its data version and the URL of the
//! answer. The URL is a path under the service's base path: the service
//! never writes its own host name (it would have to trust the client's
//! `Host` header for it), so a citation is completed with the address the
//! reader used.

use serde::Serialize;
use utoipa::ToSchema;

use super::catalog::{DatasetInfo, ReportInfo};

/// The name this transcription is cited under.
pub const TRANSCRIPTION: &str = "talent-trends-api";

/// A citation in Chinese and in English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[schema(example = json!({
    "zh": "脉脉高聘人才智库. 2023 AIGC人才趋势报告[R]. 2023: 9（图表“AIGC人才主要分布城市TOP10”）. talent-trends-api 转录, 数据版本 fbc1a1b6cba55d2d: /talent/cities?report=maimai-aigc-talent-2023.",
    "en": "Maimai Gaopin Talent Think Tank (脉脉高聘人才智库). (2023). 2023 AIGC Talent Trends Report (2023 AIGC人才趋势报告), chart \"Top 10 cities by share of AIGC talent\" (AIGC人才主要分布城市TOP10), p. 9. Transcribed by talent-trends-api, data version fbc1a1b6cba55d2d: /talent/cities?report=maimai-aigc-talent-2023."
}))]
pub struct Citation {
    /// In Chinese, in the pattern of GB/T 7714.
    pub zh: String,
    /// In English.
    pub en: String,
}

/// The year of a `YYYY-MM-DD` date.
fn year(date: &str) -> &str {
    date.get(..4).unwrap_or(date)
}

impl Citation {
    /// A chart of a report, as served at `url` (a path under the base path)
    /// in the data at `data_version`.
    pub fn chart(report: &ReportInfo, dataset: &DatasetInfo, url: &str, data_version: &str) -> Citation {
        let year = year(&report.published_on);
        Citation {
            zh: format!(
                "{publisher}. {title}[R]. {year}: {page}（图表“{chart}”）. {TRANSCRIPTION} 转录, 数据版本 {data_version}: {url}.",
                publisher = report.publisher,
                title = report.title,
                page = dataset.page,
                chart = dataset.title,
            ),
            en: format!(
                "{publisher_en} ({publisher}). ({year}). {title_en} ({title}), chart \"{chart_en}\" ({chart}), p. {page}. \
                 Transcribed by {TRANSCRIPTION}, data version {data_version}: {url}.",
                publisher_en = report.publisher_en,
                publisher = report.publisher,
                title_en = report.title_en,
                title = report.title,
                chart_en = dataset.title_en,
                chart = dataset.title,
                page = dataset.page,
            ),
        }
    }

    /// A whole report, as served at `url` in the data at `data_version`.
    pub fn report(report: &ReportInfo, url: &str, data_version: &str) -> Citation {
        let year = year(&report.published_on);
        Citation {
            zh: format!(
                "{publisher}. {title}[R]. {year}. {TRANSCRIPTION} 转录, 数据版本 {data_version}: {url}.",
                publisher = report.publisher,
                title = report.title,
            ),
            en: format!(
                "{publisher_en} ({publisher}). ({year}). {title_en} ({title}). \
                 Transcribed by {TRANSCRIPTION}, data version {data_version}: {url}.",
                publisher_en = report.publisher_en,
                publisher = report.publisher,
                title_en = report.title_en,
                title = report.title,
            ),
        }
    }
}
