//! Units (cơ quan, đơn vị) and how each may be spread over headquarters.

use std::collections::HashMap;

use eframe::egui::Ui;

use crate::core::file::EntityKind;
use crate::core::plan::{Placement, Plan, Unit};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::i18n::Tr;
use super::lists::{self, ListSpec};
use super::table::{self, Columns, Source};
use super::widgets as w;

/// The kind of placement, without its parameters (for the drop-down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacementKind {
    /// Free.
    Free,
    /// Whole unit at one site.
    Whole,
    /// At a given site.
    AtSite,
    /// A share at a site.
    Share,
}

impl PlacementKind {
    /// All kinds.
    pub const ALL: [PlacementKind; 4] = [Self::Free, Self::Whole, Self::AtSite, Self::Share];

    /// Kind of a placement.
    pub fn of(p: &Placement) -> Self {
        match p {
            Placement::Free => Self::Free,
            Placement::WholeAtOneSite => Self::Whole,
            Placement::AtSite(_) => Self::AtSite,
            Placement::ShareAtSite { .. } => Self::Share,
        }
    }

    /// Label.
    pub fn label(self, tx: Tr) -> String {
        match self {
            Self::Free => t!(tx, "units-any-headquarters"),
            Self::Whole => t!(tx, "units-whole-unit-at-one"),
            Self::AtSite => t!(tx, "units-all-at-given-site"),
            Self::Share => t!(tx, "units-share-at-site"),
        }
    }
}

/// Describes a placement in words.
pub fn placement_text(tx: Tr, plan: &Plan, p: &Placement) -> String {
    let site = |id: &str| {
        plan.site(id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    match p {
        Placement::Free => PlacementKind::Free.label(tx),
        Placement::WholeAtOneSite => PlacementKind::Whole.label(tx),
        Placement::AtSite(s) => t!(tx, "units-all-at-site", site = site(s)),
        Placement::ShareAtSite {
            site: s,
            min_pct,
            max_pct,
        } => t!(
            tx,
            "units-min-max-at-site",
            min = tx.num(*min_pct, 0),
            max = tx.num(*max_pct, 0),
            site = site(s)
        ),
    }
}

/// Members per unit id.
pub fn member_counts(plan: &Plan) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for c in &plan.cadres {
        *m.entry(c.unit.as_str()).or_insert(0) += 1;
    }
    m
}

/// The units list for the shared list toolbar.
const UNITS: ListSpec<Unit> = ListSpec {
    items: |p| &p.units,
    items_mut: |p| &mut p.units,
    key: "unit",
    new_id: "don-vi-moi",
    labels: |tx| {
        [
            t!(tx, "units-add-unit"),
            t!(tx, "units-duplicate-unit"),
            t!(tx, "units-delete-unit"),
        ]
    },
};

/// The units page.
pub fn units_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(ui, tx, "common-units", "units-agencies-and-departments-and");
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &UNITS, st, cmds, |id| Unit {
            id,
            name: t!(tx, "units-new-unit"),
            ..Unit::default()
        });
    });
    let rows = lists::matching_rows(&plan.units, &st.search);
    let counts = member_counts(plan);
    let sites = lists::options(&plan.sites);
    let units = lists::options(&plan.units);
    let columns = Columns::<Unit>::default()
        .label(t!(tx, "common-id"), 140.0, |u| u.id.clone())
        .cell(t!(tx, "common-name"), 340.0, |ui, ed, i, u| {
            let v = w::text(ui, ("unit-name", i), &u.name, ui.available_width());
            ed.set(i, v, "name", &t!(tx, "units-rename-unit"), |u, v| {
                u.name = v
            });
        })
        .label(t!(tx, "units-members"), 80.0, |u| {
            tx.int(counts.get(u.id.as_str()).copied().unwrap_or(0) as u32)
        })
        .label(t!(tx, "units-placement"), 260.0, |u| {
            placement_text(tx, plan, &u.placement)
        });
    let source = Source {
        id: "units-table",
        items: &plan.units,
        kind: EntityKind::Unit,
        height: (0.55, 160.0),
    };
    let mut edits = Edits::new(cmds, UNITS.items_mut, "unit");
    table::entity_table(ui, ctx, source, &columns, &rows, st, &mut edits);
    lists::selected_form_ui(ui, tx, st, &plan.units, "unit-form", |ui, (i, u)| {
        let mut form = Form::new(ctx, EntityKind::Unit, i, edits);
        form.grid(ui, "unit-form-grid", |ui, f| {
            lists::id_form_row(ui, f, &UNITS, (i, u), 240.0);
            f.row(ui, &t!(tx, "common-name"), "", "name", |ui, ed| {
                let v = w::text(ui, ("unit-name-f", i), &u.name, 420.0);
                ed.set(i, v, "name", &t!(tx, "units-rename-unit"), |u, v| {
                    u.name = v
                });
            });
            let tip = t!(tx, "units-unit-this-one-belongs");
            f.row(
                ui,
                &t!(tx, "units-parent-unit"),
                &tip,
                "parent",
                |ui, ed| {
                    let cur = u.parent.clone().unwrap_or_default();
                    let none = Some(t!(tx, "common-none"));
                    let v =
                        w::id_combo(ui, ("unit-parent", i), &cur, &units, none.as_deref(), 320.0);
                    ed.set(
                        i,
                        v,
                        "parent",
                        &t!(tx, "units-change-parent-unit"),
                        |u, v| {
                            u.parent = (!v.is_empty()).then_some(v);
                        },
                    );
                },
            );
            let tip = t!(tx, "units-whether-members-may-be");
            f.row(
                ui,
                &t!(tx, "units-placement"),
                &tip,
                "placement",
                |ui, ed| {
                    placement_editor_ui(ui, ed, tx, (i, &u.placement), (plan, &sites));
                },
            );
            f.notes(ui, "unit-notes", &u.notes, |u, v| u.notes = v);
        });
        let code = u.id.clone();
        if ui.button(t!(tx, "units-show-this-unit-cadres")).clicked() {
            form.edits.push(Command::ShowCadresOfUnit(code.clone()));
        }
    });
}

