//! `talent-trends-api openapi`: print the OpenAPI document of the configured
//! database's data (as committed in `openapi/openapi.json` for the shipped
//! seeds).

use crate::startup::{self, StartupError};

/// Loads the data at `database_url` and prints the document as
/// `GET /openapi.json` serves it.
pub async fn run(database_url: &str) -> Result<(), StartupError> {
    let (catalog, _) = startup::load(database_url).await?;
    let document = crate::http::openapi_document(&catalog);
    println!(
        "{}",
        document.to_pretty_json().expect("the OpenAPI document serialises")
    );
    Ok(())
}
