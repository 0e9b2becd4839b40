//! The dashboard: the HTML page `GET /` answers browsers (see
//! [`super::index`]) with the report's title and provenance, every
//! chart, a language switch and links to each dataset's JSON and CSV and to
//! the API documentation.
//!
//! The page is self-contained: inline CSS, no script, images from this
//! service only (its Content-Security-Policy, [`DASHBOARD_CSP`], allows
//! nothing else), so it works offline. Charts are drawn 360 px wide for
//! phone-width screens (`<picture>` with a media query) and at the default
//! width elsewhere.
//!
//! After the charts come the report's claims, each marked ✓ (supported), ✗
//! (not supported) or ? (not checkable from the printed figures) with its
//! sentence, page and comparison, and the charts of the positions (demand
//! rank against supply rank) and industries (talent share against
//! new-posting share).

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::base_path::BasePath;
use crate::data::{
    catalog::{Catalog, Dataset, ReportEntry},
    citation::Citation,
    claims::Verdict,
};
use crate::error::ApiError;
use crate::query::{
    options::{DATABASE_PATH, Lang, Representation, View, endpoint_path, package_path, package_zip_path},
    render::cited_url,
};

/// Content-Security-Policy of the dashboard: its own inline styles and
/// images from this service (and the empty `data:` icon that keeps browsers
/// from asking for `/favicon.ico`); no scripts, no other requests.
pub const DASHBOARD_CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; \
    frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Width of the charts on phone-width screens, in pixels.
