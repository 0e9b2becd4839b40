//! Watches the database while serving: every check interval it checks the
//! database ([`AppState::check_database`]: the whole catalogue loaded afresh
//! through a new read-only connection and run through the rules of `check`)
//! and, when the data there differs from the data served (another data
//! version) and passes, swaps it in without a restart. Whatever changed it:
//! `talent-trends-api migrate` with a revised seed, a new database file moved
//! into place, or an edit by hand.
//!
//! While the database cannot be read or its data fails the checks, the
//! service keeps answering from the last good data and `/ready` answers 503
//! (`talent_database_ready` 0).
//!
//! SIGHUP (`AppState::request_recheck`) makes it check at once.

use std::{future::Future, sync::Arc, time::Duration};

use crate::state::{AppState, DataCheck};

/// Checks the database every `interval` until `stop` resolves.
pub async fn watch(state: AppState, interval: Duration, stop: impl Future<Output = ()>) {
    if state.database().is_none() {
        return;
    }
    tokio::pin!(stop);
    loop {
        let now = tokio::select! {
            () = tokio::time::sleep(interval) => false,
            () = state.recheck_requested() => {
                tracing::info!("SIGHUP: checking the database now");
                true
            }
            () = &mut stop => return,
        };
        let check = if now {
            state.check_database_now().await
        } else {
            state.check_database().await
        };
        swap_if_changed(&state, check);
    }
}

/// Checks the database once and swaps in its data when it is valid and
/// differs from the data served. Returns true when it swapped.
pub async fn reload_if_changed(state: &AppState) -> bool {
    swap_if_changed(state, state.check_database().await)
}

/// Swaps in the data of `check` when it passed and differs from the data
/// served. Returns true when it swapped.
fn swap_if_changed(state: &AppState, check: Option<Arc<DataCheck>>) -> bool {
    let Some(check) = check else {
        return false;
    };
    let Ok(fresh) = &check.outcome else {
        return false;
    };
    let serving = state.catalog().data_version.clone();
    if fresh.data_version == serving {
        return false;
    }
    tracing::info!(from = %serving, to = %fresh.data_version, "data changed; reloaded");
    state.replace_catalog(fresh.clone());
    true
}
