//! Housing: official housing (nhà công vụ) and dormitories near headquarters.

use eframe::egui::{self, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{Eligibility, Housing};

use super::PanelCtx;
use super::app::{Command, ListState};
use super::lists::{self, ListSpec};
use super::widgets as w;

/// Beds and monthly cost of all housing at full use: (beds, VND per month).
pub fn totals(housing: &[Housing]) -> (u32, f64) {
    housing.iter().fold((0, 0.0), |(b, c), h| {
        (b + h.beds, c + f64::from(h.beds) * h.cost_vnd_per_bed_month)
    })
}

/// The housing list for the shared list toolbar.
const HOUSING: ListSpec<Housing> = ListSpec {
    items: |p| &p.housing,
    items_mut: |p| &mut p.housing,
    key: "housing",
    new_id: "nha-moi",
    labels: ["Add housing", "Duplicate housing", "Delete housing"],
};

/// The housing page.
pub fn housing_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header(
        ui,
        tx.t("Housing"),
        tx.t(
            "Beds near a headquarters for people who stay during the week and go home at weekends.",
        ),
    );
    let (beds, cost) = totals(&plan.housing);
    ui.horizontal(|ui| {
        w::card(
            ui,
            tx.t("Beds"),
            &tx.int(beds),
            "",
            tx.t("All beds in all housing blocks"),
        );
        w::card(
            ui,
            tx.t("Cost if all beds are used"),
            &tx.vnd_millions(cost),
            tx.t("per month"),
            tx.t("Beds × cost per bed-month"),
        );
    });
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &HOUSING, st, cmds, |id| Housing {
            id,
            name: tx.t("New housing").to_owned(),
            site: plan.sites.first().map(|s| s.id.clone()).unwrap_or_default(),
            ..Housing::default()
        });
    });
    let rows = lists::matching_rows(&plan.housing, &st.search);
    let sites = lists::options(&plan.sites);
    let h = (ui.available_height() * 0.45).max(150.0);
    ui.allocate_ui(egui::vec2(ui.available_width(), h), |ui| {
        w::entity_table(
            ui,
            "housing-table",
            &[
                tx.t("Name"),
                tx.t("Near"),
                tx.t("Beds"),
                tx.t("Cost per bed-month"),
                tx.t("Minutes to site"),
                tx.t("Who may stay"),
            ],
            &[260.0, 200.0, 80.0, 150.0, 100.0, 120.0],
            &rows,
            st,
            |i| ctx.problems.has(EntityKind::Housing, i),
            |ui, i, c| {
                let Some(h) = plan.housing.get(i) else { return };
                match c {
                    0 => {
                        if let Some(v) = w::text(ui, ("h-name", i), &h.name, ui.available_width()) {
                            cmds.push(Command::edit(
                                format!("h.{i}.name"),
                                tx.t("Rename housing"),
                                move |p| p.housing[i].name = v,
                            ));
                        }
                    }
                    1 => {
                        ui.label(
                            plan.site(&h.site)
                                .map(|x| x.name.as_str())
                                .unwrap_or(&h.site),
                        );
                    }
                    2 => {
                        if let Some(v) = w::uint(ui, h.beds, 100_000) {
                            cmds.push(Command::edit(
                                format!("h.{i}.beds"),
                                tx.t("Change beds"),
                                move |p| p.housing[i].beds = v,
                            ));
                        }
                    }
                    3 => {
                        ui.label(tx.vnd(h.cost_vnd_per_bed_month));
                    }
                    4 => {
                        ui.label(tx.minutes(h.minutes_to_site));
                    }
                    _ => {
                        ui.label(tx.eligibility(h.eligibility));
                    }
                }
            },
        );
    });
    ui.separator();
    let Some((i, h)) = lists::selected_entry(ui, tx, st, &plan.housing) else {
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("housing-form")
        .show(ui, |ui| {
            w::heading(ui, &h.name);
            let pr = |f: &str| ctx.problems.at_field(EntityKind::Housing, i, f);
            egui::Grid::new("housing-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    lists::id_form_row(ui, tx, &HOUSING, (i, h), &pr("id"), cmds);
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Near"),
                        tx.t("Headquarters the housing serves"),
                        &pr("site"),
                        |ui| {
                            if let Some(v) =
                                w::id_combo(ui, ("h-site", i), &h.site, &sites, None, 300.0)
                            {
                                cmds.push(Command::edit(
                                    format!("h.{i}.site"),
                                    tx.t("Change headquarters"),
                                    move |p| p.housing[i].site = v,
                                ));
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Beds"), "", &pr("beds"), |ui| {
                        if let Some(v) = w::uint(ui, h.beds, 100_000) {
                            cmds.push(Command::edit(
                                format!("h.{i}.beds"),
                                tx.t("Change beds"),
                                move |p| p.housing[i].beds = v,
                            ));
                        }
                    });
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Cost per bed-month"),
                        "",
                        &pr("cost_vnd_per_bed_month"),
                        |ui| {
                            if let Some(v) = w::money(ui, tx, h.cost_vnd_per_bed_month) {
                                cmds.push(Command::edit(
                                    format!("h.{i}.cost"),
                                    tx.t("Change cost"),
                                    move |p| p.housing[i].cost_vnd_per_bed_month = v,
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Minutes to site"),
                        tx.t("One-way minutes from the housing to the headquarters"),
                        &pr("minutes_to_site"),
                        |ui| {
                            if let Some(v) =
                                w::float(ui, h.minutes_to_site, 0.0..=300.0, 1.0, 0, " min")
                            {
                                cmds.push(Command::edit(
                                    format!("h.{i}.min"),
                                    tx.t("Change minutes to site"),
                                    move |p| p.housing[i].minutes_to_site = v,
                                ));
                            }
                        },
                    );
                    w::form_row(
                        ui,
                        tx,
                        tx.t("Available from"),
                        tx.t("First day beds can be used; empty means already available"),
                        &pr("available_from"),
                        |ui| {
                            if let Some(v) = w::date(ui, tx, ("h-from", i), h.available_from, true)
                            {
                                cmds.push(Command::edit(
                                    format!("h.{i}.from"),
                                    tx.t("Change availability date"),
                                    move |p| p.housing[i].available_from = v,
                                ));
                            }
                        },
                    );
                    w::form_row(ui, tx, tx.t("Who may stay"), "", &pr("eligibility"), |ui| {
                        let all = [
                            Eligibility::Anyone,
                            Eligibility::FemaleOnly,
                            Eligibility::MaleOnly,
                        ];
                        if let Some(v) = w::enum_combo(
                            ui,
                            ("h-elig", i),
                            h.eligibility,
                            &all,
                            |e| tx.eligibility(e).to_owned(),
                            160.0,
                        ) {
                            cmds.push(Command::edit(
                                format!("h.{i}.elig"),
                                tx.t("Change who may stay"),
                                move |p| p.housing[i].eligibility = v,
                            ));
                        }
                    });
                    w::form_row(ui, tx, tx.t("Notes"), "", &pr("notes"), |ui| {
                        if let Some(v) = w::multiline(ui, ("h-notes", i), &h.notes, 2) {
                            cmds.push(Command::edit(
                                format!("h.{i}.notes"),
                                tx.t("Change notes"),
                                move |p| p.housing[i].notes = v,
                            ));
                        }
                    });
                });
        });
}
