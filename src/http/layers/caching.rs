//! Caching and conditional requests: every successful `GET`/`HEAD` answer
//! has a strong ETag (the hash of its identity body, suffixed with the
//! content coding when compressed), `Cache-Control`, `Vary`, and answers
//! `If-None-Match` / `If-Modified-Since` with 304. Compression (tower-http:
//! gzip, brotli, zstd) runs between the two halves, so that every encoding of
//! an answer shares the identity tag and differs only by its suffix.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};
use tower_http::compression::{
    CompressionLayer, CompressionLevel,
    predicate::{DefaultPredicate, NotForContentType, Predicate, SizeAbove},
};

use crate::cache::etag_of;
use crate::error::problem_for_status;
use crate::publish;

/// The `Cache-Control` of successful answers that set none themselves.
#[derive(Debug)]
pub struct CachingPolicy {
    pub max_age: HeaderValue,
}

impl CachingPolicy {
    /// `max-age=<seconds>`. No `public`: it only matters for answers to
    /// requests with `Authorization`, and this service has no authentication;
    /// `max-age` alone lets every cache, shared or private, store the answer.
    pub fn new(max_age_seconds: u64) -> Arc<CachingPolicy> {
        Arc::new(CachingPolicy {
            max_age: HeaderValue::from_str(&format!("max-age={max_age_seconds}")).expect("a valid Cache-Control value"),
        })
    }
}

/// Whether a `Cache-Control` value lets shared caches store the answer: it
/// has `max-age` and none of `no-store`, `no-cache` or `private`.
pub fn shared_cacheable(cache_control: &HeaderValue) -> bool {
    let Ok(value) = cache_control.to_str() else {
        return false;
    };
    let directives = || value.split(',').map(|d| d.trim().to_ascii_lowercase());
    directives().any(|d| d.starts_with("max-age="))
        && !directives().any(|d| {
            let name = d.split('=').next().unwrap_or_default().to_owned();
            matches!(name.as_str(), "no-store" | "no-cache" | "private")
        })
}

/// Bodies smaller than this are sent as they are: gzip's own framing (about
/// 20 bytes) eats the saving, so a 100-byte problem or `/ready` answer came
/// out larger compressed (REDbot's CONNEG_GZIP_BAD), and under a few hundred
/// bytes the saving is a handful of bytes for the cost of a compressor.
pub const COMPRESS_MIN_BYTES: u64 = 256;

/// Compression at level 4 of each algorithm: most of the size saving at a
/// fraction of the default cost (brotli's default, 11, takes milliseconds).
/// tower-http's default choice of what to compress, except answers marked
/// [`CodingChosen`], and only bodies of [`COMPRESS_MIN_BYTES`] or more. Never
/// for downloads that are compressed already or have an encoding made once
/// per data snapshot: the zip (compressed inside) and the SQLite database
/// (its gzip encoding is made once; `crate::http::downloads`).
pub fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(
            DefaultPredicate::new()
                .and(NotChosen)
                .and(SizeAbove::new(COMPRESS_MIN_BYTES))
                .and(NotForContentType::const_new(publish::ZIP))
                .and(NotForContentType::const_new(publish::SQLITE)),
        )
}

/// Marks an answer whose handler already chose its coding (and compressed
/// it once, ahead of time, if at all): the compression layer leaves it as
/// it is.
#[derive(Clone, Copy, Debug)]
pub struct CodingChosen;

/// The predicate that skips answers marked [`CodingChosen`].
#[derive(Clone, Copy, Debug)]
pub struct NotChosen;

impl Predicate for NotChosen {
    fn should_compress<B>(&self, response: &axum::http::Response<B>) -> bool
    where
        B: axum::body::HttpBody,
    {
        response.extensions().get::<CodingChosen>().is_none()
    }
}

/// A content coding the service can send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Coding {
    // Least preferred first: among codings of equal quality the last wins,
    // as in tower-http.
    Identity,
    Deflate,
    Gzip,
    Brotli,
    Zstd,
}

impl Coding {
    pub const ALL: [Coding; 5] = [
        Coding::Identity,
        Coding::Deflate,
        Coding::Gzip,
        Coding::Brotli,
        Coding::Zstd,
    ];

