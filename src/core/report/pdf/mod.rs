//! The PDF committee report (A4, Vietnamese or English), written with krilla.
//!
//! Two steps: [`layout`] measures text with rustybuzz (the shaper krilla uses
//! itself) and produces pages of drawing operations (text runs, rectangles,
//! lines); [`render`] hands those to krilla, which embeds a subset of Noto Sans
//! with a ToUnicode map, so every word is real, selectable, searchable text.
//! Keeping layout apart from the PDF library makes it testable and lets the
//! footer say "page n of N".
//!
//! Why krilla: see `docs/REPORTS.md`.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::text::Font;

use super::fmt::{count, date, minutes, number, pct, vnd};
use super::labels::L;
use super::model::{ReportModel, status_label};
use super::{Lang, Phase, Progress, ReportError};

/// Noto Sans Regular (OFL), full Vietnamese coverage.
const REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (OFL).
const BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 50.0;
const MARGIN_TOP: f32 = 56.0;
const MARGIN_BOTTOM: f32 = 60.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// An RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

const BLACK: Rgb = Rgb(20, 24, 31);
const GREY: Rgb = Rgb(110, 117, 128);
const LIGHT: Rgb = Rgb(225, 230, 237);
const HEADER_BG: Rgb = Rgb(221, 228, 238);
const ACCENT: Rgb = Rgb(165, 28, 36);
const BEFORE: Rgb = Rgb(160, 168, 180);
const AFTER: Rgb = Rgb(36, 99, 170);
const BAD: Rgb = Rgb(190, 40, 40);
const GOOD: Rgb = Rgb(30, 130, 70);
const LIGHT_GREY: Rgb = Rgb(190, 195, 202);

/// Units named in the occupancy chart's legend; the others are grouped.
const MAX_LEGEND_UNITS: usize = 30;

/// Colours for units in the occupancy chart (cycled).
const PALETTE: [Rgb; 12] = [
    Rgb(36, 99, 170),
    Rgb(230, 126, 34),
    Rgb(39, 174, 96),
    Rgb(192, 57, 43),
    Rgb(142, 68, 173),
    Rgb(22, 160, 133),
    Rgb(211, 84, 0),
    Rgb(52, 73, 94),
    Rgb(241, 196, 15),
    Rgb(127, 140, 141),
    Rgb(155, 89, 182),
    Rgb(26, 188, 156),
];

/// One drawing operation; coordinates in points from the top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A run of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size, points.
        size: f32,
        /// Bold face.
        bold: bool,
        /// Colour.
        color: Rgb,
        /// The text.
        text: String,
    },
    /// A filled rectangle.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        color: Rgb,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Stroke width.
        width: f32,
        /// Colour.
        color: Rgb,
        /// Dashed.
        dashed: bool,
    },
}

/// Shapes text with rustybuzz as krilla's `draw_text` would, but keeps one
/// shape plan per (face, direction, script): building the plan is most of the
/// cost of shaping a short string, and a staff list shapes hundreds of
/// thousands of them.
struct Shaper {
    faces: [rustybuzz::Face<'static>; 2],
    plans: std::cell::RefCell<
        Vec<(
            usize,
            rustybuzz::Direction,
            rustybuzz::Script,
            rustybuzz::ShapePlan,
        )>,
    >,
}

impl Shaper {
    fn new() -> Result<Self, ReportError> {
        let face = |data: &'static [u8]| {
            rustybuzz::Face::from_slice(data, 0)
                .ok_or_else(|| ReportError::Pdf("the bundled font cannot be read".into()))
        };
        Ok(Self {
            faces: [face(REGULAR_TTF)?, face(BOLD_TTF)?],
            plans: std::cell::RefCell::new(Vec::new()),
        })
    }

