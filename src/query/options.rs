//! The options every dataset endpoint shares ([`QueryOptions`]): report,
//! language, representation (`?format=` or content negotiation on `Accept`,
//! RFC 9110 §12.5.1), shape, sort keys, fields and paging.

use super::params::Params;
use crate::data::kinds::DatasetKind;
use crate::error::{ApiError, echo};

/// Rows answered when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Largest `limit` accepted.
pub const MAX_LIMIT: usize = 1000;
/// Largest `offset` accepted.
pub const MAX_OFFSET: usize = 1_000_000;

/// Language of labels: `zh` (as printed) or `en`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Takes `lang` from `params`: `zh` (the default) or `en`.
    pub fn parse(params: &mut Params) -> Result<Lang, ApiError> {
        match params.take_one("lang")?.as_deref() {
            None | Some("zh") => Ok(Lang::Zh),
            Some("en") => Ok(Lang::En),
            Some(other) => Err(ApiError::invalid(
                "lang",
                format!("must be zh or en, got {}", echo(other)),
                "zh, en",
            )),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// A data format of dataset rows, as content negotiation names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Csv,
    Ndjson,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Json, Format::Csv, Format::Ndjson];

    pub fn code(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ndjson => "ndjson",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
            Format::Ndjson => "application/x-ndjson",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8; header=present",
            Format::Ndjson => "application/x-ndjson",
        }
    }
}

/// What a dataset endpoint answers with, chosen by its path: the JSON
/// envelope at the dataset's path (`/talent/cities`), the bare array of rows
/// at `…/rows`, CSV at `….csv`, NDJSON at `….ndjson` and the SVG chart at
/// `….svg`. Each has one media type and one row type, so a client generated
/// from the OpenAPI document decodes each without casts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Representation {
    /// `{"data": [rows], "meta": {...}}`, `application/json`.
    Envelope,
    /// The bare array of rows, `application/json`.
    Rows,
    /// UTF-8 CSV with a byte-order mark and a header row.
    Csv,
    /// One JSON row object per line.
    Ndjson,
    /// The SVG chart.
    Svg,
}

impl Representation {
    /// Every representation of a dataset, in the order of the documentation.
    pub const ALL: [Representation; 5] = [
        Representation::Envelope,
        Representation::Rows,
        Representation::Csv,
        Representation::Ndjson,
        Representation::Svg,
    ];

    /// What follows the dataset's path.
    pub fn suffix(self) -> &'static str {
        match self {
            Representation::Envelope => "",
            Representation::Rows => "/rows",
            Representation::Csv => ".csv",
            Representation::Ndjson => ".ndjson",
            Representation::Svg => ".svg",
        }
    }

    /// The `Content-Type` of its answers.
    pub fn content_type(self) -> &'static str {
        match self {
            Representation::Envelope | Representation::Rows => "application/json",
            Representation::Csv => "text/csv; charset=utf-8; header=present",
            Representation::Ndjson => "application/x-ndjson",
            Representation::Svg => "image/svg+xml",
        }
    }

    /// The media type (the content type without parameters).
    pub fn media_type(self) -> &'static str {
        self.content_type().split(';').next().unwrap_or_default()
    }

    /// The shared options it takes besides the dataset's filters: `fields`
    /// only where rows are text (CSV, NDJSON), since typed JSON rows always
    /// carry every field; `width` and `height` only for the chart.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Representation::Envelope | Representation::Rows => &["report", "lang", "sort", "limit", "offset"],
            Representation::Csv | Representation::Ndjson => &["report", "lang", "sort", "fields", "limit", "offset"],
            Representation::Svg => &["report", "lang", "sort", "limit", "offset", "width", "height"],
        }
    }

    /// The representation a negotiated format is served as.
    pub fn of_format(format: Format) -> Representation {
        match format {
            Format::Json => Representation::Envelope,
            Format::Csv => Representation::Csv,
            Format::Ndjson => Representation::Ndjson,
        }
    }
}

