//! The path prefix clients reach the service under ([`BasePath`]): the
//! `--base-path` setting, or, for a request a trusted proxy forwards with
//! `X-Forwarded-Prefix`, that prefix ([`effective_base_path`] decides).
//! Every absolute URL the service writes (the index, the dashboard, the
//! catalogue's `href`s, paging links, the Data Package) starts with it;
//! redirects and Swagger UI's document URL are relative and need none.
//!
//! The edge ([`crate::http::layers::observe`]) decides once per request,
//! since only it knows the connection's peer: when the base path it decides
//! differs from the setting, it puts it into the request's extensions as a
//! [`BasePath`], where the replay cache keys on it
//! ([`crate::http::layers::replay`]) and handlers read it through this
//! extractor. A request without one has the setting's base path: requests
//! without the header, or from peers that are not trusted proxies, cost no
//! more than before.
//!
//! A trusted proxy must set or remove the header on every request it
//! forwards (nginx: `proxy_set_header X-Forwarded-Prefix "";` where it
//! mounts the service at its root): one that passes a client's header on
//! lets the client choose the URLs of its own answer.

use std::{borrow::Cow, convert::Infallible};

use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, HeaderName, request::Parts},
};

use crate::config::{ServerArgs, parse_base_path};
use crate::state::AppState;

/// `X-Forwarded-Prefix`: the path prefix a proxy mounts the service under
/// (and strips before forwarding), as Spring, Traefik and ASP.NET read it.
pub static X_FORWARDED_PREFIX: HeaderName = HeaderName::from_static("x-forwarded-prefix");

/// Longest `X-Forwarded-Prefix` value read, in bytes; a longer one is
/// ignored (the base path setting has the same bound).
pub const MAX_FORWARDED_PREFIX_BYTES: usize = 256;

/// The base path of one request: empty for the root, else `/api` style.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BasePath(pub String);

impl BasePath {
    /// `path` (absolute, from the service's root) as clients reach it.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// Whether this is the base path of the settings (`--base-path`), the
    /// one things built once per snapshot are built for.
    pub fn is_configured(&self, config: &ServerArgs) -> bool {
        self.0 == config.base_path
    }
}

impl FromRequestParts<AppState> for BasePath {
    type Rejection = Infallible;

    /// The base path the edge decided for this request, else the setting.
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<BasePath, Infallible> {
        Ok(match parts.extensions.get::<BasePath>() {
            Some(forwarded) => forwarded.clone(),
            None => BasePath(state.config().base_path.clone()),
        })
    }
}

/// The base path of a request with `headers` from a peer that is
/// (`peer_trusted`) or is not a trusted proxy (`--trusted-proxies`, the
/// test [`crate::http::client::ClientRules::trusts`] makes).
///
/// - From a peer that is not a trusted proxy: the setting, whatever the
///   headers say (`X-Forwarded-Prefix` is ignored, silently: anyone can
///   write it).
/// - From a trusted proxy with exactly one `X-Forwarded-Prefix` of at most
///   [`MAX_FORWARDED_PREFIX_BYTES`] that is a valid base path
///   ([`parse_base_path`]: `/api`, `/api/` read as `/api`, `/` as the
///   root): that prefix.
/// - From a trusted proxy with no such header, a repeated one, or one that
///   is not a valid base path (`//evil`, `/a//b`, `..`, `%2F`, a
///   backslash, a space, a query, a scheme, a list `/a, /b`, control
///   characters, too long): the setting, as if the header were absent. The
///   request is answered, not refused: what is wrong is the proxy's
///   configuration, not the client's request, and an answer under the
///   setting's base path is what the service gives without the header.
pub fn effective_base_path<'a>(config: &'a ServerArgs, peer_trusted: bool, headers: &HeaderMap) -> Cow<'a, str> {
    match forwarded_prefix(peer_trusted, headers) {
        Some(prefix) => Cow::Owned(prefix),
        None => Cow::Borrowed(&config.base_path),
    }
}

