//! Housing: official housing (nhà công vụ) and dormitories near headquarters.

use eframe::egui::Ui;

use crate::core::file::EntityKind;
use crate::core::plan::{Eligibility, Housing};
use crate::gui::i18n::t;

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
    labels: |tx| {
        [
            t!(tx, "housing-add-housing"),
            t!(tx, "housing-duplicate-housing"),
            t!(tx, "housing-delete-housing"),
        ]
    },
};

/// The housing page.
pub fn housing_ui(ui: &mut Ui, ctx: &PanelCtx, st: &mut ListState, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(
        ui,
        tx,
        "entity-housing",
        "housing-beds-near-headquarters-for"
    );
    let (beds, cost) = totals(&plan.housing);
    ui.horizontal(|ui| {
        w::card(
            ui,
            &t!(tx, "common-beds"),
            &tx.int(beds),
            "",
            &t!(tx, "common-all-beds-in-all"),
        );
        w::card(
            ui,
            &t!(tx, "housing-cost-if-all-beds"),
            &tx.vnd_millions(cost),
            &t!(tx, "housing-per-month"),
            &t!(tx, "housing-beds-cost-per-bed"),
        );
    });
    ui.horizontal(|ui| {
        lists::list_bar_ui(ui, ctx, &HOUSING, st, cmds, |id| Housing {
            id,
            name: t!(tx, "housing-new-housing"),
            site: plan.sites.first().map(|s| s.id.clone()).unwrap_or_default(),
            ..Housing::default()
        });
    });
    let rows = lists::matching_rows(&plan.housing, &st.search);
    let sites = lists::options(&plan.sites);
    let columns = Columns::<Housing>::default()
        .cell(t!(tx, "common-name"), 260.0, |ui, ed, i, h| {
            let v = w::text(ui, ("h-name", i), &h.name, ui.available_width());
            ed.set(i, v, "name", &t!(tx, "housing-rename-housing"), |h, v| {
                h.name = v
            });
        })
        .label(t!(tx, "housing-near"), 200.0, |h| {
            plan.site(&h.site).map_or(&h.site, |x| &x.name).clone()
        })
        .cell(t!(tx, "common-beds"), 80.0, |ui, ed, i, h| {
            let v = w::uint(ui, h.beds, 100_000);
            ed.set(i, v, "beds", &t!(tx, "housing-change-beds"), |h, v| {
                h.beds = v
            });
        })
        .label(t!(tx, "housing-cost-per-bed-month"), 150.0, |h| {
            tx.vnd(h.cost_vnd_per_bed_month)
        })
        .label(t!(tx, "housing-minutes-to-site"), 100.0, |h| {
            tx.minutes(h.minutes_to_site)
        })
        .label(t!(tx, "housing-who-may-stay"), 120.0, |h| {
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
            let tip = t!(tx, "housing-headquarters-housing-serves");
            f.row(ui, &t!(tx, "housing-near"), &tip, "site", |ui, ed| {
                let v = w::id_combo(ui, ("h-site", i), &h.site, &sites, None, 300.0);
                ed.set(
                    i,
                    v,
                    "site",
                    &t!(tx, "housing-change-headquarters"),
                    |h, v| h.site = v,
                );
            });
            let beds = (&*t!(tx, "common-beds"), "", "beds");
            let undo = ("beds", &*t!(tx, "housing-change-beds"));
            let editor = |ui: &mut Ui| w::uint(ui, h.beds, 100_000);
            f.edit(ui, beds, undo, editor, |h, v| h.beds = v);
            let cost = (
                &*t!(tx, "housing-cost-per-bed-month"),
                "",
                "cost_vnd_per_bed_month",
            );
            let undo = ("cost", &*t!(tx, "common-change-cost"));
            let editor = |ui: &mut Ui| w::money(ui, tx, h.cost_vnd_per_bed_month);
            f.edit(ui, cost, undo, editor, |h, v| {
                h.cost_vnd_per_bed_month = v;
            });
            let tip = t!(tx, "housing-one-way-minutes-from");
            let min = (
                &*t!(tx, "housing-minutes-to-site"),
                &*tip,
                "minutes_to_site",
            );
            let undo = ("min", &*t!(tx, "housing-change-minutes-to-site"));
            let number = (h.minutes_to_site, 0.0..=300.0, 1.0, 0, " min");
            f.float(ui, min, undo, number, |h, v| h.minutes_to_site = v);
            let tip = t!(tx, "housing-first-day-beds-can");
            let from = (&*t!(tx, "housing-available-from"), &*tip, "available_from");
            let undo = ("from", &*t!(tx, "housing-change-availability-date"));
            let editor = |ui: &mut Ui| w::date(ui, tx, ("h-from", i), h.available_from, true);
            f.edit(ui, from, undo, editor, |h, v| h.available_from = v);
            f.row(
                ui,
                &t!(tx, "housing-who-may-stay"),
                "",
                "eligibility",
                |ui, ed| {
                    let all = [
                        Eligibility::Anyone,
                        Eligibility::FemaleOnly,
                        Eligibility::MaleOnly,
                    ];
                    let label = |e| tx.eligibility(e).to_owned();
                    let v = w::enum_combo(ui, ("h-elig", i), h.eligibility, &all, label, 160.0);
                    ed.set(
                        i,
                        v,
                        "elig",
                        &t!(tx, "housing-change-who-may-stay"),
                        |h, v| {
                            h.eligibility = v;
                        },
                    );
                },
            );
            f.notes(ui, "h-notes", &h.notes, |h, v| h.notes = v);
        });
    });
}