/// Which rows of a dataset an endpoint serves: the dataset's own rows, or
/// the side-by-side comparison of two of its groups (`…/comparison`, for
/// kinds with a [`crate::data::kinds::ComparisonSpec`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Table,
    Comparison,
}

impl View {
    /// What follows the dataset's path, before the representation's suffix.
    pub fn suffix(self) -> &'static str {
        match self {
            View::Table => "",
            View::Comparison => "/comparison",
        }
    }

    /// The parameters that choose the compared groups.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            View::Table => &[],
            View::Comparison => &["first", "second"],
        }
    }
}

impl View {
    /// The views of a kind: its rows, and its comparison when it has one.
    pub fn of(kind: &DatasetKind) -> &'static [View] {
        match kind.comparison {
            Some(_) => &[View::Table, View::Comparison],
            None => &[View::Table],
        }
    }
}

/// The path of a dataset endpoint: `/talent/cities`, `/talent/cities.csv`,
/// `/talent/ages/comparison.svg`, … The one place the URL scheme is written.
pub fn endpoint_path(kind: &DatasetKind, view: View, representation: Representation) -> String {
    format!("{}{}{}", kind.path, view.suffix(), representation.suffix())
}

/// The path of a report's Frictionless Data Package descriptor:
/// `/reports/{report_id}/datapackage.json`.
pub fn package_path(report_id: &str) -> String {
    format!("/reports/{report_id}/datapackage.json")
}

/// The path of a report's Data Package as one zip file (the descriptor and
/// every CSV): `/reports/{report_id}/datapackage.zip`.
pub fn package_zip_path(report_id: &str) -> String {
    format!("/reports/{report_id}/datapackage.zip")
}

/// Where a dataset's CSV sits relative to its package's descriptor, online
/// and inside the zip: `data/talent-cities.csv`.
pub fn package_resource_path(kind: &DatasetKind) -> String {
    format!("data/{}.csv", kind.id)
}

/// The path that answers a package resource online (the descriptor's
/// `data/…` resolved against its URL): `/reports/{report_id}/data/talent-cities.csv`.
pub fn package_csv_path(report_id: &str, kind: &DatasetKind) -> String {
    format!("/reports/{report_id}/{}", package_resource_path(kind))
}

/// The path of the database download.
pub const DATABASE_PATH: &str = "/talent.db";

/// One dataset endpoint: a kind, a view of it and a representation.
#[derive(Clone, Copy, Debug)]
pub struct Endpoint {
    pub kind: &'static DatasetKind,
    pub view: View,
    pub representation: Representation,
}

impl Endpoint {
    /// Every dataset endpoint (charts included), kind by kind, the derived
    /// kinds (`/claims`, `/positions` ...) last.
    pub fn all() -> impl Iterator<Item = Endpoint> {
        crate::data::kinds::all_kinds().flat_map(|kind| {
            View::of(kind).iter().flat_map(move |&view| {
                Representation::ALL.into_iter().map(move |representation| Endpoint {
                    kind,
                    view,
                    representation,
                })
            })
        })
    }

    /// Its path (see [`endpoint_path`]).
    pub fn path(&self) -> String {
        endpoint_path(self.kind, self.view, self.representation)
    }

    /// The same kind and view in another representation.
    pub fn with(&self, representation: Representation) -> Endpoint {
        Endpoint {
            representation,
            ..*self
        }
    }
}

