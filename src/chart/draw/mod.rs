//! Lays out and draws a chart with plotters' SVG backend: the shared frame
//! ([`frame`]) around one figure ([`bars`], [`columns`], [`line`],
//! [`table`]), with what they share in [`style`].

mod bars;
mod columns;
mod frame;
mod line;
mod ranks;
mod style;
mod table;

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, VPos},
};

use crate::chart::figure::{Figure, Frame, Mark};
use crate::chart::request::Size;
use frame::FrameLayout;
use style::{AXIS_AREA, MUTED, PAD, Plot, at, failed, font, write};

/// Draws `figure` in `frame` at `size` and returns the SVG document.
pub fn draw(frame: &Frame, figure: &Figure, size: Size) -> Result<String, String> {
    let width = size.width as i32;
    let layout = FrameLayout::new(frame, width);
    let plot_width = width - 2 * PAD;
    // A requested height is a minimum: the chart grows to fit its rows.
    let natural = layout.top() + natural_height(figure, frame, plot_width) + layout.bottom();
    let height = size.height.map_or(natural, |h| (h as i32).max(natural));
    let plot = Plot {
        x: PAD,
        y: layout.top(),
        w: plot_width,
        h: (height - layout.top() - layout.bottom()).max(60),
    };

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (size.width, height as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        frame::draw(&root, &layout, height)?;
        match &frame.empty {
            Some(message) => write(
                &root,
                message,
                (plot.x + plot.w / 2, plot.y + plot.h / 2),
                &at(font(14.0, MUTED), HPos::Center, VPos::Center),
            )?,
            None => match figure {
                Figure::Line { labels, points } => line::draw(&root, plot, labels, points, frame)?,
                Figure::Bars { labels, bars } => bars::draw(&root, plot, labels, bars, &frame.axis)?,
                Figure::Columns { labels, series } => {
                    let series: Vec<&[Option<Mark>]> = series.iter().map(|s| s.marks.as_slice()).collect();
                    columns::draw(&root, plot, labels, &series, frame)?
                }
                Figure::Table { headers, rows } => table::draw(&root, plot, headers, rows)?,
                Figure::Ranks {
                    labels,
                    pairs,
                    uncertain,
                    last,
                    hotter,
                    unranked,
                    ..
                } => ranks::draw(&root, plot, labels, pairs, uncertain, *last, hotter, unranked)?,
            },
        }
        root.present().map_err(failed)?;
    }
    Ok(svg)
}

/// Height the figure needs at its natural size, in pixels.
fn natural_height(figure: &Figure, frame: &Frame, width: i32) -> i32 {
    if frame.empty.is_some() {
        return 120;
    }
    match figure {
        Figure::Line { labels, .. } => 260 + line::line_labels(labels, width).1,
        Figure::Bars { labels, .. } => {
            let (wrapped, _) = bars::bar_labels(labels, width);
            wrapped.iter().map(|l| bars::band_height(l.len())).sum::<i32>() + AXIS_AREA + 8
        }
        Figure::Columns { labels, .. } => {
            let (wrapped, upright) = columns::column_labels(labels, width);
            260 + columns::column_label_height(&wrapped, upright)
        }
        Figure::Table { headers, rows } => table::table_layout(headers, rows, width, 13.0).height,
        Figure::Ranks { labels, uncertain, .. } => ranks::natural_height(labels, uncertain, width),
    }
}
