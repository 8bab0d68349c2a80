//! Housing: official housing (nhà công vụ) and dormitories near headquarters.

use eframe::egui::Ui;

use crate::core::file::EntityKind;
use crate::core::plan::{Eligibility, Housing};

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::lists::{self, ListSpec};
use super::table::{self, Columns, Source};
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
    let columns = Columns::<Housing>::default()
        .cell(tx.t("Name"), 260.0, |ui, ed, i, h| {
            let v = w::text(ui, ("h-name", i), &h.name, ui.available_width());
            ed.set(i, v, "name", tx.t("Rename housing"), |h, v| h.name = v);
        })
        .label(tx.t("Near"), 200.0, |h| {
            plan.site(&h.site).map_or(&h.site, |x| &x.name).clone()
        })
        .cell(tx.t("Beds"), 80.0, |ui, ed, i, h| {
            let v = w::uint(ui, h.beds, 100_000);
            ed.set(i, v, "beds", tx.t("Change beds"), |h, v| h.beds = v);
        })
        .label(tx.t("Cost per bed-month"), 150.0, |h| {
            tx.vnd(h.cost_vnd_per_bed_month)
        })
        .label(tx.t("Minutes to site"), 100.0, |h| {
            tx.minutes(h.minutes_to_site)
        })
        .label(tx.t("Who may stay"), 120.0, |h| {
            tx.eligibility(h.eligibility).to_owned()
        });
    let source = Source {
        id: "housing-table",
        items: &plan.housing,
        kind: EntityKind::Housing,
        height: (0.45, 150.0),
    };
    let mut edits = Edits::new(cmds, HOUSING.items_mut, "h");
    table::entity_table(ui, ctx, source, &columns, &rows, st, &mut edits);
    lists::selected_form_ui(ui, tx, st, &plan.housing, "housing-form", |ui, (i, h)| {
        let mut form = Form::new(ctx, EntityKind::Housing, i, edits);
        form.grid(ui, "housing-grid", |ui, f| {
            lists::id_form_row(ui, f, &HOUSING, (i, h), 240.0);
            let tip = tx.t("Headquarters the housing serves");
            f.row(ui, tx.t("Near"), tip, "site", |ui, ed| {
                let v = w::id_combo(ui, ("h-site", i), &h.site, &sites, None, 300.0);
                ed.set(i, v, "site", tx.t("Change headquarters"), |h, v| h.site = v);
            });
            f.row(ui, tx.t("Beds"), "", "beds", |ui, ed| {
                let v = w::uint(ui, h.beds, 100_000);
                ed.set(i, v, "beds", tx.t("Change beds"), |h, v| h.beds = v);
            });
            let field = "cost_vnd_per_bed_month";
            f.row(ui, tx.t("Cost per bed-month"), "", field, |ui, ed| {
                let v = w::money(ui, tx, h.cost_vnd_per_bed_month);
                ed.set(i, v, "cost", tx.t("Change cost"), |h, v| {
                    h.cost_vnd_per_bed_month = v;
                });
            });
            let tip = tx.t("One-way minutes from the housing to the headquarters");
            f.row(
                ui,
                tx.t("Minutes to site"),
                tip,
                "minutes_to_site",
                |ui, ed| {
                    let v = w::float(ui, h.minutes_to_site, 0.0..=300.0, 1.0, 0, " min");
                    ed.set(i, v, "min", tx.t("Change minutes to site"), |h, v| {
                        h.minutes_to_site = v;
                    });
                },
            );
            let tip = tx.t("First day beds can be used; empty means already available");
            f.row(
                ui,
                tx.t("Available from"),
                tip,
                "available_from",
                |ui, ed| {
                    let v = w::date(ui, tx, ("h-from", i), h.available_from, true);
                    ed.set(i, v, "from", tx.t("Change availability date"), |h, v| {
                        h.available_from = v;
                    });
                },
            );
            f.row(ui, tx.t("Who may stay"), "", "eligibility", |ui, ed| {
                let all = [
                    Eligibility::Anyone,
                    Eligibility::FemaleOnly,
                    Eligibility::MaleOnly,
                ];
                let label = |e| tx.eligibility(e).to_owned();
                let v = w::enum_combo(ui, ("h-elig", i), h.eligibility, &all, label, 160.0);
                ed.set(i, v, "elig", tx.t("Change who may stay"), |h, v| {
                    h.eligibility = v;
                });
            });
            f.row(ui, tx.t("Notes"), "", "notes", |ui, ed| {
                let v = w::multiline(ui, ("h-notes", i), &h.notes, 2);
                ed.set(i, v, "notes", tx.t("Change notes"), |h, v| h.notes = v);
            });
        });
    });
}