/// Where a request in the API's earlier form is answered now: the endpoint
/// path and the query pairs to send there, when the request to a dataset's
/// path (`/talent/ages`) uses `format=csv|ndjson|json`, `shape=array|envelope`
/// or `compare=first,second`. `None` when it uses none of them (or uses them
/// in a way the earlier API refused too, which is then refused as unknown).
pub fn legacy_target(kind: &DatasetKind, pairs: &[(String, String)]) -> Option<(String, Vec<(String, String)>)> {
    let single = |name: &str| -> Option<Option<&str>> {
        let mut values = pairs.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str());
        match (values.next(), values.next()) {
            (None, _) => Some(None),
            (Some(value), None) => Some(Some(value)),
            _ => None,
        }
    };
    let (format, shape, compare) = (single("format")?, single("shape")?, single("compare")?);
    if format.is_none() && shape.is_none() && compare.is_none() {
        return None;
    }
    let representation = match (format, shape) {
        (Some("csv"), _) => Representation::Csv,
        (Some("ndjson"), _) => Representation::Ndjson,
        (Some("json") | None, Some("array")) => Representation::Rows,
        (Some("json") | None, Some("envelope") | None) => Representation::Envelope,
        _ => return None,
    };
    let mut query: Vec<(String, String)> = Vec::new();
    let view = match compare {
        None => View::Table,
        Some(text) => {
            let (first, second) = text.split_once(',')?;
            if kind.comparison.is_none() || first.is_empty() || second.is_empty() || second.contains(',') {
                return None;
            }
            query.push(("first".to_owned(), first.to_owned()));
            query.push(("second".to_owned(), second.to_owned()));
            View::Comparison
        }
    };
    query.extend(
        pairs
            .iter()
            .filter(|(n, _)| !matches!(n.as_str(), "format" | "shape" | "compare"))
            .cloned(),
    );
    Some((endpoint_path(kind, view, representation), query))
}

/// `target` as a reference relative to `from` (both absolute paths), so that
/// it resolves right under any path prefix a proxy adds: `/talent/cities.csv`
/// from `/talent/cities` is `cities.csv`, `/talent/cities.svg` from
/// `/charts/talent-cities.svg` is `../talent/cities.svg`.
pub fn relative_reference(from: &str, target: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len().saturating_sub(1)];
    let target_parts: Vec<&str> = target.split('/').collect();
    // The target's last segment is always written, even when the target is
    // a directory of `from` (`/a/b` from `/a/b/` is `../b`).
    let common = from_dirs
        .iter()
        .zip(&target_parts)
        .take_while(|(a, b)| a == b)
        .count()
        .min(target_parts.len() - 1);
    let mut parts: Vec<&str> = vec![".."; from_dirs.len() - common];
    parts.extend(&target_parts[common..]);
    let relative = parts.join("/");
    // A first segment with a colon would read as a scheme.
    if relative.split('/').next().is_some_and(|s| s.contains(':')) {
        format!("./{relative}")
    } else {
        relative
    }
}

/// The options every dataset endpoint shares, parsed and validated.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QueryOptions {
    pub report: Option<String>,
    pub lang: Lang,
    /// Sort keys: (field name, descending).
    pub sort: Vec<(String, bool)>,
    /// `?fields=` (CSV and NDJSON only).
    pub fields: Option<Vec<String>>,
    pub limit: usize,
    pub offset: usize,
}

impl QueryOptions {
    /// Takes the options `representation` has from `params` (see
    /// [`Representation::options`]); the others stay in `params`, where
    /// they end as unknown parameters.
    pub fn parse(params: &mut Params, representation: Representation) -> Result<QueryOptions, ApiError> {
        let report = params.take_one("report")?;
        if let Some(r) = &report
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
        let lang = Lang::parse(params)?;
        let sort = match params.take_one("sort")? {
            None => Vec::new(),
            Some(text) => parse_sort(&text)?,
        };
        let fields = if representation.options().contains(&"fields") {
            match params.take_one("fields")? {
                None => None,
                Some(text) => Some(parse_list("fields", &text, "comma-separated field names")?),
            }
        } else {
            None
        };
        let limit = parse_count(params.take_one("limit")?, "limit", MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT);
        let offset = parse_count(params.take_one("offset")?, "offset", MAX_OFFSET)?.unwrap_or(0);
        Ok(QueryOptions {
            report,
            lang,
            sort,
            fields,
            limit,
            offset,
        })
    }
}

