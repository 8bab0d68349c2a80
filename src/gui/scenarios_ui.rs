//! Scenarios (phương án): what-if variants of the plan — create from another,
//! duplicate, rename, delete, and edit their changes to the base plan.

use eframe::egui::{self, RichText, Ui};

use crate::core::file::EntityKind;
use crate::core::plan::{
    HousingOverride, Plan, Scenario, ServiceOverride, SiteOverride, TravelFactor,
};

use super::PanelCtx;
use super::app::{Command, ListState};
use super::edits::{Edits, Form};
use super::solver::Solver;
use super::table::{self, Columns, Source};
use super::widgets as w;

/// Runtime state of the scenarios page.
#[derive(Debug, Default)]
pub struct ScenariosState {
    /// Scenario list.
    pub list: ListState,
}

/// Number of what-if changes a scenario makes.
pub fn change_count(s: &Scenario) -> usize {
    let o = &s.overrides;
    let r = &o.rules;
    o.sites.len()
        + o.housing.len()
        + o.transport.len()
        + o.travel.len()
        + o.travel_factors.len()
        + usize::from(r.max_daily_commute_minutes.is_some())
        + usize::from(r.monthly_budget_vnd.is_some())
        + usize::from(r.weights.is_some())
        + usize::from(r.site_shares.is_some())
}

/// A copy of scenario `i` under a fresh id and name.
pub fn copy_of(plan: &Plan, i: usize, suffix: &str) -> Option<Scenario> {
    let s = plan.scenarios.get(i)?;
    let mut c = s.clone();
    c.id = w::fresh_id(
        &format!("{}-copy", s.id),
        plan.scenarios.iter().map(|s| s.id.as_str()),
    );
    c.name = format!("{} ({suffix})", s.name);
    Some(c)
}

/// The scenarios page.
pub fn scenarios_ui(
    ui: &mut Ui,
    ctx: &PanelCtx,
    st: &mut ScenariosState,
    solver: &Solver,
    cmds: &mut Vec<Command>,
) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    w::page_header(ui, tx.t("Scenarios"), tx.t("Variants of the plan to try and compare: other desks, a closed site, more buses, a faster road…"));
    ui.horizontal(|ui| {
        if ui
            .button(format!("+ {}", tx.t("New scenario")))
            .on_hover_text(tx.t("A scenario with no changes to the base plan"))
            .clicked()
        {
            let id = w::fresh_id(
                "phuong-an-moi",
                plan.scenarios.iter().map(|s| s.id.as_str()),
            );
            let name = tx.t("New scenario").to_owned();
            st.list.selected = Some(plan.scenarios.len());
            cmds.push(Command::edit("sc.add", tx.t("Add scenario"), move |p| {
                p.scenarios.push(Scenario {
                    id,
                    name,
                    ..Scenario::default()
                })
            }));
        }
        let sel = st.list.selected.filter(|&i| i < plan.scenarios.len());
        if ui
            .add_enabled(sel.is_some(), egui::Button::new(tx.t("Duplicate")))
            .on_hover_text(tx.t("Create a new scenario starting from the selected one"))
            .clicked()
            && let Some(c) = sel.and_then(|i| copy_of(plan, i, tx.t("copy")))
        {
            st.list.selected = Some(plan.scenarios.len());
            cmds.push(Command::edit(
                "sc.dup",
                tx.t("Duplicate scenario"),
                move |p| p.scenarios.push(c),
            ));
        }
        if ui
            .add_enabled(
                sel.is_some() && plan.scenarios.len() > 1,
                egui::Button::new(tx.t("Delete")),
            )
            .on_hover_text(tx.t("Delete the selected row (Undo brings it back)"))
            .clicked()
            && let Some(i) = sel
        {
            st.list.selected = None;
            cmds.push(Command::edit("sc.del", tx.t("Delete scenario"), move |p| {
                p.scenarios.remove(i);
            }));
        }
        if ui
            .add_enabled(
                sel.is_some(),
                egui::Button::new(format!("▶ {}", tx.t("Solve this scenario"))),
            )
            .clicked()
            && let Some(s) = sel.and_then(|i| plan.scenarios.get(i))
        {
            cmds.push(Command::SelectScenario(s.id.clone()));
            cmds.push(Command::Solve);
        }
    });
    let rows: Vec<usize> = (0..plan.scenarios.len()).collect();
    let columns = Columns::<Scenario>::default()
        .cell(tx.t("Name"), 320.0, |ui, ed, i, s| {
            let current = ctx.scenario == Some(s.id.as_str());
            let v = w::text(ui, ("sc-name", i), &s.name, 280.0);
            ed.set(i, v, "name", tx.t("Rename scenario"), |s, v| s.name = v);
            if current {
                ui.label(RichText::new("●").color(w::ACCENT))
                    .on_hover_text(tx.t("Current scenario"));
            }
        })
        .label(tx.t("From"), 100.0, |s| tx.date(s.start))
        .label(tx.t("To"), 100.0, |s| tx.date(s.end))
        .label(tx.t("Changes"), 80.0, |s| tx.int(change_count(s) as u32))
        .cell(tx.t("Result"), 200.0, |ui, _, _, s| {
            match solver.results.get(&s.id) {
                Some(r) => {
                    let mut t = super::results_ui::status_label(tx, r).to_owned();
                    if r.is_stale(ctx.revision) {
                        t.push_str(&format!(" · {}", tx.t("out of date")));
                    }
                    ui.label(t);
                }
                None => {
                    ui.label(RichText::new(tx.t("Not solved yet")).weak());
                }
            }
        });
    let source = Source {
        id: "scenarios-table",
        items: &plan.scenarios,
        kind: EntityKind::Scenario,
        height: (0.35, 140.0),
    };
    let mut edits = Edits::new(cmds, |p| &mut p.scenarios, "sc");
    table::entity_table(ui, ctx, source, &columns, &rows, &mut st.list, &mut edits);
    ui.separator();
    let Some(i) = st.list.selected.filter(|&i| i < plan.scenarios.len()) else {
        ui.label(RichText::new(tx.t("Select a row to see and edit all its details.")).weak());
        return;
    };
    form_ui(ui, ctx, i, cmds);
}

