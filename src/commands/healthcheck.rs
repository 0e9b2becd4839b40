//! `talent-trends-api healthcheck`: asks a running instance's `/health` and
//! exits 0 when it answers 200 (for container HEALTHCHECKs, which have no
//! curl in the image).

use std::{process::ExitCode, time::Duration};

use axum::body::Bytes;
use http_body_util::Empty;
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// Exit code of `healthcheck` when the instance is not healthy.
pub const UNHEALTHY: u8 = 1;

/// Asks `addr`'s `/health`: exit 0 on a 200, [`UNHEALTHY`] otherwise.
pub async fn run(addr: &str) -> ExitCode {
    match get_status(addr, "/health", Duration::from_secs(3)).await {
        Ok(200) => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("unhealthy: /health answered {status}");
            ExitCode::from(UNHEALTHY)
        }
        Err(error) => {
            eprintln!("unhealthy: {error}");
            ExitCode::from(UNHEALTHY)
        }
    }
}

/// GETs `http://{addr}{path}` and returns the status code.
pub async fn get_status(addr: &str, path: &str, timeout: Duration) -> Result<u16, String> {
    let attempt = async {
        let stream = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("cannot connect to {addr}: {e}"))?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| format!("HTTP handshake with {addr} failed: {e}"))?;
        tokio::spawn(connection);
        let request = Request::get(path)
            .header(hyper::header::HOST, addr)
            .body(Empty::<Bytes>::new())
            .map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| format!("request failed: {e}"))?;
        Ok(response.status().as_u16())
    };
    tokio::time::timeout(timeout, attempt)
        .await
        .map_err(|_| format!("{addr} did not answer within {timeout:?}"))?
}
