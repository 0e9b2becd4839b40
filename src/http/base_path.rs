//! The path prefix clients reach the service under ([`BasePath`]): the
//! `--base-path` setting. Every absolute URL the service writes (the index,
//! the dashboard, the catalogue's `href`s, paging links) starts with it;
//! redirects and Swagger UI's document URL are relative and need none.

use std::convert::Infallible;

use axum::{extract::FromRequestParts, http::request::Parts};

use crate::state::AppState;

/// The base path of one request: empty for the root, else `/api` style.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BasePath(pub String);

impl BasePath {
    /// `path` (absolute, from the service's root) as clients reach it.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

impl FromRequestParts<AppState> for BasePath {
    type Rejection = Infallible;

    async fn from_request_parts(_: &mut Parts, state: &AppState) -> Result<BasePath, Infallible> {
        Ok(BasePath(state.config().base_path.clone()))
    }
}
