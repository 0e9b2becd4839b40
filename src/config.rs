//! Command line and environment: one typed configuration (`clap` with `env`).
//! Every setting has a default that runs on a laptop.

use std::{net::SocketAddr, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Read-only JSON API for the figures of talent-market trend reports.
#[derive(Debug, Parser)]
#[command(name = "talent-trends-api", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// SQLite database; created, migrated and seeded on start if needed.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/talent.db", global = true)]
    pub database_url: String,

    /// Log filter (tracing EnvFilter syntax, e.g. `info` or `talent_trends_api=debug`).
    /// RUST_LOG, when set, takes precedence.
    #[arg(long, env = "LOG_LEVEL", default_value = "info", global = true)]
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
    #[arg(long, env = "BIND_ADDR", default_value = "127.0.0.1:8080", global = true)]
    pub bind: SocketAddr,

    /// Origins allowed to read answers from a browser (CORS), comma-separated,
    /// or `*` for any origin.
    #[arg(
        long,
        env = "CORS_ORIGINS",
        default_value = "*",
        value_delimiter = ',',
        global = true
    )]
    pub cors_origins: Vec<String>,

    /// `Cache-Control: max-age` of successful answers, in seconds.
    #[arg(long, env = "CACHE_MAX_AGE", default_value_t = 3600, global = true)]
    pub cache_max_age: u64,

    /// Longest time a request may take before it is answered 504, in seconds.
    #[arg(long, env = "REQUEST_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub request_timeout: u64,

    /// Longest time a client may take to send a request's headers before the
    /// connection is closed, in seconds (slow-client protection).
    #[arg(long, env = "HEADER_READ_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub header_read_timeout: u64,

    /// Per-client rate limit in requests per second; 0 turns it off.
    #[arg(long, env = "RATE_LIMIT", default_value_t = 0, global = true)]
    pub rate_limit: u32,

    /// Requests a client may send in a burst above the rate limit.
    #[arg(long, env = "RATE_LIMIT_BURST", default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub rate_limit_burst: u32,

    /// Identify rate-limited clients by X-Forwarded-For / X-Real-IP / Forwarded
    /// (only behind a proxy that sets them), instead of the peer address.
    #[arg(long, env = "TRUST_FORWARDED_FOR", default_value_t = false, global = true)]
    pub trust_forwarded_for: bool,

    /// How often the database is checked while serving (readiness, and a
    /// reload when its data changed), in seconds.
    #[arg(long, env = "DB_CHECK_INTERVAL", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=86400), global = true)]
    pub db_check_interval: u64,

    /// Which answered requests get a log line (at `info`, with request id,
    /// method, route, status and latency): `all`, `errors` (status 400 and
    /// above, or slower than one second) or `off`.
    #[arg(long, env = "ACCESS_LOG", value_enum, default_value_t = AccessLog::Errors, global = true)]
    pub access_log: AccessLog,

    /// On SIGTERM or Ctrl-C, how long in-flight requests may take to finish, in seconds.
    #[arg(long, env = "SHUTDOWN_GRACE", default_value_t = 10, global = true)]
    pub shutdown_grace: u64,
}

impl Default for ServerArgs {
    fn default() -> Self {
        ServerArgs {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            cors_origins: vec!["*".to_owned()],
            cache_max_age: 3600,
            request_timeout: 10,
            header_read_timeout: 10,
            rate_limit: 0,
            rate_limit_burst: 50,
            trust_forwarded_for: false,
            db_check_interval: 5,
            access_log: AccessLog::Errors,
            shutdown_grace: 10,
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
    }
}