/// The valid, single `X-Forwarded-Prefix` of a trusted proxy, normalised.
fn forwarded_prefix(peer_trusted: bool, headers: &HeaderMap) -> Option<String> {
    if !peer_trusted {
        return None;
    }
    let mut values = headers.get_all(&X_FORWARDED_PREFIX).iter();
    let value = values.next()?;
    if values.next().is_some() || value.len() > MAX_FORWARDED_PREFIX_BYTES {
        return None;
    }
    let text = std::str::from_utf8(value.as_bytes()).ok()?;
    parse_base_path(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn config(base_path: &str) -> ServerArgs {
        ServerArgs {
            base_path: base_path.to_owned(),
            ..ServerArgs::default()
        }
    }

    fn prefixes(values: &[&[u8]]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(&X_FORWARDED_PREFIX, HeaderValue::from_bytes(value).unwrap());
        }
        headers
    }

    #[test]
    fn a_trusted_proxy_s_valid_prefix_is_the_base_path_normalised() {
        let root = config("");
        assert_eq!(effective_base_path(&root, true, &prefixes(&[b"/api"])), "/api");
        assert_eq!(effective_base_path(&root, true, &prefixes(&[b"/api/"])), "/api");
        assert_eq!(
            effective_base_path(&root, true, &prefixes(&[b"/data/v1.2"])),
            "/data/v1.2"
        );
        // It overrides the setting, the root included.
        let api = config("/api");
        assert_eq!(effective_base_path(&api, true, &prefixes(&[b"/other"])), "/other");
        assert_eq!(effective_base_path(&api, true, &prefixes(&[b"/"])), "");
        assert_eq!(effective_base_path(&api, true, &prefixes(&[b""])), "");
    }

    #[test]
    fn an_untrusted_peer_s_prefix_is_ignored() {
        assert_eq!(effective_base_path(&config(""), false, &prefixes(&[b"/api"])), "");
        assert_eq!(
            effective_base_path(&config("/mounted"), false, &prefixes(&[b"/api"])),
            "/mounted"
        );
    }

    #[test]
    fn without_the_header_the_setting_is_the_base_path() {
        let api = config("/api");
        assert_eq!(effective_base_path(&api, true, &HeaderMap::new()), "/api");
        assert_eq!(effective_base_path(&api, false, &HeaderMap::new()), "/api");
        assert!(matches!(
            effective_base_path(&api, true, &HeaderMap::new()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn invalid_and_repeated_prefixes_fall_back_to_the_setting() {
        for root in ["", "/mounted"] {
            let config = config(root);
            for bad in [
                &b"//evil.example"[..],
                b"/a//b",
                b"/..",
                b"/a/../b",
                b"/./a",
                b"api",
                b"/a\\b",
                b"/%2F",
                b"/a%2Fb",
                b"/a b",
                b"/a\tb",
                b"/a?b=c",
                b"/a#b",
                b"https://evil.example/api",
                b"/api, /other",
                b"/caf\xc3\xa9",
                b"/\xff",
            ] {
                assert_eq!(
                    effective_base_path(&config, true, &prefixes(&[bad])),
                    root,
                    "{:?}",
                    String::from_utf8_lossy(bad)
                );
            }
            // Repeated, even when both are valid and equal.
            assert_eq!(effective_base_path(&config, true, &prefixes(&[b"/api", b"/api"])), root);
            assert_eq!(effective_base_path(&config, true, &prefixes(&[b"/api", b"/v2"])), root);
        }
    }

    #[test]
    fn prefixes_longer_than_256_bytes_are_ignored() {
        let root = config("");
        let longest = format!("/{}", "a".repeat(MAX_FORWARDED_PREFIX_BYTES - 1));
        assert_eq!(
            effective_base_path(&root, true, &prefixes(&[longest.as_bytes()])),
            longest.as_str()
        );
        let over = format!("/{}", "a".repeat(MAX_FORWARDED_PREFIX_BYTES));
        assert_eq!(effective_base_path(&root, true, &prefixes(&[over.as_bytes()])), "");
        let slashed = format!("{longest}/");
        assert_eq!(
            effective_base_path(&root, true, &prefixes(&[slashed.as_bytes()])),
            "",
            "the bound is on the value as sent"
        );
    }
}
