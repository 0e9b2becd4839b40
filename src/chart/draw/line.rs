//! A line through time, a point and a value label on each month.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::style::*;
use crate::chart::figure::{Frame, Mark};
use crate::chart::request::UNCERTAIN_MARK;
use crate::chart::text;

/// How the labels under a line chart are set: in one row, staggered over
/// two rows, or turned upright; and the height they take.
pub fn line_labels(labels: &[String], width: i32) -> (LabelSetting, i32) {
    let slot = f64::from(width - VALUE_AXIS_AREA) / labels.len().max(1) as f64;
    let widest = labels.iter().map(|l| text::width(l, TICK)).fold(0.0, f64::max);
    if widest <= slot - 4.0 {
        (LabelSetting::Row, 22)
    } else if widest <= 2.0 * slot - 6.0 {
        (LabelSetting::Staggered, 38)
    } else {
        (LabelSetting::Upright, widest.ceil() as i32 + 12)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelSetting {
    Row,
    Staggered,
    Upright,
}

/// A line through the rows in order, a point and a value label on each.
pub fn draw(root: &Area<'_>, plot: Plot, labels: &[String], points: &[Mark], frame: &Frame) -> Drawn {
    let (setting, label_height) = line_labels(labels, plot.w);
    let (top, ticks) = value_axis(points.iter().map(|p| p.value).fold(0.0, f64::max));
    let n = points.len() as f64;
    // Value labels wider than the room between points stand upright.
    let slot = f64::from(plot.w - VALUE_AXIS_AREA - 8) / n.max(1.0);
    let upright = points.iter().any(|p| text::width(&p.text, TICK) > slot - 3.0);
    let upright_height = points
        .iter()
        .map(|p| text::width(&value_text(p), UPRIGHT))
        .fold(0.0, f64::max)
        .ceil() as i32;
    let axis = vertical_axis_title(frame, plot.h - label_height - 30);
    let area = plot.area(root);
    let mut chart = ChartBuilder::on(&area)
        .margin_top(if upright { upright_height + 14 } else { 30 })
        .margin_right(8)
        .x_label_area_size(label_height)
        .y_label_area_size(VALUE_AXIS_AREA)
        .build_cartesian_2d(-0.5f64..n - 0.5, 0f64..top)
        .map_err(failed)?;
    value_mesh(&mut chart, ticks, axis)?;
    chart
        .draw_series(LineSeries::new(
            points.iter().enumerate().map(|(i, p)| (i as f64, p.value)),
            SERIES[0].stroke_width(2),
        ))
        .map_err(failed)?;
    for (i, point) in points.iter().enumerate() {
        let at_point = (i as f64, point.value);
        if point.uncertain {
            chart
                .draw_series([
                    Circle::new(at_point, 5, WHITE.filled()),
                    Circle::new(at_point, 5, UNSURE.stroke_width(2)),
                ])
                .map_err(failed)?;
        } else {
            chart
                .draw_series(std::iter::once(Circle::new(at_point, 4, SERIES[0].filled())))
                .map_err(failed)?;
        }
        let color = if point.uncertain { UNSURE } else { INK };
        if upright {
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at(at_point) + Text::new(value_text(point), (0, -8), upright_style(color)),
                ))
                .map_err(failed)?;
        }
        let mut texts = if upright { Vec::new() } else { vec![point.text.clone()] };
        if point.uncertain && !upright {
            texts.push(UNCERTAIN_MARK.to_owned());
        }
        for (k, text) in texts.iter().enumerate() {
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at(at_point)
                        + Text::new(
                            text.clone(),
                            (0, -8 - k as i32 * 13),
                            at(font(TICK, color), HPos::Center, VPos::Bottom),
                        ),
                ))
                .map_err(failed)?;
        }
        let (x, y) = chart.backend_coord(&(i as f64, 0.0));
        match setting {
            LabelSetting::Row | LabelSetting::Staggered => {
                let row = if setting == LabelSetting::Staggered {
                    (i % 2) as i32
                } else {
                    0
                };
                write(
                    root,
                    &labels[i],
                    (x, y + 6 + row * 16),
                    &at(font(TICK, INK), HPos::Center, VPos::Top),
                )?;
            }
            LabelSetting::Upright => {
                let style = FontDesc::new(FontFamily::Name(FONT), TICK * PX, FontStyle::Normal)
                    .transform(FontTransform::Rotate270)
                    .color(&INK)
                    .pos(Pos::new(HPos::Right, VPos::Center));
                write(root, &labels[i], (x, y + 6), &style)?;
            }
        }
    }
    Ok(())
}
