//! The entity tables of the list pages (headquarters, units, zones, transport,
//! housing, scenarios): each page declares its columns once, as data ([`Columns`]: header,
//! starting width, how a cell is drawn), and [`entity_table`] draws the header,
//! the visible rows, the problem marker and the click-to-select the same way on
//! every page.

use eframe::egui::{self, RichText, Ui};
use egui_extras::TableBuilder;

use crate::core::file::EntityKind;

use super::PanelCtx;
use super::app::ListState;
use super::edits::Edits;
use super::widgets as w;

/// How a cell is drawn: `(ui, edits, i, entry)` for entry `i` of the list.
type Cell<'a, T> = Box<dyn Fn(&mut Ui, &mut Edits<'_, T>, usize, &T) + 'a>;

/// One column of an entity table.
struct Column<'a, T> {
    /// Header text (also names the cell's editor for screen readers and tests).
    header: String,
    /// Starting width, points (the table scales all to fit, then they can be dragged).
    width: f32,
    /// Draws the cell.
    cell: Cell<'a, T>,
}

/// The columns of an entity table, declared once, left to right.
pub struct Columns<'a, T>(Vec<Column<'a, T>>);

impl<T> Default for Columns<'_, T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'a, T> Columns<'a, T> {
    /// Adds a column whose cell `cell` draws (and may edit) for entry `i`.
    pub fn cell(
        mut self,
        header: impl Into<String>,
        width: f32,
        cell: impl Fn(&mut Ui, &mut Edits<'_, T>, usize, &T) + 'a,
    ) -> Self {
        self.0.push(Column {
            header: header.into(),
            width,
            cell: Box::new(cell),
        });
        self
    }

    /// Adds a read-only column showing the text `text` gives for an entry.
    pub fn label(
        self,
        header: impl Into<String>,
        width: f32,
        text: impl Fn(&T) -> String + 'a,
    ) -> Self {
        self.cell(header, width, move |ui, _, _, e| {
            ui.label(text(e));
        })
    }
}

/// Which list a table shows: its egui id, its entries and the kind of entity
/// they are (for the problem marker).
pub struct Source<'a, T> {
    /// Stable egui id (dragged column widths are kept under it).
    pub id: &'a str,
    /// The entries.
    pub items: &'a [T],
    /// Kind of entity, to mark rows with problems.
    pub kind: EntityKind,
    /// The share of the remaining height the table takes, and its least height.
    pub height: (f32, f32),
}

/// A table of entities drawing only visible rows. `rows` are entry indices in
/// display order; clicking a row selects it; a first narrow column shows the
/// row number or ▲ when the entry has problems. The table takes the top part
/// of the remaining height (`source.height`).
pub fn entity_table<T: 'static>(
    ui: &mut Ui,
    ctx: &PanelCtx,
    source: Source<'_, T>,
    columns: &Columns<'_, T>,
    rows: &[usize],
    state: &mut ListState,
    edits: &mut Edits<'_, T>,
) {
    let columns = &columns.0;
    let widths: Vec<f32> = columns.iter().map(|c| c.width).collect();
    let (share, least) = source.height;
    let height = (ui.available_height() * share).max(least);
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        // Columns widened past the window scroll sideways instead of spilling.
        egui::ScrollArea::horizontal()
            .id_salt((source.id, "sideways"))
            .show(ui, |ui| {
                let scroll_to = &mut state.scroll_to;
                let tb = row_table(ui, (source.id, 28.0), &widths, rows, scroll_to);
                tb.header(24.0, |mut h| {
                    h.col(|_| {});
                    for c in columns {
                        h.col(|ui| {
                            ui.strong(&c.header);
                        });
                    }
                })
                .body(|body| {
                    body.rows(26.0, rows.len(), |mut row| {
                        let i = rows[row.index()];
                        row.set_selected(state.selected == Some(i));
                        row.col(|ui| {
                            if ctx.problems.has(source.kind, i) {
                                ui.label(RichText::new("▲").color(w::PROBLEM));
                            } else {
                                ui.label(RichText::new(format!("{}", i + 1)).small().weak());
                            }
                        });
                        for c in columns {
                            row.col(|ui| {
                                let Some(e) = source.items.get(i) else { return };
                                w::set_name(ui, &c.header);
                                (c.cell)(ui, edits, i, e);
                                w::clear_name(ui);
                            });
                        }
                        if row.response().clicked() {
                            state.selected = Some(i);
                        }
                    });
                });
            });
    });
}

/// A striped table `id` whose rows select on click: a first column `first`
/// points wide, then data columns scaled from `widths` to fit (then
/// draggable). Scrolls to the row showing entry `scroll_to` (taken) among
/// `rows` (entry indices in display order).
pub fn row_table<'a>(
    ui: &'a mut Ui,
    (id, first): (&str, f32),
    widths: &[f32],
    rows: &[usize],
    scroll_to: &mut Option<usize>,
) -> TableBuilder<'a> {
    // Clicks on cell text select the row instead of starting a text selection.
    ui.style_mut().interaction.selectable_labels = false;
    let fitted = w::fit_widths(ui, first, widths);
    let tb = TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(first));
    let mut tb = w::data_columns(tb, &fitted);
    if let Some(target) = scroll_to.take()
        && let Some(pos) = rows.iter().position(|&r| r == target)
    {
        tb = tb.scroll_to_row(pos, Some(egui::Align::Center));
    }
    tb
}
