//! The appendix: the per-cadre staff list on landscape pages.

use super::layout::{Align, Grid, Layout, Measure, printable};
use super::{ACCENT, BLACK, GREY, HEADER_BG, LIGHT, MARGIN_BOTTOM, MARGIN_X, PAGE_H, PAGE_W};
use crate::core::report::columns::{CadreColumn, ColumnKind, PdfColumn, PdfFit, Target, columns};
use crate::core::report::fmt::count;
use crate::core::report::labels::L;
use crate::core::report::model::ReportModel;
use crate::core::report::{Phase, Progress};

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

/// The lines of a cell of `width` showing `text`, fitted as its column says.
fn fit_cell(meas: &Measure, fit: PdfFit, text: &str, size: f32, width: f32) -> Vec<String> {
    match fit {
        PdfFit::Whole => vec![text.to_owned()],
        PdfFit::Cut | PdfFit::CutOnce => vec![meas.fit(text, size, false, width)],
        PdfFit::Name => vec![fit_name(meas, text, size, width)],
        PdfFit::Middle => vec![fit_middle(meas, text, size, width)],
        PdfFit::MiddleAscii => vec![fit_middle(meas, &printable(text), size, width)],
        PdfFit::TwoLines => {
            // At most two lines; the second ends with an ellipsis if more was cut.
            let mut lines = meas.wrap(text, size, false, width);
            if lines.len() > 2 {
                let rest = lines[1..].join(" ");
                lines.truncate(1);
                lines.push(meas.fit(&rest, size, false, width));
            }
            lines
        }
    }
}

/// The appendix: every cadre on one row, on landscape pages, grouped by unit
/// (in the plan's unit order) and by given name within a unit, the way
/// Vietnamese staff lists are ordered. Each page repeats the column header,
/// and a unit that runs onto a new page gets its band again, marked continued.
///
/// Repeating texts (sites, services, reasons) are measured once and cached, so
/// 30,000 rows lay out in about a second.
pub(super) fn staff_list(l: &mut Layout, m: &ReportModel, progress: &mut dyn FnMut(Progress)) {
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

    // Columns: the appendix's share of the one column table; numbers right-aligned.
    let shown: Vec<(&CadreColumn, PdfColumn)> = columns(Target::Pdf, m.anonymized)
        .into_iter()
        .filter_map(|c| c.pdf.map(|p| (c, p)))
        .collect();
    let cols: Vec<(&str, f32, Align)> = shown
        .iter()
        .map(|(c, p)| {
            let align = match c.kind {
                ColumnKind::Minutes | ColumnKind::Vnd | ColumnKind::MinutesChange => Align::Right,
                ColumnKind::Text | ColumnKind::Date | ColumnKind::Flag => Align::Left,
            };
            (c.label.t(lang), p.width, align)
        })
        .collect();
    let grid = Grid::new(&cols, content_w, size, pad);
    let inner = |i: usize| grid.widths[i] - 2.0 * pad;

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
                crate::core::text::fold::fold(&c.unit),
                crate::core::text::fold::fold(given),
                crate::core::text::fold::fold(&c.name),
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
    let titles: Vec<&str> = cols.iter().map(|c| c.0).collect();
    let header_lines = l.wrap_cells(&grid, &titles, true);
    let header_h = grid.height(&header_lines);
    let band_h = lead + 2.0 * pad;

    let draw_header = |l: &mut Layout| {
        let top = l.y;
        l.rect(MARGIN_X, top, content_w, header_h, HEADER_BG);
        l.cells(&grid, top, &header_lines, true);
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
    let mut current_unit: Option<&str> = None;
    let total_rows = order.len();
    for (n, &i) in order.iter().enumerate() {
        if n % 2048 == 0 {
            progress(Progress::new(Phase::Building, n, total_rows));
        }
        let c = &m.cadres[i];
        let mut cells: Vec<Vec<String>> = Vec::with_capacity(cols.len());
        for (k, (col, p)) in shown.iter().enumerate() {
            let text = (col.value)(c).reading(lang);
            let cell = match p.fit {
                PdfFit::Whole | PdfFit::Cut | PdfFit::Name => {
                    fit_cell(&l.m, p.fit, &text, size, inner(k))
                }
                PdfFit::CutOnce | PdfFit::Middle | PdfFit::MiddleAscii | PdfFit::TwoLines => fitted
                    .entry((k, text))
                    .or_insert_with_key(|(_, text)| fit_cell(&l.m, p.fit, text, size, inner(k)))
                    .clone(),
            };
            cells.push(cell);
        }

        let h = grid.height(&cells);
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
        l.cells(&grid, top, &cells, false);
        l.y += h;
        l.line(MARGIN_X, l.y, MARGIN_X + content_w, l.y, 0.3, LIGHT);
    }
    progress(Progress::new(Phase::Building, total_rows, total_rows));
}
