use std::{process::ExitCode, time::Duration};

use clap::Parser;
use talent_trends_api::{
    api::query::Format,
    check,
    config::{Cli, Command, ExportFormat},
    data::catalog::Catalog,
    db::Database,
    export, healthcheck, openapi,
    startup::{self, StartupError},
    telemetry,
};

/// Exit code of `check` when it finds problems in the data.
const CHECK_FAILED: u8 = 4;
/// Exit code of `healthcheck` when the instance is not healthy.
const UNHEALTHY: u8 = 1;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let _logs = telemetry::init(&cli.log_level, cli.log_format);

    let result = match cli.command.clone().unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(&cli.database_url, cli.server.clone()).await,
        Command::Migrate => migrate(&cli.database_url).await,
        Command::Check { seeds } => return check(&cli.database_url, &seeds).await,
        Command::Export { out, report, format } => export(&cli.database_url, &out, report, format).await,
        Command::Openapi => startup::load(&cli.database_url).await.map(|(catalog, _)| {
            let document = openapi::document(&catalog);
            println!(
                "{}",
                document.to_pretty_json().expect("the OpenAPI document serialises")
            );
        }),
        Command::Healthcheck { addr } => {
            let addr = addr.unwrap_or_else(|| cli.server.bind.to_string().replace("0.0.0.0", "127.0.0.1"));
            return match healthcheck::get_status(&addr, "/health", Duration::from_secs(3)).await {
                Ok(200) => ExitCode::SUCCESS,
                Ok(status) => {
                    eprintln!("unhealthy: /health answered {status}");
                    ExitCode::from(UNHEALTHY)
                }
                Err(error) => {
                    eprintln!("unhealthy: {error}");
                    ExitCode::from(UNHEALTHY)
                }
            };
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

async fn migrate(database_url: &str) -> Result<(), StartupError> {
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

async fn check(database_url: &str, seed_paths: &[std::path::PathBuf]) -> ExitCode {
    let loaded = if seed_paths.is_empty() {
        startup::load(database_url).await.map(|(catalog, _)| catalog)
    } else {
        load_seed_files(seed_paths).await
    };
    let catalog = match loaded {
        Ok(catalog) => catalog,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(error.exit_code());
        }
    };
    let findings = check::check(&catalog);
    let datasets: usize = catalog.reports.iter().map(|r| r.datasets.len()).sum();
    if findings.is_empty() {
        println!(
            "ok: {} report(s), {datasets} dataset(s), no findings",
            catalog.reports.len()
        );
        ExitCode::SUCCESS
    } else {
        for finding in &findings {
            println!("{finding}");
        }
        println!(
            "{} finding(s) in {} report(s), {datasets} dataset(s)",
            findings.len(),
            catalog.reports.len()
        );
        ExitCode::from(CHECK_FAILED)
    }
}

/// Loads seed files into a fresh temporary database and reads it back.
async fn load_seed_files(paths: &[std::path::PathBuf]) -> Result<Catalog, StartupError> {
    let mut seeds = Vec::new();
    for path in paths {
        let sql = std::fs::read_to_string(path).map_err(|e| {
            StartupError::Database(talent_trends_api::db::DbError::Seed {
                file: path.display().to_string(),
                reason: e.to_string(),
            })
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        seeds.push((name, sql));
    }
    let dir = std::env::temp_dir().join(format!("talent-trends-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(StartupError::Serve)?;
    let database = Database::from_url(&format!("sqlite://{}", dir.join("check.db").display()))?;
    let seed_refs: Vec<(&str, &str)> = seeds.iter().map(|(n, s)| (n.as_str(), s.as_str())).collect();
    let result = async {
        database.prepare_with(&seed_refs).await?;
        let pool = database.open_read_only_pool().await?;
        let catalog = Catalog::load(&pool).await;
        pool.close().await;
        Ok(catalog?)
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn export(
    database_url: &str,
    out: &std::path::Path,
    report: Option<String>,
    format: ExportFormat,
) -> Result<(), StartupError> {
    let (catalog, _) = startup::load(database_url).await?;
    let entry = match &report {
        Some(id) => catalog.report(id),
        None => catalog.default_report(),
    };
    let Some(entry) = entry else {
        return Err(StartupError::UnknownReport(report.unwrap_or_default()));
    };
    let format = match format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Json => Format::Json,
    };
    let files = export::export(&catalog, entry, format, out).map_err(StartupError::Serve)?;
    for file in files {
        println!("{}", file.display());
    }
    Ok(())
}
