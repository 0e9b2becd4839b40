//! What every figure shares: colours, fonts, text, the plot rectangle and
//! the value axis. Sizes are in pixels. Font sizes given to plotters are
//! multiplied by [`PX`]: its SVG backend writes `font-size` as the given size
//! / 1.24.

use plotters::{
    coord::{Shift, types::RangedCoordf64},
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use crate::chart::figure::Mark;
use crate::chart::request::UNCERTAIN_MARK;
use crate::chart::text;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type Drawn = Result<(), String>;

/// plotters' SVG backend divides font sizes by this.
pub const PX: f64 = 1.24;
pub const FONT: &str = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";
pub const PAD: i32 = 16;

pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
pub const MUTED: RGBColor = RGBColor(0x5b, 0x64, 0x70);
pub const GRID: RGBColor = RGBColor(0xe3, 0xe7, 0xed);
pub const AXIS: RGBColor = RGBColor(0x9a, 0xa3, 0xae);
pub const HEADER_FILL: RGBColor = RGBColor(0xee, 0xf2, 0xf7);
pub const STRIPE: RGBColor = RGBColor(0xf8, 0xfa, 0xfc);
/// Series colours: blue, then orange.
pub const SERIES: [RGBColor; 2] = [RGBColor(0x2f, 0x6f, 0xd6), RGBColor(0xe0, 0x8a, 0x1e)];
/// Outline and mark of uncertain figures.
pub const UNSURE: RGBColor = RGBColor(0xb4, 0x53, 0x09);

/// A lighter shade of `color`, for uncertain figures.
pub fn pale(color: RGBColor) -> RGBColor {
    let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * 0.6).round() as u8;
    RGBColor(mix(color.0), mix(color.1), mix(color.2))
}

pub fn font(px: f64, color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), px * PX, FontStyle::Normal).color(&color)
}

pub fn bold(px: f64, color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), px * PX, FontStyle::Bold).color(&color)
}

pub fn at(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

pub fn failed<E: std::fmt::Display>(error: E) -> String {
    error.to_string()
}

/// Writes `text` at `(x, y)` on `area`.
pub fn write(area: &Area<'_>, text: &str, (x, y): (i32, i32), style: &TextStyle<'static>) -> Drawn {
    area.draw(&Text::new(text.to_owned(), (x, y), style.clone()))
        .map_err(failed)
}

#[derive(Clone, Copy, Debug)]
pub struct Plot {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Plot {
    pub fn area<'a>(&self, root: &Area<'a>) -> Area<'a> {
        root.clone().shrink((self.x, self.y), (self.w as u32, self.h as u32))
    }
}

/// Height of the label area under a value axis with its title.
pub const AXIS_AREA: i32 = 42;
pub const LABEL: (f64, i32) = (12.0, 15);
pub const TICK: f64 = 11.0;

/// Steps of a value axis from 0: the top and the number of ticks.
pub fn value_axis(max: f64) -> (f64, usize) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 6);
    }
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * magnitude);
    let top = (max / step).ceil() * step;
    (top, (top / step).round() as usize + 1)
}

/// The value axis and its grid lines, shared by the column and line charts.
pub fn value_mesh(
    chart: &mut ChartContext<'_, SVGBackend<'_>, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    ticks: usize,
    axis: &str,
) -> Drawn {
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(ticks)
        .y_label_formatter(&tick_label)
        .y_desc(axis)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(AXIS)
        .label_style(font(TICK, MUTED))
        .axis_desc_style(font(TICK, MUTED))
        .draw()
        .map_err(failed)
}

pub fn tick_label(value: &f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Size of upright value labels, in pixels.
pub const UPRIGHT: f64 = 10.0;

/// Value labels standing upright above their column or point.
pub fn upright_style(color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), UPRIGHT * PX, FontStyle::Normal)
        .transform(FontTransform::Rotate270)
        .color(&color)
        .pos(Pos::new(HPos::Left, VPos::Center))
}

/// A value label with the uncertainty mark.
pub fn value_text(mark: &Mark) -> String {
    if mark.uncertain {
        format!("{} {UNCERTAIN_MARK}", mark.text)
    } else {
        mark.text.clone()
    }
}

/// The title of a vertical value axis `length` pixels long: the full one
/// when it fits, else the short one.
pub fn vertical_axis_title(frame: &crate::chart::figure::Frame, length: i32) -> &str {
    if text::width(&frame.axis, TICK) <= f64::from(length - 10) {
        &frame.axis
    } else {
        &frame.axis_short
    }
}

/// Width of a vertical value axis with its ticks and rotated title.
pub const VALUE_AXIS_AREA: i32 = 64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_axes_end_on_a_round_number_above_the_largest_figure() {
        assert_eq!(value_axis(95.12), (100.0, 6));
        assert_eq!(value_axis(281.88), (300.0, 4));
        assert_eq!(value_axis(31.42), (40.0, 5));
        assert_eq!(value_axis(110.6), (125.0, 6));
        assert_eq!(value_axis(0.0), (1.0, 6));
    }

    #[test]
    fn tick_labels_drop_trailing_zeros() {
        assert_eq!(tick_label(&20.0), "20");
        assert_eq!(tick_label(&2.5), "2.5");
        assert_eq!(tick_label(&0.30000000000000004), "0.3");
    }
}
