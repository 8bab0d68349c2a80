//! Overview: the plan at a glance, and every validation problem with a button
//! that opens the entity concerned.

use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::core::file::{Place, Problem};

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
            .map(|s| {
                u64::from(s.vehicles_available)
                    * u64::from(s.seats_per_vehicle)
                    * u64::from(s.round_trips_per_day)
            })
            .sum(),
        beds: plan.housing.iter().map(|h| h.beds).sum(),
        scenarios: plan.scenarios.len(),
    }
}

/// The overview page.
pub fn overview_ui(ui: &mut Ui, ctx: &PanelCtx, solver: &Solver, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header(
        ui,
        tx.t("Overview"),
        tx.t("The plan at a glance. Edit the data on the pages at the left, then press Solve."),
    );
    egui::Grid::new("ov-name")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(tx.t("Plan name"));
            w::set_name(ui, tx.t("Plan name"));
            if let Some(v) = w::text(ui, "plan-name", &plan.name, 480.0) {
                cmds.push(Command::edit("plan.name", tx.t("Rename plan"), move |p| {
                    p.name = v
                }));
            }
            ui.end_row();
            ui.label(tx.t("Description"));
            w::set_name(ui, tx.t("Description"));
            if let Some(v) = w::multiline(ui, "plan-desc", &plan.description, 3) {
                cmds.push(Command::edit(
                    "plan.desc",
                    tx.t("Change description"),
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
        tx.tf("in {n} units", &[("n", tx.int(f.units as u32))]),
    );
    let (sites, desks) = (
        tx.int(f.sites as u32),
        tx.tf("{n} desks", &[("n", tx.int(f.desks))]),
    );
    let (zones, seats, beds) = (
        tx.int(f.zones as u32),
        tx.int(f.seats as f64),
        tx.int(f.beds),
    );
    let (scen, solved) = (
        tx.int(f.scenarios as u32),
        tx.tf("{n} solved", &[("n", tx.int(solver.results.len() as u32))]),
    );
    w::cards(
        ui,
        &[
            (tx.t("Cadres"), &cadres, &units, tx.t("Staff to place")),
            (
                tx.t("Headquarters"),
                &sites,
                &desks,
                tx.t("Desks over all headquarters"),
            ),
            (
                tx.t("Home zones"),
                &zones,
                "",
                tx.t("Communes and wards where staff live"),
            ),
            (
                tx.t("Daily seats"),
                &seats,
                "",
                tx.t("Vehicles × seats × round trips, organised services only"),
            ),
            (
                tx.t("Beds"),
                &beds,
                "",
                tx.t("All beds in all housing blocks"),
            ),
            (
                tx.t("Scenarios"),
                &scen,
                &solved,
                tx.t("Variants of the plan"),
            ),
        ],
    );
    if f.desks < f.cadres as u32 {
        ui.label(RichText::new(tx.tf("There are fewer desks ({d}) than cadres ({c}): some people will not have a desk unless you add desks or allow the rule to be broken.", &[("d", tx.int(f.desks)), ("c", tx.int(f.cadres as u32))])).color(w::PROBLEM));
    }
    ui.add_space(8.0);
    let problems = &ctx.problems.list;
    if problems.is_empty() {
        w::heading(ui, tx.t("Problems"));
        ui.label(
            RichText::new(format!(
                "● {}",
                tx.t("No problems: the plan is ready to solve.")
            ))
            .color(w::GOOD),
        );
        return;
    }
    w::heading(
        ui,
        &tx.tf("{n} problems", &[("n", tx.int(problems.len() as u32))]),
    );
    ui.label(
        RichText::new(tx.t("Fix these before solving. Click Open to go to the entry concerned."))
            .weak(),
    );
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
                ui.strong(tx.t("Where"));
            });
            h.col(|ui| {
                ui.strong(tx.t("What"));
            });
            h.col(|ui| {
                ui.strong(tx.t("Details"));
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
                            .button(tx.t("Open"))
                            .on_hover_text(tx.t("Go to this entry"))
                            .clicked()
                    {
                        cmds.push(Command::Goto(*kind, *index));
                    }
                });
            });
        });
}
