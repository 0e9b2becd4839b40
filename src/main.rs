use std::process::ExitCode;

use clap::Parser;
use talent_trends_api::{
    config::{Cli, Command},
    db::Database,
    openapi, startup, telemetry,
};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init(&cli.log_level, cli.log_format);

    let result = match cli.command.clone().unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(&cli.database_url, cli.server.clone()).await,
        Command::Migrate => migrate(&cli.database_url).await,
        Command::Openapi => {
            println!(
                "{}",
                openapi::document()
                    .to_pretty_json()
                    .expect("the OpenAPI document serialises")
            );
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

async fn migrate(database_url: &str) -> Result<(), startup::StartupError> {
    let database = Database::from_url(database_url)?;
    let prepared = database.prepare().await?;
    println!(
        "{}: {} migration(s) applied, seed files loaded: {}",
        database.path().display(),
        prepared.migrations_applied,
        if prepared.seeds_loaded.is_empty() {
            "none (all up to date)".to_owned()
        } else {
            prepared.seeds_loaded.join(", ")
        }
    );
    Ok(())
}
