//! Which client sent a request, for the rate limit and the per-client log
//! limit.
//!
//! The client is the peer address of the connection, unless the peer is a
//! trusted proxy (`--trusted-proxies`). Then it is read from the header
//! those proxies append to (`--forwarded-header`: `X-Forwarded-For`, or
//! `Forwarded` with RFC 7239 `for=`): walking the list from the right, the
//! first address that is not itself a trusted proxy. Everything left of it
//! was written by the client, so it is never believed. An entry that is
//! not an address (`unknown`, an obfuscated `_name`, garbage) stops the
//! walk: the client is then the last trusted proxy that was read, so a
//! misbehaving proxy's clients share one allowance instead of getting one
//! each. Lists on several lines were combined into one by the edge
//! (`layers::guard`).
//!
//! The same test of the peer ([`ClientRules::trusts`]) decides whether a
//! request's `X-Forwarded-Prefix` is believed
//! ([`crate::http::base_path::effective_base_path`]).

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::ConnectInfo,
    http::{HeaderMap, HeaderName, Request, header},
};

use crate::config::{ForwardedHeader, TrustedProxies};

/// How clients are told apart (from the settings).
#[derive(Clone, Debug)]
pub struct ClientRules {
    pub trusted_proxies: TrustedProxies,
    pub header: ForwardedHeader,
}

impl ClientRules {
    /// The client of `request` from a connection with `peer` (as the server
    /// loop says), or else from its `ConnectInfo` extension; `None` when
    /// neither is known (a request built in-process).
    pub fn client<B>(&self, peer: Option<SocketAddr>, request: &Request<B>) -> Option<IpAddr> {
        let peer = peer_of(peer, request)?;
        Some(self.client_of(peer, request.headers()))
    }

    /// Whether `request` comes from a trusted proxy: its peer (as for
    /// [`ClientRules::client`]) is in `--trusted-proxies`. A request whose
    /// peer is not known is not trusted.
    pub fn trusts<B>(&self, peer: Option<SocketAddr>, request: &Request<B>) -> bool {
        peer_of(peer, request).is_some_and(|peer| self.is_trusted(peer))
    }

    /// Whether `peer` is a trusted proxy, whose forwarding headers
    /// (the client, `X-Forwarded-Prefix`) are believed.
    pub fn is_trusted(&self, peer: IpAddr) -> bool {
        !self.trusted_proxies.is_empty() && self.trusted_proxies.contains(peer)
    }

    /// The client behind `peer` given the request's `headers`.
    pub fn client_of(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.is_trusted(peer) {
            return peer;
        }
        let (name, read): (HeaderName, fn(&str) -> Option<IpAddr>) = match self.header {
            ForwardedHeader::XForwardedFor => (HeaderName::from_static("x-forwarded-for"), node_address),
            ForwardedHeader::Forwarded => (header::FORWARDED, forwarded_for),
        };
        let mut client = peer;
        let lines: Vec<&str> = headers
            .get_all(name)
            .iter()
            .map(|v| std::str::from_utf8(v.as_bytes()).unwrap_or("\u{0}"))
            .collect();
        for element in lines
            .iter()
            .rev()
            .flat_map(|line| split_elements(line).into_iter().rev())
        {
            match read(element) {
                Some(ip) if self.trusted_proxies.contains(ip) => client = ip,
                Some(ip) => return ip,
                None => return client,
            }
        }
        client
    }
}

/// The peer of `request`: `peer` when the server loop says, else its
/// `ConnectInfo` extension; IPv4-mapped IPv6 read as IPv4.
fn peer_of<B>(peer: Option<SocketAddr>, request: &Request<B>) -> Option<IpAddr> {
    let peer = match peer {
        Some(peer) => peer,
        None => request.extensions().get::<ConnectInfo<SocketAddr>>()?.0,
    };
    Some(peer.ip().to_canonical())
}

