//! Columns, one series or groups of several (growth by year, salary by
//! position, the two age cohorts side by side).

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::style::*;
use crate::chart::figure::{Frame, Mark};
use crate::chart::request::UNCERTAIN_MARK;
use crate::chart::text;

/// Category labels of columns, wrapped to their slot; when that would
/// break a word or take more than three lines, one upright line each.
pub fn column_labels(labels: &[String], width: i32) -> (Vec<Vec<String>>, bool) {
    let slot = (f64::from(width - VALUE_AXIS_AREA) / labels.len().max(1) as f64 - 6.0).max(24.0);
    let wrapped: Vec<Vec<String>> = labels.iter().map(|l| text::wrap(l, LABEL.0, slot)).collect();
    let broken = labels.iter().any(|l| {
        l.split([' ', '-'])
            .any(|word| !word.chars().any(|c| c.len_utf8() > 1) && text::width(word, LABEL.0) > slot)
    });
    if broken || wrapped.iter().any(|l| l.len() > 3) {
        (labels.iter().map(|l| vec![l.clone()]).collect(), true)
    } else {
        (wrapped, false)
    }
}

/// Height of the labels under columns.
pub fn column_label_height(labels: &[Vec<String>], upright: bool) -> i32 {
    if upright {
        labels
            .iter()
            .flatten()
            .map(|l| text::width(l, LABEL.0))
            .fold(0.0, f64::max)
            .ceil() as i32
            + 12
    } else {
        labels.iter().map(Vec::len).max().unwrap_or(1) as i32 * LABEL.1 + 8
    }
}

/// Columns (one series) or groups of columns (several), labels under each
/// group, value labels on top of each column.
pub fn draw(root: &Area<'_>, plot: Plot, labels: &[String], series: &[&[Option<Mark>]], frame: &Frame) -> Drawn {
    let (wrapped, upright_labels) = column_labels(labels, plot.w);
    let label_height = column_label_height(&wrapped, upright_labels);
    let marks = || series.iter().flat_map(|s| s.iter().flatten());
    let max = marks().map(|m| m.value).fold(0.0, f64::max);
    let (top, ticks) = value_axis(max);
    let n = labels.len() as f64;
    let group = 0.74;
    let width = group / series.len().max(1) as f64;
    // Value labels shrink to fit their column, down to 8 px; below that they
    // stand upright above it.
    let column_px = f64::from(plot.w - VALUE_AXIS_AREA - 4) / n.max(1.0) * width;
    let widest = marks().map(|m| text::width(&m.text, 1.0)).fold(0.0, f64::max);
    let value_px = (column_px / widest.max(1.0)).min(TICK);
    let upright = value_px < 8.0;
    let upright_height = marks()
        .map(|m| text::width(&value_text(m), UPRIGHT))
        .fold(0.0, f64::max)
        .ceil() as i32;
    let axis = vertical_axis_title(frame, plot.h - label_height - 20);
    let area = plot.area(root);
    let mut chart = ChartBuilder::on(&area)
        .margin_top(if upright { upright_height + 10 } else { 20 })
        .margin_right(4)
        .x_label_area_size(label_height)
        .y_label_area_size(VALUE_AXIS_AREA)
        .build_cartesian_2d(0f64..n, 0f64..top)
        .map_err(failed)?;
    value_mesh(&mut chart, ticks, axis)?;

    for (i, label) in wrapped.iter().enumerate() {
        for (j, marks) in series.iter().enumerate() {
            let Some(mark) = marks.get(i).and_then(Option::as_ref) else {
                continue;
            };
            let x0 = i as f64 + (1.0 - group) / 2.0 + j as f64 * width;
            let x1 = x0 + width - if series.len() > 1 { 0.02 } else { 0.0 };
            let color = SERIES[j % 2];
            let fill = if mark.uncertain { pale(color) } else { color };
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x0, 0.0), (x1, mark.value)],
                    fill.filled(),
                )))
                .map_err(failed)?;
            let text_color = if mark.uncertain { UNSURE } else { INK };
            let mut labels = vec![mark.text.clone()];
            if mark.uncertain {
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(x0, 0.0), (x1, mark.value)],
                        UNSURE.stroke_width(1),
                    )))
                    .map_err(failed)?;
                labels.insert(0, UNCERTAIN_MARK.to_owned());
            }
            if upright {
                chart
                    .draw_series(std::iter::once(
                        EmptyElement::at(((x0 + x1) / 2.0, mark.value))
                            + Text::new(value_text(mark), (0, -4), upright_style(text_color)),
                    ))
                    .map_err(failed)?;
                continue;
            }
            for (k, text) in labels.iter().rev().enumerate() {
                chart
                    .draw_series(std::iter::once(
                        EmptyElement::at(((x0 + x1) / 2.0, mark.value))
                            + Text::new(
                                text.clone(),
                                (0, -3 - k as i32 * 13),
                                at(font(value_px, text_color), HPos::Center, VPos::Bottom),
                            ),
                    ))
                    .map_err(failed)?;
            }
        }
        let (x, y) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        for (k, line) in label.iter().enumerate() {
            let style = if upright_labels {
                FontDesc::new(FontFamily::Name(FONT), LABEL.0 * PX, FontStyle::Normal)
                    .transform(FontTransform::Rotate270)
                    .color(&INK)
                    .pos(Pos::new(HPos::Right, VPos::Center))
            } else {
                at(font(LABEL.0, INK), HPos::Center, VPos::Top)
            };
            write(root, line, (x, y + 6 + k as i32 * LABEL.1), &style)?;
        }
    }
    Ok(())
}
