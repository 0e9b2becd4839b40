//! What every request is checked and normalised for at the edge, before any
//! other layer or the replay cache reads it ([`super::observe`] calls these):
//!
//! - list-valued fields sent on several lines are combined into one
//!   ([`combine_list_fields`], RFC 9110 §5.3), so that every reader sees the
//!   whole list;
//! - the request names exactly one valid host ([`check_host`], RFC 9112
//!   §3.2, RFC 9113 §8.3.1);
//! - the path holds no backslash, raw or percent-encoded ([`check_path`]);
//! - `Accept-Encoding` is reduced to the one coding the answer will use
//!   ([`canonical_coding`]), or refused with 406 when none is acceptable.

use axum::http::{HeaderMap, HeaderName, HeaderValue, Request, Version, header};

use super::caching::{Coding, accepts_gzip, preferred_coding};

/// The list-valued request fields the service reads: each is combined into
/// one line when a client splits it over several.
pub const LIST_FIELDS: [HeaderName; 5] = [
    header::ACCEPT,
    header::ACCEPT_ENCODING,
    header::IF_NONE_MATCH,
    header::FORWARDED,
    HeaderName::from_static("x-forwarded-for"),
];

/// Combines each of [`LIST_FIELDS`] sent on several lines into one line,
/// the values joined by `, ` in the order sent (RFC 9110 §5.3: a recipient
/// may combine them so, without changing the message's meaning). Costs
/// nothing when no field is repeated.
pub fn combine_list_fields(headers: &mut HeaderMap) {
    if headers.len() == headers.keys_len() {
        return; // no field on more than one line
    }
    for name in LIST_FIELDS {
        let mut values = headers.get_all(&name).iter();
        let (Some(first), Some(_)) = (values.next(), values.next()) else {
            continue;
        };
        let mut combined = first.as_bytes().to_vec();
        for value in headers.get_all(&name).iter().skip(1) {
            combined.extend_from_slice(b", ");
            combined.extend_from_slice(value.as_bytes());
        }
        if let Ok(value) = HeaderValue::from_bytes(&combined) {
            headers.insert(name, value);
        }
    }
}

/// Why a request's host is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostFault {
    /// An HTTP/1.1 request without `Host`, or an HTTP/2 request with neither
    /// `:authority` nor `Host`.
    Missing,
    /// `Host` sent on more than one line.
    Repeated,
    /// Not a host and optional port as RFC 3986 writes an authority (no
    /// user information, no path, no spaces).
    Invalid,
    /// `Host` names another authority than the request target
    /// (absolute-form in HTTP/1.1, `:authority` in HTTP/2).
    Mismatch,
}

impl HostFault {
    pub fn describe(self) -> &'static str {
        match self {
            HostFault::Missing => "the request names no host (an HTTP/1.1 request needs exactly one Host field)",
            HostFault::Repeated => "the request has more than one Host field",
            HostFault::Invalid => "the Host field is not a host name or IP address with an optional port",
            HostFault::Mismatch => "the Host field names another host than the request target",
        }
    }
}

/// Checks the host a request names:
///
/// - HTTP/1.1: exactly one `Host` field with a valid value (RFC 9112 §3.2),
///   whatever the form of the target; with an absolute-form target, `Host`
///   must name the same authority
///   (stricter than §3.2.2, which lets a server ignore `Host` then: a
///   request that names two hosts is refused rather than guessed at);
/// - HTTP/1.0: `Host` is optional, but when sent it is one valid field;
/// - HTTP/2: hyper puts `:authority` into the target URI; `:authority` or
///   `Host` must be present, valid, and agree when both are (RFC 9113
///   §8.3.1).
pub fn check_host<B>(request: &Request<B>) -> Result<(), HostFault> {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let host = hosts.next();
    if hosts.next().is_some() {
        return Err(HostFault::Repeated);
    }
    if let Some(host) = host
        && !valid_authority(host.as_bytes())
    {
        return Err(HostFault::Invalid);
    }
    let target = request.uri().authority().map(|a| a.as_str().as_bytes());
    if let Some(target) = target
        && !valid_authority(target)
    {
        return Err(HostFault::Invalid);
    }
    match (host, target) {
        (Some(host), Some(target)) if !host.as_bytes().eq_ignore_ascii_case(target) => Err(HostFault::Mismatch),
        // HTTP/1.1 needs the field even with an absolute-form target.
        (None, _) if request.version() == Version::HTTP_11 => Err(HostFault::Missing),
        (None, None) if request.version() != Version::HTTP_10 => Err(HostFault::Missing),
        _ => Ok(()),
    }
}

