//! Watches the database while serving: readiness follows it, and when its
//! data version changes (for example after `talent-trends-api migrate` with a
//! new seed, or a new database file moved into place) the data is reloaded
//! without a restart. While the database cannot be read the service keeps
//! answering from the data it loaded, and `/ready` answers 503. SIGHUP
//! (`AppState::request_recheck`) makes it check at once.

use std::{future::Future, sync::Arc, time::Duration};

use crate::data::catalog::Catalog;
use crate::state::AppState;

/// Checks the database every `interval` until `stop` resolves.
pub async fn watch(state: AppState, interval: Duration, stop: impl Future<Output = ()>) {
    let Some(database) = state.database().cloned() else {
        return;
    };
    tokio::pin!(stop);
    let mut healthy = true;
    loop {
        tokio::select! {
            () = tokio::time::sleep(interval) => {}
            () = state.recheck_requested() => tracing::info!("SIGHUP: checking the database now"),
            () = &mut stop => return,
        }
        match database.probe().await {
            Ok(version) => {
                if !healthy {
                    tracing::info!("database readable again; ready");
                }
                healthy = true;
                state.metrics().set_database_ready(true);
                let serving = state.catalog().data_version.clone();
                if version != serving {
                    match reload(&database).await {
                        Ok(catalog) => {
                            tracing::info!(from = %serving, to = %catalog.data_version, "data changed; reloaded");
                            state.replace_catalog(Arc::new(catalog));
                        }
                        Err(error) => {
                            tracing::warn!(%error, "data changed but could not be reloaded; serving the loaded data")
                        }
                    }
                }
            }
            Err(error) => {
                if healthy {
                    tracing::warn!(%error, "database unavailable; serving the loaded data, /ready answers 503");
                }
                healthy = false;
                state.metrics().set_database_ready(false);
            }
        }
    }
}

async fn reload(database: &crate::db::Database) -> Result<Catalog, String> {
    let pool = database.open_read_only_pool().await.map_err(|e| e.to_string())?;
    let catalog = Catalog::load(&pool).await.map_err(|e| e.to_string());
    pool.close().await;
    catalog
}
