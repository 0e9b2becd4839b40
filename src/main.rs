//! The `talent-trends-api` binary: parses the command line and dispatches.

use std::process::ExitCode;

use clap::Parser;
use talent_trends_api::{
    commands::{self, check, export, healthcheck, migrate, openapi},
    config::{Cli, Command},
    startup, telemetry,
};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let _logs = telemetry::init(&cli.log_level, cli.log_format);
    let url = &cli.database_url;
    match cli.command.clone().unwrap_or(Command::Serve) {
        Command::Serve => commands::exit(startup::serve(url, cli.server.clone()).await),
        Command::Migrate => commands::exit(migrate::run(url).await),
        Command::Check { seeds } => check::run(url, &seeds).await,
        Command::Export { out, report, format } => commands::exit(export::run(url, &out, report, format).await),
        Command::Openapi => commands::exit(openapi::run(url).await),
        Command::Healthcheck { addr } => {
            let addr = addr.unwrap_or_else(|| cli.server.bind.to_string().replace("0.0.0.0", "127.0.0.1"));
            healthcheck::run(&addr).await
        }
    }
}
