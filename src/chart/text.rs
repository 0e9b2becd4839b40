//! Text measurement and line breaking for chart labels.
//!
//! The SVG answers leave the fonts to the viewer (text stays `<text>`), so
//! widths are estimates: a wide (CJK) character takes about one em, any other
//! about 0.58 em, a little more than the average Latin glyph of a sans-serif
//! font, so that estimated labels rather overflow their room than collide.

use unicode_width::UnicodeWidthChar;

/// Estimated width of `text` at `px` pixels per em, in pixels.
pub fn width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| match c.width() {
            Some(2) => 1.0,
            Some(0) | None => 0.0,
            _ if c == ' ' => 0.3,
            _ => 0.58,
        })
        .sum::<f64>()
        * px
}

/// Breaks `text` into lines no wider than `max` pixels at `px` per em.
///
/// Lines break at spaces, after `-`, `/`, `、` and `，`, and between wide
/// characters; a word wider than a line is broken between characters.
pub fn wrap(text: &str, px: f64, max: f64) -> Vec<String> {
    // Breaking only at spaces and punctuation reads best; between Chinese
    // characters only when that is not enough.
    let coarse = fill(tokens(text, false), px, max);
    if coarse.iter().all(|l| width(l, px) <= max) {
        return coarse;
    }
    // Words still wider than a line are broken between characters.
    fill(tokens(text, true), px, max)
        .into_iter()
        .flat_map(|l| {
            if width(&l, px) <= max {
                return vec![l];
            }
            let mut pieces = Vec::new();
            let mut piece = String::new();
            for c in l.chars() {
                if !piece.is_empty() && width(&format!("{piece}{c}"), px) > max {
                    pieces.push(std::mem::take(&mut piece));
                }
                piece.push(c);
            }
            pieces.push(piece);
            pieces
        })
        .collect()
}

/// Fills lines greedily with `tokens`.
fn fill(tokens: Vec<String>, px: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for token in tokens {
        let candidate = format!("{line}{token}");
        if line.is_empty() || width(candidate.trim_end(), px) <= max {
            line = candidate;
            continue;
        }
        lines.push(line.trim_end().to_owned());
        line = token.trim_start().to_owned();
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Pieces of `text` between which a line may break (with `between_wide`,
/// also between wide characters); each keeps the space or punctuation that
/// follows it.
fn tokens(text: &str, between_wide: bool) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut token = String::new();
    for c in text.chars() {
        let wide = between_wide && c.width() == Some(2);
        if wide && !token.is_empty() && !is_closing(c) {
            tokens.push(std::mem::take(&mut token));
        }
        token.push(c);
        if wide || matches!(c, ' ' | '-' | '/' | '、' | '，' | ',' | '·') {
            tokens.push(std::mem::take(&mut token));
        }
    }
    if !token.is_empty() {
        tokens.push(token);
    }
    // Keep closing punctuation with the character before it.
    let mut merged: Vec<String> = Vec::new();
    for token in tokens {
        match merged.last_mut() {
            Some(last) if token.chars().next().is_some_and(is_closing) => last.push_str(&token),
            _ => merged.push(token),
        }
    }
    merged
}

fn is_closing(c: char) -> bool {
    matches!(c, '、' | '，' | '。' | '）' | ')' | '：' | ':' | '》' | '”')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_as_one_em_and_latin_as_a_little_more_than_half() {
        assert_eq!(width("北京", 10.0), 20.0);
        assert!((width("ab", 10.0) - 11.6).abs() < 1e-9);
    }

    #[test]
    fn labels_wrap_at_spaces_hyphens_and_between_chinese_characters() {
        assert_eq!(
            wrap("Image recognition - computer vision", 12.0, 130.0),
            ["Image recognition -", "computer vision"]
        );
        assert_eq!(wrap("图像识别-计算机视觉", 12.0, 70.0), ["图像识别-", "计算机视觉"]);
        assert_eq!(wrap("图像识别-计算机视觉", 12.0, 98.0), ["图像识别-", "计算机视觉"]);
        assert_eq!(wrap("自然语言处理", 12.0, 50.0), ["自然语言", "处理"]);
        assert_eq!(wrap("北京", 12.0, 100.0), ["北京"]);
        assert_eq!(
            wrap("(?) 读数不确定：报告文字未能确定", 12.0, 120.0),
            ["(?) 读数不确定：报", "告文字未能确定"]
        );
        for line in wrap("近一年AIGC相关内容热度指数变化", 16.0, 100.0) {
            assert!(width(&line, 16.0) <= 100.0, "{line}");
        }
    }

    #[test]
    fn words_wider_than_a_line_are_broken_between_characters() {
        let lines = wrap("Supercalifragilistic", 10.0, 40.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "Supercalifragilistic");
    }
}