    /// The `Accept-Encoding` / `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Coding::Identity => "identity",
            Coding::Deflate => "deflate",
            Coding::Gzip => "gzip",
            Coding::Brotli => "br",
            Coding::Zstd => "zstd",
        }
    }

    fn parse(token: &str) -> Option<Coding> {
        if token.eq_ignore_ascii_case("x-gzip") {
            return Some(Coding::Gzip);
        }
        Coding::ALL.into_iter().find(|c| token.eq_ignore_ascii_case(c.token()))
    }
}

/// The coding [`compression`] answers `headers`' `Accept-Encoding` with
/// (tower-http 0.7's rules, restated here so that the edge can key the
/// replay cache on the outcome rather than on the text a client sent): the
/// acceptable coding of highest quality, ties going to zstd, br, gzip,
/// deflate, identity in that order; `*` stands for every coding not
/// listed; identity is acceptable unless refused (`identity;q=0`, or
/// `*;q=0` without identity). An entry whose quality is not a valid
/// q-value (`q=` then 0 or 1 with at most three decimals, nothing else
/// after `;`) is ignored. `None`: nothing is acceptable (406).
pub fn preferred_coding(headers: &HeaderMap) -> Option<Coding> {
    let entries = || accept_encoding_entries(headers);
    let explicit: Vec<(Coding, u16)> = entries()
        .filter_map(|(token, q)| Coding::parse(token).map(|c| (c, q)))
        .collect();
    let best = |candidates: &mut dyn Iterator<Item = (Coding, u16)>| {
        candidates
            .filter(|(_, q)| *q > 0)
            .max_by_key(|&(coding, q)| (q, coding))
            .map(|(coding, _)| coding)
    };
    let Some(wildcard) = entries().find(|(token, _)| *token == "*").map(|(_, q)| q) else {
        let identity_refused = explicit.iter().any(|(c, q)| *c == Coding::Identity && *q == 0);
        return match best(&mut explicit.iter().copied()) {
            Some(coding) => Some(coding),
            None if identity_refused => None,
            None => Some(Coding::Identity),
        };
    };
    best(&mut Coding::ALL.into_iter().map(|coding| {
        let q = explicit
            .iter()
            .find(|(c, _)| *c == coding)
            .map_or(wildcard, |(_, q)| *q);
        (coding, q)
    }))
}

/// Whether `Accept-Encoding` lets the answer be gzip: `gzip` (or `x-gzip`)
/// with a quality above 0, or else `*` with one, read by the same rules as
/// [`preferred_coding`]. The downloads that have a
/// gzip encoding made once ask this, whatever coding the compression layer
/// would prefer.
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    let (mut gzip, mut any) = (None, None);
    for (token, q) in accept_encoding_entries(headers) {
        if token == "*" {
            any = Some(q);
        } else if Coding::parse(token) == Some(Coding::Gzip) {
            gzip = Some(q);
        }
    }
    gzip.or(any).is_some_and(|q| q > 0)
}

/// Every entry of `Accept-Encoding` (all its lines) as (token, q-value in
/// thousandths); an entry whose quality is not a valid q-value is left out,
/// as tower-http does.
fn accept_encoding_entries(headers: &HeaderMap) -> impl Iterator<Item = (&str, u16)> {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|entry| {
            let mut parts = entry.splitn(2, ';');
            let token = parts.next().unwrap_or("").trim();
            let q = match parts.next() {
                Some(q) => qvalue(q.trim())?,
                None => 1000,
            };
            Some((token, q))
        })
}

/// A q-value (RFC 9110 §12.4.2) in thousandths, as tower-http reads it.
fn qvalue(text: &str) -> Option<u16> {
    let rest = text.strip_prefix(['q', 'Q'])?.strip_prefix('=')?;
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let whole = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction = fraction
        .bytes()
        .zip([100u16, 10, 1])
        .map(|(digit, factor)| u16::from(digit - b'0') * factor)
        .sum::<u16>();
    Some(whole + fraction).filter(|q| *q <= 1000)
}

/// Makes `headers` those of a 304: no representation metadata of a body.
/// (RFC 9110 §15.4.5: a 304 carries the validators, not the body's length
/// or type.)
pub fn strip_for_not_modified(headers: &mut HeaderMap) {
    for name in [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
        header::TRANSFER_ENCODING,
    ] {
        headers.remove(name);
    }
}