fn parse_count(text: Option<String>, name: &str, max: usize) -> Result<Option<usize>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    let accepted = format!("an integer from 0 to {max}");
    let valid = !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<usize>() {
        Ok(n) if valid && n <= max => Ok(Some(n)),
        _ => Err(ApiError::invalid(
            name,
            format!("must be {accepted}, got {}", echo(&text)),
            accepted,
        )),
    }
}

/// Splits a comma-separated list. Items are taken exactly as given (no
/// trimming); an empty item is an error; a repeated item is dropped (it
/// changes nothing).
fn parse_list(name: &str, text: &str, accepted: &str) -> Result<Vec<String>, ApiError> {
    let mut items: Vec<String> = Vec::new();
    for item in text.split(',') {
        if item.is_empty() {
            return Err(ApiError::invalid(
                name,
                format!("has an empty item in {}", echo(text)),
                accepted,
            ));
        }
        if !items.iter().any(|i| i == item) {
            items.push(item.to_owned());
        }
    }
    Ok(items)
}

/// Sort keys; a later key on a field already sorted by changes nothing and
/// is dropped.
fn parse_sort(text: &str) -> Result<Vec<(String, bool)>, ApiError> {
    let keys = parse_list(
        "sort",
        text,
        "comma-separated field names, each optionally prefixed with - for descending",
    )?;
    let mut sort: Vec<(String, bool)> = Vec::with_capacity(keys.len());
    for key in keys {
        let (name, descending) = match key.strip_prefix('-') {
            Some(rest) => (rest.to_owned(), true),
            None => (key, false),
        };
        if !sort.iter().any(|(n, _)| *n == name) {
            sort.push((name, descending));
        }
    }
    Ok(sort)
}

