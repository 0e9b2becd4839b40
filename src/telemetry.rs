//! Logging, set up once: `tracing` with an `EnvFilter`, human-readable lines
//! on a terminal or JSON lines for collectors, written to standard error by a
//! background thread so that request handling never waits on the terminal.
//! Colour only on a terminal, and never with `NO_COLOR` set. Text a client
//! sent reaches a log line only through [`clip`].

use std::{ffi::OsStr, io::IsTerminal, sync::OnceLock};

use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

use crate::config::LogFormat;

/// Log lines waiting to be written, at most.
pub const BUFFERED_LINES: usize = 8192;

static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// Log lines dropped because the queue to standard error was full.
pub fn dropped_lines() -> usize {
    DROPPED.get().map_or(0, ErrorCounter::dropped_lines)
}

/// Installs the global subscriber. `RUST_LOG` wins over `level` when set.
/// Keep the returned guard alive until exit: dropping it flushes the logs.
pub fn init(level: &str, format: LogFormat) -> WorkerGuard {
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    // A bounded queue: under overload, lines are dropped (and counted in
    // `talent_log_lines_dropped_total`) rather than growing memory or
    // stalling requests.
    let (writer, guard) = NonBlockingBuilder::default()
        .buffered_lines_limit(BUFFERED_LINES)
        .lossy(true)
        .finish(std::io::stderr());
    let _ = DROPPED.set(writer.error_counter());
    let registry = tracing_subscriber::registry().with(filter);
    let ansi = use_colour(std::io::stderr().is_terminal(), std::env::var_os("NO_COLOR").as_deref());
    let _ = match format {
        LogFormat::Text => registry
            .with(fmt::layer().with_ansi(ansi).with_writer(writer))
            .try_init(),
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .with_ansi(false)
                    .flatten_event(true)
                    .with_current_span(true)
                    .with_span_list(false)
                    .with_writer(writer),
            )
            .try_init(),
    };
    guard
}

/// Whether text log lines may carry ANSI colour codes: only when standard
/// error is a terminal, and `NO_COLOR` (<https://no-color.org>) is unset or
/// empty.
pub fn use_colour(stderr_is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    stderr_is_terminal && no_color.is_none_or(OsStr::is_empty)
}

/// Longest run of client-sent text (method, path, header value) in a log
/// line, in characters.
pub const MAX_LOGGED_CHARS: usize = 128;

/// Client-sent text as it may appear in a log line: at most
/// [`MAX_LOGGED_CHARS`] characters, then `…` and the full length.
/// Formatting writes the kept part without allocating.
#[derive(Clone, Copy)]
pub struct Clipped<'a>(pub &'a str);

/// `text` for a log line (see [`Clipped`]).
pub fn clip(text: &str) -> Clipped<'_> {
    Clipped(text)
}

impl std::fmt::Display for Clipped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.char_indices().nth(MAX_LOGGED_CHARS) {
            None => f.write_str(self.0),
            Some((end, _)) => write!(f, "{}… ({} bytes)", &self.0[..end], self.0.len()),
        }
    }
}

impl std::fmt::Debug for Clipped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(use_colour(true, None));
        assert!(use_colour(true, Some(OsStr::new(""))), "an empty NO_COLOR is unset");
        assert!(!use_colour(true, Some(OsStr::new("1"))));
        assert!(!use_colour(false, None), "files and pipes get no colour");
        assert!(!use_colour(false, Some(OsStr::new("1"))));
    }

    #[test]
    fn client_text_is_clipped_to_the_limit_with_its_length() {
        assert_eq!(clip("GET").to_string(), "GET");
        let long = "Q".repeat(900_000);
        let shown = clip(&long).to_string();
        assert!(shown.starts_with(&"Q".repeat(MAX_LOGGED_CHARS)));
        assert!(!shown.contains(&"Q".repeat(MAX_LOGGED_CHARS + 1)));
        assert!(shown.ends_with("… (900000 bytes)"), "{shown}");
        let wide = "北".repeat(MAX_LOGGED_CHARS + 1);
        assert_eq!(
            clip(&wide).to_string().chars().filter(|c| *c == '北').count(),
            MAX_LOGGED_CHARS
        );
    }
}
