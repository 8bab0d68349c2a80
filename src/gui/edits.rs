//! Changed values of a plan list's entries as undoable edits, and the form of
//! one entry, written once for every page.
//!
//! Every editor widget returns `Some(new)` when the person changed it
//! ([`super::widgets`]). [`Edits::set`] turns that into the one edit
//! [`Command`] of the page (undo key `{key}.{i}.{field}`); [`Form`] draws the
//! labelled rows of an entry's form, each with its field's problems under it.

use eframe::egui::{self, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::Plan;

use super::PanelCtx;
use super::app::Command;
use super::document::Problems;
use super::i18n::{Tr, t};
use super::widgets as w;

/// Where a page's entries live in the plan, and the prefix of their undo keys.
pub struct Edits<'c, T> {
    cmds: &'c mut Vec<Command>,
    items_mut: fn(&mut Plan) -> &mut Vec<T>,
    key: &'static str,
}

impl<'c, T: 'static> Edits<'c, T> {
    /// Edits of the list `items_mut` reach, pushed onto `cmds`; undo keys
    /// start with `key` (e.g. `site` gives `site.3.name`).
    pub fn new(
        cmds: &'c mut Vec<Command>,
        items_mut: fn(&mut Plan) -> &mut Vec<T>,
        key: &'static str,
    ) -> Self {
        Self {
            cmds,
            items_mut,
            key,
        }
    }

    /// When an editor returned `Some(value)`: the undoable edit
    /// `{key}.{i}.{field}`, named `label` in the Undo menu, that applies `set`
    /// to entry `i` (nothing when the entry is gone).
    pub fn set<V: 'static>(
        &mut self,
        i: usize,
        value: Option<V>,
        field: &str,
        label: &str,
        set: impl FnOnce(&mut T, V) + 'static,
    ) {
        let Some(v) = value else { return };
        let items_mut = self.items_mut;
        self.cmds.push(Command::edit(
            format!("{}.{i}.{field}", self.key),
            label,
            move |p| {
                if let Some(e) = items_mut(p).get_mut(i) {
                    set(e, v);
                }
            },
        ));
    }

    /// Any other command (e.g. "show this unit's cadres").
    pub fn push(&mut self, cmd: Command) {
        self.cmds.push(cmd);
    }
}

/// The form of entry `i` of a list: two-column rows of a label and an editor,
/// the problems of the row's field under the editor.
pub struct Form<'a, 'c, T> {
    /// Translator.
    pub tx: Tr,
    problems: &'a Problems,
    kind: EntityKind,
    i: usize,
    /// The edits the rows' editors make.
    pub edits: Edits<'c, T>,
}

impl<'a, 'c, T: 'static> Form<'a, 'c, T> {
    /// The form of entry `i` (of kind `kind`, for its problems).
    pub fn new(ctx: &PanelCtx<'a>, kind: EntityKind, i: usize, edits: Edits<'c, T>) -> Self {
        Self {
            tx: ctx.tx,
            problems: ctx.problems,
            kind,
            i,
            edits,
        }
    }

    /// Draws the rows `add` adds in a grid `id` with the pages' usual spacing.
    pub fn grid(&mut self, ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui, &mut Self)) {
        egui::Grid::new(id)
            .num_columns(2)
            .spacing([16.0, 6.0])
            .show(ui, |ui| add(ui, self));
    }

    /// One row: `label` (with `tip` on hover unless empty), the editor `add`
    /// draws, and the problems of the plan field `field` under it.
    pub fn row(
        &mut self,
        ui: &mut Ui,
        label: &str,
        tip: &str,
        field: &str,
        add: impl FnOnce(&mut Ui, &mut Edits<'c, T>),
    ) {
        let problems = self.problems.at_field(self.kind, self.i, field);
        let edits = &mut self.edits;
        w::form_row(ui, self.tx, label, tip, &problems, |ui| add(ui, edits));
    }
    /// One row editing one value: `label` with `tip` (`""` for none) over
    /// the problems of plan field `field`; the value `editor` returns becomes
    /// the edit `undo` = (undo key field, Undo-menu text) applying `set`.
    pub fn edit<V: 'static>(
        &mut self,
        ui: &mut Ui,
        (label, tip, field): (&str, &str, &str),
        (key, undo): (&str, &str),
        editor: impl FnOnce(&mut Ui) -> Option<V>,
        set: impl FnOnce(&mut T, V) + 'static,
    ) {
        let i = self.i;
        self.row(ui, label, tip, field, |ui, ed| {
            let v = editor(ui);
            ed.set(i, v, key, undo, set);
        });
    }

    /// A row editing a decimal: `number` = (value, range, drag speed,
    /// decimals, unit suffix) of [`w::float`]; the rest as [`Self::edit`].
    pub fn float(
        &mut self,
        ui: &mut Ui,
        names: (&str, &str, &str),
        undo: (&str, &str),
        (value, range, speed, decimals, unit): (
            f64,
            std::ops::RangeInclusive<f64>,
            f64,
            usize,
            &str,
        ),
        set: impl FnOnce(&mut T, f64) + 'static,
    ) {
        let editor = |ui: &mut Ui| w::float(ui, value, range, speed, decimals, unit);
        self.edit(ui, names, undo, editor, set);
    }

    /// The "Notes" row every form ends with: a two-line text field (egui id
    /// `(id, i)`) over the plan field `notes`, undo key `notes`.
    pub fn notes(
        &mut self,
        ui: &mut Ui,
        id: &str,
        value: &str,
        set: impl FnOnce(&mut T, String) + 'static,
    ) {
        let (tx, i) = (self.tx, self.i);
        let names = (&*t!(tx, "common-notes"), "", "notes");
        let undo = ("notes", &*t!(tx, "common-change-notes"));
        let editor = |ui: &mut Ui| w::multiline(ui, (id, i), value, 2);
        self.edit(ui, names, undo, editor, set);
    }
}
