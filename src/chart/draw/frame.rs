//! The frame every chart shares: title and subtitle at the top; series
//! legend, the uncertainty legend and the source line at the bottom.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, VPos},
};

use super::style::*;
use crate::chart::figure::Frame;
use crate::chart::text;

/// Text sizes and line heights of the frame.
const TITLE: (f64, i32) = (17.0, 23);
const SUBTITLE: (f64, i32) = (12.0, 17);
const LEGEND: (f64, i32) = (12.0, 20);
const SOURCE: (f64, i32) = (11.0, 15);

/// The frame's lines, wrapped to the chart's width.
pub struct FrameLayout {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Series legend entries on lines: (line, entries).
    series: Vec<Vec<(usize, String, i32)>>,
    uncertain: Vec<String>,
    source: Vec<String>,
}

impl FrameLayout {
    pub fn new(frame: &Frame, width: i32) -> FrameLayout {
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

    pub fn top(&self) -> i32 {
        PAD + self.title.len() as i32 * TITLE.1 + 2 + self.subtitle.len() as i32 * SUBTITLE.1 + 12
    }

    pub fn bottom(&self) -> i32 {
        10 + (self.series.len() + self.uncertain.len()) as i32 * LEGEND.1 + self.source.len() as i32 * SOURCE.1 + PAD
    }
}

pub fn draw(root: &Area<'_>, layout: &FrameLayout, height: i32) -> Drawn {
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