/// `host [":" port]` as RFC 3986 §3.2 writes an authority without user
/// information: a registered name (unreserved characters, sub-delimiters,
/// percent-encodings), an IPv4 address, or an IPv6 address in brackets;
/// the port is digits.
pub fn valid_authority(text: &[u8]) -> bool {
    let (host, port) = if text.first() == Some(&b'[') {
        let Some(end) = text.iter().position(|b| *b == b']') else {
            return false;
        };
        let literal = std::str::from_utf8(&text[1..end]).ok();
        if literal.and_then(|l| l.parse::<std::net::Ipv6Addr>().ok()).is_none() {
            return false;
        }
        match &text[end + 1..] {
            [] => return true,
            [b':', port @ ..] => return valid_port(port),
            _ => return false,
        }
    } else {
        match text.iter().position(|b| *b == b':') {
            Some(colon) => (&text[..colon], &text[colon + 1..]),
            None => (text, &b""[..]),
        }
    };
    // One pass over a table; percent-encodings, rare, take the long way.
    let plain = host.iter().all(|b| REG_NAME[usize::from(*b)]);
    // An `http` URI's host is never empty (RFC 9110 §4.2.1); a port is at
    // most 65535 (an empty port is allowed, RFC 3986 §3.2.3).
    !host.is_empty() && (plain || valid_with_percent_encodings(host)) && valid_port(port)
}

/// Digits of a port number no larger than 65535, or nothing.
fn valid_port(port: &[u8]) -> bool {
    port.is_empty()
        || (port.len() <= 5
            && port.iter().all(u8::is_ascii_digit)
            && std::str::from_utf8(port).is_ok_and(|p| p.parse::<u16>().is_ok()))
}

/// The bytes a registered name may hold as they are: unreserved characters
/// and sub-delimiters (RFC 3986 §3.2.2).
static REG_NAME: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
            );
        b += 1;
    }
    table
};

