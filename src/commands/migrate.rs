//! `talent-trends-api migrate`: create or upgrade the schema and load new or
//! changed seed files, then exit.

use crate::db::Database;
use crate::startup::StartupError;

/// Prepares the database at `database_url` and prints what it did.
pub async fn run(database_url: &str) -> Result<(), StartupError> {
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