/// A report id: lower-case ASCII letters, digits and `-`, not starting with `-`.
pub fn is_report_id(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && text.len() <= 128
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Picks the representation: `?format=` wins; otherwise the `Accept` media
/// range with the highest quality (ties go to the more specific range, then to
/// JSON, CSV, NDJSON in that order). No `Accept` means JSON. If `Accept`
/// rules out every format the answer is 406.
pub fn negotiate(accept: Option<&str>, explicit: Option<Format>) -> Result<Format, ApiError> {
    if let Some(format) = explicit {
        return Ok(format);
    }
    let Some(accept) = accept.map(str::trim).filter(|a| !a.is_empty()) else {
        return Ok(Format::Json);
    };

    let ranges: Vec<(String, String, f32)> = accept.split(',').filter_map(parse_range).collect();
    let mut best: Option<(f32, u8, usize, Format)> = None;
    for (preference, format) in Format::ALL.into_iter().enumerate() {
        if let Some((specificity, q)) = quality(&ranges, format.media_type())
            && q > 0.0
        {
            let better = match best {
                None => true,
                Some((bq, bs, bp, _)) => {
                    (q, specificity, std::cmp::Reverse(preference)) > (bq, bs, std::cmp::Reverse(bp))
                }
            };
            if better {
                best = Some((q, specificity, preference, format));
            }
        }
    }
    best.map(|(_, _, _, format)| format).ok_or_else(|| {
        ApiError::NotAcceptable(
            "application/json (CSV and NDJSON are at the same path with .csv and .ndjson)".to_owned(),
        )
    })
}

/// The quality the most specific range matching `media` gives it, with
/// that range's specificity (2 `type/subtype`, 1 `type/*`, 0 `*/*`).
fn quality(ranges: &[(String, String, f32)], media: &str) -> Option<(u8, f32)> {
    let (ty, subtype) = media.split_once('/').expect("type/subtype");
    ranges
        .iter()
        .filter_map(|(t, s, q)| {
            let specificity = match (t.as_str(), s.as_str()) {
                (t, s) if t == ty && s == subtype => 2,
                (t, "*") if t == ty => 1,
                ("*", "*") => 0,
                _ => return None,
            };
            Some((specificity, *q))
        })
        .max_by_key(|(specificity, _)| *specificity)
}

/// Whether `Accept` asks for an HTML page rather than JSON: `text/html` has
/// a higher quality than `application/json`, or the same from a more
/// specific range (as browsers send). No `Accept`, `*/*` and
/// `application/json` keep JSON.
pub fn prefers_html(accept: Option<&str>) -> bool {
    let Some(accept) = accept.map(str::trim).filter(|a| !a.is_empty()) else {
        return false;
    };
    let ranges: Vec<(String, String, f32)> = accept.split(',').filter_map(parse_range).collect();
    match (quality(&ranges, "text/html"), quality(&ranges, "application/json")) {
        (Some((html_specificity, html)), Some((json_specificity, json))) => {
            html > 0.0 && (html > json || (html == json && html_specificity > json_specificity))
        }
        (Some((_, html)), None) => html > 0.0,
        (None, _) => false,
    }
}

/// What any answer of the service depends on in `Accept`, reduced to one of
/// eight classes: the dataset representation [`negotiate`] picks (or none:
/// 406) and whether [`prefers_html`] holds (the index's dashboard). Two
/// requests whose `Accept` falls in the same class get the same answer from
/// every endpoint, so the edge's replay cache keys on the class rather than
/// on the text a client sent (and random `Accept` values cannot multiply
/// cached answers). An endpoint that starts reading `Accept` another way
/// must be reflected here.
pub fn accept_class(accept: Option<&str>) -> u8 {
    let format = match negotiate(accept, None) {
        Ok(Format::Json) => 0,
        Ok(Format::Csv) => 1,
        Ok(Format::Ndjson) => 2,
        Err(_) => 3,
    };
    format | (u8::from(prefers_html(accept)) << 2)
}

/// Parses `type/subtype;param=value;q=0.5` into lower-case type, subtype and
/// quality. Malformed ranges are skipped.
fn parse_range(range: &str) -> Option<(String, String, f32)> {
    let mut parts = range.split(';');
    let media = parts.next()?.trim().to_ascii_lowercase();
    let (ty, subtype) = media.split_once('/')?;
    if ty.is_empty() || subtype.is_empty() || (ty == "*" && subtype != "*") {
        return None;
    }
    let mut q = 1.0;
    for param in parts {
        if let Some((name, value)) = param.split_once('=')
            && name.trim().eq_ignore_ascii_case("q")
        {
            q = value.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q))?;
        }
    }
    Some((ty.to_owned(), subtype.to_owned(), q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_references_resolve_under_any_prefix() {
        assert_eq!(relative_reference("/talent/cities", "/talent/cities.csv"), "cities.csv");
        assert_eq!(
            relative_reference("/talent/ages", "/talent/ages/comparison"),
            "ages/comparison"
        );
        assert_eq!(relative_reference("/heat-index", "/heat-index/rows"), "heat-index/rows");
        assert_eq!(
            relative_reference("/charts/talent-cities.svg", "/talent/cities.svg"),
            "../talent/cities.svg"
        );
        assert_eq!(relative_reference("/docs", "/docs/"), "docs/");
        assert_eq!(relative_reference("/talent/cities/", "/talent/cities"), "../cities");
        assert_eq!(relative_reference("/reports//", "/reports"), "../../reports");
        assert_eq!(relative_reference("/a:b/", "/a:b"), "../a:b");
        assert_eq!(relative_reference("/", "/a:b"), "./a:b");
    }

    #[test]
    fn limits_outside_the_documented_range_are_rejected() {
        for bad in ["-1", "1001", "abc", "", "1e3", "99999999999999999999", "+5", " 5"] {
            let mut params = Params::new(vec![("limit".into(), bad.into())]);
            assert!(
                QueryOptions::parse(&mut params, Representation::Csv).is_err(),
                "{bad:?} accepted"
            );
        }
        let mut params = Params::new(vec![("limit".into(), "0".into())]);
        assert_eq!(QueryOptions::parse(&mut params, Representation::Csv).unwrap().limit, 0);
    }

    #[test]
    fn sort_keys_take_a_minus_for_descending_and_later_repeats_change_nothing() {
        assert_eq!(
            parse_sort("-share_pct,rank").unwrap(),
            vec![("share_pct".to_owned(), true), ("rank".to_owned(), false)]
        );
        assert_eq!(parse_sort("rank,-rank,rank").unwrap(), vec![("rank".to_owned(), false)]);
        assert!(parse_sort("rank,").is_err());
        assert!(parse_sort(" rank").is_ok_and(|s| s[0].0 == " rank"), "not trimmed");
    }

    fn pick(accept: &str) -> Option<Format> {
        negotiate(Some(accept), None).ok()
    }

    #[test]
    fn accept_picks_the_best_supported_format() {
        assert_eq!(pick("application/json"), Some(Format::Json));
        assert_eq!(pick("text/csv"), Some(Format::Csv));
        assert_eq!(pick("application/x-ndjson"), Some(Format::Ndjson));
        assert_eq!(pick("*/*"), Some(Format::Json));
        assert_eq!(pick("text/*"), Some(Format::Csv));
        assert_eq!(pick("text/csv, */*"), Some(Format::Csv));
        assert_eq!(pick("application/json;q=0.5, text/csv"), Some(Format::Csv));
        assert_eq!(pick("text/csv;q=0, */*;q=0.1"), Some(Format::Json));
        assert_eq!(
            pick("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            Some(Format::Json)
        );
        assert_eq!(pick("TEXT/CSV; charset=utf-8"), Some(Format::Csv));
    }

    #[test]
    fn unsupported_accept_is_not_acceptable() {
        assert_eq!(pick("application/xml"), None);
        assert_eq!(pick("text/html"), None);
        assert_eq!(pick("application/json;q=0"), None);
        assert_eq!(pick("garbage"), None);
    }

    #[test]
    fn browsers_get_html_and_other_clients_json() {
        assert!(prefers_html(Some(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        )));
        assert!(prefers_html(Some("text/html")));
        assert!(prefers_html(Some("text/*, */*;q=0.5")));
        assert!(!prefers_html(None));
        assert!(!prefers_html(Some("*/*")));
        assert!(!prefers_html(Some("application/json")));
        assert!(!prefers_html(Some("application/json, text/html")));
        assert!(!prefers_html(Some("text/html;q=0.5, application/json")));
        assert!(!prefers_html(Some("text/html;q=0")));
    }

    #[test]
    fn accept_headers_fall_into_a_few_classes() {
        let json = accept_class(None);
        assert_eq!(accept_class(Some("application/json")), json);
        assert_eq!(accept_class(Some("*/*")), json);
        assert_eq!(
            accept_class(Some("application/javascript, text/x-3f9a;q=0.3")),
            accept_class(Some("application/xml"))
        );
        assert_ne!(accept_class(Some("text/csv")), json);
        let browser = accept_class(Some("text/html,application/xhtml+xml,*/*;q=0.8"));
        assert_ne!(browser, json);
        assert_eq!(browser, accept_class(Some("text/html, */*;q=0.1")));
        let all: std::collections::BTreeSet<u8> = [
            None,
            Some("text/csv"),
            Some("application/x-ndjson"),
            Some("image/png"),
            Some("text/html"),
            Some("text/*"),
            Some("text/html, text/csv"),
        ]
        .into_iter()
        .map(accept_class)
        .collect();
        assert!(all.iter().all(|c| *c < 8));
    }

    #[test]
    fn format_parameter_overrides_accept() {
        assert_eq!(
            negotiate(Some("application/xml"), Some(Format::Csv)).unwrap(),
            Format::Csv
        );
        assert_eq!(negotiate(None, None).unwrap(), Format::Json);
    }
}
