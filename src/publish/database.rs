//! The database download (`GET /talent.db`): the copy the data snapshot was
//! loaded from ([`crate::db::DatabaseCopy`]), and a gzip encoding of it made
//! once per snapshot, so that no request compresses it again.

use std::io::Write;

use axum::{body::Bytes, http::HeaderValue};
use flate2::{Compression, write::GzEncoder};

use crate::cache::versioned_etag;

/// The database as sent: the file, its gzip encoding, their ETag (of the
/// identity bytes, within the data version; the caching layer suffixes it
/// with `-gzip` for the encoded body) and the file name clients save it as.
#[derive(Debug)]
pub struct DatabaseDownload {
    pub file: Bytes,
    pub gzip: Bytes,
    pub etag: HeaderValue,
    /// `attachment; filename="talent-<data version>.db"`.
    pub disposition: HeaderValue,
}

impl DatabaseDownload {
    /// The download of `file`, the database of the data at `data_version`.
    pub fn new(file: Bytes, data_version: &str) -> DatabaseDownload {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(&file).expect("compressing in memory");
        let gzip = Bytes::from(encoder.finish().expect("compressing in memory"));
        DatabaseDownload {
            etag: versioned_etag(data_version, &file),
            disposition: HeaderValue::from_str(&format!("attachment; filename=\"talent-{data_version}.db\""))
                .expect("a data version is hex"),
            file,
            gzip,
        }
    }
}
