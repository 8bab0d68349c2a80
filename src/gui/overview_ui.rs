//! Overview: the plan at a glance, and every validation problem with a button
//! that opens the entity concerned.

use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::core::file::{Place, Problem};
use crate::gui::i18n::t;

use super::PanelCtx;
use super::app::Command;
use super::solver::Solver;
use super::widgets as w;

/// Figures of the plan shown as cards.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFigures {
    /// Cadres.
    pub cadres: usize,
    /// Units.
    pub units: usize,
    /// Headquarters.
    pub sites: usize,
    /// Desks over all headquarters.
    pub desks: u32,
    /// Home zones.
    pub zones: usize,
    /// Daily seats over organised services (vehicles × seats × trips).
    pub seats: u64,
    /// Beds.
    pub beds: u32,
    /// Scenarios.
    pub scenarios: usize,
}

/// Computes the overview figures.
pub fn figures(plan: &crate::core::plan::Plan) -> PlanFigures {
    PlanFigures {
        cadres: plan.cadres.len(),
        units: plan.units.len(),
        sites: plan.sites.len(),
        desks: plan.sites.iter().map(|s| s.desks).sum(),
        zones: plan.zones.len(),
        seats: plan
            .transport
            .iter()
            .filter(|s| s.mode != crate::core::plan::TransportMode::OwnMeans)
            .map(|s| s.seats_per_day(s.vehicles_available))
            .sum(),
        beds: plan.housing.iter().map(|h| h.beds).sum(),
        scenarios: plan.scenarios.len(),
    }
}

/// The overview page.
pub fn overview_ui(ui: &mut Ui, ctx: &PanelCtx, solver: &Solver, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header!(ui, tx, "common-overview", "overview-plan-at-glance-edit");
    egui::Grid::new("ov-name")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(t!(tx, "overview-plan-name"));
            w::set_name(ui, &t!(tx, "overview-plan-name"));
            if let Some(v) = w::text(ui, "plan-name", &plan.name, 480.0) {
                cmds.push(Command::edit(
                    "plan.name",
                    t!(tx, "overview-rename-plan"),
                    move |p| p.name = v,
                ));
            }
            ui.end_row();
            ui.label(t!(tx, "overview-description"));
            w::set_name(ui, &t!(tx, "overview-description"));
            if let Some(v) = w::multiline(ui, "plan-desc", &plan.description, 3) {
                cmds.push(Command::edit(
                    "plan.desc",
                    t!(tx, "overview-change-description"),
                    move |p| p.description = v,
                ));
            }
            ui.end_row();
        });
    w::clear_name(ui);
    ui.add_space(8.0);
    let f = figures(plan);
    let (cadres, units) = (
        tx.int(f.cadres as u32),
        t!(tx, "overview-in-n-units", n = tx.int(f.units as u32)),
    );
    let (sites, desks) = (
        tx.int(f.sites as u32),
        t!(tx, "overview-n-desks", n = tx.int(f.desks)),
    );
    let (zones, seats, beds) = (
        tx.int(f.zones as u32),
        tx.int(f.seats as f64),
        tx.int(f.beds),
    );
    let (scen, solved) = (
        tx.int(f.scenarios as u32),
        t!(
            tx,
            "overview-n-solved",
            n = tx.int(solver.results.len() as u32)
        ),
    );
    w::cards(
        ui,
        &[
            (
                &t!(tx, "common-cadres"),
                &cadres,
                &units,
                &t!(tx, "overview-staff-to-place"),
            ),
            (
                &t!(tx, "entity-site"),
                &sites,
                &desks,
                &t!(tx, "overview-desks-over-all-headquarters"),
            ),
            (
                &t!(tx, "common-home-zones"),
                &zones,
                "",
                &t!(tx, "overview-communes-and-wards-where"),
            ),
            (
                &t!(tx, "common-daily-seats"),
                &seats,
                "",
                &t!(tx, "overview-vehicles-seats-round-trips"),
            ),
            (
                &t!(tx, "common-beds"),
                &beds,
                "",
                &t!(tx, "common-all-beds-in-all"),
            ),
            (
                &t!(tx, "common-scenarios"),
                &scen,
                &solved,
                &t!(tx, "overview-variants-of-plan"),
            ),
        ],
    );
    if f.desks < f.cadres as u32 {
        ui.label(
            RichText::new(t!(
                tx,
                "overview-there-are-fewer-desks",
                d = tx.int(f.desks),
                c = tx.int(f.cadres as u32)
            ))
            .color(w::PROBLEM),
        );
    }
    ui.add_space(8.0);
    let problems = &ctx.problems.list;
    if problems.is_empty() {
        w::heading(ui, &t!(tx, "overview-problems"));
        ui.label(
            RichText::new(format!("● {}", t!(tx, "overview-no-problems-plan-is"))).color(w::GOOD),
        );
        return;
    }
    w::heading(
        ui,
        &t!(tx, "common-n-problems", n = tx.int(problems.len() as u32)),
    );
    ui.label(RichText::new(t!(tx, "overview-fix-these-before-solving")).weak());
    problems_table_ui(ui, ctx, problems, cmds);
}

fn problems_table_ui(ui: &mut Ui, ctx: &PanelCtx, problems: &[Problem], cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    TableBuilder::new(ui)
        .id_salt("problems-table")
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(320.0).clip(true))
        .column(Column::initial(220.0).clip(true))
        .column(Column::remainder().at_least(200.0).clip(true))
        .column(Column::exact(80.0))
        .header(22.0, |mut h| {
            h.col(|ui| {
                ui.strong(t!(tx, "overview-where"));
            });
            h.col(|ui| {
                ui.strong(t!(tx, "overview-what"));
            });
            h.col(|ui| {
                ui.strong(t!(tx, "overview-details"));
            });
            h.col(|_| {});
        })
        .body(|body| {
            body.rows(24.0, problems.len(), |mut row| {
                let p = &problems[row.index()];
                row.col(|ui| {
                    ui.label(super::i18n_problems::place_text(ctx.tx, &p.place));
                });
                row.col(|ui| {
                    ui.label(RichText::new(tx.problem_kind(p.kind)).color(w::PROBLEM));
                });
                row.col(|ui| {
                    let text = crate::gui::i18n_problems::problem_text(tx, p);
                    ui.label(&text).on_hover_text(&text);
                });
                row.col(|ui| {
                    if let Place::Entity { kind, index, .. } = &p.place
                        && ui
                            .button(t!(tx, "common-open"))
                            .on_hover_text(t!(tx, "common-go-to-this-entry"))
                            .clicked()
                    {
                        cmds.push(Command::Goto(*kind, *index));
                    }
                });
            });
        });
}