    fn face(&self, bold: bool) -> &rustybuzz::Face<'static> {
        &self.faces[usize::from(bold)]
    }

    /// The shaped glyphs of `text`.
    fn shape(&self, text: &str, bold: bool) -> rustybuzz::GlyphBuffer {
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
    fn glyphs(&self, text: &str, bold: bool) -> Vec<krilla::text::KrillaGlyph> {
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
struct Measure {
    shaper: Shaper,
    em_widths: std::cell::RefCell<std::collections::HashMap<(String, bool), f32>>,
}

impl Measure {
    fn new() -> Result<Self, ReportError> {
        Ok(Self {
            shaper: Shaper::new()?,
            em_widths: Default::default(),
        })
    }

    /// Width of `text` at `size` points.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
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
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
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
    fn fit(&self, text: &str, size: f32, bold: bool, width: f32) -> String {
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

/// One page of drawing operations and its orientation (A4 either way).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// Landscape (the staff list) rather than portrait.
    pub landscape: bool,
    /// What to draw.
    pub ops: Vec<Op>,
}

impl Page {
    /// Width in points.
    pub fn width(&self) -> f32 {
        if self.landscape { PAGE_H } else { PAGE_W }
    }
    /// Height in points.
    pub fn height(&self) -> f32 {
        if self.landscape { PAGE_W } else { PAGE_H }
    }
}

/// PDF-only choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfOptions {
    /// Add the appendix listing every cadre (landscape pages, one row each).
    pub staff_list: bool,
}

impl Default for PdfOptions {
    fn default() -> Self {
        Self { staff_list: true }
    }
}

/// `text` with the characters people put in names that the bundled font has
/// no glyph for replaced by look-alikes (an arrow in a route name, say), so
/// nothing prints as an empty box.
fn printable(text: &str) -> String {
    if !text.contains(['→', '⇒', '←']) {
        return text.to_owned();
    }
    text.replace('→', "->")
        .replace('⇒', "=>")
        .replace('←', "<-")
}

/// Horizontal alignment in a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

/// Lays out pages top to bottom.
struct Layout {
    m: Measure,
    pages: Vec<Page>,
    y: f32,
}

impl Layout {
    fn new() -> Result<Self, ReportError> {
        Ok(Self {
            m: Measure::new()?,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
        })
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last].ops
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    fn new_landscape_page(&mut self) {
        self.pages.push(Page {
            landscape: true,
            ops: Vec::new(),
        });
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `h` points still fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > PAGE_H - MARGIN_BOTTOM {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, color: Rgb, text: &str) {
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

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        if w > 0.0 && h > 0.0 {
            self.ops().push(Op::Rect { x, y, w, h, color });
        }
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
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

    fn dashed(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Rgb) {
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
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb) {
        let lead = size * 1.4;
        for line in self.m.wrap(text, size, bold, CONTENT_W) {
            self.ensure(lead);
            self.y += lead;
            self.text(MARGIN_X, self.y - size * 0.3, size, bold, color, &line);
        }
    }

    /// A section heading with a rule under it; keeps `keep` points with it.
    fn heading(&mut self, text: &str, keep: f32) {
        self.ensure(40.0 + keep);
        self.y += 26.0;
        self.text(MARGIN_X, self.y, 14.0, true, ACCENT, text);
        self.y += 6.0;
        self.line(MARGIN_X, self.y, MARGIN_X + CONTENT_W, self.y, 0.8, ACCENT);
        self.y += 4.0;
    }

    fn subheading(&mut self, text: &str, keep: f32) {
        self.ensure(26.0 + keep);
        self.y += 20.0;
        self.text(MARGIN_X, self.y, 10.5, true, BLACK, text);
        self.y += 4.0;
    }

    /// A table with a shaded bold header (repeated on each page), wrapped cells.
    fn table(&mut self, cols: &[(&str, f32, Align)], rows: &[Vec<String>], size: f32) {
        let total: f32 = cols.iter().map(|c| c.1).sum();
        let widths: Vec<f32> = cols.iter().map(|c| c.1 / total * CONTENT_W).collect();
        let pad = 3.0;
        let lead = size * 1.3;
        let header_lines: Vec<Vec<String>> = cols
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.m.wrap(c.0, size, true, w - 2.0 * pad))
            .collect();
        let header_h =
            header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * pad;
        let draw_header = |me: &mut Layout| {
            let top = me.y;
            me.rect(MARGIN_X, top, CONTENT_W, header_h, HEADER_BG);
            let mut x = MARGIN_X;
            for ((lines, w), c) in header_lines.iter().zip(&widths).zip(cols) {
                for (i, l) in lines.iter().enumerate() {
                    let tx = match c.2 {
                        Align::Left => x + pad,
                        Align::Right => x + w - pad - me.m.width(l, size, true),
                    };
                    me.text(
                        tx,
                        top + pad + (i as f32 + 1.0) * lead - size * 0.3,
                        size,
                        true,
                        BLACK,
                        l,
                    );
                }
                x += w;
            }
            me.y += header_h;
        };
        self.ensure(header_h + lead + 2.0 * pad);
        draw_header(self);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(t, w)| self.m.wrap(t, size, false, w - 2.0 * pad))
                .collect();
            let h = cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * pad;
            if self.y + h > PAGE_H - MARGIN_BOTTOM {
                self.new_page();
                draw_header(self);
            }
            let top = self.y;
            let mut x = MARGIN_X;
            for ((lines, w), c) in cells.iter().zip(&widths).zip(cols) {
                for (i, l) in lines.iter().enumerate() {
                    let tx = match c.2 {
                        Align::Left => x + pad,
                        Align::Right => x + w - pad - self.m.width(l, size, false),
                    };
                    self.text(
                        tx,
                        top + pad + (i as f32 + 1.0) * lead - size * 0.3,
                        size,
                        false,
                        BLACK,
                        l,
                    );
                }
                x += w;
            }
            self.y += h;
            self.line(MARGIN_X, self.y, MARGIN_X + CONTENT_W, self.y, 0.4, LIGHT);
        }
    }
}

/// A round step for an axis from 0 to `max` with about `ticks` ticks.
fn nice_step(max: f64, ticks: usize) -> f64 {
    let raw = (max / ticks.max(1) as f64).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 2.5 {
        2.5
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

fn summary_text(m: &ReportModel) -> Vec<String> {
    let lang = m.lang;
    let vi = lang == Lang::Vi;
    let mut out = Vec::new();
    if !m.has_plan() {
        // A solved plan with nobody in it is a plan with no staff yet, not a failure.
        let empty = m.status.has_plan();
        out.push(
            if empty { L::NoStaff } else { L::NoPlan }
                .t(lang)
                .to_owned(),
        );
        return out;
    }
    let split: Vec<String> = m
        .sites
        .iter()
        .filter(|s| s.people > 0)
        .map(|s| {
            if vi {
                format!("{} người tại {}", count(s.people, lang), s.name)
            } else {
                format!("{} at {}", count(s.people, lang), s.name)
            }
        })
        .collect();
    out.push(if vi {
        format!(
            "Phương án \"{}\" bố trí {} cán bộ, công chức, viên chức: {}.",
            m.scenario_name,
            count(m.staff, lang),
            split.join("; ")
        )
    } else {
        format!(
            "Scenario \"{}\" places {} staff: {}.",
            m.scenario_name,
            count(m.staff, lang),
            split.join("; ")
        )
    });
    out.push(if vi {
        format!(
            "{} người đi về hằng ngày bằng phương tiện được bố trí hoặc tự túc có hỗ trợ; {} người ở nhà công vụ, ký túc xá và về nhà hằng tuần.",
            count(m.daily_commuters, lang),
            count(m.housed, lang)
        )
    } else {
        format!(
            "{} commute daily by organised transport or own means with an allowance; {} stay in official housing or dormitories and go home weekly.",
            count(m.daily_commuters, lang),
            count(m.housed, lang)
        )
    });
    out.push(if vi {
        format!(
            "Thời gian đi lại một chiều trung bình: {} phút hiện nay, {} phút theo phương án (95% số người không quá {} phút).",
            minutes(m.commute_before.mean, lang),
            minutes(m.commute_after.mean, lang),
            minutes(m.commute_after.p95, lang)
        )
    } else {
        format!(
            "Mean one-way commute: {} minutes today, {} minutes in this plan (95% of people at most {} minutes).",
            minutes(m.commute_before.mean, lang),
            minutes(m.commute_after.mean, lang),
            minutes(m.commute_after.p95, lang)
        )
    });
    let budget = match m.budget_vnd {
        Some(b) if vi => format!(" (trần kinh phí {} đồng)", vnd(b, lang)),
        Some(b) => format!(" (budget cap {} VND)", vnd(b, lang)),
        None => String::new(),
    };
    out.push(if vi {
        format!(
            "Kinh phí hằng tháng: {} đồng{budget}. {} người thay đổi nơi làm việc; {} người được bố trí khác nguyện vọng đã đăng ký.",
            vnd(m.cost.total_vnd, lang),
            count(m.disrupted, lang),
            count(m.preference_mismatches, lang)
        )
    } else {
        format!(
            "Monthly cost: {} VND{budget}. {} people change workplace; {} are placed against their survey answer.",
            vnd(m.cost.total_vnd, lang),
            count(m.disrupted, lang),
            count(m.preference_mismatches, lang)
        )
    });
    let broken = m.violated_rules().count();
    out.push(match (broken, vi) {
        (0, _) => L::NoViolations.t(lang).to_owned(),
        (n, true) => format!("{n} quy tắc mềm bị vi phạm (xem mục Quy tắc)."),
        (n, false) => format!("{n} soft rule(s) broken (see Rules)."),
    });
    out
}

/// Lays the report out into pages of drawing operations (with the staff list).
pub fn layout(m: &ReportModel) -> Result<Vec<Page>, ReportError> {
    layout_with(m, PdfOptions::default(), &mut |_| {})
}

/// Lays the report out into pages of drawing operations.
pub fn layout_with(
    m: &ReportModel,
    opts: PdfOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Page>, ReportError> {
    let lang = m.lang;
    let mut l = Layout::new()?;

    // Title page.
    l.y = 150.0;
    for line in l.m.wrap(L::ReportTitle.t(lang), 20.0, true, CONTENT_W) {
        l.y += 28.0;
        let w = l.m.width(&line, 20.0, true);
        l.text(
            MARGIN_X + (CONTENT_W - w) / 2.0,
            l.y,
            20.0,
            true,
            ACCENT,
            &line,
        );
    }
    l.y += 24.0;
    let sub = L::ReportSubtitle.t(lang);
    let w = l.m.width(sub, 12.0, false);
    l.text(
        MARGIN_X + (CONTENT_W - w) / 2.0,
        l.y,
        12.0,
        false,
        GREY,
        sub,
    );
    l.y += 50.0;
    let period = format!("{} – {}", date(m.period_start), date(m.period_end));
    let export_date = m.stamp.exported_at.format("%d/%m/%Y").to_string();
    for (label, value) in [
        (L::Plan.t(lang), m.plan_name.as_str()),
        (L::Scenario.t(lang), m.scenario_name.as_str()),
        (L::Period.t(lang), period.as_str()),
        (L::ExportDate.t(lang), export_date.as_str()),
        (L::SolverStatus.t(lang), status_label(&m.status, lang)),
    ] {
        let lines = l.m.wrap(value, 12.0, true, CONTENT_W - 150.0);
        l.y += 22.0;
        l.text(MARGIN_X + 20.0, l.y, 11.0, false, GREY, label);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                l.y += 16.0;
            }
            l.text(MARGIN_X + 150.0, l.y, 12.0, true, BLACK, line);
        }
    }
    if !m.scenario_notes.is_empty() {
        l.y += 14.0;
        l.paragraph(&m.scenario_notes, 10.0, false, GREY);
    }
    if m.anonymized {
        l.y += 10.0;
        l.paragraph(L::AnonymisedNote.t(lang), 10.0, true, ACCENT);
    }
    // Audit stamp box at the bottom of the title page.
    let stamp = m.stamp.lines(lang);
    let box_h = 22.0 + stamp.len() as f32 * 13.0;
    let top = PAGE_H - MARGIN_BOTTOM - box_h;
    l.rect(MARGIN_X, top, CONTENT_W, box_h, Rgb(244, 246, 249));
    l.text(
        MARGIN_X + 10.0,
        top + 15.0,
        9.0,
        true,
        BLACK,
        L::AuditStamp.t(lang),
    );
    for (i, (label, value)) in stamp.iter().enumerate() {
        let y = top + 29.0 + i as f32 * 13.0;
        l.text(MARGIN_X + 10.0, y, 7.5, false, GREY, label);
        let v = l.m.fit(value, 7.5, false, CONTENT_W - 150.0);
        l.text(MARGIN_X + 140.0, y, 7.5, false, BLACK, &v);
    }

    // Decision summary: one page.
    l.new_page();
    l.heading(L::DecisionSummary.t(lang), 60.0);
    l.y += 4.0;
    for s in summary_text(m) {
        l.paragraph(&format!("• {s}"), 10.5, false, BLACK);
        l.y += 3.0;
    }
    l.subheading(L::KeyFigures.t(lang), 40.0);
    let figures: Vec<Vec<String>> = m
        .key_figures()
        .into_iter()
        .map(|(k, v)| vec![k.to_owned(), v])
        .collect();
    l.table(
        &[
            (L::Indicator.t(lang), 3.0, Align::Left),
            (L::Value.t(lang), 1.4, Align::Right),
        ],
        &figures,
        9.0,
    );
    l.subheading(L::MonthlyCost.t(lang), 40.0);
    let mut cost_rows: Vec<Vec<String>> = m
        .cost_categories()
        .into_iter()
        .map(|(k, v)| vec![k.to_owned(), vnd(v, lang)])
        .collect();
    cost_rows.push(vec![
        L::CostTotal.t(lang).to_owned(),
        vnd(m.cost.total_vnd, lang),
    ]);
    l.table(
        &[
            (L::Indicator.t(lang), 3.0, Align::Left),
            (L::MonthlyCost.t(lang), 1.4, Align::Right),
        ],
        &cost_rows,
        9.0,
    );

    // Headquarters and charts.
    l.new_page();
    l.heading(L::SheetSites.t(lang), 60.0);
    let site_rows: Vec<Vec<String>> = m
        .sites
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                count(s.people, lang),
                count(s.desks as usize, lang),
                pct(s.desk_fill_share(), lang),
                number(s.area_used_m2, 0, lang),
                number(s.area_available_m2, 0, lang),
                pct(s.area_fill_share(), lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Site.t(lang), 3.2, Align::Left),
            (L::People.t(lang), 1.0, Align::Right),
            (L::Desks.t(lang), 1.1, Align::Right),
            (L::DeskFill.t(lang), 1.1, Align::Right),
            (L::AreaUsed.t(lang), 1.3, Align::Right),
            (L::AreaAvailable.t(lang), 1.3, Align::Right),
            (L::AreaFill.t(lang), 1.1, Align::Right),
        ],
        &site_rows,
        8.5,
    );
    occupancy_chart(&mut l, m);
    commute_chart(&mut l, m);
    cost_chart(&mut l, m);

    // Per-unit table.
    l.new_page();
    l.heading(L::PerUnit.t(lang), 60.0);
    let mut cols: Vec<(&str, f32, Align)> = vec![(L::Unit.t(lang), 3.4, Align::Left)];
    for s in &m.sites {
        cols.push((s.name.as_str(), 1.5, Align::Right));
    }
    cols.push((L::Total.t(lang), 0.9, Align::Right));
    let mut unit_rows: Vec<Vec<String>> = m
        .units
        .iter()
        .map(|u| {
            let mut r = vec![u.name.clone()];
            r.extend(u.people_by_site.iter().map(|n| count(*n, lang)));
            r.push(count(u.total, lang));
            r
        })
        .collect();
    let mut total = vec![L::Total.t(lang).to_owned()];
    total.extend(m.sites.iter().map(|s| count(s.people, lang)));
    total.push(count(m.staff, lang));
    unit_rows.push(total);
    l.table(&cols, &unit_rows, 8.5);

    // Transport and housing.
    l.heading(L::TransportAndHousing.t(lang), 80.0);
    let dash = "–".to_owned();
    let service_rows: Vec<Vec<String>> = m
        .services
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.mode.clone(),
                count(s.riders, lang),
                if s.has_vehicles {
                    count(s.vehicles as usize, lang)
                } else {
                    dash.clone()
                },
                if s.has_vehicles {
                    pct(s.seat_fill_share, lang)
                } else {
                    dash.clone()
                },
                vnd(s.cost_vnd_per_month, lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Service.t(lang), 3.2, Align::Left),
            (L::Mode.t(lang), 1.8, Align::Left),
            (L::Riders.t(lang), 0.9, Align::Right),
            (L::Vehicles.t(lang), 0.8, Align::Right),
            (L::SeatFill.t(lang), 1.0, Align::Right),
            (L::CostPerMonth.t(lang), 1.5, Align::Right),
        ],
        &service_rows,
        8.5,
    );
    l.y += 14.0;
    let housing_rows: Vec<Vec<String>> = m
        .housing
        .iter()
        .map(|h| {
            vec![
                h.name.clone(),
                h.site.clone(),
                count(h.beds as usize, lang),
                count(h.beds_used as usize, lang),
                count(h.beds.saturating_sub(h.beds_used) as usize, lang),
                vnd(h.cost_vnd_per_month, lang),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Housing.t(lang), 3.0, Align::Left),
            (L::Site.t(lang), 2.4, Align::Left),
            (L::Beds.t(lang), 0.8, Align::Right),
            (L::BedsUsed.t(lang), 0.9, Align::Right),
            (L::BedsFree.t(lang), 0.9, Align::Right),
            (L::CostPerMonth.t(lang), 1.4, Align::Right),
        ],
        &housing_rows,
        8.5,
    );

    // Rules, violations, diagnosis.
    l.heading(L::ViolationsAndDiagnosis.t(lang), 80.0);
    let rule_rows: Vec<Vec<String>> = m
        .rules
        .iter()
        .map(|r| {
            vec![
                if r.scope.is_empty() {
                    r.rule.clone()
                } else {
                    format!("{} ({})", r.rule, r.scope)
                },
                match r.weight {
                    Some(w) => format!("{} ({})", r.kind, number(w, 0, lang)),
                    None => r.kind.clone(),
                },
                if r.violated {
                    L::Violated
                } else {
                    L::Satisfied
                }
                .t(lang)
                .to_owned(),
                if r.violated {
                    number(r.amount, 0, lang)
                } else {
                    String::new()
                },
                r.details.clone(),
            ]
        })
        .collect();
    l.table(
        &[
            (L::Rule.t(lang), 3.0, Align::Left),
            (L::Kind.t(lang), 1.3, Align::Left),
            (L::Status.t(lang), 1.0, Align::Left),
            (L::Amount.t(lang), 1.0, Align::Right),
            (L::Details.t(lang), 3.2, Align::Left),
        ],
        &rule_rows,
        8.0,
    );
    if m.violated_rules().count() == 0 && m.has_plan() {
        l.y += 6.0;
        l.paragraph(L::NoViolations.t(lang), 10.0, false, GOOD);
    }
    if !m.diagnosis.is_empty() {
        l.subheading(L::Diagnosis.t(lang), 30.0);
        for d in &m.diagnosis {
            l.paragraph(&format!("• {d}"), 9.5, false, BAD);
        }
    }

    // Sign-off block.
    sign_off(&mut l, m);
    if opts.staff_list {
        staff_list(&mut l, m, progress);
    }
    Ok(l.pages)
}