/// The placement of unit `i`: its kind, then the site (and the share bounds)
/// the kind needs. Each change is the edit `unit.{i}.placement`.
fn placement_editor_ui(
    ui: &mut Ui,
    ed: &mut Edits<'_, Unit>,
    tx: Tr,
    (i, placement): (usize, &Placement),
    (plan, sites): (&Plan, &[(String, String)]),
) {
    let label = t!(tx, "units-change-placement");
    let first_site = plan.sites.first().map(|s| s.id.clone()).unwrap_or_default();
    let kind = PlacementKind::of(placement);
    let all = &PlacementKind::ALL;
    let new_kind = w::enum_combo(ui, ("unit-placement", i), kind, all, |k| k.label(tx), 240.0);
    let new = new_kind.map(|k| match k {
        PlacementKind::Free => Placement::Free,
        PlacementKind::Whole => Placement::WholeAtOneSite,
        PlacementKind::AtSite => Placement::AtSite(first_site.clone()),
        PlacementKind::Share => Placement::ShareAtSite {
            site: first_site.clone(),
            min_pct: 0.0,
            max_pct: 100.0,
        },
    });
    ed.set(i, new, "placement", &label, |u, v| u.placement = v);
    match placement {
        Placement::AtSite(s) => {
            let v = w::id_combo(ui, ("unit-at", i), s, sites, None, 320.0);
            let new = v.map(Placement::AtSite);
            ed.set(i, new, "placement", &label, |u, v| u.placement = v);
        }
        Placement::ShareAtSite {
            site,
            min_pct,
            max_pct,
        } => {
            // One editor per bound; each change keeps the other two values.
            let share = |site: &str, min_pct, max_pct| Placement::ShareAtSite {
                site: site.to_owned(),
                min_pct,
                max_pct,
            };
            ui.horizontal(|ui| {
                let v = w::id_combo(ui, ("unit-share-site", i), site, sites, None, 260.0);
                let new = v.map(|s| share(&s, *min_pct, *max_pct));
                ed.set(i, new, "placement", &label, |u, v| u.placement = v);
                ui.label(t!(tx, "units-from"));
                let v = w::float(ui, *min_pct, 0.0..=100.0, 1.0, 0, " %");
                let new = v.map(|v| share(site, v, *max_pct));
                ed.set(i, new, "placement", &label, |u, v| u.placement = v);
                ui.label(t!(tx, "units-to"));
                let v = w::float(ui, *max_pct, 0.0..=100.0, 1.0, 0, " %");
                let new = v.map(|v| share(site, *min_pct, v));
                ed.set(i, new, "placement", &label, |u, v| u.placement = v);
            });
        }
        _ => {}
    }
}
