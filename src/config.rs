//! Command line and environment: one typed configuration (`clap` with `env`).
//! Every setting has a default that runs on a laptop.

use std::{
    net::{IpAddr, SocketAddr},
    str::FromStr,
    time::Duration,
};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The default of every setting: the one source for both the command line
/// (`--help` shows them) and [`ServerArgs::default`].
pub mod defaults {
    use super::{AccessLog, ForwardedHeader};

    pub const DATABASE_URL: &str = "sqlite://data/talent.db";
    pub const LOG_LEVEL: &str = "info";
    pub const BIND: &str = "127.0.0.1:8080";
    pub const CORS_ORIGINS: &str = "*";
    pub const CACHE_MAX_AGE: u64 = 3600;
    pub const REQUEST_TIMEOUT: u64 = 10;
    pub const HEADER_READ_TIMEOUT: u64 = 10;
    pub const IDLE_TIMEOUT: u64 = 30;
    pub const MAX_CONNECTIONS: usize = 1024;
    pub const MAX_CONNECTIONS_PER_CLIENT: usize = 64;
    pub const RATE_LIMIT: u32 = 50;
    pub const RATE_LIMIT_BURST: u32 = 100;
    pub const TRUSTED_PROXIES: &str = "";
    pub const FORWARDED_HEADER: ForwardedHeader = ForwardedHeader::XForwardedFor;
    pub const CLIENT_ERROR_LOG_RATE: u32 = 20;
    pub const DB_CHECK_INTERVAL: u64 = 5;
    pub const ACCESS_LOG: AccessLog = AccessLog::Errors;
    pub const SHUTDOWN_DELAY: u64 = 5;
    pub const SHUTDOWN_GRACE: u64 = 10;
    pub const BASE_PATH: &str = "";
}

/// Largest total size of request headers accepted, in bytes.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Most request header fields accepted.
pub const MAX_HEADER_FIELDS: usize = 100;
/// Longest request target (path and query) accepted, in bytes.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// Read-only JSON API for the figures of talent-market trend reports.
#[derive(Debug, Parser)]
#[command(name = "talent-trends-api", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// SQLite database; created, migrated and seeded on start if needed.
    #[arg(long, env = "DATABASE_URL", default_value = defaults::DATABASE_URL, global = true)]
    pub database_url: String,

    /// Log filter (tracing EnvFilter syntax, e.g. `info` or `talent_trends_api=debug`).
    /// RUST_LOG, when set, takes precedence.
    #[arg(long, env = "LOG_LEVEL", default_value = defaults::LOG_LEVEL, global = true)]
    pub log_level: String,

    /// Log line format: `text` for terminals, `json` for log collectors.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    #[command(flatten)]
    pub server: ServerArgs,
}

/// Settings of the HTTP server.
#[derive(Debug, Clone, Args)]
pub struct ServerArgs {
    /// Address and port to listen on.
    #[arg(long, env = "BIND_ADDR", default_value = defaults::BIND, global = true)]
    pub bind: SocketAddr,