fn occupancy_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    // A legend of hundreds of units would not fit: the largest units get a
    // colour each, the rest share one grey "Others" segment.
    let mut by_size: Vec<(usize, &str)> = m
        .units
        .iter()
        .filter(|u| u.total > 0)
        .map(|u| (u.total, u.name.as_str()))
        .collect();
    by_size.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let grouped = by_size.len() > MAX_LEGEND_UNITS;
    let keep: Vec<&str> = by_size
        .iter()
        .take(if grouped {
            MAX_LEGEND_UNITS - 1
        } else {
            by_size.len()
        })
        .map(|(_, n)| *n)
        .collect();
    let units: Vec<&str> = m
        .units
        .iter()
        .map(|u| u.name.as_str())
        .filter(|n| keep.contains(n))
        .collect();
    let others = L::Others.t(lang);
    let legend: Vec<&str> = units
        .iter()
        .copied()
        .chain(grouped.then_some(others))
        .collect();
    let legend_rows = legend.len().div_ceil(2);
    let bar_h = 22.0;
    let chart_h = 30.0 + m.sites.len() as f32 * (bar_h + 22.0) + 20.0 + legend_rows as f32 * 10.0;
    l.subheading(L::ChartOccupancy.t(lang), chart_h);
    let label_w = 0.0;
    let x0 = MARGIN_X + label_w;
    let w = CONTENT_W - label_w;
    let max = m
        .sites
        .iter()
        .map(|s| s.people.max(s.desks as usize))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = nice_step(max, 5);
    let axis_max = (max / step).ceil() * step;
    let scale = |v: f64| (v / axis_max) as f32 * w;
    let color_of = |name: &str| match units.iter().position(|u| *u == name) {
        Some(i) => PALETTE[i % PALETTE.len()],
        None => LIGHT_GREY,
    };
    l.y += 8.0;
    for s in &m.sites {
        l.y += 12.0;
        let label = format!(
            "{} — {} / {} {}",
            s.name,
            count(s.people, lang),
            count(s.desks as usize, lang),
            L::Desks.t(lang).to_lowercase()
        );
        let label = l.m.fit(&label, 8.5, true, w);
        l.text(x0, l.y, 8.5, true, BLACK, &label);
        l.y += 4.0;
        let top = l.y;
        let mut x = x0;
        let mut rest = 0;
        for (unit, n) in &s.people_by_unit {
            if units.contains(&unit.as_str()) {
                let seg = scale(*n as f64);
                l.rect(x, top, seg, bar_h, color_of(unit));
                x += seg;
            } else {
                rest += n;
            }
        }
        l.rect(x, top, scale(rest as f64), bar_h, LIGHT_GREY);
        let desk_x = x0 + scale(f64::from(s.desks));
        l.dashed(desk_x, top - 3.0, desk_x, top + bar_h + 3.0, BLACK);
        l.y += bar_h + 6.0;
    }
    // Axis with ticks.
    let axis_y = l.y;
    l.line(x0, axis_y, x0 + w, axis_y, 0.5, GREY);
    let mut v = 0.0;
    while v <= axis_max + 1e-9 {
        let x = x0 + scale(v);
        l.line(x, axis_y, x, axis_y + 3.0, 0.5, GREY);
        let t = count(v as usize, lang);
        let tw = l.m.width(&t, 7.0, false);
        l.text(x - tw / 2.0, axis_y + 11.0, 7.0, false, GREY, &t);
        v += step;
    }
    l.y += 20.0;
    // Legend in two columns.
    let col_w = CONTENT_W / 2.0;
    for (i, u) in legend.iter().enumerate() {
        let cx = MARGIN_X + (i % 2) as f32 * col_w;
        let cy = l.y + (i / 2) as f32 * 10.0;
        l.rect(cx, cy - 6.5, 7.0, 7.0, color_of(u));
        let t = l.m.fit(u, 7.0, false, col_w - 14.0);
        l.text(cx + 10.0, cy, 7.0, false, BLACK, &t);
    }
    l.y += legend_rows as f32 * 10.0;
}