fn form_ui(ui: &mut Ui, ctx: &PanelCtx, i: usize, cmds: &mut Vec<Command>) {
    let tx = ctx.tx;
    let plan = ctx.plan;
    let s = &plan.scenarios[i];
    egui::ScrollArea::vertical().id_salt("sc-form").show(ui, |ui| {
        w::heading(ui, &s.name);
        let edits = Edits::new(&mut *cmds, |p| &mut p.scenarios, "sc");
        let mut form = Form::new(ctx, EntityKind::Scenario, i, edits);
        form.grid(ui, "sc-grid", |ui, f| identity_rows(ui, f, ctx, (i, s)));

        w::heading(ui, tx.t("Headquarters in this scenario"));
        egui::Grid::new("sc-sites").num_columns(4).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
            ui.strong(tx.t("Headquarters"));
            ui.strong(tx.t("Desks"));
            ui.strong(tx.t("Closed"));
            ui.label("");
            ui.end_row();
            for site in &plan.sites {
                w::set_name(ui, &site.name);
                let ov = s.overrides.sites.iter().find(|o| o.site == site.id);
                ui.label(&site.name);
                let desks = ov.and_then(|o| o.desks);
                let tip = tx.tf("Base plan: {n}", &[("n", tx.int(site.desks))]);
                if let Some(v) = count_override_ui(ui, (tx.t("change"), &tip), desks, site.desks, 1_000_000) {
                    let sid = site.id.clone();
                    cmds.push(Command::edit(format!("sc.{i}.site.{sid}.desks"), tx.t("Change scenario"), move |p| site_ov(p, i, &sid, |o| o.desks = v)));
                }
                let mut closed = ov.is_some_and(|o| o.closed);
                if ui.checkbox(&mut closed, "").accessible_name(tx.t("Closed")).on_hover_text(tx.t("The site is not used at all in this scenario")).changed() {
                    let sid = site.id.clone();
                    cmds.push(Command::edit(format!("sc.{i}.site.{sid}.closed"), tx.t("Change scenario"), move |p| site_ov(p, i, &sid, |o| o.closed = closed)));
                }
                ui.label("");
                ui.end_row();
            }
        });

        w::heading(ui, tx.t("Transport in this scenario"));
        egui::Grid::new("sc-svc").num_columns(3).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
            for svc in &plan.transport {
                w::set_name(ui, &svc.name);
                let ov = s.overrides.transport.iter().find(|o| o.service == svc.id);
                ui.label(&svc.name);
                let mut disabled = ov.is_some_and(|o| o.disabled);
                if ui.checkbox(&mut disabled, tx.t("does not run")).changed() {
                    let id = svc.id.clone();
                    cmds.push(Command::edit(format!("sc.{i}.svc.{id}.off"), tx.t("Change scenario"), move |p| svc_ov(p, i, &id, |o| o.disabled = disabled)));
                }
                let veh = ov.and_then(|o| o.vehicles_available);
                if let Some(v) = count_override_ui(ui, (tx.t("other number of vehicles"), ""), veh, svc.vehicles_available, 10_000) {
                    let id = svc.id.clone();
                    cmds.push(Command::edit(format!("sc.{i}.svc.{id}.veh"), tx.t("Change scenario"), move |p| svc_ov(p, i, &id, |o| o.vehicles_available = v)));
                }
                ui.end_row();
            }
        });

        w::heading(ui, tx.t("Housing in this scenario"));
        egui::Grid::new("sc-h").num_columns(2).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
            for h in &plan.housing {
                w::set_name(ui, &h.name);
                let ov = s.overrides.housing.iter().find(|o| o.housing == h.id);
                ui.label(&h.name);
                let beds = ov.and_then(|o| o.beds);
                if let Some(v) = count_override_ui(ui, (tx.t("other number of beds"), ""), beds, h.beds, 100_000) {
                    let id = h.id.clone();
                    cmds.push(Command::edit(format!("sc.{i}.h.{id}.beds"), tx.t("Change scenario"), move |p| housing_ov(p, i, &id, |o| o.beds = v)));
                }
                ui.end_row();
            }
        });

        w::heading(ui, tx.t("Faster or slower travel"));
        ui.label(RichText::new(tx.t("Multiply travel minutes to a headquarters, e.g. 0.6 when a new road makes trips 40% faster.")).weak());
        let sites: Vec<(String, String)> = plan.sites.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
        egui::Grid::new("sc-tf").num_columns(3).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
            for (k, f) in s.overrides.travel_factors.iter().enumerate() {
                w::set_name(ui, tx.t("Faster or slower travel"));
                if let Some(v) = w::id_combo(ui, ("tf-site", k), &f.site, &sites, None, 260.0) {
                    cmds.push(Command::edit(format!("sc.{i}.tf.{k}.site"), tx.t("Change scenario"), move |p| p.scenarios[i].overrides.travel_factors[k].site = v));
                }
                if let Some(v) = w::float(ui, f.minutes_factor, 0.05..=5.0, 0.01, 2, " ×") {
                    cmds.push(Command::edit(format!("sc.{i}.tf.{k}.f"), tx.t("Change scenario"), move |p| p.scenarios[i].overrides.travel_factors[k].minutes_factor = v));
                }
                if ui.button(tx.t("Remove")).clicked() {
                    cmds.push(Command::edit("sc.tf.del", tx.t("Change scenario"), move |p| {
                        p.scenarios[i].overrides.travel_factors.remove(k);
                    }));
                }
                ui.end_row();
            }
        });
        if ui.button(format!("+ {}", tx.t("Add a travel factor"))).clicked() {
            let site = plan.sites.first().map(|s| s.id.clone()).unwrap_or_default();
            cmds.push(Command::edit("sc.tf.add", tx.t("Change scenario"), move |p| p.scenarios[i].overrides.travel_factors.push(TravelFactor { site, mode: None, minutes_factor: 0.6 })));
        }
        w::clear_name(ui);
        let other: Vec<_> = ctx.problems.of(EntityKind::Scenario, i).collect();
        if !other.is_empty() {
            ui.separator();
            for p in other {
                ui.label(RichText::new(format!("▲ {p}")).color(w::PROBLEM));
            }
        }
    });
}