    /// Origins allowed to read answers from a browser (CORS), comma-separated,
    /// or `*` for any origin.
    #[arg(
        long,
        env = "CORS_ORIGINS",
        default_value = defaults::CORS_ORIGINS,
        value_delimiter = ',',
        global = true
    )]
    pub cors_origins: Vec<String>,

    /// `Cache-Control: max-age` of successful answers, in seconds.
    #[arg(long, env = "CACHE_MAX_AGE", default_value_t = defaults::CACHE_MAX_AGE, global = true)]
    pub cache_max_age: u64,

    /// Longest time a request may take before it is answered 504, in seconds.
    #[arg(long, env = "REQUEST_TIMEOUT", default_value_t = defaults::REQUEST_TIMEOUT, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub request_timeout: u64,

    /// Longest time a client may take to send a request's headers, in
    /// seconds: from the connection's start to its first byte, and from a
    /// request's first byte to the end of its headers (HTTP/1.1). The
    /// connection is closed when it runs out (slow-client protection).
    #[arg(long, env = "HEADER_READ_TIMEOUT", default_value_t = defaults::HEADER_READ_TIMEOUT, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub header_read_timeout: u64,

    /// Longest time a connection may stay open with no bytes moving in
    /// either direction, in seconds (HTTP/1.1 and HTTP/2). An idle HTTP/1.1
    /// keep-alive connection is also closed by the header read timeout when
    /// that is shorter.
    #[arg(long, env = "IDLE_TIMEOUT", default_value_t = defaults::IDLE_TIMEOUT, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub idle_timeout: u64,

    /// Most connections open at once. Over it, a new connection is answered
    /// at once with a 503 problem (`Retry-After: 1`) and closed. Never more
    /// than the soft limit of open files (`ulimit -n`) minus 64.
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = defaults::MAX_CONNECTIONS, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000), global = true)]
    pub max_connections: usize,

    /// Most connections one client may hold open at once (clients told
    /// apart as for the rate limit: by address, IPv6 per /64 network);
    /// connections from `--trusted-proxies` are not counted. Over it, a new
    /// connection is answered at once with a 503 problem (`Retry-After: 1`)
    /// and closed. 0 turns the limit off.
    #[arg(long, env = "MAX_CONNECTIONS_PER_CLIENT", default_value_t = defaults::MAX_CONNECTIONS_PER_CLIENT, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=1_000_000), global = true)]
    pub max_connections_per_client: usize,

    /// Per-client rate limit in requests per second; 0 turns it off.
    /// `/health`, `/ready` and `/metrics` have an allowance of their own, ten
    /// times as large.
    #[arg(long, env = "RATE_LIMIT", default_value_t = defaults::RATE_LIMIT, global = true)]
    pub rate_limit: u32,

    /// Requests a client may send in a burst above the rate limit.
    #[arg(long, env = "RATE_LIMIT_BURST", default_value_t = defaults::RATE_LIMIT_BURST, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub rate_limit_burst: u32,

    /// Proxies whose forwarding header is believed, as comma-separated
    /// addresses or CIDR blocks (`10.0.0.0/8,::1`). When the peer is one of
    /// them, the client is the right-most address of `--forwarded-header`
    /// that is not a trusted proxy. Their `X-Forwarded-Prefix` is believed
    /// too (it replaces `--base-path` for that request). Empty: the client
    /// is always the peer, and `X-Forwarded-Prefix` is ignored.
    #[arg(long, env = "TRUSTED_PROXIES", default_value = defaults::TRUSTED_PROXIES, value_parser = TrustedProxies::from_str, global = true)]
    pub trusted_proxies: TrustedProxies,

    /// Which header the trusted proxies append the client's address to:
    /// `x-forwarded-for` (nginx, HAProxy, most load balancers) or `forwarded`
    /// (RFC 7239 `for=`). The other one is ignored: a client could have
    /// written it.
    #[arg(long, env = "FORWARDED_HEADER", value_enum, default_value_t = defaults::FORWARDED_HEADER, global = true)]
    pub forwarded_header: ForwardedHeader,

    /// Client-error log lines (status 4xx, refused requests) per second per
    /// client, and five times as many for all clients together; further
    /// lines are counted in `talent_log_lines_suppressed_total` instead. 0
    /// turns both limits off.
    #[arg(long, env = "CLIENT_ERROR_LOG_RATE", default_value_t = defaults::CLIENT_ERROR_LOG_RATE, global = true)]
    pub client_error_log_rate: u32,

    /// How often the database is checked while serving (readiness, and a
    /// reload when its data changed), in seconds.
    #[arg(long, env = "DB_CHECK_INTERVAL", default_value_t = defaults::DB_CHECK_INTERVAL, value_parser = clap::value_parser!(u64).range(1..=86400), global = true)]
    pub db_check_interval: u64,

    /// Which answered requests get a log line (at `info`, with request id,
    /// method, route, status and latency): `all`, `errors` (status 400 and
    /// above, or slower than one second) or `off`.
    #[arg(long, env = "ACCESS_LOG", value_enum, default_value_t = defaults::ACCESS_LOG, global = true)]
    pub access_log: AccessLog,

    /// On SIGTERM, how long the service keeps serving (with `/ready`
    /// answering 503 and every answer closing its connection) before it
    /// stops accepting connections, in seconds. Lets load balancers take the
    /// instance out of rotation; 0 suits local use. Ctrl-C skips it.
    #[arg(long, env = "SHUTDOWN_DELAY", default_value_t = defaults::SHUTDOWN_DELAY, value_parser = clap::value_parser!(u64).range(0..=3600), global = true)]
    pub shutdown_delay: u64,

    /// Once the service stops accepting connections (after the shutdown
    /// delay, or at once on Ctrl-C), how long in-flight requests may take to
    /// finish, in seconds.
    #[arg(long, env = "SHUTDOWN_GRACE", default_value_t = defaults::SHUTDOWN_GRACE, global = true)]
    pub shutdown_grace: u64,

    /// The path prefix under which clients reach the service when a proxy
    /// mounts it below the root and strips the prefix (`/api` for
    /// `location /api/ { proxy_pass http://service/; }`): every URL the
    /// service writes starts with it. Empty for the root. A request from a
    /// trusted proxy (`--trusted-proxies`) with one valid
    /// `X-Forwarded-Prefix` (the same rules) is answered under that prefix
    /// instead; an invalid or repeated one is ignored.
    #[arg(long, env = "BASE_PATH", default_value = defaults::BASE_PATH, value_parser = parse_base_path, global = true)]
    pub base_path: String,
}

