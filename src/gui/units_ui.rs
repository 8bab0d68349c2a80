//! Units (cơ quan, đơn vị) and how each may be spread over headquarters.

use std::collections::HashMap;

use eframe::egui::{self, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{Placement, Plan, Unit};

use super::PanelCtx;
use super::app::{Command, ListState};
use super::i18n::Tr;
use super::lists::{self, ListSpec};
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
        tx.t(match self {
            Self::Free => "Any headquarters",
            Self::Whole => "Whole unit at one site",
            Self::AtSite => "All at a given site",
            Self::Share => "A share at a site",
        })
        .to_owned()
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
        Placement::AtSite(s) => tx.tf("All at {site}", &[("site", site(s))]),
        Placement::ShareAtSite {
            site: s,
            min_pct,
            max_pct,
        } => tx.tf(
            "{min}–{max}% at {site}",
            &[
                ("min", tx.num(*min_pct, 0)),
                ("max", tx.num(*max_pct, 0)),
                ("site", site(s)),
            ],
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
    labels: ["Add unit", "Duplicate unit", "Delete unit"],
};

/// The units page.
pub fn units_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header(
        ui,
        tx.t("Units"),
        tx.t("Agencies and departments, and whether each must stay together at one headquarters."),
    );
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &UNITS, st, cmds, |id| Unit {
            id,
            name: tx.t("New unit").to_owned(),
            ..Unit::default()
        });
    });
    let rows = lists::matching_rows(&plan.units, &st.search);
    let counts = member_counts(plan);
    let sites = lists::options(&plan.sites);
    let units = lists::options(&plan.units);
    let table_h = (ui.available_height() * 0.55).max(160.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), table_h), |ui| {
        w::entity_table(
            ui,
            "units-table",
            &[tx.t("Id"), tx.t("Name"), tx.t("Members"), tx.t("Placement")],
            &[140.0, 340.0, 80.0, 260.0],
            &rows,
            st,
            |i| ctx.problems.has(EntityKind::Unit, i),
            |ui, i, c| {
                let Some(u) = plan.units.get(i) else { return };
                match c {
                    0 => {
                        ui.label(&u.id);
                    }
                    1 => {
                        if let Some(v) =
                            w::text(ui, ("unit-name", i), &u.name, ui.available_width())
                        {
                            cmds.push(Command::edit(
                                format!("unit.{i}.name"),
                                tx.t("Rename unit"),
                                move |p| p.units[i].name = v,
                            ));
                        }
                    }
                    2 => {
                        ui.label(tx.int(counts.get(u.id.as_str()).copied().unwrap_or(0) as u32));
                    }
                    _ => {
                        ui.label(placement_text(tx, plan, &u.placement));
                    }
                }
            },
        );
    });
    ui.separator();
    let Some((i, u)) = lists::selected_entry(ui, tx, st, &plan.units) else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("unit-form")
        .show(ui, |ui| {
            w::heading(ui, &u.name);
            let pr = |f: &str| ctx.problems.at_field(EntityKind::Unit, i, f);
            egui::Grid::new("unit-form-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    lists::id_form_row(ui, tx, &UNITS, (i, u), &pr("id"), cmds);
                    w::form_row(ui, tx, tx.t("Name"), "", &pr("name"), |ui| {
                        if let Some(v) = w::text(ui, ("unit-name-f", i), &u.name, 420.0) {
                            cmds.push(Command::edit(
                                format!("unit.{i}.name"),
                                tx.t("Rename unit"),
                                move |p| p.units[i].name = v,
                            ));
                        }
                    });
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Parent unit"),
                        tx.t("The unit this one belongs to, if any"),
                        &pr("parent"),
                        |ui| {
                            let cur = u.parent.clone().unwrap_or_default();
                            if let Some(v) = w::id_combo(
                                ui,
                                ("unit-parent", i),
                                &cur,
                                &units,
                                Some(tx.t("(none)")),
                                320.0,
                            ) {
                                cmds.push(Command::edit(
                                    format!("unit.{i}.parent"),
                                    tx.t("Change parent unit"),
                                    move |p| p.units[i].parent = (!v.is_empty()).then_some(v),
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Placement"),
                        tx.t("Whether members may be split between headquarters"),
                        &pr("placement"),
                        |ui| {
                            let kind = PlacementKind::of(&u.placement);
                            let first_site =
                                plan.sites.first().map(|s| s.id.clone()).unwrap_or_default();
                            if let Some(k) = w::enum_combo(
                                ui,
                                ("unit-placement", i),
                                kind,
                                &PlacementKind::ALL,
                                |k| k.label(tx),
                                240.0,
                            ) {
                                let new = match k {
                                    PlacementKind::Free => Placement::Free,
                                    PlacementKind::Whole => Placement::WholeAtOneSite,
                                    PlacementKind::AtSite => Placement::AtSite(first_site.clone()),
                                    PlacementKind::Share => Placement::ShareAtSite {
                                        site: first_site.clone(),
                                        min_pct: 0.0,
                                        max_pct: 100.0,
                                    },
                                };
                                cmds.push(Command::edit(
                                    format!("unit.{i}.placement"),
                                    tx.t("Change placement"),
                                    move |p| p.units[i].placement = new,
                                ));
                            }
                            match &u.placement {
                                Placement::AtSite(s) => {
                                    if let Some(v) =
                                        w::id_combo(ui, ("unit-at", i), s, &sites, None, 320.0)
                                    {
                                        cmds.push(Command::edit(
                                            format!("unit.{i}.placement"),
                                            tx.t("Change placement"),
                                            move |p| p.units[i].placement = Placement::AtSite(v),
                                        ));
                                    }
                                }
                                Placement::ShareAtSite {
                                    site,
                                    min_pct,
                                    max_pct,
                                } => {
                                    let (site, min_pct, max_pct) =
                                        (site.clone(), *min_pct, *max_pct);
                                    ui.horizontal(|ui| {
                                        if let Some(v) = w::id_combo(
                                            ui,
                                            ("unit-share-site", i),
                                            &site,
                                            &sites,
                                            None,
                                            260.0,
                                        ) {
                                            cmds.push(Command::edit(
                                                format!("unit.{i}.placement"),
                                                tx.t("Change placement"),
                                                move |p| {
                                                    p.units[i].placement = Placement::ShareAtSite {
                                                        site: v,
                                                        min_pct,
                                                        max_pct,
                                                    }
                                                },
                                            ));
                                        }
                                        ui.label(tx.t("from"));
                                        if let Some(v) =
                                            w::float(ui, min_pct, 0.0..=100.0, 1.0, 0, " %")
                                        {
                                            let s2 = site.clone();
                                            cmds.push(Command::edit(
                                                format!("unit.{i}.placement"),
                                                tx.t("Change placement"),
                                                move |p| {
                                                    p.units[i].placement = Placement::ShareAtSite {
                                                        site: s2,
                                                        min_pct: v,
                                                        max_pct,
                                                    }
                                                },
                                            ));
                                        }
                                        ui.label(tx.t("to"));
                                        if let Some(v) =
                                            w::float(ui, max_pct, 0.0..=100.0, 1.0, 0, " %")
                                        {
                                            let s2 = site.clone();
                                            cmds.push(Command::edit(
                                                format!("unit.{i}.placement"),
                                                tx.t("Change placement"),
                                                move |p| {
                                                    p.units[i].placement = Placement::ShareAtSite {
                                                        site: s2,
                                                        min_pct,
                                                        max_pct: v,
                                                    }
                                                },
                                            ));
                                        }
                                    });
                                }
                                _ => {}
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Notes"), "", &pr("notes"), |ui| {
                        if let Some(v) = w::multiline(ui, ("unit-notes", i), &u.notes, 2) {
                            cmds.push(Command::edit(
                                format!("unit.{i}.notes"),
                                tx.t("Change notes"),
                                move |p| p.units[i].notes = v,
                            ));
                        }
                    });
                });
            let code = u.id.clone();
            if ui.button(tx.t("Show this unit's cadres")).clicked() {
                cmds.push(Command::ShowCadresOfUnit(code.clone()));
            }
        });
}
