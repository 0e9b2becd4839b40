//! Performance experiment: the dataset routes with and without the
//! middleware stack. Usage: `variants <bare|full> <addr> <database-url>`.
use std::sync::Arc;

use talent_trends_api::{AppState, app, http::datasets, startup};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap();
    let addr = args.next().unwrap();
    let url = args.next().unwrap();
    let (catalog, _) = startup::load(&url).await.unwrap();
    let state = AppState::new(Arc::new(catalog));
    let router = match mode.as_str() {
        "bare" => datasets::router().with_state(state),
        _ => app(state),
    };
    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap();
    axum::serve(listener, router).await.unwrap();
}
