//! The benchmark's ceiling: a minimal axum server answering every GET with a
//! constant JSON body of a given size, with no database and no middleware.
//! It measures what the machine and axum/hyper can do, to compare the real
//! service against (see bench/run.sh and BENCHMARKS.md).
//!
//! Usage: `ceiling <addr> <body-bytes>`

use axum::{Router, http::header, response::IntoResponse, routing::get};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    let size: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(2417);
    // A JSON string padded to exactly `size` bytes.
    let body: &'static [u8] = Box::leak(
        format!("\"{}\"", "x".repeat(size.saturating_sub(2)))
            .into_bytes()
            .into_boxed_slice(),
    );
    let app = Router::new().fallback(get(move || async move {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    }));
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    eprintln!("ceiling listening on {addr}, {} byte body", body.len());
    axum::serve(listener, app).await.expect("serve");
}
