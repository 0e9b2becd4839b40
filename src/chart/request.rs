//! What a chart request asks for: the rows a query selected
//! ([`ChartRequest`]), in a language and a [`Size`] taken from `?width=` and
//! `?height=`.

use crate::data::{catalog::Dataset, table::Row, table::Table};
use crate::error::{ApiError, echo};
use crate::query::{options::Lang, params::Params};

/// Media type of the charts.
pub const SVG: &str = "image/svg+xml";

/// Parameters every chart accepts besides the dataset's filters.
pub const CHART_PARAMS: &[&str] = &["report", "lang", "sort", "limit", "offset", "width", "height"];

/// Dataset parameters that choose a data representation, which a chart
/// does not have.
pub const NOT_FOR_CHARTS: &[&str] = &["format", "shape", "fields"];

/// Width of a chart when `?width=` is not given, in pixels.
pub const DEFAULT_WIDTH: u32 = 720;
/// Smallest `?width=` accepted, in pixels (a phone screen).
pub const MIN_WIDTH: u32 = 320;
/// Largest `?width=` accepted, in pixels.
pub const MAX_WIDTH: u32 = 2000;
/// Smallest `?height=` accepted, in pixels.
pub const MIN_HEIGHT: u32 = 240;
/// Largest `?height=` accepted, in pixels.
pub const MAX_HEIGHT: u32 = 2000;

/// The mark drawn next to every figure or item flagged uncertain.
pub const UNCERTAIN_MARK: &str = "(?)";

/// The size of a chart: `?width=` and `?height=` in pixels. The chart is at
/// least as tall as its rows need; `height` can make it taller, not shorter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: Option<u32>,
}

impl Size {
    /// Takes `width` and `height` from `params`: whole numbers of pixels
    /// within [`MIN_WIDTH`]..=[`MAX_WIDTH`] and [`MIN_HEIGHT`]..=[`MAX_HEIGHT`];
    /// anything else is a 400 problem.
    pub fn parse(params: &mut Params) -> Result<Size, ApiError> {
        let width = pixels(params.take_one("width")?, "width", MIN_WIDTH, MAX_WIDTH)?;
        let height = pixels(params.take_one("height")?, "height", MIN_HEIGHT, MAX_HEIGHT)?;
        Ok(Size {
            width: width.unwrap_or(DEFAULT_WIDTH),
            height,
        })
    }
}

fn pixels(text: Option<String>, name: &str, min: u32, max: u32) -> Result<Option<u32>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    let accepted = format!("an integer from {min} to {max} (pixels)");
    let digits = !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<u32>() {
        Ok(n) if digits && (min..=max).contains(&n) => Ok(Some(n)),
        _ => Err(ApiError::invalid(
            name,
            format!("must be {accepted}, got {}", echo(&text)),
            accepted,
        )),
    }
}

/// What to draw: the rows a query selected from a dataset, in a language
/// and a size.
#[derive(Debug)]
pub struct ChartRequest<'a> {
    pub dataset: &'a Dataset,
    /// The table the rows come from (the dataset's, or its `compare` view).
    pub table: &'a Table,
    pub rows: &'a [&'a Row],
    pub lang: Lang,
    /// The compared cohorts, for the `compare` view.
    pub compare: Option<&'a (String, String)>,
    pub size: Size,
}

/// A chart that could not be drawn (a design naming a field the table does
/// not have, or a drawing failure): a bug, answered as a 500.
#[derive(Debug, thiserror::Error)]
#[error("chart {dataset}: {message}")]
pub struct ChartError {
    pub dataset: String,
    pub message: String,
}
