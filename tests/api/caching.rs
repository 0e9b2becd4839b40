//! Conditional requests and caching headers through the real router with all
//! middleware: strong ETags per representation, Last-Modified,
//! Cache-Control and Vary, 304 answers to If-None-Match and
//! If-Modified-Since, gzip/brotli/zstd compression, and HEAD. The caching of
//! charts is in `charts.rs`; the edge layer's replayed answers in `replay.rs`.

use std::io::Read;

use axum::http::Method;

use crate::helpers::{get, get_with, request};

#[tokio::test]
async fn successful_answers_carry_a_strong_etag_last_modified_and_cache_control() {
    for uri in [
        "/talent/cities",
        "/reports",
        "/openapi.json",
        "/",
        "/docs/swagger-ui.css",
        "/problems",
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, 200, "{uri}");
        let etag = answer.header("etag").unwrap_or_else(|| panic!("{uri} has no ETag"));
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "{uri}: strong ETag, got {etag}"
        );
        assert_eq!(answer.header("cache-control"), Some("max-age=3600"), "{uri}");
        assert!(answer.header("vary").is_some(), "{uri}");
    }
    let data = get("/talent/cities").await;
    assert_eq!(data.header("last-modified"), Some("Sun, 29 Nov 2026 16:00:00 GMT"));
    let vary: Vec<&str> = data
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(vary, ["accept", "accept-encoding"]);
}

#[tokio::test]
async fn etags_differ_between_representations_and_stay_the_same_for_the_same_one() {
    let json = get("/talent/cities").await;
    let again = get("/talent/cities").await;
    let csv = get("/talent/cities.csv").await;
    let en = get("/talent/cities?lang=en").await;
    assert_eq!(json.header("etag"), again.header("etag"));
    assert_ne!(json.header("etag"), csv.header("etag"));
    assert_ne!(json.header("etag"), en.header("etag"));
    let gzip = get_with("/talent/cities", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    let identity = json.header("etag").unwrap();
    assert_eq!(
        gzip.header("etag").unwrap(),
        format!("{}-gzip\"", identity.trim_end_matches('"'))
    );
    // Every answer's encoded tags derive from its identity tag, not from
    // the compressor's output.
    for uri in ["/reports", "/openapi.json"] {
        let plain = get(uri).await.header("etag").unwrap().to_owned();
        let zipped = get_with(uri, &[("accept-encoding", "br")]).await;
        assert_eq!(
            zipped.header("etag").unwrap(),
            format!("{}-br\"", plain.trim_end_matches('"')),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn if_none_match_answers_304_without_a_body() {
    let first = get("/talent/cities").await;
    let etag = first.header("etag").unwrap().to_owned();
    for candidates in [
        etag.clone(),
        format!("\"nope\", {etag}"),
        format!("W/{etag}"),
        "*".to_owned(),
    ] {
        let answer = get_with("/talent/cities", &[("if-none-match", &candidates)]).await;
        assert_eq!(answer.status, 304, "If-None-Match: {candidates}");
        assert!(answer.body.is_empty());
        assert_eq!(answer.header("etag"), Some(etag.as_str()));
        assert_eq!(answer.header("cache-control"), Some("max-age=3600"));
        assert!(answer.header("content-type").is_none());
        assert!(answer.header("content-length").is_none(), "no Content-Length on a 304");
    }
    let stale = get_with("/talent/cities", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(stale.status, 200);
    // The identity tag does not validate the gzip representation.
    let gzip = get_with(
        "/talent/cities",
        &[("if-none-match", &etag), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(gzip.status, 200);
    let gzip_tag = gzip.header("etag").unwrap().to_owned();
    let revalidated = get_with(
        "/talent/cities",
        &[("if-none-match", &gzip_tag), ("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(revalidated.status, 304);
}

#[tokio::test]
async fn if_modified_since_answers_304_unless_the_data_is_newer() {
    let same = get_with(
        "/talent/cities",
        &[("if-modified-since", "Sun, 29 Nov 2026 16:00:00 GMT")],
    )
    .await;
    assert_eq!(same.status, 304);
    let later = get_with("/salaries", &[("if-modified-since", "Mon, 30 Nov 2026 00:00:00 GMT")]).await;
    assert_eq!(later.status, 304);
    let earlier = get_with("/salaries", &[("if-modified-since", "Sat, 28 Nov 2026 12:00:00 GMT")]).await;
    assert_eq!(earlier.status, 200);
    // If-None-Match wins over If-Modified-Since.
    let both = get_with(
        "/salaries",
        &[
            ("if-modified-since", "Mon, 30 Nov 2026 00:00:00 GMT"),
            ("if-none-match", "\"other\""),
        ],
    )
    .await;
    assert_eq!(both.status, 200);
}

#[tokio::test]
async fn gzip_brotli_and_zstd_bodies_decode_to_exactly_the_identity_body() {
    let identity = get_with("/applications?limit=1000", &[("accept-encoding", "identity")]).await;
    assert!(identity.header("content-encoding").is_none());
    assert_eq!(
        identity.header("content-length"),
        Some(identity.body.len().to_string().as_str())
    );
    for encoding in ["gzip", "br", "zstd"] {
        let answer = get_with("/applications?limit=1000", &[("accept-encoding", encoding)]).await;
        assert_eq!(answer.header("content-encoding"), Some(encoding));
        let mut decoded = Vec::new();
        match encoding {
            "gzip" => {
                flate2::read::GzDecoder::new(&answer.body[..])
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            "br" => {
                brotli::Decompressor::new(&answer.body[..], 4096)
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            _ => decoded = zstd::decode_all(&answer.body[..]).unwrap(),
        }
        assert_eq!(decoded, identity.body, "{encoding}");
        assert!(answer.body.len() < identity.body.len(), "{encoding} is smaller");
    }
}

#[tokio::test]
async fn head_answers_the_same_headers_as_get_and_no_body() {
    for uri in ["/talent/cities", "/reports", "/heat-index.csv"] {
        let full = get(uri).await;
        let head = request(Method::HEAD, uri, &[]).await;
        assert_eq!(head.status, 200);
        assert!(head.body.is_empty());
        for name in [
            "content-type",
            "content-length",
            "etag",
            "cache-control",
            "last-modified",
            "vary",
        ] {
            assert_eq!(head.header(name), full.header(name), "{uri}: {name}");
        }
        assert_eq!(head.header("content-length").unwrap(), full.body.len().to_string());
    }
}

#[tokio::test]
async fn bodies_under_256_bytes_are_not_compressed_larger_ones_are() {
    // gzip's framing would make these larger (REDbot: CONNEG_GZIP_BAD).
    for uri in ["/ready", "/nope", "/health"] {
        let plain = get(uri).await;
        assert!(plain.body.len() < 256, "{uri}: {} bytes", plain.body.len());
        for encoding in ["gzip", "br", "zstd"] {
            let answer = get_with(uri, &[("accept-encoding", encoding)]).await;
            assert_eq!(answer.header("content-encoding"), None, "{uri} {encoding}");
            assert_eq!(answer.body, plain.body, "{uri} {encoding}");
        }
    }
    let csv = get("/talent/cities.csv").await;
    assert!(csv.body.len() >= 256);
    let gzip = get_with("/talent/cities.csv", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert!(gzip.body.len() < csv.body.len());
}
