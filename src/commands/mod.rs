//! The subcommands besides `serve` (which is [`crate::startup::serve`]), one
//! module each. Each returns the process exit code it ends with (documented
//! in the README).

pub mod check;
pub mod export;
pub mod healthcheck;
pub mod migrate;
pub mod openapi;

use std::process::ExitCode;

use crate::startup::StartupError;

/// The exit code of a command that ends with `result`, printing the error
/// (one line) on standard error.
pub fn exit(result: Result<(), StartupError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