fn commute_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    let h = &m.histogram;
    let plot_h = 120.0;
    l.subheading(L::ChartCommute.t(lang), plot_h + 50.0);
    l.y += 8.0;
    // Legend.
    for (i, (label, color)) in [(L::Before.t(lang), BEFORE), (L::After.t(lang), AFTER)]
        .into_iter()
        .enumerate()
    {
        let x = MARGIN_X + 30.0 + i as f32 * 120.0;
        l.rect(x, l.y - 6.5, 7.0, 7.0, color);
        l.text(x + 10.0, l.y, 7.5, false, BLACK, label);
    }
    l.y += 8.0;
    let x0 = MARGIN_X + 30.0;
    let w = CONTENT_W - 30.0;
    let top = l.y;
    let bottom = top + plot_h;
    let max = h
        .before
        .iter()
        .chain(&h.after)
        .copied()
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = nice_step(max, 4);
    let axis_max = (max / step).ceil() * step;
    let sy = |v: f64| bottom - (v / axis_max) as f32 * plot_h;
    // Grid and y ticks.
    let mut v = 0.0;
    while v <= axis_max + 1e-9 {
        let y = sy(v);
        l.line(x0, y, x0 + w, y, 0.3, LIGHT);
        let t = count(v as usize, lang);
        let tw = l.m.width(&t, 7.0, false);
        l.text(x0 - 4.0 - tw, y + 2.5, 7.0, false, GREY, &t);
        v += step;
    }
    let bins = h.before.len().max(h.after.len()).max(1);
    let slot = w / bins as f32;
    for i in 0..bins {
        let x = x0 + i as f32 * slot;
        let b = h.before.get(i).copied().unwrap_or(0) as f64;
        let a = h.after.get(i).copied().unwrap_or(0) as f64;
        let bw = slot * 0.38;
        l.rect(x + slot * 0.1, sy(b), bw, bottom - sy(b), BEFORE);
        l.rect(x + slot * 0.1 + bw, sy(a), bw, bottom - sy(a), AFTER);
        let from = h.bin_minutes * i as f64;
        let label = if i + 1 == bins {
            format!("{}+", number(from, 0, lang))
        } else {
            format!(
                "{}–{}",
                number(from, 0, lang),
                number(from + h.bin_minutes, 0, lang)
            )
        };
        let tw = l.m.width(&label, 6.5, false);
        l.text(
            x + (slot - tw) / 2.0,
            bottom + 10.0,
            6.5,
            false,
            GREY,
            &label,
        );
    }
    l.line(x0, bottom, x0 + w, bottom, 0.6, GREY);
    l.y = bottom + 22.0;
    let caption = format!(
        "{} ({})",
        L::Minutes.t(lang),
        L::People.t(lang).to_lowercase()
    );
    let tw = l.m.width(&caption, 7.0, false);
    l.text(x0 + (w - tw) / 2.0, l.y - 4.0, 7.0, false, GREY, &caption);
}