/// ETags, `Cache-Control`, `Vary` and conditional requests for successful
/// `GET`/`HEAD` answers (used with `axum::middleware::from_fn_with_state`).
///
/// Handlers may set the identity ETag themselves (dataset answers cache it);
/// otherwise [`ensure_etag`] makes it the hash of the body. When compression
/// encoded the body, the encoding is appended (`"…-gzip"`), so encoded and
/// identity bodies never share a tag. `If-None-Match` (weak comparison,
/// lists and `*`) wins over `If-Modified-Since`, as RFC 9110 requires.
pub async fn conditional(State(policy): State<Arc<CachingPolicy>>, request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let if_modified_since = request.headers().get(header::IF_MODIFIED_SINCE).cloned();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }

    let (mut parts, body) = response.into_parts();
    if let Some(encoding) = parts
        .headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        && let Some(tag) = parts.headers.get(header::ETAG).and_then(|v| v.to_str().ok())
        && let Some(opaque) = tag.strip_suffix('"')
        && let Ok(value) = HeaderValue::from_str(&format!("{opaque}-{encoding}\""))
    {
        parts.headers.insert(header::ETAG, value);
    }
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts.headers.insert(header::CACHE_CONTROL, policy.max_age.clone());
    }
    add_vary(&mut parts.headers, "accept-encoding");

    let etag = parts
        .headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let not_modified = match (&if_none_match, &if_modified_since) {
        (Some(candidates), _) => candidates.to_str().is_ok_and(|c| etag_matches(c, etag)),
        (None, Some(since)) => {
            let last_modified = parts
                .headers
                .get(header::LAST_MODIFIED)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v).ok());
            let since = since.to_str().ok().and_then(|v| httpdate::parse_http_date(v).ok());
            matches!((last_modified, since), (Some(modified), Some(since)) if modified <= since)
        }
        (None, None) => false,
    };
    if not_modified {
        parts.status = StatusCode::NOT_MODIFIED;
        strip_for_not_modified(&mut parts.headers);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, body)
}

/// Gives successful `GET`/`HEAD` answers without an ETag one: the hash of
/// the identity body (runs inside compression, so every encoding of an
/// answer shares the same base tag and differs only by its suffix).
pub async fn ensure_etag(request: Request, next: Next) -> Response {
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let response = next.run(request).await;
    if !read || response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    match axum::body::to_bytes(body, 64 * 1024 * 1024).await {
        Ok(bytes) => {
            parts.headers.insert(header::ETAG, etag_of(&bytes));
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(error) => {
            tracing::error!(%error, "reading an answer failed");
            problem_for_status(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new())
        }
    }
}

/// Adds `token` to the `Vary` header unless it is listed already.
pub fn add_vary(headers: &mut HeaderMap, token: &str) {
    let listed = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token) || t.trim() == "*");
    if !listed && let Ok(value) = HeaderValue::from_str(token) {
        headers.append(header::VARY, value);
    }
}

