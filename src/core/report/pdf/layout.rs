//! Text measuring and the layout primitives: text runs, rules, paragraphs,
//! headings and tables, laid out top to bottom over pages.

use super::{
    ACCENT, BLACK, BOLD_TTF, CONTENT_W, HEADER_BG, LIGHT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Op,
    PAGE_H, Page, REGULAR_TTF, Rgb,
};
use crate::core::report::ReportError;

/// Shapes text with rustybuzz as krilla's `draw_text` would, but keeps one
/// shape plan per (face, direction, script): building the plan is most of the
/// cost of shaping a short string, and a staff list shapes hundreds of
/// thousands of them.
pub(super) struct Shaper {
    pub(super) faces: [rustybuzz::Face<'static>; 2],
    pub(super) plans: std::cell::RefCell<
        Vec<(
            usize,
            rustybuzz::Direction,
            rustybuzz::Script,
            rustybuzz::ShapePlan,
        )>,
    >,
}

impl Shaper {
    pub(super) fn new() -> Result<Self, ReportError> {
        let face = |data: &'static [u8]| {
            rustybuzz::Face::from_slice(data, 0)
                .ok_or_else(|| ReportError::Pdf("the bundled font cannot be read".into()))
        };
        Ok(Self {
            faces: [face(REGULAR_TTF)?, face(BOLD_TTF)?],
            plans: std::cell::RefCell::new(Vec::new()),
        })
    }

    pub(super) fn face(&self, bold: bool) -> &rustybuzz::Face<'static> {
        &self.faces[usize::from(bold)]
    }

    /// The shaped glyphs of `text`.
    pub(super) fn shape(&self, text: &str, bold: bool) -> rustybuzz::GlyphBuffer {
        let face = self.face(bold);
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        let (dir, script) = (buf.direction(), buf.script());
        let fi = usize::from(bold);
        let mut plans = self.plans.borrow_mut();
        let at = match plans
            .iter()
            .position(|(f, d, s, _)| *f == fi && *d == dir && *s == script)
        {
            Some(i) => i,
            None => {
                let plan = rustybuzz::ShapePlan::new(
                    face,
                    dir,
                    Some(script),
                    buf.language().as_ref(),
                    &[],
                );
                plans.push((fi, dir, script, plan));
                plans.len() - 1
            }
        };
        rustybuzz::shape_with_plan(face, &plans[at].3, buf)
    }

    /// `text` as krilla glyphs (advances and offsets in em units).
    pub(super) fn glyphs(&self, text: &str, bold: bool) -> Vec<krilla::text::KrillaGlyph> {
        let out = self.shape(text, bold);
        let em = f32::from(self.face(bold).units_per_em() as u16);
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        (0..out.len())
            .map(|i| {
                let start = infos[i].cluster as usize;
                // A cluster ends where the next different cluster starts.
                let end = infos[i + 1..]
                    .iter()
                    .find(|g| g.cluster != infos[i].cluster)
                    .map_or(text.len(), |g| g.cluster as usize);
                let p = positions[i];
                krilla::text::KrillaGlyph::new(
                    krilla::text::GlyphId::new(infos[i].glyph_id),
                    p.x_advance as f32 / em,
                    p.x_offset as f32 / em,
                    p.y_offset as f32 / em,
                    p.y_advance as f32 / em,
                    start..end,
                    None,
                )
            })
            .collect()
    }
}

/// Measures text the way krilla will draw it. Widths are remembered per
/// (text, weight): a report repeats the same names, sites and reasons often.
pub(super) struct Measure {
    pub(super) shaper: Shaper,
    pub(super) em_widths: std::cell::RefCell<std::collections::HashMap<(String, bool), f32>>,
}

impl Measure {
    pub(super) fn new() -> Result<Self, ReportError> {
        Ok(Self {
            shaper: Shaper::new()?,
            em_widths: Default::default(),
        })
    }

