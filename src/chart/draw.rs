//! Lays out and draws a chart with plotters' SVG backend.
//!
//! Sizes are in pixels. Font sizes given to plotters are multiplied by
//! [`PX`]: its SVG backend writes `font-size` as the given size / 1.24.

use plotters::{
    coord::{Shift, types::RangedCoordf64},
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::{Cell, Figure, Frame, Mark, Size, UNCERTAIN_MARK, text};

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = Result<(), String>;

/// plotters' SVG backend divides font sizes by this.
const PX: f64 = 1.24;
const FONT: &str = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";
const PAD: i32 = 16;

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const MUTED: RGBColor = RGBColor(0x5b, 0x64, 0x70);
const GRID: RGBColor = RGBColor(0xe3, 0xe7, 0xed);
const AXIS: RGBColor = RGBColor(0x9a, 0xa3, 0xae);
const HEADER_FILL: RGBColor = RGBColor(0xee, 0xf2, 0xf7);
const STRIPE: RGBColor = RGBColor(0xf8, 0xfa, 0xfc);
/// Series colours: blue, then orange.
const SERIES: [RGBColor; 2] = [RGBColor(0x2f, 0x6f, 0xd6), RGBColor(0xe0, 0x8a, 0x1e)];
/// Outline and mark of uncertain figures.
const UNSURE: RGBColor = RGBColor(0xb4, 0x53, 0x09);

/// A lighter shade of `color`, for uncertain figures.
fn pale(color: RGBColor) -> RGBColor {
    let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * 0.6).round() as u8;
    RGBColor(mix(color.0), mix(color.1), mix(color.2))
}

fn font(px: f64, color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), px * PX, FontStyle::Normal).color(&color)
}

fn bold(px: f64, color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), px * PX, FontStyle::Bold).color(&color)
}

fn at(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

fn failed<E: std::fmt::Display>(error: E) -> String {
    error.to_string()
}

/// Writes `text` at `(x, y)` on `area`.
fn write(area: &Area<'_>, text: &str, (x, y): (i32, i32), style: &TextStyle<'static>) -> Drawn {
    area.draw(&Text::new(text.to_owned(), (x, y), style.clone()))
        .map_err(failed)
}

/// Text sizes and line heights of the frame.
const TITLE: (f64, i32) = (17.0, 23);
const SUBTITLE: (f64, i32) = (12.0, 17);
const LEGEND: (f64, i32) = (12.0, 20);
const SOURCE: (f64, i32) = (11.0, 15);

/// The frame's lines, wrapped to the chart's width.
struct FrameLayout {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Series legend entries on lines: (line, entries).
    series: Vec<Vec<(usize, String, i32)>>,
    uncertain: Vec<String>,
    source: Vec<String>,
}

impl FrameLayout {
    fn new(frame: &Frame, width: i32) -> FrameLayout {
        let room = f64::from(width - 2 * PAD);
        let mut series: Vec<Vec<(usize, String, i32)>> = Vec::new();
        let mut x = 0;
        for (i, name) in frame.series.iter().enumerate() {
            let w = 18 + text::width(name, LEGEND.0).ceil() as i32 + 18;
            if series.is_empty() || f64::from(x + w) > room {
                series.push(Vec::new());
                x = 0;
            }
            series.last_mut().expect("a line").push((i, name.clone(), x));
            x += w;
        }
        FrameLayout {
            title: text::wrap(&frame.title, TITLE.0, room),
            subtitle: text::wrap(&frame.subtitle, SUBTITLE.0, room),
            series,
            uncertain: frame
                .uncertain
                .as_deref()
                .map(|u| text::wrap(u, LEGEND.0, room - 22.0))
                .unwrap_or_default(),
            source: text::wrap(&frame.source, SOURCE.0, room),
        }
    }

    fn top(&self) -> i32 {
        PAD + self.title.len() as i32 * TITLE.1 + 2 + self.subtitle.len() as i32 * SUBTITLE.1 + 12
    }

    fn bottom(&self) -> i32 {
        10 + (self.series.len() + self.uncertain.len()) as i32 * LEGEND.1 + self.source.len() as i32 * SOURCE.1 + PAD
    }
}

/// Draws `figure` in `frame` at `size` and returns the SVG document.
pub(crate) fn draw(frame: &Frame, figure: &Figure, size: Size) -> Result<String, String> {
    let width = size.width as i32;
    let layout = FrameLayout::new(frame, width);
    let plot_width = width - 2 * PAD;
    // A requested height is a minimum: the chart grows to fit its rows.
    let natural = layout.top() + natural_height(figure, frame, plot_width) + layout.bottom();
    let height = size.height.map_or(natural, |h| (h as i32).max(natural));
    let plot = Rect {
        x: PAD,
        y: layout.top(),
        w: plot_width,
        h: (height - layout.top() - layout.bottom()).max(60),
    };

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (size.width, height as u32)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        draw_frame(&root, &layout, height)?;
        match &frame.empty {
            Some(message) => write(
                &root,
                message,
                (plot.x + plot.w / 2, plot.y + plot.h / 2),
                &at(font(14.0, MUTED), HPos::Center, VPos::Center),
            )?,
            None => match figure {
                Figure::Line { labels, points } => line(&root, plot, labels, points, frame)?,
                Figure::Bars { labels, bars } => hbars(&root, plot, labels, bars, &frame.axis)?,
                Figure::Columns { labels, series } => {
                    let series: Vec<&[Option<Mark>]> = series.iter().map(|s| s.marks.as_slice()).collect();
                    columns(&root, plot, labels, &series, frame)?
                }
                Figure::Table { headers, rows } => table(&root, plot, headers, rows)?,
            },
        }
        root.present().map_err(failed)?;
    }
    Ok(svg)
}