fn cost_chart(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    let cats = m.cost_categories();
    let bar_h = 14.0;
    l.subheading(
        L::ChartCost.t(lang),
        cats.len() as f32 * (bar_h + 6.0) + 20.0,
    );
    l.y += 6.0;
    let label_w = 150.0;
    let value_w = 70.0;
    let x0 = MARGIN_X + label_w;
    let w = CONTENT_W - label_w - value_w;
    let max = cats.iter().map(|c| c.1).fold(0.0, f64::max).max(1.0);
    for (i, (label, value)) in cats.iter().enumerate() {
        let top = l.y;
        let t = l.m.fit(label, 8.0, false, label_w - 8.0);
        l.text(MARGIN_X, top + bar_h - 3.5, 8.0, false, BLACK, &t);
        let bw = (value / max) as f32 * w;
        l.rect(x0, top, bw, bar_h, PALETTE[i % PALETTE.len()]);
        let v = number(value / 1e6, 1, lang);
        l.text(x0 + bw + 4.0, top + bar_h - 3.5, 8.0, false, BLACK, &v);
        l.y += bar_h + 6.0;
    }
}

fn sign_off(l: &mut Layout, m: &ReportModel) {
    let lang = m.lang;
    l.heading(L::SignOff.t(lang), 150.0);
    l.y += 16.0;
    let top = l.y;
    let col_w = CONTENT_W / 3.0;
    for (i, (label, name, signed_on)) in m.sign_off.roles().into_iter().enumerate() {
        let label = label.t(lang);
        let cx = MARGIN_X + i as f32 * col_w + col_w / 2.0;
        let centre = |l: &mut Layout, y: f32, size: f32, bold: bool, color: Rgb, t: &str| {
            let t = l.m.fit(t, size, bold, col_w - 10.0);
            let w = l.m.width(&t, size, bold);
            l.text(cx - w / 2.0, y, size, bold, color, &t);
        };
        centre(l, top, 10.0, true, BLACK, label);
        // A date given at export is printed; otherwise a line to fill in by hand.
        match signed_on {
            Some(d) => {
                let t = format!("{} {}", L::SignedOn.t(lang), date(d));
                centre(l, top + 14.0, 8.5, false, BLACK, &t);
            }
            None => centre(l, top + 14.0, 8.0, false, GREY, L::DateLine.t(lang)),
        }
        centre(l, top + 26.0, 7.5, false, GREY, L::SignatureLine.t(lang));
        l.line(
            cx - col_w / 2.0 + 12.0,
            top + 90.0,
            cx + col_w / 2.0 - 12.0,
            top + 90.0,
            0.5,
            GREY,
        );
        centre(l, top + 104.0, 9.5, true, BLACK, name);
    }
    l.y = top + 120.0;
}

