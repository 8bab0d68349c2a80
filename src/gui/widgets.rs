//! Small editing widgets shared by the panels. Each edits a *copy* of a value
//! and returns `Some(new)` when the person changed it; the panel turns that into
//! an edit [`Command`](super::app::Command), so every change goes through undo.

use chrono::NaiveDate;
use eframe::egui::{self, Color32, RichText, Ui};

use crate::core::file::Problem;
use crate::gui::i18n::t;

use super::i18n::Tr;

/// Colour for problems (readable on light and dark backgrounds).
pub const PROBLEM: Color32 = Color32::from_rgb(0xd0, 0x3a, 0x2f);
/// Colour for "good" figures.
pub const GOOD: Color32 = Color32::from_rgb(0x2e, 0x8b, 0x57);
/// Colour for manual overrides (travel grid) and highlights.
pub const ACCENT: Color32 = Color32::from_rgb(0x1f, 0x6f, 0xc5);

fn name_id() -> egui::Id {
    egui::Id::unique("hq-accessible-name")
}

/// Names the editing widgets drawn next (screen readers, tests) until
/// [`clear_name`]; forms and tables set it from their label or column header.
pub fn set_name(ui: &Ui, name: &str) {
    ui.ctx()
        .data_mut(|d| d.insert_temp(name_id(), name.to_owned()));
}

/// Stops naming widgets.
pub fn clear_name(ui: &Ui) {
    ui.ctx().data_mut(|d| d.remove::<String>(name_id()));
}

fn named(ui: &Ui, r: egui::Response) -> egui::Response {
    match ui.ctx().data(|d| d.get_temp::<String>(name_id())) {
        Some(n) => r.accessible_name(n),
        None => r,
    }
}

/// A single-line text field.
pub fn text(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: &str,
    width: f32,
) -> Option<String> {
    edited_text(ui, value, |s| {
        egui::TextEdit::singleline(s)
            .id_salt(id)
            .desired_width(width)
    })
}

/// A multi-line text field.
pub fn multiline(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: &str,
    rows: usize,
) -> Option<String> {
    edited_text(ui, value, |s| {
        egui::TextEdit::multiline(s)
            .id_salt(id)
            .desired_rows(rows)
            .desired_width(f32::INFINITY)
    })
}

/// Draws the text field `field` makes over a copy of `value`; the new text
/// when the person changed it.
fn edited_text(
    ui: &mut Ui,
    value: &str,
    field: impl FnOnce(&mut String) -> egui::TextEdit<'_>,
) -> Option<String> {
    let mut s = value.to_owned();
    let r = ui.add(field(&mut s));
    let r = named(ui, r);
    (r.changed() && s != value).then_some(s)
}

/// Draws the number field `field` makes over a copy of `value`; the new
/// number when the person changed it.
fn edited_number<N: egui::emath::Numeric>(
    ui: &mut Ui,
    value: N,
    field: impl FnOnce(&mut N) -> egui::DragValue<'_>,
) -> Option<N> {
    let mut v = value;
    let r = ui.add(field(&mut v));
    let r = named(ui, r);
    (r.changed() && v != value).then_some(v)
}

/// A whole-number field.
pub fn uint(ui: &mut Ui, value: u32, max: u32) -> Option<u32> {
    edited_number(ui, value, |v| {
        egui::DragValue::new(v).range(0..=max).speed(1.0)
    })
}

/// A decimal field with a range and a suffix (" m²", " min"...).
pub fn float(
    ui: &mut Ui,
    value: f64,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    decimals: usize,
    suffix: &str,
) -> Option<f64> {
    edited_number(ui, value, |v| {
        egui::DragValue::new(v)
            .range(range)
            .speed(speed)
            .max_decimals(decimals)
            .suffix(suffix)
    })
}

/// A money field in VND, shown with thousands separators of the language.
pub fn money(ui: &mut Ui, tx: Tr, value: f64) -> Option<f64> {
    edited_number(ui, value, |v| {
        egui::DragValue::new(v)
            .range(0.0..=1e13)
            .speed(1_000.0)
            .custom_formatter(move |x, _| tx.vnd(x))
            .custom_parser(|s| {
                let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
                digits.parse::<f64>().ok()
            })
    })
}

/// A share 0..=1 edited as a percentage.
pub fn share_pct(ui: &mut Ui, value: f64) -> Option<f64> {
    float(ui, value * 100.0, 0.0..=100.0, 0.5, 1, " %").map(|p| p / 100.0)
}

