//! Command line and environment: one typed configuration (`clap` with `env`).

use std::net::SocketAddr;

use clap::{Parser, Subcommand, ValueEnum};

/// Read-only JSON API for the figures of talent-market trend reports.
#[derive(Debug, Parser)]
#[command(name = "talent-trends-api", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// SQLite database; created, migrated and seeded on start if needed.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/talent.db", global = true)]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(long, env = "BIND_ADDR", default_value = "127.0.0.1:8080", global = true)]
    pub bind: SocketAddr,

    /// Log filter (tracing EnvFilter syntax, e.g. `info` or `talent_trends_api=debug`).
    /// RUST_LOG, when set, takes precedence.
    #[arg(long, env = "LOG_LEVEL", default_value = "info", global = true)]
    pub log_level: String,

    /// Log line format: `text` for terminals, `json` for log collectors.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

/// What to do.
#[derive(Debug, Subcommand, Clone, PartialEq, Eq)]
pub enum Command {
    /// Prepare the database and serve the API (the default).
    Serve,
    /// Create or upgrade the schema and load new or changed seed files, then exit.
    Migrate,
    /// Print the OpenAPI document (as committed in openapi/openapi.json).
    Openapi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}
