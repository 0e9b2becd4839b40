//! Two ranks per label on one rank axis (the positions: demand rank against
//! supply rank). Rank 1, the hottest, is at the left; the two ranks of a
//! label are dots joined by a line, each dot holding its rank. A rank the
//! label does not have is drawn as a hollow dot in a "not ranked" zone past
//! the last place, so that absence never reads as a rank. A label flagged
//! uncertain is marked, not its dots: a derived row is flagged for any of
//! its fields, which need not be these ranks.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, VPos},
};

use super::style::*;
use crate::chart::request::UNCERTAIN_MARK;
use crate::chart::text;

/// Height of the axis header (the hotter arrow and the rank numbers).
const HEADER: i32 = 40;
const DOT: i32 = 8;

/// The labels wrapped to the label column, and that column's width.
pub fn rank_labels(labels: &[String], uncertain: &[bool], width: i32) -> (Vec<Vec<String>>, i32) {
    let room = f64::from(width * 36 / 100);
    let texts: Vec<String> = labels
        .iter()
        .zip(uncertain)
        .map(|(l, u)| if *u { format!("{l} {UNCERTAIN_MARK}") } else { l.clone() })
        .collect();
    let widest = texts.iter().map(|t| text::width(t, LABEL.0)).fold(0.0, f64::max);
    let column = widest.min(room).ceil() as i32 + 12;
    let wrapped = texts.iter().map(|t| text::wrap(t, LABEL.0, room)).collect();
    (wrapped, column)
}

fn row_height(lines: usize) -> i32 {
    (lines as i32 * LABEL.1 + 12).max(2 * DOT + 12)
}

/// Height of the figure at its natural size.
pub fn natural_height(labels: &[String], uncertain: &[bool], width: i32) -> i32 {
    let (wrapped, _) = rank_labels(labels, uncertain, width);
    HEADER + wrapped.iter().map(|l| row_height(l.len())).sum::<i32>() + 8
}

#[allow(clippy::too_many_arguments)]
pub fn draw(
    root: &Area<'_>,
    plot: Plot,
    labels: &[String],
    pairs: &[(Option<i64>, Option<i64>)],
    uncertain: &[bool],
    last: i64,
    hotter: &str,
    unranked: &str,
) -> Drawn {
    let (wrapped, column) = rank_labels(labels, uncertain, plot.w);
    let x0 = plot.x + column + DOT + 4;
    // Places 1..last, then a gap and the "not ranked" zone, whose heading
    // must fit at the right.
    let zone = (text::width(unranked, TICK) / 2.0).ceil() as i32 + 2;
    let slots = last as f64 + 1.6;
    let step = f64::from(plot.x + plot.w - zone.max(2 * DOT + 4) - x0) / (slots - 1.0).max(1.0);
    let at_rank = |rank: i64| x0 + ((rank - 1) as f64 * step).round() as i32;
    let unranked_x = x0 + ((slots - 1.0) * step).round() as i32;
    let separator = x0 + ((last as f64 - 0.2) * step).round() as i32;
    let top = plot.y;
    let bottom = plot.y + HEADER + wrapped.iter().map(|l| row_height(l.len())).sum::<i32>();

    // The header: which end is hotter, the places, and the zone past them.
    write(
        root,
        hotter,
        (x0 - DOT, top),
        &at(font(11.0, MUTED), HPos::Left, VPos::Top),
    )?;
    for rank in 1..=last {
        let x = at_rank(rank);
        write(
            root,
            &rank.to_string(),
            (x, top + HEADER - 6),
            &at(font(TICK, MUTED), HPos::Center, VPos::Bottom),
        )?;
        root.draw(&PathElement::new(
            vec![(x, top + HEADER), (x, bottom)],
            GRID.stroke_width(1),
        ))
        .map_err(failed)?;
    }
    write(
        root,
        unranked,
        (unranked_x, top + HEADER - 6),
        &at(font(TICK, MUTED), HPos::Center, VPos::Bottom),
    )?;
    let mut y = top + HEADER;
    while y < bottom {
        root.draw(&PathElement::new(
            vec![(separator, y), (separator, (y + 4).min(bottom))],
            AXIS.stroke_width(1),
        ))
        .map_err(failed)?;
        y += 8;
    }

    let mut y = top + HEADER;
    for (i, lines) in wrapped.iter().enumerate() {
        let height = row_height(lines.len());
        let middle = y + height / 2;
        if i % 2 == 1 {
            root.draw(&Rectangle::new(
                [(plot.x, y), (plot.x + plot.w, y + height)],
                STRIPE.filled(),
            ))
            .map_err(failed)?;
        }
        let color = if uncertain[i] { UNSURE } else { INK };
        let first_line = middle - (lines.len() as i32 * LABEL.1) / 2;
        for (k, line) in lines.iter().enumerate() {
            write(
                root,
                line,
                (plot.x + column - 6, first_line + k as i32 * LABEL.1),
                &at(font(LABEL.0, color), HPos::Right, VPos::Top),
            )?;
        }
        let (first, second) = pairs[i];
        let place = |rank: Option<i64>, shift: i32| match rank {
            Some(r) => at_rank(r),
            None => unranked_x + shift,
        };
        // Equal ranks would hide one dot behind the other.
        let (shift_a, shift_b) = if first == second {
            (-DOT / 2 - 1, DOT / 2 + 1)
        } else {
            (0, 0)
        };
        let (xa, xb) = (place(first, -DOT - 1) + shift_a, place(second, DOT + 1) + shift_b);
        if first.is_some() && second.is_some() {
            root.draw(&PathElement::new(
                vec![(xa, middle), (xb, middle)],
                AXIS.stroke_width(3),
            ))
            .map_err(failed)?;
        }
        for (rank, x, fill) in [(first, xa, SERIES[0]), (second, xb, SERIES[1])] {
            match rank {
                Some(r) => {
                    root.draw(&Circle::new((x, middle), DOT, fill.filled()))
                        .map_err(failed)?;
                    write(
                        root,
                        &r.to_string(),
                        (x, middle),
                        &at(bold(9.0, WHITE_INK), HPos::Center, VPos::Center),
                    )?;
                }
                None => {
                    root.draw(&Circle::new((x, middle), DOT - 2, WHITE.filled()))
                        .map_err(failed)?;
                    root.draw(&Circle::new((x, middle), DOT - 2, fill.stroke_width(2)))
                        .map_err(failed)?;
                }
            }
        }
        y += height;
    }
    root.draw(&PathElement::new(
        vec![(plot.x, bottom), (plot.x + plot.w, bottom)],
        AXIS.stroke_width(1),
    ))
    .map_err(failed)?;
    Ok(())
}

/// Text on a coloured dot.
const WHITE_INK: RGBColor = RGBColor(0xff, 0xff, 0xff);