pub const PHONE_CHART_WIDTH: u32 = 360;

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1f2937; --muted: #5b6470; --line: #e3e7ed; --accent: #2f6fd6; --unsure: #b45309; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f9; color: var(--ink); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
header, main, footer { max-width: 1520px; margin: 0 auto; padding: 16px; }
header { padding-bottom: 4px; }
h1 { font-size: 1.6rem; margin: 0.2em 0 0; line-height: 1.25; }
.subtitle { color: var(--muted); margin: 0.2em 0 0.6em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.6em 0; font-size: 0.92rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
nav { display: flex; flex-wrap: wrap; gap: 0.4em 1.4em; align-items: center; margin-top: 0.6em; }
nav .lang { display: flex; gap: 0.6em; }
nav a[aria-current] { color: var(--ink); font-weight: bold; text-decoration: none; }
a { color: var(--accent); }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 600px), 1fr)); gap: 16px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; min-width: 0; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
picture, img { display: block; }
img { width: 100%; max-width: 720px; height: auto; margin: 0 auto; }
.links { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; margin: 0.6em 0 0; font-size: 0.9rem; }
.note { color: var(--unsure); font-size: 0.85rem; margin: 0.5em 0 0; }
.note summary, .cite summary { cursor: pointer; }
.cite { font-size: 0.85rem; margin: 0.4em 0 0; color: var(--muted); }
.cite p { margin: 0.3em 0 0; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: 0.85rem; }
section.wide { grid-column: 1 / -1; }
h2 { font-size: 1.15rem; margin: 0.2em 0 0.4em; }
.tally { margin: 0 0 0.6em; color: var(--muted); }
table.claims { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
table.claims th, table.claims td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-top: 1px solid var(--line); }
table.claims td.mark { font-weight: bold; font-size: 1.1rem; text-align: center; width: 2em; }
.supported { color: #15803d; } .not_supported { color: #b91c1c; } .not_checkable { color: var(--muted); }
table.claims .comparison { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
table.claims .flag { color: var(--unsure); font-size: 0.85rem; }
/* Phones: each claim is a small grid (mark, page, words; the comparison below them); the column heads are for screen readers only. */
@media (max-width: 600px) {
  table.claims thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.claims, table.claims tbody { display: block; }
  table.claims tr { display: grid; grid-template-columns: 2em 2.5em minmax(0, 1fr); border-top: 1px solid var(--line); }
  table.claims td { border-top: none; min-width: 0; overflow-wrap: anywhere; }
  table.claims td.mark { width: auto; }
  table.claims td.comparison { grid-column: 1 / -1; }
}
@media (max-width: 600px) {
  header, main, footer { padding: 10px; }
  h1 { font-size: 1.3rem; }
  section { padding: 8px; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: 0.4em; }
}
"#;

/// Words of the page in one language.
struct Words {
    html_lang: &'static str,
    publisher: &'static str,
    published: &'static str,
    data_range: &'static str,
    transcribed_from: &'static str,
    notes: &'static str,
    data_version: &'static str,
    api_docs: &'static str,
    catalogue: &'static str,
    chart: &'static str,
    claims: &'static str,
    claims_intro: &'static str,
    claims_head: [&'static str; 4],
    consistent: &'static str,
    uncertain_claim: &'static str,
    uncertain: &'static str,
    footer: &'static str,
    downloads: &'static str,
    datapackage: &'static str,
    zip: &'static str,
    database: &'static str,
    cite: &'static str,
}

const ZH: Words = Words {
    html_lang: "zh-Hans",
    publisher: "发布方",
    published: "发布日期",
    data_range: "数据范围",
    transcribed_from: "转录来源",
    notes: "说明",
    data_version: "数据版本",
    api_docs: "API 文档",
    catalogue: "报告目录",
    chart: "SVG 图表",
    claims: "报告的论断，逐条核对印出的数字",
    claims_intro: "每条论断的判定在载入数据时依据本服务提供的数字计算：✓ 成立，✗ 不成立，? 无法以印出的数字核查。标为“一致”的论断曾被用来判读图表，只说明数字与之相符，不是独立的证实。",
    claims_head: ["判定", "页", "论断", "比较（数字）"],
    consistent: "一致：本句曾用于判读图表",
    uncertain_claim: "(?) 依据的读数不确定",
    uncertain: "读数不确定",
    footer: "图表与数据均按报告原样转录；标有 (?) 的读数报告文字未能确定，详见各数据集的 uncertainty_note。",
    downloads: "下载",
    datapackage: "数据包（Frictionless Data Package）",
    zip: "全部 CSV（zip）",
    database: "SQLite 数据库",
    cite: "如何引用",
};

const EN: Words = Words {
    html_lang: "en",
    publisher: "Publisher",
    published: "Published",
    data_range: "Data range",
    transcribed_from: "Transcribed from",
    notes: "Notes",
    data_version: "Data version",
    api_docs: "API documentation",
    catalogue: "Report catalogue",
    chart: "SVG chart",
    claims: "The report's claims, checked against its printed figures",
    claims_intro: "Each verdict is computed from the figures this service serves, when the data loads: ✓ supported, ✗ not supported, ? not checkable from the printed figures. Claims marked consistent were used to read a chart in the first place: the figures agree with them by construction, which is no independent confirmation.",
    claims_head: ["Verdict", "Page", "Claim", "Comparison (the figures)"],
    consistent: "consistent: this sentence decided how a chart was read",
    uncertain_claim: "(?) rests on an uncertain reading",
    uncertain: "Uncertain reading",
    footer: "Every chart and figure is transcribed as the report prints it; readings marked (?) are ones the report's text does not decide (see each dataset's uncertainty_note).",
    downloads: "Downloads",
    datapackage: "Data Package (Frictionless)",
    zip: "Every CSV (zip)",
    database: "SQLite database",
    cite: "How to cite",
};

/// A URL with `?lang=en` added in English.
fn localized(path: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => path.to_owned(),
        Lang::En if path.contains('?') => format!("{path}&lang=en"),
        Lang::En => format!("{path}?lang=en"),
    }
}

/// The dashboard of the default report in `lang`.
/// Every link starts with `base` (the base path clients reach the service
/// under).
pub fn page(catalog: &Catalog, lang: Lang, base: &BasePath) -> Result<String, ApiError> {
    let report = catalog.default_report().ok_or(ApiError::NoReports)?;
    Ok(render(report, &catalog.data_version, lang, base).into_string())
}

fn render(report: &ReportEntry, data_version: &str, lang: Lang, base: &BasePath) -> Markup {
    let words = if lang == Lang::Zh { &ZH } else { &EN };
    let info = &report.info;
    let (title, other_title) = match lang {
        Lang::Zh => (&info.title, &info.title_en),
        Lang::En => (&info.title_en, &info.title),
    };
    html! {
        (DOCTYPE)
        html lang=(words.html_lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                link rel="icon" href="data:,";
                title { (title) " · talent-trends-api" }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (title) }
                    p.subtitle { (other_title) }
                    dl {
                        dt { (words.publisher) }
                        dd { (info.publisher) " (" (info.publisher_en) ")" }
                        dt { (words.published) }
                        dd { (info.published_on) }
                        dt { (words.data_range) }
                        dd { (info.data_range.start) " – " (info.data_range.end) }
                        dt { (words.transcribed_from) }
                        dd { (info.source) }
                        @if let Some(notes) = &info.notes {
                            dt { (words.notes) }
                            dd { (notes) }
                        }
                        dt { (words.data_version) }
                        dd { code { (data_version) } }
                    }
                    nav {
                        span.lang {
                            @if lang == Lang::Zh {
                                a href=(base.join("/")) aria-current="page" { "中文" }
                                a href=(base.join("/?lang=en")) hreflang="en" { "English" }
                            } @else {
                                a href=(base.join("/")) hreflang="zh" { "中文" }
                                a href=(base.join("/?lang=en")) aria-current="page" { "English" }
                            }
                        }
                        a href=(base.join("/docs/")) { (words.api_docs) }
                        a href=(base.join("/openapi.json")) { "OpenAPI" }
                        a href=(base.join(&format!("/reports/{}", info.id))) { (words.catalogue) }
                    }
                    nav.downloads aria-label=(words.downloads) {
                        span { (words.downloads) ":" }
                        a href=(base.join(&package_path(&info.id))) type="application/json" { (words.datapackage) }
                        a href=(base.join(&package_zip_path(&info.id))) type="application/zip" download { (words.zip) }
                        a href=(base.join(DATABASE_PATH)) type="application/vnd.sqlite3" download { (words.database) }
                    }
                }
                main {
                    @for dataset in &report.datasets {
                        (chart_section(dataset, data_version, lang, words, base))
                    }
                    @if let Some(claims) = report.dataset("claims") {
                        (claims_section(report, claims, lang, words, base))
                    }
                    @for id in ["positions", "industries"] {
                        @if let Some(dataset) = report.dataset(id) {
                            (chart_section(dataset, data_version, lang, words, base))
                        }
                    }
                }
                footer { p { (words.footer) } }
            }
        }
    }
}