#[derive(Clone, Copy, Debug)]
struct Rect {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
}

impl Rect {
    fn area<'a>(&self, root: &Area<'a>) -> Area<'a> {
        root.clone().shrink((self.x, self.y), (self.w as u32, self.h as u32))
    }
}

fn draw_frame(root: &Area<'_>, layout: &FrameLayout, height: i32) -> Drawn {
    let mut y = PAD;
    for line in &layout.title {
        write(root, line, (PAD, y), &at(bold(TITLE.0, INK), HPos::Left, VPos::Top))?;
        y += TITLE.1;
    }
    y += 2;
    for line in &layout.subtitle {
        write(
            root,
            line,
            (PAD, y),
            &at(font(SUBTITLE.0, MUTED), HPos::Left, VPos::Top),
        )?;
        y += SUBTITLE.1;
    }

    let mut y = height - layout.bottom() + 10;
    for line in &layout.series {
        for (i, name, x) in line {
            let x = PAD + x;
            root.draw(&Rectangle::new([(x, y + 3), (x + 12, y + 15)], SERIES[i % 2].filled()))
                .map_err(failed)?;
            write(
                root,
                name,
                (x + 18, y + 9),
                &at(font(LEGEND.0, INK), HPos::Left, VPos::Center),
            )?;
        }
        y += LEGEND.1;
    }
    for (k, line) in layout.uncertain.iter().enumerate() {
        if k == 0 {
            root.draw(&Rectangle::new(
                [(PAD, y + 3), (PAD + 12, y + 15)],
                pale(SERIES[0]).filled(),
            ))
            .map_err(failed)?;
            root.draw(&Rectangle::new(
                [(PAD, y + 3), (PAD + 12, y + 15)],
                UNSURE.stroke_width(1),
            ))
            .map_err(failed)?;
        }
        write(
            root,
            line,
            (PAD + 18, y + 9),
            &at(font(LEGEND.0, UNSURE), HPos::Left, VPos::Center),
        )?;
        y += LEGEND.1;
    }
    for line in &layout.source {
        write(
            root,
            line,
            (PAD, y + 2),
            &at(font(SOURCE.0, MUTED), HPos::Left, VPos::Top),
        )?;
        y += SOURCE.1;
    }
    Ok(())
}

/// Height the figure needs at its natural size, in pixels.
fn natural_height(figure: &Figure, frame: &Frame, width: i32) -> i32 {
    if frame.empty.is_some() {
        return 120;
    }
    match figure {
        Figure::Line { labels, .. } => 260 + line_labels(labels, width).1,
        Figure::Bars { labels, .. } => {
            let (wrapped, _) = bar_labels(labels, width);
            wrapped.iter().map(|l| band_height(l.len())).sum::<i32>() + AXIS_AREA + 8
        }
        Figure::Columns { labels, .. } => {
            let (wrapped, upright) = column_labels(labels, width);
            260 + column_label_height(&wrapped, upright)
        }
        Figure::Table { headers, rows } => table_layout(headers, rows, width, 13.0).height,
    }
}