    /// Width of `text` at `size` points.
    pub(super) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let key = (text.to_owned(), bold);
        if let Some(w) = self.em_widths.borrow().get(&key) {
            return w * size;
        }
        let out = self.shaper.shape(text, bold);
        let units: i32 = out.glyph_positions().iter().map(|p| p.x_advance).sum();
        let em = units as f32 / f32::from(self.shaper.face(bold).units_per_em() as u16);
        self.em_widths.borrow_mut().insert(key, em);
        em * size
    }

    /// Splits `text` into lines no wider than `width` (long words are cut).
    pub(super) fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            for word in para.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= width || line.is_empty() {
                    line = candidate;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line = word.to_owned();
                }
                // A single word wider than the line: cut it.
                while self.width(&line, size, bold) > width && line.chars().count() > 1 {
                    let mut cut: String = String::new();
                    for ch in line.chars() {
                        cut.push(ch);
                        if self.width(&cut, size, bold) > width {
                            cut.pop();
                            break;
                        }
                    }
                    if cut.is_empty() {
                        break;
                    }
                    let rest: String = line.chars().skip(cut.chars().count()).collect();
                    lines.push(cut);
                    line = rest;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` shortened with an ellipsis to fit `width`.
    pub(super) fn fit(&self, text: &str, size: f32, bold: bool, width: f32) -> String {
        if self.width(text, size, bold) <= width {
            return text.to_owned();
        }
        let mut s: String = text.to_owned();
        while !s.is_empty() && self.width(&format!("{s}…"), size, bold) > width {
            s.pop();
        }
        format!("{}…", s.trim_end())
    }
}

/// `text` with the characters people put in names that the bundled font has
/// no glyph for replaced by look-alikes (an arrow in a route name, say), so
/// nothing prints as an empty box.
pub(super) fn printable(text: &str) -> String {
    if !text.contains(['→', '⇒', '←']) {
        return text.to_owned();
    }
    text.replace('→', "->")
        .replace('⇒', "=>")
        .replace('←', "<-")
}

/// Horizontal alignment in a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
    Left,
    Right,
}

/// Lays out pages top to bottom.
pub(super) struct Layout {
    pub(super) m: Measure,
    pub(super) pages: Vec<Page>,
    pub(super) y: f32,
}

impl Layout {
    pub(super) fn new() -> Result<Self, ReportError> {
        Ok(Self {
            m: Measure::new()?,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
        })
    }

    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last].ops
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    pub(super) fn new_landscape_page(&mut self) {
        self.pages.push(Page {
            landscape: true,
            ops: Vec::new(),
        });
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `h` points still fit on this one.
    pub(super) fn ensure(&mut self, h: f32) {
        if self.y + h > PAGE_H - MARGIN_BOTTOM {
            self.new_page();
        }
    }

    pub(super) fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, color: Rgb, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops().push(Op::Text {
            x,
            y,
            size,
            bold,
            color,
            text: printable(text),
        });
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        if w > 0.0 && h > 0.0 {
            self.ops().push(Op::Rect { x, y, w, h, color });
        }
    }

    pub(super) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
        self.ops().push(Op::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
            dashed: false,
        });
    }

    pub(super) fn dashed(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Rgb) {
        self.ops().push(Op::Line {
            x1,
            y1,
            x2,
            y2,
            width: 1.0,
            color,
            dashed: true,
        });
    }

    /// A wrapped paragraph over the content width.
    pub(super) fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb) {
        let lead = size * 1.4;
        for line in self.m.wrap(text, size, bold, CONTENT_W) {
            self.ensure(lead);
            self.y += lead;
            self.text(MARGIN_X, self.y - size * 0.3, size, bold, color, &line);
        }
    }

    /// A section heading with a rule under it; keeps `keep` points with it.
    pub(super) fn heading(&mut self, text: &str, keep: f32) {
        self.ensure(40.0 + keep);
        self.y += 26.0;
        self.text(MARGIN_X, self.y, 14.0, true, ACCENT, text);
        self.y += 6.0;
        self.line(MARGIN_X, self.y, MARGIN_X + CONTENT_W, self.y, 0.8, ACCENT);
        self.y += 4.0;
    }

    pub(super) fn subheading(&mut self, text: &str, keep: f32) {
        self.ensure(26.0 + keep);
        self.y += 20.0;
        self.text(MARGIN_X, self.y, 10.5, true, BLACK, text);
        self.y += 4.0;
    }

    /// A table with a shaded bold header (repeated on each page), wrapped cells.
    pub(super) fn table(&mut self, cols: &[(&str, f32, Align)], rows: &[Vec<String>], size: f32) {
        let grid = Grid::new(cols, CONTENT_W, size, 3.0);
        let header: Vec<&str> = cols.iter().map(|c| c.0).collect();
        let header_lines = self.wrap_cells(&grid, &header, true);
        let header_h = grid.height(&header_lines);
        let draw_header = |me: &mut Layout| {
            let top = me.y;
            me.rect(MARGIN_X, top, CONTENT_W, header_h, HEADER_BG);
            me.cells(&grid, top, &header_lines, true);
            me.y += header_h;
        };
        self.ensure(header_h + grid.lead() + 2.0 * grid.pad);
        draw_header(self);
        for row in rows {
            let cells = self.wrap_cells(&grid, row, false);
            let h = grid.height(&cells);
            if self.y + h > PAGE_H - MARGIN_BOTTOM {
                self.new_page();
                draw_header(self);
            }
            let top = self.y;
            self.cells(&grid, top, &cells, false);
            self.y += h;
            self.line(MARGIN_X, self.y, MARGIN_X + CONTENT_W, self.y, 0.4, LIGHT);
        }
    }

    /// Each text wrapped to its column of `grid`, less the cell padding.
    pub(super) fn wrap_cells<S: AsRef<str>>(
        &self,
        grid: &Grid,
        texts: &[S],
        bold: bool,
    ) -> Vec<Vec<String>> {
        texts
            .iter()
            .zip(&grid.widths)
            .map(|(t, w)| self.m.wrap(t.as_ref(), grid.size, bold, w - 2.0 * grid.pad))
            .collect()
    }

    /// Draws one row of wrapped cells of `grid` whose top is at `top`.
    pub(super) fn cells(&mut self, grid: &Grid, top: f32, cells: &[Vec<String>], bold: bool) {
        let (size, pad, lead) = (grid.size, grid.pad, grid.lead());
        let mut x = MARGIN_X;
        for ((lines, w), align) in cells.iter().zip(&grid.widths).zip(&grid.aligns) {
            for (i, t) in lines.iter().enumerate() {
                let tx = match align {
                    Align::Left => x + pad,
                    Align::Right => x + w - pad - self.m.width(t, size, bold),
                };
                let y = top + pad + (i as f32 + 1.0) * lead - size * 0.3;
                self.text(tx, y, size, bold, BLACK, t);
            }
            x += w;
        }
    }
}

/// The columns of a table: their widths and alignments, the font size and
/// the padding inside a cell.
pub(super) struct Grid {
    pub(super) widths: Vec<f32>,
    pub(super) aligns: Vec<Align>,
    pub(super) size: f32,
    pub(super) pad: f32,
}

impl Grid {
    /// Columns `(title, relative width, alignment)` shared out over `width`.
    pub(super) fn new(cols: &[(&str, f32, Align)], width: f32, size: f32, pad: f32) -> Self {
        let total: f32 = cols.iter().map(|c| c.1).sum();
        Self {
            widths: cols.iter().map(|c| c.1 / total * width).collect(),
            aligns: cols.iter().map(|c| c.2).collect(),
            size,
            pad,
        }
    }

    /// Line spacing in a cell.
    pub(super) fn lead(&self) -> f32 {
        self.size * 1.3
    }

    /// Height of a row: its tallest cell plus the padding.
    pub(super) fn height(&self, cells: &[Vec<String>]) -> f32 {
        cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * self.lead() + 2.0 * self.pad
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let m = Measure::new().expect("font");
        let text = "Trung tâm Chính trị - Hành chính Thủy Nguyên tiếp nhận cán bộ, công chức";
        let lines = m.wrap(text, 10.0, false, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(m.width(l, 10.0, false) <= 120.0, "{l}");
        }
        let fitted = m.fit(text, 10.0, false, 80.0);
        assert!(fitted.ends_with('…') && m.width(&fitted, 10.0, false) <= 80.0);
    }
}