/// A base path: empty, or `/` followed by segments of unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`) separated by single slashes; a trailing slash is
/// dropped (`/api/` is `/api`). Anything else (a scheme, `//`, `..`,
/// encoded characters) is refused, so that no written URL can point at
/// another host.
pub fn parse_base_path(text: &str) -> Result<String, String> {
    let trimmed = text.strip_suffix('/').unwrap_or(text);
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let valid = trimmed.len() <= 256
        && trimmed.starts_with('/')
        && trimmed[1..].split('/').all(|segment| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
        });
    if valid {
        Ok(trimmed.to_owned())
    } else {
        Err(format!(
            "{text:?} is not a base path: use empty, or /segment[/segment...] with letters, digits, - . _ ~ (for example /api)"
        ))
    }
}

impl Default for ServerArgs {
    /// The settings of a command line that sets nothing (the values of
    /// [`defaults`]), without reading the environment.
    fn default() -> Self {
        ServerArgs {
            bind: defaults::BIND.parse().expect("the default address parses"),
            cors_origins: vec![defaults::CORS_ORIGINS.to_owned()],
            cache_max_age: defaults::CACHE_MAX_AGE,
            request_timeout: defaults::REQUEST_TIMEOUT,
            header_read_timeout: defaults::HEADER_READ_TIMEOUT,
            idle_timeout: defaults::IDLE_TIMEOUT,
            max_connections: defaults::MAX_CONNECTIONS,
            max_connections_per_client: defaults::MAX_CONNECTIONS_PER_CLIENT,
            rate_limit: defaults::RATE_LIMIT,
            rate_limit_burst: defaults::RATE_LIMIT_BURST,
            trusted_proxies: TrustedProxies::default(),
            forwarded_header: defaults::FORWARDED_HEADER,
            client_error_log_rate: defaults::CLIENT_ERROR_LOG_RATE,
            db_check_interval: defaults::DB_CHECK_INTERVAL,
            access_log: defaults::ACCESS_LOG,
            shutdown_delay: defaults::SHUTDOWN_DELAY,
            shutdown_grace: defaults::SHUTDOWN_GRACE,
            base_path: defaults::BASE_PATH.to_owned(),
        }
    }
}