/// The title of a vertical value axis `length` pixels long: the full one
/// when it fits, else the short one.
fn vertical_axis_title(frame: &Frame, length: i32) -> &str {
    if text::width(&frame.axis, TICK) <= f64::from(length - 10) {
        &frame.axis
    } else {
        &frame.axis_short
    }
}

/// Height of the label area under a value axis with its title.
const AXIS_AREA: i32 = 42;
const LABEL: (f64, i32) = (12.0, 15);
const TICK: f64 = 11.0;

/// Steps of a value axis from 0: the top and the number of ticks.
fn value_axis(max: f64) -> (f64, usize) {
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
fn value_mesh(
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

fn tick_label(value: &f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn band_height(lines: usize) -> i32 {
    (lines as i32 * LABEL.1 + 12).max(28)
}

/// Category labels of bars, wrapped, and the width of their column.
fn bar_labels(labels: &[String], width: i32) -> (Vec<Vec<String>>, i32) {
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
fn hbars(root: &Area<'_>, plot: Rect, labels: &[String], bars: &[Mark], axis: &str) -> Drawn {
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

/// Size of upright value labels, in pixels.
const UPRIGHT: f64 = 10.0;

/// Value labels standing upright above their column or point.
fn upright_style(color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), UPRIGHT * PX, FontStyle::Normal)
        .transform(FontTransform::Rotate270)
        .color(&color)
        .pos(Pos::new(HPos::Left, VPos::Center))
}

/// A value label with the uncertainty mark.
fn value_text(mark: &Mark) -> String {
    if mark.uncertain {
        format!("{} {UNCERTAIN_MARK}", mark.text)
    } else {
        mark.text.clone()
    }
}

/// Category labels of columns, wrapped to their slot; when that would
/// break a word or take more than three lines, one upright line each.
fn column_labels(labels: &[String], width: i32) -> (Vec<Vec<String>>, bool) {
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
fn column_label_height(labels: &[Vec<String>], upright: bool) -> i32 {
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

/// Width of a vertical value axis with its ticks and rotated title.
const VALUE_AXIS_AREA: i32 = 64;

/// Columns (one series) or groups of columns (several), labels under each
/// group, value labels on top of each column.
fn columns(root: &Area<'_>, plot: Rect, labels: &[String], series: &[&[Option<Mark>]], frame: &Frame) -> Drawn {
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

/// How the labels under a line chart are set: in one row, staggered over
/// two rows, or turned upright; and the height they take.
fn line_labels(labels: &[String], width: i32) -> (LabelSetting, i32) {
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
enum LabelSetting {
    Row,
    Staggered,
    Upright,
}

/// A line through the rows in order, a point and a value label on each.
fn line(root: &Area<'_>, plot: Rect, labels: &[String], points: &[Mark], frame: &Frame) -> Drawn {
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

/// Layout of a table figure at one font size.
struct TableLayout {
    /// Column widths in pixels.
    widths: Vec<i32>,
    /// Lines of each header.
    headers: Vec<Vec<String>>,
    header_height: i32,
    /// Lines of each cell, and the height of each row.
    cells: Vec<(Vec<Vec<String>>, i32)>,
    height: i32,
    px: f64,
}

fn line_height(px: f64) -> i32 {
    (px * 1.45).round() as i32
}

fn table_layout(headers: &[String], rows: &[Vec<Cell>], width: i32, px: f64) -> TableLayout {
    let has_row_headers = rows.first().and_then(|r| r.first()).is_some_and(|c| c.header);
    let columns = headers.len().max(1) as i32;
    let widths: Vec<i32> = if has_row_headers && columns > 1 {
        let widest = rows
            .iter()
            .filter_map(|r| r.first())
            .flat_map(|c| &c.items)
            .chain(headers.first())
            .map(|t| text::width(t, px))
            .fold(0.0, f64::max);
        let first = ((widest + 20.0).ceil() as i32).min(width * 28 / 100);
        let rest = (width - first) / (columns - 1);
        std::iter::once(first)
            .chain(std::iter::repeat_n(rest, columns as usize - 1))
            .collect()
    } else {
        vec![width / columns; columns as usize]
    };
    let lh = line_height(px);
    let header_lines: Vec<Vec<String>> = headers
        .iter()
        .zip(&widths)
        .map(|(h, w)| text::wrap(h, px, f64::from(w - 16)))
        .collect();
    let header_height = header_lines.iter().map(Vec::len).max().unwrap_or(1) as i32 * lh + 12;
    let separator = if headers.iter().any(|h| h.chars().any(|c| c.len_utf8() > 1)) {
        "、"
    } else {
        ", "
    };
    let cells: Vec<(Vec<Vec<String>>, i32)> = rows
        .iter()
        .map(|row| {
            let lines: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, w)| cell_lines(cell, px, f64::from(w - 16), separator))
                .collect();
            let height = lines.iter().map(Vec::len).max().unwrap_or(1) as i32 * lh + 14;
            (lines, height)
        })
        .collect();
    let height = header_height + cells.iter().map(|(_, h)| h).sum::<i32>() + 4;
    TableLayout {
        widths,
        headers: header_lines,
        header_height,
        cells,
        height,
        px,
    }
}

/// The lines of a cell: one item per line, or the items as a list wrapped
/// between items (an item is broken only when it is wider than the cell).
fn cell_lines(cell: &Cell, px: f64, room: f64, separator: &str) -> Vec<String> {
    if cell.items.is_empty() {
        return vec!["—".to_owned()];
    }
    if !cell.inline {
        return cell.items.iter().flat_map(|i| text::wrap(i, px, room)).collect();
    }
    let count = cell.items.len();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (k, item) in cell.items.iter().enumerate() {
        let mut piece = item.clone();
        if k + 1 < count {
            piece.push_str(separator);
        } else if let Some(suffix) = &cell.suffix {
            if separator == ", " {
                piece.push_str(", ");
            }
            piece.push_str(suffix);
        }
        let candidate = format!("{line}{piece}");
        if line.is_empty() || text::width(candidate.trim_end(), px) <= room {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_owned());
            line = piece;
        }
    }
    lines.push(line.trim_end().to_owned());
    lines.into_iter().flat_map(|l| text::wrap(&l, px, room)).collect()
}

/// A table: a header row, then one row per group, text in the cells.
fn table(root: &Area<'_>, plot: Rect, headers: &[String], rows: &[Vec<Cell>]) -> Drawn {
    // The largest font (13 px down to 9 px) at which the table fits.
    let mut layout = table_layout(headers, rows, plot.w, 13.0);
    let mut px = 13.0;
    while layout.height > plot.h && px > 9.0 {
        px -= 1.0;
        layout = table_layout(headers, rows, plot.w, px);
    }
    let lh = line_height(layout.px);
    let x_of = |column: usize| plot.x + layout.widths[..column].iter().sum::<i32>();
    let right = plot.x + layout.widths.iter().sum::<i32>();

    root.draw(&Rectangle::new(
        [(plot.x, plot.y), (right, plot.y + layout.header_height)],
        HEADER_FILL.filled(),
    ))
    .map_err(failed)?;
    for (column, lines) in layout.headers.iter().enumerate() {
        for (k, line) in lines.iter().enumerate() {
            write(
                root,
                line,
                (x_of(column) + 8, plot.y + 6 + k as i32 * lh),
                &at(bold(layout.px, INK), HPos::Left, VPos::Top),
            )?;
        }
    }
    let mut y = plot.y + layout.header_height;
    for (r, ((lines, height), row)) in layout.cells.iter().zip(rows).enumerate() {
        if r % 2 == 1 {
            root.draw(&Rectangle::new([(plot.x, y), (right, y + height)], STRIPE.filled()))
                .map_err(failed)?;
        }
        root.draw(&PathElement::new(vec![(plot.x, y), (right, y)], GRID.stroke_width(1)))
            .map_err(failed)?;
        for (column, (cell_lines, cell)) in lines.iter().zip(row).enumerate() {
            for (k, line) in cell_lines.iter().enumerate() {
                let style = if cell.header {
                    bold(layout.px, INK)
                } else if line.contains(UNCERTAIN_MARK) {
                    font(layout.px, UNSURE)
                } else {
                    font(layout.px, INK)
                };
                write(
                    root,
                    line,
                    (x_of(column) + 8, y + 7 + k as i32 * lh),
                    &at(style, HPos::Left, VPos::Top),
                )?;
            }
        }
        y += height;
    }
    root.draw(&PathElement::new(vec![(plot.x, y), (right, y)], AXIS.stroke_width(1)))
        .map_err(failed)?;
    Ok(())
}

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
