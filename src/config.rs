//! Command line and environment: one typed configuration (`clap` with `env`).
//! Every setting has a default that runs on a laptop.

use std::{net::SocketAddr, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The default of every setting: the one source for both the command line
/// (`--help` shows them) and [`ServerArgs::default`].
pub mod defaults {
    use super::AccessLog;

    pub const DATABASE_URL: &str = "sqlite://data/talent.db";
    pub const LOG_LEVEL: &str = "info";
    pub const BIND: &str = "127.0.0.1:8080";
    pub const CORS_ORIGINS: &str = "*";
    pub const CACHE_MAX_AGE: u64 = 3600;
    pub const REQUEST_TIMEOUT: u64 = 10;
    pub const HEADER_READ_TIMEOUT: u64 = 10;
    pub const RATE_LIMIT: u32 = 0;
    pub const RATE_LIMIT_BURST: u32 = 50;
    pub const TRUST_FORWARDED_FOR: bool = false;
    pub const DB_CHECK_INTERVAL: u64 = 5;
    pub const ACCESS_LOG: AccessLog = AccessLog::Errors;
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

    /// Longest time a client may take to send a request's headers before the
    /// connection is closed, in seconds (slow-client protection).
    #[arg(long, env = "HEADER_READ_TIMEOUT", default_value_t = defaults::HEADER_READ_TIMEOUT, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub header_read_timeout: u64,

    /// Per-client rate limit in requests per second; 0 turns it off.
    #[arg(long, env = "RATE_LIMIT", default_value_t = defaults::RATE_LIMIT, global = true)]
    pub rate_limit: u32,

    /// Requests a client may send in a burst above the rate limit.
    #[arg(long, env = "RATE_LIMIT_BURST", default_value_t = defaults::RATE_LIMIT_BURST, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub rate_limit_burst: u32,

    /// Identify rate-limited clients by X-Forwarded-For / X-Real-IP / Forwarded
    /// (only behind a proxy that sets them), instead of the peer address.
    #[arg(long, env = "TRUST_FORWARDED_FOR", default_value_t = defaults::TRUST_FORWARDED_FOR, global = true)]
    pub trust_forwarded_for: bool,

    /// How often the database is checked while serving (readiness, and a
    /// reload when its data changed), in seconds.
    #[arg(long, env = "DB_CHECK_INTERVAL", default_value_t = defaults::DB_CHECK_INTERVAL, value_parser = clap::value_parser!(u64).range(1..=86400), global = true)]
    pub db_check_interval: u64,

    /// Which answered requests get a log line (at `info`, with request id,
    /// method, route, status and latency): `all`, `errors` (status 400 and
    /// above, or slower than one second) or `off`.
    #[arg(long, env = "ACCESS_LOG", value_enum, default_value_t = defaults::ACCESS_LOG, global = true)]
    pub access_log: AccessLog,

    /// On SIGTERM or Ctrl-C, how long in-flight requests may take to finish, in seconds.
    #[arg(long, env = "SHUTDOWN_GRACE", default_value_t = defaults::SHUTDOWN_GRACE, global = true)]
    pub shutdown_grace: u64,

    /// The path prefix under which clients reach the service when a proxy
    /// mounts it below the root and strips the prefix (`/api` for
    /// `location /api/ { proxy_pass http://service/; }`): every URL the
    /// service writes starts with it. Empty for the root.
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
            rate_limit: defaults::RATE_LIMIT,
            rate_limit_burst: defaults::RATE_LIMIT_BURST,
            trust_forwarded_for: defaults::TRUST_FORWARDED_FOR,
            db_check_interval: defaults::DB_CHECK_INTERVAL,
            access_log: defaults::ACCESS_LOG,
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
}
