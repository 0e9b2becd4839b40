//! `talent-trends-api export`: writes every dataset of a report as files, in
//! the same representations the API answers with.

use std::path::{Path, PathBuf};

use crate::config::ExportFormat;
use crate::data::catalog::{Catalog, ReportEntry};
use crate::query::{
    options::{Format, Lang, MAX_LIMIT, QueryOptions, Representation},
    params::Params,
    plan::Plan,
    render::{DatasetMeta, render},
};
use crate::startup::{self, StartupError};

/// Loads the data at `database_url` and exports `report` (default: the
/// newest) into `out`, printing each file written.
pub async fn run(
    database_url: &str,
    out: &Path,
    report: Option<String>,
    format: ExportFormat,
) -> Result<(), StartupError> {
    let (catalog, _) = startup::load(database_url).await?;
    let entry = match &report {
        Some(id) => catalog.report(id),
        None => catalog.default_report(),
    };
    let Some(entry) = entry else {
        return Err(StartupError::UnknownReport(report.unwrap_or_default()));
    };
    let format = match format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Json => Format::Json,
    };
    let files = export(&catalog, entry, format, out).map_err(StartupError::Serve)?;
    for file in files {
        println!("{}", file.display());
    }
    Ok(())
}

/// Writes `<dir>/<report-id>/<dataset>.<csv|json>` for every dataset of the
/// report, and `<dir>/<report-id>/report.json` with its metadata. Returns the
/// files written.
pub fn export(catalog: &Catalog, report: &ReportEntry, format: Format, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let folder = dir.join(&report.info.id);
    std::fs::create_dir_all(&folder)?;
    let mut written = Vec::new();
    let extension = match format {
        Format::Json => "json",
        Format::Csv => "csv",
        Format::Ndjson => "ndjson",
    };
    let options = QueryOptions {
        report: Some(report.info.id.clone()),
        lang: Lang::Zh,
        sort: Vec::new(),
        fields: None,
        limit: MAX_LIMIT,
        offset: 0,
    };
    for dataset in &report.datasets {
        let table = &dataset.table;
        let plan = Plan::build(table, &options, &mut Params::new(Vec::new()))
            .expect("the default query is valid for every dataset");
        let rows = plan.execute(table);
        let meta = DatasetMeta::new(dataset, table, &plan, &rows, None, &catalog.data_version);
        let path = folder.join(format!("{}.{extension}", dataset.kind.id));
        std::fs::write(
            &path,
            render(Representation::of_format(format), table, &plan, &rows, &meta),
        )?;
        written.push(path);
    }
    let report_json = serde_json::json!({
        "report": &*report.info,
        "datasets": report.datasets.iter().map(|d| &d.info).collect::<Vec<_>>(),
        "data_version": catalog.data_version,
    });
    let path = folder.join("report.json");
    std::fs::write(
        &path,
        serde_json::to_vec_pretty(&report_json).expect("metadata serialises"),
    )?;
    written.push(path);
    Ok(written)
}