impl ServerArgs {
    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout)
    }
    pub fn header_read_timeout(&self) -> Duration {
        Duration::from_secs(self.header_read_timeout)
    }
    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.idle_timeout)
    }
    pub fn shutdown_delay(&self) -> Duration {
        Duration::from_secs(self.shutdown_delay)
    }
    pub fn db_check_interval(&self) -> Duration {
        Duration::from_secs(self.db_check_interval)
    }
    pub fn shutdown_grace(&self) -> Duration {
        Duration::from_secs(self.shutdown_grace)
    }
}

/// What to do.
#[derive(Debug, Subcommand, Clone, PartialEq, Eq)]
pub enum Command {
    /// Prepare the database and serve the API (the default).
    Serve,
    /// Create or upgrade the schema and load new or changed seed files, then exit.
    Migrate,
    /// Validate every report's data (sums, ranks, months, provenance); exit 4
    /// with the list of findings if any.
    Check {
        /// Check these seed files in a temporary database instead of the
        /// configured database (to validate a new report before adding it).
        #[arg(long = "seed", value_name = "FILE")]
        seeds: Vec<std::path::PathBuf>,
    },
    /// Write every dataset of a report as CSV or JSON files into a folder.
    Export {
        /// Folder to write into (created if needed); files go to <OUT>/<report-id>/.
        #[arg(long, value_name = "DIR")]
        out: std::path::PathBuf,
        /// Report id (default: the most recently published report).
        #[arg(long)]
        report: Option<String>,
        /// File format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
    },
    /// Print the OpenAPI document of the database's data (as committed in
    /// openapi/openapi.json for the shipped seeds).
    Openapi,
    /// Ask a running instance's /health; exit 0 if it answers 200 (for container health checks).
    Healthcheck {
        /// Address of the instance (default: the --bind address, with 0.0.0.0 read as 127.0.0.1).
        #[arg(long)]
        addr: Option<String>,
    },
}

/// Formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// Which requests get an access log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AccessLog {
    All,
    Errors,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The header trusted proxies append the client's address to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2`.
    #[value(name = "x-forwarded-for")]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for=proxy1`.
    Forwarded,
}

/// A block of IP addresses: an address and a prefix length (`10.0.0.0/8`,
/// `2001:db8::/32`; a bare address is a block of one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Whether `ip` lies in the block. IPv4 addresses mapped into IPv6
    /// (`::ffff:10.0.0.1`) count as the IPv4 address.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => mask_v4(u32::from(ip), self.prefix) == u32::from(net),
            (IpAddr::V6(net), IpAddr::V6(ip)) => mask_v6(u128::from(ip), self.prefix) == u128::from(net),
            _ => false,
        }
    }
}

fn mask_v4(bits: u32, prefix: u8) -> u32 {
    if prefix == 0 {
        0
    } else {
        bits & (u32::MAX << (32 - u32::from(prefix)))
    }
}

fn mask_v6(bits: u128, prefix: u8) -> u128 {
    if prefix == 0 {
        0
    } else {
        bits & (u128::MAX << (128 - u32::from(prefix)))
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Cidr, String> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address
            .parse()
            .map_err(|_| format!("{text:?} is not an IP address or CIDR block"))?;
        let address = address.to_canonical();
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("{text:?}: the prefix length must be 0 to {max}"))?,
        };
        let network = match address {
            IpAddr::V4(a) => IpAddr::V4(mask_v4(u32::from(a), prefix).into()),
            IpAddr::V6(a) => IpAddr::V6(mask_v6(u128::from(a), prefix).into()),
        };
        Ok(Cidr { network, prefix })
    }
}

/// The proxies whose forwarding headers are believed (`--trusted-proxies`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(pub Vec<Cidr>);

