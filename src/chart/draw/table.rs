//! A table of labels, for datasets that are lists rather than figures
//! (hot jobs, skills, the application map).

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, VPos},
};

use super::style::*;
use crate::chart::figure::Cell;
use crate::chart::request::UNCERTAIN_MARK;
use crate::chart::text;

/// Layout of a table figure at one font size.
pub struct TableLayout {
    /// Column widths in pixels.
    widths: Vec<i32>,
    /// Lines of each header.
    headers: Vec<Vec<String>>,
    header_height: i32,
    /// Lines of each cell, and the height of each row.
    cells: Vec<(Vec<Vec<String>>, i32)>,
    pub height: i32,
    px: f64,
}

fn line_height(px: f64) -> i32 {
    (px * 1.45).round() as i32
}

pub fn table_layout(headers: &[String], rows: &[Vec<Cell>], width: i32, px: f64) -> TableLayout {
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
pub fn draw(root: &Area<'_>, plot: Plot, headers: &[String], rows: &[Vec<Cell>]) -> Drawn {
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
