//! Charts: every dataset drawn as an SVG figure.
//!
//! The figures are drawn with [plotters](https://docs.rs/plotters) and its
//! SVG backend (no system libraries, no font files): axes, grids and series
//! come from plotters' chart builder, titles, legends and table figures from
//! its drawing primitives. Text stays text (`<text>` elements), so the
//! viewer's fonts render the Chinese labels and the labels can be searched
//! and read by assistive technology.
//!
//! A chart draws the rows a dataset query selects
//! ([`crate::query::plan::select`]): the dataset kind's descriptor says which
//! figure it is ([`crate::data::design::ChartDesign`]), [`figure`] turns the
//! selected rows into that figure and the frame every chart shares (title,
//! unit and data range at the top, legend and source line at the bottom),
//! and `draw` lays both out, one module per kind of figure. Rows flagged
//! uncertain are drawn paler and marked [`UNCERTAIN_MARK`], which the legend
//! explains.

mod draw;
pub mod figure;
pub mod request;
pub mod text;

pub use request::{
    CHART_PARAMS, ChartError, ChartRequest, DEFAULT_WIDTH, MAX_HEIGHT, MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH,
    NOT_FOR_CHARTS, SVG, Size, UNCERTAIN_MARK,
};

/// Draws the chart as a standalone SVG document.
pub fn render(request: &ChartRequest<'_>) -> Result<String, ChartError> {
    let fail = |message: String| ChartError {
        dataset: request.dataset.kind.id.to_owned(),
        message,
    };
    let figure = figure::build(request, &request.dataset.kind.chart).map_err(fail)?;
    let frame = figure::frame(request, &figure);
    draw::draw(&frame, &figure, request.size).map_err(fail)
}