/// A date field (dd/mm/yyyy or yyyy-mm-dd); with `optional`, an empty field means none.
/// Returns `Some(new)` once the typed text is a valid date (or empty when optional).
pub fn date(
    ui: &mut Ui,
    tx: Tr,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: Option<NaiveDate>,
    optional: bool,
) -> Option<Option<NaiveDate>> {
    let id = ui.scope_id().with(id).with("date");
    let shown = value.map(|d| tx.date(d)).unwrap_or_default();
    let mut buf: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let r = ui.add(
        egui::TextEdit::singleline(&mut buf)
            .id(id.with("edit"))
            .hint_text(tx.date_hint())
            .desired_width(96.0),
    );
    let r = named(ui, r);
    let mut out = None;
    if r.has_focus() || r.changed() {
        let parsed = if buf.trim().is_empty() && optional {
            Some(None)
        } else {
            tx.parse_date(&buf).map(Some)
        };
        match parsed {
            Some(v) if v != value => out = Some(v),
            Some(_) => {}
            None => {
                ui.painter().rect_stroke(
                    r.rect,
                    2.0,
                    egui::Stroke::new(1.0, PROBLEM),
                    egui::StrokeKind::Outside,
                );
            }
        }
        ui.data_mut(|d| d.insert_temp(id, buf));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if r.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    out
}

/// A drop-down of ids shown by name; `none` adds an empty choice with that label.
pub fn id_combo(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    options: &[(String, String)],
    none: Option<&str>,
    width: f32,
) -> Option<String> {
    let shown = options
        .iter()
        .find(|(i, _)| i == current)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| {
            if current.is_empty() {
                none.unwrap_or_default().to_owned()
            } else {
                format!("▲ {current}")
            }
        });
    let mut out = None;
    let r = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(width)
        .show_ui(ui, |ui| {
            if let Some(none) = none
                && ui.selectable_label(current.is_empty(), none).clicked()
                && !current.is_empty()
            {
                out = Some(String::new());
            }
            for (i, n) in options {
                if ui.selectable_label(i == current, n).clicked() && i != current {
                    out = Some(i.clone());
                }
            }
        });
    named(ui, r.response);
    out
}

/// A drop-down over a fixed list of values.
pub fn enum_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    current: T,
    all: &[T],
    label: impl Fn(T) -> String,
    width: f32,
) -> Option<T> {
    let mut out = None;
    let r = egui::ComboBox::from_id_salt(id)
        .selected_text(label(current))
        .width(width)
        .show_ui(ui, |ui| {
            for &v in all {
                if ui.selectable_label(v == current, label(v)).clicked() && v != current {
                    out = Some(v);
                }
            }
        });
    named(ui, r.response);
    out
}

/// The problems of one field, in red under it.
pub fn field_problems(ui: &mut Ui, tx: Tr, problems: &[&Problem]) {
    for p in problems {
        ui.label(
            RichText::new(format!("▲ {}", tx.problem_kind(p.kind)))
                .color(PROBLEM)
                .small(),
        )
        .on_hover_text(crate::gui::i18n_problems::problem_text(tx, p));
    }
}

/// KPI cards in rows of equal width that always fit the available width.
/// Each card is (title, value, detail, tooltip).
pub fn cards(ui: &mut Ui, cards: &[(&str, &str, &str, &str)]) {
    let gap = ui.spacing().item_spacing.x;
    let avail = ui.available_width();
    let per_row = ((avail + gap) / (190.0 + gap)).floor().max(1.0) as usize;
    let inner = (avail - gap * (per_row as f32 - 1.0)) / per_row as f32 - 26.0;
    for chunk in cards.chunks(per_row) {
        ui.horizontal_top(|ui| {
            for (t, v, d, tip) in chunk {
                card_sized(ui, inner, t, v, d, tip);
            }
        });
    }
}

/// A KPI card: a small title above a large figure.
pub fn card(ui: &mut Ui, title: &str, value: &str, detail: &str, tooltip: &str) {
    card_sized(ui, 160.0, title, value, detail, tooltip);
}

fn card_sized(ui: &mut Ui, width: f32, title: &str, value: &str, detail: &str, tooltip: &str) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(12, 8))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(width.max(80.0));
            ui.vertical(|ui| {
                ui.label(RichText::new(title).small().weak());
                ui.label(RichText::new(value).size(22.0).strong());
                if !detail.is_empty() {
                    ui.add(egui::Label::new(RichText::new(detail).small()).wrap());
                }
            });
        })
        .response
        .on_hover_text(tooltip);
}

/// The frame of a detail panel beside a table: filled, so the table never shows through.
pub fn side_frame(ui: &Ui) -> egui::Frame {
    egui::Frame::side_top_panel(ui.style())
        .fill(ui.visuals().panel_fill)
        .inner_margin(egui::Margin::symmetric(12, 8))
}

/// A page's title and subtitle from two catalogue ids:
/// `w::page_header!(ui, tx, "common-units", "units-agencies-and-departments-and")`.
macro_rules! page_header {
    ($ui:expr, $tx:expr, $title:literal, $subtitle:literal) => {
        $crate::gui::widgets::page_header_texts(
            $ui,
            &$crate::gui::i18n::t!($tx, $title),
            &$crate::gui::i18n::t!($tx, $subtitle),
        )
    };
}
pub(crate) use page_header;

