//! Swagger UI at `/docs`, its assets vendored in the binary
//! (utoipa-swagger-ui), served from memory: each asset's strong ETag is
//! computed once, and each compressed variant is made once, the first time
//! a client accepts that coding, then kept. No request compresses or hashes
//! the 1.5 MB bundle again, whatever its headers or query string. The set
//! of assets is closed (the files of the distribution), so is the memory.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Path, Request},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use tower::{Layer, ServiceExt, service_fn};
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa_swagger_ui::Config;

use super::layers::caching::{Coding, CodingChosen, compression, preferred_coding};
use crate::cache::etag_of;
use crate::state::AppState;

/// Policy for Swagger UI: its own scripts, styles and images, and requests to
/// this service only.
pub const DOCS_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

/// `/docs` (redirected to `docs/`, relative, so it holds under any base
/// path), `/docs/` and its assets; Swagger UI loads `../openapi.json`.
pub fn router() -> Router<AppState> {
    let assets = Arc::new(Assets {
        config: Arc::new(Config::new(["../openapi.json"]).display_request_duration(true)),
        files: Mutex::new(HashMap::new()),
    });
    let index = assets.clone();
    Router::new()
        .route("/docs", get(|| async { Redirect::to("docs/") }))
        .route(
            "/docs/",
            get(move |headers: HeaderMap| serve(index, String::new(), headers)),
        )
        .route(
            "/docs/{*rest}",
            get(move |Path(rest): Path<String>, headers: HeaderMap| serve(assets, rest, headers)),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(DOCS_CSP),
        ))
}

/// The assets served so far.
struct Assets {
    config: Arc<Config<'static>>,
    files: Mutex<HashMap<String, Arc<Asset>>>,
}

impl Assets {
    /// The asset at `path` under `/docs/`, if the distribution has one.
    fn get(&self, path: &str) -> Option<Arc<Asset>> {
        if let Some(asset) = self.files.lock().expect("not poisoned").get(path) {
            return Some(asset.clone());
        }
        let file = match utoipa_swagger_ui::serve(path, self.config.clone()) {
            Ok(file) => file?,
            Err(error) => {
                tracing::error!(%error, "serving Swagger UI failed");
                return None;
            }
        };
        let identity = Bytes::from(file.bytes.into_owned());
        let asset = Arc::new(Asset {
            etag: etag_of(&identity),
            content_type: HeaderValue::from_str(&file.content_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream")),
            precompressed: file.gzpipped,
            compressible: !file.content_type.starts_with("image/") || file.content_type.contains("svg"),
            identity,
            variants: Default::default(),
        });
        self.files
            .lock()
            .expect("not poisoned")
            .insert(path.to_owned(), asset.clone());
        Some(asset)
    }
}

/// One asset: its bytes, type and tag, and its compressed variants as they
/// are first asked for (`None`: compressing does not make it smaller).
struct Asset {
    identity: Bytes,
    content_type: HeaderValue,
    etag: HeaderValue,
    /// Shipped gzip-compressed by the distribution: sent as it is.
    precompressed: bool,
    compressible: bool,
    /// deflate, gzip, br, zstd.
    variants: [tokio::sync::OnceCell<Option<Bytes>>; 4],
}

impl Asset {
    /// The bytes to send in `coding`, compressed once.
    async fn variant(&self, coding: Coding) -> Option<Bytes> {
        let slot = match coding {
            Coding::Identity => return None,
            Coding::Deflate => &self.variants[0],
            Coding::Gzip => &self.variants[1],
            Coding::Brotli => &self.variants[2],
            Coding::Zstd => &self.variants[3],
        };
        slot.get_or_init(|| compress(self.identity.clone(), self.content_type.clone(), coding))
            .await
            .clone()
    }
}

/// `body` compressed in `coding` by the same compression layer as every
/// other answer; `None` when it would not be smaller.
async fn compress(body: Bytes, content_type: HeaderValue, coding: Coding) -> Option<Bytes> {
    let size = body.len();
    let service = compression().layer(service_fn(move |_: Request| {
        let mut response = Response::new(Body::from(body.clone()));
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, content_type.clone());
        async move { Ok::<_, std::convert::Infallible>(response) }
    }));
    let request = Request::builder()
        .header(header::ACCEPT_ENCODING, coding.token())
        .body(Body::empty())
        .expect("a valid request");
    let response = service.oneshot(request).await.ok()?;
    if response.headers().get(header::CONTENT_ENCODING)?.as_bytes() != coding.token().as_bytes() {
        return None;
    }
    let compressed = axum::body::to_bytes(Body::new(response.into_body()), usize::MAX)
        .await
        .ok()?;
    (compressed.len() < size).then_some(compressed)
}

/// Answers one asset in the coding the request accepts (the edge has
/// reduced `Accept-Encoding` to it).
async fn serve(assets: Arc<Assets>, path: String, headers: HeaderMap) -> Response {
    let Some(asset) = assets.get(&path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response_headers = HeaderMap::new();
    response_headers.insert(header::CONTENT_TYPE, asset.content_type.clone());
    response_headers.insert(header::ETAG, asset.etag.clone());
    let body = if asset.precompressed {
        response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        asset.identity.clone()
    } else {
        let coding = preferred_coding(&headers).unwrap_or(Coding::Identity);
        match asset.compressible.then_some(coding) {
            Some(coding) if coding != Coding::Identity => match asset.variant(coding).await {
                Some(compressed) => {
                    response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding.token()));
                    compressed
                }
                None => asset.identity.clone(),
            },
            _ => asset.identity.clone(),
        }
    };
    let mut response = (response_headers, body).into_response();
    response.extensions_mut().insert(CodingChosen);
    response
}