/// A registered name holding percent-encodings (`%HH`).
fn valid_with_percent_encodings(host: &[u8]) -> bool {
    let mut i = 0;
    while i < host.len() {
        if host[i] == b'%' {
            if !(i + 2 < host.len() && host[i + 1].is_ascii_hexdigit() && host[i + 2].is_ascii_hexdigit()) {
                return false;
            }
            i += 3;
        } else if REG_NAME[usize::from(host[i])] {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// Whether the path is free of backslashes, raw or percent-encoded (`%5C`):
/// no resource has one, and browsers read `\` as `/`, so that a redirect to
/// such a path could name another host.
pub fn check_path(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.iter().enumerate().all(|(i, b)| match b {
        b'\\' => false,
        b'%' => !matches!(bytes.get(i + 1..i + 3), Some([b'5', b'c' | b'C'])),
        _ => true,
    })
}

/// Reduces `Accept-Encoding` to the coding the answer will be sent in (as
/// the compression layer chooses it, [`preferred_coding`]), so that the
/// replay cache and every layer see one of nine values instead of whatever a
/// client wrote: the coding's token, followed by `gzip;q=0.5` when that
/// coding is zstd, br or deflate and the client accepts gzip too (the
/// database download has a gzip encoding made once and asks
/// [`accepts_gzip`]; the compression layer still picks the first). `None`
/// when the client accepts no coding the service has (not even identity):
/// a 406.
pub fn canonical_coding(headers: &mut HeaderMap) -> Option<Coding> {
    let Some(sent) = headers.get(header::ACCEPT_ENCODING) else {
        return Some(Coding::Identity);
    };
    // Clients send the same value again and again: the last one seen on
    // this thread and its reduction are kept (a different value costs one
    // parse, and nothing grows). Split values were combined before.
    let (coding, canonical) = LAST_ACCEPT_ENCODING.with_borrow_mut(|(last, reduced)| {
        if last.as_slice() != sent.as_bytes() || last.is_empty() {
            *reduced = preferred_coding(headers).map(|coding| {
                let canonical = match (coding, accepts_gzip(headers)) {
                    (Coding::Zstd, true) => "zstd, gzip;q=0.5",
                    (Coding::Brotli, true) => "br, gzip;q=0.5",
                    (Coding::Deflate, true) => "deflate, gzip;q=0.5",
                    (coding, _) => coding.token(),
                };
                (coding, canonical)
            });
            last.clear();
            last.extend_from_slice(sent.as_bytes());
        }
        *reduced
    })?;
    if sent.as_bytes() != canonical.as_bytes() {
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(canonical));
    }
    Some(coding)
}

/// A coding and the `Accept-Encoding` value it is reduced to.
type Reduced = Option<(Coding, &'static str)>;

thread_local! {
    /// The last `Accept-Encoding` value seen on this thread, and its reduction.
    static LAST_ACCEPT_ENCODING: std::cell::RefCell<(Vec<u8>, Reduced)> =
        const { std::cell::RefCell::new((Vec::new(), None)) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(version: Version, uri: &str, hosts: &[&str]) -> Request<()> {
        let mut builder = Request::builder().version(version).uri(uri);
        for host in hosts {
            builder = builder.header(header::HOST, *host);
        }
        builder.body(()).unwrap()
    }

    #[test]
    fn http_1_1_needs_exactly_one_valid_host() {
        let v11 = Version::HTTP_11;
        assert_eq!(check_host(&request(v11, "/x", &["api.example"])), Ok(()));
        assert_eq!(check_host(&request(v11, "/x", &["api.example:8080"])), Ok(()));
        assert_eq!(check_host(&request(v11, "/x", &["127.0.0.1:80"])), Ok(()));
        assert_eq!(check_host(&request(v11, "/x", &["[::1]:8080"])), Ok(()));
        assert_eq!(check_host(&request(v11, "/x", &[])), Err(HostFault::Missing));
        assert_eq!(check_host(&request(v11, "/x", &["a", "b"])), Err(HostFault::Repeated));
        assert_eq!(check_host(&request(v11, "/x", &["a", "a"])), Err(HostFault::Repeated));
        for bad in [
            "a b/c",
            "user@host",
            "host/path",
            "[::1",
            "[nope]",
            "host:80a",
            "[::1]x",
            "a%zz",
            "h\"t",
            "",
            ":80",
            "a:99999999",
            "a:65536",
            "[::1]:70000",
        ] {
            assert_eq!(
                check_host(&request(v11, "/x", &[bad])),
                Err(HostFault::Invalid),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn an_absolute_form_target_and_host_must_agree() {
        let v11 = Version::HTTP_11;
        assert_eq!(
            check_host(&request(v11, "http://api.example/x", &["API.example"])),
            Ok(())
        );
        assert_eq!(
            check_host(&request(v11, "http://api.example/x", &["evil.example"])),
            Err(HostFault::Mismatch)
        );
        // HTTP/1.1 needs Host even then (RFC 9112 §3.2).
        assert_eq!(
            check_host(&request(v11, "http://api.example/x", &[])),
            Err(HostFault::Missing)
        );
    }

    #[test]
    fn http_1_0_may_omit_host_and_http_2_uses_the_authority() {
        assert_eq!(check_host(&request(Version::HTTP_10, "/x", &[])), Ok(()));
        assert_eq!(
            check_host(&request(Version::HTTP_10, "/x", &["a b"])),
            Err(HostFault::Invalid)
        );
        assert_eq!(
            check_host(&request(Version::HTTP_2, "http://api.example/x", &[])),
            Ok(())
        );
        assert_eq!(
            check_host(&request(Version::HTTP_2, "/x", &[])),
            Err(HostFault::Missing)
        );
        assert_eq!(
            check_host(&request(Version::HTTP_2, "http://api.example/x", &["other.example"])),
            Err(HostFault::Mismatch)
        );
    }

    #[test]
    fn list_fields_on_several_lines_become_one_line_in_order() {
        let mut headers = HeaderMap::new();
        headers.append(header::IF_NONE_MATCH, HeaderValue::from_static("\"a\""));
        headers.append(header::IF_NONE_MATCH, HeaderValue::from_static("\"b\""));
        headers.append(header::ACCEPT, HeaderValue::from_static("text/csv"));
        headers.append(header::COOKIE, HeaderValue::from_static("x=1"));
        headers.append(header::COOKIE, HeaderValue::from_static("y=2"));
        combine_list_fields(&mut headers);
        let inm: Vec<_> = headers.get_all(header::IF_NONE_MATCH).iter().collect();
        assert_eq!(inm, ["\"a\", \"b\""]);
        assert_eq!(headers[header::ACCEPT], "text/csv");
        assert_eq!(
            headers.get_all(header::COOKIE).iter().count(),
            2,
            "only list fields the service reads"
        );
    }

    #[test]
    fn backslashes_raw_or_encoded_are_refused() {
        assert!(check_path("/talent/cities"));
        assert!(check_path("/%2F%2Fevil.example/"));
        for bad in ["/\\evil.example/", "/%5Cevil.example", "/%5cx", "/talent\\cities"] {
            assert!(!check_path(bad), "{bad}");
        }
    }

    #[test]
    fn accept_encoding_is_reduced_to_the_chosen_coding() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip;q=0.1, br;q=0.731"),
        );
        assert_eq!(canonical_coding(&mut headers), Some(Coding::Brotli));
        assert_eq!(headers[header::ACCEPT_ENCODING], "br, gzip;q=0.5");
        for (sent, canonical) in [
            ("br", "br"),
            ("gzip, br", "br, gzip;q=0.5"),
            ("gzip", "gzip"),
            ("zstd, gzip;q=0", "zstd"),
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(sent));
            canonical_coding(&mut headers).unwrap();
            assert_eq!(headers[header::ACCEPT_ENCODING], canonical, "{sent}");
        }
        let mut none = HeaderMap::new();
        assert_eq!(canonical_coding(&mut none), Some(Coding::Identity));
        assert!(none.is_empty());
        for refused in ["identity;q=0", "*;q=0", "identity;q=0, unknown"] {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(refused).unwrap());
            assert_eq!(canonical_coding(&mut headers), None, "{refused}");
        }
    }
}