/// Font size of the staff list.
const LIST_SIZE: f32 = 7.0;

/// A name shortened to fit `width`: family and given name kept, middle names
/// cut to initials ("Nguyễn T. M. Khai"), and only then an ellipsis, because a
/// Vietnamese name's last word is the one people are called by.
fn fit_name(meas: &Measure, name: &str, size: f32, width: f32) -> String {
    if meas.width(name, size, false) <= width {
        return name.to_owned();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 2 {
        let mut short: Vec<String> = vec![words[0].to_owned()];
        for w in &words[1..words.len() - 1] {
            short.extend(w.chars().next().map(|c| format!("{c}.")));
        }
        short.push(words[words.len() - 1].to_owned());
        let short = short.join(" ");
        if meas.width(&short, size, false) <= width {
            return short;
        }
    }
    meas.fit(name, size, false, width)
}

/// A place name shortened in the middle to fit `width`, keeping its first
/// and last words ("Trung tâm Chính trị … Thủy Nguyên"): the end of a site or
/// route name is usually what tells two of them apart.
fn fit_middle(meas: &Measure, text: &str, size: f32, width: f32) -> String {
    if meas.width(text, size, false) <= width {
        return text.to_owned();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    let mut best: Option<(usize, String)> = None;
    for tail in 1..n {
        for head in 1..n - tail {
            let front = words[..head].join(" ");
            let back = words[n - tail..].join(" ");
            let front = front.trim_end_matches([' ', '-', '–', ',']);
            let back = back.trim_start_matches([' ', '-', '–', ',']);
            let candidate = format!("{front} … {back}");
            // The end weighs more: it is what tells places apart.
            let chars = 2 * front.chars().count() + 3 * back.chars().count();
            if best.as_ref().is_some_and(|(c, _)| *c >= chars) {
                continue;
            }
            if meas.width(&candidate, size, false) <= width {
                best = Some((chars, candidate));
            }
        }
    }
    match best {
        Some((_, s)) => s,
        None => meas.fit(text, size, false, width),
    }
}

/// The appendix: every cadre on one row, on landscape pages, grouped by unit
/// (in the plan's unit order) and by given name within a unit, the way
/// Vietnamese staff lists are ordered. Each page repeats the column header,
/// and a unit that runs onto a new page gets its band again, marked continued.
///
/// Repeating texts (sites, services, reasons) are measured once and cached, so
/// 30,000 rows lay out in about a second.
fn staff_list(l: &mut Layout, m: &ReportModel, progress: &mut dyn FnMut(Progress)) {
    use std::collections::HashMap;
    if m.cadres.is_empty() {
        return;
    }
    let lang = m.lang;
    let page_w = PAGE_H;
    let page_h = PAGE_W;
    let content_w = page_w - 2.0 * MARGIN_X;
    let bottom = page_h - MARGIN_BOTTOM;
    let size = LIST_SIZE;
    let lead = size * 1.3;
    let pad = 1.8;

    // Columns: (title, relative width, alignment).
    let mut cols: Vec<(&str, f32, Align)> = vec![(L::Code.t(lang), 50.0, Align::Left)];
    if !m.anonymized {
        cols.push((L::Name.t(lang), 100.0, Align::Left));
    }
    cols.extend([
        (L::Site.t(lang), 110.0, Align::Left),
        (L::Arrangement.t(lang), 72.0, Align::Left),
        (L::ServiceOrHousing.t(lang), 112.0, Align::Left),
        (L::CommuteBeforeAfter.t(lang), 46.0, Align::Right),
        (L::CostPerMonth.t(lang), 50.0, Align::Right),
        (L::Pinned.t(lang), 34.0, Align::Left),
        (L::Reason.t(lang), 205.0, Align::Left),
    ]);
    let total: f32 = cols.iter().map(|c| c.1).sum();
    let widths: Vec<f32> = cols.iter().map(|c| c.1 / total * content_w).collect();
    let inner = |i: usize| widths[i] - 2.0 * pad;
    let name_col = usize::from(!m.anonymized);
    let reason_col = cols.len() - 1;

    // Order: plan's unit order, then given name (last word), then full name, then code.
    let unit_rank: HashMap<&str, usize> = m
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.name.as_str(), i))
        .collect();
    let keys: Vec<(usize, String, String, String)> = m
        .cadres
        .iter()
        .map(|c| {
            let given = c.name.split_whitespace().last().unwrap_or_default();
            (
                unit_rank
                    .get(c.unit.as_str())
                    .copied()
                    .unwrap_or(usize::MAX),
                super::text::fold(&c.unit),
                super::text::fold(given),
                super::text::fold(&c.name),
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..m.cadres.len()).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| m.cadres[a].code.cmp(&m.cadres[b].code))
    });
    let mut unit_sizes: HashMap<&str, usize> = HashMap::new();
    for c in &m.cadres {
        *unit_sizes.entry(c.unit.as_str()).or_default() += 1;
    }

    // Header cells, wrapped once.
    let header_lines: Vec<Vec<String>> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| l.m.wrap(c.0, size, true, inner(i)))
        .collect();
    let header_h = header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * pad;
    let band_h = lead + 2.0 * pad;

    let draw_header = |l: &mut Layout| {
        let top = l.y;
        l.rect(MARGIN_X, top, content_w, header_h, HEADER_BG);
        let mut x = MARGIN_X;
        for (i, lines) in header_lines.iter().enumerate() {
            for (k, t) in lines.iter().enumerate() {
                let tx = match cols[i].2 {
                    Align::Left => x + pad,
                    Align::Right => x + widths[i] - pad - l.m.width(t, size, true),
                };
                l.text(
                    tx,
                    top + pad + (k as f32 + 1.0) * lead - size * 0.3,
                    size,
                    true,
                    BLACK,
                    t,
                );
            }
            x += widths[i];
        }
        l.y += header_h;
    };
    let draw_band = |l: &mut Layout, unit: &str, people: usize, continued: bool| {
        let top = l.y;
        l.rect(MARGIN_X, top, content_w, band_h, LIGHT);
        let tail = if continued {
            format!(" ({})", L::Continued.t(lang))
        } else {
            format!(" — {} {}", count(people, lang), L::PeopleShort.t(lang))
        };
        let tail_w = l.m.width(&tail, size + 0.5, true);
        let name =
            l.m.fit(unit, size + 0.5, true, content_w - 2.0 * pad - tail_w);
        l.text(
            MARGIN_X + pad,
            top + pad + lead - size * 0.3,
            size + 0.5,
            true,
            BLACK,
            &format!("{name}{tail}"),
        );
        l.y += band_h;
    };

    // First page: title and how to read the list.
    l.new_landscape_page();
    l.y += 14.0;
    l.text(MARGIN_X, l.y, 14.0, true, ACCENT, L::StaffList.t(lang));
    l.y += 6.0;
    l.line(MARGIN_X, l.y, MARGIN_X + content_w, l.y, 0.8, ACCENT);
    l.y += 4.0;
    for line in l.m.wrap(L::StaffListNote.t(lang), 8.0, false, content_w) {
        l.y += 11.0;
        l.text(MARGIN_X, l.y - 2.0, 8.0, false, GREY, &line);
    }
    l.y += 6.0;
    draw_header(l);

    // Cells of repeating texts, fitted once per distinct text.
    let mut fitted: HashMap<(usize, String), Vec<String>> = HashMap::new();
    let yes = L::Yes.t(lang);
    let daily = L::Daily.t(lang);
    let weekly = L::Weekly.t(lang);
    let mut current_unit: Option<&str> = None;
    let total_rows = order.len();
    for (n, &i) in order.iter().enumerate() {
        if n % 2048 == 0 {
            progress(Progress::new(Phase::Building, n, total_rows));
        }
        let c = &m.cadres[i];
        let mut cells: Vec<Vec<String>> = Vec::with_capacity(cols.len());
        cells.push(vec![l.m.fit(&c.code, size, false, inner(0))]);
        if !m.anonymized {
            cells.push(vec![fit_name(&l.m, &c.name, size, inner(name_col))]);
        }
        let service = printable(&c.service_or_housing);
        let repeated = [
            c.site.as_str(),
            if c.weekly { weekly } else { daily },
            service.as_str(),
        ];
        for (k, text) in repeated.into_iter().enumerate() {
            let col = name_col + 1 + k;
            let w = inner(col);
            let cell = fitted
                .entry((col, text.to_owned()))
                .or_insert_with(|| {
                    if k == 1 {
                        vec![l.m.fit(text, size, false, w)]
                    } else {
                        vec![fit_middle(&l.m, text, size, w)]
                    }
                })
                .clone();
            cells.push(cell);
        }
        let commute = match c.commute_minutes_before {
            Some(b) => format!(
                "{} › {}",
                number(b, 0, lang),
                number(c.commute_minutes_after, 0, lang)
            ),
            None => format!("› {}", number(c.commute_minutes_after, 0, lang)),
        };
        cells.push(vec![commute]);
        cells.push(vec![number(c.cost_vnd_per_month, 0, lang)]);
        cells.push(vec![if c.pinned { yes } else { "" }.to_owned()]);
        let w = inner(reason_col);
        let reason = fitted
            .entry((reason_col, c.reason.clone()))
            .or_insert_with(|| {
                // At most two lines; the second ends with an ellipsis if more was cut.
                let mut lines = l.m.wrap(&c.reason, size, false, w);
                if lines.len() > 2 {
                    let rest = lines[1..].join(" ");
                    lines.truncate(1);
                    lines.push(l.m.fit(&rest, size, false, w));
                }
                lines
            })
            .clone();
        cells.push(reason);

        let h = cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * pad;
        let new_unit = current_unit != Some(c.unit.as_str());
        let need = h + if new_unit { band_h } else { 0.0 };
        if l.y + need > bottom {
            l.new_landscape_page();
            l.text(
                MARGIN_X,
                l.y,
                9.0,
                true,
                GREY,
                L::StaffListContinued.t(lang),
            );
            l.y += 6.0;
            draw_header(l);
            if !new_unit {
                draw_band(l, &c.unit, 0, true);
            }
        }
        if new_unit {
            draw_band(
                l,
                &c.unit,
                unit_sizes.get(c.unit.as_str()).copied().unwrap_or(0),
                false,
            );
            current_unit = Some(c.unit.as_str());
        }
        let top = l.y;
        let mut x = MARGIN_X;
        for (k, lines) in cells.iter().enumerate() {
            for (j, t) in lines.iter().enumerate() {
                let tx = match cols[k].2 {
                    Align::Left => x + pad,
                    Align::Right => x + widths[k] - pad - l.m.width(t, size, false),
                };
                l.text(
                    tx,
                    top + pad + (j as f32 + 1.0) * lead - size * 0.3,
                    size,
                    false,
                    BLACK,
                    t,
                );
            }
            x += widths[k];
        }
        l.y += h;
        l.line(MARGIN_X, l.y, MARGIN_X + content_w, l.y, 0.3, LIGHT);
    }
    progress(Progress::new(Phase::Building, total_rows, total_rows));
}

