//! Horizontal bars: ranked shares and distributions.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, VPos},
};

use super::style::*;
use crate::chart::figure::Mark;
use crate::chart::text;

pub fn band_height(lines: usize) -> i32 {
    (lines as i32 * LABEL.1 + 12).max(28)
}

/// Category labels of bars, wrapped, and the width of their column.
pub fn bar_labels(labels: &[String], width: i32) -> (Vec<Vec<String>>, i32) {
    let room = f64::from(width) * 0.38;
    let wrapped: Vec<Vec<String>> = labels.iter().map(|l| text::wrap(l, LABEL.0, room)).collect();
    let widest = wrapped
        .iter()
        .flatten()
        .map(|l| text::width(l, LABEL.0))
        .fold(0.0, f64::max);
    (wrapped, widest.ceil() as i32 + 10)
}

/// Horizontal bars: labels on the left, the value axis at the bottom, value
/// labels at the end of each bar.
pub fn draw(root: &Area<'_>, plot: Plot, labels: &[String], bars: &[Mark], axis: &str) -> Drawn {
    let (wrapped, label_width) = bar_labels(labels, plot.w);
    let value_width = bars
        .iter()
        .map(|b| text::width(&value_text(b), TICK))
        .fold(0.0, f64::max)
        .ceil() as i32
        + 12;
    let (top, ticks) = value_axis(bars.iter().map(|b| b.value).fold(0.0, f64::max));
    let n = bars.len() as f64;
    let area = plot.area(root);
    let mut chart = ChartBuilder::on(&area)
        .margin_top(4)
        .margin_right(value_width)
        .x_label_area_size(AXIS_AREA)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0f64..top, 0f64..n)
        .map_err(failed)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(ticks)
        .x_label_formatter(&tick_label)
        .x_desc(axis)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(AXIS)
        .label_style(font(TICK, MUTED))
        .axis_desc_style(font(TICK, MUTED))
        .draw()
        .map_err(failed)?;

    for (i, bar) in bars.iter().enumerate() {
        let (low, high) = (n - i as f64 - 1.0, n - i as f64);
        let (y0, y1) = (low + 0.18, high - 0.18);
        let fill = if bar.uncertain { pale(SERIES[0]) } else { SERIES[0] };
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(0.0, y0), (bar.value, y1)],
                fill.filled(),
            )))
            .map_err(failed)?;
        if bar.uncertain {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(0.0, y0), (bar.value, y1)],
                    UNSURE.stroke_width(1),
                )))
                .map_err(failed)?;
        }
        let color = if bar.uncertain { UNSURE } else { INK };
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((bar.value, (low + high) / 2.0))
                    + Text::new(value_text(bar), (5, 0), at(font(TICK, color), HPos::Left, VPos::Center)),
            ))
            .map_err(failed)?;
        let (x, y) = chart.backend_coord(&(0.0, (low + high) / 2.0));
        let lines = &wrapped[i];
        let first = y - (lines.len() as i32 - 1) * LABEL.1 / 2;
        for (k, line) in lines.iter().enumerate() {
            write(
                root,
                line,
                (x - 6, first + k as i32 * LABEL.1),
                &at(font(LABEL.0, INK), HPos::Right, VPos::Center),
            )?;
        }
    }
    Ok(())
}