fn site_ov(p: &mut Plan, i: usize, site: &str, f: impl FnOnce(&mut SiteOverride)) {
    let list = &mut p.scenarios[i].overrides.sites;
    if !list.iter().any(|o| o.site == site) {
        list.push(SiteOverride {
            site: site.to_owned(),
            ..SiteOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.site == site) {
        f(o);
    }
    list.retain(|o| o.desks.is_some() || o.area_m2.is_some() || o.opens.is_some() || o.closed);
}

fn svc_ov(p: &mut Plan, i: usize, id: &str, f: impl FnOnce(&mut ServiceOverride)) {
    let list = &mut p.scenarios[i].overrides.transport;
    if !list.iter().any(|o| o.service == id) {
        list.push(ServiceOverride {
            service: id.to_owned(),
            ..ServiceOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.service == id) {
        f(o);
    }
    list.retain(|o| {
        o.disabled
            || o.vehicles_available.is_some()
            || o.cost_vnd_per_person_month.is_some()
            || o.cost_vnd_per_vehicle_day.is_some()
    });
}

fn housing_ov(p: &mut Plan, i: usize, id: &str, f: impl FnOnce(&mut HousingOverride)) {
    let list = &mut p.scenarios[i].overrides.housing;
    if !list.iter().any(|o| o.housing == id) {
        list.push(HousingOverride {
            housing: id.to_owned(),
            ..HousingOverride::default()
        });
    }
    if let Some(o) = list.iter_mut().find(|o| o.housing == id) {
        f(o);
    }
    list.retain(|o| {
        o.beds.is_some() || o.cost_vnd_per_bed_month.is_some() || o.available_from.is_some()
    });
}

/// The rows of scenario `i`'s form: id, period, baseline, notes.
fn identity_rows(
    ui: &mut Ui,
    f: &mut Form<'_, '_, Scenario>,
    ctx: &PanelCtx,
    (i, s): (usize, &Scenario),
) {
    let tx = f.tx;
    let plan = ctx.plan;
    let tip = tx.t("Stable identifier used by other entries; change with care");
    f.row(ui, tx.t("Id"), tip, "id", |ui, ed| {
        let v = w::text(ui, ("sc-id", i), &s.id, 240.0);
        ed.set(i, v, "id", tx.t("Change id"), |s, v| s.id = v);
    });
    let tip = tx.t("The period the scenario plans for");
    f.row(ui, tx.t("Period"), tip, "start", |ui, ed| {
        ui.horizontal(|ui| {
            let label = tx.t("Change period");
            let v = w::date(ui, tx, ("sc-start", i), Some(s.start), false).flatten();
            ed.set(i, v, "start", label, |s, v| s.start = v);
            ui.label("—");
            let v = w::date(ui, tx, ("sc-end", i), Some(s.end), false).flatten();
            ed.set(i, v, "end", label, |s, v| s.end = v);
        });
        let end = ctx.problems.at_field(EntityKind::Scenario, i, "end");
        w::field_problems(ui, tx, &end);
    });
    let others: Vec<(String, String)> = plan
        .scenarios
        .iter()
        .filter(|o| o.id != s.id)
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let tip = tx.t("A scenario whose result should be disturbed as little as possible");
    f.row(ui, tx.t("Baseline"), tip, "baseline", |ui, ed| {
        let cur = s.baseline.clone().unwrap_or_default();
        let none = Some(tx.t("(none)"));
        let v = w::id_combo(ui, ("sc-base", i), &cur, &others, none, 300.0);
        ed.set(i, v, "base", tx.t("Change baseline"), |s, v| {
            s.baseline = (!v.is_empty()).then_some(v);
        });
    });
    f.row(ui, tx.t("Notes"), "", "notes", |ui, ed| {
        let v = w::multiline(ui, ("sc-notes", i), &s.notes, 2);
        ed.set(i, v, "notes", tx.t("Change notes"), |s, v| s.notes = v);
    });
}

/// A scenario's override of a count beside its base value: a checkbox `label`
/// (with `tip` on hover unless empty; ticking it starts the override at
/// `base`) and, when ticked, the number up to `max`. Returns the new override
/// (None: back to the base plan) when the person changed it.
fn count_override_ui(
    ui: &mut Ui,
    (label, tip): (&str, &str),
    current: Option<u32>,
    base: u32,
    max: u32,
) -> Option<Option<u32>> {
    ui.horizontal(|ui| {
        let mut on = current.is_some();
        let r = ui.checkbox(&mut on, label);
        let r = if tip.is_empty() {
            r
        } else {
            r.on_hover_text(tip)
        };
        let mut out = r.changed().then(|| on.then_some(base));
        if let Some(n) = current
            && let Some(v) = w::uint(ui, n, max)
        {
            out = Some(Some(v));
        }
        out
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::document::Document;

    #[test]
    fn copy_gets_a_fresh_id_and_site_override_is_removed_when_empty() -> anyhow::Result<()> {
        let mut d = Document::sample()?;
        let c = copy_of(&d.plan, 0, "copy").ok_or_else(|| anyhow::anyhow!("no scenario"))?;
        assert!(d.plan.scenarios.iter().all(|s| s.id != c.id));
        assert_eq!(c.overrides, d.plan.scenarios[0].overrides);
        d.plan.scenarios.push(c);
        let i = d.plan.scenarios.len() - 1;
        let site = d.plan.sites[0].id.clone();
        let before = d.plan.scenarios[i].overrides.sites.len();
        site_ov(&mut d.plan, i, &site, |o| o.closed = true);
        site_ov(&mut d.plan, i, &site, |o| o.closed = false);
        let has = d.plan.scenarios[i]
            .overrides
            .sites
            .iter()
            .any(|o| o.site == site && o.closed);
        assert!(!has);
        assert!(d.plan.scenarios[i].overrides.sites.len() <= before.max(1));
        Ok(())
    }
}
