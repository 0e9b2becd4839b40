//! What the process does on each signal, as orchestrators and people at
//! terminals expect it. The handlers are installed before the service binds
//! its address ([`Signals::install`]), so that no signal finds the default
//! action (death) once clients can connect.
//!
//! - **SIGTERM** (an orchestrator): `/ready` answers 503 at once; the
//!   service keeps serving for `--shutdown-delay` seconds, every answer
//!   closing its connection, so that load balancers stop sending without a
//!   request being lost; then it stops accepting, in-flight requests get
//!   `--shutdown-grace` seconds, idle connections close, and the process
//!   exits 0.
//! - **SIGINT** (Ctrl-C, a person): the same without the delay.
//! - **A second SIGINT or SIGTERM** during the shutdown: exit at once with
//!   status 130.
//! - **SIGHUP**: the database is checked now (as every
//!   `--db-check-interval`), and changed data reloaded; the process keeps
//!   running.

use std::time::Duration;

use tokio::sync::watch;

use crate::http::server::Phase;
use crate::state::AppState;

/// Exit status after a second shutdown signal (128 + SIGINT, as shells
/// report an interrupted program).
pub const FORCED_EXIT: i32 = 130;

/// The installed handlers.
pub struct Signals {
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hangup: tokio::signal::unix::Signal,
}

/// A signal that asks the process to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    Terminate,
    Interrupt,
}

impl Signals {
    /// Installs the handlers of SIGTERM, SIGINT and SIGHUP (on Unix; Ctrl-C
    /// elsewhere). Call it inside the runtime, before binding.
    pub fn install() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                terminate: signal(SignalKind::terminate())?,
                interrupt: signal(SignalKind::interrupt())?,
                hangup: signal(SignalKind::hangup())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Signals {})
    }

    /// The next SIGTERM or SIGINT; SIGHUPs meanwhile ask `state` for a
    /// database check.
    async fn next_stop(&mut self, state: &AppState) -> Stop {
        #[cfg(unix)]
        loop {
            tokio::select! {
                biased;
                _ = self.terminate.recv() => return Stop::Terminate,
                _ = self.interrupt.recv() => return Stop::Interrupt,
                _ = self.hangup.recv() => {
                    tracing::info!("received SIGHUP: checking the database and reloading changed data");
                    state.request_recheck();
                }
            }
        }
        #[cfg(not(unix))]
        {
            let _ = state;
            let _ = tokio::signal::ctrl_c().await;
            Stop::Interrupt
        }
    }

    /// Runs the life cycle above: moves `phase` forward on the first
    /// SIGTERM or SIGINT, exits the process on the second.
    pub async fn run(mut self, state: AppState, phase: watch::Sender<Phase>, delay: Duration) {
        let first = self.next_stop(&state).await;
        state.begin_shutdown();
        let drain = async {
            match first {
                Stop::Terminate if !delay.is_zero() => {
                    tracing::info!(
                        delay_s = delay.as_secs(),
                        "received SIGTERM: /ready answers 503; serving for the shutdown delay, each answer closing its connection"
                    );
                    let _ = phase.send(Phase::Closing);
                    tokio::time::sleep(delay).await;
                }
                Stop::Terminate => tracing::info!("received SIGTERM, shutting down"),
                Stop::Interrupt => tracing::info!("received Ctrl-C, shutting down (Ctrl-C again to exit at once)"),
            }
            let _ = phase.send(Phase::Draining);
            std::future::pending::<()>().await;
        };
        tokio::select! {
            () = drain => {}
            second = self.next_stop(&state) => {
                tracing::warn!(signal = ?second, "second shutdown signal: exiting at once");
                std::process::exit(FORCED_EXIT);
            }
        }
    }
}
