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

use super::labels::L;
use super::model::ReportModel;
use super::{Lang, Phase, Progress, ReportError};

mod charts;
mod layout;
mod sections;
mod staff_list;

use layout::{Layout, Measure, Shaper};

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
#[rustfmt::skip]
const PALETTE: [Rgb; 12] = [
    Rgb(36, 99, 170), Rgb(230, 126, 34), Rgb(39, 174, 96), Rgb(192, 57, 43),
    Rgb(142, 68, 173), Rgb(22, 160, 133), Rgb(211, 84, 0), Rgb(52, 73, 94),
    Rgb(241, 196, 15), Rgb(127, 140, 141), Rgb(155, 89, 182), Rgb(26, 188, 156),
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
    let mut l = Layout::new()?;
    sections::title_page(&mut l, m);
    sections::decision_summary(&mut l, m);
    sections::sites(&mut l, m);
    sections::units(&mut l, m);
    sections::transport_and_housing(&mut l, m);
    sections::rules(&mut l, m);
    sections::sign_off(&mut l, m);
    if opts.staff_list {
        staff_list::staff_list(&mut l, m, progress);
    }
    Ok(l.pages)
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

/// A solid fill in `c`.
fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
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
                    s.set_fill(Some(fill(*c)));
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
                    s.set_fill(Some(fill(*c)));
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
