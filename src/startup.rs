//! Start-up: bind, prepare the database, load and check the catalogue, and
//! serve until a signal, with one clear line and a distinct exit code for
//! each fault. The port is bound first, so a start that cannot listen has
//! written nothing.

use std::{net::SocketAddr, sync::Arc};

use tokio::net::TcpListener;

use crate::config::ServerArgs;
use crate::http::{
    app,
    server::{self, Phase, ServerOptions},
};
use crate::signals::Signals;
use crate::watch;

use crate::data::{
    catalog::{Catalog, LoadError},
    rules,
};
use crate::db::{Database, DbError};
use crate::state::AppState;

/// A fault that stops the service from starting. See [`StartupError::exit_code`].
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("cannot load the data: {0}")]
    Load(#[from] LoadError),
    #[error(
        "the data fails its checks ({count} finding(s), first: {first}); run `talent-trends-api check` for the list"
    )]
    Checks { count: usize, first: String },
    #[error(
        "cannot listen on {addr}: address already in use (another process holds the port; pick another with --bind / BIND_ADDR)"
    )]
    AddressInUse { addr: SocketAddr },
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("no report {0:?} in the database")]
    UnknownReport(String),
    #[error("I/O error: {0}")]
    Serve(std::io::Error),
}

impl StartupError {
    /// Process exit code (documented in the README).
    pub fn exit_code(&self) -> u8 {
        match self {
            StartupError::Database(e) => e.exit_code(),
            StartupError::Load(_) | StartupError::Checks { .. } => 15,
            StartupError::AddressInUse { .. } => 20,
            StartupError::Bind { .. } => 21,
            StartupError::UnknownReport(_) => 5,
            StartupError::Serve(_) => 1,
        }
    }
}

/// Creates, migrates and seeds the database as needed, then takes a copy of
/// it through a read-only connection (closed again: nothing keeps the file
/// open while serving) and loads the catalogue from the copy, which it keeps
/// (the database download).
pub async fn load(database_url: &str) -> Result<(Catalog, Database), StartupError> {
    let database = Database::from_url(database_url)?;
    let prepared = database.prepare().await?;
    if prepared.created {
        tracing::info!(path = %database.path().display(), "created database");
    }
    if prepared.migrations_applied > 0 {
        tracing::info!(count = prepared.migrations_applied, "applied migrations");
    }
    for file in &prepared.seeds_loaded {
        tracing::info!(%file, "loaded seed file");
    }
    let catalog = Catalog::load_copy(database.copy().await?).await?;
    tracing::info!(
        reports = catalog.reports.len(),
        data_version = %catalog.data_version,
        "data loaded"
    );
    Ok((catalog, database))
}

/// Binds the configured address and serves the API until Ctrl-C or SIGTERM
/// (see [`crate::signals`] for what each signal does). The address is bound
/// before the database is created, migrated or seeded, and data that fails
/// the rules of `check` is never served.
pub async fn serve(database_url: &str, config: ServerArgs) -> Result<(), StartupError> {
    // Before binding: no signal may find the default action once clients can connect.
    let signals = Signals::install().map_err(StartupError::Serve)?;
    let addr = config.bind;
    let listener = TcpListener::bind(addr).await.map_err(|source| match source.kind() {
        std::io::ErrorKind::AddrInUse => StartupError::AddressInUse { addr },
        _ => StartupError::Bind { addr, source },
    })?;
    let (catalog, database) = load(database_url).await?;
    let findings = rules::check(&catalog);
    if let Some(first) = findings.first() {
        return Err(StartupError::Checks {
            count: findings.len(),
            first: first.to_string(),
        });
    }
    let local = listener.local_addr().map_err(StartupError::Serve)?;
    tracing::info!("listening on http://{local} (docs at http://{local}/docs)");
    let options = ServerOptions::from_config(&config);
    let check_interval = config.db_check_interval();
    let delay = config.shutdown_delay();
    let state = AppState::build(Arc::new(catalog), config, Some(database));
    let (phase, phases) = tokio::sync::watch::channel(Phase::Serving);
    tokio::spawn(signals.run(state.clone(), phase, delay));
    let (stop_watch, watch_stopped) = tokio::sync::oneshot::channel::<()>();
    let watcher = tokio::spawn(watch::watch(state.clone(), check_interval, async {
        let _ = watch_stopped.await;
    }));
    let stopped = server::serve(listener, app(state.clone()), state, options, phases).await;
    let _ = stop_watch.send(());
    let _ = watcher.await;
    let stopped = stopped.map_err(StartupError::Serve)?;
    tracing::info!(?stopped, "stopped");
    Ok(())
}
