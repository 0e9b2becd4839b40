//! Content negotiation for dataset answers (RFC 9110 §12.5.1 `Accept`).

use super::query::Format;
use crate::error::ApiError;

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
            "application/json, text/csv, application/x-ndjson (or ?format=json|csv|ndjson)".to_owned(),
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
    fn format_parameter_overrides_accept() {
        assert_eq!(
            negotiate(Some("application/xml"), Some(Format::Csv)).unwrap(),
            Format::Csv
        );
        assert_eq!(negotiate(None, None).unwrap(), Format::Json);
    }
}