/// A page title with a one-line explanation under it.
pub fn page_header_texts(ui: &mut Ui, title: &str, subtitle: &str) {
    ui.add_space(4.0);
    ui.label(
        RichText::new(title)
            .size(22.0)
            .family(egui::FontFamily::Name(super::BOLD_FAMILY.into())),
    );
    if !subtitle.is_empty() {
        ui.label(RichText::new(subtitle).weak());
    }
    ui.add_space(6.0);
}

/// A bold section heading.
pub fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(text)
            .size(16.0)
            .family(egui::FontFamily::Name(super::BOLD_FAMILY.into())),
    );
}

/// Case- and diacritic-insensitive "contains", so "nguyen" finds "Nguyễn".
pub fn matches(haystack: &str, needle_folded: &str) -> bool {
    needle_folded.is_empty() || fold(haystack).contains(needle_folded)
}

/// Lower-cases and strips Vietnamese diacritics (đ -> d) for searching: the
/// one folding table of `core::text::fold`.
pub use crate::core::text::fold::fold_for_search as fold;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_diacritics() {
        assert!(matches("Nguyễn Thị Hồng", &fold("nguyen thi hong")));
        assert!(matches("Đặng Văn Đức", &fold("DANG VAN DUC")));
        assert!(!matches("Trần", &fold("tri")));
        assert!(matches("anything", ""));
    }
}

/// One labelled row of a form grid, with the field's problems under the editor.
pub fn form_row(
    ui: &mut Ui,
    tx: Tr,
    label: &str,
    tip: &str,
    problems: &[&Problem],
    add: impl FnOnce(&mut Ui),
) {
    let l = ui.label(label);
    if !tip.is_empty() {
        l.on_hover_text(tip);
    }
    ui.vertical(|ui| {
        set_name(ui, label);
        add(ui);
        clear_name(ui);
        field_problems(ui, tx, problems);
    });
    ui.end_row();
}

/// An id not used yet: `prefix`, `prefix-2`, `prefix-3`...
pub fn fresh_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str> + Clone) -> String {
    let taken = |c: &str| existing.clone().any(|e| e == c);
    if !taken(prefix) {
        return prefix.to_owned();
    }
    (2..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or_else(|| prefix.to_owned())
}

/// Add / Duplicate / Delete buttons of a list; returns which was pressed.
pub fn list_toolbar(ui: &mut Ui, tx: Tr, has_selection: bool) -> Option<ListAction> {
    let mut out = None;
    if ui.button(format!("+ {}", t!(tx, "common-add"))).clicked() {
        out = Some(ListAction::Add);
    }
    if ui
        .add_enabled(has_selection, egui::Button::new(t!(tx, "common-duplicate")))
        .on_hover_text(t!(tx, "common-copy-selected-row-under"))
        .clicked()
    {
        out = Some(ListAction::Duplicate);
    }
    if ui
        .add_enabled(has_selection, egui::Button::new(t!(tx, "common-delete")))
        .on_hover_text(t!(tx, "common-delete-selected-row-undo"))
        .clicked()
    {
        out = Some(ListAction::Delete);
    }
    out
}

/// A list toolbar action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    /// Add a new row.
    Add,
    /// Duplicate the selected row.
    Duplicate,
    /// Delete the selected row.
    Delete,
}

/// A search field; focused when `focus` (Ctrl+F).
pub fn search(ui: &mut Ui, tx: Tr, text: &mut String, focus: bool) -> bool {
    let r = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(format!("{}…", t!(tx, "widget-search")))
                .desired_width(220.0),
        )
        .accessible_name(t!(tx, "widget-search"));
    if focus {
        r.request_focus();
    }
    r.changed()
}

/// Column widths scaled so a table fits the available width exactly (tables
/// sit beside detail panels, so they must never spill under them).
pub fn fit_widths(ui: &Ui, fixed: f32, widths: &[f32]) -> Vec<f32> {
    let spacing = ui.spacing().item_spacing.x * (widths.len() as f32 + 1.0);
    let avail = (ui.available_width() - fixed - spacing - 12.0).max(100.0);
    let total: f32 = widths.iter().sum();
    let k = avail / total.max(1.0);
    widths.iter().map(|w| (w * k).max(24.0)).collect()
}

/// Adds the data columns of a table: each starts at its width in `initial`
/// and can be dragged wider or narrower; the last takes the remaining width.
/// egui keeps the dragged widths under the table's id (stable per table), so
/// they survive redraws, page changes and, with eframe persistence, restarts.
pub fn data_columns<'a>(
    mut tb: egui_extras::TableBuilder<'a>,
    initial: &[f32],
) -> egui_extras::TableBuilder<'a> {
    use egui_extras::Column;
    let n = initial.len();
    for (k, &w) in initial.iter().enumerate() {
        let column = if k + 1 == n {
            Column::remainder().at_least(MIN_COLUMN_WIDTH.max(w * 0.5))
        } else {
            Column::initial(w)
                .at_least(MIN_COLUMN_WIDTH)
                .resizable(true)
        };
        tb = tb.column(column.clip(true));
    }
    tb
}

/// The narrowest a data column can be dragged, points.
pub const MIN_COLUMN_WIDTH: f32 = 36.0;
