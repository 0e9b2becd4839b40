//! Each report as data users fetch data: a Frictionless Data Package
//! ([`package`]: the descriptor, one CSV resource per dataset), the same as
//! one zip file ([`archive`]), and the whole database ([`database`]).
//!
//! All of it is built once per data snapshot, the first time it is asked
//! for, and kept in the snapshot ([`crate::state::Snapshot`]) with its
//! ETag: a request never builds or compresses anything again.

pub mod archive;
pub mod database;
pub mod package;

use std::sync::Arc;

use axum::http::HeaderValue;

use crate::cache::RenderedAnswer;
use crate::data::catalog::{Catalog, ReportEntry};
use crate::error::ApiError;
use crate::query::{
    options::{Representation, View, package_path, package_resource_path},
    render::dataset_answer,
};

/// Media type of the zip.
pub const ZIP: &str = "application/zip";
/// Media type of an SQLite database file (IANA).
pub const SQLITE: &str = "application/vnd.sqlite3";

/// The `Link` that points a CSV answer of a report's data at its
/// description, the report's Data Package (`rel="describedby"`, as CSV on
/// the Web does it).
pub fn describedby(base: &str, report_id: &str) -> String {
    format!("<{base}{}>; rel=\"describedby\"", package_path(report_id))
}

/// A report's package, built once per snapshot.
#[derive(Debug)]
pub struct ReportPackage {
    /// `datapackage.json`.
    pub descriptor: Arc<RenderedAnswer>,
    /// `datapackage.zip`.
    pub zip: Arc<RenderedAnswer>,
    /// `attachment; filename="<report>-<data version>.zip"`.
    pub zip_disposition: HeaderValue,
    /// Each dataset's CSV (`data/{dataset}.csv`), as its CSV endpoint
    /// answers it for the report: the same bytes, ETag and `Link`.
    pub csv: Vec<(&'static str, Arc<RenderedAnswer>)>,
}

impl ReportPackage {
    /// The CSV of the dataset `kind_id`.
    pub fn csv(&self, kind_id: &str) -> Option<&Arc<RenderedAnswer>> {
        self.csv.iter().find(|(id, _)| *id == kind_id).map(|(_, csv)| csv)
    }

    /// Builds the package of `report` for clients under `base`.
    pub fn build(catalog: &Catalog, report: &ReportEntry, base: &str) -> Result<ReportPackage, ApiError> {
        let id = &report.info.id;
        let link = HeaderValue::from_str(&describedby(base, id))
            .map_err(|e| ApiError::Internal(format!("the describedby link of {id}: {e}")))?;
        let mut csv = Vec::with_capacity(report.datasets.len());
        let mut resources = Vec::with_capacity(report.datasets.len());
        for dataset in &report.datasets {
            let kind = dataset.kind;
            let answer = dataset_answer(
                kind,
                View::Table,
                Representation::Csv,
                base,
                catalog,
                package::resource_query(id),
            )?;
            if answer.link.is_some() {
                return Err(ApiError::Internal(format!(
                    "{id}/{}: the dataset does not fit in one CSV answer",
                    kind.id
                )));
            }
            resources.push(package::resource(base, catalog, report, dataset, &answer.body));
            let rendered = RenderedAnswer::new(
                &catalog.data_version,
                answer.body,
                Representation::Csv.content_type(),
                Some(link.clone()),
            );
            csv.push((kind.id, Arc::new(rendered)));
        }
        let descriptor = package::descriptor(base, catalog, report, resources);
        let mut json = serde_json::to_vec_pretty(&descriptor).expect("the descriptor serialises");
        json.push(b'\n');

        let readme = readme(&descriptor);
        let mut entries = vec![
            archive::Entry {
                path: "datapackage.json".to_owned(),
                bytes: &json,
            },
            archive::Entry {
                path: "README.txt".to_owned(),
                bytes: readme.as_bytes(),
            },
        ];
        for (id, answer) in &csv {
            let kind = report
                .dataset(id)
                .map(|d| d.kind)
                .expect("every CSV is of a dataset of the report");
            entries.push(archive::Entry {
                path: package_resource_path(kind),
                bytes: &answer.body,
            });
        }
        let zip = archive::zip(&report.info, &entries);

        Ok(ReportPackage {
            zip_disposition: HeaderValue::from_str(&format!(
                "attachment; filename=\"{id}-{}.zip\"",
                catalog.data_version
            ))
            .map_err(|e| ApiError::Internal(format!("the zip's file name: {e}")))?,
            descriptor: Arc::new(RenderedAnswer::new(
                &catalog.data_version,
                json,
                "application/json",
                None,
            )),
            zip: Arc::new(RenderedAnswer::new(&catalog.data_version, zip, ZIP, None)),
            csv,
        })
    }
}

/// The zip's `README.txt`: what is inside, how to cite it, the licences.
fn readme(package: &package::DataPackage) -> String {
    let mut text = format!(
        "{title_zh}\n{title}\n\n{description}\n\nData version: {version}\n\n\
         Contents\n--------\n\
         datapackage.json  the Frictionless Data Package (v2) describing every file: fields, types, units, \
         sources, licences, citations\n",
        title_zh = package.title_zh,
        title = package.title,
        description = package.description,
        version = package.data_version,
    );
    for resource in &package.resources {
        text.push_str(&format!(
            "{}  {} ({}), {} rows\n",
            resource.path, resource.title_zh, resource.title, resource.row_count
        ));
    }
    text.push_str(
        "\nThe CSV files are UTF-8 with a byte-order mark (spreadsheets keep the Chinese text), comma-separated, \
         CRLF line ends, a header row; an empty cell is a missing value.\n\nHow to cite\n-----------\n",
    );
    text.push_str(&format!(
        "{}\n{}\n\nLicences\n--------\n",
        package.citation.zh, package.citation.en
    ));
    for license in &package.licenses {
        match &license.path {
            Some(path) => text.push_str(&format!("- {} ({path})\n", license.title)),
            None => text.push_str(&format!("- {}\n", license.title)),
        }
    }
    text.replace('\n', "\r\n")
}