/// Adds the footer (short audit stamp, page n/N) to every page.
fn add_footers(pages: &mut [Page], m: &ReportModel, meas: &Measure) {
    let n = pages.len();
    let lang = m.lang;
    let stamp = m.stamp.short(lang);
    for (i, p) in pages.iter_mut().enumerate() {
        let (page_h, content_w) = (p.height(), p.width() - 2.0 * MARGIN_X);
        let ops = &mut p.ops;
        let y = page_h - 30.0;
        ops.push(Op::Line {
            x1: MARGIN_X,
            y1: y - 10.0,
            x2: MARGIN_X + content_w,
            y2: y - 10.0,
            width: 0.4,
            color: LIGHT,
            dashed: false,
        });
        let page = format!("{} {}/{}", L::Page.t(lang), i + 1, n);
        let pw = meas.width(&page, 7.5, false);
        let s = meas.fit(&stamp, 7.0, false, content_w - pw - 20.0);
        ops.push(Op::Text {
            x: MARGIN_X,
            y,
            size: 7.0,
            bold: false,
            color: GREY,
            text: s,
        });
        ops.push(Op::Text {
            x: MARGIN_X + content_w - pw,
            y,
            size: 7.5,
            bold: false,
            color: GREY,
            text: page,
        });
    }
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

/// Draws the pages with krilla and returns the PDF bytes.
pub fn render(pages: &[Page], m: &ReportModel) -> Result<Vec<u8>, ReportError> {
    let font = |data: &'static [u8]| {
        Font::new(data.into(), 0)
            .ok_or_else(|| ReportError::Pdf("the bundled font cannot be loaded".into()))
    };
    let regular = font(REGULAR_TTF)?;
    let bold = font(BOLD_TTF)?;
    let shaper = Shaper::new()?;
    // Shaped glyphs per (text, weight): table cells repeat the same words.
    let mut shaped: std::collections::HashMap<(&str, bool), Vec<krilla::text::KrillaGlyph>> =
        std::collections::HashMap::new();
    let mut doc = Document::new();
    let t = m.stamp.exported_at;
    use chrono::{Datelike, Timelike};
    let created = DateTime::new(u16::try_from(t.year()).unwrap_or(2000))
        .month(t.month() as u8)
        .day(t.day() as u8)
        .hour(t.hour() as u8)
        .minute(t.minute() as u8)
        .second(t.second() as u8);
    doc.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", m.plan_name, m.scenario_name))
            .creator(format!("HQ Planner {}", m.stamp.app_version))
            .description(format!("{} {}", L::AuditStamp.t(m.lang), m.stamp.stamp_id))
            .language(match m.lang {
                Lang::Vi => "vi".to_owned(),
                Lang::En => "en".to_owned(),
            })
            .creation_date(created),
    );
    let portrait = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| ReportError::Pdf("bad page size".into()))?;
    let landscape = PageSettings::from_wh(PAGE_H, PAGE_W)
        .ok_or_else(|| ReportError::Pdf("bad page size".into()))?;
    for p in pages {
        let ops = &p.ops;
        let settings = if p.landscape { &landscape } else { &portrait };
        let mut page = doc.start_page_with(settings.clone());
        let mut s = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold: b,
                    color: c,
                    text,
                } => {
                    s.set_stroke(None);
                    s.set_fill(Some(Fill {
                        paint: color(*c).into(),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    let f = if *b { bold.clone() } else { regular.clone() };
                    let glyphs = shaped
                        .entry((text.as_str(), *b))
                        .or_insert_with(|| shaper.glyphs(text, *b));
                    s.draw_glyphs(Point::from_xy(*x, *y), glyphs, f, text, *size, false);
                }
                Op::Rect {
                    x,
                    y,
                    w,
                    h,
                    color: c,
                } => {
                    let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                        continue;
                    };
                    let mut pb = PathBuilder::new();
                    pb.push_rect(rect);
                    let Some(path) = pb.finish() else { continue };
                    s.set_stroke(None);
                    s.set_fill(Some(Fill {
                        paint: color(*c).into(),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    s.draw_path(&path);
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color: c,
                    dashed,
                } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(*x1, *y1);
                    pb.line_to(*x2, *y2);
                    let Some(path) = pb.finish() else { continue };
                    s.set_fill(None);
                    s.set_stroke(Some(Stroke {
                        paint: color(*c).into(),
                        width: *width,
                        dash: dashed.then(|| StrokeDash {
                            array: vec![3.0, 2.0],
                            offset: 0.0,
                        }),
                        ..Stroke::default()
                    }));
                    s.draw_path(&path);
                }
            }
        }
        s.finish();
        page.finish();
    }
    doc.finish().map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

/// Characters of the laid-out text that the bundled font has no glyph for
/// (they would print as empty boxes); sorted, without repeats.
pub fn missing_glyphs(pages: &[Page]) -> Result<Vec<char>, ReportError> {
    let m = Measure::new()?;
    let mut missing: Vec<char> = pages
        .iter()
        .flat_map(|p| &p.ops)
        .filter_map(|op| match op {
            Op::Text { text, bold, .. } => Some((text, *bold)),
            _ => None,
        })
        .flat_map(|(text, bold)| {
            let face = m.shaper.face(bold);
            text.chars()
                .filter(|c| !c.is_whitespace() && face.glyph_index(*c).is_none())
                .collect::<Vec<_>>()
        })
        .collect();
    missing.sort_unstable();
    missing.dedup();
    Ok(missing)
}

/// The PDF committee report for one scenario.
pub fn pdf_bytes(
    m: &ReportModel,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    pdf_bytes_with(m, PdfOptions::default(), progress)
}

/// The PDF committee report for one scenario, with PDF-only choices.
pub fn pdf_bytes_with(
    m: &ReportModel,
    opts: PdfOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    progress(Progress::new(Phase::Building, 0, 2));
    let mut pages = layout_with(m, opts, progress)?;
    add_footers(&mut pages, m, &Measure::new()?);
    progress(Progress::new(Phase::Writing, 1, 2));
    let bytes = render(&pages, m)?;
    progress(Progress::new(Phase::Writing, 2, 2));
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(1300.0, 5), 500.0);
        assert_eq!(nice_step(2582.0, 5), 1000.0);
        assert_eq!(nice_step(37.0, 4), 10.0);
        assert_eq!(nice_step(9.0, 4), 2.5);
    }

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