impl TrustedProxies {
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|block| block.contains(ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// Comma-separated addresses and CIDR blocks; empty items are ignored.
    fn from_str(text: &str) -> Result<TrustedProxies, String> {
        text.split(',')
            .filter(|item| !item.trim().is_empty())
            .map(Cidr::from_str)
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_server_args_default() {
        let cli = Cli::try_parse_from(["talent-trends-api"]).unwrap();
        let default = ServerArgs::default();
        assert_eq!(cli.server.bind, default.bind);
        assert_eq!(cli.server.cors_origins, default.cors_origins);
        assert_eq!(cli.server.cache_max_age, default.cache_max_age);
        assert_eq!(cli.server.rate_limit, default.rate_limit);
        assert_eq!(cli.server.rate_limit_burst, default.rate_limit_burst);
        assert_eq!(cli.server.shutdown_grace, default.shutdown_grace);
        assert_eq!(cli.server.shutdown_delay, default.shutdown_delay);
        assert_eq!(cli.server.idle_timeout, default.idle_timeout);
        assert_eq!(cli.server.max_connections, default.max_connections);
        assert_eq!(
            cli.server.max_connections_per_client,
            default.max_connections_per_client
        );
        assert_eq!(cli.server.trusted_proxies, default.trusted_proxies);
        assert_eq!(cli.server.forwarded_header, default.forwarded_header);
        assert_eq!(cli.server.client_error_log_rate, default.client_error_log_rate);
        assert_eq!(cli.server.base_path, default.base_path);
    }

    #[test]
    fn base_paths_are_plain_path_prefixes() {
        assert_eq!(parse_base_path("").unwrap(), "");
        assert_eq!(parse_base_path("/").unwrap(), "");
        assert_eq!(parse_base_path("/api").unwrap(), "/api");
        assert_eq!(parse_base_path("/api/").unwrap(), "/api");
        assert_eq!(parse_base_path("/data/v1.2").unwrap(), "/data/v1.2");
        for bad in [
            "api",
            "//evil.example",
            "/a//b",
            "/../x",
            "/a b",
            "/%2F",
            "https://x",
            "/a\\b",
            "/a?b",
        ] {
            assert!(parse_base_path(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn cidr_blocks_contain_the_addresses_of_their_prefix() {
        let block: Cidr = "10.1.2.3/8".parse().unwrap();
        assert!(block.contains("10.255.0.1".parse().unwrap()));
        assert!(block.contains("::ffff:10.0.0.1".parse().unwrap()), "IPv4-mapped IPv6");
        assert!(!block.contains("11.0.0.1".parse().unwrap()));
        let one: Cidr = "127.0.0.1".parse().unwrap();
        assert!(one.contains("127.0.0.1".parse().unwrap()));
        assert!(!one.contains("127.0.0.2".parse().unwrap()));
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains("2001:db8:ffff::1".parse().unwrap()));
        assert!(!v6.contains("2001:db9::1".parse().unwrap()));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("203.0.113.9".parse().unwrap()));
        assert!(!all.contains("::1".parse().unwrap()), "families never mix");
        for bad in ["10.0.0.0/33", "::/129", "example.com", "10.0.0.0/x", "10.0.0/8", ""] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn trusted_proxies_are_a_comma_separated_list_that_may_be_empty() {
        assert!("".parse::<TrustedProxies>().unwrap().is_empty());
        let proxies: TrustedProxies = " 10.0.0.0/8 , ::1 ,".parse().unwrap();
        assert_eq!(proxies.0.len(), 2);
        assert!(proxies.contains("10.9.9.9".parse().unwrap()));
        assert!(proxies.contains("::1".parse().unwrap()));
        assert!(!proxies.contains("192.0.2.1".parse().unwrap()));
        assert!("10.0.0.0/8,nonsense".parse::<TrustedProxies>().is_err());
    }
}