/// RFC 9110 §13.1.2: `*` matches any current representation; otherwise the
/// weak comparison of each listed tag with the current one.
pub fn etag_matches(candidates: &str, current: &str) -> bool {
    if current.is_empty() {
        return false;
    }
    let weakless = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let current = weakless(current);
    candidates.trim() == "*" || candidates.split(',').any(|candidate| weakless(candidate) == current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_uses_weak_comparison_over_lists_and_star() {
        assert!(etag_matches("\"a\"", "\"a\""));
        assert!(etag_matches("W/\"a\"", "\"a\""));
        assert!(etag_matches("\"x\", \"a\"", "\"a\""));
        assert!(etag_matches("*", "\"a\""));
        assert!(!etag_matches("\"b\"", "\"a\""));
        assert!(!etag_matches("\"a-gzip\"", "\"a\""));
    }

    fn coding(accept_encoding: &str) -> Option<Coding> {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(accept_encoding).unwrap());
        preferred_coding(&headers)
    }

    #[test]
    fn the_coding_is_chosen_by_quality_then_by_preference() {
        assert_eq!(coding("gzip"), Some(Coding::Gzip));
        assert_eq!(coding("gzip, deflate, br, zstd"), Some(Coding::Zstd));
        assert_eq!(coding("gzip, br"), Some(Coding::Brotli));
        assert_eq!(coding("gzip;q=0.1, br;q=0.731"), Some(Coding::Brotli));
        assert_eq!(coding("br;q=0.5, gzip"), Some(Coding::Gzip));
        assert_eq!(coding("X-GZIP"), Some(Coding::Gzip));
        assert_eq!(coding(""), Some(Coding::Identity));
        assert_eq!(coding("compress, unknown"), Some(Coding::Identity));
        assert_eq!(coding("br;q=0"), Some(Coding::Identity));
        assert_eq!(coding("*"), Some(Coding::Zstd));
        assert_eq!(coding("*;q=0.5, gzip"), Some(Coding::Gzip));
        assert_eq!(coding("*;q=0, identity"), Some(Coding::Identity));
    }

    #[test]
    fn invalid_qualities_drop_their_entry_as_tower_http_does() {
        assert_eq!(coding("br;q=0.5000, gzip;q=0.1"), Some(Coding::Gzip), "four decimals");
        assert_eq!(coding("br;q=2, gzip;q=0.1"), Some(Coding::Gzip));
        assert_eq!(coding("br;q = 0.5"), Some(Coding::Identity));
        assert_eq!(coding("br;level=1;q=0.5"), Some(Coding::Identity));
        assert_eq!(coding("br;q=1.001"), Some(Coding::Identity));
        assert_eq!(coding("br;q=1."), Some(Coding::Brotli));
    }

    #[test]
    fn nothing_acceptable_is_none() {
        assert_eq!(coding("identity;q=0"), None);
        assert_eq!(coding("*;q=0"), None);
        assert_eq!(coding("identity;q=0, compress"), None);
        assert_eq!(coding("identity;q=0, gzip"), Some(Coding::Gzip));
    }

    /// The same choice as tower-http's compression layer, whatever the
    /// client writes: the answer's `Content-Encoding` is the coding chosen.
    #[tokio::test]
    async fn the_choice_matches_the_compression_layer() {
        use tower::{ServiceBuilder, ServiceExt};
        let body = "x".repeat(4096);
        for accept in [
            "gzip",
            "br",
            "zstd",
            "deflate",
            "gzip, br",
            "br;q=0.5, gzip",
            "*",
            "*;q=0.5, gzip",
            "br;q=0.5000, gzip;q=0.1",
            "br;q=2",
            "GZIP;Q=1",
            "zstd;q=0.999, br;q=0.999",
            "compress",
            "",
            "*;q=0, identity",
            "identity",
            "br;q=1.",
            "gzip;q=0.",
            " br ; q=0.5 ",
            "deflate, x-gzip",
        ] {
            let body = body.clone();
            let service = ServiceBuilder::new()
                .layer(compression())
                .service_fn(move |_: Request| {
                    let body = body.clone();
                    async move { Ok::<_, std::convert::Infallible>(Response::new(Body::from(body))) }
                });
            let request = Request::builder()
                .header(header::ACCEPT_ENCODING, accept)
                .body(Body::empty())
                .unwrap();
            let response = service.oneshot(request).await.unwrap();
            let sent = response
                .headers()
                .get(header::CONTENT_ENCODING)
                .map_or("identity", |v| v.to_str().unwrap());
            assert_eq!(coding(accept).map(Coding::token), Some(sent), "{accept:?}");
        }
    }

    #[test]
    fn shared_cacheable_needs_max_age_and_no_restriction() {
        let cacheable = |v: &'static str| shared_cacheable(&HeaderValue::from_static(v));
        assert!(cacheable("max-age=3600"));
        assert!(cacheable("public, max-age=0"));
        assert!(!cacheable("no-store"));
        assert!(!cacheable("max-age=60, private"));
        assert!(!cacheable("no-cache, max-age=60"));
        assert!(!cacheable("must-revalidate"));
    }

    #[test]
    fn vary_tokens_are_added_once() {
        let mut headers = HeaderMap::new();
        add_vary(&mut headers, "accept");
        add_vary(&mut headers, "Accept");
        add_vary(&mut headers, "accept-encoding");
        let vary: Vec<_> = headers.get_all(header::VARY).iter().collect();
        assert_eq!(vary, ["accept", "accept-encoding"]);
    }
}