/// The elements of a comma-separated list, commas inside quoted strings
/// kept.
fn split_elements(line: &str) -> Vec<&str> {
    let mut elements = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                elements.push(&line[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    elements.push(&line[start..]);
    elements
}

/// The address of an `X-Forwarded-For` entry or a `Forwarded` node:
/// `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]` or
/// `[2001:db8::1]:4711`. IPv4-mapped IPv6 is read as IPv4.
fn node_address(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    let ip = if let Ok(ip) = text.parse::<IpAddr>() {
        ip
    } else if let Ok(socket) = text.parse::<SocketAddr>() {
        socket.ip()
    } else {
        text.strip_prefix('[')?.strip_suffix(']')?.parse::<IpAddr>().ok()?
    };
    Some(ip.to_canonical())
}

/// The address of a `Forwarded` element's `for=` parameter (RFC 7239
/// §4-6: a token or a quoted string; `unknown` and obfuscated identifiers
/// are not addresses).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("for") {
            return None;
        }
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        node_address(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn rules(proxies: &str, header: ForwardedHeader) -> ClientRules {
        ClientRules {
            trusted_proxies: proxies.parse().unwrap(),
            header,
        }
    }

    fn headers(lines: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in lines {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    const XFF: ForwardedHeader = ForwardedHeader::XForwardedFor;
    const FWD: ForwardedHeader = ForwardedHeader::Forwarded;

    #[test]
    fn without_trusted_proxies_the_client_is_the_peer_whatever_the_headers_say() {
        let rules = rules("", XFF);
        let sent = headers(&[("x-forwarded-for", "198.51.100.1"), ("forwarded", "for=198.51.100.2")]);
        assert_eq!(rules.client_of(ip("203.0.113.7"), &sent), ip("203.0.113.7"));
    }

    #[test]
    fn an_untrusted_peer_is_the_client_even_with_forwarding_headers() {
        let rules = rules("10.0.0.0/8", XFF);
        let sent = headers(&[("x-forwarded-for", "198.51.100.1")]);
        assert_eq!(rules.client_of(ip("127.0.0.1"), &sent), ip("127.0.0.1"));
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_address_is_the_client() {
        let rules = rules("127.0.0.1/32, 10.0.0.0/8", XFF);
        let peer = ip("127.0.0.1");
        // nginx appends what it saw on the right; the left is the client's own text.
        let forged = headers(&[("x-forwarded-for", "198.51.100.1, 203.0.113.7")]);
        assert_eq!(rules.client_of(peer, &forged), ip("203.0.113.7"));
        let two = headers(&[("x-forwarded-for", "198.51.100.1, 198.51.100.2, 203.0.113.8")]);
        assert_eq!(rules.client_of(peer, &two), ip("203.0.113.8"));
        // Proxies in a chain are skipped.
        let chain = headers(&[("x-forwarded-for", "198.51.100.1, 203.0.113.9, 10.1.2.3")]);
        assert_eq!(rules.client_of(peer, &chain), ip("203.0.113.9"));
        // Lines combined in order (the edge joins them; here as one list).
        let lines = headers(&[("x-forwarded-for", "198.51.100.1"), ("x-forwarded-for", "203.0.113.10")]);
        assert_eq!(rules.client_of(peer, &lines), ip("203.0.113.10"));
        // No header: the proxy itself is the client.
        assert_eq!(rules.client_of(peer, &HeaderMap::new()), peer);
        // Every entry a trusted proxy: the left-most one.
        let internal = headers(&[("x-forwarded-for", "10.0.0.5, 10.0.0.6")]);
        assert_eq!(rules.client_of(peer, &internal), ip("10.0.0.5"));
    }

    #[test]
    fn the_other_forwarding_header_and_x_real_ip_are_ignored() {
        let xff = rules("127.0.0.1", XFF);
        let peer = ip("127.0.0.1");
        let sent = headers(&[
            ("forwarded", "for=198.51.100.1"),
            ("x-real-ip", "198.51.100.2"),
            ("x-forwarded-for", "203.0.113.10"),
        ]);
        assert_eq!(xff.client_of(peer, &sent), ip("203.0.113.10"));
        let fwd = rules("127.0.0.1", FWD);
        assert_eq!(
            fwd.client_of(peer, &headers(&[("x-forwarded-for", "198.51.100.1")])),
            peer
        );
    }

    #[test]
    fn forwarded_for_parameters_are_read_as_rfc_7239_writes_them() {
        let rules = rules("127.0.0.1, 10.0.0.0/8", FWD);
        let peer = ip("127.0.0.1");
        let case = |value: &str| rules.client_of(peer, &headers(&[("forwarded", value)]));
        assert_eq!(case("for=198.51.100.1, for=203.0.113.9"), ip("203.0.113.9"));
        assert_eq!(
            case("for=198.51.100.1;proto=http, proto=https;FOR=203.0.113.9;by=10.0.0.1"),
            ip("203.0.113.9")
        );
        assert_eq!(case("for=\"[2001:db8:cafe::17]:4711\""), ip("2001:db8:cafe::17"));
        assert_eq!(case("for=\"198.51.100.1,x\", for=192.0.2.60:80"), ip("192.0.2.60"));
        assert_eq!(case("for=203.0.113.9, for=10.0.0.2"), ip("203.0.113.9"));
    }

    #[test]
    fn garbage_stops_at_the_last_trusted_proxy() {
        let rules = rules("127.0.0.1, 10.0.0.0/8", XFF);
        let peer = ip("127.0.0.1");
        for garbage in ["unknown", "_hidden", "not an address", "", "300.1.1.1", "[::1"] {
            let sent = headers(&[("x-forwarded-for", &format!("198.51.100.1, {garbage}"))]);
            assert_eq!(rules.client_of(peer, &sent), peer, "{garbage:?}");
        }
        let behind_chain = headers(&[("x-forwarded-for", "198.51.100.1, unknown, 10.0.0.7")]);
        assert_eq!(rules.client_of(peer, &behind_chain), ip("10.0.0.7"));
        let fwd = ClientRules {
            header: FWD,
            ..rules.clone()
        };
        assert_eq!(fwd.client_of(peer, &headers(&[("forwarded", "for=unknown")])), peer);
        assert_eq!(fwd.client_of(peer, &headers(&[("forwarded", "proto=http")])), peer);
    }

    #[test]
    fn ipv6_and_mapped_addresses_and_ports_are_understood() {
        let rules = rules("::1, 127.0.0.1", XFF);
        let sent = headers(&[("x-forwarded-for", "2001:db8::7, [2001:db8::8]:443, 203.0.113.1:5555")]);
        assert_eq!(rules.client_of(ip("::1"), &sent), ip("203.0.113.1"));
        assert_eq!(
            rules.client_of(ip("::ffff:127.0.0.1"), &sent),
            ip("203.0.113.1"),
            "mapped peer is trusted"
        );
        let mapped = headers(&[("x-forwarded-for", "::ffff:198.51.100.9")]);
        assert_eq!(rules.client_of(ip("::1"), &mapped), ip("198.51.100.9"));
        let v6 = headers(&[("x-forwarded-for", "[2001:db8::8]")]);
        assert_eq!(rules.client_of(ip("::1"), &v6), ip("2001:db8::8"));
    }
}
