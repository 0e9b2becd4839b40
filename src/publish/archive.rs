//! A report's Data Package as one zip file: `datapackage.json` and
//! `data/{dataset}.csv` (the descriptor's relative paths resolve against the
//! zip's root), plus a short `README.txt`.
//!
//! The zip is deterministic: entries in a fixed order, each with the same
//! time (when the transcription was last revised), permissions and
//! compression, so replicas serving the same data serve the same bytes and
//! ETag.

use std::io::{Cursor, Write};

use zip::{CompressionMethod, DateTime, ZipWriter, write::SimpleFileOptions};

use crate::data::catalog::ReportInfo;

/// One file of the zip: its path inside and its bytes.
pub struct Entry<'a> {
    pub path: String,
    pub bytes: &'a [u8],
}

/// The time of every entry: the report's `revised_at` (UTC), or the
/// earliest time a zip can hold when it cannot be read.
fn entry_time(report: &ReportInfo) -> DateTime {
    let text = &report.revised_at;
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|t| t.parse::<u16>().ok());
    (|| {
        DateTime::from_date_and_time(
            number(0..4)?,
            u8::try_from(number(5..7)?).ok()?,
            u8::try_from(number(8..10)?).ok()?,
            u8::try_from(number(11..13)?).ok()?,
            u8::try_from(number(14..16)?).ok()?,
            u8::try_from(number(17..19)?).ok()?,
        )
        .ok()
    })()
    .unwrap_or_default()
}

/// Writes `entries`, in order, into a zip.
pub fn zip(report: &ReportInfo, entries: &[Entry<'_>]) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(entry_time(report))
        .system(zip::System::Unix)
        .unix_permissions(0o644);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for entry in entries {
        writer
            .start_file(entry.path.as_str(), options)
            .expect("a zip entry in memory");
        writer.write_all(entry.bytes).expect("writing to memory");
    }
    writer.finish().expect("a zip in memory").into_inner()
}