/// The claims, one line each: mark, page, the words, the comparison.
fn claims_section(report: &ReportEntry, claims: &Dataset, lang: Lang, words: &Words, base: &BasePath) -> Markup {
    let path = |representation| base.join(&endpoint_path(claims.kind, View::Table, representation));
    let count = |verdict: Verdict| report.derived.claims.iter().filter(|c| c.verdict == verdict).count();
    let tally = match lang {
        Lang::Zh => format!(
            "共 {} 条：✓ {} 条，✗ {} 条，? {} 条",
            report.derived.claims.len(),
            count(Verdict::Supported),
            count(Verdict::NotSupported),
            count(Verdict::NotCheckable)
        ),
        Lang::En => format!(
            "{} claims: ✓ {}, ✗ {}, ? {}",
            report.derived.claims.len(),
            count(Verdict::Supported),
            count(Verdict::NotSupported),
            count(Verdict::NotCheckable)
        ),
    };
    html! {
        section.wide id="claims" {
            h2 { (words.claims) }
            p.tally { (tally) " · " (words.claims_intro) }
            table.claims {
                thead {
                    tr {
                        @for head in words.claims_head { th scope="col" { (head) } }
                    }
                }
                tbody {
                    @for claim in &report.derived.claims {
                        tr id=(format!("claim-{}", claim.claim_id)) {
                            td.mark.(claim.verdict.code()) title=(match lang { Lang::Zh => &claim.verdict_label, Lang::En => &claim.verdict_label_en }) {
                                (claim.mark)
                            }
                            td { (claim.page) }
                            td {
                                a href=(localized(&base.join(&format!("/claims/{}", claim.claim_id)), lang)) type="application/json" {
                                    @match lang {
                                        Lang::Zh => (claim.statement_zh),
                                        Lang::En => (claim.statement_en),
                                    }
                                }
                                @if claim.decided_transcription {
                                    br; span.flag { (words.consistent) }
                                }
                                @if claim.uncertain {
                                    br; span.flag { (words.uncertain_claim) }
                                }
                            }
                            td.comparison {
                                @if let Some(comparison) = &claim.comparison {
                                    (comparison)
                                }
                                @if claim.verdict != Verdict::Supported {
                                    @if let Some(reason) = &claim.reason {
                                        @if claim.comparison.is_some() { br; }
                                        (reason)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p.links {
                a href=(localized(&path(Representation::Envelope), lang)) type="application/json" { "JSON" }
                a href=(localized(&path(Representation::Csv), lang)) type="text/csv" { "CSV" }
                a href=(localized(&path(Representation::Svg), lang)) type="image/svg+xml" { (words.chart) }
            }
        }
    }
}

fn chart_section(dataset: &Dataset, data_version: &str, lang: Lang, words: &Words, base: &BasePath) -> Markup {
    let kind = dataset.kind;
    let info = &dataset.info;
    let title = match lang {
        Lang::Zh => &info.title,
        Lang::En => &info.title_en,
    };
    let path = |representation| base.join(&endpoint_path(kind, View::Table, representation));
    let chart = path(Representation::Svg);
    let phone = match lang {
        Lang::Zh => format!("{chart}?width={PHONE_CHART_WIDTH}"),
        Lang::En => format!("{chart}?lang=en&width={PHONE_CHART_WIDTH}"),
    };
    let alt = match lang {
        Lang::Zh => format!("{title}（单位：{}，第{}页）", info.unit, info.page),
        Lang::En => format!("{title} (unit: {}, page {})", info.unit_en, info.page),
    };
    let json = localized(&path(Representation::Envelope), lang);
    let csv = localized(&path(Representation::Csv), lang);
    let citation = Citation::chart(&dataset.report, info, &cited_url(&base.0, dataset, None), data_version);
    let citation = match lang {
        Lang::Zh => citation.zh,
        Lang::En => citation.en,
    };
    html! {
        section id=(kind.id) {
            // The chart shows the title; the heading is for navigation.
            h2.hidden { (title) }
            picture {
                source media="(max-width: 600px)" srcset=(phone);
                img src=(localized(&chart, lang)) alt=(alt);
            }
            @if let Some(note) = info.uncertainty_note.as_ref().filter(|_| info.uncertain) {
                details.note {
                    summary { (words.uncertain) " (?)" }
                    (note)
                }
            }
            p.links {
                a href=(json) type="application/json" { "JSON" }
                a href=(csv) type="text/csv" { "CSV" }
                a href=(localized(&chart, lang)) type="image/svg+xml" { (words.chart) }
            }
            details.cite {
                summary { (words.cite) }
                p { (citation) }
            }
        }
    }
}
