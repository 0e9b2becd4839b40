//! `talent-trends-api check [--seed FILE ...]`: validates every report's data
//! against the rules of [`crate::data::rules`] and prints the findings; exits
//! [`CHECK_FAILED`] when there are any. With `--seed`, checks seed files in a
//! temporary database instead of the configured one.

use std::{path::PathBuf, process::ExitCode};

use crate::data::{catalog::Catalog, rules};
use crate::db::{Database, DbError};
use crate::startup::{self, StartupError};

/// Exit code of `check` when it finds problems in the data.
pub const CHECK_FAILED: u8 = 4;

/// Checks the configured database, or `seed_paths` when given.
pub async fn run(database_url: &str, seed_paths: &[PathBuf]) -> ExitCode {
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
    let findings = rules::check(&catalog);
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
async fn load_seed_files(paths: &[PathBuf]) -> Result<Catalog, StartupError> {
    let mut seeds = Vec::new();
    for path in paths {
        let sql = std::fs::read_to_string(path).map_err(|e| {
            StartupError::Database(DbError::Seed {
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
